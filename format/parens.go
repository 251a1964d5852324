package format

import (
	"github.com/monty-tools/monty-tools/syntax"
)

// parenMode says how an expression's own source parentheses are treated.
type parenMode uint8

const (
	preserve parenMode = iota // keep parentheses written in the source
	always                    // always parenthesize
	never                     // never print source parentheses
)

// parenthesize is where a statement allows optional parentheses (ruff's Parenthesize).
type parenthesize uint8

const (
	parOptional parenthesize = iota
	parIfBreaks
	parIfRequired
	parIfBreaksParenthesized
	parIfBreaksParenthesizedNested
)

// optParens is what an expression needs (ruff's OptionalParentheses).
type optParens uint8

const (
	opMultiline optParens = iota
	opAlways
	opBestFit
	opNever
)

// isParenthesized reports whether e is enclosed in parentheses of its own.
func (f *formatter) isParenthesized(e syntax.Node) bool {
	sp := e.Span()
	q := f.nextTokenStart(int(sp.End))
	if q >= len(f.src) || f.src[q] != ')' {
		return false
	}
	p := f.prevTokenStart(int(sp.Start))
	return p >= 0 && f.src[p] == '('
}

// parenthesized wraps content built by fn (at bracket level) in brackets.
func (f *formatter) parenthesized(open string, fn func() *Doc, close string, dangling []*comment) *Doc {
	outerLv, outerID := f.lv, f.parenID
	content := f.withLevel(lvParen, 0, fn)
	var dd *Doc
	if len(dangling) > 0 {
		ps := []*Doc{}
		for _, c := range dangling {
			if c.ownLine {
				ps = append(ps, hardLine, f.commentDoc(c))
			} else {
				ps = append(ps, f.trailingEOL(c))
			}
		}
		dd = f.concat(ps...)
	}
	g := f.group(f.text(open), dd, f.softBlockIndent(content), f.text(close))
	if outerLv == lvExpr && outerID != 0 {
		return f.fitsExpanded(true, cond{outerID, modeFlat}, g)
	}
	return g
}

// emptyParenthesized prints empty brackets with their dangling comments.
func (f *formatter) emptyParenthesized(open string, dangling []*comment, close string) *Doc {
	if len(dangling) == 0 {
		return f.text(open + close)
	}
	ps := []*Doc{f.text(open)}
	own := false
	for _, c := range dangling {
		if c.ownLine {
			own = true
			ps = append(ps, f.indent(hardLine, f.commentDoc(c)))
		} else {
			ps = append(ps, f.trailingEOL(c))
		}
	}
	if own {
		ps = append(ps, hardLine)
	} else {
		ps = append(ps, softLine)
	}
	ps = append(ps, f.text(close))
	return f.group(ps...)
}

// optionalParens adds parentheses only if the content does not fit even
// after splitting its own brackets.
func (f *formatter) optionalParens(fn func() *Doc) *Doc {
	id := f.newID()
	content := f.withLevel(lvExpr, id, fn)
	return f.groupID(id, f.ifBreaks(0, f.text("(")), f.indentIfBreaks(id, softLine, content), softLine, f.ifBreaks(0, f.text(")")))
}

// parenIfExpands parenthesizes content when it does not fit.
func (f *formatter) parenIfExpands(content *Doc) *Doc {
	return f.group(f.ifBreaks(0, f.text("(")), f.indent(softLine, content), softLine, f.ifBreaks(0, f.text(")")))
}

func (f *formatter) parenIfExpandsFn(fn func() *Doc) *Doc {
	return f.parenIfExpands(f.withLevel(lvParen, 0, fn))
}

// inParensGroup groups kids only where a break can be parenthesized.
func (f *formatter) inParensGroup(kids ...*Doc) *Doc {
	switch {
	case f.lv == lvExpr && f.parenID != 0:
		return f.condGroup(cond{f.parenID, modeExpanded}, kids...)
	case f.lv == lvParen:
		return f.group(kids...)
	}
	return f.concat(kids...)
}

func (f *formatter) inParensSoftLineOrSpace() *Doc {
	switch {
	case f.lv == lvExpr && f.parenID != 0:
		return f.concat(f.ifBreaks(f.parenID, softLineOrSpace), f.ifFlat(f.parenID, space))
	case f.lv == lvParen:
		return softLineOrSpace
	}
	return space
}

func (f *formatter) inParensSoftLine() *Doc {
	switch {
	case f.lv == lvExpr && f.parenID != 0:
		return f.ifBreaks(f.parenID, softLine)
	case f.lv == lvParen:
		return softLine
	}
	return nil
}

// maybeParen formats an expression in a statement position that may add
// parentheses (ruff's maybe_parenthesize_expression).
func (f *formatter) maybeParen(e syntax.Expr, parent syntax.Node, mode parenthesize) *Doc {
	if mode == parOptional && f.isParenthesized(e) {
		return f.expr(e, always)
	}
	if len(f.leadingOf(e)) > 0 || f.hasTrailingOwnLine(e) {
		return f.expr(e, always)
	}
	np := f.needsParens(e, parent)
	if np != opAlways && f.lv == lvParen {
		if mode == parIfBreaksParenthesizedNested {
			return f.parenIfExpandsFn(func() *Doc { return f.expr(e, never) })
		}
		return f.expr(e, never)
	}
	switch np {
	case opMultiline:
		if mode == parIfRequired {
			return f.expr(e, never)
		}
		if f.canOmitOptionalParens(e) {
			return f.optionalParens(func() *Doc { return f.expr(e, never) })
		}
		return f.parenIfExpandsFn(func() *Doc { return f.expr(e, never) })
	case opBestFit:
		switch mode {
		case parIfBreaksParenthesized, parIfBreaksParenthesizedNested:
			if f.canOmitOptionalParens(e) {
				return f.optionalParens(func() *Doc { return f.expr(e, never) })
			}
			return f.parenIfExpandsFn(func() *Doc { return f.expr(e, never) })
		case parOptional, parIfRequired:
			return f.expr(e, never)
		}
		if len(f.trailingOf(e)) > 0 {
			return f.expr(e, always)
		}
		id := f.newID()
		content := f.withLevel(lvExpr, id, func() *Doc { return f.expr(e, never) })
		return f.bestFitParens(id, content)
	case opAlways:
		return f.expr(e, always)
	}
	return f.expr(e, never)
}

// needsParens tells whether e needs parentheses to split (ruff's needs_parentheses).
func (f *formatter) needsParens(e syntax.Expr, parent syntax.Node) optParens {
	switch e := e.(type) {
	case *syntax.LambdaExpr:
		if _, ok := parent.(*syntax.AwaitExpr); ok {
			return opAlways
		}
		// The body parenthesizes itself when it breaks.
		return opNever
	case *syntax.BinaryExpr, *syntax.BoolExpr, *syntax.CompareExpr, *syntax.CondExpr:
		if _, ok := parent.(*syntax.AwaitExpr); ok {
			return opAlways
		}
		if b, ok := e.(*syntax.BinaryExpr); ok {
			// `"""multi-line""" % args` needs no parentheses.
			if s, ok := b.X.(*syntax.StringExpr); ok && len(s.Parts) == 1 && f.isMultilineString(s) && !f.isParenthesized(s) {
				if h, _ := f.hasParens(b.Y); h {
					return opNever
				}
			}
		}
		return opMultiline
	case *syntax.UnaryExpr:
		if _, ok := parent.(*syntax.AwaitExpr); ok {
			return opAlways
		}
		if f.isParenthesized(e.X) || f.hasComments(e.X) {
			return opNever
		}
		return f.needsParens(e.X, e)
	case *syntax.AwaitExpr:
		if _, ok := parent.(*syntax.AwaitExpr); ok {
			return opAlways
		}
		if f.isParenthesized(e.X) {
			return opNever
		}
		np := f.needsParens(e.X, e)
		if np == opBestFit || np == opAlways {
			return opNever
		}
		return np
	case *syntax.StarredExpr:
		return f.needsParens(e.X, e)
	case *syntax.YieldExpr:
		switch parent.(type) {
		case *syntax.AssignStmt, *syntax.AnnAssignStmt, *syntax.AugAssignStmt:
			if e.X == nil || f.isParenthesized(e.X) {
				return opNever
			}
			np := f.needsParens(e.X, e)
			if np == opBestFit {
				return opNever
			}
			return np
		}
		return opAlways
	case *syntax.NamedExpr:
		switch parent.(type) {
		case *syntax.AnnAssignStmt, *syntax.AssignStmt, *syntax.AugAssignStmt, *syntax.AssertStmt, *syntax.ReturnStmt,
			*syntax.ExceptHandler, *syntax.WithItem, *syntax.YieldExpr, *syntax.AwaitExpr, *syntax.DelStmt,
			*syntax.ForStmt, *syntax.FuncDef, *syntax.WithStmt:
			return opAlways
		}
		return opNever
	case *syntax.TupleExpr:
		if e.Parenthesized || len(e.Elts) == 1 {
			// `x,` gets parentheses of its own (tuple), which do the
			// splitting: optional ones around them would double them.
			return opNever
		}
		return opMultiline
	case *syntax.ListExpr, *syntax.SetExpr, *syntax.DictExpr, *syntax.SliceExpr:
		return opNever
	case *syntax.CompExpr:
		return opNever
	case *syntax.CallExpr:
		if f.isFluent(e) {
			return opMultiline
		}
		if f.isParenthesized(e.Fn) {
			return opNever
		}
		return f.needsParens(e.Fn, e)
	case *syntax.SubscriptExpr:
		if f.isFluent(e) {
			return opMultiline
		}
		if f.isParenthesized(e.X) {
			return opNever
		}
		np := f.needsParens(e.X, e)
		if np == opBestFit {
			if fd, ok := parent.(*syntax.FuncDef); ok && fd.Returns == syntax.Expr(e) && paramCount(fd.Params) == 0 {
				return opMultiline
			}
			return opNever
		}
		return np
	case *syntax.AttrExpr:
		if f.isFluent(e) {
			return opMultiline
		}
		if len(f.danglingOf(e)) > 0 {
			return opAlways
		}
		if f.isParenthesized(e.X) {
			return opNever
		}
		return f.needsParens(e.X, e)
	case *syntax.Ident, *syntax.NumberLit, *syntax.ConstLit:
		return opBestFit
	case *syntax.StringExpr:
		if len(e.Parts) > 1 {
			return opMultiline
		}
		if f.isMultilineString(e) {
			return opNever
		}
		return opBestFit
	}
	return opNever
}

// hasOwnParens reports brackets that belong to the expression itself;
// nonEmpty tells whether they hold anything.
func (f *formatter) hasOwnParens(e syntax.Expr) (has, nonEmpty bool) {
	switch e := e.(type) {
	case *syntax.CompExpr:
		if e.Kind == syntax.GeneratorExp && !e.Parenthesized {
			return false, false
		}
		return true, true
	case *syntax.SubscriptExpr:
		return true, true
	case *syntax.ListExpr:
		return true, len(e.Elts) > 0 || len(f.danglingOf(e)) > 0
	case *syntax.SetExpr:
		return true, len(e.Elts) > 0
	case *syntax.TupleExpr:
		if !e.Parenthesized {
			return false, false
		}
		return true, len(e.Elts) > 0 || len(f.danglingOf(e)) > 0
	case *syntax.DictExpr:
		return true, len(e.Items) > 0 || len(f.danglingOf(e)) > 0
	case *syntax.CallExpr:
		return true, len(e.Args)+len(e.Keywords) > 0 || len(f.danglingOf(e)) > 0
	}
	return false, false
}

// hasParens is hasOwnParens, also counting parentheses around e.
func (f *formatter) hasParens(e syntax.Expr) (has, nonEmpty bool) {
	h, ne := f.hasOwnParens(e)
	if h && ne {
		return true, true
	}
	if f.isParenthesized(e) {
		return true, true
	}
	return h, ne
}

func (f *formatter) hasTargetOwnParens(e syntax.Expr) bool {
	if _, ok := e.(*syntax.TupleExpr); ok {
		return true
	}
	h, _ := f.hasOwnParens(e)
	return h
}

func (f *formatter) shouldParenthesizeTarget(e syntax.Expr) bool {
	return !(f.hasTargetOwnParens(e) || f.isAttrWithParenthesizedValue(e))
}

func (f *formatter) isAttrWithParenthesizedValue(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.AttrExpr:
		if h, _ := f.hasParens(e.X); h {
			return true
		}
		return f.isAttrWithParenthesizedValue(e.X)
	case *syntax.SubscriptExpr:
		return true
	case *syntax.CallExpr:
		return len(e.Args)+len(e.Keywords) > 0
	}
	return false
}

// operator precedences for canOmitOptionalParens, lowest binding first.
const (
	precNone = iota
	precAttribute
	precExponential
	precInversion
	precMultiplicative
	precAdditive
	precShift
	precBitAnd
	precBitXor
	precBitOr
	precComparator
	precBool
	precConditional
)

func binPrec(op syntax.BinOp) int {
	switch op {
	case syntax.Add, syntax.Sub:
		return precAdditive
	case syntax.Mult, syntax.MatMult, syntax.Div, syntax.Mod, syntax.FloorDiv:
		return precMultiplicative
	case syntax.Pow:
		return precExponential
	case syntax.LShift, syntax.RShift:
		return precShift
	case syntax.BitOr:
		return precBitOr
	case syntax.BitXor:
		return precBitXor
	}
	return precBitAnd
}

type omitVisitor struct {
	f          *formatter
	maxPrec    int
	maxCount   int
	anyParens  bool
	last       syntax.Expr
	first      syntax.Expr
	firstToken bool
}

func (v *omitVisitor) update(p, count int) {
	switch {
	case p > v.maxPrec:
		v.maxPrec, v.maxCount = p, count
	case p == v.maxPrec:
		v.maxCount += count
	}
}

func (v *omitVisitor) setFirst(e syntax.Expr, token bool) {
	if v.first == nil && !v.firstToken {
		if token {
			v.firstToken = true
		} else {
			v.first = e
		}
	}
}

func (v *omitVisitor) visitExpr(e syntax.Expr) {
	v.last = e
	if v.f.isParenthesized(e) {
		v.anyParens = true
	} else {
		v.visitSub(e)
	}
	v.setFirst(e, false)
}

func (v *omitVisitor) visitSub(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.DictExpr, *syntax.ListExpr, *syntax.SetExpr:
		v.anyParens = true
		return
	case *syntax.CompExpr:
		if e.Kind != syntax.GeneratorExp || e.Parenthesized {
			v.anyParens = true
			return
		}
		v.visitExpr(e.Elt)
		return
	case *syntax.TupleExpr:
		if e.Parenthesized {
			v.anyParens = true
			return
		}
		for _, x := range e.Elts {
			v.visitExpr(x)
		}
		return
	case *syntax.BoolExpr:
		v.update(precBool, len(e.Values)-1)
		for _, x := range e.Values {
			v.visitExpr(x)
		}
		return
	case *syntax.BinaryExpr:
		v.update(binPrec(e.Op), 1)
		v.visitExpr(e.X)
		v.visitExpr(e.Y)
		return
	case *syntax.CondExpr:
		v.update(precConditional, 2)
		v.visitExpr(e.Body)
		v.visitExpr(e.Test)
		v.visitExpr(e.Else)
		return
	case *syntax.CompareExpr:
		v.update(precComparator, len(e.Ops))
		v.visitExpr(e.X)
		for _, y := range e.Ys {
			v.visitExpr(y)
		}
		return
	case *syntax.CallExpr:
		v.anyParens = true
		v.visitExpr(e.Fn)
		v.last = e
		return
	case *syntax.SubscriptExpr:
		v.anyParens = true
		v.visitExpr(e.X)
		v.last = e
		return
	case *syntax.AttrExpr:
		v.visitExpr(e.X)
		if h, _ := v.f.hasParens(e.X); h {
			v.update(precAttribute, 1)
		}
		v.last = e
		return
	case *syntax.NamedExpr:
		v.visitExpr(e.Target)
		v.visitExpr(e.Value)
		return
	case *syntax.UnaryExpr:
		if e.Op == syntax.Invert {
			v.update(precInversion, 1)
		}
		v.setFirst(nil, true)
		v.visitExpr(e.X)
		return
	case *syntax.LambdaExpr:
		v.setFirst(nil, true)
		v.visitExpr(e.Body)
		return
	case *syntax.AwaitExpr:
		v.setFirst(nil, true)
		v.visitExpr(e.X)
		return
	case *syntax.YieldExpr:
		v.setFirst(nil, true)
		if e.X != nil {
			v.visitExpr(e.X)
		}
		return
	case *syntax.StarredExpr:
		v.setFirst(nil, true)
		v.visitExpr(e.X)
		return
	}
}

// canOmitOptionalParens mirrors ruff's can_omit_optional_parentheses.
func (f *formatter) canOmitOptionalParens(e syntax.Expr) bool {
	v := &omitVisitor{f: f}
	v.visitSub(e)
	if !v.anyParens {
		return false
	}
	if v.maxCount > 1 {
		return false
	}
	if v.maxPrec == precNone || v.maxPrec == precAttribute {
		return true
	}
	isParen := func(x syntax.Expr) bool {
		if _, ok := x.(*syntax.SubscriptExpr); ok {
			return false
		}
		h, ne := f.hasParens(x)
		return h && ne
	}
	return v.last != nil && isParen(v.last) || v.first != nil && isParen(v.first)
}
