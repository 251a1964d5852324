package analysis

import (
	"github.com/monty-tools/monty-tools/syntax"
)

// callbackArgs names, per builtin, where a callback it runs is passed:
// a keyword, or "0" for the first positional argument. An external call
// made inside such a callback fails in Monty.
var callbackArgs = map[string]string{
	"sorted": "key", "min": "key", "max": "key", "map": "0", "filter": "0",
}

// checkBuiltinCall checks calls of builtins of the profile.
func (c *checker) checkBuiltinCall(s *scope, call *syntax.CallExpr, name string) {
	c.checkOSFunction(call.Fn, "", name)
	c.checkArgForms(s, call, name)
	if where, ok := callbackArgs[name]; ok {
		c.checkCallback(s, name, callbackArg(call, where))
	}
	if name == "next" && len(call.Args) == 1 {
		if comp, ok := call.Args[0].(*syntax.CompExpr); ok && comp.Kind == syntax.GeneratorExp {
			c.construct("generator-next", call.Span())
		}
	}
	if c.isBuiltinException(name) {
		c.checkExceptionArgs(call)
	}
}

// builtinCallChecked reports whether checkBuiltinCall can report
// anything for a call of the builtin name; calls of the others need not
// wait for their name to be resolved (walker.ident).
func (c *checker) builtinCallChecked(name string) bool {
	if _, ok := c.prof.OSFunction(name); ok {
		return true
	}
	if _, ok := callbackArgs[name]; ok {
		return true
	}
	return name == "next" || c.isBuiltinException(name) || len(c.argCasesOf(name)) > 0
}

// mayNeedMethodCheck tells, before names are resolved, whether
// checkMethodCall can report something for a call of an attribute: a
// sort with a key, a method of a literal, or a function of an imported
// module.
func (c *checker) mayNeedMethodCheck(call *syntax.CallExpr) bool {
	at, ok := call.Fn.(*syntax.AttrExpr)
	if !ok {
		return false
	}
	if at.Name.Name == "sort" || literalType(at.X) != "" {
		return true
	}
	return c.rootImported(at.X)
}

// checkMethodCall checks calls of attributes: list.sort(key=...).
func (c *checker) checkMethodCall(s *scope, call *syntax.CallExpr) {
	at, ok := call.Fn.(*syntax.AttrExpr)
	if !ok {
		return
	}
	if at.Name.Name == "sort" {
		c.checkCallback(s, "list.sort", callbackArg(call, "key"))
	}
	if q, ok := c.qualifiedName(s, call.Fn); ok {
		c.checkArgForms(s, call, q)
	}
	if typ := literalType(at.X); typ != "" && c.prof.LacksMethod(typ, at.Name.Name) {
		c.constructWith("missing-method", at.Name.Span(), subst{"<type>", typ, "<name>", at.Name.Name})
	}
}

func callbackArg(call *syntax.CallExpr, where string) syntax.Expr {
	if where == "0" {
		if len(call.Args) > 0 {
			return call.Args[0]
		}
		return nil
	}
	for _, k := range call.Keywords {
		if k.Name != nil && k.Name.Name == where {
			return k.Value
		}
	}
	return nil
}

// checkCallback reports an external function used as a callback of a
// builtin, or a lambda that calls one.
func (c *checker) checkCallback(s *scope, builtin string, e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.Ident:
		if c.isExternalName(s, e) {
			c.constructCase("external-in-builtin-callback", builtin, e.Span(), subst{"<name>", e.Name})
		}
	case *syntax.LambdaExpr:
		ls := c.lambdaScope(e)
		if ls == nil {
			return
		}
		syntax.Inspect(e.Body, func(n syntax.Node) bool {
			if call, ok := n.(*syntax.CallExpr); ok {
				if id, ok := call.Fn.(*syntax.Ident); ok && c.isExternalName(ls, id) {
					c.constructCase("external-in-builtin-callback", builtin, call.Span(), subst{"<name>", id.Name})
				}
			}
			return true
		})
	}
}

// isExternalName reports whether id, used in s, names an external
// function: declared in the stubs, and not bound, an input or a builtin.
func (c *checker) isExternalName(s *scope, id *syntax.Ident) bool {
	ref, later := c.lookupName(s, id.Name)
	if ref.Kind != Unresolved && later == nil {
		return false
	}
	return !c.isInput(id.Name) && !c.prof.HasBuiltin(id.Name) && (c.decls.Funcs[id.Name] != nil || later != nil)
}

func (c *checker) isBuiltinException(name string) bool {
	_, ok := c.prof.Exceptions[name]
	return ok
}

// checkExceptionArgs reports exceptions built with more than one argument
// or with a literal that is not a string, which Monty cannot construct.
func (c *checker) checkExceptionArgs(call *syntax.CallExpr) {
	if _, ok := c.prof.FailsAtRuntime("exception-multi-arg"); !ok {
		return
	}
	bad := len(call.Args) > 1
	if len(call.Args) == 1 {
		switch a := call.Args[0].(type) {
		case *syntax.NumberLit, *syntax.ListExpr, *syntax.DictExpr, *syntax.TupleExpr:
			bad = true
		case *syntax.StringExpr:
			bad = a.Bytes
		}
	}
	if bad {
		c.construct("exception-multi-arg", call.Span())
	}
}

// checkComprehension reports, where the profile says so, lambdas in a
// comprehension that read the comprehension's variables.
func (c *checker) checkComprehension(cs *scope, n *syntax.CompExpr) {
	if _, ok := c.prof.FailsAtRuntime("lambda-in-comprehension"); !ok {
		return
	}
	syntax.Inspect(n.Elt, func(x syntax.Node) bool {
		lam, ok := x.(*syntax.LambdaExpr)
		if !ok {
			return true
		}
		syntax.Inspect(lam.Body, func(y syntax.Node) bool {
			if id, ok := y.(*syntax.Ident); ok {
				if b := c.bindingOf(c.lambdaScope(lam), id); b != nil && cs.binding(id.Name) == b {
					c.constructWith("lambda-in-comprehension", id.Span(), subst{"<var>", id.Name})
				}
			}
			return true
		})
		return false
	})
}
