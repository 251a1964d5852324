package lsp

import (
	"errors"
	"strings"
	"testing"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
)

// rpcCode returns the JSON-RPC error code of err, or 0.
func rpcCode(err error) jsonrpc2.Code {
	var e *jsonrpc2.Error
	if errors.As(err, &e) {
		return e.Code
	}
	return 0
}

func TestDiagnosticsOnOpen(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.py": ""})
	c := newTestClient(t, Options{})
	c.initialize(dir)
	u := pathURI(dir + "/a.py")
	c.open(u, 1, "x = undefined_thing\n")
	p := c.diagnostics(u, 1)
	if len(p.Diagnostics) != 1 || p.Diagnostics[0].Code != "M202" || p.Diagnostics[0].Source != "monty" {
		t.Fatalf("diagnostics = %+v", p.Diagnostics)
	}
	if code := c.shutdownExit(); code != 0 {
		t.Errorf("exit code = %d, want 0", code)
	}
}

func TestLifecycle(t *testing.T) {
	c := newTestClient(t, Options{})
	err := c.call("textDocument/hover", &protocol.HoverParams{}, nil)
	if rpcCode(err) != jsonrpc2.ServerNotInitialized {
		t.Errorf("hover before initialize: %v, want ServerNotInitialized", err)
	}
	res := c.initialize()
	if res.ServerInfo == nil || res.ServerInfo.Name != "monty-lsp" {
		t.Errorf("serverInfo = %+v", res.ServerInfo)
	}
	if err := c.call("initialize", &protocol.InitializeParams{}, nil); rpcCode(err) != jsonrpc2.InvalidRequest {
		t.Errorf("second initialize: %v, want InvalidRequest", err)
	}
	if err := c.call("textDocument/unknownThing", map[string]any{}, nil); rpcCode(err) != jsonrpc2.MethodNotFound {
		t.Errorf("unknown method: %v, want MethodNotFound", err)
	}
	if err := c.call("shutdown", nil, nil); err != nil {
		t.Fatal(err)
	}
	if err := c.call("textDocument/hover", &protocol.HoverParams{}, nil); rpcCode(err) != jsonrpc2.InvalidRequest || !strings.Contains(err.Error(), "after shutdown") {
		t.Errorf("hover after shutdown: %v, want InvalidRequest", err)
	}
	if code := c.exit(); code != 0 {
		t.Errorf("exit code = %d, want 0", code)
	}
}

func TestExitWithoutShutdown(t *testing.T) {
	c := newTestClient(t, Options{})
	c.initialize()
	if code := c.exit(); code != 1 {
		t.Errorf("exit code = %d, want 1", code)
	}
}

// TestOutOfRangePositions sends positions past the end of the line and of
// the file to every position-taking request: they clamp to the document
// and succeed. Past the end of "y = x" the cursor touches x, which can be
// renamed; past the end of the file there is no name to rename.
func TestOutOfRangePositions(t *testing.T) {
	c := newTestClient(t, Options{})
	c.initialize()
	u := protocol.DocumentURI("untitled:range")
	c.open(u, 1, "x = 1\ny = x\n")
	for _, pos := range []protocol.Position{{Line: 1, Character: 999}, {Line: 999, Character: 5}, {Line: 1<<32 - 1, Character: 1<<32 - 1}} {
		doc := protocol.TextDocumentIdentifier{URI: u}
		tdp := protocol.TextDocumentPositionParams{TextDocument: doc, Position: pos}
		var h *protocol.Hover
		if err := c.call("textDocument/hover", &protocol.HoverParams{TextDocumentPositionParams: tdp}, &h); err != nil {
			t.Errorf("hover at %v: %v", pos, err)
		}
		for _, method := range []string{"textDocument/definition", "textDocument/references", "textDocument/documentHighlight"} {
			if err := c.call(method, &protocol.ReferenceParams{TextDocumentPositionParams: tdp}, nil); err != nil {
				t.Errorf("%s at %v: %v", method, pos, err)
			}
		}
		ca := &protocol.CodeActionParams{TextDocument: doc, Range: protocol.Range{Start: pos, End: protocol.Position{}}}
		if err := c.call("textDocument/codeAction", ca, nil); err != nil {
			t.Errorf("codeAction at %v: %v", pos, err)
		}
		err := c.call("textDocument/rename", &protocol.RenameParams{TextDocumentPositionParams: tdp, NewName: "z"}, nil)
		if endOfLine := pos.Line == 1; (err == nil) != endOfLine || (!endOfLine && rpcCode(err) != jsonrpc2.InvalidParams) {
			t.Errorf("rename at %v: %v", pos, err)
		}
	}
	// At the end of "y = x", the cursor touches x.
	var h *protocol.Hover
	tdp := protocol.TextDocumentPositionParams{TextDocument: protocol.TextDocumentIdentifier{URI: u}, Position: protocol.Position{Line: 1, Character: 99}}
	if err := c.call("textDocument/hover", &protocol.HoverParams{TextDocumentPositionParams: tdp}, &h); err != nil || h == nil || !strings.Contains(h.Contents.Value, "(variable) x") {
		t.Errorf("hover past the end of line 2: %v, %v", h, err)
	}
}

// TestCancelRequest cancels requests, including unknown ones: the server
// keeps serving.
func TestCancelRequest(t *testing.T) {
	c := newTestClient(t, Options{})
	c.initialize()
	c.notify("$/cancelRequest", map[string]any{"id": 12345})
	c.notify("$/cancelRequest", map[string]any{"id": "abc"})
	u := protocol.DocumentURI("untitled:cancel")
	c.open(u, 1, "x = 1\n")
	var syms []protocol.DocumentSymbol
	if err := c.call("textDocument/documentSymbol", &protocol.DocumentSymbolParams{TextDocument: protocol.TextDocumentIdentifier{URI: u}}, &syms); err != nil || len(syms) != 1 {
		t.Errorf("documentSymbol after cancellations: %v, %v", syms, err)
	}
}

// TestFlatSymbols checks the document symbols sent to a client without
// hierarchical support: a flat list with container names.
func TestFlatSymbols(t *testing.T) {
	c := newTestClient(t, Options{})
	if err := c.call("initialize", &protocol.InitializeParams{}, nil); err != nil {
		t.Fatal(err)
	}
	u := protocol.DocumentURI("untitled:flat")
	c.open(u, 1, "class C:\n    def m(self):\n        pass\n")
	var got []protocol.SymbolInformation
	if err := c.call("textDocument/documentSymbol", &protocol.DocumentSymbolParams{TextDocument: protocol.TextDocumentIdentifier{URI: u}}, &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Name != "C" || got[1].Name != "m" || got[1].ContainerName != "C" || got[1].Location.URI != u {
		t.Errorf("symbols = %+v", got)
	}
}
