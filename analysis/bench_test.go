package analysis_test

import (
	"testing"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/internal/pygen"
	"github.com/monty-tools/monty-tools/stubs"
	"github.com/monty-tools/monty-tools/syntax"
)

// benchOptions declares what the generated files call and read, as the
// project of bench/check does, so the files have a realistic density of
// diagnostics.
func benchOptions() *analysis.Options {
	stub := "from typing import Any\n"
	for _, f := range []string{"fetch_records", "send_email", "get_user", "lookup_rate", "call_llm", "log_event",
		"search_docs", "update_ticket", "notify", "get_weather", "load_policy", "store_result", "retry", "register", "timer"} {
		stub += "def " + f + "(*args: Any, **kwargs: Any) -> Any: ...\n"
	}
	decls, _ := stubs.Parse("host.pyi", []byte(stub))
	return &analysis.Options{Decls: decls, Inputs: []string{"width", "options", "extra", "retries", "defaults", "failures",
		"self", "item", "rec", "total", "count", "result", "row", "data", "key", "value", "limit", "threshold", "rate",
		"payload", "response", "items", "records", "ctx", "batch"}}
}

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
	opts := benchOptions()
	b.ResetTimer()
	for range b.N {
		for _, src := range srcs {
			analysis.CheckSource("bench.py", src, opts)
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
	opts := benchOptions()
	for _, src := range benchSources() {
		f, errs := syntax.Parse("bench.py", src, 0)
		files = append(files, parsed{f, errs})
	}
	b.ResetTimer()
	for range b.N {
		for _, p := range files {
			analysis.Check(p.f, p.errs, opts)
		}
	}
}
