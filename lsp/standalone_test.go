package lsp

import (
	"strings"
	"testing"

	"github.com/monty-tools/monty-tools/profile"
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/stubs"
)

func TestDocumentCompletionAndHover(t *testing.T) {
	decls, errs := stubs.Parse("host.pyi", []byte("def notify(msg: str) -> None:\n    \"\"\"Tells someone.\"\"\"\n    ...\n"))
	if errs != nil {
		t.Fatal(errs)
	}
	prof, err := profile.Get("monty-0.0.23")
	if err != nil {
		t.Fatal(err)
	}
	src := []byte("total = 1\nnoti\nnotify(str(total))\n")
	doc := NewDocument(src, prof, decls, []string{"limit"})

	labels := map[string]string{}
	for _, it := range doc.Completion(source.Position{Line: 1, Character: 4}, true) {
		labels[it.Label] = it.TextEdit.NewText
	}
	if labels["notify"] != "notify(${1:msg})$0" {
		t.Errorf("notify completes to %q, want a snippet with its argument", labels["notify"])
	}
	for _, want := range []string{"total", "limit", "print"} {
		if _, ok := labels[want]; ok {
			t.Errorf("completion %q cannot match the %q typed", want, "noti")
		}
	}
	labels = map[string]string{}
	for _, it := range doc.Completion(source.Position{Line: 1, Character: 0}, true) {
		labels[it.Label] = it.TextEdit.NewText
	}
	for _, want := range []string{"total", "limit", "print", "notify"} {
		if _, ok := labels[want]; !ok {
			t.Errorf("no completion %q at the start of a line", want)
		}
	}

	h := doc.Hover(source.Position{Line: 2, Character: 2})
	if h == nil || !strings.Contains(h.Contents.Value, "def notify(msg: str) -> None") || !strings.Contains(h.Contents.Value, "host.pyi") {
		t.Fatalf("hover on notify: %+v", h)
	}
	if h := doc.Hover(source.Position{Line: 2, Character: 12}); h == nil || !strings.Contains(h.Contents.Value, "(variable) total") {
		t.Errorf("hover on total: %+v", h)
	}
	if h := NewDocument(src, nil, nil, nil).Hover(source.Position{Line: 1, Character: 0}); h != nil {
		t.Errorf("hover on an undeclared name: %+v", h)
	}
}
