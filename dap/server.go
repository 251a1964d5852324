package dap

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"

	godap "github.com/google/go-dap"

	"github.com/monty-tools/monty-tools/internal/runner"
	"github.com/monty-tools/monty-tools/interp"
)

// threadID is the one thread a Monty program has.
const threadID = 1

// Options configure a Session.
type Options struct {
	// Dir is the folder relative launch paths are read against when the
	// launch arguments give no cwd; "" is the current directory.
	Dir string
	// Log, when not nil, receives a line per message (for -v).
	Log io.Writer
}

// Session is one debug session: a DAP connection and the program it
// launches.
type Session struct {
	opts Options
	r    *bufio.Reader
	w    io.Writer
	wmu  sync.Mutex
	seq  int
	// closed is set once the disconnect is answered: nothing more is
	// written.
	closed bool

	mu         sync.Mutex
	bps        map[int]*breakpoint // by line
	bpID       int
	uncaught   bool // stop on exceptions no handler catches
	mode       stepMode
	modeDepth  int
	stopped    *stop // the current stop, nil while running
	launched   *launch
	configured bool
	started    bool

	pauseReq atomic.Bool
	quit     chan struct{} // closed on disconnect
	quitOnce sync.Once
	cancel   context.CancelFunc
	done     chan struct{} // closed when the program has ended
	cmds     chan cmd      // work for the program goroutine while stopped
	resume   chan stepMode // resumes the program goroutine
}

// cmd is work run on the program goroutine while it is stopped.
type cmd struct {
	fn   func(p *interp.Paused)
	done chan struct{}
}

// launch is a prepared program and how to run it.
type launch struct {
	args        launchArgs
	dir         string // what relative paths are read against
	prep        *runner.Prepared
	prog        *interp.Program // debug-compiled; nil when rejected or noDebug
	stopOnEntry bool
	stopOnExt   bool
}

// NewSession makes a session speaking DAP over r and w.
func NewSession(r io.Reader, w io.Writer, opts Options) *Session {
	return &Session{
		opts: opts, r: bufio.NewReader(r), w: w,
		bps: map[int]*breakpoint{}, uncaught: true,
		quit: make(chan struct{}), done: make(chan struct{}),
		cmds: make(chan cmd), resume: make(chan stepMode),
	}
}

// Serve answers requests until the client disconnects or the input ends.
// A message it cannot decode is answered with an error when it is a
// request, and otherwise skipped.
func (s *Session) Serve() error {
	defer s.shutdown()
	for {
		data, err := godap.ReadBaseMessage(s.r)
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		msg, err := godap.DecodeProtocolMessage(data)
		if err != nil {
			s.undecodable(data, err)
			continue
		}
		if s.opts.Log != nil {
			fmt.Fprintf(s.opts.Log, "<- %T\n", msg)
		}
		req, ok := msg.(godap.RequestMessage)
		if !ok {
			continue
		}
		if s.dispatch(req) {
			return nil
		}
	}
}

// undecodable answers a request that go-dap cannot decode (an unknown
// command, arguments of the wrong type) with an error; other messages
// are dropped.
func (s *Session) undecodable(data []byte, err error) {
	var head struct {
		Seq     int    `json:"seq"`
		Type    string `json:"type"`
		Command string `json:"command"`
	}
	if json.Unmarshal(data, &head) == nil && head.Type == "request" {
		s.sendError(head.Seq, head.Command, fmt.Sprintf("cannot decode the %q request: %v", head.Command, err))
	}
}

// shutdown stops a program still running when the connection ends.
func (s *Session) shutdown() {
	s.quitOnce.Do(func() { close(s.quit) })
	if s.cancel != nil {
		s.cancel()
	}
}

// send writes a message with the next sequence number.
func (s *Session) send(m godap.Message) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if s.closed {
		return
	}
	s.seq++
	switch x := m.(type) {
	case godap.ResponseMessage:
		r := x.GetResponse()
		r.Seq, r.Type = s.seq, "response"
	case godap.EventMessage:
		e := x.GetEvent()
		e.Seq, e.Type = s.seq, "event"
	}
	if s.opts.Log != nil {
		fmt.Fprintf(s.opts.Log, "-> %T\n", m)
	}
	godap.WriteProtocolMessage(s.w, m)
}

// response fills in the response header for req.
func response(req godap.RequestMessage) godap.Response {
	r := req.GetRequest()
	return godap.Response{RequestSeq: r.Seq, Success: true, Command: r.Command}
}

// event makes an event header.
func event(name string) godap.Event { return godap.Event{Event: name} }

// sendError answers request seq of command with an error message shown
// to the user.
func (s *Session) sendError(seq int, command, msg string) {
	s.send(&godap.ErrorResponse{
		Response: godap.Response{RequestSeq: seq, Command: command, Message: msg},
		Body:     godap.ErrorResponseBody{Error: &godap.ErrorMessage{Id: 1, Format: msg, ShowUser: true}},
	})
}

// fail answers req with an error.
func (s *Session) fail(req godap.RequestMessage, format string, a ...any) {
	r := req.GetRequest()
	s.sendError(r.Seq, r.Command, fmt.Sprintf(format, a...))
}

// output sends an output event.
func (s *Session) output(category, text string) {
	if text == "" {
		return
	}
	s.send(&godap.OutputEvent{Event: event("output"), Body: godap.OutputEventBody{Category: category, Output: text}})
}

// outputWriter turns the program's output into output events.
type outputWriter struct{ s *Session }

// Write sends p as stdout output.
func (w outputWriter) Write(p []byte) (int, error) {
	w.s.output("stdout", string(p))
	return len(p), nil
}

// dispatch handles one request; it reports whether the session is over.
func (s *Session) dispatch(req godap.RequestMessage) bool {
	switch r := req.(type) {
	case *godap.InitializeRequest:
		s.initialize(r)
	case *godap.LaunchRequest:
		s.launch(r)
	case *godap.AttachRequest:
		s.fail(r, "monty-lsp dap cannot attach to a running program: use a launch configuration")
	case *godap.SetBreakpointsRequest:
		s.setBreakpoints(r)
	case *godap.SetExceptionBreakpointsRequest:
		s.setExceptionBreakpoints(r)
	case *godap.SetFunctionBreakpointsRequest:
		s.send(&godap.SetFunctionBreakpointsResponse{Response: response(r)})
	case *godap.ConfigurationDoneRequest:
		s.configurationDone(r)
	case *godap.ThreadsRequest:
		s.send(&godap.ThreadsResponse{Response: response(r), Body: godap.ThreadsResponseBody{Threads: []godap.Thread{{Id: threadID, Name: "main"}}}})
	case *godap.ContinueRequest:
		s.resumeWith(r, &godap.ContinueResponse{Response: response(r), Body: godap.ContinueResponseBody{AllThreadsContinued: true}}, stepNone)
	case *godap.NextRequest:
		s.resumeWith(r, &godap.NextResponse{Response: response(r)}, stepOver)
	case *godap.StepInRequest:
		s.resumeWith(r, &godap.StepInResponse{Response: response(r)}, stepIn)
	case *godap.StepOutRequest:
		s.resumeWith(r, &godap.StepOutResponse{Response: response(r)}, stepOut)
	case *godap.PauseRequest:
		s.pauseReq.Store(true)
		s.send(&godap.PauseResponse{Response: response(r)})
	case *godap.StackTraceRequest:
		s.stackTrace(r)
	case *godap.ScopesRequest:
		s.scopes(r)
	case *godap.VariablesRequest:
		s.variables(r)
	case *godap.SetVariableRequest:
		s.setVariable(r)
	case *godap.EvaluateRequest:
		s.evaluate(r)
	case *godap.ExceptionInfoRequest:
		s.exceptionInfo(r)
	case *godap.TerminateRequest:
		s.terminate()
		s.send(&godap.TerminateResponse{Response: response(r)})
	case *godap.DisconnectRequest:
		s.terminate()
		s.send(&godap.DisconnectResponse{Response: response(r)})
		s.wmu.Lock()
		s.closed = true
		s.wmu.Unlock()
		return true
	default:
		s.fail(req, "monty-lsp dap does not support %q", req.GetRequest().Command)
	}
	return false
}

// initialize answers with the adapter's capabilities.
func (s *Session) initialize(r *godap.InitializeRequest) {
	s.send(&godap.InitializeResponse{Response: response(r), Body: godap.Capabilities{
		SupportsConfigurationDoneRequest:  true,
		SupportsConditionalBreakpoints:    true,
		SupportsHitConditionalBreakpoints: true,
		SupportsLogPoints:                 true,
		SupportsEvaluateForHovers:         true,
		SupportsSetVariable:               true,
		SupportsTerminateRequest:          true,
		SupportsExceptionInfoRequest:      true,
		ExceptionBreakpointFilters: []godap.ExceptionBreakpointsFilter{
			{Filter: "uncaught", Label: "Uncaught Exceptions", Description: "Stop where an exception is raised that nothing catches", Default: true},
		},
	}})
}

// terminate ends the program: it stops at its next event, or now if it
// is stopped.
func (s *Session) terminate() {
	s.quitOnce.Do(func() { close(s.quit) })
	s.mu.Lock()
	cancel := s.cancel
	s.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}
