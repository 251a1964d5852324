package lsp

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/profile"
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// This file computes a document's diagnostics incrementally, so that a
// keystroke costs the statement it touched rather than the whole file.
//
// Parsing. A document is a run of regions, each one or more top-level
// statements that share lines, with the blank lines and comments before
// them. The regions are parsed in a virtual text, the document with
// spaces (the region's slack) added at the end of each region's last
// line, before its line break: spaces there change neither the tokens
// nor the line numbers. An edit re-parses only the regions it touches
// (syntax.ParseFragment) at their virtual offsets; as long as the new
// text fits in their slack, every other region keeps its virtual offsets
// and so its parse tree. Offsets of the virtual text are mapped back to
// the document's when diagnostics are published.
//
// Analysis. The analyzer resolves names across the whole module, but
// what it reports about a region depends on the rest of the module only
// through the module-level bindings of the names the region reads; and
// what it reports inside the body of a top-level function or of a method
// of a top-level class that declares no global depends only on that
// def's text and on those bindings. So the diagnostics of such bodies
// are cached under their text, and the other diagnostics of each region
// with the region, both for as long as the skeleton (the module with
// those bodies cut out) does not change. A check analyses only the
// regions that lack them (those an edit re-parsed; all of them when the
// skeleton changed), in a module made of them and of the statements of
// other regions that may bind a name they read (prune.go), with the
// bodies whose diagnostics are cached replaced by a bare pass. Anything
// else (a syntax error, a transcoded file, a profile with source-order
// globals, where a function's diagnostics depend on where it is) falls
// back to a full check, whose results seed the caches. Tests compare the
// outcome with a full check after random edits (incremental_test.go).
//
// Fixes. The diagnostics keep their quick fixes, whose edits move with
// them (fixedit.go), so that code actions after an edit need no full
// check. A fix whose text depends on the whole module, the star import's
// (it lists the names the module uses), cannot be cached with its region:
// it is dropped here and the code action computes it (codeaction.go).

// region is one run of top-level statements in the virtual text.
// Every version's state holds a copy of each region, so what does not
// change from one version to the next (the parse and what is derived
// from it) is shared through *regionInfo: a keystroke copies 72 bytes per
// region, not all of them.
type region struct {
	vstart int // offset of the region in the virtual text
	size   int // length of the region's text in the document
	cut    int // where the slack goes: before the final line break (== size without one)
	pad    int // the slack: spaces inserted at cut

	// skel are the region's diagnostics outside its cacheable bodies,
	// in the virtual text, valid while skelEnv is the state's cache.
	skel    []analysis.Diagnostic
	skelEnv *bodyCache
	*regionInfo
}

// regionInfo is a region's parse and what is derived from it on demand,
// shared by the copies of the region in later versions' states. The names
// it binds are needed of every region an analysis may pull in,
// the names it mentions only of those analysed or invalidated, so they
// are computed apart: the first costs a walk of the module level, the
// second of everything.
type regionInfo struct {
	parsedIn *byte // the virtual text its statements were parsed in, which their names point into
	stmts    []syntax.Stmt
	notes    []syntax.Comment
	blanks   []source.Offset
	py312    bool
	bodies   []body // the cacheable function bodies of stmts

	bindsOnce    sync.Once
	binds        regionBinds
	mentionsOnce sync.Once
	mentions     []string
	prune        pruneCache // its pruned statements as context (prune.go)
}

// vsize is the region's extent in the virtual text.
func (r *region) vsize() int { return r.size + r.pad }

// toReal maps an offset of the region's virtual extent to the document,
// given the region's start there; offsets in the slack map to its cut.
func (r *region) toReal(v, rstart int) int {
	local := v - r.vstart
	switch {
	case local <= r.cut:
		return rstart + local
	case local < r.cut+r.pad:
		return rstart + r.cut
	}
	return rstart + local - r.pad
}

// moveTo maps an offset of the region's virtual extent to the same text
// in another layout of the region, to.
func (r *region) moveTo(v int, to *region) int {
	real := r.toReal(v, 0)
	if real > to.cut {
		real += to.pad // past the slack: the line break
	}
	return to.vstart + real
}

// incState is the incremental state of one version of a document: its
// regions parsed in the virtual text, and the cache of body diagnostics.
// It is immutable once its check has stored the regions' diagnostics,
// except for the cache, which has its lock.
type incState struct {
	name     string
	opts     *analysis.Options
	content  []byte // the document's text
	vsrc     []byte // the virtual text; never modified
	regions  []region
	rstarts  []int // the start of each region in the document
	env      *bodyCache
	unpadded bool // fresh from a full check: its regions have no slack yet
}

// bodyCache holds the diagnostics of function bodies, keyed by the text
// of the def (and of its class header, for a method), with spans relative
// to the body's start. It is valid for one skeleton; the regions'
// diagnostics name the cache they were computed with.
type bodyCache struct {
	mu     sync.Mutex
	bodies map[string]cachedBody
}

// cachedBody is the diagnostics of a body and the module names it may
// read, whose bindings they depend on. The entries a full check seeds get
// their names when the state is warmed (nameBodies); until then names is
// nil, and any change of the skeleton drops them.
type cachedBody struct {
	diags []analysis.Diagnostic
	names []string
}

func newBodyCache() *bodyCache { return &bodyCache{bodies: map[string]cachedBody{}} }

// without returns a new cache holding the entries that read none of
// names (and none whose names are not known yet).
func (c *bodyCache) without(names map[string]bool) *bodyCache {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := newBodyCache()
next:
	for k, e := range c.bodies {
		if e.names == nil {
			continue // not known yet: what it reads may have changed
		}
		for _, n := range e.names {
			if names[n] {
				continue next
			}
		}
		out.bodies[k] = e
	}
	return out
}

// bodyNames returns the module names fd, a cacheable body of r, may read
// (never nil, which means not known): the names r mentions when fd is
// all r holds (the analysis computed those already), else freeNames.
func (r *region) bodyNames(src []byte, fd *syntax.FuncDef) []string {
	if len(r.stmts) != 1 || r.stmts[0] != syntax.Stmt(fd) {
		return freeNames(src, fd)
	}
	return r.mentions(src)
}

// detached returns names copied into one new string: the names of a
// tree point into the text it was parsed from, which a cache entry that
// outlives the tree must not keep alive (maxTextsHeld).
func detached(names []string) []string {
	n := 0
	for _, s := range names {
		n += len(s)
	}
	var sb strings.Builder
	sb.Grow(n)
	for _, s := range names {
		sb.WriteString(s)
	}
	all := sb.String()
	out := make([]string, len(names))
	at := 0
	for i, s := range names {
		out[i] = all[at : at+len(s)]
		at += len(s)
	}
	return out
}

// incTracker links the versions of one open document: it holds the
// state of the last version whose diagnostics were computed, from which
// the next version's are derived.
type incTracker struct {
	mu   sync.Mutex
	last *incState

	// resolved is the latest version with a Resolved analysis, for the
	// completions of later versions (completebase.go).
	resolved resolvedBase

	opened bool // the document's first check is done (see firstCheck)

	pub pubCache // the last publication of its diagnostics
}

// firstCheck reports, once, that the document's first check that left
// an incremental state is done, its diagnostics about to be published
// (or kept for a pull). That state is warmed before the publication
// rather than after: an editor may send the first keystroke as soon as
// the diagnostics arrive, which would otherwise wait for the warming,
// while a few milliseconds more before the first diagnostics of a file
// cost nobody anything. (A file opened with a syntax error gets there
// with its first check without one.)
func (t *incTracker) firstCheck() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	first := !t.opened && t.last != nil
	t.opened = t.opened || first
	return first
}

func (t *incTracker) get() *incState {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.last
}

func (t *incTracker) set(st *incState) {
	t.mu.Lock()
	t.last = st
	t.mu.Unlock()
}

// incrementalDiagnostics returns the diagnostics of content, a version
// of the document tr tracks, computed from the last version whose
// diagnostics were computed when possible; otherwise full checks the
// whole file (returning its parse, its diagnostics and whether the parse
// had no errors and the analyzer did not panic), and its results seed the
// next version's. It reports whether the diagnostics were computed
// incrementally.
func incrementalDiagnostics(tr *incTracker, name string, opts *analysis.Options, content []byte,
	full func() (*syntax.File, []analysis.Diagnostic, bool)) ([]analysis.Diagnostic, bool) {
	if !incrementalOK(opts) {
		_, diags, _ := full()
		return diags, false
	}
	if base := tr.get(); base != nil && base.opts == opts {
		if st, diags, ok := base.next(content); ok {
			tr.set(st)
			return diags, true
		}
	}
	f, diags, clean := full()
	if clean && syntax.PlainSource(content) {
		tr.set(newIncState(name, opts, content, f, diags))
	} else {
		tr.set(nil)
	}
	return diags, false
}

// warm readies the state of a document fresh from a full check for its
// first edit, which would otherwise pay for giving every region slack
// (repad, a parse of the whole text) and for what the first incremental
// check computes once per region: a first keystroke then costs the
// statement it touched, as the others do. It also parses a state anew
// whose regions keep too many texts alive (maxTextsHeld). It runs after
// a check's diagnostics are published (before, for a document's first
// check: firstCheck), and keeps its result only if no other state
// replaced the one it started from meanwhile.
func (t *incTracker) warm() {
	st := t.get()
	if st == nil || (!st.unpadded && st.textsHeld() <= maxTextsHeld) {
		return
	}
	padded, ok := st.warmed()
	t.mu.Lock()
	defer t.mu.Unlock()
	if ok && t.last == st {
		t.last = padded
	}
}

// maxTextsHeld bounds the virtual texts a state's regions keep alive.
// An edit parses its regions in a new copy of the virtual text, and the
// names in their trees point into it, so each region holds on to the
// text of the version that last parsed it: editing a hundred functions
// of the 2,000-line file in turn kept 13 MB alive, of a 20,000-line one
// it would keep a gigabyte. Past the bound, the state is parsed anew in
// one text (warm), which costs a parse of the file after a publication.
const maxTextsHeld = 8

// textsHeld returns how many distinct virtual texts st's regions keep
// alive, counting up to maxTextsHeld+1.
func (st *incState) textsHeld() int {
	var seen [maxTextsHeld + 1]*byte
	n := 0
next:
	for i := range st.regions {
		p := st.regions[i].parsedIn
		for _, q := range seen[:n] {
			if q == p {
				continue next
			}
		}
		seen[n] = p
		n++
		if n == len(seen) {
			break
		}
	}
	return n
}

// warmed returns st with slack, checked once, the names of the bodies a
// full check seeded computed, and what the next keystrokes' checks need
// of every region made; false when that fails (a panic here is a bug,
// and the next edit falls back to a full check).
func (st *incState) warmed() (padded *incState, ok bool) {
	defer func() {
		if recover() != nil {
			padded, ok = nil, false
		}
	}()
	// Naming the seeded bodies needs only st, so it runs beside the
	// parse of the padded text, on another processor when there is one.
	done := make(chan any, 1)
	go func() {
		defer func() { done <- recover() }()
		st.nameBodies()
	}()
	padded, ok = st.repad()
	if p := <-done; p != nil {
		panic(p)
	}
	if ok {
		padded.check()
		// What a keystroke's check needs of every other region: its
		// bindings and bind trees for the context, the names it mentions
		// for an edit of the skeleton (invalidate).
		for i := range padded.regions {
			r := &padded.regions[i]
			r.bindings(padded.vsrc)
			r.mentions(padded.vsrc)
			r.regionInfo.prune.mu.Lock()
			r.growTrees(padded.vsrc)
			r.regionInfo.prune.mu.Unlock()
		}
	}
	return padded, ok
}

// nameBodies gives the cache entries of st's bodies that a full check
// seeded the module names they read.
func (st *incState) nameBodies() {
	bs := bodies(st.regions)
	todo := make([]body, 0, len(bs))
	st.env.locked(func(bodies map[string]cachedBody) {
		for _, bd := range bs {
			if e, ok := bodies[bd.key]; ok && e.names == nil {
				todo = append(todo, bd)
			}
		}
	})
	names := make([][]string, len(todo))
	for i, bd := range todo {
		names[i] = detached(freeNames(st.vsrc, bd.fd))
	}
	st.env.locked(func(bodies map[string]cachedBody) {
		for i, bd := range todo {
			if e, ok := bodies[bd.key]; ok && e.names == nil {
				e.names = names[i]
				bodies[bd.key] = e
			}
		}
	})
}

// locked calls fn with the cache's entries under its lock.
func (c *bodyCache) locked(fn func(map[string]cachedBody)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	fn(c.bodies)
}

// next returns the state and the diagnostics of content, a later version
// of the document, or false when they must come from a full check. A
// panic here is a bug of this file or of the analyzer: the full check
// that follows reports the analyzer's, and this file's must not end the
// session either.
func (st *incState) next(content []byte) (next *incState, diags []analysis.Diagnostic, ok bool) {
	defer func() {
		if recover() != nil {
			next, diags, ok = nil, nil, false
		}
	}()
	next, ok = st.update(content)
	if !ok {
		return nil, nil, false
	}
	return next, next.check(), true
}

// incrementalOK reports whether the analysis of opts can be split by
// function body: under source-order globals a function's diagnostics
// depend on where it is.
func incrementalOK(opts *analysis.Options) bool {
	prof := opts.Profile
	if prof == nil {
		prof = profile.Default()
	}
	return !prof.Names.SourceOrderGlobals
}

// vstring views bytes that are never modified once built (a virtual
// text, a document's content) as a string, without copying.
func vstring(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// newIncState builds the state of a document from a parse of its text
// without syntax errors (the virtual text is then the text itself, with
// no slack) and the diagnostics of a full check, which seed the cache.
func newIncState(name string, opts *analysis.Options, content []byte, f *syntax.File, diags []analysis.Diagnostic) *incState {
	st := &incState{name: name, opts: opts, content: content, vsrc: content, env: newBodyCache(), unpadded: true}
	st.regions = splitRegions(content, f, 0, len(content), 0)
	st.index()
	st.seed(diags)
	return st
}

// index computes the regions' starts in the document.
func (st *incState) index() {
	st.rstarts = make([]int, len(st.regions))
	at := 0
	for i := range st.regions {
		st.rstarts[i] = at
		at += st.regions[i].size
	}
}

// splitRegions cuts a parsed fragment [vstart, vend) of the virtual text
// src, whose last pad bytes before its final line break are slack, into
// regions: a region ends with the line of a statement that the next
// statement does not share.
func splitRegions(src []byte, f *syntax.File, vstart, vend, pad int) []region {
	var out []region
	start := vstart
	cur := region{vstart: vstart, regionInfo: &regionInfo{}}
	flush := func(end int, last bool) {
		// The slack, if any, lies before the final line break.
		cur.size = end - start
		cur.cut = lineBreakStart(src[start:end])
		if last {
			cur.size -= pad
			cur.cut -= pad
			cur.pad = pad
		}
		out = append(out, cur)
		start = end
		if !last {
			cur = region{vstart: end, regionInfo: &regionInfo{}}
		}
	}
	for i, s := range f.Body {
		cur.stmts = append(cur.stmts, s)
		if i+1 == len(f.Body) {
			break
		}
		end := lineAfter(src, int(s.Span().End))
		if next := int(f.Body[i+1].Span().Start); next >= end {
			flush(end, false)
		}
	}
	flush(vend, true)
	// Comments and blank lines go to the region they lie in.
	ri := 0
	for _, c := range f.Comments {
		for ri+1 < len(out) && int(c.Start) >= out[ri+1].vstart {
			ri++
		}
		out[ri].notes = append(out[ri].notes, c)
	}
	ri = 0
	for _, b := range f.BlankLines {
		for ri+1 < len(out) && int(b) >= out[ri+1].vstart {
			ri++
		}
		out[ri].blanks = append(out[ri].blanks, b)
	}
	for i := range out {
		out[i].parsedIn = unsafe.SliceData(src)
		out[i].py312 = f.Uses312
		out[i].bodies = findBodies(src, out[i].stmts)
	}
	return out
}

// lineAfter returns the offset after the line break that ends the line
// holding off (or len(src)).
func lineAfter(src []byte, off int) int {
	for i := off; i < len(src); i++ {
		switch src[i] {
		case '\n':
			return i + 1
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				return i + 2
			}
			return i + 1
		}
	}
	return len(src)
}

// lineBreakStart returns where the final line break of text starts, or
// len(text) when text does not end with one.
func lineBreakStart(text []byte) int {
	n := len(text)
	switch {
	case n >= 2 && text[n-2] == '\r' && text[n-1] == '\n':
		return n - 2
	case n >= 1 && (text[n-1] == '\n' || text[n-1] == '\r'):
		return n - 1
	}
	return n
}

// spaces returns n spaces, without allocating for a region's slack
// (at most 256, slackFor).
func spaces(n int) string {
	if n <= len(spaceRun) {
		return spaceRun[:n]
	}
	return strings.Repeat(" ", n)
}

var spaceRun = strings.Repeat(" ", 256)

// slackFor is the slack given to a region of size bytes: enough for a
// burst of typing before its neighbours must move.
func slackFor(size int) int { return 16 + min(size/8, 240) }

// regionAt returns the region holding document offset off (the last one
// for the end of the document).
func (st *incState) regionAt(off int) int {
	i, found := slices.BinarySearch(st.rstarts, off)
	if found {
		return i
	}
	return max(i-1, 0)
}

// commonAffix returns the lengths of the common prefix and suffix of a
// and b, which do not overlap in either.
func commonAffix(a, b []byte) (int, int) {
	n := min(len(a), len(b))
	p := 0
	for p+64 <= n && bytes.Equal(a[p:p+64], b[p:p+64]) {
		p += 64
	}
	for p < n && a[p] == b[p] {
		p++
	}
	s := 0
	for s+64 <= n-p && bytes.Equal(a[len(a)-s-64:len(a)-s], b[len(b)-s-64:len(b)-s]) {
		s += 64
	}
	for s < n-p && a[len(a)-s-1] == b[len(b)-s-1] {
		s++
	}
	return p, s
}

// update returns the state of content, a later version of the document,
// re-parsing only the regions the change touches; false when the change
// cannot be parsed apart (a syntax error near it, a region that now runs
// into the next one) and the document must be checked whole.
func (st *incState) update(content []byte) (*incState, bool) {
	return st.apply(content, true)
}

// apply is update; with mayRepad, a change that outgrows its regions'
// slack gives every region slack again, once.
func (st *incState) apply(content []byte, mayRepad bool) (*incState, bool) {
	if len(st.regions) == 0 || !syntax.PlainSource(content) {
		return nil, false
	}
	old := st.content
	p, s := commonAffix(old, content)
	if p == len(old) && p == len(content) {
		next := *st
		next.content = content
		next.regions = slices.Clone(st.regions) // check stores into its regions
		return &next, true
	}
	delta := len(content) - len(old)
	k0 := st.regionAt(p)
	if p == st.rstarts[k0] && k0 > 0 {
		k0-- // text inserted at a line start may continue the statement before
	}
	k1 := st.regionAt(max(p, len(old)-s-1))
	last := len(st.regions) - 1
	for {
		// The re-parsed text must end at a line start of the new content.
		fragEnd := st.rstarts[k1] + st.regions[k1].size + delta
		if k1 == last || fragEnd == len(content) || atLineStart(content, fragEnd) {
			break
		}
		k1++
	}
	rstart := st.rstarts[k0]
	fragEnd := st.rstarts[k1] + st.regions[k1].size + delta
	if fragEnd < rstart || fragEnd > len(content) {
		return nil, false
	}
	text := content[rstart:fragEnd]
	vs := st.regions[k0].vstart
	ve := st.regions[k1].vstart + st.regions[k1].vsize()
	pad := ve - vs - len(text)
	if k1 == last {
		ve = len(st.vsrc)
		pad = slackFor(len(text))
	} else if pad < 0 {
		if !mayRepad {
			return nil, false
		}
		padded, ok := st.repad()
		if !ok {
			return nil, false
		}
		return padded.apply(content, false)
	}
	cut := lineBreakStart(text)
	vsrc := joined(vstring(st.vsrc[:vs]), vstring(text[:cut]), spaces(pad), vstring(text[cut:]), vstring(st.vsrc[ve:]))
	vend := vs + len(text) + pad
	f, errs := syntax.ParseFragment(st.name, vstring(vsrc), vs, vend)
	if errs != nil || !endsBefore(f, vs+cut) {
		return nil, false
	}
	regs := splitRegions(vsrc, f, vs, vend, pad)
	next := &incState{name: st.name, opts: st.opts, content: content, vsrc: vsrc, env: st.env}
	next.regions = make([]region, 0, len(st.regions)-(k1-k0+1)+len(regs))
	next.regions = append(next.regions, st.regions[:k0]...)
	next.regions = append(next.regions, regs...)
	next.regions = append(next.regions, st.regions[k1+1:]...)
	next.index()
	if skeleton(st.vsrc, st.regions[k0:k1+1]) != skeleton(vsrc, regs) {
		next.invalidate(st.vsrc, st.regions[k0:k1+1], regs)
	}
	return next, true
}

// invalidate drops what an edit of the skeleton may have changed: the
// diagnostics of bodies and of regions that read or bind a name the old
// or the new text of the edited regions binds (everything, when those
// may bind names they do not spell).
func (st *incState) invalidate(oldSrc []byte, old, new []region) {
	changed := map[string]bool{}
	for _, side := range []struct {
		src  []byte
		regs []region
	}{{oldSrc, old}, {st.vsrc, new}} {
		for i := range side.regs {
			n := side.regs[i].bindings(side.src)
			if n.always {
				st.env = newBodyCache()
				return
			}
			for _, name := range n.bound {
				changed[name] = true
			}
		}
	}
	prev := st.env
	st.env = prev.without(changed)
	for i := range st.regions {
		r := &st.regions[i]
		if r.skelEnv != prev {
			continue
		}
		r.skelEnv = st.env
		if r.bindings(st.vsrc).binds(changed) {
			r.skelEnv = nil
			continue
		}
		for _, name := range r.mentions(st.vsrc) {
			if changed[name] {
				r.skelEnv = nil
				break
			}
		}
	}
}

// atLineStart reports whether off starts a line of src.
func atLineStart(src []byte, off int) bool {
	if off <= 0 || off >= len(src) {
		return true
	}
	c := src[off-1]
	return c == '\n' || c == '\r' && src[off] != '\n'
}

// endsBefore reports whether the statements of a fragment end before limit,
// where its slack begins: a string or bracket left open would run on.
func endsBefore(f *syntax.File, limit int) bool {
	for _, s := range f.Body {
		if int(s.Span().End) > limit {
			return false
		}
	}
	return true
}

// repad returns the same document with slack at the end of every region,
// parsed anew in its new virtual text, or false if that parse differs.
func (st *incState) repad() (*incState, bool) {
	var b bytes.Buffer
	b.Grow(len(st.content) + len(st.regions)*24)
	starts := make([]int, len(st.regions))
	for i, r := range st.regions {
		text := st.content[st.rstarts[i] : st.rstarts[i]+r.size]
		starts[i] = b.Len()
		b.Write(text[:r.cut])
		b.WriteString(spaces(slackFor(r.size)))
		b.Write(text[r.cut:])
	}
	vsrc := b.Bytes()
	f, errs := syntax.ParseFragment(st.name, vstring(vsrc), 0, len(vsrc))
	if errs != nil {
		return nil, false
	}
	next := &incState{name: st.name, opts: st.opts, content: st.content, vsrc: vsrc, env: st.env}
	// Parse each region's statements out of the whole, checking that the
	// statements fall in the regions as before.
	next.regions = make([]region, len(st.regions))
	si, ci, bi := 0, 0, 0
	for i, r := range st.regions {
		pad := slackFor(r.size)
		end := starts[i] + r.size + pad
		nr := region{vstart: starts[i], size: r.size, cut: r.cut, pad: pad,
			regionInfo: &regionInfo{parsedIn: unsafe.SliceData(vsrc), py312: f.Uses312}}
		for si < len(f.Body) && int(f.Body[si].Span().Start) < end {
			if int(f.Body[si].Span().End) > starts[i]+r.cut {
				return nil, false
			}
			nr.stmts = append(nr.stmts, f.Body[si])
			si++
		}
		for ci < len(f.Comments) && int(f.Comments[ci].Start) < end {
			nr.notes = append(nr.notes, f.Comments[ci])
			ci++
		}
		for bi < len(f.BlankLines) && int(f.BlankLines[bi]) < end {
			nr.blanks = append(nr.blanks, f.BlankLines[bi])
			bi++
		}
		if len(nr.stmts) != len(r.stmts) {
			return nil, false
		}
		nr.bodies = findBodies(vsrc, nr.stmts)
		if r.skelEnv == st.env {
			// The region's text is the same; only the offsets move.
			nr.skel, nr.skelEnv = make([]analysis.Diagnostic, len(r.skel)), st.env
			move := func(v source.Offset) source.Offset { return source.Offset(r.moveTo(int(v), &nr)) }
			for j, d := range r.skel {
				d.Span.Start, d.Span.End = move(d.Span.Start), move(d.Span.End)
				d.Fixes = mapFixes(d.Fixes, move)
				nr.skel[j] = d
			}
		}
		next.regions[i] = nr
	}
	next.index()
	return next, true
}

// body is a function body whose diagnostics can be cached.
type body struct {
	fd         *syntax.FuncDef
	hollow     *syntax.FuncDef // fd with its body replaced by pass
	start, end int             // the body's statements, in the virtual text
	key        string          // the def's text, and its class header for a method
}

// bodies returns the cacheable function bodies of regions.
func bodies(regs []region) []body {
	var out []body
	for _, r := range regs {
		out = append(out, r.bodies...)
	}
	return out
}

// findBodies returns the cacheable function bodies of top-level
// statements: those of top-level defs and of methods of top-level classes
// that start on a line of their own and declare no global.
func findBodies(src []byte, stmts []syntax.Stmt) []body {
	var out []body
	for _, s := range stmts {
		switch n := s.(type) {
		case *syntax.FuncDef:
			out = appendBody(src, out, n, "")
		case *syntax.ClassDef:
			if len(n.Body) == 0 {
				continue
			}
			header := string(src[n.Start:n.Body[0].Span().Start])
			for _, m := range n.Body {
				if fd, ok := m.(*syntax.FuncDef); ok {
					out = appendBody(src, out, fd, header)
				}
			}
		}
	}
	return out
}

func appendBody(src []byte, out []body, fd *syntax.FuncDef, class string) []body {
	if len(fd.Body) == 0 {
		return out
	}
	start, end := int(fd.Body[0].Span().Start), int(fd.Body[len(fd.Body)-1].Span().End)
	ls := start
	for ls > 0 && (src[ls-1] == ' ' || src[ls-1] == '\t' || src[ls-1] == '\f') {
		ls--
	}
	if ls == 0 || (src[ls-1] != '\n' && src[ls-1] != '\r') {
		return out // the body shares the header's line
	}
	if bytes.Contains(src[start:end], []byte("global")) {
		return out
	}
	// The key runs to the end of the body's last line, so that it holds
	// a suppression comment there, without the slack.
	lineEnd := lineAfter(src, end)
	key := string(bytes.TrimRight(src[fd.Start:lineEnd], " \t\f\r\n"))
	if class != "" {
		key = class + "\x00" + key
	}
	return append(out, body{fd: fd, hollow: hollow(fd), start: start, end: end, key: key})
}

// skeleton returns the text of regions without their slack and their
// cacheable bodies (each replaced by a NUL byte).
func skeleton(src []byte, regs []region) string {
	var b strings.Builder
	bs := bodies(regs)
	for _, r := range regs {
		// The region's text is [vstart, vstart+cut) and the line break
		// after the slack; bodies lie before the cut.
		at, cutAt := r.vstart, r.vstart+r.cut
		for len(bs) > 0 && bs[0].start < cutAt {
			b.Write(src[at:bs[0].start])
			b.WriteByte(0)
			at = bs[0].end
			bs = bs[1:]
		}
		b.Write(src[at:cutAt])
		b.Write(src[cutAt+r.pad : r.vstart+r.vsize()])
	}
	return b.String()
}

// seed caches the body diagnostics of a full check of the state's text.
func (st *incState) seed(diags []analysis.Diagnostic) {
	bs := bodies(st.regions)
	owned := partition(diags, bs)
	st.env.mu.Lock()
	for i, bd := range bs {
		st.env.bodies[bd.key] = cachedBody{diags: st.relative(owned[i], bd)} // names: see nameBodies
	}
	st.env.mu.Unlock()
	for i, ds := range st.outsideBodies(diags, bs, nil) {
		st.regions[i].skel, st.regions[i].skelEnv = ds, st.env
	}
}

// outsideBodies returns, for each region (each target region when target
// is not nil: the others keep what they had), the diagnostics that start
// in it outside the bodies bs, with their local fixes; diags are sorted.
func (st *incState) outsideBodies(diags []analysis.Diagnostic, bs []body, target []bool) [][]analysis.Diagnostic {
	out := make([][]analysis.Diagnostic, len(st.regions))
	ri, bi := 0, 0
	for _, d := range diags {
		at := int(d.Span.Start)
		for ri+1 < len(st.regions) && st.regions[ri+1].vstart <= at {
			ri++
		}
		for bi < len(bs) && bs[bi].end < at {
			bi++
		}
		if bi < len(bs) && bs[bi].start <= at || target != nil && !target[ri] {
			continue
		}
		d.Fixes = localFixes(d)
		out[ri] = append(out[ri], d)
	}
	return out
}

// partition returns, for each body (in source order), the diagnostics
// that start inside it, in the virtual text; diags are sorted.
func partition(diags []analysis.Diagnostic, bs []body) [][]analysis.Diagnostic {
	out := make([][]analysis.Diagnostic, len(bs))
	bi := 0
	for _, d := range diags {
		at := int(d.Span.Start)
		for bi < len(bs) && bs[bi].end < at {
			bi++
		}
		if bi < len(bs) && bs[bi].start <= at {
			out[bi] = append(out[bi], d)
		}
	}
	return out
}

// relative returns the diagnostics of a body, in the virtual text,
// relative to the body's start, for the cache. Their fixes' edits that
// reach into the slack after the body's region (the end of its last
// line) are moved to where the slack starts, the same text in any layout.
func (st *incState) relative(ds []analysis.Diagnostic, bd body) []analysis.Diagnostic {
	i, found := slices.BinarySearchFunc(st.regions, bd.start, func(r region, v int) int { return r.vstart - v })
	if !found {
		i--
	}
	r := &st.regions[max(i, 0)]
	cut, slackEnd := source.Offset(r.vstart+r.cut), source.Offset(r.vstart+r.cut+r.pad)
	base := source.Offset(bd.start)
	out := make([]analysis.Diagnostic, len(ds))
	for i, d := range ds {
		d.Span.Start -= base
		d.Span.End -= base
		d.Fixes = mapFixes(localFixes(d), func(v source.Offset) source.Offset {
			if cut < v && v <= slackEnd {
				v = cut
			}
			return v - base
		})
		out[i] = d
	}
	return out
}

// hollow is a def whose cached body is left out of a check.
func hollow(fd *syntax.FuncDef) *syntax.FuncDef {
	h := *fd
	at := fd.Body[0].Span().Start
	h.Body = []syntax.Stmt{&syntax.PassStmt{Loc: syntax.Loc{Start: at, End: at}}}
	return &h
}

// check returns the diagnostics of the state's document, in its
// offsets, with their local fixes. Diagnostics outside cacheable bodies are kept
// per region, and those of the bodies in the cache, both valid while the
// skeleton does not change. The regions that lack either (the ones an
// edit re-parsed, or all after the skeleton changed) are analysed, in a
// module made of them and of the regions that may bind a name they
// mention (all of them when every region is analysed), with the bodies
// whose diagnostics are cached hollowed: what the analysed regions
// report depends on the rest of the module only through the bindings of
// the names they use.
func (st *incState) check() []analysis.Diagnostic {
	bs := bodies(st.regions)
	cached := make([][]analysis.Diagnostic, len(bs))
	hollowed := map[*syntax.FuncDef]*syntax.FuncDef{}
	target := make([]bool, len(st.regions))
	ri := 0
	st.env.mu.Lock()
	for i, bd := range bs {
		for st.regions[ri].vstart+st.regions[ri].vsize() <= bd.start {
			ri++
		}
		if e, ok := st.env.bodies[bd.key]; ok {
			cached[i] = e.diags
			hollowed[bd.fd] = bd.hollow
		} else {
			target[ri] = true
		}
	}
	st.env.mu.Unlock()
	ntargets := 0
	mentions := map[string]bool{}
	for i := range st.regions {
		if st.regions[i].skelEnv != st.env {
			target[i] = true
		}
		if target[i] {
			ntargets++
		}
	}
	if ntargets < len(st.regions) {
		for i := range st.regions {
			if target[i] {
				for _, name := range st.regions[i].mentions(st.vsrc) {
					mentions[name] = true
				}
			}
		}
	}

	res := &analysis.Result{} // nothing to analyse, so no context to gather either
	if ntargets > 0 {
		f := &syntax.File{Name: st.name, Src: st.vsrc, Loc: syntax.Loc{Start: 0, End: source.Offset(len(st.vsrc))}}
		for i := range st.regions {
			r := &st.regions[i]
			if !target[i] {
				if r.bindings(st.vsrc).binds(mentions) {
					f.Body = append(f.Body, r.pruned(st.vsrc, mentions, hollowed)...)
				}
				continue
			}
			for _, s := range r.stmts {
				f.Body = append(f.Body, reduce(s, hollowed))
			}
			f.Comments = append(f.Comments, r.notes...)
			f.BlankLines = append(f.BlankLines, r.blanks...)
			f.Uses312 = f.Uses312 || r.py312
		}
		res = analysis.Check(f, nil, st.opts)
	}

	// The analysed regions' diagnostics are stored: those in bodies
	// missing from the cache go to the cache, the others to their
	// region; those of the other regions present are dropped.
	fresh := st.outsideBodies(res.Diagnostics, bs, target)
	freshBodies := partition(res.Diagnostics, bs)
	st.env.mu.Lock()
	ri = 0
	for i, bd := range bs {
		for st.regions[ri].vstart+st.regions[ri].vsize() <= bd.start {
			ri++
		}
		if cached[i] == nil {
			cached[i] = st.relative(freshBodies[i], bd)
			st.env.bodies[bd.key] = cachedBody{cached[i], detached(st.regions[ri].bodyNames(st.vsrc, bd.fd))}
		}
	}
	if len(st.env.bodies) > 2*len(bs)+64 {
		keep := make(map[string]cachedBody, len(bs))
		for _, bd := range bs {
			if e, ok := st.env.bodies[bd.key]; ok {
				keep[bd.key] = e
			}
		}
		st.env.bodies = keep
	}
	st.env.mu.Unlock()

	// Each region's diagnostics, in order: those outside its bodies merged
	// with its bodies' (a body holds none of the former).
	total := 0
	for i := range st.regions {
		if target[i] {
			total += len(fresh[i])
		} else {
			total += len(st.regions[i].skel)
		}
	}
	for _, ds := range cached {
		total += len(ds)
	}
	all := make([]analysis.Diagnostic, 0, total)
	var inBodies []analysis.Diagnostic
	bi := 0
	for i := range st.regions {
		r := &st.regions[i]
		if target[i] {
			r.skel, r.skelEnv = fresh[i], st.env
		}
		inBodies = inBodies[:0]
		for j := bi; j < bi+len(r.bodies); j++ {
			base := source.Offset(bs[j].start)
			for _, d := range cached[j] {
				d.Span.Start += base
				d.Span.End += base
				d.Fixes = mapFixes(d.Fixes, func(v source.Offset) source.Offset { return v + base })
				inBodies = append(inBodies, d)
			}
		}
		bi += len(r.bodies)
		si, bi2 := 0, 0
		for si < len(r.skel) && bi2 < len(inBodies) {
			if r.skel[si].Span.Start <= inBodies[bi2].Span.Start {
				all = append(all, r.skel[si])
				si++
			} else {
				all = append(all, inBodies[bi2])
				bi2++
			}
		}
		all = append(all, r.skel[si:]...)
		all = append(all, inBodies[bi2:]...)
	}
	return st.toReal(all)
}

// regionBinds are the names a region binds, for choosing the regions an
// analysis of others needs.
type regionBinds struct {
	bound  []string // names it may bind at module level (a superset)
	always bool     // it binds names it does not spell (a star import, a match statement)
	deep   bool     // its text spells global or := (see bindings)
}

// binds reports whether the region may bind one of names.
func (n *regionBinds) binds(names map[string]bool) bool {
	if n.always {
		return true
	}
	for _, name := range n.bound {
		if names[name] {
			return true
		}
	}
	return false
}

// freeNames narrows the names a top-level def mentions to those it may
// read from the module: a name its body binds (a parameter, or a name
// stored outside nested scopes) is local wherever the body uses it,
// unless a global or nonlocal statement says otherwise (then every name
// it mentions counts). Names in the decorators, defaults and annotations
// are read around the def. Each name comes once, in no order.
func freeNames(src []byte, fd *syntax.FuncDef) []string {
	const (
		around = 1 << iota // read around the def
		inBody             // mentioned in the body
		local              // bound in the body or a parameter
	)
	flags := make(map[string]uint8, 64)
	text := src[fd.Start:fd.End]
	if bytes.Contains(text, []byte("global")) || bytes.Contains(text, []byte("nonlocal")) {
		syntax.Inspect(fd, func(x syntax.Node) bool {
			if id, ok := x.(*syntax.Ident); ok {
				flags[id.Name] = around
			}
			return true
		})
		return namesWith(flags, around)
	}
	readAround := func(x syntax.Node) bool {
		if id, ok := x.(*syntax.Ident); ok {
			flags[id.Name] |= around
		}
		return true
	}
	for _, x := range defHeaderExprs(fd) {
		if x != nil && !isNilNode(x) {
			syntax.Inspect(x, readAround)
		}
	}
	for _, tp := range fd.TypeParams {
		syntax.Inspect(tp, readAround)
	}
	eachParam(fd.Params, func(prm *syntax.Param) {
		if prm.Name != nil {
			flags[prm.Name.Name] |= local
		}
	})
	// The body: names stored outside nested scopes are locals.
	var sc nesting
	visit := func(x syntax.Node) bool {
		if x == nil {
			sc.leave()
			return false
		}
		if id, ok := x.(*syntax.Ident); ok {
			f := flags[id.Name] | inBody
			if id.Ctx != syntax.Load && sc.depth == 0 {
				f |= local
			}
			flags[id.Name] = f
		}
		sc.enter(x)
		return true
	}
	for _, st := range fd.Body {
		syntax.Inspect(st, visit)
	}
	out := make([]string, 0, len(flags))
	for name, f := range flags {
		if f&around != 0 || f&(inBody|local) == inBody {
			out = append(out, name)
		}
	}
	return out
}

// namesWith returns the names whose flags have any of bits.
func namesWith(flags map[string]uint8, bits uint8) []string {
	out := make([]string, 0, len(flags))
	for name, f := range flags {
		if f&bits != 0 {
			out = append(out, name)
		}
	}
	return out
}

// isNilNode reports whether a node interface holds a nil pointer, which
// syntax.Inspect must not be given.
func isNilNode(n syntax.Node) bool {
	v := reflect.ValueOf(n)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// bindings returns the names the region binds, computed on first use.
// Unless its text spells a global declaration or a walrus, nothing
// inside a def, class, lambda or comprehension binds a module name, so
// the walk stays at module level.
func (r *region) bindings(src []byte) *regionBinds {
	r.regionInfo.bindsOnce.Do(func() {
		text := src[r.vstart : r.vstart+r.vsize()]
		deep := bytes.Contains(text, []byte("global")) || bytes.Contains(text, []byte(":="))
		nodes := make([]syntax.Node, len(r.stmts))
		for i, s := range r.stmts {
			nodes[i] = s
		}
		bound, always := nodeBinds(nodes, deep)
		n := &r.regionInfo.binds
		for name := range bound {
			n.bound = append(n.bound, name)
		}
		n.always, n.deep = always, deep
	})
	return &r.regionInfo.binds
}

// mentions returns every identifier the region may read from the module
// (a superset), each once, computed on first use.
func (r *region) mentions(src []byte) []string {
	r.regionInfo.mentionsOnce.Do(func() {
		if len(r.stmts) == 1 {
			if fd, ok := r.stmts[0].(*syntax.FuncDef); ok {
				r.regionInfo.mentions = freeNames(src, fd)
				return
			}
		}
		seen := map[string]uint8{}
		for _, s := range r.stmts {
			syntax.Inspect(s, func(x syntax.Node) bool {
				if id, ok := x.(*syntax.Ident); ok {
					seen[id.Name] = 1
				}
				return true
			})
		}
		r.regionInfo.mentions = namesWith(seen, 1)
	})
	return r.regionInfo.mentions
}

// nodeBinds returns the names module-level nodes may bind (a superset),
// and whether they may bind names they do not spell (a star import, a
// match statement's captures). A name binds at module level when it is
// stored outside any def, lambda, class body or comprehension, or
// declared global anywhere; walrus targets count wherever they are.
// Unless deep, it does not look inside defs, classes, lambdas and
// comprehensions, which the caller knows hold no global declaration and
// no walrus.
func nodeBinds(nodes []syntax.Node, deep bool) (map[string]bool, bool) {
	bound := map[string]bool{}
	always := false
	var sc nesting
	bind := func(id *syntax.Ident) {
		if id != nil && sc.depth == 0 {
			bound[id.Name] = true
		}
	}
	visit := func(node syntax.Node) bool {
		if node == nil {
			sc.leave()
			return false
		}
		switch x := node.(type) {
		case *syntax.Ident:
			if x.Ctx != syntax.Load {
				bind(x)
			}
		case *syntax.FuncDef:
			bind(x.Name)
		case *syntax.ClassDef:
			bind(x.Name)
		case *syntax.NamedExpr:
			bound[x.Target.Name] = true
		case *syntax.TypeAliasStmt:
			bind(x.Name)
		case *syntax.GlobalStmt:
			for _, id := range x.Names {
				bound[id.Name] = true
			}
		case *syntax.TryStmt:
			for _, h := range x.Handlers {
				bind(h.Name)
			}
		case *syntax.ImportStmt:
			for _, a := range x.Names {
				if sc.depth == 0 {
					first, _, _ := strings.Cut(a.Name, ".")
					bound[first] = true
				}
				bind(a.AsName)
			}
		case *syntax.ImportFromStmt:
			for _, a := range x.Names {
				if a.Name == "*" {
					always = true
				}
				if sc.depth == 0 {
					bound[a.Name] = true
				}
				bind(a.AsName)
			}
		case *syntax.MatchStmt:
			always = true
		}
		if !deep && opensScope(node) {
			return false
		}
		sc.enter(node)
		return true
	}
	for _, n := range nodes {
		if n != nil && !isNilNode(n) {
			syntax.Inspect(n, visit)
		}
	}
	return bound, always
}

// reduce returns a top-level statement with its cached bodies hollowed.
func reduce(s syntax.Stmt, hollowed map[*syntax.FuncDef]*syntax.FuncDef) syntax.Stmt {
	if len(hollowed) == 0 {
		return s
	}
	switch n := s.(type) {
	case *syntax.FuncDef:
		if h := hollowed[n]; h != nil {
			return h
		}
	case *syntax.ClassDef:
		var body []syntax.Stmt
		for i, m := range n.Body {
			fd, ok := m.(*syntax.FuncDef)
			if !ok || hollowed[fd] == nil {
				continue
			}
			if body == nil {
				body = slices.Clone(n.Body)
			}
			body[i] = hollowed[fd]
		}
		if body != nil {
			c := *n
			c.Body = body
			return &c
		}
	}
	return s
}

// toReal maps the spans of diagnostics from the virtual text to the
// document.
func (st *incState) toReal(ds []analysis.Diagnostic) []analysis.Diagnostic {
	ri := 0
	conv := func(v source.Offset) source.Offset {
		off := int(v)
		for ri+1 < len(st.regions) && off >= st.regions[ri+1].vstart {
			ri++
		}
		for ri > 0 && off < st.regions[ri].vstart {
			ri--
		}
		return source.Offset(st.regions[ri].toReal(off, st.rstarts[ri]))
	}
	for i := range ds {
		ds[i].Span.Start = conv(ds[i].Span.Start)
		ds[i].Span.End = conv(ds[i].Span.End)
	}
	// Fix edits may lie anywhere in the document, so they are converted
	// apart, after the spans, which come in order.
	for i := range ds {
		ds[i].Fixes = mapFixes(ds[i].Fixes, conv)
	}
	return ds
}

// nesting follows, during a syntax.Inspect, how many scopes (defs,
// classes, lambdas, comprehensions) enclose the node being visited: enter
// each node whose children are visited, leave at the nil that ends them.
type nesting struct {
	opened []bool // per node entered: it opens a scope
	depth  int
}

func (n *nesting) enter(node syntax.Node) {
	scope := opensScope(node)
	n.opened = append(n.opened, scope)
	if scope {
		n.depth++
	}
}

func (n *nesting) leave() {
	if n.opened[len(n.opened)-1] {
		n.depth--
	}
	n.opened = n.opened[:len(n.opened)-1]
}

// opensScope reports whether names bound inside node are its own.
func opensScope(node syntax.Node) bool {
	switch node.(type) {
	case *syntax.FuncDef, *syntax.ClassDef, *syntax.LambdaExpr, *syntax.CompExpr:
		return true
	}
	return false
}
