package lsp

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"
)

func rng(l1, c1, l2, c2 uint32) *protocol.Range {
	return &protocol.Range{Start: protocol.Position{Line: l1, Character: c1}, End: protocol.Position{Line: l2, Character: c2}}
}

// content returns the server's current text of a document, once the
// server has handled every message sent before (hover is answered after
// them).
func (c *testClient) content(u protocol.DocumentURI) string {
	c.t.Helper()
	_ = c.call("textDocument/hover", &protocol.HoverParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: u}}}, nil)
	snap, ok := c.server.sess.get(u)
	if !ok {
		c.t.Fatalf("%s is not open", u)
	}
	return string(snap.Content)
}

// TestIncrementalSync applies edits whose positions count UTF-16 code
// units on lines with é (1 unit, 2 bytes), 😀 (2 units, 4 bytes), a tab
// and CRLF endings; a change without a range replaces the text, several
// changes apply in order, and ranges past the end are clamped.
func TestIncrementalSync(t *testing.T) {
	c := newTestClient(t, Options{})
	c.initialize()
	u := protocol.DocumentURI("untitled:Untitled-1")
	c.open(u, 1, "é😀\tx = 1\r\ny = 2\r\n")
	steps := []struct {
		edits []edit
		want  string
	}{
		{[]edit{{rng(0, 4, 0, 5), "zz"}}, "é😀\tzz = 1\r\ny = 2\r\n"},
		{[]edit{{rng(0, 1, 0, 3), ""}}, "é\tzz = 1\r\ny = 2\r\n"},
		{[]edit{{rng(0, 9, 1, 0), ""}}, "é\tzz = 1y = 2\r\n"}, // 9 is past the line end: clamps before \r\n
		{[]edit{{rng(0, 8, 0, 8), "\n"}, {rng(1, 0, 1, 1), "w"}}, "é\tzz = 1\nw = 2\r\n"},
		{[]edit{{rng(99, 0, 99, 5), "tail\n"}}, "é\tzz = 1\nw = 2\r\ntail\n"},
		{[]edit{{nil, "fresh = 1\n"}}, "fresh = 1\n"},
		{[]edit{{rng(0, 0, 0, 0), "# top\n"}}, "# top\nfresh = 1\n"},
		{[]edit{{rng(1, 5, 0, 2), ""}}, "#  = 1\n"}, // an inverted range is normalised
	}
	for i, step := range steps {
		c.change(u, int32(i+2), step.edits...)
		if got := c.content(u); got != step.want {
			t.Fatalf("step %d: content = %q, want %q", i, got, step.want)
		}
	}
	if p := c.diagnostics(u, int32(len(steps)+1)); len(p.Diagnostics) != 0 {
		t.Errorf("diagnostics of the final text: %v", p.Diagnostics)
	}
}

// TestStaleResultsNeverPublished floods a document with edits: the
// published versions only increase, the last one published is the last
// edit's, and far fewer checks run than edits were sent (only the latest
// pending snapshot of a document is kept).
func TestStaleResultsNeverPublished(t *testing.T) {
	c := newTestClient(t, Options{})
	c.initialize()
	u := protocol.DocumentURI("untitled:flood")
	var src strings.Builder
	src.WriteString("# header\n")
	for i := 0; i < 400; i++ {
		fmt.Fprintf(&src, "def f%d(a, b):\n    return [a + b for _ in range(3)] + undefined_%d\n", i, i)
	}
	c.open(u, 1, src.String())
	const edits = 300
	peak := runtime.NumGoroutine()
	for v := 2; v <= edits+1; v++ {
		c.change(u, int32(v), edit{rng(0, 1, 0, 1), "#"})
		peak = max(peak, runtime.NumGoroutine())
	}
	p := c.diagnostics(u, edits+1)
	if len(p.Diagnostics) != 400 {
		t.Errorf("%d diagnostics, want 400", len(p.Diagnostics))
	}
	c.mu.Lock()
	last := uint32(0)
	for _, h := range c.history {
		if h.URI == u && h.Version < last {
			t.Errorf("version %d published after version %d", h.Version, last)
		}
		last = max(last, h.Version)
	}
	published := len(c.history)
	c.mu.Unlock()
	checks := c.server.analyses.Load()
	t.Logf("%d edits: %d checks, %d publications, peak %d goroutines", edits, checks, published, peak)
	if checks > edits/3 {
		t.Errorf("%d checks for %d edits: superseded snapshots are being checked", checks, edits)
	}
	if peak > 50 {
		t.Errorf("peak of %d goroutines during the flood", peak)
	}
}

// TestCloseClearsDiagnostics checks that closing a document publishes an
// empty set, after its last results.
func TestCloseClearsDiagnostics(t *testing.T) {
	c := newTestClient(t, Options{})
	c.initialize()
	u := protocol.DocumentURI("untitled:close")
	c.open(u, 1, "x = nope\n")
	if p := c.diagnostics(u, 1); len(p.Diagnostics) != 1 {
		t.Fatalf("diagnostics = %v", p.Diagnostics)
	}
	c.change(u, 2, edit{nil, "y = also_nope\n"})
	c.notify("textDocument/didClose", &protocol.DidCloseTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: u}})
	c.waitFor("cleared diagnostics", func() bool {
		p, ok := c.latest[u]
		return ok && p.Version == 0 && len(p.Diagnostics) == 0
	})
	// Nothing arrives after the clearing publication.
	time.Sleep(50 * time.Millisecond)
	c.mu.Lock()
	defer c.mu.Unlock()
	if p := c.history[len(c.history)-1]; p.URI != u || len(p.Diagnostics) != 0 {
		t.Errorf("last publication %+v, want the clearing one", p)
	}
}

// TestDebounce checks that a debounced burst is checked once.
func TestDebounce(t *testing.T) {
	c := newTestClient(t, Options{Debounce: 30 * time.Millisecond})
	c.initialize()
	u := protocol.DocumentURI("untitled:debounce")
	c.open(u, 1, "x = 1\n")
	for v := 2; v <= 20; v++ {
		c.change(u, int32(v), edit{rng(0, 0, 0, 0), "#"})
	}
	c.diagnostics(u, 20)
	if n := c.server.analyses.Load(); n > 3 {
		t.Errorf("%d checks for a burst of 20 edits", n)
	}
}
