// Command interprun times one Monty program on our interpreter for
// bench/interp: it compiles the file once, runs it -n times and prints
// the best run's wall time and the best run's CPU time (user+system of
// the whole process, so the collector's work on another core is charged
// too), in seconds: "WALL CPU". The program's output (of the first run)
// goes to the -out file so that the caller can compare it with the other
// interpreters'. The collector runs with `monty-lsp run`'s setting
// (package gctune) unless -gogc says otherwise.
//
//	interprun [-n RUNS] [-gogc PERCENT] [-out FILE] [-cpuprofile FILE] [-memprofile FILE] PROGRAM.py
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/monty-tools/monty-tools/internal/gctune"
	"github.com/monty-tools/monty-tools/interp"
)

func main() {
	runs := flag.Int("n", 3, "number of runs; the best is reported")
	outFile := flag.String("out", "", "write the program's output of the first run here")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the runs (not the compile) here")
	memProfile := flag.String("memprofile", "", "write an allocation profile (every allocation) here")
	gogc := flag.Int("gogc", gctune.Percent, "garbage collector target percent: monty-lsp run's (internal/gctune); 100 is Go's default")
	flag.Parse()
	debug.SetGCPercent(*gogc)
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: interprun [-n RUNS] [-out FILE] PROGRAM.py")
		os.Exit(2)
	}
	path := flag.Arg(0)
	src, err := os.ReadFile(path)
	if err != nil {
		fail(err)
	}
	prog, err := interp.Compile(path, src, interp.CompileOptions{})
	if err != nil {
		fail(err)
	}
	if *cpuProfile != "" {
		pf, err := os.Create(*cpuProfile)
		if err != nil {
			fail(err)
		}
		if err := pprof.StartCPUProfile(pf); err != nil {
			fail(err)
		}
		defer pprof.StopCPUProfile()
	}
	if *memProfile != "" {
		runtime.MemProfileRate = 1
		defer writeHeapProfile(*memProfile)
	}
	best, bestCPU := time.Duration(1<<63-1), time.Duration(1<<63-1)
	for i := 0; i < *runs; i++ {
		var out bytes.Buffer
		// A collection first, so that one run's garbage is not charged to the next.
		runtime.GC()
		cpu0 := cpuTime()
		start := time.Now()
		_, err := prog.Run(context.Background(), interp.RunConfig{Stdout: &out})
		d := time.Since(start)
		cpu := cpuTime() - cpu0
		if err != nil {
			fail(err)
		}
		best, bestCPU = min(best, d), min(bestCPU, cpu)
		if i == 0 && *outFile != "" {
			if err := os.WriteFile(*outFile, out.Bytes(), 0o644); err != nil {
				fail(err)
			}
		}
	}
	fmt.Printf("%.4f %.4f\n", best.Seconds(), bestCPU.Seconds())
}

// cpuTime is the CPU time the process has used so far, every thread.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		fail(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "interprun:", err)
	os.Exit(1)
}

func writeHeapProfile(path string) {
	pf, err := os.Create(path)
	if err != nil {
		fail(err)
	}
	defer pf.Close()
	if err := pprof.Lookup("allocs").WriteTo(pf, 0); err != nil {
		fail(err)
	}
}
