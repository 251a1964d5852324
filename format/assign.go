package format

import (
	"github.com/monty-tools/monty-tools/syntax"
)

// shouldInlineComments: unsplittable values take the statement's
// end-of-line comment inside their optional parentheses.
func (f *formatter) shouldInlineComments(e syntax.Expr, parent syntax.Node) bool {
	switch e := e.(type) {
	case *syntax.Ident, *syntax.NumberLit:
		return true
	case *syntax.ConstLit:
		return e.Kind != syntax.EllipsisConst
	case *syntax.StringExpr:
		return f.needsParens(e, parent) == opBestFit
	}
	return false
}

// inlineComments takes the end-of-line trailing comments of the value and
// of the statement, so that they can be printed inside the parentheses.
func (f *formatter) inlineComments(value syntax.Expr, stmt syntax.Node) []*comment {
	var out []*comment
	take := func(n syntax.Node) {
		c := f.cmOf(n)
		if c == nil {
			return
		}
		k := 0
		for k < len(c.trailing) && !c.trailing[k].ownLine {
			k++
		}
		out = append(out, c.trailing[:k]...)
		c.trailing = c.trailing[k:]
	}
	take(value)
	take(stmt)
	return out
}

func (f *formatter) eolDocs(cs []*comment) *Doc {
	if len(cs) == 0 {
		return nil
	}
	ps := make([]*Doc, len(cs))
	for i, c := range cs {
		ps[i] = f.trailingEOL(c)
	}
	return f.concat(ps...)
}

// lastExpr formats the value after a keyword or assignment operator
// (ruff's FormatStatementsLastExpression, left to right).
func (f *formatter) lastExpr(value syntax.Expr, stmt syntax.Node) *Doc {
	if !f.shouldInlineComments(value, stmt) {
		return f.maybeParen(value, stmt, parIfBreaks)
	}
	if len(f.leadingOf(value)) > 0 || f.hasTrailingOwnLine(value) {
		return f.expr(value, always)
	}
	cs := f.inlineComments(value, stmt)
	id := f.newID()
	content := f.withLevel(lvExpr, id, func() *Doc { return f.expr(value, never) })
	if len(cs) == 0 {
		return f.bestFitParens(id, content)
	}
	inl := f.eolDocs(cs)
	return f.concat(f.bestFitParens(id, content, f.ifBreaks(id, inl)), f.ifFlat(id, inl))
}

// lastExprTupleAware is lastExpr, except that an unparenthesized tuple
// gets parentheses only when it breaks.
func (f *formatter) lastExprTupleAware(value syntax.Expr, stmt syntax.Node) *Doc {
	if t, ok := value.(*syntax.TupleExpr); ok && !t.Parenthesized && !f.hasComments(t) && len(t.Elts) > 1 {
		if _, ret := stmt.(*syntax.ReturnStmt); ret {
			return f.withLevel(lvExpr, 0, func() *Doc { return f.tuple(t, tOptional) })
		}
		return f.withLevel(lvExpr, 0, func() *Doc { return f.tuple(t, tDefault) })
	}
	return f.lastExpr(value, stmt)
}

// rightToLeft formats 'before op value', preferring to parenthesize the
// value over splitting the left side (ruff's RightToLeft layout).
func (f *formatter) rightToLeft(before syntax.Expr, beforeDoc *Doc, op *Doc, value syntax.Expr, stmt syntax.Node) *Doc {
	inline := f.shouldInlineComments(value, stmt)
	var useBest bool
	if !inline {
		switch value.(type) {
		case *syntax.AttrExpr, *syntax.CallExpr, *syntax.SubscriptExpr:
			useBest = f.needsParens(value, stmt) == opBestFit
		}
	}
	left := func() *Doc {
		if beforeDoc != nil {
			return beforeDoc
		}
		if f.hasComments(before) {
			return f.expr(before, preserve)
		}
		if f.shouldParenthesizeTarget(before) {
			if f.canOmitOptionalParens(before) {
				return f.optionalParens(func() *Doc { return f.expr(before, never) })
			}
			return f.parenIfExpandsFn(func() *Doc { return f.expr(before, never) })
		}
		return f.expr(before, never)
	}
	if !inline && !useBest {
		return f.concat(left(), space, op, space, f.lastExprTupleAware(value, stmt))
	}
	if len(f.leadingOf(value)) > 0 || f.hasTrailingOwnLine(value) {
		return f.concat(left(), space, op, space, f.expr(value, always))
	}
	var cs []*comment
	if inline {
		cs = f.inlineComments(value, stmt)
	}
	inl := f.eolDocs(cs)
	l := left()
	if willBreak(l) {
		return f.concat(l, space, op, space, f.expr(value, never), inl)
	}
	v := f.withLevel(lvExpr, 0, func() *Doc { return f.expr(value, never) })
	flat := f.concat(l, space, op, space, v, inl)
	parenV := f.concat(l, space, op, space, f.text("("), f.blockIndent(v, inl), f.text(")"))
	splitLeft := f.concat(l, space, op, space, v, inl)
	switch value.(type) {
	case *syntax.CallExpr, *syntax.SubscriptExpr, *syntax.AttrExpr:
		expandV := f.concat(l, space, op, space, f.group(v).expanded(true))
		return f.bestFitting(false, flat, expandV, parenV, splitLeft)
	}
	return f.bestFitting(false, flat, parenV, splitLeft)
}

// willBreak reports a doc that contains a forced line break.
func willBreak(d *Doc) bool {
	if d == nil {
		return false
	}
	switch d.k {
	case kText:
		return d.w < 0
	case kLine:
		return d.lm >= lmHard
	case kExpandParent:
		return true
	case kGroup:
		if d.gm == gExpand {
			return true
		}
	case kLineSuffix, kBestFitting:
		return false
	}
	for _, k := range d.kids {
		if willBreak(k) {
			return true
		}
	}
	return false
}
