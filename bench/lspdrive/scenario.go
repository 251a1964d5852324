package main

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/monty-tools/monty-tools/source"
)

// limits bound the waits of one run.
type limits struct {
	edits, requests int           // how many edits and requests of each kind
	timeout         time.Duration // one edit's or request's wait
	openTimeout     time.Duration // initialize and the first diagnostics
	budget          time.Duration // one loop of edits or requests
	seed            uint64
	detail          bool // print more of each distribution
}

// samples are the latencies of one kind of operation. Timed-out
// operations count as infinitely slow.
type samples struct {
	d        []time.Duration
	timeouts int
	errs     int
	firstErr error
	na       bool // the server does not implement the method
}

func (s *samples) add(d time.Duration, err error) {
	switch {
	case err == nil:
		s.d = append(s.d, d)
	case errors.Is(err, errTimeout):
		s.timeouts++
	default:
		s.errs++
		if s.firstErr == nil {
			s.firstErr = err
		}
	}
}

// n is the number of operations that completed or timed out.
func (s *samples) n() int { return len(s.d) + s.timeouts }

// percentile returns the nearest-rank q-th percentile (0 < q <= 100), and
// false when it falls on a timed-out operation or there are no samples.
func (s *samples) percentile(q float64) (time.Duration, bool) {
	n := s.n()
	if n == 0 {
		return 0, false
	}
	d := slices.Clone(s.d)
	slices.Sort(d)
	i := int(float64(n)*q/100+0.999999) - 1
	i = max(i, 0)
	if i >= len(d) {
		return 0, false
	}
	return d[i], true
}

// result is one server's measurements on one project.
type result struct {
	err        error // the run could not complete
	first      samples
	edits      samples
	hover      samples
	completion samples
	typedComp  samples // completion right after a keystroke, before its diagnostics
	rss        int64
	procs      int
}

// measure runs the whole scenario for one server on one project.
func measure(argv []string, p *project, lim limits) *result {
	r := &result{}
	c, err := start(argv, p.dir)
	if err != nil {
		r.err = err
		return r
	}
	defer c.close()
	if err := initialize(c, p, lim.openTimeout); err != nil {
		r.err = fmt.Errorf("initialize: %w; stderr: %s", err, c.stderr.String())
		return r
	}
	sent := time.Now()
	c.notifyServer("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": p.uri, "languageId": "python", "version": 1, "text": string(p.src)}})
	at, err := c.waitDiags(p.uri, 1, sent, lim.openTimeout)
	r.first.add(at.Sub(sent), err)
	if err != nil && !errors.Is(err, errTimeout) {
		r.err = err
		return r
	}
	version := 1
	r.edits = typeEdits(c, p, lim, &version)
	rng := rand.New(rand.NewPCG(lim.seed, 0x5eed))
	r.hover = requests(c, p, lim, rng, "textDocument/hover", nil)
	r.completion = requests(c, p, lim, rng, "textDocument/completion", map[string]any{"triggerKind": 1})
	r.typedComp = typedCompletions(c, p, lim, &version)
	r.rss, r.procs = peakRSS(c.cmd.Process.Pid)
	return r
}

// initialize runs the initialize handshake with a client that supports
// versioned diagnostics, Markdown hovers and workspace configuration.
func initialize(c *conn, p *project, timeout time.Duration) error {
	root := "file://" + filepath.ToSlash(p.dir)
	params := map[string]any{
		"processId": os.Getpid(), "rootUri": root, "rootPath": p.dir,
		"clientInfo":       map[string]any{"name": "lspdrive"},
		"workspaceFolders": []any{map[string]any{"uri": root, "name": filepath.Base(p.dir)}},
		"capabilities": map[string]any{
			"textDocument": map[string]any{
				"synchronization":    map[string]any{"didSave": true},
				"publishDiagnostics": map[string]any{"versionSupport": true},
				"hover":              map[string]any{"contentFormat": []string{"markdown", "plaintext"}},
				"completion":         map[string]any{"completionItem": map[string]any{"snippetSupport": false}},
			},
			"workspace": map[string]any{"configuration": true, "workspaceFolders": true},
		},
	}
	if _, _, err := c.call("initialize", params, timeout); err != nil {
		return err
	}
	return c.notifyServer("initialized", map[string]any{})
}

// typedEdit returns the i-th edit of the typing sequence at pos: cycles of
// four characters typed into the identifier and then deleted with
// backspace, so that every eighth edit restores the original text.
func typedEdit(pos source.Position, i int) map[string]any {
	k := i % 8
	at := func(c uint32) map[string]any { return map[string]any{"line": pos.Line, "character": c} }
	if k < 4 {
		c := pos.Character + uint32(k)
		return map[string]any{"range": map[string]any{"start": at(c), "end": at(c)}, "text": string("wxyz"[k])}
	}
	c := pos.Character + uint32(7-k)
	return map[string]any{"range": map[string]any{"start": at(c), "end": at(c + 1)}, "text": ""}
}

// typeEdits sends the typed edits one at a time, each time waiting for the
// diagnostics of the new version. When the budget runs out or the server
// times out three times, the rest of the current cycle is sent without
// waiting, so the document ends as it began.
func typeEdits(c *conn, p *project, lim limits, v *int) samples {
	var s samples
	deadline := time.Now().Add(lim.budget)
	version := *v
	defer func() { *v = version }()
	i := 0
	for ; i < lim.edits; i++ {
		if time.Now().After(deadline) || s.timeouts >= 3 {
			break
		}
		version++
		sent := time.Now()
		c.notifyServer("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": p.uri, "version": version},
			"contentChanges": []any{typedEdit(p.edit, i)}})
		at, err := c.waitDiags(p.uri, version, sent, lim.timeout)
		s.add(at.Sub(sent), err)
	}
	for ; i%8 != 0; i++ {
		version++
		c.notifyServer("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": p.uri, "version": version},
			"contentChanges": []any{typedEdit(p.edit, i)}})
	}
	return s
}

// typedCompletions types as typeEdits does and asks for completion at
// the cursor right after each keystroke, without waiting for the
// keystroke's diagnostics, as an editor asks while the user types; it
// measures the completions. The document ends as it began.
func typedCompletions(c *conn, p *project, lim limits, v *int) samples {
	var s samples
	deadline := time.Now().Add(lim.budget)
	i := 0
	for ; i < lim.requests || i%8 != 0; i++ {
		*v++
		c.notifyServer("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": p.uri, "version": *v},
			"contentChanges": []any{typedEdit(p.edit, i)}})
		if i >= lim.requests || time.Now().After(deadline) || s.timeouts >= 3 {
			continue // finish the cycle
		}
		cursor := p.edit
		if k := i % 8; k < 4 {
			cursor.Character += uint32(k + 1)
		} else {
			cursor.Character += uint32(7 - k)
		}
		params := map[string]any{"textDocument": map[string]any{"uri": p.uri}, "position": cursor,
			"context": map[string]any{"triggerKind": 1}}
		_, d, err := c.call("textDocument/completion", params, lim.timeout)
		var rerr *rpcError
		if errors.As(err, &rerr) && rerr.Code == codeMethodNotFound {
			s.na = true
			continue
		}
		s.add(d, err)
	}
	return s
}

// requests sends lim.requests requests of method, one at a time, at random
// identifiers. A MethodNotFound answer marks the method not implemented.
func requests(c *conn, p *project, lim limits, rng *rand.Rand, method string, context any) samples {
	var s samples
	deadline := time.Now().Add(lim.budget)
	for range lim.requests {
		if time.Now().After(deadline) || s.timeouts >= 3 {
			break
		}
		params := map[string]any{"textDocument": map[string]any{"uri": p.uri},
			"position": p.idents[rng.IntN(len(p.idents))]}
		if context != nil {
			params["context"] = context
		}
		_, d, err := c.call(method, params, lim.timeout)
		var rerr *rpcError
		if errors.As(err, &rerr) && rerr.Code == codeMethodNotFound {
			s.na = true
			return s
		}
		s.add(d, err)
	}
	return s
}

// printDetail prints more of each latency distribution than the table:
// the median, p90, p99 and the three slowest operations.
func (r *result) printDetail(w io.Writer, name string, lines int) {
	for _, k := range []struct {
		what string
		s    *samples
	}{{"keystroke", &r.edits}, {"hover", &r.hover}, {"completion", &r.completion}, {"typed compl.", &r.typedComp}} {
		d := slices.Clone(k.s.d)
		slices.Sort(d)
		if len(d) == 0 {
			continue
		}
		p := func(q float64) time.Duration { return d[min(len(d)-1, int(float64(len(d))*q))] }
		top := d[max(0, len(d)-3):]
		fmt.Fprintf(w, "lspdrive: %s %d lines %-10s p50 %v p90 %v p99 %v slowest %v (%d samples, %d timeouts)\n",
			name, lines, k.what, p(0.5), p(0.9), p(0.99), top, len(d), k.s.timeouts)
	}
}
