package interp

import (
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// maxSourceDepth is how deep statements and expressions may nest in a
// program Monty loads: deeper source is refused at load time with
// SyntaxError "Source is too deeply nested" (Monty's own guard, so that
// compiling and running never recurse without bound). Parentheses do not
// count, nested blocks, calls, operators, attribute chains and literals
// do: 200 nested `if` blocks and a 20 000-term `1 + 1 + ...` are refused,
// 150 nested `def`s load.
const maxSourceDepth = 200

// tooDeep is Monty's message for source nested deeper than maxSourceDepth.
const tooDeep = "Source is too deeply nested"

// deepNode returns the span of the first statement or expression nested
// deeper than maxSourceDepth, if any.
func deepNode(f *syntax.File) (source.Span, bool) {
	// Every level of nesting takes source text (a statement wraps its
	// expression at most), so a short program cannot reach the limit and
	// need not be walked.
	if len(f.Src) < maxSourceDepth/3 {
		return source.Span{}, false
	}
	var stack []bool // per visited node: whether it counts
	depth := 0
	var found *source.Span
	syntax.Inspect(f, func(n syntax.Node) bool {
		if n == nil {
			if stack[len(stack)-1] {
				depth--
			}
			stack = stack[:len(stack)-1]
			return false
		}
		if found != nil {
			return false
		}
		counts := false
		switch n.(type) {
		case syntax.Stmt, syntax.Expr:
			counts = true
		}
		if counts {
			depth++
			if depth > maxSourceDepth {
				sp := n.Span()
				found = &sp
			}
		}
		stack = append(stack, counts)
		return found == nil
	})
	if found == nil {
		return source.Span{}, false
	}
	return *found, true
}

// deepParens returns the offset of the first '(' nested deeper than
// maxSourceDepth in src, outside strings and comments (our syntax tree
// keeps no parentheses, Monty's parser counts them; the parentheses of an
// f-string's fields do not count in Monty either).
func deepParens(src []byte) (source.Offset, bool) {
	depth := 0
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case '\'', '"':
			i = skipString(src, i)
		case '(':
			depth++
			if depth > maxSourceDepth {
				return source.Offset(i), true
			}
		case ')':
			depth = max(depth-1, 0)
		}
	}
	return 0, false
}

// skipString returns the offset of the last quote of the string literal
// that starts at src[i] (one or three quotes; backslashes escape).
func skipString(src []byte, i int) int {
	q := src[i]
	triple := i+2 < len(src) && src[i+1] == q && src[i+2] == q
	if triple {
		i += 3
	} else {
		i++
	}
	for ; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case '\n':
			if !triple {
				return i
			}
		case q:
			if !triple {
				return i
			}
			if i+2 < len(src) && src[i+1] == q && src[i+2] == q {
				return i + 2
			}
		}
	}
	return len(src)
}
