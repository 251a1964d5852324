package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/monty-tools/monty-tools/lsp"
)

// isServe reports whether the arguments ask for the language server:
// `serve`, `--stdio` (what editors pass), or no arguments at all when
// stdin is not a terminal. A person typing `monty-lsp` at a terminal (or
// running it with stdin from /dev/null) gets the usage instead of a
// server waiting for LSP messages.
func isServe(args []string, stdin io.Reader) bool {
	if len(args) == 0 {
		return !isCharDevice(stdin)
	}
	switch args[0] {
	case "serve", "--stdio", "-stdio":
		return true
	}
	return false
}

// isCharDevice reports whether r is a terminal or another character
// device.
func isCharDevice(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// serveCmd runs the language server over stdin and stdout; the log goes
// to stderr, never stdout. Its exit code is the one LSP asks for: 0 after
// shutdown and exit, 1 when the client exits or disappears without
// shutdown.
func serveCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "serve" {
		args = args[1:]
	}
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Bool("stdio", true, "communicate over stdin and stdout (the only transport)")
	verbose := fs.Bool("v", false, "log informational messages too")
	debounce := fs.Duration("debounce", 0, "delay before checking an edit (e.g. 20ms)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: monty-lsp serve [--stdio] [-v] [--debounce DURATION]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	opts := lsp.Options{Version: version, Log: stderr, Verbose: *verbose, Debounce: *debounce}
	return lsp.Serve(ctx, lsp.Stdio(stdin, stdout), opts)
}
