package format

import (
	"strings"
	"unsafe"

	"github.com/monty-tools/monty-tools/syntax"
)

// level is where the rule being run sits, as ruff's NodeLevel: it decides
// whether "soft line breaks only inside parentheses" are real breaks.
type level uint8

const (
	lvTop      level = iota // module body
	lvCompound              // nested block
	lvExpr                  // unparenthesized expression (parenID: enclosing optional parentheses)
	lvParen                 // inside brackets
)

// formatter holds the state of formatting one file.
type formatter struct {
	file       *syntax.File
	src        []byte
	str        string // src as a string, for slicing without copies
	opt        Options
	safe       bool // keep statements with inner comments verbatim
	cm         map[syntax.Node]*nodeComments
	cmStarts   []uint64 // bit i: some node starting at offset i has comments (cmOf)
	comments   []*comment
	lineStarts []int
	ids        int32
	lv         level
	parenID    int32       // lvExpr: id of the enclosing optional-parentheses group
	stmtLevel  level       // lvTop or lvCompound of the current statement
	docStmt    syntax.Stmt // the statement that may be a docstring
	docKind    suiteKind
	tightNext  bool // the next statement follows a fmt: on comment directly
	noMerge    bool // do not join implicit concatenations (docstring position)
	chain      bool // formatting the spine of a fluent call chain
	kids       map[syntax.Node][]syntax.Node
	fluentMemo map[syntax.Expr]chainCount
	arena      *arena // slab memory, pooled (alloc.go)
	slab       []Doc  // free document nodes (alloc.go)
	kidSlab    []*Doc // free child-list space (alloc.go)
}

func newFormatter(file *syntax.File, opt Options, safe bool) *formatter {
	f := &formatter{file: file, src: file.Src, str: bytesString(file.Src), opt: opt, safe: safe, cm: map[syntax.Node]*nodeComments{}}
	f.lineStarts = append(f.lineStarts, 0)
	for i, c := range f.src {
		if c == '\n' {
			f.lineStarts = append(f.lineStarts, i+1)
		}
	}
	f.attachComments()
	return f
}

// bytesString views b as a string without copying it. The formatter only
// reads the source, and the strings it slices from it are copied into the
// output before Source returns, so none outlives the call.
func bytesString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

func (f *formatter) newID() int32 {
	f.ids++
	return f.ids
}

// withLevel runs fn at level lv (and optional-parentheses id) and restores the previous one.
func (f *formatter) withLevel(lv level, id int32, fn func() *Doc) *Doc {
	olv, oid := f.lv, f.parenID
	f.lv, f.parenID = lv, id
	d := fn()
	f.lv, f.parenID = olv, oid
	return d
}

// ---- comment formatting ----

// normalizeComment adds the space after '#' that Black requires and
// strips trailing whitespace.
func normalizeComment(s string) string {
	s = strings.TrimRight(s, " \t\f\r")
	if len(s) < 2 {
		return s
	}
	body := s[1:]
	if strings.HasPrefix(body, "\u00a0") {
		t := strings.TrimLeft(body, "\u00a0")
		if strings.HasPrefix(strings.TrimSpace(t), "type:") {
			return "# " + body
		}
		if strings.HasPrefix(t, " ") {
			return "#" + t
		}
		return "# " + body[len("\u00a0"):]
	}
	switch body[0] {
	case ' ', '!', ':', '#', '\'':
		return s
	}
	return "# " + body
}

func (f *formatter) commentDoc(c *comment) *Doc {
	c.done = true
	return f.text(normalizeComment(c.text))
}

// isPragma reports comments that do not count toward the line width.
func isPragma(s string) bool {
	t := strings.TrimSpace(strings.TrimPrefix(s, "#"))
	for _, p := range []string{"type:", "noqa", "pyright:", "pylint:", "nosec", "mypy:", "isort:", "ruff:"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// trailingEOL formats an end-of-line comment as a line suffix.
func (f *formatter) trailingEOL(c *comment) *Doc {
	d := f.commentDoc(c)
	w := int32(0)
	if !isPragma(c.text) {
		w = d.w + 2
	}
	return f.concat(f.lineSuffix(w, f.text("  "), d), expandParent)
}

// leadingComments formats own-line comments before a node.
func (f *formatter) leadingComments(cs []*comment) *Doc {
	if len(cs) == 0 {
		return nil
	}
	parts := make([]*Doc, 0, 2*len(cs))
	for _, c := range cs {
		if !c.ownLine {
			parts = append(parts, f.commentDoc(c), hardLine)
			continue
		}
		parts = append(parts, f.commentDoc(c), f.emptyLines(f.linesAfter(c.end)))
	}
	return f.concat(parts...)
}

// trailingComments formats comments after a node: end-of-line ones as
// line suffixes, own-line ones on their own lines.
func (f *formatter) trailingComments(cs []*comment) *Doc {
	if len(cs) == 0 {
		return nil
	}
	parts := make([]*Doc, 0, 2*len(cs))
	for _, c := range cs {
		if c.ownLine {
			parts = append(parts, f.emptyLines(f.linesBefore(c.start)), f.commentDoc(c))
		} else {
			parts = append(parts, f.trailingEOL(c))
		}
	}
	return f.concat(parts...)
}

// emptyLines is a line break preserving up to the level's number of blank
// lines, given the count of newlines in the source.
func (f *formatter) emptyLines(newlines int) *Doc {
	switch f.lv {
	case lvTop:
		switch {
		case newlines <= 1:
			return hardLine
		case newlines == 2:
			return emptyLine
		default:
			return f.concat(emptyLine, emptyLine)
		}
	case lvCompound:
		if newlines <= 1 {
			return hardLine
		}
		return emptyLine
	}
	return hardLine
}

// linesAfter counts the newlines between offset p and the next non-space character.
func (f *formatter) linesAfter(p int) int {
	n := 0
	for ; p < len(f.src); p++ {
		switch f.src[p] {
		case '\n':
			n++
		case ' ', '\t', '\f', '\r':
		default:
			return n
		}
	}
	return n
}

// linesBefore counts the newlines between the previous non-space character and p.
func (f *formatter) linesBefore(p int) int {
	n := 0
	for p--; p >= 0; p-- {
		switch f.src[p] {
		case '\n':
			n++
		case ' ', '\t', '\f', '\r':
		default:
			return n
		}
	}
	return n
}
