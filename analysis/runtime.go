package analysis

import (
	"github.com/monty-tools/monty-tools/syntax"
)

// The checks of this file report what loads but certainly fails, or
// behaves differently from CPython, when run by the target Monty. Only
// what is certain from the source is reported: `"%d" % n` (a string
// literal on the left), not `a % b`. The walker (walk.go) runs them.

// checkBinary reports operators that fail on the operands seen.
func (c *checker) checkBinary(x syntax.Expr, op syntax.BinOp, y syntax.Expr, n syntax.Node) {
	switch {
	case op == syntax.MatMult:
		c.construct("matmul", n.Span())
	case op == syntax.Mod && isStrLiteral(x):
		c.constructWith("percent-format", n.Span(), subst{"<type>", literalType(y)})
	case op == syntax.BitOr && isDictDisplay(x) && isDictDisplay(y):
		c.construct("dict-merge-operator", n.Span())
	case isArith(op) && isBoolLiteral(x) && isBoolLiteral(y):
		c.construct("bool-arithmetic", n.Span())
	}
}

// attrAssignFails reports whether assigning t fails, with the type Monty
// names in its error when the source shows it.
func (c *checker) attrAssignFails(s *scope, t *syntax.AttrExpr) (string, bool) {
	id, ok := t.X.(*syntax.Ident)
	if ok {
		if _, isModule := c.moduleOf(s, id); isModule {
			return "module", true
		}
		if b := c.bindingOf(s, id); b != nil {
			if _, isFunc := b.Node.(*syntax.FuncDef); isFunc {
				return "function", true
			}
		}
	}
	if _, noClasses := c.prof.Rejects("class-def"); noClasses {
		return "", true // no object of a program has a __dict__
	}
	return "", false
}

// checkOrdering reports < <= > >= between two list or two set displays
// when the profile says the target Monty compares those kinds wrongly
// (the rule names the kinds when it is not all of them).
func (c *checker) checkOrdering(n *syntax.CompareExpr) {
	x := n.X
	for i, op := range n.Ops {
		y := n.Ys[i]
		if kind := displayKind(x); kind != "" && isOrdering(op) && kind == displayKind(y) {
			c.reportOrdering(n, op, kind)
			return
		}
		x = y
	}
}

func (c *checker) reportOrdering(n *syntax.CompareExpr, op syntax.CmpOp, kind string) {
	r, ok := c.prof.FailsAtRuntime("container-ordering-compare")
	if !ok {
		if r, ok = c.prof.Behaviour("container-ordering-compare"); !ok {
			return
		}
	}
	if len(r.Names) == 0 || r.HasName(kind) {
		c.constructWith("container-ordering-compare", n.Span(), subst{"<op>", op.String(), "<type>", kind})
	}
}

// checkDunders reports methods that the profile says Monty never calls
// for operators (0.0.23: __add__, __len__ ...).
func (c *checker) checkDunders(n *syntax.ClassDef) {
	if c.dunders == nil {
		c.dunders = c.prof.IgnoredDunders()
	}
	names := c.dunders
	if len(names) == 0 {
		return
	}
	for _, s := range n.Body {
		if fd, ok := s.(*syntax.FuncDef); ok && names[fd.Name.Name] {
			c.constructWith("dunder-protocol-ignored", fd.Name.Span(), nil)
		}
	}
}

// isExceptionAttr tells the exception attributes Monty lacks.
func isExceptionAttr(name string) bool {
	switch name {
	case "__cause__", "__context__", "add_note", "with_traceback", "__traceback__":
		return true
	}
	return false
}

// checkExceptionAttr reports exception attributes Monty lacks, read on a
// name bound by `except ... as e`.
func (c *checker) checkExceptionAttr(s *scope, n *syntax.AttrExpr) {
	if !isExceptionAttr(n.Name.Name) {
		return
	}
	id, ok := n.X.(*syntax.Ident)
	if !ok {
		return
	}
	if b := c.bindingOf(s, id); b != nil {
		if _, ok := b.Node.(*syntax.ExceptHandler); ok {
			c.constructWith("exception-attr", n.Name.Span(), subst{"'__cause__'", "'" + n.Name.Name + "'"})
		}
	}
}

func isStrLiteral(e syntax.Expr) bool {
	s, ok := e.(*syntax.StringExpr)
	return ok && !s.Bytes
}

func isDictDisplay(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.DictExpr:
		return true
	case *syntax.CompExpr:
		return e.Kind == syntax.DictComp
	}
	return false
}

func isBoolLiteral(e syntax.Expr) bool {
	k, ok := e.(*syntax.ConstLit)
	return ok && (k.Kind == syntax.TrueConst || k.Kind == syntax.FalseConst)
}

func isArith(op syntax.BinOp) bool {
	switch op {
	case syntax.Add, syntax.Sub, syntax.Mult, syntax.Div, syntax.FloorDiv, syntax.Mod, syntax.Pow:
		return true
	}
	return false
}

func isOrdering(op syntax.CmpOp) bool {
	return op == syntax.Lt || op == syntax.LtE || op == syntax.Gt || op == syntax.GtE
}

// displayKind names the container a display builds: "list", "set" or "".
func displayKind(e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.ListExpr:
		return "list"
	case *syntax.SetExpr:
		return "set"
	case *syntax.CompExpr:
		switch e.Kind {
		case syntax.ListComp:
			return "list"
		case syntax.SetComp:
			return "set"
		}
	}
	return ""
}

// literalType names the type of a literal as Python's messages do, or ""
// when the expression is not a literal.
func literalType(e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.StringExpr:
		if e.Bytes {
			return "bytes"
		}
		return "str"
	case *syntax.TupleExpr:
		return "tuple"
	case *syntax.DictExpr:
		return "dict"
	case *syntax.ListExpr:
		return "list"
	case *syntax.NumberLit:
		if e.Kind == syntax.FloatLit {
			return "float"
		}
		return "int"
	}
	return ""
}

// checkEagerGenerator warns where a generator expression is kept (assigned
// or returned) rather than consumed at once: there its laziness is what
// the code counts on, and Monty builds the whole list immediately.
func (c *checker) checkEagerGenerator(e syntax.Expr) {
	if g, ok := e.(*syntax.CompExpr); ok && g.Kind == syntax.GeneratorExp {
		c.construct("eager-generator", g.Span())
	}
}

// checkDataclass reports dataclass features the profile says Monty lacks:
// @dataclass(order=True) and __post_init__.
func (c *checker) checkDataclass(n *syntax.ClassDef) {
	for _, d := range n.Decorators {
		call, isCall := d.(*syntax.CallExpr)
		fn := d
		if isCall {
			fn = call.Fn
		}
		if !isDataclassName(fn) {
			continue
		}
		if isCall && hasKeyword(call, "order") {
			c.constructCase("dataclass-option", "order", d.Span(), nil)
		}
		for _, st := range n.Body {
			if fd, ok := st.(*syntax.FuncDef); ok && fd.Name.Name == "__post_init__" {
				c.constructCase("dataclass-option", "post-init", fd.Name.Span(), nil)
			}
		}
	}
}

func isDataclassName(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.Ident:
		return e.Name == "dataclass"
	case *syntax.AttrExpr:
		return e.Name.Name == "dataclass"
	}
	return false
}
