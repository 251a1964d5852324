package analysis

import (
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// The checks of this file report what CPython's compiler (not its parser)
// rejects and Monty rejects too when it loads a program: break and
// continue outside a loop, duplicate parameters (resolve.go, params),
// misplaced global and nonlocal statements, unknown __future__ features.
// They run during the walk, which visits each function's
// statements in source order. Whether and how each is reported comes from
// the profile like any other construct.

// usedBefore reports whether the function read name before the offset
// (its global statement). Global statements are rare, so scanning the
// function's code up to that point is cheaper than bookkeeping at every
// name. Nested functions, classes and comprehensions are scopes of their
// own and do not count.
func (w *walker) usedBefore(name string, before source.Offset) bool {
	var body []syntax.Stmt
	if fd, ok := w.fn.node.(*syntax.FuncDef); ok {
		body = fd.Body
	}
	used := false
	for _, st := range body {
		if st.Span().Start >= before || used {
			break
		}
		syntax.Inspect(st, func(n syntax.Node) bool {
			switch n := n.(type) {
			case *syntax.FuncDef, *syntax.ClassDef, *syntax.LambdaExpr, *syntax.CompExpr:
				return false
			case *syntax.Ident:
				if n.Ctx == syntax.Load && n.Name == name && n.Start < before {
					used = true
				}
			}
			return !used
		})
	}
	return used
}

// compileNode runs the node-local compile checks during the walk.
func (c *checker) compileNode(w *walker, n syntax.Node) {
	switch n := n.(type) {
	case *syntax.BreakStmt:
		if !w.inLoop {
			c.construct("break-outside-loop", n.Span())
		}
	case *syntax.ContinueStmt:
		if !w.inLoop {
			c.construct("continue-outside-loop", n.Span())
		}
	}
}

// checkDeclaration checks a global or nonlocal statement against what the
// function did before it. Monty reports these at the statement.
func (c *checker) checkDeclaration(w *walker, s *scope, stmt syntax.Stmt, id *syntax.Ident, global bool) {
	repl := subst{"<name>", id.Name}
	fn := w.fn
	at := stmt.Span()
	if fn != s {
		if !global && s.kind == moduleScope {
			c.constructWith("nonlocal-module-level", at, repl)
		}
		return
	}
	b := s.binding(id.Name)
	param := b != nil && b.Param
	switch {
	case param && global:
		c.constructWith("global-parameter", at, repl)
	case param:
		c.constructWith("nonlocal-parameter", at, repl)
	case !global:
	case b != nil && b.first >= 0 && b.first < stmt.Span().Start:
		c.constructWith("global-after-assign", at, repl)
	case w.usedBefore(id.Name, stmt.Span().Start) && !c.boundBefore(s, id.Name):
		c.constructWith("global-after-use", at, repl)
	}
}

// boundBefore reports whether, under a profile that binds module names in
// source order (Monty 0.0.18), name is bound at module level before the
// function: such a function already reads the global, so a later global
// statement changes nothing and Monty accepts it.
func (c *checker) boundBefore(s *scope, name string) bool {
	if !c.prof.Names.SourceOrderGlobals {
		return false
	}
	b := c.res.module.binding(name)
	return b != nil && b.first >= 0 && b.first < s.outerFunctionStart()
}

// checkNonlocalBinding reports, after the walk when every scope's
// bindings are known, a nonlocal name that no enclosing function binds.
func (c *checker) checkNonlocalBinding(s *scope, stmt syntax.Stmt, id *syntax.Ident) {
	if b := s.binding(id.Name); s.kind != functionScope || b != nil && b.Param {
		return // reported during the walk
	}
	for p := s.parent; p != nil; p = p.parent {
		if p.kind == functionScope && p.binding(id.Name) != nil && !p.globals[id.Name] {
			return
		}
	}
	c.constructWith("nonlocal-no-binding", stmt.Span(), subst{"<name>", id.Name})
}

// futureFeatures are the features `from __future__ import` accepts.
var futureFeatures = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true, "absolute_import": true,
	"with_statement": true, "print_function": true, "unicode_literals": true,
	"barry_as_FLUFL": true, "generator_stop": true, "annotations": true,
}

func (c *checker) checkFuture(s *syntax.ImportFromStmt) {
	if s.Module != "__future__" || s.Level != 0 {
		return
	}
	for _, a := range s.Names {
		if !futureFeatures[a.Name] {
			c.constructWith("future-feature", a.Span(), subst{"<name>", a.Name})
		}
	}
}
