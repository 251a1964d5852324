package lsp

import (
	"bytes"
	"slices"
	"sync"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/source"
)

// A keystroke changes a few of a document's diagnostics, yet each
// publication lists them all: on the 2,000-line file of bench/lsp,
// converting their spans to LSP positions and encoding them was a fifth
// of a keystroke's work. pubCache keeps the encoding of the last
// publication and copies what an edit did not move: the diagnostics that
// end before the edit are the same bytes, and so are those past the line
// of the edit when the edit added or removed no line break (typing within
// a line); only the ones between are encoded again. The result is the
// same bytes as encoding everything (pubcache_test.go compares them after
// random edits).

// pubCache is the last publication of one document's diagnostics.
type pubCache struct {
	mu      sync.Mutex
	content []byte                // the text they were published for
	ds      []analysis.Diagnostic // the diagnostics, shown or not
	enc     []byte                // ",{...}" per shown diagnostic, in order
	ends    []int                 // ends[i]: where ds[i]'s encoding ends in enc
	spare   []byte                // the buffer before enc, reused for the next one
	spareE  []int                 // the array before ends, likewise
}

// appendPublish appends the notification that publishes ds, the
// diagnostics of content, and then extra: ds as appendAnalysisDiagnostic
// encodes them (those shown), then extra as appendProtocolDiagnostics
// does, reusing what it can of the last publication; the result becomes
// the cache.
func (c *pubCache) appendPublish(b []byte, u protocol.DocumentURI, version int32, m *source.Mapper,
	content []byte, ds []analysis.Diagnostic, extra []protocol.Diagnostic) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	pre, oldSuf, newSuf := c.reusable(content, ds)
	enc, ends := c.spare[:0], c.spareE[:0]
	if pre > 0 {
		enc = append(enc, c.enc[:c.ends[pre-1]]...)
		ends = append(ends, c.ends[:pre]...)
	}
	cur := m.Cursor()
	for i := pre; i < newSuf; i++ {
		d := &ds[i]
		if shown(d) {
			enc = append(enc, ',')
			enc = appendAnalysisDiagnostic(enc, &cur, d)
		}
		ends = append(ends, len(enc))
	}
	if newSuf < len(ds) {
		from := 0
		if oldSuf > 0 {
			from = c.ends[oldSuf-1]
		}
		shift := len(enc) - from
		enc = append(enc, c.enc[from:]...)
		for _, e := range c.ends[oldSuf:] {
			ends = append(ends, e+shift)
		}
	}
	c.spare, c.spareE = c.enc, c.ends
	c.content, c.ds, c.enc, c.ends = content, ds, enc, ends

	b = appendPublishStart(b, u, version, 0)
	b = slices.Grow(b, len(enc)+64)
	first := len(enc) == 0
	if !first {
		b = append(b, enc[1:]...) // without the first separator
	}
	b, ok := appendProtocolDiagnostics(b, extra, first)
	return append(b, "]}}"...), ok
}

// reusable returns how many of ds, from the start, are encoded as the
// cached ones (pre), and where the run at the end of ds that is encoded
// as the end of the cache starts, in the cache (oldSuf) and in ds
// (newSuf); newSuf == len(ds) when there is none.
func (c *pubCache) reusable(content []byte, ds []analysis.Diagnostic) (pre, oldSuf, newSuf int) {
	old, ods := c.content, c.ds
	if old == nil {
		return 0, len(ods), len(ds)
	}
	p, s := commonAffix(old, content)
	// Before the edit: the text up to a diagnostic is the same, and so
	// its positions.
	for pre < len(ods) && pre < len(ds) && ds[pre].Span == ods[pre].Span &&
		max(ds[pre].Span.Start, ds[pre].Span.End) < source.Offset(p) && sameEncoding(&ods[pre], &ds[pre]) {
		pre++
	}
	oldSuf, newSuf = len(ods), len(ds)
	oldTail, newTail := len(old)-s, len(content)-s
	if hasLineBreak(old[p:oldTail]) || hasLineBreak(content[p:newTail]) || p > 0 && old[p-1] == '\r' {
		// Lines moved, or may have: text typed or deleted after a "\r"
		// splits or joins a "\r\n".
		return pre, oldSuf, newSuf
	}
	// After the edit: a diagnostic on a later line than the edit's keeps
	// its line and character, its offsets move by delta.
	if !hasLineBreak(old[oldTail:]) {
		return pre, oldSuf, newSuf // the edit is on the last line
	}
	next := lineAfter(old, oldTail) // the start of the line after the edit's
	delta := source.Offset(len(content) - len(old))
	for oldSuf > pre && newSuf > pre {
		o, n := &ods[oldSuf-1], &ds[newSuf-1]
		if min(o.Span.Start, o.Span.End) < source.Offset(next) ||
			n.Span.Start != o.Span.Start+delta || n.Span.End != o.Span.End+delta || !sameEncoding(o, n) {
			break
		}
		oldSuf--
		newSuf--
	}
	return pre, oldSuf, newSuf
}

// sameEncoding reports whether a and b encode alike at the same
// positions.
func sameEncoding(a, b *analysis.Diagnostic) bool {
	return a.Severity == b.Severity && a.Unnecessary == b.Unnecessary && a.Code == b.Code && a.Message == b.Message
}

// hasLineBreak reports whether text holds a line break.
func hasLineBreak(text []byte) bool {
	return bytes.IndexByte(text, '\n') >= 0 || bytes.IndexByte(text, '\r') >= 0
}
