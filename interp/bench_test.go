package interp

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// BenchmarkStartup measures source → result for `x * y` with two inputs:
// compile (including the profile check) and run.
func BenchmarkStartup(b *testing.B) {
	src := []byte("x * y\n")
	inputs := map[string]Value{"x": Int(6), "y": Int(7)}
	opts := CompileOptions{Inputs: []string{"x", "y"}}
	ctx := context.Background()
	b.ReportAllocs()
	start, n := cpuTime(), 0
	for b.Loop() {
		n++
		p, err := Compile("startup.py", src, opts)
		if err != nil {
			b.Fatal(err)
		}
		v, err := p.Run(ctx, RunConfig{Inputs: inputs})
		if err != nil || v != Int(42) {
			b.Fatal(v, err)
		}
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(n), "cpu-ns/op")
}

// BenchmarkStartupRun runs an already compiled `x * y`.
func BenchmarkStartupRun(b *testing.B) {
	p, err := Compile("startup.py", []byte("x * y\n"), CompileOptions{Inputs: []string{"x", "y"}})
	if err != nil {
		b.Fatal(err)
	}
	inputs := map[string]Value{"x": Int(6), "y": Int(7)}
	ctx := context.Background()
	b.ReportAllocs()
	start, n := cpuTime(), 0
	for b.Loop() {
		n++
		v, err := p.Run(ctx, RunConfig{Inputs: inputs})
		if err != nil || v != Int(42) {
			b.Fatal(v, err)
		}
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(n), "cpu-ns/op")
}

// BenchmarkStartupNoCheck compiles without the profile check (for a
// program already checked, e.g. by the language server) and runs.
func BenchmarkStartupNoCheck(b *testing.B) {
	src := []byte("x * y\n")
	inputs := map[string]Value{"x": Int(6), "y": Int(7)}
	opts := CompileOptions{Inputs: []string{"x", "y"}, SkipChecks: true}
	ctx := context.Background()
	b.ReportAllocs()
	start, n := cpuTime(), 0
	for b.Loop() {
		n++
		p, err := Compile("startup.py", src, opts)
		if err != nil {
			b.Fatal(err)
		}
		v, err := p.Run(ctx, RunConfig{Inputs: inputs})
		if err != nil || v != Int(42) {
			b.Fatal(v, err)
		}
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(n), "cpu-ns/op")
}

// The CPU-bound programs in testdata/bench are also timed under CPython
// (see the package report); each benchmark runs one program once.
func benchProgram(b *testing.B, name string) {
	src, err := os.ReadFile(filepath.Join("testdata", "bench", name))
	if err != nil {
		b.Fatal(err)
	}
	p, err := Compile(name, src, CompileOptions{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	// CPU time is reported next to wall time: on a shared machine it is
	// the steadier figure to compare with CPython's time.process_time().
	start := cpuTime()
	n := 0
	for b.Loop() {
		if _, err := p.Run(ctx, RunConfig{Stdout: io.Discard}); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(n), "cpu-ns/op")
}

// cpuTime is the process's user+system CPU time in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

func BenchmarkFib(b *testing.B)     { benchProgram(b, "fib.py") }
func BenchmarkLoops(b *testing.B)   { benchProgram(b, "loops.py") }
func BenchmarkStrings(b *testing.B) { benchProgram(b, "strings.py") }
func BenchmarkDicts(b *testing.B)   { benchProgram(b, "dicts.py") }
