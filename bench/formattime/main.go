// Command formattime times format.Source in process, with the default
// options, on one or more files:
//
//	go run ./bench/formattime -n 10 FILE...
//
// Each round formats every file once, one after the other (no
// parallelism, as in the ruff and Black timings of bench/format), after
// a garbage collection so that one round's garbage is not charged to the
// next. A round is timed twice: wall time, and the CPU time of the whole
// process (user+system, every thread), which charges the garbage
// collector's work on other cores and barely moves when the machine is
// busy. The collector runs with montyfmt's setting unless -gogc says
// otherwise. It prints the best wall time and the best CPU time over the
// rounds, in seconds: "WALL CPU". It exits 1 if a file cannot be
// formatted: timing a failure is meaningless.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/monty-tools/monty-tools/format"
	"github.com/monty-tools/monty-tools/internal/gctune"
)

func main() {
	n := flag.Int("n", 10, "number of timed rounds; the best one counts")
	gogc := flag.Int("gogc", gctune.Percent, "garbage collector target percent: montyfmt's (internal/gctune); 100 is Go's default")
	flag.Parse()
	debug.SetGCPercent(*gogc)
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: formattime [-n N] FILE...")
		os.Exit(2)
	}
	var srcs [][]byte
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
	}
	wall, cpu := bestOf(*n, srcs)
	fmt.Printf("%.6f %.6f\n", wall.Seconds(), cpu.Seconds())
}

// bestOf returns the shortest wall and CPU times of n rounds that format
// all of srcs.
func bestOf(n int, srcs [][]byte) (wall, cpu time.Duration) {
	wall, cpu = 1<<63-1, 1<<63-1
	for range max(n, 1) {
		runtime.GC()
		c0 := cpuTime()
		start := time.Now()
		for _, src := range srcs {
			format.Source("bench.py", src, format.Options{})
		}
		wall = min(wall, time.Since(start))
		cpu = min(cpu, cpuTime()-c0)
	}
	return wall, cpu
}

// cpuTime is the user and system time used by the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
