package syntax

// This file holds the parser's allocators. A parse makes several nodes and
// lists per source line, and all of them live exactly as long as the tree.
// So the common ones are carved out of larger blocks rather than allocated
// one by one: fewer, larger objects cost less to allocate, and the garbage
// collector has fewer objects to find and mark. (The price: whoever keeps
// one node of a discarded tree keeps its whole block alive.)
//
// Lists are first collected on a scratch stack that the whole parse
// reuses, then copied once into a block at their final length: no list
// grows by reallocation (leaving its old arrays behind as garbage), and
// none carries spare capacity. Each list's capacity equals its length, so
// appending to one reallocates rather than overwriting its neighbour.
//
// The arena is shared by the parser and its f-string field sub-parsers.
// Lists nest strictly (a list under construction finishes after every list
// begun inside it), so one stack per element type serves all of them.

// arena holds the allocators of one parse.
type arena struct {
	// Nodes, roughly in order of frequency.
	idents     slab[Ident]
	strs       slab[stringNode]
	nums       slab[NumberLit]
	attrs      slab[AttrExpr]
	calls      slab[CallExpr]
	subscripts slab[SubscriptExpr]
	keywords   slab[Keyword]
	assigns    slab[AssignStmt]
	texts      slab[FStringText]
	tuples     slab[TupleExpr]
	fields     slab[FStringField]
	compares   slab[CompareExpr]
	unaries    slab[UnaryExpr]
	binaries   slab[BinaryExpr]
	params     slab[Param]
	exprStmts  slab[ExprStmt]
	ifs        slab[IfStmt]
	consts     slab[ConstLit]
	bools      slab[BoolExpr]
	returns    slab[ReturnStmt]
	comps      slab[Comprehension]
	annAssigns slab[AnnAssignStmt]
	compExprs  slab[CompExpr]
	listExprs  slab[ListExpr]
	dicts      slab[DictExpr]
	paramLists slab[Params]
	augAssigns slab[AugAssignStmt]
	funcs      slab[FuncDef]
	conds      slab[CondExpr]
	starreds   slab[StarredExpr]
	slices     slab[SliceExpr]
	raises     slab[RaiseStmt]
	fors       slab[ForStmt]
	dels       slab[DelStmt]
	asserts    slab[AssertStmt]
	parts      slab[StringPart] // the parts of strings after their first

	// Lists.
	exprs     lists[Expr]
	stmts     lists[Stmt]
	kwargs    lists[*Keyword]
	cmpOps    lists[CmpOp]
	elems     lists[FStringElem]
	items     lists[DictItem]
	forList   lists[*Comprehension]
	paramList lists[*Param]
	partList  lists[*StringPart]

	text         []byte    // scratch for f-string text that needs joining
	subs         []*parser // free list of f-string field parsers
	peekBrackets []int32   // scratch stacks for peek's scanner
	peekIndents  []indent
}

// reset readies a recycled arena for the next parse. Node blocks and
// list blocks belong to the finished tree and are let go; the scratch
// stacks are kept, emptied of pointers into that tree so that the pool
// does not keep it alive.
func (a *arena) reset() {
	for _, sub := range a.subs {
		*sub = parser{sc: scanner{indents: sub.sc.indents[:0], brackets: sub.sc.brackets[:0]}, errh: sub.errh}
	}
	// Field by field, writing only what is set: a whole-struct write
	// costs a write barrier per pointer field while the collector marks.
	a.idents.drop()
	a.strs.drop()
	a.nums.drop()
	a.attrs.drop()
	a.calls.drop()
	a.subscripts.drop()
	a.keywords.drop()
	a.assigns.drop()
	a.texts.drop()
	a.tuples.drop()
	a.fields.drop()
	a.compares.drop()
	a.unaries.drop()
	a.binaries.drop()
	a.params.drop()
	a.exprStmts.drop()
	a.ifs.drop()
	a.consts.drop()
	a.bools.drop()
	a.returns.drop()
	a.comps.drop()
	a.annAssigns.drop()
	a.compExprs.drop()
	a.listExprs.drop()
	a.dicts.drop()
	a.paramLists.drop()
	a.augAssigns.drop()
	a.funcs.drop()
	a.conds.drop()
	a.starreds.drop()
	a.slices.drop()
	a.raises.drop()
	a.fors.drop()
	a.dels.drop()
	a.asserts.drop()
	a.parts.drop()
	a.exprs.reuse()
	a.stmts.reuse()
	a.kwargs.reuse()
	a.cmpOps.reuse()
	a.elems.reuse()
	a.items.reuse()
	a.forList.reuse()
	a.paramList.reuse()
	a.partList.reuse()
	a.text, a.peekBrackets, a.peekIndents = a.text[:0], a.peekBrackets[:0], a.peekIndents[:0]
}

// shortSource is the length below which a source is short enough for its
// lists to start in blocks of smallListBlock: a one-line program should
// not cost a 16-item block per kind of list.
const (
	shortSource    = 256
	smallListBlock = 4
)

// startSmall makes the lists start with small blocks.
func (a *arena) startSmall() {
	a.exprs.first, a.stmts.first, a.kwargs.first = smallListBlock, smallListBlock, smallListBlock
	a.cmpOps.first, a.elems.first, a.items.first = smallListBlock, smallListBlock, smallListBlock
	a.forList.first, a.paramList.first, a.partList.first = smallListBlock, smallListBlock, smallListBlock
}

// tinySource is the length below which a source (a one-line expression
// such as `x * y`) starts its commonest nodes and its statement list in
// blocks of tinyBlock: such a program is parsed, compiled and run in a
// few microseconds, and the bytes it allocates drive the collector's cost.
const (
	tinySource = 32
	tinyBlock  = 2
)

// startTiny makes the commonest nodes and the statement list start with
// tiny blocks (after startSmall).
func (a *arena) startTiny() {
	a.idents.first, a.binaries.first, a.exprStmts.first = tinyBlock, tinyBlock, tinyBlock
	a.nums.first, a.strs.first, a.calls.first, a.assigns.first = tinyBlock, tinyBlock, tinyBlock, tinyBlock
	a.stmts.first = tinyBlock
}

// Block sizes, in elements. Blocks start small, so that parsing a short
// file stays cheap, and double up to the maximum.
const (
	minNodeBlock = 4
	maxNodeBlock = 128
	minListBlock = 16
	maxListBlock = 512
)

// slab hands out zeroed values of type T carved from blocks.
type slab[T any] struct {
	block []T // the current block
	used  int // how many of its values have been handed out
	first int // length of the first block if not minNodeBlock (tiny sources)
}

// new returns a pointer to a zero T.
func (s *slab[T]) new() *T {
	if s.used == len(s.block) {
		s.grow()
	}
	x := &s.block[s.used]
	s.used++
	return x
}

// alloc returns a pointer to a copy of v. While the collector is marking,
// copying a whole value costs a write barrier for every pointer field, nil
// or not, so the commonest nodes are rather made with new and filled in
// field by field.
func (s *slab[T]) alloc(v T) *T {
	x := s.new()
	*x = v
	return x
}

// drop lets go of the block, which belongs to the finished tree.
func (s *slab[T]) drop() {
	if s.block != nil || s.first != 0 {
		*s = slab[T]{}
	}
}

// grow starts a new block; kept out of new so that new inlines.
func (s *slab[T]) grow() {
	n := min(max(2*len(s.block), minNodeBlock), maxNodeBlock)
	if s.block == nil && s.first > 0 {
		n = s.first
	}
	s.block = make([]T, n)
	s.used = 0
}

// lists builds exact-size slices of T: the items of the lists under
// construction are pushed on stack, and pop copies a finished list out.
// Popped items stay behind in the stack's spare capacity: clearing them
// would cost more than it saves, as the stack lives only as long as the
// parse.
type lists[T any] struct {
	stack []T // items of the unfinished lists, innermost last
	free  []T // unused rest of the current block
	size  int // length of the last block
	first int // length of the first block if not minListBlock (short sources)
}

// mark returns the height of the stack, where a list about to be built
// will begin.
func (l *lists[T]) mark() int { return len(l.stack) }

// push adds x to the innermost list under construction.
func (l *lists[T]) push(x T) { l.stack = append(l.stack, x) }

// top returns the last item pushed.
func (l *lists[T]) top() T { return l.stack[len(l.stack)-1] }

// pop removes the items pushed since mark and returns them as a slice
// whose length and capacity are their number, or nil if there are none
// (as appending them to a nil slice would).
func (l *lists[T]) pop(mark int) []T {
	items := l.stack[mark:]
	n := len(items)
	if n == 0 {
		return nil
	}
	var out []T
	if n > maxListBlock/4 {
		out = make([]T, n) // a long list gets its own array
	} else {
		if n > len(l.free) {
			l.grow(n)
		}
		out = l.free[:n:n]
		l.free = l.free[n:]
	}
	copy(out, items)
	l.stack = l.stack[:mark]
	return out
}

// reuse empties l for another parse: it keeps its stack's array, cleared,
// and lets go of its block.
func (l *lists[T]) reuse() {
	clear(l.stack[:cap(l.stack)])
	if l.free != nil {
		l.free = nil
	}
	l.stack, l.size, l.first = l.stack[:0], 0, 0
}

// drop removes the items pushed since mark and discards them.
func (l *lists[T]) drop(mark int) { l.stack = l.stack[:mark] }

// grow starts a new block with room for at least n items, abandoning what
// is left of the old one (less than a quarter of a full block, as longer
// lists do not use blocks).
func (l *lists[T]) grow(n int) {
	lo := minListBlock
	if l.first > 0 {
		lo = l.first
	}
	l.size = min(max(2*l.size, lo, n), maxListBlock)
	l.free = make([]T, l.size)
}

// newIdent returns an Ident for src[start:end] named name.
func (p *parser) newIdent(start, end int, name string) *Ident {
	id := p.arena.idents.new()
	id.Loc, id.Name = loc(start, end), name
	return id
}

// fieldParser returns a parser for the f-string field src[start:end],
// reusing a released one and its scanner; release returns it.
func (p *parser) fieldParser(start, end int) *parser {
	a := p.arena
	var sub *parser
	if n := len(a.subs); n > 0 {
		sub, a.subs = a.subs[n-1], a.subs[:n-1]
	} else {
		sub = &parser{}
	}
	sub.sc.resetField(p.src, start, end, p.errHandler(), &p.file.Comments)
	*sub = parser{sc: sub.sc, src: p.src, file: p.file, errs: p.errs, lastErrPos: p.lastErrPos, depth: p.depth, arena: a, errh: sub.errh}
	return sub
}

// release puts a field parser back for reuse.
func (a *arena) release(sub *parser) { a.subs = append(a.subs, sub) }

// errHandler returns p.scanError as a func value, made once per parser:
// every field parser's scanner reports through its parent's.
func (p *parser) errHandler() func(int, int, string) {
	if p.errh == nil {
		p.errh = p.scanError
	}
	return p.errh
}
