package main

import (
	"fmt"
	"io"
	"os"

	"github.com/monty-tools/monty-tools/syntax"
)

// astCmd prints a file's tree in the exact format of CPython's
// ast.dump(ast.parse(src)), so that any file can be diffed against CPython.
// Syntax errors go to stderr as FILE:LINE:COL: message, with exit code 1.
func astCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: monty-lsp ast FILE|-")
		return 2
	}
	name := args[0]
	var src []byte
	var err error
	if name == "-" {
		name = "<stdin>"
		src, err = io.ReadAll(stdin)
	} else {
		src, err = os.ReadFile(name)
	}
	if err != nil {
		fmt.Fprintf(stderr, "monty-lsp: %v\n", err)
		return 2
	}
	f, errs := syntax.Parse(name, src, 0)
	if len(errs) > 0 {
		for _, e := range errs {
			fmt.Fprintln(stderr, e)
		}
		return 1
	}
	fmt.Fprintln(stdout, syntax.Dump(f))
	return 0
}
