// Command montyfmt formats Monty (Python) source files the way `ruff
// format` does, with the command-line conventions of gofmt, Black and
// ruff:
//
//	montyfmt [flags] [paths...]
//
// With no paths, or the path "-", it formats standard input to standard
// output. Folders are searched for *.py files, honouring the include and
// exclude patterns of monty.toml and .gitignore files. A file is only
// ever replaced atomically (-w), and never when it has a syntax error or
// when the formatter's own safety checks fail.
package main

import (
	"io"
	"os"

	"github.com/monty-tools/monty-tools/internal/gctune"
)

// version is the release version, set by the build (-ldflags -X); see
// versionString for `go install` builds.
var version = "devel"

func main() {
	gctune.Apply()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit codes, as documented in the usage text.
const (
	exitOK      = 0 // every file formatted (or already formatted)
	exitChanged = 1 // --check/--diff found changes, or a file could not be formatted
	exitUsage   = 2 // bad flags, paths or configuration
)

// run is the whole command; it returns the process exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runWith(args, stdin, stdout, stderr, sourceFormatter)
}

// runWith is run with the formatter as a parameter, so that tests can
// make it fail in ways the real one must not.
func runWith(args []string, stdin io.Reader, stdout, stderr io.Writer, f formatter) int {
	s, code := parseFlags(args, stdout, stderr)
	if s == nil {
		return code
	}
	jobs, err := collect(s)
	if err != nil {
		reportSetupError(stderr, err)
		return exitUsage
	}
	results := formatAll(jobs, stdin, f)
	return report(s, results, stdout, stderr)
}
