package analysis_test

import (
	"testing"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/internal/pygen"
	"github.com/monty-tools/monty-tools/syntax"
)

// benchSources is a tree of 20 generated files of 2,000 lines; bench/check
// runs the full 100-file, 200,000-line tree.
func benchSources() [][]byte {
	var srcs [][]byte
	for i := 1; i <= 20; i++ {
		srcs = append(srcs, pygen.Generate(2000, uint64(i)))
	}
	return srcs
}

// BenchmarkParse and BenchmarkCheck together show what analysis adds to
// parsing; compare their ns/op.
func BenchmarkParse(b *testing.B) {
	srcs := benchSources()
	b.ResetTimer()
	for range b.N {
		for _, src := range srcs {
			syntax.Parse("bench.py", src, 0)
		}
	}
}

func BenchmarkCheck(b *testing.B) {
	srcs := benchSources()
	b.ResetTimer()
	for range b.N {
		for _, src := range srcs {
			analysis.CheckSource("bench.py", src, nil)
		}
	}
}

// BenchmarkAnalyze times analysis alone, on files parsed beforehand.
func BenchmarkAnalyze(b *testing.B) {
	type parsed struct {
		f    *syntax.File
		errs syntax.ErrorList
	}
	var files []parsed
	for _, src := range benchSources() {
		f, errs := syntax.Parse("bench.py", src, 0)
		files = append(files, parsed{f, errs})
	}
	b.ResetTimer()
	for range b.N {
		for _, p := range files {
			analysis.Check(p.f, p.errs, nil)
		}
	}
}
