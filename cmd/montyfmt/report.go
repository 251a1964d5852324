package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"

	udiff "github.com/aymanbagabas/go-udiff"

	"github.com/monty-tools/monty-tools/format"
	"github.com/monty-tools/monty-tools/internal/atomicfile"
)

// report writes the results in input order (formatted text, file list,
// diffs and errors) and returns the exit code.
func report(s *settings, results []*result, stdout, stderr io.Writer) int {
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	var changed, unchanged, failed int
	for _, r := range results {
		if r.err != nil {
			out.Flush()
			reportError(stderr, r)
			failed++
			continue
		}
		if !r.changed {
			unchanged++
		} else {
			changed++
		}
		if err := emit(s, r, out); err != nil {
			out.Flush()
			fmt.Fprintf(stderr, "montyfmt: %v\n", err)
			failed++
		}
	}
	out.Flush()
	summary(s, stderr, changed, unchanged, failed)
	switch {
	case failed > 0:
		return exitChanged
	case changed > 0 && (s.check || s.diff && !s.write):
		return exitChanged
	}
	return exitOK
}

// emit does what the mode asks with one formatted input.
func emit(s *settings, r *result, out io.Writer) error {
	if s.diff && r.changed {
		fmt.Fprint(out, udiff.Unified(r.job.name, r.job.name, string(r.src), string(r.out)))
	}
	switch {
	case s.check:
		if r.changed {
			fmt.Fprintf(out, "would reformat: %s\n", r.job.name)
		}
	case s.write:
		if r.changed {
			return atomicfile.Replace(r.job.path, r.out)
		}
	case !s.diff:
		_, err := out.Write(r.out)
		return err
	}
	return nil
}

// reportError explains why an input was left as it was.
func reportError(w io.Writer, r *result) {
	var syn *format.SyntaxError
	var unstable *format.UnstableError
	var pe panicError
	switch {
	case errors.As(r.err, &syn):
		// The error names the file, line and column already.
		fmt.Fprintf(w, "%v\n", r.err)
		fmt.Fprintf(w, "montyfmt: %s: not formatted: it has a syntax error\n", r.job.name)
	case errors.As(r.err, &unstable):
		bugReport(w, r.job.name, unstable.Reason)
	case errors.As(r.err, &pe):
		bugReport(w, r.job.name, pe.Error())
	default:
		fmt.Fprintf(w, "montyfmt: %v\n", r.err)
	}
}

// bugReport explains a failure of the formatter's own safety checks.
func bugReport(w io.Writer, name, reason string) {
	fmt.Fprintf(w, "montyfmt: %s: not formatted: this is a bug in montyfmt, please report it with the file (%s)\n", name, reason)
}

// summary prints ruff-style counts after -w and --check runs over files.
func summary(s *settings, w io.Writer, changed, unchanged, failed int) {
	if !s.write && !s.check || s.readsStdin() {
		return
	}
	verb := "reformatted"
	if s.check {
		verb = "would be reformatted"
	}
	msg := fmt.Sprintf("%s %s, %s left unchanged", files(changed), verb, files(unchanged))
	if failed > 0 {
		msg += fmt.Sprintf(", %s could not be formatted", files(failed))
	}
	fmt.Fprintln(w, msg)
}

// files formats a count of files.
func files(n int) string {
	if n == 1 {
		return "1 file"
	}
	return fmt.Sprintf("%d files", n)
}
