// Command lspprof is monty-lsp's server with profiling: it serves LSP on
// stdin and stdout like `monty-lsp serve` and writes a CPU profile (and,
// optionally, a heap profile) when the session ends, so that the server
// can be profiled under bench/lspdrive:
//
//	go build -o /tmp/lspprof ./bench/lspprof
//	go run ./bench/lspdrive -server 'monty=/tmp/lspprof -cpuprofile /tmp/cpu.prof'
//	go tool pprof -top /tmp/lspprof /tmp/cpu.prof
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"

	"github.com/monty-tools/monty-tools/lsp"
)

func main() {
	cpu := flag.String("cpuprofile", "", "write a CPU profile of the session to this file")
	heap := flag.String("memprofile", "", "write a heap profile at the end of the session to this file")
	debounce := flag.Duration("debounce", 0, "delay before checking an edit")
	flag.Parse()
	if *cpu != "" {
		f, err := os.Create(*cpu)
		if err != nil {
			fmt.Fprintln(os.Stderr, "lspprof:", err)
			os.Exit(2)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "lspprof:", err)
			os.Exit(2)
		}
	}
	code := lsp.Serve(context.Background(), lsp.Stdio(os.Stdin, os.Stdout), lsp.Options{Version: "lspprof", Log: os.Stderr, Debounce: *debounce})
	if *cpu != "" {
		pprof.StopCPUProfile()
	}
	if *heap != "" {
		runtime.GC()
		if f, err := os.Create(*heap); err == nil {
			_ = pprof.WriteHeapProfile(f)
			f.Close()
		}
	}
	os.Exit(code)
}
