package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"
)

// rawClient talks to a server in raw frames, to send what a jsonrpc2
// connection would refuse to: invalid JSON, bad headers, odd messages.
type rawClient struct {
	t    *testing.T
	conn net.Conn
	in   chan map[string]any // messages from the server, read by a goroutine
	code chan int
}

func newRawClient(t *testing.T) *rawClient {
	serverEnd, clientEnd := net.Pipe()
	c := &rawClient{t: t, conn: clientEnd, in: make(chan map[string]any, 100), code: make(chan int, 1)}
	go func() { c.code <- Serve(context.Background(), serverEnd, Options{Log: testLog{t}}) }()
	readerDone := make(chan struct{})
	go func() {
		defer close(readerDone)
		defer close(c.in)
		r := bufio.NewReader(clientEnd)
		for {
			body, err := readRawFrame(r)
			if err != nil {
				return
			}
			var msg map[string]any
			if err := json.Unmarshal(body, &msg); err != nil {
				t.Errorf("the server sent invalid JSON %q", body)
				return
			}
			c.in <- msg
		}
	}()
	t.Cleanup(func() {
		clientEnd.Close()
		<-readerDone
		select {
		case <-c.code:
		case <-time.After(waitTimeout):
			t.Errorf("the server did not stop")
		}
	})
	return c
}

// readRawFrame reads one framed message.
func readRawFrame(r *bufio.Reader) ([]byte, error) {
	length := -1
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return nil, err
		}
		line = strings.TrimSpace(line)
		if line == "" {
			break
		}
		if v, ok := strings.CutPrefix(line, "Content-Length: "); ok {
			length, _ = strconv.Atoi(v)
		}
	}
	body := make([]byte, length)
	_, err := io.ReadFull(r, body)
	return body, err
}

// sendRaw writes bytes as they are.
func (c *rawClient) sendRaw(s string) {
	c.t.Helper()
	if _, err := io.WriteString(c.conn, s); err != nil {
		c.t.Fatalf("write: %v", err)
	}
}

// send frames and writes a message body.
func (c *rawClient) send(body string) {
	c.t.Helper()
	c.sendRaw(fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body))
}

// response waits for the next response (skipping notifications) and
// returns its id (as JSON) and error code (0 for success).
func (c *rawClient) response() (string, int) {
	c.t.Helper()
	deadline := time.After(waitTimeout)
	for {
		select {
		case msg, ok := <-c.in:
			if !ok {
				c.t.Fatalf("the connection closed")
			}
			if _, isNotification := msg["method"]; isNotification && msg["id"] == nil {
				continue
			}
			id, _ := json.Marshal(msg["id"])
			code := 0
			if e, ok := msg["error"].(map[string]any); ok {
				code = int(e["code"].(float64))
			}
			return string(id), code
		case <-deadline:
			c.t.Fatalf("no response")
		}
	}
}

// expect sends a body and checks the response's id and error code.
func (c *rawClient) expect(body, wantID string, wantCode jsonrpc2.Code) {
	c.t.Helper()
	c.send(body)
	if id, code := c.response(); id != wantID || code != int(wantCode) {
		c.t.Errorf("%s\n-> id %s, code %d; want id %s, code %d", body, id, code, wantID, wantCode)
	}
}

// TestMalformedMessages sends broken input between valid requests: the
// server answers each with the right JSON-RPC error and keeps serving.
func TestMalformedMessages(t *testing.T) {
	c := newRawClient(t)
	c.expect(`{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}}`, "1", jsonrpc2.ServerNotInitialized)
	c.expect(`{"jsonrpc":"2.0","id":2,"method":"initialize","params":{"capabilities":{}}}`, "2", 0)
	c.expect(`{"jsonrpc":"2.0","id":3,"method":`, "null", jsonrpc2.ParseError)
	c.expect(`not json at all`, "null", jsonrpc2.ParseError)
	c.expect(`[{"jsonrpc":"2.0","id":4,"method":"shutdown"}]`, "null", jsonrpc2.InvalidRequest)
	c.expect(`{"jsonrpc":"2.0"}`, "null", jsonrpc2.InvalidRequest)
	c.expect(`{"jsonrpc":"1.0","id":5,"method":"shutdown"}`, "5", jsonrpc2.InvalidRequest)
	c.sendRaw("X-Other: 1\r\n\r\n") // no Content-Length
	if id, code := c.response(); id != "null" || code != int(jsonrpc2.ParseError) {
		c.t.Errorf("missing Content-Length -> id %s, code %d", id, code)
	}
	c.sendRaw("\r\n") // stray blank line between messages
	c.expect(`{"jsonrpc":"2.0","id":"s6","method":"no/such/method","params":{}}`, `"s6"`, jsonrpc2.MethodNotFound)
	c.expect(`{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":"a string"}`, "7", jsonrpc2.InvalidParams)
	c.expect(`{"jsonrpc":"2.0","id":8,"method":"textDocument/hover","params":{"textDocument":5}}`, "8", jsonrpc2.InvalidParams)
	c.expect(`{"jsonrpc":"2.0","id":9,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///nope.py"},"position":{"line":0,"character":0}}}`, "9", jsonrpc2.InvalidParams)
	// A notification that fails (unknown document) is logged, not fatal.
	c.send(`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///nope.py","version":2},"contentChanges":[{"text":""}]}}`)
	c.send(`{"jsonrpc":"2.0","method":"$/unknownNotification","params":{}}`)
	c.expect(`{"jsonrpc":"2.0","id":10,"method":"shutdown"}`, "10", 0)
	c.expect(`{"jsonrpc":"2.0","id":11,"method":"textDocument/hover","params":{}}`, "11", jsonrpc2.InvalidRequest)
	c.send(`{"jsonrpc":"2.0","method":"exit"}`)
	select {
	case code := <-c.code:
		if code != 0 {
			t.Errorf("exit code %d, want 0", code)
		}
		c.code <- code
	case <-time.After(waitTimeout):
		t.Fatal("no exit")
	}
}

// TestOversizedMessage checks that a message announcing more than the
// stream's limit is skipped, not allocated, and answered.
func TestOversizedMessage(t *testing.T) {
	serverEnd, clientEnd := net.Pipe()
	defer clientEnd.Close()
	s := newStream(serverEnd, 100)
	defer s.Close()
	go func() {
		body := `{"jsonrpc":"2.0","method":"exit"}`
		fmt.Fprintf(clientEnd, "Content-Length: 101\r\n\r\n%s", strings.Repeat(" ", 101))
		fmt.Fprintf(clientEnd, "Content-Length: %d\r\n\r\n%s", len(body), body)
	}()
	replies := make(chan []byte, 1)
	go func() {
		body, _ := readRawFrame(bufio.NewReader(clientEnd))
		replies <- body
	}()
	msg, _, err := s.Read(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n, ok := msg.(*jsonrpc2.Notification); !ok || n.Method() != "exit" {
		t.Errorf("read %v after the oversized message, want the exit notification", msg)
	}
	if reply := string(<-replies); !strings.Contains(reply, `"code":-32600`) || !strings.Contains(reply, `"id":null`) {
		t.Errorf("reply to the oversized message: %s", reply)
	}
}

// TestEndOfStream checks the exit code when the client disappears: 1
// without shutdown.
func TestEndOfStream(t *testing.T) {
	c := newRawClient(t)
	c.expect(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`, "1", 0)
	c.conn.Close()
	select {
	case code := <-c.code:
		if code != 1 {
			t.Errorf("exit code %d, want 1", code)
		}
		c.code <- code
	case <-time.After(waitTimeout):
		t.Fatal("the server did not stop")
	}
}
