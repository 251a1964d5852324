package lsp

import (
	"unicode"
	"unicode/utf8"

	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// This file reads the source text around a position for the features
// that run while the user is typing (completion, signature help), when
// the file often does not parse: the parse tree of "x = json." or
// "get(1, " has a Bad node where the cursor is, but the text before the
// cursor still says what is being typed. The text is scanned forward from
// the start of the top-level statement around the position, which lies
// outside any string or bracket, so that strings, comments and brackets
// are known exactly up to the position.

// cursor is what the text before a position says about it.
type cursor struct {
	off source.Offset
	// prefix is the identifier being typed: the identifier characters
	// just before off, starting at start.
	prefix string
	start  source.Offset
	// inString and inComment are set when off is inside a string literal
	// or a comment.
	inString, inComment bool
	// open lists the brackets still open at off, innermost last.
	open []openBracket
}

// openBracket is a bracket not yet closed at the cursor.
type openBracket struct {
	pos      source.Offset // the bracket itself
	char     byte          // '(', '[' or '{'
	commas   int           // commas seen directly inside it
	argStart source.Offset // after the bracket or its last comma
}

// cursorAt reads the text of src before off; f is the file's parse tree,
// used only to find where the statement around off starts.
func cursorAt(f *syntax.File, src []byte, off source.Offset) *cursor {
	off = min(max(off, 0), source.Offset(len(src)))
	return cursorFrom(src, off, statementStart(f, off))
}

// statementStart returns the start of the last top-level statement that
// starts at or before off, or 0.
func statementStart(f *syntax.File, off source.Offset) source.Offset {
	start := source.Offset(0)
	for _, st := range f.Body {
		if st.Span().Start > off {
			break
		}
		start = st.Span().Start
	}
	return start
}

// scan runs through src from from to the cursor, tracking strings,
// comments and brackets.
func (c *cursor) scan(src []byte, from source.Offset) {
	i := int(from)
	end := int(c.off)
	for i < end {
		switch ch := src[i]; ch {
		case '#':
			j := lineEnd(src, i)
			if j >= end {
				c.inComment = true
				return
			}
			i = j
		case '\'', '"':
			j, closed := stringEnd(src, i)
			if !closed && j >= end || j > end {
				c.inString = true
				return
			}
			i = j
		case '(', '[', '{':
			c.open = append(c.open, openBracket{pos: source.Offset(i), char: ch, argStart: source.Offset(i + 1)})
			i++
		case ')', ']', '}':
			if len(c.open) > 0 {
				c.open = c.open[:len(c.open)-1]
			}
			i++
		case ',':
			if n := len(c.open); n > 0 {
				c.open[n-1].commas++
				c.open[n-1].argStart = source.Offset(i + 1)
			}
			i++
		default:
			i++
		}
	}
}

// lineEnd returns the offset of the line terminator at or after i, or
// len(src).
func lineEnd(src []byte, i int) int {
	for i < len(src) && src[i] != '\n' && src[i] != '\r' {
		i++
	}
	return i
}

// stringEnd returns the offset just past the string literal whose opening
// quote is at i, and whether it is closed. A single-quoted string ends
// unclosed at the end of its line; a backslash escapes the next byte
// (raw strings too cannot end in an odd backslash).
func stringEnd(src []byte, i int) (int, bool) {
	q := src[i]
	triple := i+2 < len(src) && src[i+1] == q && src[i+2] == q
	j := i + 1
	if triple {
		j = i + 3
	}
	for j < len(src) {
		switch ch := src[j]; {
		case ch == '\\':
			j += 2
		case ch == q && !triple:
			return j + 1, true
		case ch == q && j+2 < len(src) && src[j+1] == q && src[j+2] == q:
			return j + 3, true
		case (ch == '\n' || ch == '\r') && !triple:
			return j, false
		default:
			j++
		}
	}
	return len(src), false
}

// identStart returns where the identifier ending at off starts (off when
// none does). An identifier cannot start with a digit: "1e5" has none.
func identStart(src []byte, off source.Offset) source.Offset {
	i := int(off)
	for i > 0 {
		r, n := utf8.DecodeLastRune(src[:i])
		if !isIdentRune(r) {
			break
		}
		i -= n
	}
	for i < int(off) {
		r, n := utf8.DecodeRune(src[i:])
		if !unicode.IsDigit(r) {
			break
		}
		i += n
	}
	return source.Offset(i)
}

// isIdentRune reports whether r can continue a Python identifier.
func isIdentRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// receiver returns the dotted name before the prefix when the prefix
// follows a dot ("os.path" for "os.path.jo"), and whether there is a
// dot. The receiver is "" when the dot follows something that is not a
// name, such as a call, a string or a number.
func (c *cursor) receiver(src []byte) (string, bool) {
	if c.start == 0 || src[c.start-1] != '.' {
		return "", false
	}
	return dottedNameBefore(src, c.start-1), true
}

// dottedNameBefore returns the dotted name ending at end ("a.b.c"), or ""
// when no name ends there.
func dottedNameBefore(src []byte, end source.Offset) string {
	j := end
	for {
		s := identStart(src, j)
		if s == j {
			return "" // "f().x", "1.x", "'s'.x"
		}
		j = s
		if j == 0 || src[j-1] != '.' {
			break
		}
		j--
	}
	return string(src[j:end])
}
