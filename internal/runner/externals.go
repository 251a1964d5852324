package runner

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/monty-tools/monty-tools/internal/mocks"
	"github.com/monty-tools/monty-tools/interp"
)

// Answer sources, as Call.Source and Externals.Source name them.
const (
	SourceMock   = "mock"
	SourceHost   = "host"
	SourcePrompt = "prompt"
)

// Call is one external call of a run as the report logs it: arguments
// and result as JSON-like data (or their repr when they have no JSON
// form), the exception when the call raised, who answered and how long
// the answer took.
type Call struct {
	Function string         `json:"function"`
	Args     []any          `json:"args"`
	Kwargs   map[string]any `json:"kwargs"`
	Result   any            `json:"result"`
	Raise    *Raise         `json:"raise,omitempty"`
	Source   string         `json:"source"` // SourceMock, SourceHost or SourcePrompt
	Ms       float64        `json:"ms"`     // time to answer, in milliseconds

	// Text is the call as Python shows it, fetch('k', n=1), and
	// ResultText the result's repr; for --trace.
	Text       string `json:"-"`
	ResultText string `json:"-"`
}

// Raise is the exception an external call raised in the program.
type Raise = mocks.Raise

// Externals answers a run's external calls — from the mocks, the host
// command or the terminal prompt, in that order of precedence — and logs
// them. It is used by one run at a time.
type Externals struct {
	// OnCall, when set, is called after each answered call, before the
	// program continues (--trace prints it).
	OnCall func(*Call)
	// Intercept, when set, sees each answer before the program does and
	// may replace it: v is the value, or err the exception (an
	// *interp.ExcValue) the call raises. A debug adapter stops here to
	// show the call and let the user edit the answer; the log records
	// what Intercept returns.
	Intercept func(c *Call, v interp.Value, err error) (interp.Value, error)

	mocks     *mocks.Host
	host      *hostProc // nil without --host
	prompt    *Prompt
	functions []string // the externals the file uses that the host answers, for its hello

	ctx   context.Context
	mu    sync.Mutex
	calls []Call
	count atomic.Int64
}

func newExternals(mk *mocks.Host, opts Options, file string) *Externals {
	e := &Externals{mocks: mk, prompt: opts.Prompt, ctx: context.Background()}
	if opts.Host != "" {
		timeout := opts.HostTimeout
		if timeout <= 0 {
			timeout = DefaultHostTimeout
		}
		e.host = &hostProc{command: opts.Host, dir: opts.Dir, file: file, timeout: timeout, stderr: opts.HostStderr}
	}
	return e
}

// Source says who answers the calls of name: SourceMock, SourceHost,
// SourcePrompt, or "" when nothing does.
func (e *Externals) Source(name string) string {
	switch {
	case e.mocks.Has(name):
		return SourceMock
	case e.host != nil:
		return SourceHost
	case e.prompt != nil:
		return SourcePrompt
	}
	return ""
}

// Calls returns the calls answered so far, in order.
func (e *Externals) Calls() []Call {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]Call(nil), e.calls...)
}

// Count is the number of calls answered so far; it is safe to read while
// the run goes on (the progress line does).
func (e *Externals) Count() int64 { return e.count.Load() }

// SetContext sets the context that host calls and prompts give up on.
func (e *Externals) SetContext(ctx context.Context) { e.ctx = ctx }

// Close stops the host command, if one was started.
func (e *Externals) Close() error {
	if e.host == nil {
		return nil
	}
	return e.host.close()
}

// Call answers one external call; it is the run's interp.ExternalFunc.
// An exception the answer raises comes back as an *interp.ExcValue; a Go
// error (a *HostError, a cancelled prompt) ends the run.
func (e *Externals) Call(name string, args []interp.Value, kwargs []interp.KeywordArg) (interp.Value, error) {
	rec := Call{Function: name, Args: make([]any, len(args)), Kwargs: map[string]any{}, Source: e.Source(name)}
	if rec.Source == "" {
		// The check before the run makes this unreachable for declared
		// externals; a name the program builds at run time lands here,
		// and is not a call of the log.
		return nil, interp.NewException("NameError", "name '"+name+"' is not defined")
	}
	for i, a := range args {
		rec.Args[i] = mocks.Plain(a)
	}
	for _, kw := range kwargs {
		rec.Kwargs[kw.Name] = mocks.Plain(kw.Value)
	}
	rec.Text = callText(name, args, kwargs)
	if rec.Source == SourceHost {
		// Starting the host is not part of the call's time.
		if err := e.host.ensureStarted(e.ctx, e.functions); err != nil {
			return nil, err
		}
	}
	start := time.Now()
	v, err := e.answer(&rec)
	rec.Ms = float64(time.Since(start).Microseconds()) / 1000
	if e.Intercept != nil {
		v, err = e.Intercept(&rec, v, err)
	}
	var exc *interp.ExcValue
	switch {
	case errors.As(err, &exc):
		rec.Raise = &Raise{Type: exc.Class.Name, Message: excMessage(exc)}
	case err != nil:
		return nil, err // the host failed: the run ends, the call is not logged as answered
	default:
		rec.Result, rec.ResultText = mocks.Plain(v), interp.Repr(v)
	}
	e.record(&rec)
	return v, err
}

// answer asks the call's source for its answer.
func (e *Externals) answer(rec *Call) (interp.Value, error) {
	switch rec.Source {
	case SourceMock:
		return e.mocks.Answer(rec.Function, rec.Args, rec.Kwargs)
	case SourceHost:
		return e.host.call(e.ctx, rec)
	}
	return e.prompt.ask(e.ctx, rec)
}

// record logs an answered call and tells OnCall.
func (e *Externals) record(rec *Call) {
	e.mu.Lock()
	e.calls = append(e.calls, *rec)
	e.mu.Unlock()
	e.count.Add(1)
	if e.OnCall != nil {
		e.OnCall(rec)
	}
}

// callText renders a call as Python source shows it: f(1, 'a', k=None).
func callText(name string, args []interp.Value, kwargs []interp.KeywordArg) string {
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte('(')
	for i, a := range args {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(interp.Repr(a))
	}
	for i, kw := range kwargs {
		if i > 0 || len(args) > 0 {
			b.WriteString(", ")
		}
		b.WriteString(kw.Name + "=" + interp.Repr(kw.Value))
	}
	b.WriteByte(')')
	return b.String()
}

// excMessage is the message an exception was made with: its str
// argument, which for a KeyError is not what str(e) shows.
func excMessage(exc *interp.ExcValue) string {
	if len(exc.Args) == 1 {
		if s, ok := exc.Args[0].(interp.Str); ok {
			return string(s)
		}
	}
	return strings.TrimPrefix(strings.TrimPrefix(exc.Error(), exc.Class.Name), ": ")
}
