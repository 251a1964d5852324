package analysis_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/profile"
	"github.com/monty-tools/monty-tools/stubs"
)

// FuzzCheck checks that the analyzer never panics and keeps its spans
// inside the file, on any input the parser accepts or recovers from, under
// both profiles and with names kept for the language server. Editors run
// it on every keystroke, so half-typed code is its normal input.
func FuzzCheck(f *testing.F) {
	for _, pattern := range []string{"../testdata/analysis/corpus/*.py", "../testdata/analysis/fixes/*.py", "../testdata/syntax/err/*.txtar"} {
		names, _ := filepath.Glob(pattern)
		for _, name := range names {
			if data, err := os.ReadFile(name); err == nil {
				f.Add(data)
			}
		}
	}
	for _, s := range []string{"def", "class", "x = json.", "from", "import", "global", "nonlocal x", "del d[", "f\"{x:", "async def f(): await g(", "lambda:"} {
		f.Add([]byte(s))
	}
	decls, _ := stubs.Parse("host.pyi", []byte("async def fetch(url: str) -> str: ...\ndef get(k: str, /, *, d: int = 0) -> int: ...\norder: dict\n"))
	var opts []*analysis.Options
	for _, name := range profile.Names() {
		p, _ := profile.Get(name)
		opts = append(opts, &analysis.Options{Profile: p, Decls: decls, KeepRefs: true})
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, o := range opts {
			file, res := analysis.CheckSource("fuzz.py", src, o)
			n := len(file.Src)
			for _, d := range res.Diagnostics {
				if d.Span.Start < 0 || d.Span.Start > d.Span.End || int(d.Span.End) > n {
					t.Fatalf("%s %s: span %v outside the file of %d bytes", d.Code, d.Message, d.Span, n)
				}
				for _, fx := range d.Fixes {
					for _, e := range fx.Edits {
						if e.Span.Start < 0 || e.Span.Start > e.Span.End || int(e.Span.End) > n {
							t.Fatalf("%s fix %q: edit span %v outside the file", d.Code, fx.Title, e.Span)
						}
					}
				}
			}
			analysis.ApplyQuickFixes(file.Src, res.Diagnostics)
		}
	})
}
