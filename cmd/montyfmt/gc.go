package main

import (
	"os"
	"runtime/debug"
)

// gcPercent is montyfmt's garbage collector target (Go's default is
// 100). A formatter run is short and its heap small, so Go's default
// collects every few megabytes: for a tree of small files that is dozens
// of collections per megabyte of input, each with its fixed costs.
// Letting the heap grow to five times the live data instead costs a few
// tens of megabytes and saves about a third of the CPU time
// (bench/format; bench/formattime uses the same value).
const gcPercent = 400

// tuneGC applies gcPercent unless the user set GOGC, which wins.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
}
