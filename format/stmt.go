package format

import (
	"strings"

	"github.com/monty-tools/monty-tools/syntax"
)

var binOpText = [...]string{"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}

// stmt formats one statement (without its leading and trailing comments).
func (f *formatter) stmt(s syntax.Stmt) *Doc {
	switch s := s.(type) {
	case *syntax.ExprStmt:
		if isArithmeticLike(s.X) {
			return f.maybeParen(s.X, s, parOptional)
		}
		if d, ok := f.docstringStmt(s); ok {
			return d
		}
		if f.docStmt == syntax.Stmt(s) {
			// Merging parts here would make a docstring of it next time.
			f.noMerge = true
			defer func() { f.noMerge = false }()
		}
		return f.expr(s.X, preserve)
	case *syntax.AssignStmt:
		return f.assign(s)
	case *syntax.AugAssignStmt:
		op := f.text(binOpText[s.Op] + "=")
		if f.hasTargetOwnParens(s.Target) && !f.isParenthesized(s.Target) {
			return f.rightToLeft(s.Target, nil, op, s.Value, s)
		}
		return f.concat(f.expr(s.Target, preserve), space, op, space, f.lastExpr(s.Value, s))
	case *syntax.AnnAssignStmt:
		return f.annAssign(s)
	case *syntax.TypeAliasStmt:
		left := f.concat(f.text("type "), f.expr(s.Name, preserve))
		if len(s.TypeParams) > 0 {
			left = f.concat(left, f.typeParamsAt(s.TypeParams))
			return f.concat(left, space, f.text("="), space, f.lastExpr(s.Value, s))
		}
		return f.concat(left, space, f.text("="), space, f.lastExpr(s.Value, s))
	case *syntax.PassStmt:
		return f.text("pass")
	case *syntax.BreakStmt:
		return f.text("break")
	case *syntax.ContinueStmt:
		return f.text("continue")
	case *syntax.ReturnStmt:
		if s.Value == nil {
			return f.text("return")
		}
		return f.concat(f.text("return "), f.lastExprTupleAware(s.Value, s))
	case *syntax.DelStmt:
		return f.del(s)
	case *syntax.RaiseStmt:
		if s.Exc == nil {
			return f.text("raise")
		}
		d := f.concat(f.text("raise "), f.maybeParen(s.Exc, s, parOptional))
		if s.Cause != nil {
			d = f.concat(d, f.text(" from "), f.maybeParen(s.Cause, s, parOptional))
		}
		return d
	case *syntax.AssertStmt:
		d := f.concat(f.text("assert "), f.maybeParen(s.Test, s, parIfBreaks))
		if s.Msg != nil {
			d = f.concat(d, f.text(","), space, f.maybeParen(s.Msg, s, parIfBreaksParenthesized))
		}
		return d
	case *syntax.GlobalStmt:
		return f.names("global ", s.Names)
	case *syntax.NonlocalStmt:
		return f.names("nonlocal ", s.Names)
	case *syntax.ImportStmt:
		parts := []*Doc{f.text("import ")}
		for i, a := range s.Names {
			if i > 0 {
				parts = append(parts, f.text(", "))
			}
			parts = append(parts, f.alias(a))
		}
		return f.concat(parts...)
	case *syntax.ImportFromStmt:
		return f.importFrom(s)
	case *syntax.IfStmt:
		return f.ifStmt(s)
	case *syntax.WhileStmt:
		d := f.concat(f.text("while "), f.maybeParen(s.Test, s, parIfBreaks), f.text(":"), f.block(s.Body, suiteOther))
		return f.concat(d, f.elseClause(s.Else, lastStmt(s.Body)))
	case *syntax.ForStmt:
		kw := "for "
		if s.Async {
			kw = "async for "
		}
		d := f.concat(f.text(kw), f.tupleNoParens(s.Target), f.text(" in "), f.maybeParen(s.Iter, s, parIfBreaks), f.text(":"), f.block(s.Body, suiteOther))
		return f.concat(d, f.elseClause(s.Else, lastStmt(s.Body)))
	case *syntax.WithStmt:
		return f.withStmt(s)
	case *syntax.TryStmt:
		return f.tryStmt(s)
	case *syntax.FuncDef:
		return f.funcDef(s)
	case *syntax.ClassDef:
		return f.classDef(s)
	case *syntax.MatchStmt:
		return f.matchStmt(s)
	}
	sp := s.Span()
	f.markDone(s)
	return f.verbatim(int(sp.Start), int(sp.End))
}

func lastStmt(body []syntax.Stmt) syntax.Node {
	if len(body) == 0 {
		return nil
	}
	return body[len(body)-1]
}

func isArithmeticLike(e syntax.Expr) bool {
	switch e.(type) {
	case *syntax.BinaryExpr, *syntax.BoolExpr, *syntax.CompareExpr, *syntax.UnaryExpr:
		return true
	}
	return false
}

// names formats global/nonlocal: too long a list continues with backslashes.
func (f *formatter) names(kw string, ids []*syntax.Ident) *Doc {
	inner := []*Doc{softLineOrSpace}
	for i, id := range ids {
		if i > 0 {
			inner = append(inner, f.text(","), f.ifBreaks(0, f.text(" \\")), softLineOrSpace)
		}
		inner = append(inner, f.text(f.str[id.Start:id.End]))
	}
	return f.group(f.text(strings.TrimSpace(kw)), f.ifBreaks(0, f.text(" \\")), f.indent(inner...))
}

func (f *formatter) alias(a *syntax.Alias) *Doc {
	name := a.Name
	if a.AsName != nil {
		// The dotted name as written, with whitespace around dots removed.
		return f.concat(f.text(name), f.text(" as "), f.text(a.AsName.Name))
	}
	return f.text(name)
}

func (f *formatter) importFrom(s *syntax.ImportFromStmt) *Doc {
	mod := strings.Repeat(".", s.Level) + s.Module
	head := f.concat(f.text("from "), f.text(mod), f.text(" import "))
	if len(s.Names) == 1 && s.Names[0].Name == "*" {
		return f.concat(head, f.text("*"))
	}
	items := make([]*Doc, len(s.Names))
	nodes := make([]syntax.Node, len(s.Names))
	for i, a := range s.Names {
		items[i] = f.withLeading(a, f.alias(a))
		nodes[i] = a
	}
	body := f.joinComma(items, nodes, int(s.End), true)
	return f.concat(head, f.parenIfExpands(body))
}

func (f *formatter) del(s *syntax.DelStmt) *Doc {
	if len(s.Targets) == 1 {
		return f.concat(f.text("del "), f.maybeParen(s.Targets[0], s, parIfBreaks))
	}
	items := make([]*Doc, len(s.Targets))
	nodes := make([]syntax.Node, len(s.Targets))
	for i, t := range s.Targets {
		items[i] = f.exprNoTrail(t)
		nodes[i] = t
	}
	body := f.withLevel(lvParen, 0, func() *Doc { return f.joinComma(items, nodes, int(s.End), true) })
	return f.concat(f.text("del "), f.parenIfExpands(body))
}

func (f *formatter) ifStmt(s *syntax.IfStmt) *Doc {
	kw := "if "
	if s.IsElif {
		kw = "elif "
	}
	d := f.concat(f.text(kw), f.maybeParen(s.Test, s, parIfBreaks), f.text(":"), f.block(s.Body, suiteOther))
	if len(s.Else) == 1 {
		if e, ok := s.Else[0].(*syntax.IfStmt); ok && e.IsElif {
			return f.concat(d, f.clauseHeader(e, lastStmt(s.Body)), f.ifStmt(e))
		}
	}
	return f.concat(d, f.elseClause(s.Else, lastStmt(s.Body)))
}

func (f *formatter) elseClause(body []syntax.Stmt, prev syntax.Node) *Doc {
	if len(body) == 0 {
		return nil
	}
	return f.concat(f.clauseHeader(body[0], prev), f.text("else:"), f.block(body, suiteOther))
}

func (f *formatter) tryStmt(s *syntax.TryStmt) *Doc {
	parts := []*Doc{f.text("try:"), f.block(s.Body, suiteOther)}
	prev := lastStmt(s.Body)
	for _, h := range s.Handlers {
		kw := "except"
		if s.Star {
			kw = "except*"
		}
		hd := []*Doc{f.clauseHeader(h, prev), f.leadingComments(f.leadingOf(h)), f.text(kw)}
		if h.Type != nil {
			hd = append(hd, space, f.maybeParen(h.Type, h, parIfBreaks))
			if h.Name != nil {
				hd = append(hd, f.text(" as "), f.text(h.Name.Name))
			}
		}
		hd = append(hd, f.text(":"), f.block(h.Body, suiteOther))
		parts = append(parts, f.concat(hd...))
		prev = lastStmt(h.Body)
	}
	if len(s.Else) > 0 {
		parts = append(parts, f.clauseHeader(s.Else[0], prev), f.text("else:"), f.block(s.Else, suiteOther))
		prev = lastStmt(s.Else)
	}
	if len(s.Finally) > 0 {
		parts = append(parts, f.clauseHeader(s.Finally[0], prev), f.text("finally:"), f.block(s.Finally, suiteOther))
	}
	return f.concat(parts...)
}

func (f *formatter) matchStmt(s *syntax.MatchStmt) *Doc {
	parts := []*Doc{f.text("match "), f.maybeParen(s.Subject, s, parIfBreaks), f.text(":")}
	if len(s.Cases) > 0 {
		if hdr := f.cmOf(s.Cases[0]); hdr != nil {
			for _, c := range hdr.header {
				parts = append(parts, f.trailingEOL(c))
			}
		}
	}
	olv := f.lv
	f.lv = lvCompound
	cases := []*Doc{}
	for i, c := range s.Cases {
		if i > 0 {
			cases = append(cases, f.emptyLines(f.newlinesBetween(f.endWithComments(s.Cases[i-1]), f.firstStart(c))))
		}
		if cc := f.cmOf(c); cc != nil && len(cc.clause) > 0 {
			cases = append(cases, f.leadingComments(cc.clause))
		}
		cases = append(cases, f.leadingComments(f.leadingOf(c)))
		hd := []*Doc{f.text("case "), f.pattern(c.Pattern, true)}
		if c.Guard != nil {
			hd = append(hd, f.text(" if "), f.maybeParen(c.Guard, c, parIfBreaks))
		}
		hd = append(hd, f.text(":"), f.block(c.Body, suiteOther))
		cases = append(cases, f.concat(hd...), f.trailingComments(f.trailingOf(c)))
		f.lv = lvCompound
	}
	f.lv = olv
	parts = append(parts, f.indent(append([]*Doc{hardLine}, cases...)...))
	return f.concat(parts...)
}

func (f *formatter) firstStart(n syntax.Node) int {
	if l := f.leadingOf(n); len(l) > 0 {
		return l[0].start
	}
	return int(n.Span().Start)
}

func (f *formatter) decorators(decs []syntax.Expr, def syntax.Node, name *syntax.Ident) *Doc {
	parts := []*Doc{}
	for _, d := range decs {
		if tr := f.trailingOf(d); len(tr) > 0 && !tr[0].ownLine && isFmtSkip(tr[0]) {
			f.markDone(d)
			tr[0].done = true
			sp := d.Span()
			at := f.prevTokenStart(int(sp.Start))
			parts = append(parts, f.leadingComments(f.leadingOf(d)), f.verbatim(at, int(sp.End)), f.text("  "+strings.TrimRight(tr[0].text, " \t")), hardLine)
			continue
		}
		parts = append(parts, f.leadingComments(f.leadingOf(d)), f.text("@"), f.exprNoLead2(d, func() *Doc { return f.maybeParen(d, d, parOptional) }), hardLine)
	}
	for _, c := range f.danglingOf(def) {
		if c.ownLine {
			parts = append(parts, f.commentDoc(c), hardLine)
		} else {
			parts = append(parts, f.trailingEOL(c), hardLine)
		}
	}
	return f.concat(parts...)
}

func (f *formatter) funcDef(s *syntax.FuncDef) *Doc {
	kw := "def "
	if s.Async {
		kw = "async def "
	}
	parts := []*Doc{f.decorators(s.Decorators, s, s.Name), f.text(kw), f.text(s.Name.Name)}
	if len(s.TypeParams) > 0 {
		parts = append(parts, f.typeParamsAt(s.TypeParams))
	}
	params := f.params(s.Params, s)
	if s.Returns != nil {
		ret := f.returnAnnotation(s)
		parts = append(parts, f.group(params, f.text(" -> "), ret))
	} else {
		parts = append(parts, f.group(params))
	}
	parts = append(parts, f.text(":"), f.block(s.Body, suiteFunc))
	return f.concat(parts...)
}

func (f *formatter) returnAnnotation(s *syntax.FuncDef) *Doc {
	r := s.Returns
	if f.isParenthesized(r) || f.hasComments(r) {
		return f.expr(r, preserve)
	}
	empty := s.Params == nil || paramCount(s.Params) == 0
	if empty {
		// `def f() -> (long):` parenthesizes the return type if needed.
		if _, ok := r.(*syntax.SubscriptExpr); ok {
			return f.expr(r, never)
		}
		return f.maybeParen(r, s, parIfBreaks)
	}
	switch r.(type) {
	case *syntax.SubscriptExpr, *syntax.CallExpr, *syntax.ListExpr, *syntax.TupleExpr, *syntax.DictExpr:
		return f.expr(r, never)
	}
	return f.withLevel(lvExpr, 0, func() *Doc { return f.expr(r, never) })
}

func paramCount(p *syntax.Params) int {
	n := len(p.PosOnly) + len(p.Args) + len(p.KwOnly)
	if p.Vararg != nil || p.Star {
		n++
	}
	if p.Kwarg != nil {
		n++
	}
	return n
}

func (f *formatter) classDef(s *syntax.ClassDef) *Doc {
	parts := []*Doc{f.decorators(s.Decorators, s, s.Name), f.text("class "), f.text(s.Name.Name)}
	if len(s.TypeParams) > 0 {
		parts = append(parts, f.typeParamsAt(s.TypeParams))
	}
	if len(s.Bases)+len(s.Keywords) > 0 || len(f.danglingOf(s)) > 0 && false {
		parts = append(parts, f.arguments(s, s.Bases, s.Keywords, f.classArgsStart(s), f.classArgsEnd(s)))
	}
	parts = append(parts, f.text(":"), f.block(s.Body, suiteClass))
	return f.concat(parts...)
}

// classArgsStart finds the '(' of a class's argument list.
func (f *formatter) classArgsStart(s *syntax.ClassDef) int {
	p := int(s.Name.End)
	if len(s.TypeParams) > 0 {
		p = f.tokenAfter(int(s.TypeParams[len(s.TypeParams)-1].End), ']')
	}
	return f.nextTokenStart(p)
}

func (f *formatter) classArgsEnd(s *syntax.ClassDef) int {
	// The ':' before the body; the ')' precedes it.
	q := f.prevTokenStart(int(s.Body[0].Span().Start))
	for q >= 0 && f.src[q] != ')' {
		q = f.prevTokenStart(q)
	}
	return q + 1
}

func (f *formatter) withStmt(s *syntax.WithStmt) *Doc {
	kw := "with "
	if s.Async {
		kw = "async with "
	}
	items := make([]*Doc, len(s.Items))
	nodes := make([]syntax.Node, len(s.Items))
	// Are the items wrapped in parentheses of their own?
	parenthesized := false
	if p := f.nextTokenStart(int(s.Start) + len(kw)); p < len(f.src) && f.src[p] == '(' {
		first := s.Items[0]
		if len(s.Items) > 1 || first.Target != nil && p < int(first.Start) {
			// '(' before the first item that closes after the last item.
			last := s.Items[len(s.Items)-1]
			q := f.nextTokenStart(int(last.End))
			if q < len(f.src) && f.src[q] == ',' {
				q = f.nextTokenStart(q + 1)
			}
			parenthesized = q < len(f.src) && f.src[q] == ')' && int(first.X.Span().Start) > p && !f.exprStartsAtParen(first.X, p)
		}
	}
	if len(s.Items) == 1 && !parenthesized {
		it := s.Items[0]
		if it.Target == nil {
			return f.concat(f.text(kw), f.maybeParen(it.X, s, parIfBreaks), f.text(":"), f.block(s.Body, suiteOther))
		}
		d := f.concat(f.maybeParen(it.X, it, parIfBreaks), f.text(" as "), f.expr(it.Target, preserve))
		return f.concat(f.text(kw), d, f.text(":"), f.block(s.Body, suiteOther))
	}
	withOpen, withClose := -1, -1
	if parenthesized {
		withOpen = f.nextTokenStart(int(s.Start) + len(kw))
		withClose = end0(f, s)
	}
	end := int(s.Items[len(s.Items)-1].End)
	if parenthesized {
		end = f.nextTokenStart(end)
		if f.src[end] == ',' {
			end = f.nextTokenStart(end + 1)
		}
	}
	body := f.withLevel(lvParen, 0, func() *Doc {
		for i, it := range s.Items {
			pm := preserve
			if parenthesized && f.isParenthesized(it.X) && (f.prevTokenStart(int(it.X.Span().Start)) == withOpen || f.nextTokenStart(int(it.X.Span().End)) == withClose) {
				pm = never
			}
			d := f.maybeParen(it.X, it, parIfBreaks)
			if pm == never {
				d = f.expr(it.X, never)
			}
			if it.Target != nil {
				d = f.concat(d, f.text(" as "), f.expr(it.Target, preserve))
			}
			items[i] = f.withLeading(it, d)
			nodes[i] = it
		}
		return f.joinComma(items, nodes, end, true)
	})
	return f.concat(f.text(kw), f.parenIfExpands(body), f.text(":"), f.block(s.Body, suiteOther))
}

// exprStartsAtParen reports whether the '(' at p belongs to the expression e.
func (f *formatter) exprStartsAtParen(e syntax.Expr, p int) bool {
	return int(e.Span().Start) == p
}

func (f *formatter) assign(s *syntax.AssignStmt) *Doc {
	first := s.Targets[0]
	if len(s.Targets) > 1 {
		parts := []*Doc{f.expr(first, preserve), f.text(" = ")}
		for _, t := range s.Targets[1 : len(s.Targets)-1] {
			parts = append(parts, f.targetNoPreserve(t), f.text(" = "))
		}
		last := s.Targets[len(s.Targets)-1]
		parts = append(parts, f.rightToLeft(last, nil, f.text("="), s.Value, s))
		return f.concat(parts...)
	}
	if f.hasTargetOwnParens(first) && !f.isParenthesized(first) {
		return f.rightToLeft(first, nil, f.text("="), s.Value, s)
	}
	return f.concat(f.expr(first, preserve), f.text(" = "), f.lastExprTupleAware(s.Value, s))
}

func (f *formatter) targetNoPreserve(t syntax.Expr) *Doc {
	if f.hasComments(t) {
		return f.expr(t, preserve)
	}
	if f.shouldParenthesizeTarget(t) {
		return f.parenIfExpands(f.expr(t, never))
	}
	return f.expr(t, never)
}

func (f *formatter) annAssign(s *syntax.AnnAssignStmt) *Doc {
	target := f.expr(s.Target, preserve)
	if s.Value == nil {
		return f.concat(target, f.text(": "), f.annotation(s.Annotation, s))
	}
	return f.concat(target, f.text(": "), f.rightToLeft(s.Annotation, nil, f.text("="), s.Value, s))
}

func (f *formatter) annotation(e syntax.Expr, parent syntax.Node) *Doc {
	if f.shouldParenthesizeTarget(e) && !f.isParenthesized(e) && !f.hasComments(e) {
		if f.canOmitOptionalParens(e) {
			return f.optionalParens(func() *Doc { return f.expr(e, never) })
		}
		return f.parenIfExpands(f.withLevel(lvParen, 0, func() *Doc { return f.expr(e, never) }))
	}
	return f.expr(e, preserve)
}

// end0 is the offset of the ')' closing a parenthesized with-item list.
func end0(f *formatter, s *syntax.WithStmt) int {
	q := f.nextTokenStart(int(s.Items[len(s.Items)-1].End))
	if q < len(f.src) && f.src[q] == ',' {
		q = f.nextTokenStart(q + 1)
	}
	return q
}
