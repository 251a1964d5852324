package format

import (
	"cmp"
	"slices"
	"sort"

	"github.com/monty-tools/monty-tools/syntax"
)

// comment is a source comment with its placement facts.
type comment struct {
	start, end int
	text       string
	ownLine    bool // only whitespace precedes it on its line
	done       bool // printed
}

// nodeComments are the comments attached to one node.
type nodeComments struct {
	leading, trailing, dangling []*comment
	// header: end-of-line comments after a clause header's colon, keyed
	// on the clause body's first statement; clause: own-line comments
	// before a clause keyword (else, elif, except, finally), keyed the same.
	header, clause []*comment
}

func (f *formatter) nc(n syntax.Node) *nodeComments {
	c := f.cmOf(n)
	if c == nil {
		c = &nodeComments{}
		f.cm[n] = c
		start := int(n.Span().Start)
		if f.cmStarts == nil {
			f.cmStarts = make([]uint64, len(f.src)/64+1)
		}
		f.cmStarts[start/64] |= 1 << (start % 64)
	}
	return c
}

// cmOf returns the comments attached to n, or nil. Most nodes have none:
// a bit per start offset answers for them without hashing n.
func (f *formatter) cmOf(n syntax.Node) *nodeComments {
	start := int(n.Span().Start)
	if w := start / 64; w >= len(f.cmStarts) || f.cmStarts[w]&(1<<(start%64)) == 0 {
		return nil
	}
	return f.cm[n]
}

func (f *formatter) leadingOf(n syntax.Node) []*comment {
	if c := f.cmOf(n); c != nil {
		return c.leading
	}
	return nil
}

func (f *formatter) trailingOf(n syntax.Node) []*comment {
	if c := f.cmOf(n); c != nil {
		return c.trailing
	}
	return nil
}

func (f *formatter) danglingOf(n syntax.Node) []*comment {
	if c := f.cmOf(n); c != nil {
		return c.dangling
	}
	return nil
}

func (f *formatter) hasComments(n syntax.Node) bool {
	c := f.cmOf(n)
	return c != nil && (len(c.leading) > 0 || len(c.trailing) > 0 || len(c.dangling) > 0)
}

// kidsOf is children(n), cached.
func (f *formatter) kidsOf(n syntax.Node) []syntax.Node {
	if k, ok := f.kids[n]; ok {
		return k
	}
	var k []syntax.Node
	if n == syntax.Node(f.file) {
		k = make([]syntax.Node, len(f.file.Body))
		for i, s := range f.file.Body {
			k[i] = s
		}
	} else {
		k = children(n)
	}
	if f.kids == nil {
		f.kids = map[syntax.Node][]syntax.Node{}
	}
	f.kids[n] = k
	return k
}

// children lists n's direct child nodes in source order.
func children(n syntax.Node) []syntax.Node {
	var out []syntax.Node
	syntax.Inspect(n, func(c syntax.Node) bool {
		if c == n {
			return true
		}
		if c != nil {
			switch c.(type) {
			case *syntax.StringPart:
				return false
			}
			out = append(out, c)
		}
		return false
	})
	// Inspect visits keys and values in source order but a few helper
	// nodes (params) may come out of order; sort by start to be safe.
	if !slices.IsSortedFunc(out, byStart) {
		slices.SortStableFunc(out, byStart)
	}
	return out
}

func byStart(a, b syntax.Node) int { return cmp.Compare(a.Span().Start, b.Span().Start) }

func isStmtLike(n syntax.Node) bool {
	switch n.(type) {
	case syntax.Stmt, *syntax.ExceptHandler, *syntax.MatchCase:
		return true
	}
	return false
}

// attachComments places every comment of the file.
func (f *formatter) attachComments() {
	for i := range f.file.Comments {
		c := &f.file.Comments[i]
		cm := &comment{start: int(c.Start), end: int(c.End), text: c.Text}
		ls := lineStart(f.src, cm.start)
		cm.ownLine = isBlank(f.src[ls:cm.start])
		f.comments = append(f.comments, cm)
	}
	for _, c := range f.comments {
		f.place(c)
	}
}

func isBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\f' {
			return false
		}
	}
	return true
}

// locate finds the innermost node enclosing c and its children just
// before and after c.
func (f *formatter) locate(c *comment) (enc, prev, next syntax.Node) {
	enc = f.file
	for {
		kids := f.kidsOf(enc)
		prev, next = nil, nil
		var inside syntax.Node
		// The first child that ends after the comment starts.
		i := sort.Search(len(kids), func(i int) bool { return int(kids[i].Span().End) > c.start })
		if i > 0 {
			prev = kids[i-1]
		}
		for ; i < len(kids); i++ {
			sp := kids[i].Span()
			if int(sp.Start) >= c.end {
				next = kids[i]
				break
			}
			if inside == nil {
				inside = kids[i]
			}
		}
		if inside == nil {
			return enc, prev, next
		}
		if _, ok := inside.(*syntax.StringExpr); ok {
			return inside, nil, nil
		}
		enc = inside
	}
}

// lastChildStmt returns the last statement of the last block of a
// compound statement (or nil).
func lastChildStmt(n syntax.Node) syntax.Stmt {
	var body []syntax.Stmt
	switch s := n.(type) {
	case *syntax.IfStmt:
		for len(s.Else) == 1 {
			e, ok := s.Else[0].(*syntax.IfStmt)
			if !ok || !e.IsElif {
				break
			}
			s = e
		}
		body = s.Body
		if len(s.Else) > 0 {
			body = s.Else
		}
	case *syntax.WhileStmt:
		body = s.Body
		if len(s.Else) > 0 {
			body = s.Else
		}
	case *syntax.ForStmt:
		body = s.Body
		if len(s.Else) > 0 {
			body = s.Else
		}
	case *syntax.WithStmt:
		body = s.Body
	case *syntax.FuncDef:
		body = s.Body
	case *syntax.ClassDef:
		body = s.Body
	case *syntax.TryStmt:
		switch {
		case len(s.Finally) > 0:
			body = s.Finally
		case len(s.Else) > 0:
			body = s.Else
		case len(s.Handlers) > 0:
			body = s.Handlers[len(s.Handlers)-1].Body
		default:
			body = s.Body
		}
	case *syntax.MatchStmt:
		if len(s.Cases) > 0 {
			body = s.Cases[len(s.Cases)-1].Body
		}
	case *syntax.ExceptHandler:
		body = s.Body
	case *syntax.MatchCase:
		body = s.Body
	}
	if len(body) == 0 {
		return nil
	}
	return body[len(body)-1]
}

func (f *formatter) col(off int) int {
	return off - lineStart(f.src, off)
}

// clauseStart returns the offset of the keyword that opens the clause
// whose body starts with stmt first inside enc, or -1 if first opens enc's
// main body.
func (f *formatter) clauseStart(enc syntax.Node, first syntax.Node) int {
	switch first.(type) {
	case *syntax.ExceptHandler, *syntax.MatchCase:
		return int(first.Span().Start)
	}
	if s, ok := first.(*syntax.IfStmt); ok && s.IsElif {
		return int(s.Start)
	}
	isClause := false
	switch e := enc.(type) {
	case *syntax.IfStmt:
		isClause = len(e.Else) > 0 && e.Else[0] == first
	case *syntax.WhileStmt:
		isClause = len(e.Else) > 0 && e.Else[0] == first
	case *syntax.ForStmt:
		isClause = len(e.Else) > 0 && e.Else[0] == first
	case *syntax.TryStmt:
		isClause = len(e.Else) > 0 && e.Else[0] == first || len(e.Finally) > 0 && e.Finally[0] == first
	}
	if !isClause {
		return -1
	}
	// Walk back over the colon to the keyword.
	p := f.prevTokenStart(int(first.Span().Start)) // ':'
	p = f.prevTokenStart(p)                        // last letter of the keyword
	for p > 0 && isIdentByte(f.src[p-1]) {
		p--
	}
	return p
}

// place attaches one comment.
func (f *formatter) place(c *comment) {
	enc, prev, next := f.locate(c)
	if s, ok := enc.(*syntax.StringExpr); ok {
		// Between the parts of an implicit concatenation.
		var before, after *syntax.StringPart
		for _, p := range s.Parts {
			if int(p.End) <= c.start {
				before = p
			} else if after == nil && int(p.Start) >= c.end {
				after = p
			}
		}
		switch {
		case c.ownLine && after != nil:
			f.nc(after).leading = append(f.nc(after).leading, c)
		case before != nil:
			f.nc(before).trailing = append(f.nc(before).trailing, c)
		default:
			f.nc(s).trailing = append(f.nc(s).trailing, c)
		}
		return
	}
	prevStmt := prev != nil && isStmtLike(prev)
	nextStmt := next != nil && isStmtLike(next)
	if prevStmt || nextStmt {
		f.placeStmtComment(c, enc, prev, next, prevStmt, nextStmt)
		return
	}
	// Comments between decorators and the def/class keyword.
	var defName syntax.Node
	switch e := enc.(type) {
	case *syntax.FuncDef:
		defName = e.Name
	case *syntax.ClassDef:
		defName = e.Name
	}
	if defName != nil && next == defName {
		if !c.ownLine && prev != nil {
			f.nc(prev).trailing = append(f.nc(prev).trailing, c)
			return
		}
		f.nc(enc).dangling = append(f.nc(enc).dangling, c)
		return
	}
	// Expression level.
	if !c.ownLine && f.afterOpenBracket(c) {
		p := f.prevTokenStart(c.start)
		if next != nil {
			if _, ok := next.(*syntax.Params); ok {
				f.nc(next).dangling = append(f.nc(next).dangling, c)
				return
			}
			ownParen := false
			switch x := enc.(type) {
			case *syntax.CallExpr:
				ownParen = p == f.nextTokenStart(int(x.Fn.Span().End))
			case *syntax.ClassDef:
				ownParen = true
			}
			if e, ok := next.(syntax.Expr); ok && !ownParen && f.isParenthesized(e) && f.prevTokenStart(int(next.Span().Start)) == p {
				f.nc(next).leading = append(f.nc(next).leading, c)
				return
			}
		}
		f.nc(enc).dangling = append(f.nc(enc).dangling, c)
		return
	}
	if l, ok := enc.(*syntax.LambdaExpr); ok && next == syntax.Node(l.Body) && !c.ownLine {
		// After the lambda's colon: goes inside the body's parentheses.
		f.nc(next).leading = append(f.nc(next).leading, c)
		return
	}
	if k, ok := prev.(*syntax.Keyword); ok {
		// The argument list prints a keyword's comments with its value.
		prev = k.Value
	}
	switch {
	case c.ownLine && next != nil:
		f.nc(next).leading = append(f.nc(next).leading, c)
	case prev != nil:
		f.nc(prev).trailing = append(f.nc(prev).trailing, c)
	case next != nil:
		f.nc(next).leading = append(f.nc(next).leading, c)
	default:
		f.nc(enc).dangling = append(f.nc(enc).dangling, c)
	}
}

func (f *formatter) afterOpenBracket(c *comment) bool {
	p := f.prevTokenStart(c.start)
	if p < 0 {
		return false
	}
	switch f.src[p] {
	case '(', '[', '{':
		return true
	}
	return false
}

func (f *formatter) placeStmtComment(c *comment, enc, prev, next syntax.Node, prevStmt, nextStmt bool) {
	sameLine := prev != nil && !c.ownLine && f.lineOf(int(prev.Span().End)) == f.lineOf(c.start)
	if ps, ok := prev.(*syntax.Params); ok && nextStmt {
		// A comment inside the parameter list, after the last parameter.
		colon := f.prevTokenStart(int(next.Span().Start))
		if q := f.nextTokenStart(c.end); c.start < colon && q < len(f.src) && f.src[q] == ')' {
			if last := lastParam(ps); last != nil {
				f.nc(last).trailing = append(f.nc(last).trailing, c)
				return
			}
		}
	}
	if !c.ownLine {
		if prevStmt && sameLine {
			f.nc(deepestLast(prev)).trailing = append(f.nc(deepestLast(prev)).trailing, c)
			return
		}
		if nextStmt && (f.clauseStart(enc, next) < 0 || f.clauseStart(enc, next) < c.start) {
			// After a header's colon.
			key := next
			if _, ok := next.(*syntax.ExceptHandler); ok {
				key = next
			}
			f.nc(key).header = append(f.nc(key).header, c)
			return
		}
		if prev != nil {
			f.nc(prev).trailing = append(f.nc(prev).trailing, c)
			return
		}
		f.nc(enc).dangling = append(f.nc(enc).dangling, c)
		return
	}
	// Own-line comment.
	ccol := f.col(c.start)
	if nextStmt {
		cs := f.clauseStart(enc, next)
		if cs >= 0 && c.start > cs {
			// After the clause header: leads the clause body.
			f.nc(next).leading = append(f.nc(next).leading, c)
			return
		}
		if cs >= 0 && c.start < cs && prevStmt {
			// Between a body and the next clause keyword.
			kwcol := f.col(cs)
			if ccol > kwcol {
				var t syntax.Node = prev
				switch prev.(type) {
				case *syntax.ExceptHandler, *syntax.MatchCase:
					t = lastChildStmt(prev)
				}
				t = f.deepestFor(t, ccol, false)
				f.nc(t).trailing = append(f.nc(t).trailing, c)
				return
			}
			if _, ok := next.(*syntax.MatchCase); ok {
				f.nc(next).leading = append(f.nc(next).leading, c)
				return
			}
			f.nc(next).clause = append(f.nc(next).clause, c)
			return
		}
		if cs >= 0 && c.start < cs {
			f.nc(next).clause = append(f.nc(next).clause, c)
			return
		}
	}
	if prevStmt {
		// An earlier, less indented comment closes the deeper blocks.
		pend := int(prev.Span().End)
		i := sort.Search(len(f.comments), func(i int) bool { return f.comments[i].start > pend })
		for ; i < len(f.comments) && f.comments[i].start < c.start; i++ {
			if o := f.comments[i]; o.ownLine && f.col(o.start) < ccol {
				ccol = f.col(o.start)
			}
		}
		if t := f.deepestFor(prev, ccol, false); t != prev {
			f.nc(t).trailing = append(f.nc(t).trailing, c)
			return
		}
		if !nextStmt {
			f.nc(prev).trailing = append(f.nc(prev).trailing, c)
			return
		}
		// Between two statements of one block: a comment separated from
		// the next statement by a blank line trails the previous one.
		if f.maxEmptyLines(c.end, int(next.Span().Start)) > 0 {
			f.nc(prev).trailing = append(f.nc(prev).trailing, c)
			return
		}
	}
	if next != nil {
		f.nc(next).leading = append(f.nc(next).leading, c)
		return
	}
	f.nc(enc).dangling = append(f.nc(enc).dangling, c)
}

func (f *formatter) nextNonSpace(pos int) int {
	for pos < len(f.src) {
		switch f.src[pos] {
		case ' ', '\t', '\n', '\f', '\r':
			pos++
			continue
		}
		break
	}
	return pos
}

func (f *formatter) newlinesBetween(a, b int) int {
	n := 0
	for i := a; i < b && i < len(f.src); i++ {
		if f.src[i] == '\n' {
			n++
		}
	}
	return n
}

// deepestLast follows the chain of last statements of n's blocks.
func deepestLast(n syntax.Node) syntax.Node {
	for {
		l := lastChildStmt(n)
		if l == nil {
			return n
		}
		n = l
	}
}

// deepestFor returns the deepest last descendant statement of n whose
// column is at most ccol; force accepts the first level regardless.
func (f *formatter) deepestFor(n syntax.Node, ccol int, force bool) syntax.Node {
	cur := n
	first := true
	for {
		l := lastChildStmt(cur)
		if l == nil {
			return cur
		}
		if f.col(int(l.Span().Start)) > ccol && !(force && first) {
			return cur
		}
		first = false
		cur = l
	}
}

func (f *formatter) lineOf(off int) int {
	return sort.Search(len(f.lineStarts), func(i int) bool { return f.lineStarts[i] > off }) - 1
}

// commentAt returns the comment containing offset p, or nil.
func (f *formatter) commentAt(p int) *comment {
	i := sort.Search(len(f.comments), func(i int) bool { return f.comments[i].end > p })
	if i < len(f.comments) && f.comments[i].start <= p {
		return f.comments[i]
	}
	return nil
}

// prevTokenStart returns the offset of the last non-trivia byte before p
// (skipping whitespace, line continuations and comments), or -1.
func (f *formatter) prevTokenStart(p int) int {
	p--
	for p >= 0 {
		ch := f.src[p]
		switch ch {
		case ' ', '\t', '\n', '\r', '\f', '\\':
			p--
			continue
		}
		if c := f.commentAt(p); c != nil {
			p = c.start - 1
			continue
		}
		return p
	}
	return -1
}

// nextTokenStart returns the offset of the first non-trivia byte at or
// after p, or len(src).
func (f *formatter) nextTokenStart(p int) int {
	for p < len(f.src) {
		ch := f.src[p]
		switch ch {
		case ' ', '\t', '\n', '\r', '\f', '\\':
			p++
			continue
		case '#':
			for p < len(f.src) && f.src[p] != '\n' {
				p++
			}
			continue
		}
		return p
	}
	return p
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// maxEmptyLines is the longest run of blank lines in src[a:b].
func (f *formatter) maxEmptyLines(a, b int) int {
	best, run := 0, 0
	lineStart := true
	blank := true
	for i := a; i < b && i < len(f.src); i++ {
		c := f.src[i]
		if c == '\n' {
			if !lineStart && blank {
				run++
				if run > best {
					best = run
				}
			} else if !blank {
				run = 0
			}
			lineStart = false
			blank = true
			continue
		}
		if c != ' ' && c != '\t' && c != '\f' && c != '\r' {
			blank = false
			run = 0
		}
	}
	return best
}

// lastParam returns the last parameter of a list, or nil.
func lastParam(ps *syntax.Params) *syntax.Param {
	switch {
	case ps.Kwarg != nil:
		return ps.Kwarg
	case len(ps.KwOnly) > 0:
		return ps.KwOnly[len(ps.KwOnly)-1]
	case ps.Vararg != nil:
		return ps.Vararg
	case len(ps.Args) > 0:
		return ps.Args[len(ps.Args)-1]
	case len(ps.PosOnly) > 0:
		return ps.PosOnly[len(ps.PosOnly)-1]
	}
	return nil
}
