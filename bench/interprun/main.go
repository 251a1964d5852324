// Command interprun times one Monty program on our interpreter for
// bench/interp: it compiles the file once, runs it -n times and prints
// the best run's wall time in seconds. The program's output (of the first
// run) goes to the -out file so that the caller can compare it with the
// other interpreters'.
//
//	interprun [-n RUNS] [-out FILE] [-cpuprofile FILE] [-memprofile FILE] PROGRAM.py
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"time"

	"github.com/monty-tools/monty-tools/interp"
)

func main() {
	runs := flag.Int("n", 3, "number of runs; the best is reported")
	outFile := flag.String("out", "", "write the program's output of the first run here")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the runs (not the compile) here")
	memProfile := flag.String("memprofile", "", "write an allocation profile (every allocation) here")
	flag.Parse()
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
	best := time.Duration(1<<63 - 1)
	for i := 0; i < *runs; i++ {
		var out bytes.Buffer
		start := time.Now()
		_, err := prog.Run(context.Background(), interp.RunConfig{Stdout: &out})
		d := time.Since(start)
		if err != nil {
			fail(err)
		}
		best = min(best, d)
		if i == 0 && *outFile != "" {
			if err := os.WriteFile(*outFile, out.Bytes(), 0o644); err != nil {
				fail(err)
			}
		}
	}
	fmt.Printf("%.4f\n", best.Seconds())
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
