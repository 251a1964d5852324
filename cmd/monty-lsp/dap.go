package main

import (
	"flag"
	"fmt"
	"io"
	"net"

	"github.com/monty-tools/monty-tools/dap"
)

// dapCmd implements `monty-lsp dap`: a Debug Adapter Protocol server over
// stdin/stdout (what editors start), or on a TCP address with --listen
// for one client. Exit codes: 0 after a disconnect or the end of input,
// 1 on a broken connection, 2 on usage errors.
func dapCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("dap", flag.ContinueOnError)
	fs.SetOutput(stderr)
	listen := fs.String("listen", "", "serve one client on this TCP address (host:port) instead of stdin/stdout")
	verbose := fs.Bool("v", false, "log each message on stderr")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: monty-lsp dap [--listen ADDR] [-v]\n\nA Debug Adapter Protocol server: launch arguments program, config, inputs or inputsFile,\nmocks, host, stopOnEntry, stopOnExternalCall, noDebug (see package dap).")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return 2
	}
	opts := dap.Options{}
	if *verbose {
		opts.Log = stderr
	}
	var r io.Reader = stdin
	var w io.Writer = stdout
	if *listen != "" {
		ln, err := net.Listen("tcp", *listen)
		if err != nil {
			fmt.Fprintf(stderr, "monty-lsp dap: %v\n", err)
			return 1
		}
		fmt.Fprintf(stderr, "monty-lsp dap: listening on %s\n", ln.Addr())
		conn, err := ln.Accept()
		ln.Close()
		if err != nil {
			fmt.Fprintf(stderr, "monty-lsp dap: %v\n", err)
			return 1
		}
		defer conn.Close()
		r, w = conn, conn
	}
	if err := dap.NewSession(r, w, opts).Serve(); err != nil {
		fmt.Fprintf(stderr, "monty-lsp dap: %v\n", err)
		return 1
	}
	return 0
}
