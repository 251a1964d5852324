package lsp

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/source"
)

// TestInitializeExtraCapabilities checks the LSP 3.17 capabilities: the
// pull diagnostics provider only for a client that announces
// textDocument.diagnostic, inlay hints always, and the semantic token
// legend with the server's own modifiers.
func TestInitializeExtraCapabilities(t *testing.T) {
	for _, pull := range []bool{false, true} {
		c := newTestClient(t, Options{})
		td := map[string]any{"hover": map[string]any{}}
		if pull {
			td["diagnostic"] = map[string]any{"dynamicRegistration": false}
		}
		var res struct {
			Capabilities struct {
				DiagnosticProvider *diagnosticOptions `json:"diagnosticProvider"`
				InlayHintProvider  bool               `json:"inlayHintProvider"`
				SemanticTokens     struct {
					Legend protocol.SemanticTokensLegend `json:"legend"`
					Range  bool                          `json:"range"`
					Full   bool                          `json:"full"`
				} `json:"semanticTokensProvider"`
				Completion *protocol.CompletionOptions `json:"completionProvider"`
			} `json:"capabilities"`
		}
		if err := c.call("initialize", map[string]any{"capabilities": map[string]any{"textDocument": td}}, &res); err != nil {
			t.Fatal(err)
		}
		caps := res.Capabilities
		if (caps.DiagnosticProvider != nil) != pull || pull && !caps.DiagnosticProvider.InterFileDependencies {
			t.Errorf("client pull support %v: diagnosticProvider = %+v", pull, caps.DiagnosticProvider)
		}
		if !caps.InlayHintProvider || !caps.SemanticTokens.Full || !caps.SemanticTokens.Range || caps.Completion == nil {
			t.Errorf("capabilities = %+v", caps)
		}
		mods := caps.SemanticTokens.Legend.TokenModifiers
		for _, want := range []protocol.SemanticTokenModifiers{"external", "input", "unsupported"} {
			if !slices.Contains(mods, want) {
				t.Errorf("legend modifiers %v lack %s", mods, want)
			}
		}
		c.server.mu.Lock()
		extra := c.server.extraCaps
		c.server.mu.Unlock()
		if c.server.clientCaps().TextDocument.Hover == nil || extra.pullDiagnostics != pull {
			t.Errorf("client capabilities not recorded: %+v", extra)
		}
	}
}

// TestAssistOutOfRange sends the assisting requests with positions and
// ranges past the end of the document: they are clamped, never errors.
func TestAssistOutOfRange(t *testing.T) {
	c := newTestClient(t, Options{})
	c.initialize()
	u := protocol.DocumentURI("untitled:assist")
	c.open(u, 1, "x = 1\ny = len(x\n")
	doc := protocol.TextDocumentIdentifier{URI: u}
	for _, pos := range []protocol.Position{{Line: 1, Character: 999}, {Line: 999, Character: 5}, {Line: 1<<32 - 1, Character: 1<<32 - 1}} {
		tdp := protocol.TextDocumentPositionParams{TextDocument: doc, Position: pos}
		rng := protocol.Range{Start: pos, End: protocol.Position{}}
		calls := map[string]any{
			"textDocument/completion":           &protocol.CompletionParams{TextDocumentPositionParams: tdp},
			"textDocument/signatureHelp":        &protocol.SignatureHelpParams{TextDocumentPositionParams: tdp},
			"textDocument/semanticTokens/range": &protocol.SemanticTokensRangeParams{TextDocument: doc, Range: rng},
			"textDocument/inlayHint":            &inlayHintParams{TextDocument: doc, Range: rng},
		}
		for method, params := range calls {
			if err := c.call(method, params, nil); err != nil {
				t.Errorf("%s at %v: %v", method, pos, err)
			}
		}
	}
	var h *protocol.Hover
	if err := c.call("textDocument/diagnostic", &documentDiagnosticParams{TextDocument: protocol.TextDocumentIdentifier{URI: "untitled:none"}}, &h); rpcCode(err) == 0 {
		t.Errorf("pull diagnostics of a document that is not open: %v, want an error", err)
	}
}

// TestAnalyzerPanicKeepsServing checks that the server survives a panic
// of the analyzer on a file being typed ("def" alone made it panic): the
// file's syntax errors are published and the server keeps answering.
func TestAnalyzerPanicKeepsServing(t *testing.T) {
	f, res, _, _ := checkSafely("x.py", []byte("def\n"), &analysis.Options{KeepRefs: true})
	if f == nil || res == nil || len(res.Diagnostics) == 0 || res.Diagnostics[0].Code != "M001" {
		t.Fatalf("checkSafely(def) = %v, %+v", f, res)
	}
	c := newTestClient(t, Options{})
	c.initialize()
	u := protocol.DocumentURI("untitled:def")
	c.open(u, 1, "import json\ndef\n")
	if p := c.diagnostics(u, 1); len(p.Diagnostics) == 0 || p.Diagnostics[0].Code != "M001" {
		t.Errorf("diagnostics = %+v", p.Diagnostics)
	}
	var list protocol.CompletionList
	params := &protocol.CompletionParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: u}, Position: protocol.Position{Line: 1, Character: 3}}}
	if err := c.call("textDocument/completion", params, &list); err != nil || len(list.Items) == 0 {
		t.Errorf("completion after the panic: %d items, %v", len(list.Items), err)
	}
}

// TestVisibleNamesInBlock checks the scopes completion sees on lines
// after a block's last statement: blank or deeper-indented lines still
// belong to the block, a dedented line does not.
func TestVisibleNamesInBlock(t *testing.T) {
	src := "top = 1\n\ndef f(param):\n    inner = 2\n\n    \n\t\n    # c\nafter = 3\n"
	snap := newSnapshot("untitled:scope", 1, []byte(src), newProjectCache(nil, func(string, ...any) {}))
	m := snap.Mapper()
	for _, tc := range []struct {
		pos  protocol.Position
		want string
	}{
		{protocol.Position{Line: 3, Character: 8}, "param inner top f after"},
		{protocol.Position{Line: 5, Character: 4}, "param inner top f after"},
		{protocol.Position{Line: 6, Character: 1}, "param inner top f after"},
		{protocol.Position{Line: 5, Character: 0}, "top f after"},
		{protocol.Position{Line: 8, Character: 0}, "top f after"},
		{protocol.Position{Line: 2, Character: 4}, "top f after"},
	} {
		var got []string
		for _, n := range visibleNames(snap, offsetAt(m, tc.pos), nil) {
			got = append(got, n.name)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("names at %v = %q, want %q", tc.pos, got, tc.want)
		}
	}
}

// TestVisibleNamesTyping checks the scopes at the end of code being
// typed: an unfinished lambda or comprehension still holds the cursor.
func TestVisibleNamesTyping(t *testing.T) {
	for src, want := range map[string]string{
		"def f(a):\n    lambda q: q":                        "q a f",
		"y = [z for z in range(3) if z":                     "z y",
		"y = [z for z in range(3)]":                         "y",
		"class C:\n    k = 1\n    def m(self):\n        se": "self C",
		"class C:\n    k = 1\n    ":                         "k C",
	} {
		snap := newSnapshot("untitled:typing", 1, []byte(src), newProjectCache(nil, func(string, ...any) {}))
		var got []string
		for _, n := range visibleNames(snap, source.Offset(len(src)), nil) {
			got = append(got, n.name)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("names at the end of %q = %q, want %q", src, got, want)
		}
	}
}

// TestTomlAppend checks the configuration edits of the quick fixes on
// the shapes a monty.toml takes.
func TestTomlAppend(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"empty file", "", "[monty]\ninputs = [\"x\"]\n"},
		{"no table", "[tool.other]\na = 1", "[tool.other]\na = 1\n\n[monty]\ninputs = [\"x\"]\n"},
		{"header last", "[monty]", "[monty]\ninputs = [\"x\"]"},
		{"no key", "[monty]\nprofile = \"p\"\n[other]\ninputs = []\n", "[monty]\ninputs = [\"x\"]\nprofile = \"p\"\n[other]\ninputs = []\n"},
		{"empty array", "[monty]\ninputs = [] # none\n", "[monty]\ninputs = [\"x\"] # none\n"},
		{"one line", "[monty]\ninputs = [\"a\", 'b]']\n", "[monty]\ninputs = [\"a\", 'b]', \"x\"]\n"},
		{"trailing comma", "[monty]\ninputs = [\"a\",]\n", "[monty]\ninputs = [\"a\", \"x\",]\n"},
		{"lines", "[monty]\r\ninputs = [\r\n  \"a\", # c\r\n]\r\n", "[monty]\r\ninputs = [\r\n  \"a\", # c\r\n  \"x\",\r\n]\r\n"},
		{"lines no comma", "[monty]\ninputs = [\n  \"a\"\n]\n", "[monty]\ninputs = [\n  \"a\", \"x\"\n]\n"},
		{"dotted tables", "[monty]\n[monty.severity]\ninputs = 1\n", "[monty]\ninputs = [\"x\"]\n[monty.severity]\ninputs = 1\n"},
	} {
		e := tomlAppend([]byte(tc.src), "monty", "inputs", "x")
		got := tc.src[:e.Span.Start] + e.NewText + tc.src[e.Span.End:]
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestStubEdits checks where a declaration and the import of Any go.
func TestStubEdits(t *testing.T) {
	def := "def f() -> Any: ..."
	for _, tc := range []struct{ src, want string }{
		{"", "from typing import Any\n\ndef f() -> Any: ...\n"},
		{"\"\"\"Doc.\"\"\"", "\"\"\"Doc.\"\"\"\nfrom typing import Any\n\ndef f() -> Any: ...\n"},
		{"from __future__ import annotations\r\nx: int\r\n", "from __future__ import annotations\r\nfrom typing import Any\r\nx: int\r\n\r\ndef f() -> Any: ...\r\n"},
		{"from typing import (Any,\n  Dict)\n", "from typing import (Any,\n  Dict)\n\ndef f() -> Any: ...\n"},
	} {
		edits := stubEdits([]byte(tc.src), def)
		got := tc.src
		for i := len(edits) - 1; i >= 0; i-- { // edits are in order and disjoint
			e := edits[i]
			got = got[:e.Span.Start] + e.NewText + got[e.Span.End:]
		}
		if got != tc.want {
			t.Errorf("stubEdits(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
}

// TestSemanticTokenEncoding checks the relative encoding on tokens that
// span lines and follow non-ASCII text.
func TestSemanticTokenEncoding(t *testing.T) {
	src := "é😀 = 1\r\nx = '''a\r\n😀b'''\n"
	m := source.NewMapper([]byte(src))
	toks := []semToken{
		{span: source.Span{Start: 0, End: 6}, typ: tokVariable},
		{span: source.Span{Start: 9, End: 10}, typ: tokNumber},
		{span: source.Span{Start: 16, End: 30}, typ: tokString, mods: modUnsupported},
	}
	got := encodeTokens(m, toks, source.Span{Start: 0, End: source.Offset(len(src))})
	want := []uint32{0, 0, 3, tokVariable, 0, 0, 6, 1, tokNumber, 0, 1, 4, 4, tokString, modUnsupported, 1, 0, 6, tokString, modUnsupported}
	if g, w := mustJSON(got), mustJSON(want); g != w {
		t.Errorf("encodeTokens = %s, want %s", g, w)
	}
	if got := encodeTokens(m, toks, source.Span{Start: 9, End: 10}); mustJSON(got) != "[0,6,1,8,0]" {
		t.Errorf("encodeTokens of a range = %v", got)
	}
}

func mustJSON(v any) string {
	data, _ := json.Marshal(v)
	return string(data)
}
