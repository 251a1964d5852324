package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/monty-tools/monty-tools/internal/runner"
	"github.com/monty-tools/monty-tools/interp"
)

// Exit codes of `monty-lsp run`.
const (
	runOK        = 0 // the program ran to its end
	runFailed    = 1 // rejected at load time, calls undeclared externals, raised, or hit a limit
	runUsage     = 2 // usage, configuration, inputs or mocks
	runHostError = 3 // a call could not be answered: the host command failed (crashed, bad output, timeout) or the prompt's input ended
)

// runFlags are the flags of `monty-lsp run`.
type runFlags struct {
	opts   runner.Options
	inputs []string
	limits interp.Limits
	json   bool
	trace  bool
	prompt bool
}

// runCmd implements `monty-lsp run FILE`: run the file as Monty would,
// with inputs, its external calls answered by mocks, a host command or
// the terminal, print its output and then the repr of its result. An
// uncaught exception prints a Monty-style traceback on stderr. See
// runUsageText for the flags and runner's package comment for the host
// protocol.
func runCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var f runFlags
	fs := f.flagSet(stderr)
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return runOK
		}
		return runUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return runUsage
	}
	f.opts.Inputs = map[string]json.RawMessage{}
	for _, in := range f.inputs {
		if err := runner.ParseInputFlag(f.opts.Inputs, in); err != nil {
			fmt.Fprintf(stderr, "monty-lsp run: %v\n", err)
			return runUsage
		}
	}
	f.opts.HostStderr = stderr
	if f.prompt || (f.opts.Host == "" && isTerminal(stdin)) {
		f.opts.Prompt = runner.NewPrompt(stdin, stderr)
	}
	prep, err := runner.Prepare(fs.Arg(0), nil, f.opts)
	if err != nil {
		return printSetupError(stderr, err) // no report: the extension's tests expect none
	}
	return f.run(prep, stdout, stderr)
}

// flagSet declares the flags into f.
func (f *runFlags) flagSet(stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.opts.Config, "config", "", "use this monty.toml instead of searching from the file")
	fs.StringVar(&f.opts.InputsFile, "inputs", "", "JSON file with an object of input values")
	fs.StringVar(&f.opts.MocksFile, "mocks", "", "JSON file with an object of external-function mocks")
	fs.StringVar(&f.opts.Host, "host", "", "answer external calls without a mock with this `command` (JSON lines on its stdin/stdout)")
	fs.DurationVar(&f.opts.HostTimeout, "host-timeout", runner.DefaultHostTimeout, "how long the host may take to answer one call")
	fs.BoolVar(&f.prompt, "prompt", false, "ask for the answer of calls without a mock or host on stdin (default when stdin is a terminal)")
	fs.BoolVar(&f.json, "json", false, "print one JSON object: result, repr, stdout, error, calls, usage")
	fs.BoolVar(&f.trace, "trace", false, "print each external call and, at the end, the resources used, on stderr")
	fs.Func("input", "an input value as `NAME=JSON` (repeatable)", func(s string) error {
		f.inputs = append(f.inputs, s)
		return nil
	})
	limitFlags(fs, &f.limits)
	fs.Usage = func() {
		fmt.Fprint(stderr, runUsageText)
		fs.PrintDefaults()
	}
	return fs
}

// runUsageText heads the usage message of `run`.
const runUsageText = `usage: monty-lsp run [flags] FILE

Runs FILE as Monty would and prints its output, then the repr of its last
expression. External calls are answered, in this order, by a mock
(--mocks), the host command (--host) or a prompt on the terminal.
Limits default to Monty's: none, except a recursion depth of 1000.
Exit status: 0 ran to the end; 1 rejected, called an undeclared external,
raised or hit a limit;
2 usage, configuration, inputs or mocks; 3 an external call could not
be answered (the host command failed, the prompt's input ended).

`

// printSetupError prints why the file could not run and returns the exit
// code.
func printSetupError(stderr io.Writer, err error) int {
	var se *runner.SetupError
	if !errors.As(err, &se) {
		fmt.Fprintf(stderr, "monty-lsp run: %v\n", err)
		return runUsage
	}
	for _, l := range se.Lines {
		if se.Located {
			fmt.Fprintln(stderr, l)
		} else {
			fmt.Fprintf(stderr, "monty-lsp run: %s\n", l)
		}
	}
	return se.Exit
}

// run executes the prepared file and prints the outcome.
func (f *runFlags) run(prep *runner.Prepared, stdout, stderr io.Writer) int {
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	ro := runner.RunOptions{Limits: f.limits}
	if !f.json {
		ro.Stdout = out
	}
	prog := f.watch(prep, out, stderr)
	if prog != nil {
		defer prog.stop()
		if ro.Stdout != nil {
			ro.Stdout = prog.around(out)
		}
	}
	rep := prep.Run(ctx, ro)
	if prog != nil {
		prog.stop()
	}
	if f.trace && prep.Rejected == nil {
		traceUsage(stderr, rep.Usage)
	}
	if f.json {
		printJSON(out, rep)
	} else if rep.Repr != nil {
		fmt.Fprintln(out, *rep.Repr)
	}
	out.Flush()
	if rep.Error == nil {
		return runOK
	}
	if !f.json {
		printRunError(stderr, prep, rep.Error)
	}
	if rep.Error.Type == runner.ErrorHost {
		return runHostError
	}
	return runFailed
}

// watch sets up what the user sees while the run goes on: the trace of
// each call (after the program's output so far) and, on a terminal, the
// progress line, which it returns (nil when there is none), kept off the
// screen while a trace line or a question is written.
func (f *runFlags) watch(prep *runner.Prepared, out *bufio.Writer, stderr io.Writer) *progress {
	var prog *progress
	if isTerminal(stderr) {
		prog = startProgress(stderr, prep.Externals, progressDelay, progressEvery)
		if f.opts.Prompt != nil {
			f.opts.Prompt.OnAsk = func(asking bool) {
				if asking {
					prog.hold()
					out.Flush()
				} else {
					prog.release()
				}
			}
		}
	}
	if f.trace {
		prep.Externals.OnCall = func(c *runner.Call) {
			if prog != nil {
				prog.hold()
				defer prog.release()
			}
			out.Flush()
			traceCall(stderr, c)
		}
	}
	return prog
}

// printRunError prints how the run ended as the Monty CLI does: "error:"
// and the traceback for a load-time rejection, the traceback for an
// exception.
func printRunError(stderr io.Writer, prep *runner.Prepared, e *runner.RunError) {
	switch {
	case prep.Rejected != nil:
		fmt.Fprintf(stderr, "error:\n%s\n", e.Traceback)
	case e.Traceback != "":
		fmt.Fprintln(stderr, e.Traceback)
	case e.Type == runner.ErrorHost && e.Line != nil:
		fmt.Fprintf(stderr, "monty-lsp run: %s:%d: %s\n", prep.Path, *e.Line, e.Message)
	case e.Type == runner.ErrorHost || e.Type == runner.ErrorCancelled:
		fmt.Fprintf(stderr, "monty-lsp run: %s\n", e.Message)
	default:
		fmt.Fprintf(stderr, "%s: %s\n", e.Type, e.Message)
	}
}

// printJSON prints a report as `run --json` does.
func printJSON(w io.Writer, rep *runner.Report) {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	enc.Encode(rep)
}
