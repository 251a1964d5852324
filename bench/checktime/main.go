// Command checktime measures what analysis adds to parsing: over a tree of
// generated Python files it times parsing alone and parsing plus checking
// (in process, best of several runs, one file after another), and prints
// both and the ratio.
//
//	checktime [-n RUNS] [-config monty.toml] DIR
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"time"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/project"
	"github.com/monty-tools/monty-tools/syntax"
)

func main() {
	runs := flag.Int("n", 5, "runs; the best is reported")
	cfgPath := flag.String("config", "", "project configuration (stubs, inputs)")
	flag.Parse()
	opts := &analysis.Options{}
	if *cfgPath != "" {
		cfg, err := project.LoadConfig(*cfgPath)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		p, err := project.Load(cfg)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		opts = p.Options()
	}
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: checktime [-n RUNS] DIR")
		os.Exit(2)
	}
	paths, _ := filepath.Glob(filepath.Join(flag.Arg(0), "*.py"))
	var srcs [][]byte
	size, lines := 0, 0
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		srcs = append(srcs, b)
		size += len(b)
		for _, c := range b {
			if c == '\n' {
				lines++
			}
		}
	}
	// Alternate the two measurements so that noise from other processes
	// falls on both alike; keep the best of each.
	parseAll := func() {
		for i, src := range srcs {
			syntax.Parse(paths[i], src, 0)
		}
	}
	checkAll := func() {
		for i, src := range srcs {
			analysis.CheckSource(paths[i], src, opts)
		}
	}
	parse, check := time.Duration(1<<63-1), time.Duration(1<<63-1)
	parseCPU, checkCPU := parse, check
	for range *runs {
		wall, cpu := timed(parseAll)
		parse, parseCPU = min(parse, wall), min(parseCPU, cpu)
		wall, cpu = timed(checkAll)
		check, checkCPU = min(check, wall), min(checkCPU, cpu)
	}
	fmt.Printf("%d files, %d lines, %.1f MB\n", len(srcs), lines, float64(size)/1e6)
	diags := 0
	for i, src := range srcs {
		_, res := analysis.CheckSource(paths[i], src, opts)
		diags += len(res.Diagnostics)
	}
	fmt.Printf("diagnostics:     %8d\n", diags)
	fmt.Printf("parse only:      %8.1f ms\n", ms(parse))
	fmt.Printf("parse + check:   %8.1f ms\n", ms(check))
	fmt.Printf("analysis adds:   %8.1f%% to parse time\n", 100*(float64(check)/float64(parse)-1))
	// Process CPU time (both cores, the collector's work included) does
	// not count the time other processes take the CPU: a second opinion
	// on a busy machine, where the wall-clock figures above are noisy.
	fmt.Printf("cpu time:        %8.1f ms parse only, %.1f ms parse + check (%+.1f%%)\n",
		ms(parseCPU), ms(checkCPU), 100*(float64(checkCPU)/float64(parseCPU)-1))
}

// timed runs f after a collection and returns the wall-clock time and
// the process CPU time it took.
func timed(f func()) (wall, cpu time.Duration) {
	runtime.GC()
	c := cpuTime()
	t := time.Now()
	f()
	return time.Since(t), cpuTime() - c
}

// cpuTime is the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

func ms(d time.Duration) float64 { return float64(d) / 1e6 }
