package format

// args is the printing context of a document node.
type args struct {
	indent   int32
	mode     printMode
	allLines bool // measuring: lines after the first must fit too
}

// item is a pending document node with its context.
type item struct {
	d *Doc
	a args
}

// printer lays a document out into lines of at most width columns.
type printer struct {
	width, indentWidth int32
	out                []byte
	lineWidth          int32
	pendingIndent      int32 // indent to write before the next text, -1 if none
	measuredFits       bool  // an enclosing group was measured to fit flat
	suffixes           []item
	modes              []printMode // by group id
	stack              []item
	fitsStack          []item
}

func (p *printer) setMode(id int32, m printMode) {
	if id <= 0 {
		return
	}
	for int(id) >= len(p.modes) {
		p.modes = append(p.modes, modeExpanded)
	}
	p.modes[id] = m
}

func (p *printer) modeOf(id int32, def printMode) printMode {
	if id <= 0 || int(id) >= len(p.modes) {
		return def
	}
	return p.modes[id]
}

func (p *printer) push(a args, kids []*Doc) {
	for i := len(kids) - 1; i >= 0; i-- {
		p.stack = append(p.stack, item{kids[i], a})
	}
}

// print lays out d.
func (p *printer) print(d *Doc) []byte {
	propagateExpands(d)
	p.pendingIndent = -1
	p.stack = append(p.stack, item{d, args{mode: modeExpanded}})
	for {
		for len(p.stack) > 0 {
			it := p.stack[len(p.stack)-1]
			p.stack = p.stack[:len(p.stack)-1]
			p.printItem(it)
		}
		if len(p.suffixes) == 0 {
			break
		}
		p.flushSuffixes(nil)
	}
	return p.out
}

func (p *printer) flushSuffixes(line *item) bool {
	if len(p.suffixes) == 0 {
		return false
	}
	if line != nil {
		p.stack = append(p.stack, *line)
	}
	for i := len(p.suffixes) - 1; i >= 0; i-- {
		p.push(p.suffixes[i].a, p.suffixes[i].d.kids)
	}
	p.suffixes = p.suffixes[:0]
	return true
}

func (p *printer) printText(s string, w int32) {
	if p.pendingIndent > 0 {
		n := p.pendingIndent * p.indentWidth
		for i := int32(0); i < n; i++ {
			p.out = append(p.out, ' ')
		}
		p.lineWidth += n
	}
	p.pendingIndent = -1
	p.out = append(p.out, s...)
	if w >= 0 {
		p.lineWidth += w
		return
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			p.lineWidth = 0
			p.measuredFits = false
			if i+1 < len(s) {
				p.lineWidth = textWidth(s[i+1:])
				if p.lineWidth < 0 {
					continue
				}
			}
			break
		}
	}
}

func (p *printer) newline(a args, lm lineMode) {
	if p.lineWidth > 0 || lm == lmLiteral {
		p.out = append(p.out, '\n')
	}
	if lm == lmEmpty {
		p.out = append(p.out, '\n')
	}
	p.lineWidth = 0
	p.measuredFits = false
	p.pendingIndent = a.indent
}

func (p *printer) printItem(it item) {
	d, a := it.d, it.a
	switch d.k {
	case kText:
		p.printText(d.s, d.w)
	case kList:
		p.push(a, d.kids)
	case kLine:
		if a.mode == modeFlat && d.lm <= lmSoftOrSpace {
			if d.lm == lmSoftOrSpace {
				p.printText(" ", 1)
			}
			return
		}
		if p.flushSuffixes(&it) {
			return
		}
		p.newline(a, d.lm)
	case kGroup:
		m := modeExpanded
		if d.gm == gFlat {
			m = p.flatGroupMode(d.id, a, d.kids)
		}
		p.setMode(d.id, m)
		a.mode = m
		p.push(a, d.kids)
	case kCondGroup:
		if p.modeOf(d.c.id, a.mode) == d.c.mode {
			m := modeExpanded
			if d.gm == gFlat {
				m = p.flatGroupMode(0, a, d.kids)
			}
			a.mode = m
		}
		p.push(a, d.kids)
	case kIndent:
		a.indent++
		p.push(a, d.kids)
	case kIndentIfBreak:
		if p.modeOf(d.id, a.mode) == modeExpanded {
			a.indent++
		}
		p.push(a, d.kids)
	case kCondContent:
		m := a.mode
		if d.c.id > 0 {
			m = p.modeOf(d.c.id, a.mode)
		}
		if m == d.c.mode {
			p.push(a, d.kids)
		}
	case kLineSuffix:
		p.lineWidth += d.w
		p.suffixes = append(p.suffixes, item{d, a})
	case kFitsExpanded:
		if !d.hasCond || p.modeOf(d.c.id, a.mode) == d.c.mode {
			p.measuredFits = false
		}
		p.push(a, d.kids)
	case kBestFitting:
		p.printBestFitting(d, a)
	case kBestFitParens:
		p.printBestFitParens(d, a)
	case kLineSuffixBoundary:
		hl := item{hardLine, a}
		p.flushSuffixes(&hl)
	case kExpandParent:
	}
}

// flatGroupMode decides whether a group prints flat.
func (p *printer) flatGroupMode(id int32, a args, kids []*Doc) printMode {
	if a.mode == modeFlat && p.measuredFits {
		return modeFlat
	}
	p.measuredFits = true
	p.setMode(id, modeFlat)
	a.mode = modeFlat
	if p.fits(a, kids, nil) {
		return modeFlat
	}
	return modeExpanded
}

func (p *printer) printBestFitting(d *Doc, a args) {
	if a.mode == modeFlat && p.measuredFits {
		p.stack = append(p.stack, item{d.kids[0], a})
		return
	}
	p.measuredFits = true
	n := len(d.kids)
	for _, v := range d.kids[:n-1] {
		va := a
		va.mode = modeFlat
		va.allLines = d.allLines
		if p.fits(va, []*Doc{v}, nil) {
			va.allLines = false
			p.stack = append(p.stack, item{v, va})
			return
		}
	}
	a.mode = modeExpanded
	p.stack = append(p.stack, item{d.kids[n-1], a})
}

var openParen = text("(")
var closeParen = text(")")

func (p *printer) printBestFitParens(d *Doc, a args) {
	m := p.flatGroupMode(d.id, a, d.kids)
	if m != modeFlat {
		p.setMode(d.id, modeExpanded)
		ma := a
		ma.allLines = true
		inner := ma
		inner.indent++
		pre := []item{{openParen, ma}, {hardLine, inner}}
		// The closing parenthesis goes on its own line, followed by the rest.
		if p.fits(inner, d.kids, pre, item{hardLine, ma}, item{closeParen, ma}) {
			m = modeExpanded
		} else {
			m = modeFlat
		}
	}
	p.setMode(d.id, m)
	if m == modeFlat {
		a.mode = modeFlat
		p.push(a, d.kids)
		return
	}
	a.mode = modeExpanded
	inner := a
	inner.indent++
	p.stack = append(p.stack, item{closeParen, a}, item{hardLine, a})
	p.push(inner, d.kids)
	p.stack = append(p.stack, item{hardLine, inner}, item{openParen, a})
}

// fits reports whether kids (after the pre items), followed by the rest of
// the pending stack, fit on the current line: up to the first line break in
// expanded mode, or, where a.allLines, every line of kids.
func (p *printer) fits(a args, kids []*Doc, pre []item, post ...item) bool {
	st := p.fitsStack[:0]
	for i := len(post) - 1; i >= 0; i-- {
		st = append(st, post[i])
	}
	for i := len(kids) - 1; i >= 0; i-- {
		st = append(st, item{kids[i], a})
	}
	for i := len(pre) - 1; i >= 0; i-- {
		st = append(st, pre[i])
	}
	width := p.lineWidth
	pending := p.pendingIndent
	hasSuffix := len(p.suffixes) > 0
	rest := len(p.stack)
	mustBeFlat := false
	defer func() { p.fitsStack = st[:0] }()
	for {
		var it item
		if len(st) > 0 {
			it = st[len(st)-1]
			st = st[:len(st)-1]
		} else {
			if rest == 0 {
				return true
			}
			rest--
			it = p.stack[rest]
		}
		d, a := it.d, it.a
		switch d.k {
		case kText:
			if pending > 0 {
				width += pending * p.indentWidth
			}
			pending = -1
			if d.w >= 0 {
				width += d.w
			} else {
				s := d.s
				for i := 0; i < len(s); i++ {
					if s[i] == '\n' {
						if mustBeFlat {
							return false
						}
						if !a.allLines {
							return true
						}
						width = 0
						continue
					}
					width += textWidth(s[i : i+1])
				}
			}
			if width > p.width {
				return false
			}
		case kList:
			for i := len(d.kids) - 1; i >= 0; i-- {
				st = append(st, item{d.kids[i], a})
			}
		case kLine:
			if a.mode == modeFlat {
				switch d.lm {
				case lmSoftOrSpace:
					if pending > 0 {
						width += pending * p.indentWidth
					}
					pending = -1
					width++
					if width > p.width {
						return false
					}
				case lmHard, lmEmpty, lmLiteral:
					return !mustBeFlat
				}
			} else {
				if !a.allLines {
					return true
				}
				width = 0
				pending = a.indent
			}
		case kGroup, kCondGroup:
			if d.k == kCondGroup && p.modeOf(d.c.id, a.mode) != d.c.mode {
				for i := len(d.kids) - 1; i >= 0; i-- {
					st = append(st, item{d.kids[i], a})
				}
				continue
			}
			if mustBeFlat && d.gm != gFlat {
				return false
			}
			if d.gm != gFlat {
				a.mode = modeExpanded
			}
			if d.k == kGroup {
				p.setMode(d.id, a.mode)
			}
			for i := len(d.kids) - 1; i >= 0; i-- {
				st = append(st, item{d.kids[i], a})
			}
		case kIndent:
			a.indent++
			for i := len(d.kids) - 1; i >= 0; i-- {
				st = append(st, item{d.kids[i], a})
			}
		case kIndentIfBreak:
			if p.modeOf(d.id, a.mode) == modeExpanded {
				a.indent++
			}
			for i := len(d.kids) - 1; i >= 0; i-- {
				st = append(st, item{d.kids[i], a})
			}
		case kCondContent:
			m := a.mode
			if d.c.id > 0 {
				m = p.modeOf(d.c.id, a.mode)
			}
			if m == d.c.mode {
				for i := len(d.kids) - 1; i >= 0; i-- {
					st = append(st, item{d.kids[i], a})
				}
			}
		case kLineSuffix:
			hasSuffix = true
			if d.w > 0 {
				width += d.w
				if width > p.width {
					return false
				}
			}
		case kLineSuffixBoundary:
			if hasSuffix {
				return false
			}
		case kExpandParent:
			if mustBeFlat {
				return false
			}
		case kFitsExpanded:
			if !d.hasCond || p.modeOf(d.c.id, a.mode) == d.c.mode {
				a.mode = modeExpanded
				a.allLines = true
			} else if d.propagate && a.mode == modeFlat {
				return false
			}
			for i := len(d.kids) - 1; i >= 0; i-- {
				st = append(st, item{d.kids[i], a})
			}
		case kBestFitting:
			v := d.kids[len(d.kids)-1]
			if a.mode == modeFlat {
				v = d.kids[0]
			}
			st = append(st, item{v, a})
		case kBestFitParens:
			p.setMode(d.id, a.mode)
			for i := len(d.kids) - 1; i >= 0; i-- {
				st = append(st, item{d.kids[i], a})
			}
		}
	}
}
