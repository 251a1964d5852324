package analysis

import "github.com/monty-tools/monty-tools/syntax"

// argForms recognises, per case id of the profile's builtin-arg-unsupported
// rule, the argument forms some Monty versions refuse. Which cases apply,
// and the message, come from the profile; only recognition is code.
var argForms = map[string]struct {
	fn    string // the builtin or qualified module function
	match func(c *checker, s *scope, call *syntax.CallExpr) bool
}{
	"bytes-encoding": {"bytes", func(_ *checker, _ *scope, call *syntax.CallExpr) bool { return len(call.Args) >= 2 }},
	"bytes-list": {"bytes", func(_ *checker, _ *scope, call *syntax.CallExpr) bool {
		return len(call.Args) == 1 && isList(call.Args[0])
	}},
	"enumerate-start-keyword": {"enumerate", func(_ *checker, _ *scope, call *syntax.CallExpr) bool { return hasKeyword(call, "start") }},
	"int-base": {"int", func(_ *checker, _ *scope, call *syntax.CallExpr) bool {
		return len(call.Args) == 2 || hasKeyword(call, "base")
	}},
	"print-file":         {"print", func(_ *checker, _ *scope, call *syntax.CallExpr) bool { return hasKeyword(call, "file") }},
	"gather-keywords":    {"asyncio.gather", func(_ *checker, _ *scope, call *syntax.CallExpr) bool { return len(call.Keywords) > 0 }},
	"json-dumps-default": {"json.dumps", func(_ *checker, _ *scope, call *syntax.CallExpr) bool { return hasKeyword(call, "default") }},
	"re-sub-callable":    {"re.sub", (*checker).callableReplacement},
}

// checkArgForms reports a call of fn (a builtin name or a qualified module
// function) with an argument form the profile says Monty refuses.
func (c *checker) checkArgForms(s *scope, call *syntax.CallExpr, fn string) {
	for _, id := range c.argCasesOf(fn) {
		if argForms[id].match(c, s, call) {
			c.constructCase("builtin-arg-unsupported", id, call.Span(), nil)
		}
	}
}

// argCasesOf returns the profile's builtin-arg-unsupported cases for fn.
func (c *checker) argCasesOf(fn string) []string {
	if c.argCases == nil {
		c.argCases = map[string][]string{}
		if rule, ok := c.prof.FailsAtRuntime("builtin-arg-unsupported"); ok {
			for id := range rule.Cases {
				if form, ok := argForms[id]; ok {
					c.argCases[form.fn] = append(c.argCases[form.fn], id)
				}
			}
		}
	}
	return c.argCases[fn]
}

// callableReplacement reports whether re.sub's replacement (its second
// argument, or repl=) is a function: a lambda or a name bound by a def.
func (c *checker) callableReplacement(s *scope, call *syntax.CallExpr) bool {
	var repl syntax.Expr
	if len(call.Args) >= 2 {
		repl = call.Args[1]
	}
	for _, k := range call.Keywords {
		if k.Name != nil && k.Name.Name == "repl" {
			repl = k.Value
		}
	}
	switch r := repl.(type) {
	case *syntax.LambdaExpr:
		return true
	case *syntax.Ident:
		b := c.bindingOf(s, r)
		if b == nil {
			return false
		}
		_, isDef := b.Node.(*syntax.FuncDef)
		return isDef
	}
	return false
}

func hasKeyword(call *syntax.CallExpr, name string) bool {
	for _, k := range call.Keywords {
		if k.Name != nil && k.Name.Name == name {
			return true
		}
	}
	return false
}

func isList(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.ListExpr:
		return true
	case *syntax.CompExpr:
		return e.Kind == syntax.ListComp
	}
	return false
}
