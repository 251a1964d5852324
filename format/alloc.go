package format

import "sync"

// Document nodes are allocated from per-formatter slabs: a file builds
// hundreds of thousands of them, and slab allocation keeps the garbage
// collector's work (and the malloc calls) low. When a file is printed its
// slabs are cleared and pooled for the next file, so that formatting many
// files allocates (and collects) them once.

const (
	slabSize    = 1024 // document nodes per slab
	kidSlabSize = 4096 // child pointers per slab
)

// arena is the slab memory of one formatter.
type arena struct {
	docs [][]Doc  // slabs handed out: docs[:nd]
	kids [][]*Doc // slabs handed out: kids[:nk]
	nd   int
	nk   int
}

var arenas = sync.Pool{New: func() any { return new(arena) }}

func (a *arena) docSlab() []Doc {
	if a.nd == len(a.docs) {
		a.docs = append(a.docs, make([]Doc, slabSize))
	}
	a.nd++
	return a.docs[a.nd-1]
}

func (a *arena) kidSlab(n int) []*Doc {
	if n > kidSlabSize {
		return make([]*Doc, n) // rare: not pooled
	}
	if a.nk == len(a.kids) {
		a.kids = append(a.kids, make([]*Doc, kidSlabSize))
	}
	a.nk++
	return a.kids[a.nk-1]
}

// release clears the slabs handed out (no stale pointers for the garbage
// collector, zero nodes for the next user) and pools the arena. Nothing
// may use the formatter's documents afterwards.
func (f *formatter) release() {
	a := f.arena
	if a == nil {
		return
	}
	f.arena, f.slab, f.kidSlab = nil, nil, nil
	for _, s := range a.docs[:a.nd] {
		clear(s)
	}
	for _, s := range a.kids[:a.nk] {
		clear(s)
	}
	a.nd, a.nk = 0, 0
	arenas.Put(a)
}

func (f *formatter) newDoc() *Doc {
	if len(f.slab) == 0 {
		if f.arena == nil {
			f.arena = arenas.Get().(*arena)
		}
		f.slab = f.arena.docSlab()
	}
	d := &f.slab[0]
	f.slab = f.slab[1:]
	return d
}

// keep copies a (compacted) kids list into a slab, so that the caller's
// variadic slice need not escape to the heap.
func (f *formatter) keep(kids []*Doc) []*Doc {
	n := 0
	for _, k := range kids {
		if k != nil {
			n++
		}
	}
	if n > len(f.kidSlab) {
		if f.arena == nil {
			f.arena = arenas.Get().(*arena)
		}
		f.kidSlab = f.arena.kidSlab(n)
	}
	out := f.kidSlab[:0:n]
	for _, k := range kids {
		if k != nil {
			out = append(out, k)
		}
	}
	f.kidSlab = f.kidSlab[n:]
	return out
}

func (f *formatter) mk(k kind, kids []*Doc) *Doc {
	d := f.newDoc()
	d.k = k
	d.kids = f.keep(kids)
	settle(d)
	return d
}

// settle runs propagateExpands on a new node while its kids are fresh in
// the cache. Their results are memoised, so the printer's pass over the
// finished document stops at once. Rules set nothing that the pass reads
// after construction, except expanded(), which updates the memo.
func settle(d *Doc) {
	d.pe = 1
	if propagateExpands1(d) {
		d.pe = 2
	}
}

func (f *formatter) text(s string) *Doc {
	if d := tokenDoc(s); d != nil {
		return d
	}
	d := f.newDoc()
	d.k, d.s, d.w = kText, s, textWidth(s)
	return d
}

func (f *formatter) concat(kids ...*Doc) *Doc {
	var one *Doc
	n := 0
	for _, k := range kids {
		if k != nil {
			n++
			one = k
		}
	}
	switch n {
	case 0:
		return empty
	case 1:
		return one
	}
	d := f.newDoc()
	d.k, d.kids = kList, f.keep(kids)
	settle(d)
	return d
}

func (f *formatter) group(kids ...*Doc) *Doc { return f.mk(kGroup, kids) }

func (f *formatter) groupID(id int32, kids ...*Doc) *Doc {
	d := f.mk(kGroup, kids)
	d.id = id
	return d
}

func (f *formatter) indent(kids ...*Doc) *Doc { return f.mk(kIndent, kids) }

func (f *formatter) softBlockIndent(kids ...*Doc) *Doc {
	return f.concat(f.indentAfter(softLine, kids), softLine)
}

func (f *formatter) blockIndent(kids ...*Doc) *Doc {
	return f.concat(f.indentAfter(hardLine, kids), hardLine)
}

// indentAfter is f.indent(first, kids...) without copying kids twice.
func (f *formatter) indentAfter(first *Doc, kids []*Doc) *Doc {
	var buf [8]*Doc
	all := append(buf[:0], first)
	all = append(all, kids...)
	return f.mk(kIndent, all)
}

func (f *formatter) ifBreaks(id int32, kids ...*Doc) *Doc {
	d := f.mk(kCondContent, kids)
	d.c = cond{id, modeExpanded}
	return d
}

func (f *formatter) ifFlat(id int32, kids ...*Doc) *Doc {
	d := f.mk(kCondContent, kids)
	d.c = cond{id, modeFlat}
	return d
}

func (f *formatter) indentIfBreaks(id int32, kids ...*Doc) *Doc {
	d := f.mk(kIndentIfBreak, kids)
	d.id = id
	return d
}

func (f *formatter) condGroup(c cond, kids ...*Doc) *Doc {
	d := f.mk(kCondGroup, kids)
	d.c = c
	return d
}

func (f *formatter) lineSuffix(w int32, kids ...*Doc) *Doc {
	d := f.mk(kLineSuffix, kids)
	d.w = w
	return d
}

func (f *formatter) fitsExpanded(has bool, c cond, kids ...*Doc) *Doc {
	d := f.mk(kFitsExpanded, kids)
	d.hasCond, d.c = has, c
	return d
}

func (f *formatter) bestFitting(allLines bool, variants ...*Doc) *Doc {
	d := f.mk(kBestFitting, variants)
	d.allLines = allLines
	return d
}

func (f *formatter) bestFitParens(id int32, kids ...*Doc) *Doc {
	d := f.mk(kBestFitParens, kids)
	d.id = id
	return d
}
