package syntax_test

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/monty-tools/monty-tools/internal/pygen"
	"github.com/monty-tools/monty-tools/syntax"
)

// BenchmarkParse parses the file that bench/parse times against CPython:
// 20,000 lines of generated rules and agent code (internal/pygen, seed 1).
func BenchmarkParse(b *testing.B) {
	benchParse(b, [][]byte{pygen.Generate(20000, 1)})
}

// BenchmarkParseCorpus parses every file of testdata/syntax/ok once per
// iteration: hundreds of small files, so per-file setup costs show.
func BenchmarkParseCorpus(b *testing.B) {
	files, err := filepath.Glob("../testdata/syntax/ok/*.py")
	if err != nil || len(files) == 0 {
		b.Fatalf("no corpus files (%v)", err)
	}
	srcs := make([][]byte, len(files))
	for i, file := range files {
		if srcs[i], err = os.ReadFile(file); err != nil {
			b.Fatal(err)
		}
	}
	benchParse(b, srcs)
}

// benchParse times parsing all of srcs per iteration. Besides the usual
// B/op and allocs/op it reports allocations and bytes allocated per source
// line, which stay comparable when the input changes size.
func benchParse(b *testing.B, srcs [][]byte) {
	size, lines := 0, 0
	for _, src := range srcs {
		if _, errs := syntax.Parse("bench.py", src, 0); errs != nil {
			b.Fatalf("syntax errors in benchmark input:\n%v", errs)
		}
		size += len(src)
		lines += countLines(src)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	runs := 0
	for b.Loop() {
		for _, src := range srcs {
			syntax.Parse("bench.py", src, 0)
		}
		runs++
	}
	runtime.ReadMemStats(&after)
	perLine := float64(runs) * float64(lines)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/perLine, "allocs/line")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/perLine, "B/line")
}

// countLines counts lines, including a last one without a newline.
func countLines(src []byte) int {
	n := bytes.Count(src, []byte("\n"))
	if len(src) > 0 && src[len(src)-1] != '\n' {
		n++
	}
	return n
}
