package analysis

import "github.com/monty-tools/monty-tools/syntax"

// eachTarget calls f on every simple target an assignment target assigns:
// the target itself, or each element of a tuple or list target, nested
// ones too. unpacked tells that the element sits inside a tuple or list.
// f also sees a starred element, and its result says whether to go on into
// the starred expression.
func eachTarget(t syntax.Expr, f func(e syntax.Expr, unpacked bool) bool) {
	eachTargetIn(t, false, f)
}

func eachTargetIn(t syntax.Expr, unpacked bool, f func(syntax.Expr, bool) bool) {
	switch t := t.(type) {
	case *syntax.TupleExpr:
		for _, e := range t.Elts {
			eachTargetIn(e, true, f)
		}
	case *syntax.ListExpr:
		for _, e := range t.Elts {
			eachTargetIn(e, true, f)
		}
	default:
		if f(t, unpacked) {
			if st, ok := t.(*syntax.StarredExpr); ok {
				eachTargetIn(st.X, unpacked, f)
			}
		}
	}
}

// checkTarget reports targets Monty cannot unpack into: an attribute or a
// subscript inside a tuple or list target, or as the whole target of for,
// with and comprehensions (loop), and a starred element that is not a
// plain name. A bare starred target of an assignment (*a = x) is refused
// by CPython's compiler and Monty's parser alike; a for target may be one.
func (c *checker) checkTarget(t syntax.Expr, loop bool) {
	if st, ok := t.(*syntax.StarredExpr); ok && !loop {
		c.construct("starred-assign", st.Span())
		return
	}
	eachTarget(t, func(e syntax.Expr, unpacked bool) bool {
		switch e := e.(type) {
		case *syntax.StarredExpr:
			if _, name := e.X.(*syntax.Ident); unpacked && !name {
				c.construct("starred-target", e.Span())
			}
			return false // Monty reports the starred element, not what is in it
		case *syntax.AttrExpr:
			if loop || unpacked {
				c.construct("for-target-attribute", e.Span())
			}
		case *syntax.SubscriptExpr:
			if loop || unpacked {
				c.construct("for-target-subscript", e.Span())
			}
		}
		return true
	})
}

// checkSliceTarget reports assignment to a slice, which Monty refuses at
// run time.
func (c *checker) checkSliceTarget(t syntax.Expr) {
	eachTarget(t, func(e syntax.Expr, _ bool) bool {
		if sub, ok := e.(*syntax.SubscriptExpr); ok {
			if _, isSlice := sub.Index.(*syntax.SliceExpr); isSlice {
				c.construct("slice-assignment", sub.Span())
			}
		}
		return true
	})
}

// checkAssignTarget reports attributes Monty cannot assign: those of
// objects without a __dict__ (modules and functions; every object when the
// profile has no classes). It runs after names are resolved.
func (c *checker) checkAssignTarget(s *scope, t syntax.Expr) {
	eachTarget(t, func(e syntax.Expr, _ bool) bool {
		if at, ok := e.(*syntax.AttrExpr); ok {
			if typ, fails := c.attrAssignFails(s, at); fails {
				c.constructWith("attribute-assignment", at.Span(), subst{"<type>", typ, "<name>", at.Name.Name})
			}
		}
		return true
	})
}

// hasAttrTarget reports whether a target assigns an attribute, the only
// kind whose check needs resolved names.
func hasAttrTarget(t syntax.Expr) bool {
	found := false
	eachTarget(t, func(e syntax.Expr, _ bool) bool {
		_, isAttr := e.(*syntax.AttrExpr)
		found = found || isAttr
		return !found
	})
	return found
}
