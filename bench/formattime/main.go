// Command formattime times format.Source in process, with the default
// options, on one or more files:
//
//	go run ./bench/formattime -n 10 FILE...
//
// Each round formats every file once, one after the other (no
// parallelism, as in the ruff and Black timings of bench/format), after
// a garbage collection so that one round's garbage is not charged to the
// next. It prints the best round as "SECONDS MB/S" (1 MB = 10^6 bytes of
// input). It exits 1 if a file cannot be formatted: timing a failure is
// meaningless.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"time"

	"github.com/monty-tools/monty-tools/format"
)

func main() {
	n := flag.Int("n", 10, "number of timed rounds; the best one counts")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: formattime [-n N] FILE...")
		os.Exit(2)
	}
	var srcs [][]byte
	size := 0
	for _, name := range flag.Args() {
		src, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "formattime:", err)
			os.Exit(1)
		}
		if _, err := format.Source(name, src, format.Options{}); err != nil {
			fmt.Fprintf(os.Stderr, "formattime: %s: %v\n", name, err)
			os.Exit(1)
		}
		srcs = append(srcs, src)
		size += len(src)
	}
	best := bestOf(*n, srcs)
	fmt.Printf("%.6f %.3f\n", best.Seconds(), float64(size)/1e6/best.Seconds())
}

// bestOf returns the shortest of n rounds that format all of srcs.
func bestOf(n int, srcs [][]byte) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range max(n, 1) {
		runtime.GC()
		start := time.Now()
		for _, src := range srcs {
			format.Source("bench.py", src, format.Options{})
		}
		best = min(best, time.Since(start))
	}
	return best
}
