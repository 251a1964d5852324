package format

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/monty-tools/monty-tools/internal/pygen"
	"github.com/monty-tools/monty-tools/syntax"
)

// repoPythonDirs hold the repository's other Python test inputs. The
// formatter must keep their syntax tree and comments (checked inside
// Source) and be idempotent on them.
var repoPythonDirs = []string{"../testdata", "../analysis/testdata", "../syntax/testdata", "../interp/testdata", "../bench"}

func repoPythonFiles(t testing.TB) []string {
	var files []string
	for _, dir := range repoPythonDirs {
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() && (d.Name() == "node_modules" || p == filepath.Join("..", "testdata", "format")) {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(p, ".py") {
				files = append(files, p)
			}
			return nil
		})
	}
	return files
}

// TestRepoPython formats every Python file of the repository's test data
// that parses: the output must be equivalent (Source checks the tree and
// the comments) and format to itself.
func TestRepoPython(t *testing.T) {
	files := repoPythonFiles(t)
	if len(files) == 0 {
		t.Skip("no Python test data found")
	}
	n := 0
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, errs := syntax.Parse(p, src, 0); len(errs) > 0 {
			continue
		}
		n++
		out, err := Source(p, src, Options{})
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		again, err := Source(p, out, Options{})
		if err != nil {
			t.Errorf("%s: formatting the output: %v", p, err)
			continue
		}
		if !bytes.Equal(again, out) {
			t.Errorf("%s: not idempotent:\n%s", p, lineDiff(out, again))
		}
	}
	t.Logf("%d files formatted", n)
}

// TestOptions checks the options that change the layout.
func TestOptions(t *testing.T) {
	src := []byte("def f(a, b):\n    return {'key': [a, b], \"other\": (a,)}\n")
	cases := []struct {
		opt  Options
		want string
	}{
		{Options{}, "def f(a, b):\n    return {\"key\": [a, b], \"other\": (a,)}\n"},
		{Options{QuoteStyle: "single"}, "def f(a, b):\n    return {'key': [a, b], 'other': (a,)}\n"},
		{Options{QuoteStyle: "preserve"}, "def f(a, b):\n    return {'key': [a, b], \"other\": (a,)}\n"},
		{Options{IndentWidth: 2}, "def f(a, b):\n  return {\"key\": [a, b], \"other\": (a,)}\n"},
		{Options{LineLength: 30}, "def f(a, b):\n    return {\n        \"key\": [a, b],\n        \"other\": (a,),\n    }\n"},
	}
	for _, c := range cases {
		got, err := Source("t.py", src, c.opt)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != c.want {
			t.Errorf("%+v:\n%s\nwant:\n%s", c.opt, got, c.want)
		}
	}
	magic := []byte("f(a, b,)\n")
	got, _ := Source("t.py", magic, Options{})
	if string(got) != "f(\n    a,\n    b,\n)\n" {
		t.Errorf("magic trailing comma: %q", got)
	}
	got, _ = Source("t.py", magic, Options{SkipMagicTrailingComma: true})
	if string(got) != "f(a, b)\n" {
		t.Errorf("skip magic trailing comma: %q", got)
	}
}

// TestLineEndingsAndBOM checks that CRLF and a BOM survive formatting.
func TestLineEndingsAndBOM(t *testing.T) {
	got, err := Source("t.py", []byte("\ufeffx  =  1\r\ny=2\r\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != "\ufeffx = 1\r\ny = 2\r\n" {
		t.Errorf("got %q", got)
	}
}

// TestSyntaxError checks that broken input is reported with a position.
func TestSyntaxError(t *testing.T) {
	_, err := Source("bad.py", []byte("def f(:\n"), Options{})
	se, ok := err.(*SyntaxError)
	if !ok || len(se.Errors) == 0 || !strings.Contains(se.Errors[0], "bad.py:1:") {
		t.Fatalf("got %v", err)
	}
}

// TestRange checks range formatting of one statement.
func TestRange(t *testing.T) {
	src := []byte("x  =  1\ny  =  [1,\n  2]\nz  =  3\n")
	start := strings.Index(string(src), "y")
	from, to, text, err := Range("t.py", src, start, start+1, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if string(src[from:to]) != "y  =  [1,\n  2]\n" || string(text) != "y = [1, 2]\n" {
		t.Errorf("got [%d,%d) %q -> %q", from, to, src[from:to], text)
	}
}

// FuzzFormat checks, for any input that parses, that the output parses to
// the same tree (Source verifies this) and formats to itself.
func FuzzFormat(f *testing.F) {
	for _, g := range loadGoldens(f) {
		f.Add(g.in)
	}
	f.Add(pygen.Generate(40, 1))
	f.Fuzz(func(t *testing.T, src []byte) {
		if _, errs := syntax.Parse("f.py", src, 0); len(errs) > 0 {
			return
		}
		// A hang is a failure too: report the input instead of stalling.
		type result struct {
			out []byte
			err error
		}
		done := make(chan result, 1)
		go func() {
			out, err := Source("f.py", src, Options{})
			done <- result{out, err}
		}()
		var out []byte
		var err error
		select {
		case r := <-done:
			out, err = r.out, r.err
		case <-time.After(5 * time.Second):
			t.Fatalf("formatting takes more than 5s; input:\n%q", src)
		}
		if err != nil {
			if _, ok := err.(*SyntaxError); ok {
				return
			}
			t.Fatalf("%v\ninput:\n%s", err, src)
		}
		again, err := Source("f.py", out, Options{})
		if err != nil {
			t.Fatalf("formatting the output: %v\noutput:\n%s", err, out)
		}
		if !bytes.Equal(again, out) {
			t.Fatalf("not idempotent:\n%s\ninput:\n%s", lineDiff(out, again), src)
		}
	})
}

// BenchmarkFormat measures throughput on a large generated file.
func BenchmarkFormat(b *testing.B) {
	src := pygen.Generate(20000, 7)
	if _, errs := syntax.Parse("bench.py", src, 0); len(errs) > 0 {
		b.Fatalf("generated file does not parse: %v", errs[0])
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Source("bench.py", src, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFormatTree measures throughput on 100 generated files of 300
// lines, the tree of bench/format.
func BenchmarkFormatTree(b *testing.B) {
	var srcs [][]byte
	size := 0
	for seed := uint64(1); seed <= 100; seed++ {
		src := pygen.Generate(300, seed)
		srcs = append(srcs, src)
		size += len(src)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			if _, err := Source("bench.py", src, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestConcurrent formats goldens from several goroutines at once: the
// formatter must keep no shared mutable state (run with -race).
func TestConcurrent(t *testing.T) {
	gs := loadGoldens(t)
	if len(gs) > 40 {
		gs = gs[:40]
	}
	errs := make(chan error, 4)
	for w := 0; w < 4; w++ {
		go func() {
			for _, g := range gs {
				if _, err := Source(g.name+".py", g.in, g.opt); err != nil {
					if _, ok := err.(*SyntaxError); !ok {
						errs <- err
						return
					}
				}
			}
			errs <- nil
		}()
	}
	for w := 0; w < 4; w++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
