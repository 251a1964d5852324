// Package gctune holds the garbage collector setting of the short-lived
// commands (montyfmt, monty-lsp run and dap) in one place, so that the
// benchmarks that stand for those commands use the same value.
//
// A formatter run or a program run is short and its live heap small, so
// Go's default target (GOGC=100, at least 4 MB) collects every few
// megabytes allocated, each collection with its fixed costs and a phase of
// write barriers. Letting the heap grow to five times the live data costs
// a few tens of megabytes and saves 15–30% of the CPU time of
// allocation-heavy runs (bench/format, bench/interp). The long-running
// language server keeps Go's default: its memory is a goal of its own.
package gctune

import (
	"os"
	"runtime/debug"
)

// Percent is the collector target of the short-lived commands.
const Percent = 400

// Apply sets Percent unless the user set GOGC, which wins.
func Apply() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(Percent)
	}
}
