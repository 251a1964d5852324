package lsp

import (
	"sync"
	"time"

	"github.com/monty-tools/monty-tools/source"
)

// Completion is asked for as the user types, so its snapshot is usually
// one the server has not analysed yet: the analysis that records what
// names resolve to (snapshot.Resolved) is a full check of the file, tens
// of milliseconds on a large one, and it is not on the diagnostics' path.
// Rather than wait for it, a completion takes its names from the latest
// version of the document whose analysis is done, at the cursor's place
// in that version's text, and the text being typed from the current
// version; the latest version is analysed in the background once the
// edits pause, for the requests that follow. Bindings in the text changed since that version
// are left out: they may be half-typed names. Names bound by the new text
// are missing until its analysis is done, a keystroke or two later.

// resolvedBase records, per document, the latest version whose Resolved
// analysis is done, and whether one is being made in the background.
type resolvedBase struct {
	mu        sync.Mutex
	snap      *snapshot
	resolving bool
	cost      time.Duration // how long the last analysis took
}

// note records that snap's analysis is done, unless a later version's
// is, and that it took cost.
func (b *resolvedBase) note(snap *snapshot, cost time.Duration) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.cost = cost
	if b.snap == nil || snap.Version >= b.snap.Version {
		b.snap = snap
	}
}

// nameSource is where a completion's program names come from.
type nameSource struct {
	snap  *snapshot     // a snapshot whose Resolved analysis is done (or the current one)
	off   source.Offset // the cursor, in snap's text
	stale source.Span   // snap's text that the current version changed
	diff  textDiff      // snap's text -> the current text
}

// textDiff describes a change between two texts as the one span that
// differs: [start, oldEnd) in the old text became [start, newEnd) in the
// new.
type textDiff struct {
	start, oldEnd, newEnd source.Offset
}

// diffTexts returns the span where old and new differ.
func diffTexts(old, new []byte) textDiff {
	p, s := commonAffix(old, new)
	return textDiff{start: source.Offset(p), oldEnd: source.Offset(len(old) - s), newEnd: source.Offset(len(new) - s)}
}

// toOld maps an offset of the new text to the old one; offsets in the
// changed text map to its start.
func (d textDiff) toOld(off source.Offset) source.Offset {
	switch {
	case off <= d.start:
		return off
	case off >= d.newEnd:
		return off - d.newEnd + d.oldEnd
	}
	return d.start
}

// toNew maps an offset of the old text to the new one; offsets in the
// changed text map to its start.
func (d textDiff) toNew(off source.Offset) source.Offset {
	switch {
	case off <= d.start:
		return off
	case off >= d.oldEnd:
		return off - d.oldEnd + d.newEnd
	}
	return d.start
}

// completionNames returns where the names of a completion at off in snap
// come from, and the cursor: snap itself when its analysis is done or no
// older one is, else the latest analysed version, whose text is diffed
// with snap's; then snap is analysed in the background (by s, when s is
// not nil).
func (s *server) completionNames(snap *snapshot, off source.Offset) (nameSource, *cursor) {
	base := snap.tracker.resolved.get(snap)
	if base == snap {
		f, _ := snap.Resolved()
		return nameSource{snap: snap, off: off, stale: source.Span{Start: -1, End: -1}}, cursorAt(f, snap.Content, off)
	}
	if s != nil {
		s.resolveLater(snap)
	}
	d := diffTexts(base.Content, snap.Content)
	boff := d.toOld(off)
	f, _ := base.Resolved()
	start := d.toNew(statementStart(f, boff))
	c := cursorFrom(snap.Content, off, start)
	return nameSource{snap: base, off: boff, stale: source.Span{Start: d.start, End: d.oldEnd}, diff: d}, c
}

// get returns the snapshot to take cur's names from: cur when its
// analysis is done or there is no analysed version to fall back on. The
// version may belong to an older project generation (a reload makes new
// snapshots of every open document): the names a program binds do not
// depend on the project, and those the project provides come from cur.
func (b *resolvedBase) get(cur *snapshot) *snapshot {
	if cur.resolvedDone.Load() {
		return cur
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.snap == nil {
		return cur
	}
	return b.snap
}

// hasNames reports whether a completion in snap has names to take
// without analysing: snap's own or an earlier version's.
func (s *snapshot) hasNames() bool {
	return s.tracker.resolved.get(s).resolvedDone.Load() // get holds only analysed versions
}

// resolveIdle is how long a document must go without an edit before the
// background analysis of its latest version starts, at least; for a file
// whose analysis takes longer, twice that time. While the user types,
// completions take their names from the last analysed version, and the
// CPU goes to the keystrokes' diagnostics rather than to analyses that
// the next keystroke makes obsolete.
const resolveIdle = 150 * time.Millisecond

// resolveLater analyses the document of snap in the background once its
// edits pause (see resolveIdle), unless a goroutine already waits to.
func (s *server) resolveLater(snap *snapshot) {
	b := &snap.tracker.resolved
	b.mu.Lock()
	if b.resolving {
		b.mu.Unlock()
		return
	}
	b.resolving = true
	b.mu.Unlock()
	started := s.goTracked(func() {
		defer func() {
			b.mu.Lock()
			b.resolving = false
			b.mu.Unlock()
		}()
		for {
			cur, open := s.sess.get(snap.URI)
			if !open || cur.tracker != snap.tracker || cur.resolvedDone.Load() {
				return
			}
			b.mu.Lock()
			idle := max(resolveIdle, 2*b.cost)
			b.mu.Unlock()
			if wait := idle - time.Since(cur.created); wait > 0 {
				select {
				case <-time.After(wait):
					continue
				case <-s.ctx.Done():
					return
				}
			}
			cur.Resolved()
			cur.warmNames()
			return
		}
	})
	if !started {
		b.mu.Lock()
		b.resolving = false
		b.mu.Unlock()
	}
}

// visible returns the program names visible at the cursor that keep
// accepts, without those bound in stale text.
func (ns nameSource) visible(keep func(string) bool) []scopeName {
	names := visibleNames(ns.snap, ns.off, keep)
	if ns.stale.Start < 0 {
		return names
	}
	out := names[:0:0]
	for _, n := range names {
		if !ns.isStale(n) {
			out = append(out, n)
		}
	}
	return out
}

// isStale reports whether a name is bound in the changed text.
func (ns nameSource) isStale(n scopeName) bool {
	var sp source.Span
	switch {
	case n.binding != nil:
		sp = n.binding.Def
	case n.node != nil:
		sp = n.node.Span()
	default:
		return false
	}
	return sp.Start <= ns.stale.End && ns.stale.Start <= sp.End
}

// cursorFrom is cursorAt with the start of the statement around off
// given, in src.
func cursorFrom(src []byte, off, stmtStart source.Offset) *cursor {
	off = min(max(off, 0), source.Offset(len(src)))
	stmtStart = min(max(stmtStart, 0), off)
	c := &cursor{off: off}
	c.scan(src, stmtStart)
	if !c.inString && !c.inComment {
		c.start = identStart(src, off)
		c.prefix = string(src[c.start:off])
	} else {
		c.start = off
	}
	return c
}

// warmNames computes what the first completion in snap would otherwise
// compute on its request path, once snap's Resolved analysis is made:
// the names the module binds and their candidates (a walk of the
// module) and the project's static candidates. The background analysis
// of resolveLater does it, so that the first completion after a pause in
// typing does not pay for them (they made it one of the slowest
// completions of bench/lsp).
func (snap *snapshot) warmNames() {
	if !snap.Analyzable() {
		return
	}
	snap.collectModuleNames()
	snap.moduleCandidates()
	snap.Project().staticCandidates()
}
