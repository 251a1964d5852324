package format

import (
	"strings"

	"github.com/monty-tools/monty-tools/syntax"
)

// An f-string is compared as CPython's JoinedStr sees it: a list of
// literal texts and replacement fields, where adjacent texts (across
// implicitly concatenated parts, and a field's '{x=}' debug text) are
// merged and empty ones dropped. The formatter may merge or re-quote
// parts; it must not change this list.

// fsPiece is one entry of that list: text, or a field when f is non-nil.
type fsPiece struct {
	text string
	f    *syntax.FStringField
}

// joined compares two string expressions of which one at least has an
// f-string part.
func (c *treeCmp) joined(a, b *syntax.StringExpr) {
	if a.Bytes || b.Bytes {
		c.fail("string value")
		return
	}
	var ba, bb [8]fsPiece
	c.pieces(joinedPieces(a, ba[:0]), joinedPieces(b, bb[:0]))
}

func (c *treeCmp) pieces(pa, pb []fsPiece) {
	if len(pa) != len(pb) {
		c.fail("f-string pieces")
		return
	}
	for i, x := range pa {
		y := pb[i]
		if (x.f == nil) != (y.f == nil) || x.text != y.text {
			c.fail("f-string text")
			return
		}
		if x.f != nil {
			c.field(x.f, y.f)
		}
	}
}

// field compares two replacement fields (their debug text is already
// part of the preceding text).
func (c *treeCmp) field(a, b *syntax.FStringField) {
	if conversion(a) != conversion(b) || a.HasSpec != b.HasSpec {
		c.fail("f-string conversion or format spec")
		return
	}
	c.expr(a.X, b.X)
	if a.HasSpec {
		var ba, bb [4]fsPiece
		ja, jb := fsJoiner{out: ba[:0]}, fsJoiner{out: bb[:0]}
		ja.elems(a.Spec)
		jb.elems(b.Spec)
		c.pieces(ja.done(), jb.done())
	}
}

// conversion is a field's effective conversion: '{x=}' without a spec
// implies !r; -1 means none.
func conversion(f *syntax.FStringField) int {
	switch {
	case f.Conversion != 0:
		return int(f.Conversion)
	case f.Debug != "" && !f.HasSpec:
		return 'r'
	}
	return -1
}

// joinedPieces lists e's pieces, appending to buf.
func joinedPieces(e *syntax.StringExpr, buf []fsPiece) []fsPiece {
	j := fsJoiner{out: buf}
	for _, p := range e.Parts {
		if p.Flags&syntax.FormatStr == 0 {
			j.text(p.Value)
			continue
		}
		j.elems(p.Elems)
	}
	return j.done()
}

// fsJoiner builds a piece list, merging adjacent texts.
type fsJoiner struct {
	out   []fsPiece
	one   string          // the pending text while it is a single piece
	lit   strings.Builder // the pending text once it has several
	multi bool
}

func (j *fsJoiner) text(s string) {
	switch {
	case s == "":
	case j.multi:
		j.lit.WriteString(s)
	case j.one == "":
		j.one = s
	default:
		j.lit.WriteString(j.one)
		j.lit.WriteString(s)
		j.multi = true
	}
}

func (j *fsJoiner) flush() {
	if j.multi {
		j.out = append(j.out, fsPiece{text: j.lit.String()})
		j.lit.Reset()
	} else if j.one != "" {
		j.out = append(j.out, fsPiece{text: j.one})
	}
	j.one, j.multi = "", false
}

func (j *fsJoiner) elems(list []syntax.FStringElem) {
	for _, el := range list {
		switch el := el.(type) {
		case *syntax.FStringText:
			j.text(el.Value)
		case *syntax.FStringField:
			j.text(el.Debug)
			j.flush()
			j.out = append(j.out, fsPiece{f: el})
		}
	}
}

func (j *fsJoiner) done() []fsPiece {
	j.flush()
	return j.out
}
