package main

import (
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"strings"
)

// settings holds what the command line asked for.
type settings struct {
	write, check, diff bool
	configPath         string
	stdinName          string
	paths              []string
	// Formatter options given as flags; set[name] tells which were given,
	// since they override the configuration only then.
	lineLength, indentWidth int
	quoteStyle              string
	skipMagic               bool
	set                     map[string]bool
}

const usageText = `usage: montyfmt [flags] [paths...]

Formats Monty (Python) files as ruff format does. With no paths, or "-",
formats standard input to standard output. Folders are searched for *.py
files, honouring include/exclude in monty.toml and .gitignore files.
Without -w, --check or --diff, formatted files are written to standard output.

Options come from the flags, else from the nearest monty.toml [monty.format]
or pyproject.toml [tool.monty.format], [tool.ruff.format] or [tool.ruff].

flags:
`

const exitText = `
exit codes:
  0  success: every file is (now) formatted
  1  --check or --diff found a file that would change, or a file could not be
     formatted (syntax error, I/O error, formatter bug); such files are left untouched
  2  usage or configuration error
`

// parseFlags parses the command line. It returns nil and an exit code
// when the command is done (help, version) or the flags are wrong.
func parseFlags(args []string, stdout, stderr io.Writer) (*settings, int) {
	s := &settings{set: map[string]bool{}}
	fs := flag.NewFlagSet("montyfmt", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.BoolVar(&s.write, "w", false, "write the result back to each file (atomically; permissions kept)")
	fs.BoolVar(&s.write, "write", false, "same as -w")
	fs.BoolVar(&s.check, "check", false, "write nothing; list the files that would change and exit 1 if any")
	fs.BoolVar(&s.diff, "diff", false, "print a unified diff of the changes; exit 1 if any (unless -w)")
	fs.IntVar(&s.lineLength, "line-length", 0, "line width to fit code into (1-320; default 88)")
	fs.IntVar(&s.indentWidth, "indent-width", 0, "spaces per indentation level (1-16; default 4)")
	fs.StringVar(&s.quoteStyle, "quote-style", "", `preferred string quotes: "double" (default), "single" or "preserve"`)
	fs.BoolVar(&s.skipMagic, "skip-magic-trailing-comma", false, "join bracketed lists that end in a comma when they fit")
	fs.StringVar(&s.configPath, "config", "", "use this monty.toml or pyproject.toml instead of searching for one")
	fs.StringVar(&s.stdinName, "stdin-filename", "", "name standard input in messages and find its configuration from there")
	showVersion := fs.Bool("version", false, "print the version and exit")
	help := false
	fs.BoolVar(&help, "h", false, "print this help")
	fs.BoolVar(&help, "help", false, "print this help")
	fs.Usage = func() { printUsage(fs, stderr) }

	flagArgs, rest := splitDashDash(args)
	for {
		if err := fs.Parse(flagArgs); err != nil {
			if err == flag.ErrHelp {
				printUsage(fs, stdout)
				return nil, exitOK
			}
			return nil, exitUsage
		}
		if fs.NArg() == 0 {
			break
		}
		// Flags may follow paths, as in ruff and Black.
		s.paths = append(s.paths, fs.Arg(0))
		flagArgs = fs.Args()[1:]
	}
	s.paths = append(s.paths, rest...)
	fs.Visit(func(f *flag.Flag) { s.set[f.Name] = true })
	switch {
	case help:
		printUsage(fs, stdout)
		return nil, exitOK
	case *showVersion:
		fmt.Fprintf(stdout, "montyfmt %s\n", versionString())
		return nil, exitOK
	}
	if err := s.validate(); err != nil {
		fmt.Fprintf(stderr, "montyfmt: %v\n", err)
		fmt.Fprintln(stderr, "run 'montyfmt -h' for usage")
		return nil, exitUsage
	}
	return s, exitOK
}

// splitDashDash splits args at the first "--": what follows is paths.
func splitDashDash(args []string) (flags, paths []string) {
	for i, a := range args {
		if a == "--" {
			return args[:i], args[i+1:]
		}
	}
	return args, nil
}

// validate checks the flag values and their combinations.
func (s *settings) validate() error {
	switch {
	case s.set["line-length"] && (s.lineLength < 1 || s.lineLength > 320):
		return fmt.Errorf("--line-length %d: want an integer from 1 to 320", s.lineLength)
	case s.set["indent-width"] && (s.indentWidth < 1 || s.indentWidth > 16):
		return fmt.Errorf("--indent-width %d: want an integer from 1 to 16", s.indentWidth)
	case s.set["quote-style"] && s.quoteStyle != "double" && s.quoteStyle != "single" && s.quoteStyle != "preserve":
		return fmt.Errorf(`--quote-style %q: want "double", "single" or "preserve"`, s.quoteStyle)
	case s.write && s.check:
		return fmt.Errorf("-w and --check cannot be used together")
	}
	if s.write && s.readsStdin() {
		return fmt.Errorf("-w cannot write back to standard input")
	}
	if s.stdinName != "" && !s.readsStdin() {
		return fmt.Errorf("--stdin-filename needs standard input (no paths, or -)")
	}
	stdin := 0
	for _, p := range s.paths {
		if p == "-" {
			stdin++
		}
	}
	if stdin > 0 && len(s.paths) > 1 {
		return fmt.Errorf("- (standard input) cannot be mixed with other paths")
	}
	return nil
}

// readsStdin reports whether the input is standard input.
func (s *settings) readsStdin() bool {
	return len(s.paths) == 0 || len(s.paths) == 1 && s.paths[0] == "-"
}

// printUsage writes the help text, the flags and the exit codes.
func printUsage(fs *flag.FlagSet, w io.Writer) {
	fmt.Fprint(w, usageText)
	fs.SetOutput(w)
	fs.VisitAll(func(f *flag.Flag) {
		name := "--" + f.Name
		if len(f.Name) == 1 {
			name = "-" + f.Name
		}
		typ, usage := flag.UnquoteUsage(f)
		if typ != "" {
			name += " " + typ
		}
		fmt.Fprintf(w, "  %s\n    \t%s\n", name, strings.ReplaceAll(usage, "\n", "\n    \t"))
	})
	fmt.Fprint(w, exitText)
}

// versionString is the -ldflags version, or the module version of a
// `go install ...@vX` build, or "devel".
func versionString() string {
	if version != "devel" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return version
}
