package runner

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"sync"
	"time"

	"github.com/monty-tools/monty-tools/internal/mocks"
	"github.com/monty-tools/monty-tools/interp"
)

// ProtocolVersion is the version of the host protocol (see the package
// comment) that this runner speaks.
const ProtocolVersion = 1

// HostExitGrace is how long the host may take to exit once its standard
// input is closed before it is killed.
const HostExitGrace = 2 * time.Second

// maxHostLine bounds one line of the host's output.
const maxHostLine = 64 << 20

// HostError is a failure of the host command: it could not start, it
// exited, it wrote something that is not a response, or it did not
// answer in time. It ends the run; the program cannot catch it.
type HostError struct {
	Command  string // the host command line
	Call     int    // the call's id; 0 for the hello
	Function string // the function called; "" for the hello
	// OutputLine is the line of the host's output at fault (1-based), or 0.
	OutputLine int
	Msg        string
}

// Error describes the failure with the call and the output line.
func (e *HostError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "host command %q: ", e.Command)
	if e.Call == 0 {
		b.WriteString("hello: ")
	} else {
		fmt.Fprintf(&b, "call %d (%s): ", e.Call, e.Function)
	}
	if e.OutputLine > 0 {
		fmt.Fprintf(&b, "line %d of its output: ", e.OutputLine)
	}
	b.WriteString(e.Msg)
	return b.String()
}

// hostProc is the host command of one run, started at its first call.
type hostProc struct {
	command, dir, file string
	timeout            time.Duration
	stderr             io.Writer

	started  bool
	startErr error
	cmd      *exec.Cmd
	stdin    io.WriteCloser
	lines    chan []byte   // the host's output lines; closed at its end
	done     chan struct{} // closed once the process has exited
	exitErr  error         // how it exited, once done is closed
	readErr  error         // why its output could not be read, once lines is closed
	tail     tailWriter    // the end of its standard error, for messages
	lineNo   int           // output lines read
	nextID   int
}

// hello is the first message on the host's standard input, and the
// shape of its answer.
type hello struct {
	Hello     string   `json:"hello"`
	Version   int      `json:"version"`
	File      string   `json:"file,omitempty"`
	Functions []string `json:"functions,omitempty"`
}

// request is one call sent to the host.
type request struct {
	ID       int            `json:"id"`
	Function string         `json:"function"`
	Args     []any          `json:"args"`
	Kwargs   map[string]any `json:"kwargs"`
}

// ensureStarted starts the host at the first call; a host that failed
// to start fails every call.
func (h *hostProc) ensureStarted(ctx context.Context, functions []string) error {
	if !h.started {
		h.started = true
		h.startErr = h.start(ctx, functions)
	}
	return h.startErr
}

// call sends one call to the started host and reads its answer.
func (h *hostProc) call(ctx context.Context, rec *Call) (interp.Value, error) {
	h.nextID++
	id := h.nextID
	fail := func(line int, format string, a ...any) error {
		return &HostError{Command: h.command, Call: id, Function: rec.Function, OutputLine: line, Msg: fmt.Sprintf(format, a...)}
	}
	req, err := json.Marshal(request{ID: id, Function: rec.Function, Args: rec.Args, Kwargs: rec.Kwargs})
	if err != nil {
		return nil, fail(0, "cannot encode the arguments: %v", err)
	}
	line, err := h.exchange(ctx, req, fail)
	if err != nil {
		return nil, err
	}
	var resp map[string]json.RawMessage
	if err := json.Unmarshal(line, &resp); err != nil {
		return nil, fail(h.lineNo, "not a JSON object (%v): %s%s", err, clip(line), logHint(line))
	}
	var gotID int
	if err := json.Unmarshal(resp["id"], &gotID); err != nil || gotID != id {
		return nil, fail(h.lineNo, "want \"id\": %d, got %s", id, clip(resp["id"]))
	}
	result, hasResult := resp["result"]
	rawErr, hasError := resp["error"]
	if hasResult == hasError {
		return nil, fail(h.lineNo, `want exactly one of "result" and "error": %s`, clip(line))
	}
	if hasError {
		return nil, h.exception(rawErr, fail)
	}
	v, err := mocks.Value(result)
	if err != nil {
		return nil, fail(h.lineNo, "result: %v", err)
	}
	return v, nil
}

// exception turns a response's "error" into the exception the call
// raises in the program.
func (h *hostProc) exception(raw json.RawMessage, fail func(int, string, ...any) error) error {
	var r Raise
	if err := json.Unmarshal(raw, &r); err != nil || r.Type == "" {
		return fail(h.lineNo, `"error" wants {"type": "ValueError", "message": "..."}, got %s`, clip(raw))
	}
	err := interp.NewException(r.Type, r.Message)
	var exc *interp.ExcValue
	if !errors.As(err, &exc) || exc.Class.Name != r.Type {
		return fail(h.lineNo, "%q is not a builtin exception type", r.Type)
	}
	return err
}

// start starts the process and exchanges the hellos.
func (h *hostProc) start(ctx context.Context, functions []string) error {
	fail := func(line int, format string, a ...any) error {
		return &HostError{Command: h.command, OutputLine: line, Msg: fmt.Sprintf(format, a...)}
	}
	words, err := splitWords(h.command)
	if err != nil {
		return fail(0, "%v", err)
	}
	if len(words) == 0 {
		return fail(0, "empty command")
	}
	h.cmd = exec.Command(words[0], words[1:]...)
	h.cmd.Dir = h.dir
	h.cmd.Stderr = &h.tail
	if h.stderr != nil {
		h.cmd.Stderr = io.MultiWriter(&h.tail, h.stderr)
	}
	if h.stdin, err = h.cmd.StdinPipe(); err != nil {
		return fail(0, "%v", err)
	}
	stdout, err := h.cmd.StdoutPipe()
	if err != nil {
		return fail(0, "%v", err)
	}
	if err := h.cmd.Start(); err != nil {
		return fail(0, "cannot start: %v", err)
	}
	h.lines, h.done = make(chan []byte), make(chan struct{})
	go h.read(stdout)
	msg, _ := json.Marshal(hello{Hello: "monty-host", Version: ProtocolVersion, File: h.file, Functions: functions})
	line, err := h.exchange(ctx, msg, fail)
	if err != nil {
		return err
	}
	var got hello
	if err := json.Unmarshal(line, &got); err != nil || got.Hello != "monty-host" {
		return fail(h.lineNo, `want the hello {"hello": "monty-host", "version": %d}, got %s%s`, ProtocolVersion, clip(line), logHint(line))
	}
	if got.Version != ProtocolVersion {
		return fail(h.lineNo, "the host speaks protocol version %d; this monty-lsp speaks version %d", got.Version, ProtocolVersion)
	}
	return nil
}

// read passes the host's output lines to h.lines until it ends, then
// waits for the process.
func (h *hostProc) read(stdout io.Reader) {
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 64<<10), maxHostLine)
	for sc.Scan() {
		h.lines <- bytes.TrimRight(append([]byte(nil), sc.Bytes()...), "\r")
	}
	if h.readErr = sc.Err(); h.readErr != nil {
		h.kill() // it cannot be understood any more
	}
	io.Copy(io.Discard, stdout)
	close(h.lines)
	h.exitErr = h.cmd.Wait()
	close(h.done)
}

// exchange writes one line to the host and returns the next non-blank
// line it writes, within the timeout.
func (h *hostProc) exchange(ctx context.Context, msg []byte, fail func(int, string, ...any) error) ([]byte, error) {
	timer := time.NewTimer(h.timeout)
	defer timer.Stop()
	// A host that does not read can block the write once the pipe is
	// full: the write, too, is bounded by the timeout.
	written := make(chan error, 1)
	go func() {
		_, err := h.stdin.Write(append(msg, '\n'))
		written <- err
	}()
	select {
	case err := <-written:
		if err != nil {
			return nil, h.exited(fail)
		}
	case <-timer.C:
		h.kill()
		return nil, fail(0, "the host did not read the call within %v (the host timeout)", h.timeout)
	case <-ctx.Done():
		h.kill()
		return nil, ctx.Err()
	}
	for {
		select {
		case line, ok := <-h.lines:
			if !ok && errors.Is(h.readErr, bufio.ErrTooLong) {
				return nil, fail(h.lineNo+1, "longer than %d MiB", maxHostLine>>20)
			}
			if !ok {
				return nil, h.exited(fail)
			}
			h.lineNo++
			if len(bytes.TrimSpace(line)) == 0 {
				continue
			}
			return line, nil
		case <-timer.C:
			h.kill()
			return nil, fail(0, "no answer within %v (the host timeout)", h.timeout)
		case <-ctx.Done():
			h.kill()
			return nil, ctx.Err()
		}
	}
}

// exited describes a host that ended before answering.
func (h *hostProc) exited(fail func(int, string, ...any) error) error {
	select {
	case <-h.done:
	case <-time.After(HostExitGrace):
		h.kill()
		<-h.done
	}
	how := "exited"
	if h.exitErr != nil {
		how = h.exitErr.Error() // "exit status 3", "signal: killed"
	}
	msg := "the host ended before answering (" + how + ")"
	if t := h.tail.last(); t != "" {
		msg += "; its stderr ends: " + t
	}
	return fail(0, "%s", msg)
}

// kill ends the process now.
func (h *hostProc) kill() {
	if h.cmd != nil && h.cmd.Process != nil {
		h.cmd.Process.Kill()
	}
}

// close closes the host's input and waits for it to exit, killing it
// after HostExitGrace.
func (h *hostProc) close() error {
	if h.cmd == nil || h.done == nil {
		return nil
	}
	h.stdin.Close()
	go func() {
		for range h.lines { // drain what the host still writes
		}
	}()
	select {
	case <-h.done:
	case <-time.After(HostExitGrace):
		h.kill()
		<-h.done
	}
	return nil
}

// clip shortens a line for a message.
func clip(b []byte) string {
	s := string(b)
	if s == "" {
		return "nothing"
	}
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

// logHint explains the usual cause of output that is not JSON.
func logHint(line []byte) string {
	if t := bytes.TrimSpace(line); len(t) > 0 && t[0] != '{' && t[0] != '[' {
		return " (a host writes its logs on stderr: stdout carries only the protocol)"
	}
	return ""
}

// tailWriter keeps the last bytes written to it.
type tailWriter struct {
	mu  sync.Mutex
	buf []byte
}

// Write keeps the last 4 KiB of p and what came before.
func (t *tailWriter) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, p...)
	if len(t.buf) > 4096 {
		t.buf = append([]byte(nil), t.buf[len(t.buf)-4096:]...)
	}
	return len(p), nil
}

// last returns the last non-blank line written.
func (t *tailWriter) last() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	lines := strings.Split(strings.TrimSpace(string(t.buf)), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}
