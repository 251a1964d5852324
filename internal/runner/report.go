package runner

import (
	"bytes"
	"context"
	"errors"
	"io"
	"time"

	"github.com/monty-tools/monty-tools/internal/mocks"
	"github.com/monty-tools/monty-tools/interp"
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// Report is the outcome of one run, as `monty-lsp run --json` prints it
// and the language server's monty.run command returns it.
type Report struct {
	// Result is the value of the file's last expression as JSON data
	// (tuples as arrays), null when it has no JSON form or after an error.
	Result any `json:"result"`
	// Repr is the result's repr; null after an error.
	Repr *string `json:"repr"`
	// Stdout is what the program printed.
	Stdout string `json:"stdout"`
	// Error is how the run failed, or null.
	Error *RunError `json:"error"`
	// Calls are the external calls, in order.
	Calls []Call `json:"calls"`
	// Usage is what the run consumed.
	Usage Usage `json:"usage"`
	// HostStderr is the end of what the host command wrote on its
	// standard error, when the caller keeps it (the language server; the
	// command line passes it through).
	HostStderr string `json:"host_stderr,omitempty"`
}

// RunError is the exception that ended the run, a load-time rejection, a
// setup problem (language server only) or a host failure.
type RunError struct {
	// Type is the exception's class name, or HostError for a failure of
	// the host command, SetupError for a run that could not start and
	// Cancelled for a run stopped from outside.
	Type    string `json:"type"`
	Message string `json:"message"`
	// Line is the 1-based line in the file the error points at (the
	// innermost frame), or null.
	Line      *int   `json:"line"`
	Traceback string `json:"traceback"`
}

// Error types that are not Python exceptions.
const (
	ErrorHost      = "HostError"
	ErrorSetup     = "SetupError"
	ErrorCancelled = "Cancelled"
)

// Usage is what a run consumed (from interp.Usage).
type Usage struct {
	DurationMs  float64 `json:"duration_ms"`
	PeakMemory  int64   `json:"peak_memory"` // bytes held by live values at most
	Allocations int64   `json:"allocations"`
	MaxDepth    int     `json:"max_depth"`    // deepest Python call depth
	OutputBytes int64   `json:"output_bytes"` // bytes printed
}

// RunOptions configure Prepared.Run.
type RunOptions struct {
	// Stdout receives the program's output as it prints it; nil keeps it
	// only in Report.Stdout (which is empty otherwise).
	Stdout io.Writer
	// Limits bound the run.
	Limits interp.Limits
}

// Run runs the prepared file once and reports the outcome. The host
// command, if one was started, is stopped before Run returns.
func (p *Prepared) Run(ctx context.Context, ro RunOptions) *Report {
	if p.Rejected != nil {
		return p.finish(nil, nil, "", interp.Usage{}, 0)
	}
	var buf bytes.Buffer
	out := ro.Stdout
	if out == nil {
		out = &buf
	}
	p.Externals.SetContext(ctx)
	var usage interp.Usage
	start := time.Now()
	v, err := p.Program.Run(ctx, interp.RunConfig{Inputs: p.Inputs, Stdout: out, Externals: p.Externals.Call, Limits: ro.Limits, Usage: &usage})
	return p.finish(v, err, buf.String(), usage, time.Since(start))
}

// finish stops the host command, if one was started, and reports the
// outcome of a run: its result v or error err, what it printed, what
// the interpreter says it used and the wall time it took. For a Rejected
// file it reports the load-time error.
func (p *Prepared) finish(v interp.Value, err error, stdout string, usage interp.Usage, wall time.Duration) *Report {
	rep := &Report{Calls: []Call{}}
	if p.Rejected != nil {
		line := p.Rejected.Pos.Line
		rep.Error = &RunError{Type: p.Rejected.Type, Message: p.Rejected.Msg, Line: &line, Traceback: p.Rejected.Traceback()}
		return rep
	}
	p.Externals.Close()
	rep.Stdout, rep.Calls = stdout, append(rep.Calls, p.Externals.Calls()...)
	rep.Usage = usageOf(usage, wall)
	if err != nil {
		rep.Error = errorOf(err)
		var host *HostError
		if errors.As(err, &host) && host.Function != "" {
			if lines := p.callSites(host.Function); len(lines) == 1 {
				rep.Error.Line = &lines[0] // the only place the failed call can be
			}
		}
		return rep
	}
	repr := interp.Repr(v)
	rep.Repr, rep.Result = &repr, mocks.Result(v)
	return rep
}

// usageOf converts the interpreter's usage; the duration is the wall
// time measured here when the interpreter does not report one.
func usageOf(u interp.Usage, wall time.Duration) Usage {
	d := u.Duration
	if d == 0 {
		d = wall
	}
	return Usage{DurationMs: float64(d.Microseconds()) / 1000, PeakMemory: u.PeakMemory,
		Allocations: u.Allocations, MaxDepth: u.MaxDepth, OutputBytes: u.OutputBytes}
}

// errorOf describes the error that ended a run.
func errorOf(err error) *RunError {
	var exc *interp.Exception
	var host *HostError
	switch {
	case errors.As(err, &exc):
		e := &RunError{Type: exc.Type(), Message: exc.Message(), Traceback: exc.Traceback()}
		if l := exc.Line(); l > 0 {
			e.Line = &l
		}
		return e
	case errors.As(err, &host):
		return &RunError{Type: ErrorHost, Message: host.Error()}
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return &RunError{Type: ErrorCancelled, Message: "the run was stopped: " + err.Error()}
	}
	return &RunError{Type: ErrorHost, Message: err.Error()}
}

// SetupReport is the report of a run that could not start, for callers
// (the language server) that report every outcome the same way.
func SetupReport(err error) *Report {
	e := &RunError{Type: ErrorSetup, Message: err.Error()}
	var se *SetupError
	if errors.As(err, &se) && se.Line > 0 {
		l := se.Line
		e.Line = &l
	}
	return &Report{Calls: []Call{}, Error: e}
}

// callSites returns the lines of the file where fn is called by name,
// once each: a host failure carries no frame, and when the file calls
// the function in one place only, that place is where it failed.
func (p *Prepared) callSites(fn string) []int {
	f, _ := syntax.Parse(p.Path, p.Src, 0)
	lines := source.NewLines(f.Src)
	var out []int
	syntax.Inspect(f, func(n syntax.Node) bool {
		if c, ok := n.(*syntax.CallExpr); ok {
			if id, ok := c.Fn.(*syntax.Ident); ok && id.Name == fn {
				line := lines.Pos(f.Src, c.Span().Start).Line
				if len(out) == 0 || out[len(out)-1] != line {
					out = append(out, line)
				}
			}
		}
		return n != nil
	})
	return out
}
