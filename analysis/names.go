package analysis

import (
	"fmt"

	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// reportUnresolved reports a name that is bound nowhere the use can see,
// is not an input, a builtin of the profile or a declared external.
// Called, Monty turns it into an external call; read, it is a NameError.
func (c *checker) reportUnresolved(id *syntax.Ident, called bool) {
	name := id.Name
	if c.prof.MissingBuiltins[name] {
		how := "reading it raises NameError"
		if called {
			how = "calling it becomes a call to an external function the host must provide"
		}
		c.report(id.Span(), "unknown-builtin", fmt.Sprintf("%s is a Python builtin that Monty %s does not have: %s", name, c.prof.MontyVersion, how))
		return
	}
	if called {
		c.report(id.Span(), "undeclared-external", name+" is not defined, not a builtin and not declared in the stubs: Monty will call it as an external function")
		return
	}
	c.report(id.Span(), "undefined-name", "name "+name+" is not defined")
}

// reportLater reports a use, inside a function, of a module name bound
// only after that function, under a profile that binds module names in
// source order (Monty 0.0.18).
func (c *checker) reportLater(s *scope, id *syntax.Ident, b *Binding, called bool) {
	line := c.line(b.Def.Start)
	effect := "reading it raises NameError"
	if called {
		effect = "the call becomes an external function call"
	}
	c.report(id.Span(), "later-defined-name", fmt.Sprintf("Monty %s does not see %s here: it is bound at module level on line %d, after this function (%s); define it before the function", c.prof.MontyVersion, id.Name, line, effect))
}

// checkGlobalBound reports `global X` when the profile binds module names
// in source order and X is not bound at module level before the function.
func (c *checker) checkGlobalBound(s *scope, id *syntax.Ident) {
	if _, ok := c.prof.Behaviour("global-unbound"); !ok {
		return
	}
	b := c.res.module.binding(id.Name)
	start := s.outerFunctionStart()
	if b != nil && b.first >= 0 && b.first < start {
		return
	}
	c.construct("global-unbound", id.Span())
}

// line returns the 1-based line of an offset.
func (c *checker) line(off source.Offset) int {
	if c.lines == nil {
		c.lines = source.NewLines(c.src)
	}
	return c.lines.Pos(c.src, off).Line
}
