package format

import (
	"sort"
	"strings"

	"github.com/monty-tools/monty-tools/syntax"
)

// expr formats an expression with its attached comments.
func (f *formatter) expr(e syntax.Expr, pm parenMode) *Doc {
	paren := pm == always || pm == preserve && f.isParenthesized(e)
	lead, trail := f.leadingOf(e), f.trailingOf(e)
	if paren {
		if len(lead) == 0 && len(trail) == 0 {
			return f.parenthesized("(", func() *Doc { return f.exprInner(e) }, ")", nil)
		}
		// Split the comments into those outside and inside the parentheses.
		open, close := f.prevTokenStart(int(e.Span().Start)), f.nextTokenStart(int(e.Span().End))
		if pm == always && !f.isParenthesized(e) {
			// New parentheses: the comments go inside them.
			open, close = -1, int(e.Span().End)+1
		}
		var outerLead, openC, innerLead, innerTrail, outerTrail []*comment
		for _, c := range lead {
			switch {
			case c.start < open:
				outerLead = append(outerLead, c)
			case !c.ownLine && len(innerLead) == 0 && len(openC) == 0:
				openC = append(openC, c)
			default:
				innerLead = append(innerLead, c)
			}
		}
		for _, c := range trail {
			if c.start < close {
				innerTrail = append(innerTrail, c)
			} else {
				outerTrail = append(outerTrail, c)
			}
		}
		inner := f.parenthesized("(", func() *Doc {
			return f.concat(f.exprLeading(innerLead), f.exprInner(e), f.trailingComments(innerTrail))
		}, ")", openC)
		return f.concat(f.exprLeading(outerLead), inner, f.trailingComments(outerTrail))
	}
	if f.lv == lvTop || f.lv == lvCompound {
		olv := f.lv
		f.lv, f.parenID = lvExpr, 0
		d := f.exprInner(e)
		f.lv = olv
		return f.concat(f.exprLeading(lead), d, f.trailingComments(trail))
	}
	if len(lead) == 0 && len(trail) == 0 {
		return f.exprInner(e)
	}
	return f.concat(f.exprLeading(lead), f.exprInner(e), f.trailingComments(trail))
}

func (f *formatter) exprLeading(cs []*comment) *Doc {
	if len(cs) == 0 {
		return nil
	}
	parts := []*Doc{}
	for _, c := range cs {
		if c.ownLine {
			parts = append(parts, f.commentDoc(c), hardLine)
		} else {
			parts = append(parts, f.commentDoc(c), hardLine)
		}
	}
	return f.concat(parts...)
}

// withLeading prefixes the doc of a non-expression node with its leading
// comments (joinComma prints the trailing ones).
func (f *formatter) withLeading(n syntax.Node, d *Doc) *Doc {
	lead := f.leadingOf(n)
	if len(lead) == 0 {
		return d
	}
	return f.concat(f.exprLeading(lead), d)
}

// exprInner formats the expression itself.
func (f *formatter) exprInner(e syntax.Expr) *Doc {
	switch e := e.(type) {
	case *syntax.Ident:
		// As written: the tree holds the NFKC-normalised name.
		return f.text(f.str[e.Start:e.End])
	case *syntax.NumberLit:
		return f.text(normalizeNumber(e.Raw))
	case *syntax.ConstLit:
		switch e.Kind {
		case syntax.NoneConst:
			return f.text("None")
		case syntax.TrueConst:
			return f.text("True")
		case syntax.FalseConst:
			return f.text("False")
		}
		return f.text("...")
	case *syntax.StringExpr:
		return f.stringExpr(e)
	case *syntax.BinaryExpr, *syntax.BoolExpr, *syntax.CompareExpr:
		return f.binaryLike(e)
	case *syntax.UnaryExpr:
		return f.unary(e)
	case *syntax.NamedExpr:
		return f.concat(f.expr(e.Target, preserve), f.text(" := "), f.expr(e.Value, preserve))
	case *syntax.LambdaExpr:
		return f.lambda(e)
	case *syntax.CondExpr:
		return f.inParensGroup(f.condParts(e)...)
	case *syntax.DictExpr:
		return f.dict(e)
	case *syntax.SetExpr:
		return f.parenthesized("{", func() *Doc { return f.sequence(e.Elts, int(e.End)-1, true) }, "}", f.danglingOf(e))
	case *syntax.ListExpr:
		if len(e.Elts) == 0 {
			return f.emptyParenthesized("[", f.danglingOf(e), "]")
		}
		return f.parenthesized("[", func() *Doc { return f.sequence(e.Elts, int(e.End)-1, true) }, "]", f.danglingOf(e))
	case *syntax.TupleExpr:
		return f.tuple(e, tDefault)
	case *syntax.CompExpr:
		return f.comprehension(e)
	case *syntax.AwaitExpr:
		return f.concat(f.text("await "), f.maybeParen(e.X, e, parIfRequired))
	case *syntax.YieldExpr:
		kw := "yield"
		if e.From {
			kw = "yield from"
		}
		if e.X == nil {
			return f.text(kw)
		}
		return f.concat(f.text(kw+" "), f.maybeParen(e.X, e, parOptional))
	case *syntax.CallExpr:
		return f.call(e)
	case *syntax.AttrExpr:
		return f.attr(e)
	case *syntax.SubscriptExpr:
		return f.subscript(e)
	case *syntax.SliceExpr:
		return f.slice(e)
	case *syntax.StarredExpr:
		return f.concat(f.text("*"), f.expr(e.X, preserve))
	}
	sp := e.Span()
	return f.text(f.str[sp.Start:sp.End])
}

func (f *formatter) unary(e *syntax.UnaryExpr) *Doc {
	op := [...]string{"~", "not ", "+", "-"}[e.Op]
	x := e.X
	// `-x ** 2` reads better as `-(x**2)`.
	if _, ok := x.(*syntax.BinaryExpr); ok && e.Op != syntax.Not && !f.isParenthesized(x) {
		return f.concat(f.text(op), f.expr(x, always))
	}
	return f.concat(f.text(op), f.expr(x, preserve))
}

func (f *formatter) condParts(e *syntax.CondExpr) []*Doc {
	parts := []*Doc{
		f.expr(e.Body, preserve),
		f.inParensSoftLineOrSpace(), f.exprLeading(f.leadingOf(e.Test)), f.text("if "), f.exprNoLead(e.Test),
		f.inParensSoftLineOrSpace(), f.exprLeading(f.leadingOf(e.Else)), f.text("else "),
	}
	if c, ok := e.Else.(*syntax.CondExpr); ok && !f.isParenthesized(c) && !f.hasComments(c) {
		return append(parts, f.condParts(c)...)
	}
	return append(parts, f.exprNoLead(e.Else))
}

// exprNoLead2 runs fn with e's leading comments hidden (the caller printed them).
func (f *formatter) exprNoLead2(e syntax.Expr, fn func() *Doc) *Doc {
	c := f.cmOf(e)
	if c == nil || len(c.leading) == 0 {
		return fn()
	}
	saved := c.leading
	c.leading = nil
	d := fn()
	c.leading = saved
	return d
}

// exprNoLead formats e whose leading comments the caller printed.
func (f *formatter) exprNoLead(e syntax.Expr) *Doc {
	c := f.cmOf(e)
	if c == nil || len(c.leading) == 0 {
		return f.expr(e, preserve)
	}
	saved := c.leading
	c.leading = nil
	d := f.expr(e, preserve)
	c.leading = saved
	return d
}

func (f *formatter) lambda(e *syntax.LambdaExpr) *Doc {
	parts := []*Doc{f.text("lambda")}
	if e.Params != nil && paramCount(e.Params) > 0 {
		parts = append(parts, space, f.lambdaParams(e.Params))
		if q := f.nextTokenStart(int(e.Params.End)); q < len(f.src) && f.src[q] == ',' || f.src[f.prevTokenStart(int(e.Params.End))] == ',' {
			parts = append(parts, f.text(","))
		}
	}
	body := f.expr(e.Body, preserve)
	if len(f.leadingOf(e.Body)) > 0 && !f.isParenthesized(e.Body) {
		body = f.expr(e.Body, always)
	} else if !f.isParenthesized(e.Body) && f.needsParens(e.Body, e) == opMultiline && !f.hasComments(e.Body) {
		body = f.parenIfExpandsFn(func() *Doc { return f.expr(e.Body, never) })
	}
	parts = append(parts, f.text(":"), space, body)
	return f.concat(parts...)
}

// ---- binary-like expressions ----

type operand struct {
	e  syntax.Expr
	op string // operator before this operand ("" for the first)
}

func cmpText(op syntax.CmpOp) string {
	return [...]string{"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"}[op]
}

// precOf gives binary-like expressions a precedence (higher binds tighter).
func precOf(e syntax.Expr) int {
	switch e := e.(type) {
	case *syntax.BoolExpr:
		if e.Op == syntax.Or {
			return 1
		}
		return 2
	case *syntax.CompareExpr:
		return 4
	case *syntax.BinaryExpr:
		switch e.Op {
		case syntax.BitOr:
			return 5
		case syntax.BitXor:
			return 6
		case syntax.BitAnd:
			return 7
		case syntax.LShift, syntax.RShift:
			return 8
		case syntax.Add, syntax.Sub:
			return 9
		case syntax.Pow:
			return 11
		}
		return 10
	}
	return 100
}

// flatten collects the operands of a chain of one precedence.
func (f *formatter) flatten(e syntax.Expr, out []operand, op string) []operand {
	p := precOf(e)
	switch x := e.(type) {
	case *syntax.BinaryExpr:
		if x.Op != syntax.Pow {
			if l, ok := x.X.(*syntax.BinaryExpr); ok && precOf(l) == p && !f.isParenthesized(l) && !f.hasComments(l) {
				out = f.flatten(l, out, op)
			} else {
				out = append(out, operand{x.X, op})
			}
			return append(out, operand{x.Y, binOpText[x.Op]})
		}
		out = append(out, operand{x.X, op})
		if y, ok := x.Y.(*syntax.BinaryExpr); ok && y.Op == syntax.Pow && !f.isParenthesized(y) && !f.hasComments(y) {
			return f.flatten(y, out, "**")
		}
		return append(out, operand{x.Y, "**"})
	case *syntax.BoolExpr:
		o := "and"
		if x.Op == syntax.Or {
			o = "or"
		}
		for i, v := range x.Values {
			vop := o
			if i == 0 {
				vop = op
			}
			// Nested boolean operations split with the outer one.
			if b, ok := v.(*syntax.BoolExpr); ok && !f.isParenthesized(b) && !f.hasComments(b) {
				out = f.flatten(b, out, vop)
				continue
			}
			out = append(out, operand{v, vop})
		}
		return out
	case *syntax.CompareExpr:
		out = append(out, operand{x.X, op})
		for i, y := range x.Ys {
			out = append(out, operand{y, cmpText(x.Ops[i])})
		}
		return out
	}
	return append(out, operand{e, op})
}

func isSimplePowerOperand(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.UnaryExpr:
		if e.Op == syntax.Not {
			return false
		}
		return isSimplePowerOperand(e.X)
	case *syntax.NumberLit, *syntax.Ident:
		return true
	case *syntax.ConstLit:
		return e.Kind != syntax.EllipsisConst
	case *syntax.AttrExpr:
		for x := e.X; ; {
			switch y := x.(type) {
			case *syntax.Ident:
				return true
			case *syntax.AttrExpr:
				x = y.X
				continue
			}
			return false
		}
	}
	return false
}

func (f *formatter) binaryLike(e syntax.Expr) *Doc {
	return f.inParensGroup(f.binaryChain(e)...)
}

func (f *formatter) binaryChain(e syntax.Expr) []*Doc {
	var buf [8]operand
	ops := f.flatten(e, buf[:0], "")
	if len(ops) == 2 {
		if d := f.concatOperatorChain(ops); d != nil {
			return []*Doc{d}
		}
	}
	p := precOf(e)
	parts := make([]*Doc, 0, 4*len(ops))
	for i, o := range ops {
		var d *Doc
		if s, ok := o.e.(*syntax.StringExpr); ok && len(s.Parts) > 1 && !f.isParenthesized(s) && !f.hasComments(s) {
			d = f.concatInChain(s)
		} else if precOf(o.e) < 100 && precOf(o.e) > p && !f.isParenthesized(o.e) && !f.hasComments(o.e) {
			d = f.inParensGroup(f.binaryChain(o.e)...)
		} else {
			d = f.expr(o.e, preserve)
		}
		if i == 0 {
			parts = append(parts, d)
			continue
		}
		if o.op == "**" && isSimplePowerOperand(ops[i-1].e) && isSimplePowerOperand(o.e) && !f.isParenthesized(ops[i-1].e) && !f.isParenthesized(o.e) {
			parts = append(parts, f.text("**"), d)
			continue
		}
		if s, ok := ops[i-1].e.(*syntax.StringExpr); ok && len(s.Parts) > 1 && !f.isParenthesized(s) {
			parts = append(parts, space, f.text(o.op), space, d)
			continue
		}
		if lead := f.leadingOf(o.e); len(lead) > 0 {
			// Comments stay on their side of the operator.
			opPos := f.nextTokenStart(int(ops[i-1].e.Span().End))
			for opPos < len(f.src) && f.src[opPos] == ')' {
				opPos = f.nextTokenStart(opPos + 1)
			}
			if lead[0].start < opPos {
				parts = append(parts, f.inParensSoftLineOrSpace(), f.exprLeading(lead), f.text(o.op), space, f.exprNoLead(o.e))
			} else {
				parts = append(parts, f.inParensSoftLineOrSpace(), f.text(o.op), hardLine, f.exprLeading(lead), f.exprNoLead(o.e))
			}
			continue
		}
		parts = append(parts, f.inParensSoftLineOrSpace(), f.text(o.op), space, d)
	}
	return parts
}

// ---- collections ----

// sequence joins expressions with commas (ruff's join_comma_separated).
func (f *formatter) sequence(elts []syntax.Expr, end int, oneOrMore bool) *Doc {
	items := make([]*Doc, len(elts))
	nodes := make([]syntax.Node, len(elts))
	for i, e := range elts {
		items[i] = f.exprNoTrail(e)
		nodes[i] = e
	}
	return f.joinComma(items, nodes, end, oneOrMore)
}

// exprNoTrail formats e without its trailing comments (joinComma prints them).
func (f *formatter) exprNoTrail(e syntax.Expr) *Doc {
	c := f.cmOf(e)
	if c == nil || len(c.trailing) == 0 {
		return f.expr(e, preserve)
	}
	saved := c.trailing
	c.trailing = nil
	d := f.expr(e, preserve)
	c.trailing = saved
	return d
}

// joinComma joins items with ", " or line breaks, adding a trailing comma
// when the group breaks; end is the offset of the closing bracket. The
// nodes' trailing comments are printed here: end-of-line ones before the
// comma (as line suffixes), own-line ones after it.
func (f *formatter) joinComma(items []*Doc, nodes []syntax.Node, end int, oneOrMore bool) *Doc {
	if len(items) == 0 {
		return nil
	}
	var buf [32]*Doc // concat copies parts: small lists stay off the heap
	parts := buf[:0]
	last := len(items) - 1
	for i, it := range items {
		parts = append(parts, it)
		var own []*comment
		for _, c := range f.trailingOf(nodes[i]) {
			if c.ownLine {
				own = append(own, c)
			} else {
				parts = append(parts, f.trailingEOL(c))
			}
		}
		if i < last {
			parts = append(parts, f.text(","), f.ownLineTrail(own), softLineOrSpace)
			continue
		}
		magic := f.magicTrailingComma(int(nodes[i].Span().End), end)
		if magic || oneOrMore && len(items) > 1 {
			parts = append(parts, f.ifBreaks(0, f.text(",")))
		}
		if magic {
			parts = append(parts, expandParent)
		}
		parts = append(parts, f.ownLineTrail(own))
	}
	return f.concat(parts...)
}

func (f *formatter) ownLineTrail(cs []*comment) *Doc {
	parts := []*Doc{}
	for _, c := range cs {
		parts = append(parts, hardLine, f.commentDoc(c))
	}
	return f.concat(parts...)
}

// magicTrailingComma reports a comma after the last element, before end.
func (f *formatter) magicTrailingComma(lastEnd, end int) bool {
	if f.opt.SkipMagicTrailingComma {
		return false
	}
	q := f.nextTokenStart(lastEnd)
	for q < end && f.src[q] == ')' {
		q = f.nextTokenStart(q + 1)
	}
	return q < end && f.src[q] == ','
}

// tupleMode is how a tuple's parentheses are handled (ruff's TupleParentheses).
type tupleMode uint8

const (
	tDefault tupleMode = iota
	tPreserve
	tNeverPreserve
	tOptional
	tNever
)

func (f *formatter) tuple(e *syntax.TupleExpr, mode tupleMode) *Doc {
	dang := f.danglingOf(e)
	if len(e.Elts) == 0 {
		return f.emptyParenthesized("(", dang, ")")
	}
	end := int(e.End)
	if e.Parenthesized {
		end--
	}
	if len(e.Elts) == 1 {
		if mode == tPreserve && !e.Parenthesized {
			// In a subscript: `x[a,]`, or `x[*a]` as written.
			if q := f.nextTokenStart(int(e.Elts[0].Span().End)); q < len(f.src) && f.src[q] == ',' {
				return f.concat(f.expr(e.Elts[0], preserve), f.text(","))
			}
			return f.expr(e.Elts[0], preserve)
		}
		return f.parenthesized("(", func() *Doc {
			return f.concat(f.exprNoTrail(e.Elts[0]), f.text(","), f.trailingComments(f.trailingOf(e.Elts[0])))
		}, ")", dang)
	}
	if e.Parenthesized && !(mode == tNeverPreserve && len(dang) == 0) {
		return f.parenthesized("(", func() *Doc { return f.sequence(e.Elts, end, true) }, ")", dang)
	}
	switch mode {
	case tNever:
		parts := []*Doc{}
		for i, x := range e.Elts {
			if i > 0 {
				parts = append(parts, f.text(", "))
			}
			parts = append(parts, f.expr(x, preserve))
		}
		return f.concat(parts...)
	case tPreserve:
		return f.group(f.sequence(e.Elts, end, true))
	case tNeverPreserve:
		return f.optionalParens(func() *Doc { return f.sequence(e.Elts, end, true) })
	case tOptional:
		if len(e.Elts) == 2 {
			return f.optionalParens(func() *Doc { return f.sequence(e.Elts, end, true) })
		}
	}
	if f.lv == lvParen || f.lv == lvExpr && f.parenID != 0 {
		// Enclosing (optional) parentheses serve the tuple.
		return f.sequence(e.Elts, end, true)
	}
	return f.parenIfExpandsFn(func() *Doc { return f.sequence(e.Elts, end, true) })
}

// tupleNoParens formats a for-loop target: a tuple loses its parentheses.
func (f *formatter) tupleNoParens(e syntax.Expr) *Doc {
	if t, ok := e.(*syntax.TupleExpr); ok && !f.hasComments(t) {
		return f.tuple(t, tNeverPreserve)
	}
	return f.expr(e, preserve)
}

func (f *formatter) dict(e *syntax.DictExpr) *Doc {
	if len(e.Items) == 0 {
		return f.emptyParenthesized("{", f.danglingOf(e), "}")
	}
	return f.parenthesized("{", func() *Doc {
		items := make([]*Doc, len(e.Items))
		nodes := make([]syntax.Node, len(e.Items))
		for i, it := range e.Items {
			if it.Key == nil {
				items[i] = f.concat(f.text("**"), f.exprNoTrail(it.Value))
			} else if tr := f.trailingOf(it.Key); len(tr) > 0 && !tr[len(tr)-1].ownLine && !f.isParenthesized(it.Key) {
				// `key:  # comment` with the value on the next line.
				key := f.exprNoTrail(it.Key)
				items[i] = f.concat(key, f.text(":"), f.eolDocs(tr), hardLine, f.exprNoTrail(it.Value))
			} else {
				items[i] = f.group(f.expr(it.Key, preserve), f.text(":"), space, f.exprNoTrail(it.Value))
			}
			nodes[i] = it.Value
		}
		return f.joinComma(items, nodes, int(e.End)-1, true)
	}, "}", f.danglingOf(e))
}

func (f *formatter) comprehension(e *syntax.CompExpr) *Doc {
	body := func() *Doc {
		var elt *Doc
		if e.Kind == syntax.DictComp {
			elt = f.concat(f.expr(e.Elt, preserve), f.text(":"), space, f.expr(e.Value, preserve))
		} else {
			elt = f.expr(e.Elt, preserve)
		}
		parts := []*Doc{f.group(elt)}
		for _, c := range e.For {
			parts = append(parts, softLineOrSpace, f.compFor(c))
		}
		return f.group(parts...)
	}
	switch e.Kind {
	case syntax.ListComp:
		return f.parenthesized("[", body, "]", f.danglingOf(e))
	case syntax.SetComp, syntax.DictComp:
		return f.parenthesized("{", body, "}", f.danglingOf(e))
	}
	if !e.Parenthesized {
		return f.withLevel(lvParen, 0, body)
	}
	return f.parenthesized("(", body, ")", f.danglingOf(e))
}

func (f *formatter) compFor(c *syntax.Comprehension) *Doc {
	kw := "for "
	if c.Async {
		kw = "async for "
	}
	target := f.expr(c.Target, preserve)
	if t, ok := c.Target.(*syntax.TupleExpr); ok && !t.Parenthesized && !f.hasComments(t) {
		target = f.tuple(t, tNever)
	}
	parts := []*Doc{f.text(kw), target, f.text(" in "), f.expr(c.Iter, preserve)}
	for _, cond := range c.Ifs {
		parts = append(parts, softLineOrSpace, f.group(f.text("if "), f.expr(cond, preserve)))
	}
	return f.concat(parts...)
}

// ---- calls, attributes, subscripts ----

// chainStart decides whether e is formatted as a fluent call chain and
// whether it is the chain's root; the caller restores f.chain with end.
func (f *formatter) chainStart(e syntax.Expr) (fluent, root bool) {
	if f.chain {
		return true, false
	}
	inParens := f.lv == lvParen || f.lv == lvExpr && f.parenID != 0
	if inParens && f.isFluent(e) {
		return true, true
	}
	return false, false
}

// chainValue formats the value of an attribute, call or subscript inside a chain.
func (f *formatter) chainValue(x syntax.Expr, fluent bool) *Doc {
	saved := f.chain
	switch x.(type) {
	case *syntax.AttrExpr, *syntax.CallExpr, *syntax.SubscriptExpr:
		f.chain = fluent && !f.isParenthesized(x)
	default:
		f.chain = false
	}
	d := f.expr(x, preserve)
	f.chain = saved
	return d
}

func (f *formatter) call(e *syntax.CallExpr) *Doc {
	fluent, root := f.chainStart(e)
	fn := f.chainValue(e.Fn, fluent)
	saved := f.chain
	f.chain = false
	defer func() { f.chain = saved }()
	if root {
		return f.group(fn, f.callArgs(e))
	}
	return f.concat(fn, f.callArgs(e))
}

func (f *formatter) callArgs(e *syntax.CallExpr) *Doc {
	open := f.nextTokenStart(int(e.Fn.Span().End))
	for open < int(e.End) && f.src[open] == ')' {
		open = f.nextTokenStart(open + 1)
	}
	return f.arguments(e, e.Args, e.Keywords, open, int(e.End))
}

type argNode struct {
	n   syntax.Node
	doc func() *Doc
}

// arguments formats a parenthesized argument list; open is the offset of
// '(' and end the offset just after ')'.
func (f *formatter) arguments(owner syntax.Node, args []syntax.Expr, kws []*syntax.Keyword, open, end int) *Doc {
	dang := f.danglingOf(owner)
	if len(args)+len(kws) == 0 {
		return f.emptyParenthesized("(", dang, ")")
	}
	if len(args) == 1 && len(kws) == 0 {
		a := args[0]
		if s, ok := a.(*syntax.StringExpr); ok && len(s.Parts) == 1 && f.isMultilineString(s) && !f.hasComments(s) && len(dang) == 0 && !f.soleArgParenthesized(s, open) && !f.magicTrailingComma(int(s.End), end-1) && f.newlinesBetween(open, int(s.Start)) == 0 {
			// A lone multi-line string hugs the parentheses.
			return f.concat(f.text("("), f.expr(s, never), f.text(")"))
		}
		if g, ok := a.(*syntax.CompExpr); ok && g.Kind == syntax.GeneratorExp && !g.Parenthesized {
			return f.parenthesized("(", func() *Doc { return f.group(f.comprehension(g)) }, ")", dang)
		}
	}
	list := make([]argNode, 0, len(args)+len(kws))
	for _, a := range args {
		a := a
		list = append(list, argNode{a, nil})
	}
	for _, k := range kws {
		k := k
		list = append(list, argNode{k, nil})
	}
	if len(args) > 0 && len(kws) > 0 && !argsInOrder(list) {
		// f(a, k=1, *rest): the AST keeps keywords apart; print in source order.
		sort.SliceStable(list, func(i, j int) bool { return list[i].n.Span().Start < list[j].n.Span().Start })
	}
	return f.parenthesized("(", func() *Doc {
		items := make([]*Doc, len(list))
		nodes := make([]syntax.Node, len(list))
		for i, a := range list {
			nodes[i] = a.n
			switch n := a.n.(type) {
			case *syntax.Keyword:
				var d *Doc
				if n.Name == nil {
					d = f.concat(f.text("**"), f.exprNoTrail(n.Value))
				} else {
					d = f.concat(f.text(f.str[n.Name.Start:n.Name.End]), f.text("="), f.exprNoTrail(n.Value))
				}
				items[i] = f.withLeading(n, d)
				nodes[i] = n.Value
			case syntax.Expr:
				if len(list) == 1 {
					pm := never
					if f.soleArgParenthesized(n, open) {
						pm = always
					}
					items[i] = f.exprNoTrailMode(n, pm)
				} else {
					items[i] = f.exprNoTrail(n)
				}
			}
		}
		return f.group(f.joinComma(items, nodes, end-1, true))
	}, ")", dang)
}

func (f *formatter) exprNoTrailMode(e syntax.Expr, pm parenMode) *Doc {
	c := f.cmOf(e)
	if c == nil || len(c.trailing) == 0 {
		return f.expr(e, pm)
	}
	saved := c.trailing
	c.trailing = nil
	d := f.expr(e, pm)
	c.trailing = saved
	return d
}

// soleArgParenthesized reports extra parentheses around a call's only argument.
func (f *formatter) soleArgParenthesized(a syntax.Expr, open int) bool {
	n := 0
	for p := f.prevTokenStart(int(a.Span().Start)); p > open && f.src[p] == '('; p = f.prevTokenStart(p) {
		n++
	}
	return n > 0
}

func isBaseTenNumber(e syntax.Expr, src []byte) bool {
	n, ok := e.(*syntax.NumberLit)
	if !ok {
		return false
	}
	if n.Kind == syntax.FloatLit {
		return true
	}
	if n.Kind == syntax.ImagLit {
		return false
	}
	r := n.Raw
	return !(len(r) > 1 && r[0] == '0' && (r[1]|0x20 == 'x' || r[1]|0x20 == 'o' || r[1]|0x20 == 'b'))
}

func (f *formatter) attr(e *syntax.AttrExpr) *Doc {
	fluent, root := f.chainStart(e)
	var v *Doc
	paren := f.isParenthesized(e.X)
	if isBaseTenNumber(e.X, f.src) && !paren {
		paren = true
		v = f.expr(e.X, always)
	} else {
		v = f.chainValue(e.X, fluent)
	}
	saved := f.chain
	f.chain = false
	defer func() { f.chain = saved }()
	var brk *Doc
	if fluent {
		switch e.X.(type) {
		case *syntax.CallExpr, *syntax.SubscriptExpr:
			brk = softLine
		}
		if paren {
			brk = softLine
		}
	}
	d := f.concat(v, brk, f.text("."), f.text(e.Name.Name))
	if root {
		return f.group(d)
	}
	return d
}

func (f *formatter) subscript(e *syntax.SubscriptExpr) *Doc {
	fluent, root := f.chainStart(e)
	v := f.chainValue(e.X, fluent)
	saved := f.chain
	f.chain = false
	defer func() { f.chain = saved }()
	if root {
		return f.group(v, f.subscriptIndex(e))
	}
	return f.concat(v, f.subscriptIndex(e))
}

func (f *formatter) subscriptIndex(e *syntax.SubscriptExpr) *Doc {
	return f.concat(f.parenthesized("[", func() *Doc {
		if t, ok := e.Index.(*syntax.TupleExpr); ok {
			return f.tuple(t, tPreserve)
		}
		return f.expr(e.Index, preserve)
	}, "]", f.danglingOf(e)))
}

func isSimpleSliceExpr(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.UnaryExpr:
		if e.Op == syntax.Not {
			return false
		}
		return isSimpleSliceExpr(e.X)
	case *syntax.Ident, *syntax.NumberLit, *syntax.ConstLit:
		return true
	case *syntax.StringExpr:
		return !e.FString
	}
	return false
}

func (f *formatter) slice(e *syntax.SliceExpr) *Doc {
	simple := (e.Lo == nil || isSimpleSliceExpr(e.Lo)) && (e.Hi == nil || isSimpleSliceExpr(e.Hi)) && (e.Step == nil || isSimpleSliceExpr(e.Step))
	parts := []*Doc{}
	if e.Lo != nil {
		parts = append(parts, f.expr(e.Lo, preserve))
		if !simple {
			parts = append(parts, space)
		}
	}
	parts = append(parts, f.text(":"))
	if e.Hi != nil {
		if !simple {
			parts = append(parts, space)
		}
		parts = append(parts, f.expr(e.Hi, preserve))
	}
	// Is there a second colon?
	hasStep := e.Step != nil
	if !hasStep {
		q := int(e.Start)
		if e.Hi != nil {
			q = int(e.Hi.Span().End)
		} else if e.Lo != nil {
			q = int(e.Lo.Span().End)
		}
		q = f.nextTokenStart(q)
		if q < int(e.End) && f.src[q] == ':' {
			q = f.nextTokenStart(q + 1)
		}
		hasStep = q < int(e.End) && f.src[q] == ':'
	}
	if hasStep {
		if !simple && e.Hi != nil && e.Step != nil {
			parts = append(parts, space)
		}
		parts = append(parts, f.text(":"))
		if e.Step != nil {
			if !simple {
				parts = append(parts, space)
			}
			parts = append(parts, f.expr(e.Step, preserve))
		}
	}
	return f.concat(parts...)
}

// isFluent mirrors ruff's call chain layout test: at least two attribute
// accesses on calls or subscripts.
func (f *formatter) isFluent(e syntax.Expr) bool {
	c := f.chainInfo(e)
	return c.count+c.rootParen >= 2
}

// chainCount describes the call chain ending at an expression: the
// number of attribute accesses on calls or subscripts, and whether the
// chain starts at a parenthesized value.
type chainCount struct{ count, rootParen int }

// chainInfo computes chainCount. Long chains are memoised: every link of
// a chain asks about the rest of it, which would be quadratic. Short ones
// are recomputed, which is cheaper than a map entry per expression.
func (f *formatter) chainInfo(e syntax.Expr) chainCount {
	c, _ := f.chainInfoDepth(e)
	return c
}

// memoDepth is the chain length from which chainInfo results are memoised.
const memoDepth = 8

func (f *formatter) chainInfoDepth(e syntax.Expr) (chainCount, int) {
	var c chainCount
	depth := 0
	switch x := e.(type) {
	case *syntax.AttrExpr:
		if f.isParenthesized(x.X) {
			c.rootParen = 1
			break
		}
		c, depth = f.chainLink(x.X)
		switch x.X.(type) {
		case *syntax.CallExpr, *syntax.SubscriptExpr:
			c.count++
		}
	case *syntax.CallExpr:
		if !f.isParenthesized(x.Fn) {
			c, depth = f.chainLink(x.Fn)
		}
	case *syntax.SubscriptExpr:
		if !f.isParenthesized(x.X) {
			c, depth = f.chainLink(x.X)
		}
	default:
		return c, 0
	}
	return c, depth + 1
}

// chainLink is chainInfoDepth through the memo.
func (f *formatter) chainLink(e syntax.Expr) (chainCount, int) {
	if v, ok := f.fluentMemo[e]; ok {
		return v, memoDepth
	}
	c, depth := f.chainInfoDepth(e)
	if depth >= memoDepth {
		if f.fluentMemo == nil {
			f.fluentMemo = map[syntax.Expr]chainCount{}
		}
		f.fluentMemo[e] = c
	}
	return c, depth
}

// concatInChain formats an implicit concatenation that is an operand of a
// binary expression: merged if the whole expression fits, else one part
// per line.
func (f *formatter) concatInChain(e *syntax.StringExpr) *Doc {
	parts := make([]*Doc, 0, 2*len(e.Parts))
	for i, p := range e.Parts {
		if i > 0 {
			parts = append(parts, f.inParensSoftLineOrSpace())
		}
		parts = append(parts, f.text(f.partText(p)))
	}
	if m, ok := f.mergedString(e); ok {
		return f.concat(f.ifFlat(0, f.text(m)), f.ifBreaks(0, parts...))
	}
	return f.concat(parts...)
}

// concatOperatorChain formats `"implicit" "concatenation" op right`: merged
// when everything fits, else one part per line with the operator and the
// right operand after the last part when they fit there.
func (f *formatter) concatOperatorChain(ops []operand) *Doc {
	s, ok := ops[0].e.(*syntax.StringExpr)
	if !ok || len(s.Parts) < 2 || f.isParenthesized(s) || f.hasComments(s) || f.hasComments(ops[1].e) {
		return nil
	}
	right := f.expr(ops[1].e, preserve)
	op := f.text(ops[1].op)
	parts := make([]*Doc, 0, 2*len(s.Parts)+2)
	for i, p := range s.Parts[:len(s.Parts)-1] {
		if i > 0 {
			parts = append(parts, f.inParensSoftLineOrSpace())
		}
		parts = append(parts, f.text(f.partText(p)))
	}
	last := f.text(f.partText(s.Parts[len(s.Parts)-1]))
	parts = append(parts, f.inParensSoftLineOrSpace(), f.group(last, softLineOrSpace, op, space, right))
	expanded := f.concat(parts...)
	if m, ok := f.mergedString(s); ok {
		return f.concat(f.ifFlat(0, f.text(m), space, op, space, right), f.ifBreaks(0, expanded))
	}
	if sp := s.Span(); strings.IndexByte(f.str[sp.Start:sp.End], '\n') >= 0 {
		return f.concat(expanded, expandParent)
	}
	return expanded
}

// argsInOrder reports whether list is sorted by source position.
func argsInOrder(list []argNode) bool {
	for i := 1; i < len(list); i++ {
		if list[i].n.Span().Start < list[i-1].n.Span().Start {
			return false
		}
	}
	return true
}
