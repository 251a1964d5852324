package format

import (
	"reflect"
	"strings"

	"github.com/monty-tools/monty-tools/syntax"
)

// treesEqual compares two syntax trees field by field, ignoring positions
// and the spelling of literals (quotes, prefixes, number case), which the
// formatter normalises. Docstring whitespace and `del (a, b)` vs `del a, b`
// are tolerated as ruff does. It returns a description of the first
// difference, or "".
func treesEqual(a, b *syntax.File) string {
	c := &treeCmp{}
	c.stmts(a.Body, b.Body, true)
	return c.diff
}

type treeCmp struct{ diff string }

var (
	locType        = reflect.TypeOf(syntax.Loc{})
	stringPartType = reflect.TypeOf(syntax.StringPart{})
)

func (c *treeCmp) fail(what string) {
	if c.diff == "" {
		c.diff = what
	}
}

// stmts compares statement lists; body tells whether the first statement
// may be a docstring.
func (c *treeCmp) stmts(a, b []syntax.Stmt, body bool) {
	if len(a) != len(b) {
		c.fail("statement count")
		return
	}
	for i := range a {
		if c.diff != "" {
			return
		}
		if i == 0 && body {
			if da, db := docstringOf(a), docstringOf(b); da != nil && db != nil {
				if !docEqual(da, db) {
					c.fail("docstring")
				}
				continue
			}
		}
		c.stmt(a[i], b[i])
	}
}

// stmt compares two statements, by hand for the frequent kinds.
func (c *treeCmp) stmt(a, b syntax.Stmt) {
	if a == nil || b == nil {
		if (a == nil) != (b == nil) {
			c.fail("missing statement")
		}
		return
	}
	va, vb := reflect.TypeOf(a), reflect.TypeOf(b)
	if va != vb {
		c.fail(va.String() + " vs " + vb.String())
		return
	}
	if !c.stmtFast(a, b) {
		c.value(reflect.ValueOf(a), reflect.ValueOf(b))
	}
}

// reflect compares two values of the same type with the reflective walk.
func (c *treeCmp) reflect(a, b any) {
	c.value(reflect.ValueOf(a), reflect.ValueOf(b))
}

func docEqual(a, b *syntax.StringExpr) bool {
	norm := func(s *syntax.StringExpr) string {
		var parts []string
		for _, p := range s.Parts {
			parts = append(parts, p.Value)
		}
		return strings.Join(strings.Fields(strings.Join(parts, "")), " ")
	}
	return norm(a) == norm(b)
}

func (c *treeCmp) value(a, b reflect.Value) {
	if c.diff != "" {
		return
	}
	if a.Kind() != b.Kind() {
		c.fail("kind " + a.Kind().String())
		return
	}
	switch a.Kind() {
	case reflect.Interface:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				c.fail("nil " + a.Type().String())
			}
			return
		}
		if a.Elem().Type() != b.Elem().Type() {
			c.fail(a.Elem().Type().String() + " vs " + b.Elem().Type().String())
			return
		}
		c.value(a.Elem(), b.Elem())
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				c.fail("nil " + a.Type().String())
			}
			return
		}
		switch x := a.Interface().(type) {
		case syntax.Expr:
			if c.exprFast(x, b.Interface().(syntax.Expr)) {
				return
			}
		case syntax.Stmt:
			if c.stmtFast(x, b.Interface().(syntax.Stmt)) {
				return
			}
		}
		c.value(a.Elem(), b.Elem())
	case reflect.Slice:
		if s, ok := a.Interface().([]syntax.Stmt); ok {
			c.stmts(s, b.Interface().([]syntax.Stmt), true)
			return
		}
		if a.Len() != b.Len() {
			c.fail("length of " + a.Type().String())
			return
		}
		for i := 0; i < a.Len(); i++ {
			c.value(a.Index(i), b.Index(i))
		}
	case reflect.Struct:
		t := a.Type()
		if t == locType {
			return
		}
		// NumberLit never gets here: it is only reached through a pointer,
		// which exprFast compares.
		for i := 0; i < t.NumField(); i++ {
			switch t.Field(i).Name {
			case "Parenthesized", "Parens":
				continue // parentheses are the formatter's choice
			case "Flags":
				if t == stringPartType {
					continue // quotes and prefixes are normalised
				}
			}
			c.value(a.Field(i), b.Field(i))
		}
	case reflect.String:
		if a.String() != b.String() {
			c.fail("text " + a.String())
		}
	case reflect.Bool:
		if a.Bool() != b.Bool() {
			c.fail("flag")
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if a.Int() != b.Int() {
			c.fail("number")
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if a.Uint() != b.Uint() {
			c.fail("enum")
		}
	case reflect.Float32, reflect.Float64:
		if a.Float() != b.Float() {
			c.fail("float")
		}
	}
}

// del compares deletions, treating `del (a, b)` like `del a, b`.
func (c *treeCmp) del(a, b *syntax.DelStmt) {
	ta, tb := delTargets(a), delTargets(b)
	if len(ta) != len(tb) {
		c.fail("del targets")
		return
	}
	for i := range ta {
		c.expr(ta[i], tb[i])
	}
}

func delTargets(d *syntax.DelStmt) []syntax.Expr {
	if len(d.Targets) == 1 {
		if t, ok := d.Targets[0].(*syntax.TupleExpr); ok && len(t.Elts) > 0 {
			return t.Elts
		}
	}
	return d.Targets
}

// expr compares two expressions (either may be nil).
func (c *treeCmp) expr(a, b syntax.Expr) {
	if c.diff != "" {
		return
	}
	if a == nil || b == nil {
		if (a == nil) != (b == nil) {
			c.fail("missing expression")
		}
		return
	}
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	if ta != tb {
		c.fail(ta.String() + " vs " + tb.String())
		return
	}
	if !c.exprFast(a, b) {
		c.value(reflect.ValueOf(a), reflect.ValueOf(b))
	}
}
