package analysis

import (
	"strings"

	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// checkCompile reports what CPython's compiler (not its parser) rejects
// and Monty rejects too when it loads a program: break and continue
// outside a loop, duplicate parameters, misplaced global and nonlocal
// statements, unknown __future__ features. Whether and how each is
// reported comes from the profile like any other construct.
func (c *checker) checkCompile() {
	cc := &compileChecker{c: c}
	cc.block(c.file.Body, false, nil)
}

// compileChecker walks statements knowing whether they are inside a loop
// and which function they belong to.
type compileChecker struct {
	c *checker
}

func (cc *compileChecker) block(list []syntax.Stmt, inLoop bool, fn *funcInfo) {
	for _, s := range list {
		cc.stmt(s, inLoop, fn)
	}
}

// funcInfo tracks, for the function being walked, the names it has used
// and assigned so far (in source order) and its parameters.
type funcInfo struct {
	scope    *scope
	params   map[string]bool
	used     map[string]bool
	assigned map[string]bool
}

func (cc *compileChecker) stmt(s syntax.Stmt, inLoop bool, fn *funcInfo) {
	c := cc.c
	switch s := s.(type) {
	case *syntax.BreakStmt:
		if !inLoop {
			c.construct("break-outside-loop", s.Span())
		}
	case *syntax.ContinueStmt:
		if !inLoop {
			c.construct("continue-outside-loop", s.Span())
		}
	case *syntax.ForStmt:
		cc.names(fn, s.Target, s.Iter)
		cc.block(s.Body, true, fn)
		cc.block(s.Else, inLoop, fn)
	case *syntax.WhileStmt:
		cc.names(fn, s.Test)
		cc.block(s.Body, true, fn)
		cc.block(s.Else, inLoop, fn)
	case *syntax.IfStmt:
		cc.names(fn, s.Test)
		cc.block(s.Body, inLoop, fn)
		cc.block(s.Else, inLoop, fn)
	case *syntax.WithStmt:
		for _, it := range s.Items {
			cc.names(fn, it.X, it.Target)
		}
		cc.block(s.Body, inLoop, fn)
	case *syntax.TryStmt:
		cc.block(s.Body, inLoop, fn)
		for _, h := range s.Handlers {
			cc.names(fn, h.Type)
			if fn != nil && h.Name != nil {
				fn.assigned[h.Name.Name] = true
			}
			cc.block(h.Body, inLoop, fn)
		}
		cc.block(s.Else, inLoop, fn)
		cc.block(s.Finally, inLoop, fn)
	case *syntax.MatchStmt:
		cc.names(fn, s.Subject)
		for _, mc := range s.Cases {
			cc.block(mc.Body, inLoop, fn)
		}
	case *syntax.FuncDef:
		if fn != nil {
			fn.assigned[s.Name.Name] = true
		}
		cc.function(s, s.Name.Span(), s.Params, s.Body)
	case *syntax.ClassDef:
		if fn != nil {
			fn.assigned[s.Name.Name] = true
		}
		cc.block(s.Body, false, nil)
	case *syntax.GlobalStmt:
		cc.global(s, fn)
	case *syntax.NonlocalStmt:
		cc.nonlocal(s, fn)
	case *syntax.ImportFromStmt:
		cc.future(s)
		cc.names(fn, s)
	default:
		cc.names(fn, s)
	}
}

// function checks a def's parameters and walks its body as a new
// function, outside any loop.
func (cc *compileChecker) function(n syntax.Node, at source.Span, p *syntax.Params, body []syntax.Stmt) {
	fi := &funcInfo{scope: cc.c.res.scopes[n], params: map[string]bool{}, used: map[string]bool{}, assigned: map[string]bool{}}
	for _, name := range paramNames(p) {
		if fi.params[name] {
			cc.c.constructWith("duplicate-argument", at, strings.NewReplacer("<name>", name))
		}
		fi.params[name] = true
	}
	cc.block(body, false, fi)
}

func paramNames(p *syntax.Params) []string {
	if p == nil {
		return nil
	}
	var names []string
	for _, list := range [][]*syntax.Param{p.PosOnly, p.Args, {p.Vararg}, p.KwOnly, {p.Kwarg}} {
		for _, prm := range list {
			if prm != nil && prm.Name != nil {
				names = append(names, prm.Name.Name)
			}
		}
	}
	return names
}

// names records the names that nodes of a statement read and assign, and
// checks lambdas inside them (duplicate parameters; break does not cross
// them, nor does it appear in expressions).
func (cc *compileChecker) names(fn *funcInfo, nodes ...syntax.Node) {
	for _, n := range nodes {
		if n == nil {
			continue
		}
		syntax.Inspect(n, func(x syntax.Node) bool {
			switch x := x.(type) {
			case *syntax.LambdaExpr:
				cc.function(x, source.Span{Start: x.Start, End: x.Start + 6}, x.Params, nil)
				return false
			case *syntax.Ident:
				if fn == nil {
					return true
				}
				if x.Ctx == syntax.Load {
					fn.used[x.Name] = true
				} else {
					fn.assigned[x.Name] = true
				}
			case *syntax.Alias:
				if fn != nil && x.AsName != nil {
					fn.assigned[x.AsName.Name] = true
				} else if fn != nil {
					fn.assigned[strings.SplitN(x.Name, ".", 2)[0]] = true
				}
			}
			return true
		})
	}
}

func (cc *compileChecker) global(s *syntax.GlobalStmt, fn *funcInfo) {
	if fn == nil {
		return // global at module level is allowed
	}
	c := cc.c
	for _, id := range s.Names {
		repl := strings.NewReplacer("<name>", id.Name)
		switch {
		case fn.params[id.Name]:
			c.constructWith("global-parameter", s.Span(), repl)
		case fn.assigned[id.Name]:
			c.constructWith("global-after-assign", s.Span(), repl)
		case fn.used[id.Name] && !cc.boundBefore(id.Name, fn):
			c.constructWith("global-after-use", s.Span(), repl)
		}
	}
}

// boundBefore reports whether, under a profile that binds module names in
// source order (Monty 0.0.18), name is bound at module level before the
// function: such a function already reads the global, so a later global
// statement changes nothing and Monty accepts it.
func (cc *compileChecker) boundBefore(name string, fn *funcInfo) bool {
	c := cc.c
	if !c.prof.Names.SourceOrderGlobals || fn.scope == nil {
		return false
	}
	b := c.res.module.bindings[name]
	return b != nil && b.first >= 0 && b.first < fn.scope.outerFunctionStart()
}

func (cc *compileChecker) nonlocal(s *syntax.NonlocalStmt, fn *funcInfo) {
	c := cc.c
	for _, id := range s.Names {
		repl := strings.NewReplacer("<name>", id.Name)
		switch {
		case fn == nil:
			c.constructWith("nonlocal-module-level", s.Span(), repl)
		case fn.params[id.Name]:
			c.constructWith("nonlocal-parameter", s.Span(), repl)
		case !cc.enclosingBinds(fn, id.Name):
			c.constructWith("nonlocal-no-binding", s.Span(), repl)
		}
	}
}

// enclosingBinds reports whether a function enclosing fn binds name.
func (cc *compileChecker) enclosingBinds(fn *funcInfo, name string) bool {
	if fn.scope == nil {
		return true // unknown; do not guess
	}
	for p := fn.scope.parent; p != nil; p = p.parent {
		if p.kind == functionScope && p.bindings[name] != nil && !p.globals[name] {
			return true
		}
	}
	return false
}

// futureFeatures are the features `from __future__ import` accepts.
var futureFeatures = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true, "absolute_import": true,
	"with_statement": true, "print_function": true, "unicode_literals": true,
	"barry_as_FLUFL": true, "generator_stop": true, "annotations": true,
}

func (cc *compileChecker) future(s *syntax.ImportFromStmt) {
	if s.Module != "__future__" || s.Level != 0 {
		return
	}
	for _, a := range s.Names {
		if !futureFeatures[a.Name] {
			cc.c.constructWith("future-feature", a.Span(), strings.NewReplacer("<name>", a.Name))
		}
	}
}
