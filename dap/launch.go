package dap

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	godap "github.com/google/go-dap"

	"github.com/monty-tools/monty-tools/internal/runner"
	"github.com/monty-tools/monty-tools/interp"
)

// launchArgs are the launch request's arguments (see the package comment).
type launchArgs struct {
	Program            string          `json:"program"`
	Cwd                string          `json:"cwd"`
	Config             string          `json:"config"`
	Inputs             json.RawMessage `json:"inputs"`
	InputsFile         string          `json:"inputsFile"`
	Mocks              string          `json:"mocks"`
	Host               string          `json:"host"`
	StopOnEntry        bool            `json:"stopOnEntry"`
	StopOnExternalCall bool            `json:"stopOnExternalCall"`
	NoDebug            bool            `json:"noDebug"`
}

// parseLaunch decodes and checks launch arguments; the error says which
// argument is wrong and how.
func parseLaunch(raw json.RawMessage) (launchArgs, map[string]json.RawMessage, error) {
	var a launchArgs
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil {
		return a, nil, fmt.Errorf("the launch arguments must be a JSON object: %v", err)
	}
	for _, k := range []string{"program", "cwd", "config", "inputsFile", "mocks", "host"} {
		if v, ok := fields[k]; ok && !isJSON[*string](v) {
			return a, nil, fmt.Errorf("%q must be a string (a file path), not %s", k, v)
		}
	}
	for _, k := range []string{"stopOnEntry", "stopOnExternalCall", "noDebug"} {
		if v, ok := fields[k]; ok && !isJSON[*bool](v) {
			return a, nil, fmt.Errorf("%q must be true or false, not %s", k, v)
		}
	}
	if err := json.Unmarshal(raw, &a); err != nil {
		return a, nil, fmt.Errorf("bad launch arguments: %v", err)
	}
	if strings.TrimSpace(a.Program) == "" {
		return a, nil, errors.New(`"program" must name the Monty file to run`)
	}
	var inputs map[string]json.RawMessage
	if len(a.Inputs) > 0 && string(a.Inputs) != "null" {
		if err := json.Unmarshal(a.Inputs, &inputs); err != nil || inputs == nil {
			return a, nil, fmt.Errorf(`"inputs" must be an object mapping input names to JSON values, not %s`, a.Inputs)
		}
		if a.InputsFile != "" {
			return a, nil, errors.New(`give either "inputs" or "inputsFile", not both`)
		}
		for name := range inputs {
			if !runner.IsIdentifier(name) {
				return a, nil, fmt.Errorf(`"inputs": %q is not an identifier`, name)
			}
		}
	}
	return a, inputs, nil
}

// isJSON reports whether raw decodes as a T (null decodes as any
// pointer: an argument given as null is left out).
func isJSON[T any](raw json.RawMessage) bool {
	var v T
	return json.Unmarshal(raw, &v) == nil
}

// launch prepares the program; it starts once the configuration is done.
func (s *Session) launch(r *godap.LaunchRequest) {
	s.mu.Lock()
	again := s.launched != nil
	s.mu.Unlock()
	if again {
		s.fail(r, "this session has already launched a program")
		return
	}
	a, inputs, err := parseLaunch(r.Arguments)
	if err != nil {
		s.fail(r, "Monty launch: %v", err)
		return
	}
	dir := s.opts.Dir
	if a.Cwd != "" {
		dir = abs(dir, a.Cwd)
	}
	path := abs(dir, a.Program)
	if st, err := os.Stat(path); err != nil || st.IsDir() {
		s.fail(r, "Monty launch: program %s: not a readable file", path)
		return
	}
	prep, err := runner.Prepare(path, nil, runner.Options{
		Dir: dir, Config: a.Config, InputsFile: a.InputsFile, Inputs: inputs, MocksFile: a.Mocks, Host: a.Host,
		Debug: !a.NoDebug,
	})
	if err != nil {
		s.fail(r, "Monty launch: %v", err)
		return
	}
	l := &launch{args: a, dir: dir, prep: prep, stopOnEntry: a.StopOnEntry, stopOnExt: a.StopOnExternalCall}
	if !a.NoDebug {
		l.prog = prep.Program // compiled with line events; nil when rejected
	}
	s.mu.Lock()
	s.launched = l
	s.mu.Unlock()
	s.send(&godap.LaunchResponse{Response: response(r)})
	s.send(&godap.InitializedEvent{Event: event("initialized")})
	s.maybeStart()
}

// abs reads p against dir.
func abs(dir, p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	if dir == "" {
		if a, err := filepath.Abs(p); err == nil {
			return a
		}
		return p
	}
	return filepath.Join(dir, p)
}

// configurationDone starts the program if it is launched.
func (s *Session) configurationDone(r *godap.ConfigurationDoneRequest) {
	s.mu.Lock()
	s.configured = true
	s.mu.Unlock()
	s.send(&godap.ConfigurationDoneResponse{Response: response(r)})
	s.maybeStart()
}

// maybeStart starts the program once it is launched and configured.
func (s *Session) maybeStart() {
	s.mu.Lock()
	l := s.launched
	if l == nil || !s.configured || s.started {
		s.mu.Unlock()
		return
	}
	s.started = true
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	if l.stopOnEntry {
		s.mode = stepEntry
	}
	s.mu.Unlock()
	select {
	case <-s.quit:
		cancel()
	default:
	}
	go s.runProgram(ctx, l)
}

// runProgram runs the program and reports how it ended: output, the
// result or the traceback, exited and terminated events.
func (s *Session) runProgram(ctx context.Context, l *launch) {
	defer close(s.done)
	defer l.prep.Externals.Close()
	code := 0
	p := l.prep
	p.Externals.SetContext(ctx) // a disconnect stops waiting for the host
	switch {
	case p.Rejected != nil:
		s.output("stderr", "error:\n"+p.Rejected.Traceback()+"\n")
		code = 1
	default:
		prog := l.prog
		cfg := interp.RunConfig{Inputs: p.Inputs, Stdout: outputWriter{s}, Externals: p.Externals.Call}
		if prog == nil {
			prog = p.Program
		} else {
			cfg.Debugger = &debugger{s: s, l: l}
		}
		v, err := prog.Run(ctx, cfg)
		code = s.report(v, err)
	}
	s.send(&godap.ExitedEvent{Event: event("exited"), Body: godap.ExitedEventBody{ExitCode: code}})
	s.send(&godap.TerminatedEvent{Event: event("terminated")})
}

// report prints the result or the error and returns the exit code.
func (s *Session) report(v interp.Value, err error) int {
	var exc *interp.Exception
	switch {
	case err == nil:
		s.output("stdout", interp.Repr(v)+"\n")
		return 0
	case errors.As(err, &exc):
		s.output("stderr", exc.Traceback()+"\n")
	case errors.Is(err, interp.ErrDebuggerDetached) || errors.Is(err, context.Canceled):
		s.output("console", "Monty: the program was stopped\n")
	default:
		s.output("stderr", "error: "+err.Error()+"\n")
	}
	return 1
}
