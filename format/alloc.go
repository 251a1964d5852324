package format

// Document nodes are allocated from per-formatter slabs: a file builds
// hundreds of thousands of them, and slab allocation keeps the garbage
// collector's work (and the malloc calls) low.

const slabSize = 1024

func (f *formatter) newDoc() *Doc {
	if len(f.slab) == 0 {
		f.slab = make([]Doc, slabSize)
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
		size := 4096
		if n > size {
			size = n
		}
		f.kidSlab = make([]*Doc, size)
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
	return d
}

func (f *formatter) text(s string) *Doc {
	if len(s) <= 8 {
		if d, ok := tokens[s]; ok {
			return d
		}
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
	return f.concat(f.indent(append([]*Doc{softLine}, kids...)...), softLine)
}

func (f *formatter) blockIndent(kids ...*Doc) *Doc {
	return f.concat(f.indent(append([]*Doc{hardLine}, kids...)...), hardLine)
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
