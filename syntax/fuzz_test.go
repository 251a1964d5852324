package syntax

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks the parser's promises on arbitrary bytes: it returns
// (no panic, no hang — the fuzzer's per-input timeout catches a loop), it
// always yields a tree, and every node and error span is well formed and
// lies inside the (decoded) source.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("..", "testdata", "syntax", "*", "*.py"))
	for _, name := range seeds {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{"", "(", "f'{", "if x:\n\tpass\n  pass\n", "\xff\xfe", "def f(*, **k): ...", "match x:\n case {**r}: pass\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, errs := Parse("fuzz.py", data, 0)
		if file == nil {
			t.Fatal("Parse returned a nil file")
		}
		n := len(file.Src)
		Inspect(file, func(node Node) bool {
			if node == nil {
				return true
			}
			sp := node.Span()
			if sp.Start < 0 || sp.Start > sp.End || int(sp.End) > n {
				t.Fatalf("%T has span %d..%d outside the file of %d bytes", node, sp.Start, sp.End, n)
			}
			return true
		})
		for _, c := range file.Comments {
			sp := c.Span()
			if sp.Start < 0 || sp.Start > sp.End || int(sp.End) > n {
				t.Fatalf("comment span %d..%d outside the file of %d bytes", sp.Start, sp.End, n)
			}
		}
		for _, e := range errs {
			if e.Span.Start < 0 || e.Span.Start > e.Span.End || int(e.Span.End) > n {
				t.Fatalf("error %q has span %d..%d outside the file of %d bytes", e.Msg, e.Span.Start, e.Span.End, n)
			}
			if e.Msg == "" {
				t.Fatal("error without a message")
			}
		}
		// The dump must not panic either; the LSP and the CLI print it.
		_ = Dump(file)
	})
}
