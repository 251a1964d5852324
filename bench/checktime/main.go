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
	for range *runs {
		parse = min(parse, timed(parseAll))
		check = min(check, timed(checkAll))
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
}

func timed(f func()) time.Duration {
	runtime.GC()
	t := time.Now()
	f()
	return time.Since(t)
}

func ms(d time.Duration) float64 { return float64(d) / 1e6 }
