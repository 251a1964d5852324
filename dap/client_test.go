package dap

import (
	"bufio"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	godap "github.com/google/go-dap"
)

// client drives a Session over net.Pipe with go-dap's encoding, as an
// editor would.
type client struct {
	t       *testing.T
	conn    net.Conn
	r       *bufio.Reader
	seq     int
	msgs    chan godap.Message
	output  strings.Builder // every output event's text, in order
	pending []godap.Message // read while waiting for another message
	done    chan error      // Serve's result
}

func newClient(t *testing.T, dir string) *client {
	t.Helper()
	a, b := net.Pipe()
	c := &client{t: t, conn: a, r: bufio.NewReader(a), msgs: make(chan godap.Message, 100), done: make(chan error, 1)}
	s := NewSession(b, b, Options{Dir: dir})
	go func() {
		c.done <- s.Serve()
		b.Close()
	}()
	go func() {
		defer close(c.msgs)
		for {
			m, err := godap.ReadProtocolMessage(c.r)
			if err != nil {
				return
			}
			c.msgs <- m
		}
	}()
	t.Cleanup(func() { a.Close() })
	return c
}

// send writes a request, filling in its header.
func (c *client) send(command string, req godap.RequestMessage) int {
	c.seq++
	r := req.GetRequest()
	r.Seq, r.Type, r.Command = c.seq, "request", command
	if err := godap.WriteProtocolMessage(c.conn, req); err != nil {
		c.t.Fatalf("write %s: %v", command, err)
	}
	return c.seq
}

// next returns the next message that is not an output event (which it
// records), failing the test after a timeout.
func (c *client) next() godap.Message {
	c.t.Helper()
	for {
		select {
		case m, ok := <-c.msgs:
			if !ok {
				c.t.Fatal("connection closed")
			}
			if o, ok := m.(*godap.OutputEvent); ok {
				c.output.WriteString(o.Body.Output)
				continue
			}
			return m
		case <-time.After(10 * time.Second):
			c.t.Fatal("no message within 10s")
		}
	}
}

// expect returns the first message of type T, looking at those put
// aside by earlier calls first (events may come before or after a
// response), failing on an error response.
func expect[T godap.Message](c *client) T {
	c.t.Helper()
	for i, m := range c.pending {
		if x, ok := m.(T); ok {
			c.pending = append(c.pending[:i], c.pending[i+1:]...)
			return x
		}
	}
	for {
		m := c.next()
		if e, ok := m.(*godap.ErrorResponse); ok {
			c.t.Fatalf("error response to %s: %s", e.Command, e.Message)
		}
		if x, ok := m.(T); ok {
			return x
		}
		c.pending = append(c.pending, m)
	}
}

// request sends a request and returns its response (of type T).
func request[T godap.Message](c *client, command string, req godap.RequestMessage) T {
	c.t.Helper()
	c.send(command, req)
	return expect[T](c)
}

// failure sends a request that must fail and returns the error message.
func (c *client) failure(command string, req godap.RequestMessage) string {
	c.t.Helper()
	seq := c.send(command, req)
	for {
		m := c.next()
		if e, ok := m.(*godap.ErrorResponse); ok && e.RequestSeq == seq {
			return e.Message
		}
		if r, ok := m.(godap.ResponseMessage); ok && r.GetResponse().RequestSeq == seq {
			c.t.Fatalf("%s succeeded, want an error", command)
		}
		c.pending = append(c.pending, m)
	}
}

// start initializes, launches with args, sets breakpoints and finishes
// the configuration.
func (c *client) start(args map[string]any, bps ...godap.SourceBreakpoint) *godap.SetBreakpointsResponse {
	c.t.Helper()
	request[*godap.InitializeResponse](c, "initialize", &godap.InitializeRequest{Arguments: godap.InitializeRequestArguments{AdapterID: "monty", LinesStartAt1: true, ColumnsStartAt1: true}})
	raw, _ := json.Marshal(args)
	request[*godap.LaunchResponse](c, "launch", &godap.LaunchRequest{Arguments: raw})
	expect[*godap.InitializedEvent](c)
	var resp *godap.SetBreakpointsResponse
	if len(bps) > 0 {
		resp = request[*godap.SetBreakpointsResponse](c, "setBreakpoints", &godap.SetBreakpointsRequest{Arguments: godap.SetBreakpointsArguments{
			Source: godap.Source{Path: args["program"].(string)}, Breakpoints: bps}})
	}
	request[*godap.ConfigurationDoneResponse](c, "configurationDone", &godap.ConfigurationDoneRequest{})
	return resp
}

// stopped waits for a stopped event with the given reason.
func (c *client) stopped(reason string) *godap.StoppedEvent {
	c.t.Helper()
	ev := expect[*godap.StoppedEvent](c)
	if ev.Body.Reason != reason {
		c.t.Fatalf("stopped for %q (%s), want %q", ev.Body.Reason, ev.Body.Text, reason)
	}
	return ev
}

// stack returns "function:line" for each frame.
func (c *client) stack() []string {
	c.t.Helper()
	resp := request[*godap.StackTraceResponse](c, "stackTrace", &godap.StackTraceRequest{Arguments: godap.StackTraceArguments{ThreadId: threadID}})
	var out []string
	for _, f := range resp.Body.StackFrames {
		out = append(out, f.Name+":"+itoa(f.Line))
	}
	return out
}

// scope returns the variablesReference of a named scope of a frame.
func (c *client) scope(frameID int, name string) int {
	c.t.Helper()
	resp := request[*godap.ScopesResponse](c, "scopes", &godap.ScopesRequest{Arguments: godap.ScopesArguments{FrameId: frameID}})
	for _, s := range resp.Body.Scopes {
		if s.Name == name {
			return s.VariablesReference
		}
	}
	c.t.Fatalf("no scope %q in %+v", name, resp.Body.Scopes)
	return 0
}

// vars lists a reference's variables by name.
func (c *client) vars(ref int) map[string]godap.Variable {
	c.t.Helper()
	resp := request[*godap.VariablesResponse](c, "variables", &godap.VariablesRequest{Arguments: godap.VariablesArguments{VariablesReference: ref}})
	out := map[string]godap.Variable{}
	for _, v := range resp.Body.Variables {
		out[v.Name] = v
	}
	return out
}

// eval evaluates in a frame.
func (c *client) eval(frameID int, expr, context string) string {
	c.t.Helper()
	resp := request[*godap.EvaluateResponse](c, "evaluate", &godap.EvaluateRequest{Arguments: godap.EvaluateArguments{Expression: expr, FrameId: frameID, Context: context}})
	return resp.Body.Result
}

// finish waits for the exited and terminated events and returns the
// exit code.
func (c *client) finish() int {
	c.t.Helper()
	ex := expect[*godap.ExitedEvent](c)
	expect[*godap.TerminatedEvent](c)
	return ex.Body.ExitCode
}

// cont continues.
func (c *client) cont() {
	c.t.Helper()
	request[*godap.ContinueResponse](c, "continue", &godap.ContinueRequest{Arguments: godap.ContinueArguments{ThreadId: threadID}})
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// project writes a Monty project: monty.toml, stubs, mocks and files.
func project(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	base := map[string]string{
		"monty.toml": "[monty]\nstubs = [\"host.pyi\"]\n",
		"host.pyi":   "order_id: int\nlimit: int\n\ndef fetch(n: int) -> dict: ...\n",
		"mocks.json": `{"fetch": {"return": {"id": 7, "items": [{"price": 10, "qty": 2}, {"price": 5, "qty": 3}]}}}`,
	}
	for k, v := range files {
		base[k] = v
	}
	for name, text := range base {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func jsonMarshal(v any) ([]byte, error) { return json.Marshal(v) }
