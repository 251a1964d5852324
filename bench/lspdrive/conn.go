package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"
)

// errTimeout is returned when a server does not answer within the wait.
var errTimeout = errors.New("timeout")

// codeMethodNotFound is JSON-RPC's error code for an unknown method.
const codeMethodNotFound = -32601

// rpcError is a JSON-RPC error object.
type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// Error formats the error with its code.
func (e *rpcError) Error() string { return fmt.Sprintf("%s (code %d)", e.Message, e.Code) }

// message is any JSON-RPC message, as read from the server. Its raw
// parts alias the buffer the message was read into (see rawRef).
type message struct {
	ID     rawRef    `json:"id,omitempty"`
	Method string    `json:"method,omitempty"`
	Params rawRef    `json:"params,omitempty"`
	Result rawRef    `json:"result,omitempty"`
	Error  *rpcError `json:"error,omitempty"`
}

// rawRef is a JSON value as it appears in the message read, without the
// copy json.RawMessage makes: valid until the next message is read into
// the same buffer. The driver's own garbage collections stall its reader
// and so add to the latencies it measures; a large file's diagnostics
// (a hundred kilobytes per keystroke) were copied twice per publication.
type rawRef []byte

// UnmarshalJSON keeps data itself.
func (r *rawRef) UnmarshalJSON(data []byte) error {
	*r = data
	return nil
}

// response is a server's answer to a request, stamped when it was read.
type response struct {
	result json.RawMessage
	err    *rpcError
	at     time.Time
}

// diagEvent is one textDocument/publishDiagnostics, stamped when it was
// read. version is -1 when the server did not send one.
type diagEvent struct {
	uri     string
	version int
	count   int
	at      time.Time
}

// conn is a language server subprocess and the client end of its stdio
// JSON-RPC connection. A reader goroutine stamps and routes every message:
// responses to the pending request, publishDiagnostics to a queue, and
// server requests (workspace/configuration, client/registerCapability,
// window/workDoneProgress/create...) get an immediate neutral reply.
type conn struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	stderr *tailBuffer

	wmu sync.Mutex // serialises writes

	mu      sync.Mutex
	nextID  int64
	pending map[int64]chan response
	diags   []diagEvent
	notify  chan struct{} // signalled (capacity 1) when diags grows
	done    chan struct{} // closed when the reader ends
	readErr error
}

// start runs argv in dir and connects to its stdin and stdout.
func start(argv []string, dir string) (*conn, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = dir
	c := &conn{cmd: cmd, stderr: &tailBuffer{max: 8 << 10}, pending: map[int64]chan response{},
		notify: make(chan struct{}, 1), done: make(chan struct{})}
	cmd.Stderr = c.stderr
	var err error
	if c.stdin, err = cmd.StdinPipe(); err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", argv[0], err)
	}
	go c.read(bufio.NewReaderSize(stdout, 1<<20))
	return c, nil
}

// read routes the server's messages until its stdout ends. Bodies are
// read into one reused buffer.
func (c *conn) read(r *bufio.Reader) {
	defer close(c.done)
	tp := textproto.NewReader(r)
	var buf []byte
	for {
		hdr, err := tp.ReadMIMEHeader()
		if err != nil {
			c.fail(fmt.Errorf("read header: %w", err))
			return
		}
		n, err := strconv.Atoi(hdr.Get("Content-Length"))
		if err != nil {
			c.fail(fmt.Errorf("bad Content-Length %q", hdr.Get("Content-Length")))
			return
		}
		if cap(buf) < n {
			buf = make([]byte, n)
		}
		body := buf[:n]
		if _, err := io.ReadFull(r, body); err != nil {
			c.fail(fmt.Errorf("read body: %w", err))
			return
		}
		at := time.Now()
		var m message
		if err := json.Unmarshal(body, &m); err != nil {
			c.fail(fmt.Errorf("decode %q: %w", body, err))
			return
		}
		c.route(&m, at)
	}
}

func (c *conn) fail(err error) {
	c.mu.Lock()
	c.readErr = err
	c.mu.Unlock()
}

// route handles one message read at time at.
func (c *conn) route(m *message, at time.Time) {
	switch {
	case m.Method != "" && m.ID != nil:
		c.answer(m)
	case m.Method == "textDocument/publishDiagnostics":
		var p struct {
			URI         string     `json:"uri"`
			Version     *int       `json:"version"`
			Diagnostics []struct{} `json:"diagnostics"` // counted, not kept
		}
		if json.Unmarshal(m.Params, &p) != nil {
			return
		}
		ev := diagEvent{uri: p.URI, version: -1, count: len(p.Diagnostics), at: at}
		if p.Version != nil {
			ev.version = *p.Version
		}
		c.mu.Lock()
		c.diags = append(c.diags, ev)
		c.mu.Unlock()
		select {
		case c.notify <- struct{}{}:
		default:
		}
	case m.Method == "" && m.ID != nil:
		id, err := strconv.ParseInt(string(m.ID), 10, 64)
		if err != nil {
			return
		}
		c.mu.Lock()
		ch := c.pending[id]
		delete(c.pending, id)
		c.mu.Unlock()
		if ch != nil {
			ch <- response{result: bytes.Clone(m.Result), err: m.Error, at: at}
		}
	}
}

// answer replies to a request from the server: configuration sections are
// null (the server's defaults), everything else gets a null result.
func (c *conn) answer(m *message) {
	var result any
	if m.Method == "workspace/configuration" {
		var p struct {
			Items []json.RawMessage `json:"items"`
		}
		json.Unmarshal(m.Params, &p)
		result = make([]any, len(p.Items))
	}
	c.write(map[string]any{"jsonrpc": "2.0", "id": json.RawMessage(m.ID), "result": result})
}

// write sends one message.
func (c *conn) write(v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	var b bytes.Buffer
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(body))
	b.Write(body)
	_, err = c.stdin.Write(b.Bytes())
	return err
}

// notifyServer sends a notification.
func (c *conn) notifyServer(method string, params any) error {
	return c.write(map[string]any{"jsonrpc": "2.0", "method": method, "params": params})
}

// call sends a request and waits up to timeout for its response. It
// returns the time from just before the request was written to when the
// response was read. A request that times out is cancelled.
func (c *conn) call(method string, params any, timeout time.Duration) (json.RawMessage, time.Duration, error) {
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	ch := make(chan response, 1)
	c.pending[id] = ch
	c.mu.Unlock()
	start := time.Now()
	if err := c.write(map[string]any{"jsonrpc": "2.0", "id": id, "method": method, "params": params}); err != nil {
		return nil, 0, err
	}
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case r := <-ch:
		if r.err != nil {
			return nil, r.at.Sub(start), r.err
		}
		return r.result, r.at.Sub(start), nil
	case <-timer.C:
		c.mu.Lock()
		delete(c.pending, id)
		c.mu.Unlock()
		c.notifyServer("$/cancelRequest", map[string]any{"id": id})
		return nil, timeout, errTimeout
	case <-c.done:
		return nil, 0, c.ended()
	}
}

// waitDiags waits up to timeout for the diagnostics of uri at version or
// later; for a server that sends no versions, for the first publication
// read after since. It returns when that publication was read.
func (c *conn) waitDiags(uri string, version int, since time.Time, timeout time.Duration) (time.Time, error) {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		if at, ok := c.takeDiags(uri, version, since); ok {
			return at, nil
		}
		select {
		case <-c.notify:
		case <-deadline.C:
			return time.Time{}, errTimeout
		case <-c.done:
			return time.Time{}, c.ended()
		}
	}
}

// takeDiags looks for a matching publication, dropping the events it has
// looked at so that the queue stays short.
func (c *conn) takeDiags(uri string, version int, since time.Time) (time.Time, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, ev := range c.diags {
		if ev.uri != uri {
			continue
		}
		if ev.version >= version || (ev.version < 0 && ev.at.After(since)) {
			c.diags = c.diags[i+1:]
			return ev.at, true
		}
	}
	c.diags = c.diags[:0]
	return time.Time{}, false
}

// ended describes why the server's output ended.
func (c *conn) ended() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return fmt.Errorf("server output ended (%v); stderr: %s", c.readErr, strings.TrimSpace(c.stderr.String()))
}

// close shuts the server down (shutdown, exit), and kills it if it has not
// exited after a few seconds.
func (c *conn) close() {
	c.call("shutdown", nil, 5*time.Second)
	c.notifyServer("exit", nil)
	c.stdin.Close()
	exited := make(chan struct{})
	go func() { c.cmd.Wait(); close(exited) }()
	select {
	case <-exited:
	case <-time.After(5 * time.Second):
		c.cmd.Process.Kill()
		<-exited
	}
}

// tailBuffer keeps the last max bytes written to it.
type tailBuffer struct {
	mu  sync.Mutex
	max int
	b   []byte
}

// Write appends p, dropping the oldest bytes beyond max.
func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.b = append(t.b, p...)
	if len(t.b) > t.max {
		t.b = t.b[len(t.b)-t.max:]
	}
	return len(p), nil
}

// String returns the bytes kept.
func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.b)
}

// peakRSS returns the peak resident set size (VmHWM) of the process pid
// and of its descendants, in bytes, and how many processes that covers.
// The sum of peaks bounds the tree's peak from above.
func peakRSS(pid int) (int64, int) {
	total, n := int64(0), 0
	for _, p := range append([]int{pid}, descendants(pid)...) {
		if kb, ok := statusKB(p, "VmHWM:"); ok {
			total += kb << 10
			n++
		}
	}
	return total, n
}

// statusKB reads a "kB" field of /proc/pid/status.
func statusKB(pid int, field string) (int64, bool) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, field); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb, err == nil
		}
	}
	return 0, false
}

// descendants lists the processes below pid, from /proc/*/stat.
func descendants(pid int) []int {
	entries, _ := os.ReadDir("/proc")
	children := map[int][]int{}
	for _, e := range entries {
		p, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		data, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		// The command name may hold spaces; the parent pid follows ") S ".
		fields := strings.Fields(string(data[bytes.LastIndexByte(data, ')')+1:]))
		if len(fields) > 1 {
			if ppid, err := strconv.Atoi(fields[1]); err == nil {
				children[ppid] = append(children[ppid], p)
			}
		}
	}
	var out []int
	for queue := append([]int(nil), children[pid]...); len(queue) > 0; queue = queue[1:] {
		out = append(out, queue[0])
		queue = append(queue, children[queue[0]]...)
	}
	return out
}
