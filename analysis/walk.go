package analysis

import "github.com/monty-tools/monty-tools/syntax"

// The walker's traversal is written out by node kind rather than built on
// syntax.Inspect, and each case runs the checks of its node kind (from
// support.go, runtime.go and compile.go): one type switch per node and
// direct recursion keep the analysis well under the cost of parsing (see
// bench/check). Parts Monty never compiles are skipped: annotations, and
// decorators where the profile ignores them (funcDef, classDef).

func (w *walker) stmts(s *scope, list []syntax.Stmt) {
	for _, st := range list {
		if st != nil {
			w.stmt(s, st)
		}
	}
}

func (w *walker) exprs(s *scope, list []syntax.Expr) {
	for _, e := range list {
		if e != nil {
			w.expr(s, e)
		}
	}
}

// stmt walks a statement.
func (w *walker) stmt(s *scope, st syntax.Stmt) {
	c := w.c
	switch n := st.(type) {
	case *syntax.ExprStmt:
		if c.asyncExternals {
			c.markValueUse(n)
		}
		w.expr(s, n.X)
	case *syntax.AssignStmt:
		for _, t := range n.Targets {
			if _, ok := t.(*syntax.Ident); ok {
				continue // the commonest target, with nothing to check
			}
			c.checkTarget(t, false)
			c.checkSliceTarget(t)
			if hasAttrTarget(t) {
				w.deferCheck(s, n)
			}
		}
		c.checkEagerGenerator(n.Value)
		w.expr(s, n.Value)
		w.assignTargets(s, n.Targets, n.Value)
	case *syntax.AugAssignStmt:
		c.checkBinary(n.Target, n.Op, n.Value, n)
		c.checkSliceTarget(n.Target)
		if hasAttrTarget(n.Target) {
			w.deferCheck(s, n)
		}
		w.expr(s, n.Value)
		w.expr(s, n.Target)
	case *syntax.AnnAssignStmt:
		if n.Value != nil {
			c.checkSliceTarget(n.Target)
		}
		if n.Value != nil && hasAttrTarget(n.Target) {
			w.deferCheck(s, n)
		}
		w.expr(s, n.Value)
		w.expr(s, n.Target)
	case *syntax.ReturnStmt:
		c.checkEagerGenerator(n.Value)
		w.expr(s, n.Value)
	case *syntax.DelStmt:
		c.construct("del-stmt", n.Span(), c.delFixes(s, n)...)
		w.exprs(s, n.Targets)
	case *syntax.BreakStmt, *syntax.ContinueStmt:
		c.compileNode(w, n)
	case *syntax.RaiseStmt:
		w.expr(s, n.Exc)
		w.expr(s, n.Cause)
	case *syntax.AssertStmt:
		w.expr(s, n.Test)
		w.expr(s, n.Msg)
	case *syntax.GlobalStmt:
		w.globalStmt(s, n, n.Names, true)
	case *syntax.NonlocalStmt:
		w.globalStmt(s, n, n.Names, false)
	case *syntax.ImportStmt:
		w.importStmt(s, n)
	case *syntax.ImportFromStmt:
		c.checkImportFromSupport(n)
		c.checkFuture(n)
		w.importFrom(s, n)
	case *syntax.IfStmt:
		w.expr(s, n.Test)
		w.stmts(s, n.Body)
		w.stmts(s, n.Else)
	case *syntax.WhileStmt:
		w.loop(s, nil, n.Test, n.Body, n.Else)
	case *syntax.ForStmt:
		if n.Async {
			c.construct("async-for", header(n.Span(), n.Iter))
		}
		c.checkTarget(n.Target, true)
		w.loop(s, n.Target, n.Iter, n.Body, n.Else)
	case *syntax.WithStmt:
		if n.Async {
			c.construct("async-with", header(n.Span(), lastItem(n.Items)))
		}
		for _, it := range n.Items {
			if it.Target != nil {
				c.checkTarget(it.Target, true)
			}
		}
		for _, it := range n.Items {
			w.expr(s, it.X)
			w.expr(s, it.Target)
		}
		w.stmts(s, n.Body)
	case *syntax.TryStmt:
		if n.Star && len(n.Handlers) > 0 {
			// Monty reports the whole try statement; mark from `try` to
			// the first except* clause's header.
			c.construct("try-star", header(n.Span(), n.Handlers[0].Type))
		}
		w.stmts(s, n.Body)
		for _, h := range n.Handlers {
			w.expr(s, h.Type)
			if h.Name != nil {
				w.bindIdent(s, h.Name, h)
			}
			w.stmts(s, h.Body)
		}
		w.stmts(s, n.Else)
		w.stmts(s, n.Finally)
	case *syntax.FuncDef:
		c.checkDecorators(n.Decorators)
		w.funcDef(s, n)
	case *syntax.ClassDef:
		c.checkClass(n)
		c.checkDunders(n)
		c.checkDataclass(n)
		w.classDef(s, n)
	case *syntax.MatchStmt:
		c.construct("match-stmt", header(n.Span(), n.Subject))
		w.expr(s, n.Subject)
		for _, mc := range n.Cases {
			w.pattern(s, mc.Pattern)
			w.expr(s, mc.Guard)
			w.stmts(s, mc.Body)
		}
	case *syntax.TypeAliasStmt:
		c.construct("type-alias", n.Span())
		w.bindIdent(s, n.Name, n)
	}
}

// expr walks an expression; nil is allowed.
func (w *walker) expr(s *scope, e syntax.Expr) {
	if id, ok := e.(*syntax.Ident); ok && id != nil { // the commonest node, with no checks
		w.ident(s, id, nil)
		return
	}
	if e == nil {
		return
	}
	c := w.c
	switch n := e.(type) {
	case *syntax.CallExpr:
		w.call(s, n)
	case *syntax.AttrExpr:
		if c.mayNeedAttrCheck(n) {
			w.deferCheck(s, n)
		}
		if c.asyncExternals {
			c.markValueUse(n)
		}
		w.expr(s, n.X)
	case *syntax.SubscriptExpr:
		if c.asyncExternals {
			c.markValueUse(n)
		}
		w.expr(s, n.X)
		w.expr(s, n.Index)
	case *syntax.BinaryExpr:
		c.checkBinary(n.X, n.Op, n.Y, n)
		if c.asyncExternals {
			c.markValueUse(n)
		}
		w.expr(s, n.X)
		w.expr(s, n.Y)
	case *syntax.CompareExpr:
		c.checkOrdering(n)
		if c.asyncExternals {
			c.markValueUse(n)
		}
		w.expr(s, n.X)
		w.exprs(s, n.Ys)
	case *syntax.NumberLit:
		if n.Kind == syntax.ImagLit {
			c.construct("complex-literal", n.Span())
		}
	case *syntax.BoolExpr:
		w.exprs(s, n.Values)
	case *syntax.UnaryExpr:
		w.expr(s, n.X)
	case *syntax.StringExpr:
		if n.FString {
			for _, p := range n.Parts {
				w.fstring(s, p.Elems)
			}
		}
	case *syntax.ListExpr:
		w.exprs(s, n.Elts)
	case *syntax.TupleExpr:
		w.exprs(s, n.Elts)
	case *syntax.SetExpr:
		w.exprs(s, n.Elts)
	case *syntax.DictExpr:
		for _, it := range n.Items {
			w.expr(s, it.Key)
			w.expr(s, it.Value)
		}
	case *syntax.CompExpr:
		w.comp(s, n)
	case *syntax.LambdaExpr:
		w.lambda(s, n)
	case *syntax.CondExpr:
		w.expr(s, n.Test)
		w.expr(s, n.Body)
		w.expr(s, n.Else)
	case *syntax.NamedExpr:
		ws := s.walrusScope()
		b := ws.bind(n.Target.Name, n.Target.Span(), nil)
		w.record(ws, n.Target, b.sym, nil, false)
		w.expr(s, n.Value)
	case *syntax.AwaitExpr:
		if call, ok := n.X.(*syntax.CallExpr); ok {
			if w.awaited == nil {
				w.awaited = map[*syntax.CallExpr]bool{}
			}
			w.awaited[call] = true
			w.deferCheck(s, n)
		}
		w.expr(s, n.X)
	case *syntax.YieldExpr:
		var fixes []Fix
		if fd, ok := w.funcNode(); ok {
			fixes = c.generatorFixes(fd)
		}
		if n.From {
			c.construct("yield-from", n.Span(), fixes...)
		} else {
			c.construct("yield", n.Span(), fixes...)
		}
		w.expr(s, n.X)
	case *syntax.StarredExpr:
		w.expr(s, n.X)
	case *syntax.SliceExpr:
		w.expr(s, n.Lo)
		w.expr(s, n.Hi)
		w.expr(s, n.Step)
	}
}

// fstring walks the fields of an f-string part, format specs included.
func (w *walker) fstring(s *scope, elems []syntax.FStringElem) {
	for _, el := range elems {
		if f, ok := el.(*syntax.FStringField); ok {
			w.c.checkFormatSpec(f)
			w.expr(s, f.X)
			w.fstring(s, f.Spec)
		}
	}
}

// pattern walks a match pattern, binding its captures.
func (w *walker) pattern(s *scope, p syntax.Pattern) {
	switch n := p.(type) {
	case *syntax.ValuePattern:
		w.expr(s, n.Value)
	case *syntax.SequencePattern:
		for _, q := range n.Patterns {
			w.pattern(s, q)
		}
	case *syntax.MappingPattern:
		w.exprs(s, n.Keys)
		for _, q := range n.Patterns {
			w.pattern(s, q)
		}
		if n.Rest != nil {
			w.bindIdent(s, n.Rest, nil)
		}
	case *syntax.ClassPattern:
		w.expr(s, n.Cls)
		for _, q := range n.Patterns {
			w.pattern(s, q)
		}
		for _, q := range n.KwdPatterns {
			w.pattern(s, q)
		}
	case *syntax.StarPattern:
		if n.Name != nil {
			w.bindIdent(s, n.Name, nil)
		}
	case *syntax.AsPattern:
		w.pattern(s, n.Pattern)
		if n.Name != nil {
			w.bindIdent(s, n.Name, nil)
		}
	case *syntax.OrPattern:
		for _, q := range n.Patterns {
			w.pattern(s, q)
		}
	}
}

// funcNode returns the def the walk is in, if it is in one directly (not
// in a lambda or comprehension inside it).
func (w *walker) funcNode() (*syntax.FuncDef, bool) {
	if w.fn == nil {
		return nil, false
	}
	fd, ok := w.fn.node.(*syntax.FuncDef)
	return fd, ok
}

// assignTargets walks the targets of an assignment, and records whether
// the names it assigns hold a dict or a list, for the del fix.
func (w *walker) assignTargets(s *scope, targets []syntax.Expr, value syntax.Expr) {
	kind := containerOther
	if MakesDictOrList(value) {
		kind = containerDictOrList
	}
	for _, t := range targets {
		id, ok := t.(*syntax.Ident)
		if !ok || id == nil {
			w.expr(s, t)
			continue
		}
		var b *Binding
		if id.Ctx == syntax.Store {
			b = w.store(s, id)
		} else { // not from the parser, but kept as it was
			w.ident(s, id, nil)
			if sym := w.f.syms.lookup(id.Name); sym != noSym {
				b = w.f.bindingIn(s.bindingScope(sym), sym)
			}
		}
		if b != nil && b.container != containerOther {
			b.container = kind
		}
	}
}

// MakesDictOrList reports whether an expression certainly makes a dict
// or a list: a display, a comprehension, or a call of dict() or list().
// Besides whether there is a value at all, it is all the analysis of
// other code learns from a value assigned to a name (for the del fix), so
// that a caller who analyses a statement only for the names it binds may
// replace its values by ones alike in this.
func MakesDictOrList(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.DictExpr, *syntax.ListExpr:
		return true
	case *syntax.CompExpr:
		return e.Kind == syntax.DictComp || e.Kind == syntax.ListComp
	case *syntax.CallExpr:
		id, ok := e.Fn.(*syntax.Ident)
		return ok && (id.Name == "dict" || id.Name == "list")
	}
	return false
}
