package lsp

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"go.lsp.dev/protocol"
)

func TestMatchesTyped(t *testing.T) {
	for _, tc := range []struct {
		label, typed string
		want         bool
	}{
		{"get_customer", "", true},
		{"get_customer", "get", true},
		{"get_customer", "gc", true},
		{"get_customer", "GC", true},
		{"get_customer", "cg", false},
		{"JSONDecodeError", "jde", true},
		{"len", "lens", false},
		{"été", "ÉT", true},
		{"é", "e", false},
		{"x😀y", "😀y", true},
	} {
		if got := matchesTyped(tc.label, tc.typed); got != tc.want {
			t.Errorf("matchesTyped(%q, %q) = %v, want %v", tc.label, tc.typed, got, tc.want)
		}
	}
}

func TestKeepBest(t *testing.T) {
	var cands []candidate
	for i := range 10 {
		cands = append(cands, candidate{label: fmt.Sprintf("xab%d", i), rank: rankProgram})
	}
	cands = append(cands, candidate{label: "Abc", rank: rankBuiltin}, candidate{label: "abc", rank: rankKeyword})
	got, cut := keepBest(cands, "ab", 3)
	if !cut || len(got) != 3 || got[0].label != "abc" || got[1].label != "Abc" || got[2].label != "xab0" {
		t.Errorf("keepBest = %v, %v; want abc, Abc, xab0 and cut", got, cut)
	}
	if got, cut := keepBest(cands, "ab", len(cands)); cut || len(got) != len(cands) {
		t.Errorf("keepBest at the limit cut the list: %d, %v", len(got), cut)
	}
}

// TestCompletionListEncoding checks the reflection-free encoder against
// encoding/json on protocol.CompletionList, for every field the server
// sets and for text that needs escaping.
func TestCompletionListEncoding(t *testing.T) {
	rng := protocol.Range{Start: protocol.Position{Line: 3, Character: 7}, End: protocol.Position{Line: 3, Character: 9}}
	items := []protocol.CompletionItem{
		{Label: "plain"},
		{Label: "get_customer", Kind: protocol.CompletionItemKindFunction, Detail: "def get_customer(id: str) -> dict[str, \"Any\"]",
			SortText: "1get_customer", InsertTextFormat: protocol.InsertTextFormatSnippet,
			TextEdit:      &protocol.TextEdit{Range: rng, NewText: "get_customer(${1:id})$0"},
			Documentation: protocol.MarkupContent{Kind: protocol.Markdown, Value: "Load <a> \\ record.\n\ttab \u2028 é 😀 \x01"}},
		{Label: "é", Kind: protocol.CompletionItemKindVariable, Detail: "(variable) é", SortText: "0é",
			TextEdit: &protocol.TextEdit{Range: rng, NewText: "é"}},
		{Label: "len", Kind: protocol.CompletionItemKindFunction, Detail: "(builtin) len", SortText: "2len",
			TextEdit: &protocol.TextEdit{Range: rng, NewText: "len"}, Data: &completionData{URI: "file:///a%20b/\"x\".py", At: 1234}},
	}
	for _, incomplete := range []bool{false, true} {
		l := &completionList{IsIncomplete: incomplete, Items: items}
		got, err := json.Marshal(l)
		if err != nil {
			t.Fatal(err)
		}
		want, err := json.Marshal(&protocol.CompletionList{IsIncomplete: incomplete, Items: items})
		if err != nil {
			t.Fatal(err)
		}
		var g, w any
		if err := json.Unmarshal(got, &g); err != nil {
			t.Fatalf("invalid JSON %s: %v", got, err)
		}
		_ = json.Unmarshal(want, &w)
		if !reflect.DeepEqual(g, w) {
			t.Errorf("encoded\n%s\nwant\n%s", got, want)
		}
	}
	// A field the encoder does not write takes the generic path.
	l := &completionList{Items: []protocol.CompletionItem{{Label: "x", FilterText: "y"}}}
	got, _ := json.Marshal(l)
	if want, _ := json.Marshal(&protocol.CompletionList{Items: l.Items}); string(got) != string(want) {
		t.Errorf("generic path: %s, want %s", got, want)
	}
	got, _ = json.Marshal(&completionList{})
	if string(got) != `{"isIncomplete":false,"items":[]}` {
		t.Errorf("empty list: %s", got)
	}
}

// TestCompletionListCut checks that a list with more candidates than
// maxCompletionItems is cut and marked incomplete, keeping the best
// matches, and that a longer prefix gets the complete list of the
// fuzzy matches (name_19, name_190 to name_199, name_109 to name_189).
func TestCompletionListCut(t *testing.T) {
	var src strings.Builder
	for i := range 2 * maxCompletionItems {
		fmt.Fprintf(&src, "name_%d = %d\n", i, i)
	}
	src.WriteString("nam")
	dir := writeFiles(t, map[string]string{"rule.py": src.String()})
	c := newTestClient(t, Options{})
	c.initialize(dir)
	u := pathURI(filepath.Join(dir, "rule.py"))
	c.open(u, 1, src.String())
	complete := func(char uint32, text string) (bool, map[string]bool) {
		t.Helper()
		if text != "" {
			c.change(u, 2, edit{Range: &protocol.Range{Start: protocol.Position{Line: 2 * maxCompletionItems},
				End: protocol.Position{Line: 2 * maxCompletionItems, Character: 3}}, Text: text})
		}
		var l protocol.CompletionList
		if err := c.call("textDocument/completion", &protocol.CompletionParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
			TextDocument: protocol.TextDocumentIdentifier{URI: u}, Position: protocol.Position{Line: 2 * maxCompletionItems, Character: char}}}, &l); err != nil {
			t.Fatal(err)
		}
		labels := map[string]bool{}
		for _, it := range l.Items {
			labels[it.Label] = true
		}
		if len(labels) != len(l.Items) || len(l.Items) > maxCompletionItems {
			t.Errorf("%d items, %d labels", len(l.Items), len(labels))
		}
		return l.IsIncomplete, labels
	}
	incomplete, labels := complete(3, "")
	if !incomplete || len(labels) != maxCompletionItems || !labels["name_0"] || labels["NameError"] {
		t.Errorf("cut list: incomplete %v, %d items, name_0 %v, NameError %v", incomplete, len(labels), labels["name_0"], labels["NameError"])
	}
	incomplete, labels = complete(7, "name_19")
	if incomplete || !labels["name_19"] || !labels["name_199"] || !labels["name_109"] || labels["name_2"] || len(labels) != 20 {
		t.Errorf("prefix name_19: incomplete %v, labels %v", incomplete, labels)
	}
}

// TestCompletionResolve checks that a completion list leaves the
// documentation out, that completionItem/resolve adds it to the item
// sent back, and that an item without data, or of a document closed
// since, comes back as it was.
func TestCompletionResolve(t *testing.T) {
	c := newTestClient(t, Options{})
	if r := c.initialize(); r.Capabilities.CompletionProvider == nil || !r.Capabilities.CompletionProvider.ResolveProvider {
		t.Fatalf("completion provider %+v, want resolveProvider", r.Capabilities.CompletionProvider)
	}
	u := protocol.DocumentURI("untitled:resolve")
	src := "def helper():\n    \"\"\"Help with things.\"\"\"\n\nhel"
	c.open(u, 1, src)
	var l protocol.CompletionList
	if err := c.call("textDocument/completion", &protocol.CompletionParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: u}, Position: protocol.Position{Line: 3, Character: 3}}}, &l); err != nil {
		t.Fatal(err)
	}
	var item *protocol.CompletionItem
	for i := range l.Items {
		if l.Items[i].Label == "helper" {
			item = &l.Items[i]
		}
	}
	if item == nil || item.Documentation != nil || item.Data == nil {
		t.Fatalf("helper in the list: %+v; want it without documentation, with data", item)
	}
	resolve := func(it protocol.CompletionItem) protocol.CompletionItem {
		t.Helper()
		var got protocol.CompletionItem
		if err := c.call("completionItem/resolve", &it, &got); err != nil {
			t.Fatal(err)
		}
		return got
	}
	if got := resolve(*item); !reflect.DeepEqual(got.Documentation, map[string]any{"kind": "markdown", "value": "Help with things."}) {
		t.Errorf("resolved documentation %#v", got.Documentation)
	}
	if got := resolve(protocol.CompletionItem{Label: "helper", Detail: "d"}); got.Documentation != nil || got.Detail != "d" {
		t.Errorf("an item without data resolved to %+v", got)
	}
	c.notify("textDocument/didClose", &protocol.DidCloseTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: u}})
	if got := resolve(*item); got.Documentation != nil || got.Label != "helper" {
		t.Errorf("an item of a closed document resolved to %+v", got)
	}
}
