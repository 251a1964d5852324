package main

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/sourcegraph/conc/iter"

	"github.com/monty-tools/monty-tools/format"
)

// formatter formats one source; format.Source in production.
type formatter func(filename string, src []byte, opt format.Options) ([]byte, error)

// sourceFormatter is the real formatter.
func sourceFormatter(filename string, src []byte, opt format.Options) ([]byte, error) {
	return format.Source(filename, src, opt)
}

// result is the outcome of formatting one job.
type result struct {
	job     *job
	src     []byte // the input as read
	out     []byte // the formatted input; nil when err is set
	changed bool
	err     error
}

// formatAll formats the jobs in parallel, keeping their order. Standard
// input is read only when a job asks for it.
func formatAll(jobs []*job, stdin io.Reader, f formatter) []*result {
	return iter.Map(jobs, func(j **job) *result {
		return formatJob(*j, stdin, f)
	})
}

// formatJob reads one input and formats it.
func formatJob(j *job, stdin io.Reader, f formatter) *result {
	r := &result{job: j}
	var err error
	if j.stdin {
		r.src, err = io.ReadAll(stdin)
	} else {
		r.src, err = os.ReadFile(j.path)
	}
	if err != nil {
		r.err = err
		return r
	}
	r.out, r.err = formatBytes(j.name, r.src, j.opts, f)
	r.changed = r.err == nil && !bytes.Equal(r.src, r.out)
	return r
}

// formatBytes formats src. A byte-order mark and the line endings are
// format.Source's business (it keeps both, judging CRLF by the first
// line as ruff does); here a panic in the formatter is turned into an
// error, so that one file cannot take the others down.
func formatBytes(name string, src []byte, opt format.Options, f formatter) (out []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, panicError{p}
		}
	}()
	return f(name, src, opt)
}

// panicError is a panic of the formatter, reported as a bug.
type panicError struct{ value any }

func (e panicError) Error() string { return fmt.Sprintf("formatter panic: %v", e.value) }
