package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
)

// targets are monty-lsp's goals for one file size; zero means none.
type targets struct {
	keystroke, hover, completion time.Duration
	rss                          int64
}

// targetsFor returns the goals for a file of the requested size.
func targetsFor(lines int) targets {
	switch lines {
	case 2000:
		return targets{keystroke: 5 * time.Millisecond, hover: 2 * time.Millisecond,
			completion: 2 * time.Millisecond, rss: 40 << 20}
	case 20000:
		return targets{keystroke: 50 * time.Millisecond}
	}
	return targets{}
}

// sizeRow is the results of every server on one project.
type sizeRow struct {
	p       *project
	lines   int // as requested
	results []*result
}

// table prints the measurements, one column per server.
type table struct {
	servers []server
	sizes   []sizeRow
	judged  string // the server whose column is checked against the targets
}

func (t *table) print(out io.Writer, lim limits) {
	fmt.Fprintf(out, "LSP benchmark: %d typed edits and %d hover and completion requests per file; "+
		"p50/p99 are nearest-rank percentiles; waits capped at %v per operation, %v per loop.\n",
		lim.edits, lim.requests, lim.timeout, lim.budget)
	if t.judged != "" {
		fmt.Fprintf(out, "Targets are %s's; only its column is checked against them (ok or MISSED).\n", t.judged)
	}
	fmt.Fprintln(out, "Note: this machine is noisy (2 cores shared with other jobs): compare orders of magnitude, "+
		"and rerun before trusting small differences.")
	w := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	head := "\ttarget"
	for _, s := range t.servers {
		head += "\t" + s.name
	}
	fmt.Fprintln(w, head+"\t")
	var notes []string
	for _, row := range t.sizes {
		tg := targetsFor(row.lines)
		fmt.Fprintf(w, "%s lines (%d KB)\t\t%s\n", thousands(row.p.lines), len(row.p.src)/1000, strings.Repeat("\t", len(t.servers)))
		t.line(w, row, "  first diagnostics after didOpen", 0, func(r *result) *samples { return &r.first }, 100)
		t.line(w, row, "  keystroke→diagnostics p50", 0, func(r *result) *samples { return &r.edits }, 50)
		t.line(w, row, "  keystroke→diagnostics p99", tg.keystroke, func(r *result) *samples { return &r.edits }, 99)
		t.line(w, row, "  hover p99", tg.hover, func(r *result) *samples { return &r.hover }, 99)
		t.line(w, row, "  completion p99", tg.completion, func(r *result) *samples { return &r.completion }, 99)
		t.line(w, row, "  completion after a keystroke p99", 0, func(r *result) *samples { return &r.typedComp }, 99)
		t.rssLine(w, row, tg.rss)
		notes = append(notes, rowNotes(t.servers, row, lim)...)
	}
	w.Flush()
	for _, n := range notes {
		fmt.Fprintln(out, n)
	}
}

// line prints one latency row: the q-th percentile of each server's
// samples, checked against target when there is one.
func (t *table) line(w io.Writer, row sizeRow, label string, target time.Duration, pick func(*result) *samples, q float64) {
	cells := label + "\t" + targetCell(target)
	for i, r := range row.results {
		cells += "\t" + latencyCell(r, pick(r), judged(t, i, target), q)
	}
	fmt.Fprintln(w, cells+"\t")
}

func latencyCell(r *result, s *samples, target time.Duration, q float64) string {
	switch {
	case r.err != nil:
		return "error"
	case s.na:
		return "n/a"
	case s.n() == 0 && s.errs > 0:
		return "error"
	case s.n() == 0:
		return "-"
	}
	d, ok := s.percentile(q)
	if !ok {
		if target > 0 {
			return ">timeout" + verdict(false)
		}
		return ">timeout"
	}
	cell := duration(d)
	if target > 0 {
		cell += verdict(d <= target)
	}
	return cell
}

func (t *table) rssLine(w io.Writer, row sizeRow, target int64) {
	cells := "  peak RSS (VmHWM)\t"
	if target > 0 {
		cells += fmt.Sprintf("≤ %d MB", target>>20)
	}
	for i, r := range row.results {
		target := judged(t, i, target)
		switch {
		case r.rss == 0:
			cells += "\t-"
		default:
			cells += fmt.Sprintf("\t%.1f MB", float64(r.rss)/(1<<20))
			if r.procs > 1 {
				cells += fmt.Sprintf(" (%d procs)", r.procs)
			}
			if target > 0 {
				cells += verdict(r.rss <= target)
			}
		}
	}
	fmt.Fprintln(w, cells+"\t")
}

// judged returns the target for server i's column: none unless the
// server is the judged one.
func judged[T time.Duration | int64](t *table, i int, target T) T {
	if t.servers[i].name != t.judged {
		return 0
	}
	return target
}

// rowNotes explains errors, timeouts and short sample counts.
func rowNotes(servers []server, row sizeRow, lim limits) []string {
	var notes []string
	for i, r := range row.results {
		who := fmt.Sprintf("%s, %s lines:", servers[i].name, thousands(row.p.lines))
		if r.err != nil {
			notes = append(notes, fmt.Sprintf("%s %v", who, r.err))
			continue
		}
		for _, k := range []struct {
			what string
			s    *samples
			want int
		}{{"first diagnostics", &r.first, 1}, {"edits", &r.edits, lim.edits}, {"hovers", &r.hover, lim.requests}, {"completions", &r.completion, lim.requests}, {"completions after a keystroke", &r.typedComp, lim.requests}} {
			if k.s.na || (k.s.n() == k.want && k.s.timeouts == 0 && k.s.errs == 0) {
				continue
			}
			note := fmt.Sprintf("%s %s: %d of %d measured, %d timed out (>%v)", who, k.what, k.s.n(), k.want, k.s.timeouts, lim.timeout)
			if k.s.errs > 0 {
				note += fmt.Sprintf(", %d errors (first: %v)", k.s.errs, k.s.firstErr)
			}
			notes = append(notes, note)
		}
	}
	return notes
}

func targetCell(d time.Duration) string {
	if d == 0 {
		return ""
	}
	return fmt.Sprintf("≤ %g ms", float64(d)/float64(time.Millisecond))
}

func verdict(ok bool) string {
	if ok {
		return " ok"
	}
	return " MISSED"
}

// duration formats d with three significant digits.
func duration(d time.Duration) string {
	ms := float64(d) / float64(time.Millisecond)
	switch {
	case ms >= 1000:
		return fmt.Sprintf("%.2f s", ms/1000)
	case ms >= 100:
		return fmt.Sprintf("%.0f ms", ms)
	case ms >= 10:
		return fmt.Sprintf("%.1f ms", ms)
	}
	return fmt.Sprintf("%.2f ms", ms)
}

// thousands formats n with comma separators.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
