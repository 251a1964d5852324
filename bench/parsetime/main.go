// Command parsetime times syntax.Parse on one file in process:
//
//	go run ./bench/parsetime -n 20 FILE
//
// It parses the file n times, garbage-collecting before each run so that
// one run's garbage is not charged to the next, and prints the best time
// and the throughput as two fields, "SECONDS MB/S" (1 MB = 10^6 bytes),
// for bench/parse to read. It exits 1 if the file has syntax errors:
// timing a parse that failed is meaningless.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"time"

	"github.com/monty-tools/monty-tools/syntax"
)

func main() {
	n := flag.Int("n", 20, "number of timed parses; the best one counts")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: parsetime [-n N] FILE")
		os.Exit(2)
	}
	src, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "parsetime:", err)
		os.Exit(1)
	}
	if _, errs := syntax.Parse(flag.Arg(0), src, 0); errs != nil {
		fmt.Fprintf(os.Stderr, "parsetime: %d syntax errors, the first: %v\n", len(errs), errs[0])
		os.Exit(1)
	}
	best := bestOf(*n, src)
	fmt.Printf("%.6f %.2f\n", best.Seconds(), float64(len(src))/1e6/best.Seconds())
}

// bestOf returns the shortest of n parse times of src.
func bestOf(n int, src []byte) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range n {
		runtime.GC()
		start := time.Now()
		syntax.Parse("bench.py", src, 0)
		best = min(best, time.Since(start))
	}
	return best
}
