package lsp

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"go.lsp.dev/protocol"
)

// TestCodeActionsAfterEdit checks that the quick fixes offered after an
// edit, whose diagnostics are computed incrementally, are those of the
// same text opened afresh (checked whole): the del fix in a function
// whose position moved, the generator fix, and the star import's, which
// lists a name the edit added. Neither these fixes (but the star
// import's) nor symbols and folding ranges make a full check.
func TestCodeActionsAfterEdit(t *testing.T) {
	src := "from math import *\n\n\ndef drop(key):\n    d = {\"a\": 1}\n    del d[key]\n    for k in d:\n        yield k\n\n\nx = sqrt(2)\n"
	c := newTestClient(t, Options{})
	c.initialize()
	u := protocol.DocumentURI("untitled:edited.py")
	c.open(u, 1, src)
	c.diagnostics(u, 1)
	// A new line before the function, and a use of pi at the end.
	c.change(u, 2, edit{rng(1, 0, 1, 0), "y = 2\n"})
	c.diagnostics(u, 2)
	c.change(u, 3, edit{rng(12, 0, 12, 0), "z = pi\n"})
	c.diagnostics(u, 3)
	if n := c.server.analyses.Load(); n != 3 {
		t.Fatalf("%d checks, want 3", n)
	}
	snap, _ := c.server.sess.get(u)
	text := strings.Replace(src, "\n\n\ndef", "\ny = 2\n\n\ndef", 1) + "z = pi\n"
	if string(snap.Content) != text {
		t.Fatalf("content %q, want %q", snap.Content, text)
	}
	fresh := protocol.DocumentURI("untitled:fresh.py")
	c.open(fresh, 1, text)
	c.diagnostics(fresh, 1)
	for i, at := range []*protocol.Range{rng(6, 4, 6, 7), rng(8, 8, 8, 13), rng(0, 0, 0, 4)} {
		got, want := c.actionsJSON(u, *at), c.actionsJSON(fresh, *at)
		if got != want || !strings.Contains(got, "quickfix") {
			t.Errorf("code actions at %v after edits:\n%s\nwant those of the fresh document:\n%s", at, got, want)
		}
		if i == 1 {
			doc := protocol.TextDocumentIdentifier{URI: u}
			if err := c.call("textDocument/documentSymbol", &protocol.DocumentSymbolParams{TextDocument: doc}, nil); err != nil {
				t.Fatal(err)
			}
			if err := c.call("textDocument/foldingRange", &protocol.FoldingRangeParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{TextDocument: doc}}, nil); err != nil {
				t.Fatal(err)
			}
			if snap.result != nil {
				t.Error("the del and generator fixes, symbols or folding ranges needed a full check")
			}
		}
	}
	if got := c.actionsJSON(u, *rng(0, 0, 0, 4)); !strings.Contains(got, "pi, sqrt") {
		t.Errorf("the star import's fix does not list pi and sqrt: %s", got)
	}
}

// actionsJSON returns the code actions at a range as JSON, with the
// document's URI replaced, for comparison between documents.
func (c *testClient) actionsJSON(u protocol.DocumentURI, at protocol.Range) string {
	c.t.Helper()
	var actions []json.RawMessage
	if err := c.call("textDocument/codeAction", &protocol.CodeActionParams{TextDocument: protocol.TextDocumentIdentifier{URI: u}, Range: at}, &actions); err != nil {
		c.t.Fatal(err)
	}
	return strings.ReplaceAll(fmt.Sprintf("%s", actions), string(u), "URI")
}
