// Command monty-lsp is the Monty language server and its command-line
// tools. Like gopls, it is one binary with subcommands:
//
//	monty-lsp [serve] [--stdio]  run the language server over stdin/stdout
//	monty-lsp check PATHS...     report what the target Monty rejects or runs differently
//	monty-lsp ast FILE|-         print the syntax tree as CPython's ast.dump does
//	monty-lsp run FILE           run a file as Monty would, with inputs, externals answered by mocks, a host or a prompt, and limits
//	monty-lsp dap                serve the Debug Adapter Protocol over stdin/stdout (package dap)
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/monty-tools/monty-tools/internal/gctune"
)

// version is the release version, set by the build (-ldflags -X).
var version = "devel"

func main() {
	if len(os.Args) > 1 && (os.Args[1] == "run" || os.Args[1] == "dap") {
		// Program runs are short-lived like a formatter run; the server
		// and check keep Go's default collector target.
		gctune.Apply()
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run dispatches a subcommand and returns the process exit code: 0 for
// success, 1 when the input has problems, 2 for usage errors.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if isServe(args, stdin) {
		return serveCmd(args, stdin, stdout, stderr)
	}
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	switch args[0] {
	case "check":
		return checkCmd(args[1:], stdout, stderr)
	case "ast":
		return astCmd(args[1:], stdin, stdout, stderr)
	case "run":
		return runCmd(args[1:], stdin, stdout, stderr)
	case "dap":
		return dapCmd(args[1:], stdin, stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintf(stdout, "monty-lsp %s\n", version)
		return 0
	case "help", "-h", "--help":
		usage(stdout)
		return 0
	}
	fmt.Fprintf(stderr, "monty-lsp: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprint(w, `usage: monty-lsp <command> [arguments]

commands:
  serve [--stdio] [-v] [--debounce D]
               run the language server over stdin/stdout (also: no arguments, --stdio)
  check [--json] [--config FILE] [--profile NAME] [--fix] PATHS...
               report constructs the target Monty rejects, undeclared externals,
               unknown modules and names; exit 1 on errors, 2 on usage/config errors
  ast FILE|-   print FILE's syntax tree as CPython's ast.dump(ast.parse(src))
  run [--config FILE] [--input NAME=JSON]... [--inputs FILE] [--mocks FILE]
      [--host CMD] [--prompt] [--trace] [--json] [--max-duration D] [--max-memory N]
      [--max-allocations N] [--max-recursion N] [--max-output N] FILE
               run FILE as Monty would, with inputs; externals answered by mocks,
               a host command or a prompt; exit 1 if it is rejected, raises or
               hits a limit, 2 on usage/config errors, 3 if a call is unanswered
  dap          serve the Debug Adapter Protocol over stdin/stdout: launch a
               Monty file with inputs and mocks, breakpoints, stepping, variables
  version      print the version
`)
}
