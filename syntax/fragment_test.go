package syntax

import (
	"strings"
	"testing"
)

// TestParseFragment checks that re-parsing the lines of some top-level
// statements of a module in place gives the statements, comments and
// offsets of the whole module's parse, and that a fragment cut inside a
// statement reports errors instead of reading past its end.
func TestParseFragment(t *testing.T) {
	src := "import os\n\n# lead\ndef f(x):\n    return x  # tail\n\n\nclass C:\n    y = '''\nnot code\n'''\nz = [1,\n  2]; w = 3\n"
	full, errs := Parse("m.py", []byte(src), 0)
	if errs != nil {
		t.Fatal(errs)
	}
	// Fragments at line starts between statements.
	cuts := []int{0, strings.Index(src, "# lead"), strings.Index(src, "class C"), strings.Index(src, "z = "), len(src)}
	var stmts []Stmt
	var comments []Comment
	for i := 0; i+1 < len(cuts); i++ {
		f, errs := ParseFragment("m.py", src, cuts[i], cuts[i+1])
		if errs != nil {
			t.Fatalf("fragment %q: %v", src[cuts[i]:cuts[i+1]], errs)
		}
		if int(f.Start) != cuts[i] || int(f.End) != cuts[i+1] {
			t.Errorf("fragment %d spans %d-%d, want %d-%d", i, f.Start, f.End, cuts[i], cuts[i+1])
		}
		stmts = append(stmts, f.Body...)
		comments = append(comments, f.Comments...)
	}
	if len(stmts) != len(full.Body) {
		t.Fatalf("fragments hold %d statements, the module %d", len(stmts), len(full.Body))
	}
	for i, s := range stmts {
		if got, want := DumpNode(s), DumpNode(full.Body[i]); got != want || s.Span() != full.Body[i].Span() {
			t.Errorf("statement %d: %s at %v, want %s at %v", i, got, s.Span(), want, full.Body[i].Span())
		}
	}
	if len(comments) != len(full.Comments) {
		t.Fatalf("fragments hold %d comments, the module %d", len(comments), len(full.Comments))
	}
	for i, c := range comments {
		if c != full.Comments[i] {
			t.Errorf("comment %d: %+v, want %+v", i, c, full.Comments[i])
		}
	}
	// A fragment ending inside the triple-quoted string.
	end := strings.Index(src, "not code")
	if _, errs := ParseFragment("m.py", src, cuts[2], end); errs == nil {
		t.Errorf("fragment %q parsed without errors", src[cuts[2]:end])
	}
}

// TestPlainSource checks which sources parse as they are.
func TestPlainSource(t *testing.T) {
	for src, want := range map[string]bool{
		"x = 1\n":                            true,
		"# -*- coding: utf-8 -*-\nx = 1\n":   true,
		"\ufeffx = 1\n":                      false,
		"# -*- coding: latin-1 -*-\nx = 1\n": false,
		"":                                   true,
	} {
		if got := PlainSource([]byte(src)); got != want {
			t.Errorf("PlainSource(%q) = %v, want %v", src, got, want)
		}
	}
}
