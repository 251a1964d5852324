package analysis

import (
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// checkSupport reports every construct the profile rejects or treats
// specially, wherever it is: nested, in dead code, in functions never
// called. Monty reports only the first when it loads the program; we
// report all of them.
func (c *checker) checkSupport() {
	syntax.Inspect(c.file, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.ClassDef:
			c.checkClass(n)
		case *syntax.FuncDef:
			c.checkDecorators(n.Decorators)
		case *syntax.DelStmt:
			c.construct("del-stmt", n.Span(), c.delFixes(n)...)
		case *syntax.MatchStmt:
			c.construct("match-stmt", header(n.Span(), n.Subject))
		case *syntax.YieldExpr:
			if n.From {
				c.construct("yield-from", n.Span())
			} else {
				c.construct("yield", n.Span())
			}
		case *syntax.TypeAliasStmt:
			c.construct("type-alias", n.Span())
		case *syntax.TryStmt:
			if n.Star && len(n.Handlers) > 0 {
				// Monty reports the whole try statement; mark from `try`
				// to the first except* clause's header.
				h := n.Handlers[0]
				c.construct("try-star", header(n.Span(), h.Type))
			}
		case *syntax.WithStmt:
			if n.Async {
				c.construct("async-with", header(n.Span(), lastItem(n.Items)))
			}
		case *syntax.ForStmt:
			c.checkFor(n)
		case *syntax.Comprehension:
			if n.Async {
				c.construct("async-comprehension", n.Span())
			}
		case *syntax.NumberLit:
			if n.Kind == syntax.ImagLit {
				c.construct("complex-literal", n.Span())
			}
		case *syntax.ImportFromStmt:
			c.checkImportFromSupport(n)
		case *syntax.FStringField:
			c.checkFormatSpec(n)
		default:
			c.markValueUse(n)
		}
		return true
	})
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

func (c *checker) checkFor(n *syntax.ForStmt) {
	if n.Async {
		c.construct("async-for", header(n.Span(), n.Iter))
	}
	c.checkForTarget(n.Target)
}

// checkForTarget reports attribute and subscript targets of a for loop,
// also inside tuple and list targets.
func (c *checker) checkForTarget(t syntax.Expr) {
	switch t := t.(type) {
	case *syntax.AttrExpr:
		c.construct("for-target-attribute", t.Span())
	case *syntax.SubscriptExpr:
		c.construct("for-target-subscript", t.Span())
	case *syntax.TupleExpr:
		for _, e := range t.Elts {
			c.checkForTarget(e)
		}
	case *syntax.ListExpr:
		for _, e := range t.Elts {
			c.checkForTarget(e)
		}
	case *syntax.StarredExpr:
		c.checkForTarget(t.X)
	}
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
		if _, ok := s.X.(*syntax.StringExpr); !ok {
			c.construct("class-body-other", s.Span())
		}
	case *syntax.AssignStmt:
		if len(s.Targets) != 1 || !isIdent(s.Targets[0]) {
			c.construct("class-var-complex-target", s.Span())
		}
	case *syntax.AnnAssignStmt:
		if !isIdent(s.Target) {
			c.construct("class-var-complex-target", s.Span())
		}
	default:
		c.construct("class-body-other", header(s.Span(), nil))
	}
}

func isIdent(e syntax.Expr) bool {
	_, ok := e.(*syntax.Ident)
	return ok
}

// markValueUse records calls whose result is dropped or operated on
// directly, for the missing-await check: a coroutine there is a bug.
func (c *checker) markValueUse(n syntax.Node) {
	mark := func(e syntax.Expr) {
		if call, ok := e.(*syntax.CallExpr); ok {
			if c.droppedOrOperated == nil {
				c.droppedOrOperated = map[*syntax.CallExpr]bool{}
			}
			c.droppedOrOperated[call] = true
		}
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
