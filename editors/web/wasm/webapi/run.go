package webapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/internal/mocks"
	"github.com/monty-tools/monty-tools/interp"
)

// RunRequest asks for a program to be run. Inputs is a JSON object of
// input values; Mocks a JSON object of mocks by function name (see mock).
// The externals the program may call are those the stubs declare and
// those that have a mock, so a quick run needs no stubs.
type RunRequest struct {
	Source  string          `json:"source"`
	Profile string          `json:"profile"`
	Stubs   string          `json:"stubs"`
	Inputs  json.RawMessage `json:"inputs"`
	Mocks   json.RawMessage `json:"mocks"`
	Limits  Limits          `json:"limits"`
}

// Limits bound a run, which blocks the page while it lasts: TimeoutMs
// (default 1000, at most 60000) stops it with a TimeoutError, and output
// beyond MaxOutputBytes (default 1 MiB) is dropped.
type Limits struct {
	TimeoutMs      int `json:"timeoutMs"`
	MaxOutputBytes int `json:"maxOutputBytes"`
}

// RunResult is the outcome of a run, in the form of `monty-lsp run
// --json`: the result as JSON data (null when it has none) and its repr,
// the printed output, the exception that ended the run and the trace of
// external calls.
type RunResult struct {
	Result          any          `json:"result"`
	Repr            *string      `json:"repr"`
	Stdout          string       `json:"stdout"`
	StdoutTruncated bool         `json:"stdoutTruncated"`
	Error           *RunError    `json:"error"`
	Calls           []mocks.Call `json:"calls"`
	DurationMs      float64      `json:"durationMs"`
}

// RunError is an exception that ended the run, a load-time rejection or a
// problem of the host (a missing mock or input value: type "HostError").
type RunError struct {
	Type      string `json:"type"`
	Message   string `json:"message"`
	Line      *int   `json:"line"` // 1-based; null when the error has no line
	Traceback string `json:"traceback"`
}

func run(req RunRequest) (any, error) {
	lim, err := req.Limits.normalized()
	if err != nil {
		return nil, err
	}
	inputs, err := inputValues(req.Inputs)
	if err != nil {
		return nil, err
	}
	host, err := mocks.Parse(req.Mocks)
	if err != nil {
		return nil, err
	}
	t, err := Target{Profile: req.Profile, Stubs: req.Stubs, Inputs: slices.Sorted(maps.Keys(inputs))}.resolve()
	if err != nil {
		return nil, err
	}
	res := &RunResult{Calls: []mocks.Call{}}
	if msg := missingHostValues(req.Source, t, inputs, host); msg != "" {
		res.Error = &RunError{Type: "HostError", Message: msg}
		return res, nil
	}
	externals := map[string]bool{}
	for name := range t.decls.Funcs {
		externals[name] = true
	}
	for _, name := range host.Names() {
		externals[name] = true
	}
	prog, err := interp.Compile("main.py", []byte(req.Source), interp.CompileOptions{
		Profile: t.prof, Inputs: slices.Sorted(maps.Keys(inputs)), Externals: slices.Sorted(maps.Keys(externals))})
	var rejected *interp.CompileError
	if errors.As(err, &rejected) {
		line := rejected.Pos.Line
		res.Error = &RunError{Type: rejected.Type, Message: rejected.Msg, Line: &line, Traceback: rejected.Traceback()}
		return res, nil
	}
	if err != nil {
		return nil, err
	}

	out := &cappedBuffer{max: lim.MaxOutputBytes}
	start := time.Now()
	ctx := clockDeadline{Context: context.Background(), deadline: start.Add(time.Duration(lim.TimeoutMs) * time.Millisecond)}
	v, err := prog.Run(ctx, interp.RunConfig{Inputs: inputs, Stdout: out, Externals: host.Call})
	res.DurationMs = float64(time.Since(start).Microseconds()) / 1000
	res.Stdout, res.StdoutTruncated, res.Calls = out.String(), out.dropped, append(res.Calls, host.Calls()...)
	var exc *interp.Exception
	switch {
	case errors.As(err, &exc):
		res.Error = &RunError{Type: exc.Type(), Message: exc.Message(), Traceback: exc.Traceback()}
		if l := exc.Line(); l > 0 {
			res.Error.Line = &l
		}
	case errors.Is(err, context.DeadlineExceeded):
		res.Error = &RunError{Type: "TimeoutError", Message: fmt.Sprintf("the run was stopped after its time limit of %d ms", lim.TimeoutMs)}
	case err != nil:
		res.Error = &RunError{Type: "HostError", Message: err.Error()}
	default:
		repr := interp.Repr(v)
		res.Repr, res.Result = &repr, mocks.Result(v)
	}
	return res, nil
}

func (l Limits) normalized() (Limits, error) {
	switch {
	case l.TimeoutMs < 0 || l.TimeoutMs > 60000:
		return l, fmt.Errorf("limits.timeoutMs %d: want 1 to 60000 (0 for the default, 1000)", l.TimeoutMs)
	case l.MaxOutputBytes < 0:
		return l, fmt.Errorf("limits.maxOutputBytes %d: must not be negative", l.MaxOutputBytes)
	}
	if l.TimeoutMs == 0 {
		l.TimeoutMs = 1000
	}
	if l.MaxOutputBytes == 0 {
		l.MaxOutputBytes = 1 << 20
	}
	return l, nil
}

// inputValues reads the JSON object of input values.
func inputValues(data json.RawMessage) (map[string]interp.Value, error) {
	inputs := map[string]interp.Value{}
	if len(bytes.TrimSpace(data)) == 0 || string(bytes.TrimSpace(data)) == "null" {
		return inputs, nil
	}
	v, err := mocks.Value(data)
	if err != nil {
		return nil, fmt.Errorf("inputs: %v", err)
	}
	d, ok := v.(*interp.Dict)
	if !ok {
		return nil, fmt.Errorf("inputs: want a JSON object of input values")
	}
	for _, k := range d.Keys() {
		name := string(k.(interp.Str))
		if !isIdentifier(name) {
			return nil, fmt.Errorf("inputs: name %q is not an identifier", name)
		}
		inputs[name], _, _ = d.Get(k)
	}
	return inputs, nil
}

// missingHostValues checks, before running, that every external function
// the program uses has a mock and every declared input it uses has a
// value, as `monty-lsp run` does; it returns the problem or "".
func missingHostValues(src string, t *resolved, inputs map[string]interp.Value, host *mocks.Host) string {
	_, res := analysis.CheckSource("main.py", []byte(src), &t.opts)
	var noMock, noValue []string
	for _, name := range slices.Sorted(maps.Keys(res.Used)) {
		if t.decls.Funcs[name] != nil && !host.Has(name) {
			noMock = append(noMock, "'"+name+"'")
		}
		if t.decls.Inputs[name] != nil && inputs[name] == nil {
			noValue = append(noValue, "'"+name+"'")
		}
	}
	var msgs []string
	if len(noMock) > 0 {
		msgs = append(msgs, "no mock for external function "+strings.Join(noMock, ", "))
	}
	if len(noValue) > 0 {
		msgs = append(msgs, "no value for input "+strings.Join(noValue, ", "))
	}
	return strings.Join(msgs, "; ")
}

// clockDeadline is a context whose Err reads the clock. A WebAssembly
// call runs on the page's only thread without preemption, so the timer
// behind context.WithTimeout could not fire before the run returns; the
// interpreter polls Err every few thousand loop iterations, and this Err
// compares the time itself. Done is never closed; the interpreter does
// not wait on it.
type clockDeadline struct {
	context.Context
	deadline time.Time
}

// Deadline returns the time the run must stop.
func (c clockDeadline) Deadline() (time.Time, bool) { return c.deadline, true }

// Err returns context.DeadlineExceeded once the deadline has passed.
func (c clockDeadline) Err() error {
	if time.Now().After(c.deadline) {
		return context.DeadlineExceeded
	}
	return nil
}

// cappedBuffer keeps the first max bytes written to it and drops the rest.
type cappedBuffer struct {
	bytes.Buffer
	max     int
	dropped bool
}

// Write never fails: dropped output is recorded, not an error that would
// disturb the program.
func (b *cappedBuffer) Write(p []byte) (int, error) {
	room := b.max - b.Len()
	if len(p) > room {
		b.dropped = true
		b.Buffer.Write(p[:max(room, 0)])
		return len(p), nil
	}
	return b.Buffer.Write(p)
}
