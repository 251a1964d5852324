package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"golang.org/x/term"

	"github.com/monty-tools/monty-tools/internal/runner"
	"github.com/monty-tools/monty-tools/interp"
)

// limitFlags declares the resource-limit flags of `run` into l. Their
// defaults are Monty's: no limit, except a recursion depth of 1000.
func limitFlags(fs *flag.FlagSet, l *interp.Limits) {
	fs.Func("max-duration", "stop the run after this wall `time` (2s, 500ms, or seconds; default none)", func(s string) error {
		d, err := interp.ParseDurationLimit(s)
		l.MaxDuration = d
		return err
	})
	fs.Func("max-memory", "stop the run when live values hold more than this `size` (64MiB, 512KB, or bytes; default none)", func(s string) error {
		n, err := interp.ParseByteSize(s)
		l.MaxMemory = n
		return err
	})
	fs.Int64Var(&l.MaxAllocations, "max-allocations", 0, "stop the run after this many heap allocations (default none)")
	fs.IntVar(&l.MaxRecursion, "max-recursion", 0, "maximum Python call depth (default Monty's 1000)")
	fs.Func("max-output", "stop the run when it has printed more than this `size` (default none)", func(s string) error {
		n, err := interp.ParseByteSize(s)
		l.MaxOutput = n
		return err
	})
}

// traceCall prints one external call for --trace.
func traceCall(w io.Writer, c *runner.Call) {
	outcome := "-> " + c.ResultText
	if c.Raise != nil {
		outcome = "raised " + c.Raise.Type
		if c.Raise.Message != "" {
			outcome += ": " + c.Raise.Message
		}
	}
	fmt.Fprintf(w, "trace: %s %s  [%s, %.3fms]\n", c.Text, outcome, c.Source, c.Ms)
}

// traceUsage prints what the run consumed for --trace.
func traceUsage(w io.Writer, u runner.Usage) {
	fmt.Fprintf(w, "trace: usage: %.3fms, peak memory %s, %d allocations, call depth %d, output %s\n",
		u.DurationMs, byteSize(u.PeakMemory), u.Allocations, u.MaxDepth, byteSize(u.OutputBytes))
}

// byteSize renders a byte count with a binary unit.
func byteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// The progress line shows once a run has taken progressDelay, and is
// rewritten every progressEvery.
const (
	progressDelay = time.Second
	progressEvery = 200 * time.Millisecond
)

// progress is the line that shows, on a terminal, the time a long run
// has taken and its external calls so far, rewritten in place. Other
// output to the same terminal (trace lines, prompts) goes through
// interrupt, so that it never lands in the middle of the line.
type progress struct {
	w     io.Writer
	ext   *runner.Externals
	mu    sync.Mutex
	shown bool // the line is on the screen
	held  int  // interrupts in progress: do not draw
	done  chan struct{}
	once  sync.Once
	wg    sync.WaitGroup
}

// startProgress starts the progress line on w once the run has taken
// delay; stop ends it and erases the line.
func startProgress(w io.Writer, ext *runner.Externals, delay, every time.Duration) *progress {
	p := &progress{w: w, ext: ext, done: make(chan struct{})}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		start := time.Now()
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			select {
			case <-p.done:
				p.erase()
				return
			case <-tick.C:
				if el := time.Since(start); el >= delay {
					p.draw(el)
				}
			}
		}
	}()
	return p
}

// draw writes the line, unless an interrupt holds the terminal.
func (p *progress) draw(elapsed time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.held > 0 {
		return
	}
	fmt.Fprintf(p.w, "\r\x1b[Krunning %.1fs, %d external calls", elapsed.Seconds(), p.ext.Count())
	p.shown = true
}

// erase removes the line from the screen.
func (p *progress) erase() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.eraseLocked()
}

// eraseLocked is erase with p.mu held.
func (p *progress) eraseLocked() {
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}

// hold erases the line and keeps it off the screen until release; both
// under one lock, so that no draw slips in between.
func (p *progress) hold() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.eraseLocked()
	p.held++
}

// release lets the line show again.
func (p *progress) release() {
	p.mu.Lock()
	p.held--
	p.mu.Unlock()
}

// around returns w, writing to which keeps the line off the screen (the
// program's output shares the terminal).
func (p *progress) around(w io.Writer) io.Writer {
	return writerFunc(func(b []byte) (int, error) {
		p.hold()
		defer p.release()
		return w.Write(b)
	})
}

// writerFunc is a function as an io.Writer.
type writerFunc func([]byte) (int, error)

// Write calls the function.
func (f writerFunc) Write(b []byte) (int, error) { return f(b) }

// stop ends the progress line and erases it; calls after the first do
// nothing.
func (p *progress) stop() {
	p.once.Do(func() { close(p.done) })
	p.wg.Wait()
}

// isTerminal reports whether f is an interactive terminal (not merely a
// character device such as /dev/null).
func isTerminal(f any) bool {
	file, ok := f.(*os.File)
	return ok && term.IsTerminal(int(file.Fd()))
}
