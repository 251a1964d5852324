package format

import "github.com/monty-tools/monty-tools/syntax"

// Fast paths of treeCmp for the frequent node kinds, written out by hand:
// the reflective walk in equal.go costs several times more per node. They
// compare exactly the fields the reflective walk compares (every field but
// Loc, the parenthesisation flags and string quoting); TestFastCompareFields
// fails when a node type gains a field that they do not know about.

// exprFast compares two non-nil expressions of the same dynamic type. It
// reports false if it has no fast path for the type.
func (c *treeCmp) exprFast(a, b syntax.Expr) bool {
	switch x := a.(type) {
	case *syntax.Ident:
		c.ident(x, b.(*syntax.Ident))
	case *syntax.AttrExpr:
		y := b.(*syntax.AttrExpr)
		if x.Ctx != y.Ctx {
			c.fail("attribute context")
			return true
		}
		c.ident(x.Name, y.Name)
		c.expr(x.X, y.X)
	case *syntax.CallExpr:
		y := b.(*syntax.CallExpr)
		if len(x.Args) != len(y.Args) || len(x.Keywords) != len(y.Keywords) {
			c.fail("call arguments")
			return true
		}
		c.expr(x.Fn, y.Fn)
		c.exprs(x.Args, y.Args)
		c.keywords(x.Keywords, y.Keywords)
	case *syntax.NumberLit:
		y := b.(*syntax.NumberLit)
		if x.Raw != y.Raw && (x.Kind != y.Kind || syntax.DumpNode(x) != syntax.DumpNode(y)) {
			c.fail("number " + x.Raw)
		}
	case *syntax.ConstLit:
		if x.Kind != b.(*syntax.ConstLit).Kind {
			c.fail("constant")
		}
	case *syntax.StringExpr:
		// Implicit concatenations may be merged: compare the values.
		y := b.(*syntax.StringExpr)
		if x.FString || y.FString {
			c.joined(x, y)
		} else if !stringsEqual(x, y) {
			c.fail("string value")
		}
	case *syntax.BinaryExpr:
		y := b.(*syntax.BinaryExpr)
		if x.Op != y.Op {
			c.fail("operator")
			return true
		}
		c.expr(x.X, y.X)
		c.expr(x.Y, y.Y)
	case *syntax.BoolExpr:
		y := b.(*syntax.BoolExpr)
		if x.Op != y.Op {
			c.fail("boolean operator")
			return true
		}
		c.exprs(x.Values, y.Values)
	case *syntax.UnaryExpr:
		y := b.(*syntax.UnaryExpr)
		if x.Op != y.Op {
			c.fail("unary operator")
			return true
		}
		c.expr(x.X, y.X)
	case *syntax.CompareExpr:
		y := b.(*syntax.CompareExpr)
		if len(x.Ops) != len(y.Ops) {
			c.fail("comparison length")
			return true
		}
		for i := range x.Ops {
			if x.Ops[i] != y.Ops[i] {
				c.fail("comparison operator")
				return true
			}
		}
		c.expr(x.X, y.X)
		c.exprs(x.Ys, y.Ys)
	case *syntax.SubscriptExpr:
		y := b.(*syntax.SubscriptExpr)
		if x.Ctx != y.Ctx {
			c.fail("subscript context")
			return true
		}
		c.expr(x.X, y.X)
		c.expr(x.Index, y.Index)
	default:
		return c.exprFast2(a, b)
	}
	return true
}

// exprFast2 holds the less frequent cases of exprFast.
func (c *treeCmp) exprFast2(a, b syntax.Expr) bool {
	switch x := a.(type) {
	case *syntax.TupleExpr:
		y := b.(*syntax.TupleExpr)
		if x.Ctx != y.Ctx {
			c.fail("tuple context")
			return true
		}
		c.exprs(x.Elts, y.Elts)
	case *syntax.ListExpr:
		y := b.(*syntax.ListExpr)
		if x.Ctx != y.Ctx {
			c.fail("list context")
			return true
		}
		c.exprs(x.Elts, y.Elts)
	case *syntax.SetExpr:
		c.exprs(x.Elts, b.(*syntax.SetExpr).Elts)
	case *syntax.DictExpr:
		y := b.(*syntax.DictExpr)
		if len(x.Items) != len(y.Items) {
			c.fail("dict length")
			return true
		}
		for i := range x.Items {
			c.expr(x.Items[i].Key, y.Items[i].Key)
			c.expr(x.Items[i].Value, y.Items[i].Value)
		}
	case *syntax.CondExpr:
		y := b.(*syntax.CondExpr)
		c.expr(x.Test, y.Test)
		c.expr(x.Body, y.Body)
		c.expr(x.Else, y.Else)
	case *syntax.StarredExpr:
		y := b.(*syntax.StarredExpr)
		if x.Ctx != y.Ctx {
			c.fail("starred context")
			return true
		}
		c.expr(x.X, y.X)
	case *syntax.SliceExpr:
		y := b.(*syntax.SliceExpr)
		c.expr(x.Lo, y.Lo)
		c.expr(x.Hi, y.Hi)
		c.expr(x.Step, y.Step)
	case *syntax.AwaitExpr:
		c.expr(x.X, b.(*syntax.AwaitExpr).X)
	case *syntax.YieldExpr:
		y := b.(*syntax.YieldExpr)
		if x.From != y.From {
			c.fail("yield from")
			return true
		}
		c.expr(x.X, y.X)
	case *syntax.NamedExpr:
		y := b.(*syntax.NamedExpr)
		c.ident(x.Target, y.Target)
		c.expr(x.Value, y.Value)
	case *syntax.CompExpr:
		y := b.(*syntax.CompExpr)
		if x.Kind != y.Kind || len(x.For) != len(y.For) {
			c.fail("comprehension")
			return true
		}
		c.expr(x.Elt, y.Elt)
		c.expr(x.Value, y.Value)
		for i, f := range x.For {
			g := y.For[i]
			if f.Async != g.Async {
				c.fail("async comprehension")
				return true
			}
			c.expr(f.Target, g.Target)
			c.expr(f.Iter, g.Iter)
			c.exprs(f.Ifs, g.Ifs)
		}
	default:
		return false
	}
	return true
}

// stmtFast compares two statements of the same dynamic type. It reports
// false if it has no fast path for the type.
func (c *treeCmp) stmtFast(a, b syntax.Stmt) bool {
	switch x := a.(type) {
	case *syntax.ExprStmt:
		c.expr(x.X, b.(*syntax.ExprStmt).X)
	case *syntax.AssignStmt:
		y := b.(*syntax.AssignStmt)
		c.exprs(x.Targets, y.Targets)
		c.expr(x.Value, y.Value)
	case *syntax.AugAssignStmt:
		y := b.(*syntax.AugAssignStmt)
		if x.Op != y.Op {
			c.fail("augmented operator")
			return true
		}
		c.expr(x.Target, y.Target)
		c.expr(x.Value, y.Value)
	case *syntax.AnnAssignStmt:
		y := b.(*syntax.AnnAssignStmt)
		if x.Simple != y.Simple {
			c.fail("annotated target")
			return true
		}
		c.expr(x.Target, y.Target)
		c.expr(x.Annotation, y.Annotation)
		c.expr(x.Value, y.Value)
	case *syntax.PassStmt, *syntax.BreakStmt, *syntax.ContinueStmt:
	case *syntax.ReturnStmt:
		c.expr(x.Value, b.(*syntax.ReturnStmt).Value)
	case *syntax.DelStmt:
		c.del(x, b.(*syntax.DelStmt))
	case *syntax.RaiseStmt:
		y := b.(*syntax.RaiseStmt)
		c.expr(x.Exc, y.Exc)
		c.expr(x.Cause, y.Cause)
	case *syntax.AssertStmt:
		y := b.(*syntax.AssertStmt)
		c.expr(x.Test, y.Test)
		c.expr(x.Msg, y.Msg)
	case *syntax.ImportStmt:
		c.aliases(x.Names, b.(*syntax.ImportStmt).Names)
	case *syntax.ImportFromStmt:
		y := b.(*syntax.ImportFromStmt)
		if x.Module != y.Module || x.Level != y.Level {
			c.fail("import from " + x.Module)
			return true
		}
		c.aliases(x.Names, y.Names)
	case *syntax.IfStmt:
		y := b.(*syntax.IfStmt)
		if x.IsElif != y.IsElif {
			c.fail("elif")
			return true
		}
		c.expr(x.Test, y.Test)
		c.stmts(x.Body, y.Body, true)
		c.stmts(x.Else, y.Else, true)
	default:
		return c.stmtFast2(a, b)
	}
	return true
}

// stmtFast2 holds the compound statements of stmtFast.
func (c *treeCmp) stmtFast2(a, b syntax.Stmt) bool {
	switch x := a.(type) {
	case *syntax.WhileStmt:
		y := b.(*syntax.WhileStmt)
		c.expr(x.Test, y.Test)
		c.stmts(x.Body, y.Body, true)
		c.stmts(x.Else, y.Else, true)
	case *syntax.ForStmt:
		y := b.(*syntax.ForStmt)
		if x.Async != y.Async {
			c.fail("async for")
			return true
		}
		c.expr(x.Target, y.Target)
		c.expr(x.Iter, y.Iter)
		c.stmts(x.Body, y.Body, true)
		c.stmts(x.Else, y.Else, true)
	case *syntax.WithStmt:
		y := b.(*syntax.WithStmt)
		if x.Async != y.Async || len(x.Items) != len(y.Items) {
			c.fail("with items")
			return true
		}
		for i, it := range x.Items {
			c.expr(it.X, y.Items[i].X)
			c.expr(it.Target, y.Items[i].Target)
		}
		c.stmts(x.Body, y.Body, true)
	case *syntax.TryStmt:
		y := b.(*syntax.TryStmt)
		if x.Star != y.Star || len(x.Handlers) != len(y.Handlers) {
			c.fail("try handlers")
			return true
		}
		c.stmts(x.Body, y.Body, true)
		for i, h := range x.Handlers {
			g := y.Handlers[i]
			c.expr(h.Type, g.Type)
			c.optIdent(h.Name, g.Name)
			c.stmts(h.Body, g.Body, true)
		}
		c.stmts(x.Else, y.Else, true)
		c.stmts(x.Finally, y.Finally, true)
	case *syntax.FuncDef:
		y := b.(*syntax.FuncDef)
		if x.Async != y.Async {
			c.fail("async def")
			return true
		}
		c.exprs(x.Decorators, y.Decorators)
		c.ident(x.Name, y.Name)
		c.reflect(x.TypeParams, y.TypeParams)
		c.params(x.Params, y.Params)
		c.expr(x.Returns, y.Returns)
		c.stmts(x.Body, y.Body, true)
	case *syntax.ClassDef:
		y := b.(*syntax.ClassDef)
		c.exprs(x.Decorators, y.Decorators)
		c.ident(x.Name, y.Name)
		c.reflect(x.TypeParams, y.TypeParams)
		c.exprs(x.Bases, y.Bases)
		c.keywords(x.Keywords, y.Keywords)
		c.stmts(x.Body, y.Body, true)
	default:
		return false
	}
	return true
}

func (c *treeCmp) ident(a, b *syntax.Ident) {
	if a.Name != b.Name || a.Ctx != b.Ctx {
		c.fail("name " + a.Name)
	}
}

// optIdent compares identifiers that may be nil.
func (c *treeCmp) optIdent(a, b *syntax.Ident) {
	if a == nil || b == nil {
		if (a == nil) != (b == nil) {
			c.fail("missing name")
		}
		return
	}
	c.ident(a, b)
}

func (c *treeCmp) exprs(a, b []syntax.Expr) {
	if len(a) != len(b) {
		c.fail("expression count")
		return
	}
	for i := range a {
		c.expr(a[i], b[i])
	}
}

func (c *treeCmp) keywords(a, b []*syntax.Keyword) {
	if len(a) != len(b) {
		c.fail("keyword count")
		return
	}
	for i, k := range a {
		c.optIdent(k.Name, b[i].Name)
		c.expr(k.Value, b[i].Value)
	}
}

func (c *treeCmp) aliases(a, b []*syntax.Alias) {
	if len(a) != len(b) {
		c.fail("import names")
		return
	}
	for i, x := range a {
		if x.Name != b[i].Name {
			c.fail("import " + x.Name)
			return
		}
		c.optIdent(x.AsName, b[i].AsName)
	}
}

func (c *treeCmp) params(a, b *syntax.Params) {
	if a == nil || b == nil {
		if (a == nil) != (b == nil) {
			c.fail("missing parameters")
		}
		return
	}
	if a.Star != b.Star || len(a.PosOnly) != len(b.PosOnly) || len(a.Args) != len(b.Args) || len(a.KwOnly) != len(b.KwOnly) {
		c.fail("parameters")
		return
	}
	for i := range a.PosOnly {
		c.param(a.PosOnly[i], b.PosOnly[i])
	}
	for i := range a.Args {
		c.param(a.Args[i], b.Args[i])
	}
	c.param(a.Vararg, b.Vararg)
	for i := range a.KwOnly {
		c.param(a.KwOnly[i], b.KwOnly[i])
	}
	c.param(a.Kwarg, b.Kwarg)
}

func (c *treeCmp) param(a, b *syntax.Param) {
	if a == nil || b == nil {
		if (a == nil) != (b == nil) {
			c.fail("missing parameter")
		}
		return
	}
	c.ident(a.Name, b.Name)
	c.expr(a.Annotation, b.Annotation)
	c.expr(a.Default, b.Default)
}

// stringsEqual compares the values of two string expressions, ignoring
// how they are split into implicitly concatenated parts and quoted.
// Both must be plain (no f-string part).
func stringsEqual(a, b *syntax.StringExpr) bool {
	if a.Bytes != b.Bytes {
		return false
	}
	// Walk both part lists as one concatenated string each.
	i, j := 0, 0 // part indexes
	var s, t string
	for {
		for len(s) == 0 && i < len(a.Parts) {
			s = a.Parts[i].Value
			i++
		}
		for len(t) == 0 && j < len(b.Parts) {
			t = b.Parts[j].Value
			j++
		}
		if len(s) == 0 || len(t) == 0 {
			return len(s) == 0 && len(t) == 0
		}
		n := min(len(s), len(t))
		if s[:n] != t[:n] {
			return false
		}
		s, t = s[n:], t[n:]
	}
}
