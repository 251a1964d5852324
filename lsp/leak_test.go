package lsp

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"
)

// TestNoGoroutineLeak runs sessions that end in each way (shutdown and
// exit, exit alone, the client vanishing mid-flood) and checks that every
// goroutine they started has ended.
func TestNoGoroutineLeak(t *testing.T) {
	before := runtime.NumGoroutine()
	t.Run("shutdown", func(t *testing.T) {
		c := busySession(t)
		if code := c.shutdownExit(); code != 0 {
			t.Errorf("exit code %d", code)
		}
	})
	t.Run("exit", func(t *testing.T) {
		c := busySession(t)
		if code := c.exit(); code != 1 {
			t.Errorf("exit code %d", code)
		}
	})
	t.Run("vanish", func(t *testing.T) {
		c := busySession(t)
		for v := int32(10); v < 60; v++ {
			c.change("untitled:a", v, edit{nil, strings.Repeat("x = nope\n", 300)})
		}
		c.mu.Lock()
		c.exited = true
		c.mu.Unlock()
		c.conn.Close()
	})
	deadline := time.Now().Add(10 * time.Second)
	for runtime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			t.Fatalf("%d goroutines before the sessions, %d after:\n%s", before, runtime.NumGoroutine(), buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// busySession starts a session that has work in every part of the
// server: documents being checked, requests, a registration, a reload.
func busySession(t *testing.T) *testClient {
	dir := writeFiles(t, map[string]string{"monty.toml": "[monty]\n", "a.py": ""})
	c := newTestClient(t, Options{})
	c.initialize(dir)
	c.open("untitled:a", 1, "def f(x):\n    return x + nope\n")
	c.open(pathURI(dir+"/a.py"), 1, "y = 1\n")
	for v := int32(2); v < 10; v++ {
		c.change("untitled:a", v, edit{rng(0, 0, 0, 0), "#"})
	}
	pos := protocol.TextDocumentPositionParams{TextDocument: protocol.TextDocumentIdentifier{URI: "untitled:a"}, Position: protocol.Position{Line: 1, Character: 12}}
	var h *protocol.Hover
	if err := c.call("textDocument/hover", &protocol.HoverParams{TextDocumentPositionParams: pos}, &h); err != nil {
		t.Fatal(err)
	}
	c.notify("workspace/didChangeConfiguration", &protocol.DidChangeConfigurationParams{})
	return c
}
