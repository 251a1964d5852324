package analysis

import (
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// The checks of this file report constructs the profile rejects or
// treats specially: every one, nested anywhere, in dead code and in
// functions never called (Monty reports only the first when it loads the
// program). The walker (walk.go) calls them node by node.

// mayNeedAttrCheck tells, before names are resolved, whether an attribute
// can be one that checkAttr or checkExceptionAttr reports: one of the
// exception attributes, or one reached from a name that an import binds.
func (c *checker) mayNeedAttrCheck(n *syntax.AttrExpr) bool {
	if isExceptionAttr(n.Name.Name) {
		return true
	}
	return c.rootImported(n.X)
}

// rootImported reports whether an expression's root name (through
// attributes and calls) is one an import binds.
func (c *checker) rootImported(x syntax.Expr) bool {
	if c.imports == 0 {
		return false
	}
	for {
		switch e := x.(type) {
		case *syntax.AttrExpr:
			x = e.X
			continue
		case *syntax.CallExpr:
			x = e.Fn
			continue
		case *syntax.Ident:
			if c.imports&nameBit(e.Name) == 0 {
				return false
			}
			sym := c.files.syms.lookup(e.Name)
			return sym != noSym && c.files.syms.flags[sym]&symImported != 0
		}
		return false
	}
}

// deferredChecks runs the checks that need resolved names, after the
// walk.
func (c *checker) deferredChecks(w *walker, s *scope, n syntax.Node) {
	switch n := n.(type) {
	case *syntax.AttrExpr:
		c.checkAttr(s, n)
		c.checkExceptionAttr(s, n)
	case *syntax.AssignStmt:
		for _, t := range n.Targets {
			c.checkAssignTarget(s, t)
		}
	case *syntax.AugAssignStmt:
		c.checkAssignTarget(s, n.Target)
	case *syntax.AnnAssignStmt:
		c.checkAssignTarget(s, n.Target)
	case *syntax.AwaitExpr:
		c.checkAwait(s, n, n.X.(*syntax.CallExpr))
	case *syntax.CompExpr:
		c.checkComprehension(s, n)
	case *syntax.CallExpr:
		c.checkMethodCall(s, n)
	case *syntax.GlobalStmt:
		for _, id := range n.Names {
			c.checkGlobalBound(s, id)
		}
	case *syntax.NonlocalStmt:
		for _, id := range n.Names {
			c.checkNonlocalBinding(s, n, id)
		}
	case *syntax.ClassDef:
		c.checkClassCaptures(w, s, n)
	}
}

// checkClassCaptures reports a class member (class variable or method) of
// class n (scope cs, inside a function) whose name a def or lambda in the
// class body uses from an enclosing function: Monty 0.0.23 refuses the
// class when it loads the program. Uses in the class body itself and its
// comprehensions are not captures (Monty runs those inline). Monty finds
// this once it has parsed the file, after what its parser rejects.
func (c *checker) checkClassCaptures(w *walker, cs *scope, n *syntax.ClassDef) {
	f := c.files
	for _, u := range w.classUses {
		id, _ := u.ident()
		if !classMember(n, id.Name) {
			continue
		}
		sym := f.syms.lookup(id.Name)
		s := f.scope(u.s)
		inFn := false
		p := s
		for ; p != nil && p != cs; p = p.parent {
			inFn = inFn || p.kind == functionScope
		}
		if p != cs || !inFn {
			continue
		}
		if ref, _ := c.lookupScopes(s, sym); ref.Kind == Free && ref.Binding.scopeDepth < cs.depth {
			c.constructWith("class-member-shadows-capture", n.Name.Span(), subst{"<name>", id.Name})
			return
		}
	}
}

// classMember reports whether the class body assigns name or defines a
// method of that name (an annotation without a value is no member).
func classMember(n *syntax.ClassDef, name string) bool {
	for _, st := range n.Body {
		switch st := st.(type) {
		case *syntax.AssignStmt:
			for _, t := range st.Targets {
				if id, ok := t.(*syntax.Ident); ok && id.Name == name {
					return true
				}
			}
		case *syntax.AnnAssignStmt:
			if id, ok := st.Target.(*syntax.Ident); ok && st.Value != nil && id.Name == name {
				return true
			}
		case *syntax.FuncDef:
			if st.Name.Name == name {
				return true
			}
		}
	}
	return false
}

// header is the span from the start of a compound statement to the end
// of its header expression: a squiggle under `match x` rather than under
// the whole block.
func header(stmt source.Span, last syntax.Node) source.Span {
	if last == nil || last.Span().End < stmt.Start {
		return stmt
	}
	return source.Span{Start: stmt.Start, End: last.Span().End}
}

func lastItem(items []*syntax.WithItem) syntax.Node {
	if len(items) == 0 {
		return nil
	}
	return items[len(items)-1]
}

func (c *checker) checkImportFromSupport(n *syntax.ImportFromStmt) {
	if n.Level > 0 {
		c.construct("relative-import", n.Span())
	}
	for _, a := range n.Names {
		if a.Name == "*" {
			c.construct("star-import", n.Span(), c.starImportFixes(n)...)
		}
	}
}

// checkDecorators reports decorators when the profile says they are not
// applied.
func (c *checker) checkDecorators(decos []syntax.Expr) {
	for _, d := range decos {
		c.construct("decorator-ignored", d.Span())
	}
}

// checkClass reports a class statement, or, when the profile accepts
// plain classes, the class features it still rejects.
func (c *checker) checkClass(n *syntax.ClassDef) {
	head := source.Span{Start: n.Start, End: n.Name.End}
	if c.construct("class-def", head) {
		return
	}
	c.checkDecorators(n.Decorators)
	if len(n.Bases) > 0 || len(n.Keywords) > 0 {
		c.construct("class-inheritance", classArgsSpan(n))
	}
	for _, s := range n.Body {
		c.checkClassBodyStmt(s)
	}
}

// classArgsSpan covers the bases and keywords of a class statement.
func classArgsSpan(n *syntax.ClassDef) source.Span {
	sp := source.Span{Start: -1}
	grow := func(x source.Span) {
		if sp.Start < 0 || x.Start < sp.Start {
			sp.Start = x.Start
		}
		if x.End > sp.End {
			sp.End = x.End
		}
	}
	for _, b := range n.Bases {
		grow(b.Span())
	}
	for _, k := range n.Keywords {
		grow(k.Span())
	}
	return sp
}

// checkClassBodyStmt applies Monty's rule for class bodies: methods
// without decorators, a docstring, `name = expr`, `name: T [= expr]` and
// pass.
func (c *checker) checkClassBodyStmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.FuncDef:
		for _, d := range s.Decorators {
			c.construct("method-decorator", d.Span())
		}
	case *syntax.PassStmt:
	case *syntax.ExprStmt:
		if !isDocLike(s.X) {
			c.construct("class-body-other", s.Span())
		}
	case *syntax.AssignStmt:
		if len(s.Targets) != 1 || !isIdent(s.Targets[0]) {
			c.construct("class-var-complex-target", s.Span())
		}
		c.checkClassWalrus(s.Value)
	case *syntax.AnnAssignStmt:
		if !isIdent(s.Target) {
			c.construct("class-var-complex-target", s.Span())
		}
		c.checkClassWalrus(s.Value)
	default:
		c.construct("class-body-other", firstLine(c.src, s.Span()))
	}
}

// isDocLike reports whether an expression statement is one a class body
// may hold: a string or `...`.
func isDocLike(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.StringExpr:
		return !e.Bytes
	case *syntax.ConstLit:
		return e.Kind == syntax.EllipsisConst
	}
	return false
}

// checkClassWalrus reports assignment expressions evaluated in a class
// body itself (not inside a lambda or comprehension there).
func (c *checker) checkClassWalrus(e syntax.Expr) {
	if e == nil {
		return
	}
	syntax.Inspect(e, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.LambdaExpr, *syntax.CompExpr:
			return false
		case *syntax.NamedExpr:
			c.construct("class-walrus", withParens(c.src, n.Span()))
		}
		return true
	})
}

// firstLine cuts a span at the end of its first line.
func firstLine(src []byte, sp source.Span) source.Span {
	for i := sp.Start; i < sp.End && int(i) < len(src); i++ {
		if src[i] == '\n' || src[i] == '\r' {
			return source.Span{Start: sp.Start, End: i}
		}
	}
	return sp
}

func isIdent(e syntax.Expr) bool {
	_, ok := e.(*syntax.Ident)
	return ok
}

// markValueUse records calls whose result is dropped or operated on
// directly, for the missing-await check: a coroutine there is a bug. Only
// calls of names the stubs declare async matter.
func (c *checker) markValueUse(n syntax.Node) {
	if !c.asyncExternals {
		return
	}
	mark := func(e syntax.Expr) {
		call, ok := e.(*syntax.CallExpr)
		if !ok {
			return
		}
		id, ok := call.Fn.(*syntax.Ident)
		if !ok {
			return
		}
		if fn := c.decls.Funcs[id.Name]; fn == nil || !fn.Async {
			return
		}
		if c.droppedOrOperated == nil {
			c.droppedOrOperated = map[*syntax.CallExpr]bool{}
		}
		c.droppedOrOperated[call] = true
	}
	switch n := n.(type) {
	case *syntax.ExprStmt:
		mark(n.X)
	case *syntax.AttrExpr:
		mark(n.X)
	case *syntax.SubscriptExpr:
		mark(n.X)
	case *syntax.BinaryExpr:
		mark(n.X)
		mark(n.Y)
	case *syntax.CompareExpr:
		mark(n.X)
		for _, y := range n.Ys {
			mark(y)
		}
	}
}

// withParens widens a span to the parentheses that directly enclose it,
// as Monty's positions for parenthesised expressions include them.
func withParens(src []byte, sp source.Span) source.Span {
	i, j := int(sp.Start)-1, int(sp.End)
	for i >= 0 && (src[i] == ' ' || src[i] == '\t') {
		i--
	}
	for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
		j++
	}
	if i >= 0 && j < len(src) && src[i] == '(' && src[j] == ')' {
		return source.Span{Start: source.Offset(i), End: source.Offset(j + 1)}
	}
	return sp
}
