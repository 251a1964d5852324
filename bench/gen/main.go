// Command gen writes the deterministic Python benchmark file made by
// internal/pygen:
//
//	go run ./bench/gen -lines 20000 -o big.py
//
// Without -o the file goes to standard output.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/monty-tools/monty-tools/internal/pygen"
)

func main() {
	lines := flag.Int("lines", 20000, "minimum number of lines to generate")
	seed := flag.Uint64("seed", 1, "selects one of many generated files")
	out := flag.String("o", "", "output file (default: standard output)")
	flag.Parse()
	src := pygen.Generate(*lines, *seed)
	var err error
	if *out == "" {
		_, err = os.Stdout.Write(src)
	} else {
		err = os.WriteFile(*out, src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
