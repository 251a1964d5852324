// Package format is a Python source formatter that reproduces the output of
// `ruff format` (Black-compatible style) with ruff's default options.
//
// Formatting runs in two phases, as in Wadler/Prettier printers: rule
// functions (one per node kind) turn the syntax tree into a small document
// IR (this file: Text, Line, SoftLine, HardLine, Group, Indent, IfBreak,
// LineSuffix, ...) and a printer (printer.go) then decides, group by group,
// whether the content fits into the line width or must break. Comments are
// attached to nodes before formatting (comments.go) as leading, trailing or
// dangling comments in a side table.
package format

import "unicode/utf8"

// kind identifies a document node.
type kind uint8

const (
	kText               kind = iota // literal text (s, width w; w < 0 if it holds a newline)
	kList                           // concatenation of kids
	kLine                           // a line break of mode lm
	kGroup                          // kids printed flat if they fit, else expanded
	kCondGroup                      // a group only when the group cond.id is in cond.mode
	kIndent                         // kids one level deeper
	kIndentIfBreak                  // kids one level deeper if group id is expanded
	kCondContent                    // kids only when group cond.id (0: enclosing) is in cond.mode
	kLineSuffix                     // kids deferred to the end of the line (trailing comments)
	kFitsExpanded                   // kids measured expanded when cond holds
	kBestFitting                    // first of kids (variants) that fits; last as fallback
	kBestFitParens                  // kids flat, else parenthesized if that fits, else flat
	kExpandParent                   // forces the enclosing group to break
	kLineSuffixBoundary             // flushes pending line suffixes
)

// lineMode tells the line kinds apart.
type lineMode uint8

const (
	lmSoft        lineMode = iota // nothing when flat
	lmSoftOrSpace                 // a space when flat
	lmHard                        // always a newline
	lmEmpty                       // a newline and a blank line
	lmLiteral                     // always a newline, even on an empty line
)

// printMode is the mode of a group when printed.
type printMode uint8

const (
	modeExpanded printMode = iota
	modeFlat
)

// groupMode is a group's static mode.
type groupMode uint8

const (
	gFlat       groupMode = iota // decided by the printer
	gExpand                      // the rule asked for expansion
	gPropagated                  // a hard break inside forces expansion
)

// cond is a condition on the print mode of a group (id 0: the enclosing mode).
type cond struct {
	id   int32
	mode printMode
}

// Doc is one node of the document IR.
type Doc struct {
	k         kind
	lm        lineMode
	gm        groupMode
	allLines  bool // best fitting: every line of a variant must fit
	propagate bool // fits-expanded: content has a forced break
	hasCond   bool
	pe        uint8 // memo of propagateExpands: 0 unknown, 1 no, 2 yes (docs may be shared)
	c         cond
	w         int32 // text width, or -1 for text with a newline; reserved width of a line suffix
	id        int32 // group id (0: none)
	s         string
	kids      []*Doc
}

var (
	softLine        = &Doc{k: kLine, lm: lmSoft}
	softLineOrSpace = &Doc{k: kLine, lm: lmSoftOrSpace}
	hardLine        = &Doc{k: kLine, lm: lmHard}
	emptyLine       = &Doc{k: kLine, lm: lmEmpty}
	literalLine     = &Doc{k: kLine, lm: lmLiteral}
	space           = &Doc{k: kText, s: " ", w: 1}
	expandParent    = &Doc{k: kExpandParent}
	suffixBoundary  = &Doc{k: kLineSuffixBoundary}
	empty           = &Doc{k: kList}
)

// textWidth is the display width of s, or -1 if s spans lines.
func textWidth(s string) int32 {
	w := int32(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\n' {
			return -1
		}
		if c < utf8.RuneSelf {
			if c == '\t' {
				w += 2
			} else {
				w++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n - 1
		w += int32(runeWidth(r))
	}
	return w
}

// runeWidth approximates the terminal width of r: wide East Asian
// characters count two columns, combining marks none.
func runeWidth(r rune) int {
	switch {
	case r >= 0x300 && r <= 0x36f, r == 0x200b, r >= 0xfe00 && r <= 0xfe0f:
		return 0
	case r >= 0x1100 && r <= 0x115f, r >= 0x2e80 && r <= 0xa4cf && r != 0x303f,
		r >= 0xac00 && r <= 0xd7a3, r >= 0xf900 && r <= 0xfaff, r >= 0xfe30 && r <= 0xfe4f,
		r >= 0xff00 && r <= 0xff60, r >= 0xffe0 && r <= 0xffe6, r >= 0x1f300 && r <= 0x1f64f,
		r >= 0x1f900 && r <= 0x1f9ff, r >= 0x20000 && r <= 0x3fffd:
		return 2
	}
	return 1
}

// compact drops nil docs (rules pass nil for "nothing"). It filters in
// place: callers hand over their slice.
func compact(kids []*Doc) []*Doc {
	for i, k := range kids {
		if k == nil {
			out := kids[:i]
			for _, k2 := range kids[i+1:] {
				if k2 != nil {
					out = append(out, k2)
				}
			}
			return out
		}
	}
	return kids
}

// tokenDoc returns the shared doc of a frequent short text, or nil. The
// table is indexed by a cheap hash of length and end bytes; a text whose
// slot is taken by another is simply not shared.
func tokenDoc(s string) *Doc {
	if len(s) == 0 || len(s) > 8 {
		return nil
	}
	if d := tokens[tokenSlot(s)]; d != nil && d.s == s {
		return d
	}
	return nil
}

func tokenSlot(s string) uint8 {
	return uint8(len(s)*61 + int(s[0])*7 + int(s[len(s)-1])*3)
}

// tokens holds the docs of frequent short texts (docs are immutable once
// built), by tokenSlot.
var tokens = func() (t [256]*Doc) {
	for _, s := range []string{"(", ")", "[", "]", "{", "}", ",", ":", ".", "=", " = ", ": ", " -> ", "*", "**",
		"...", "None", "True", "False", "self", "cls", "return ", "if ", "else ", "for ", " in ", "not ", "-",
		"and", "or", "+", "/", "%", "==", "!=", "<", ">", "<=", ">=", "is", "in", "is not", "not in", "|", "&",
		"@", "def ", "class ", "pass", "x", "i", "0", "1", "2", "()", "[]", "{}", " as ", "lambda", "await ",
		"yield", "import ", "from ", " import ", "del ", "raise ", "assert ", "while ", "with ", "try:", "else:", "finally:", "except", "  "} {
		if i := tokenSlot(s); t[i] == nil {
			t[i] = &Doc{k: kText, s: s, w: textWidth(s)}
		}
	}
	return t
}()

// text is literal text.
func text(s string) *Doc {
	if d := tokenDoc(s); d != nil {
		return d
	}
	return &Doc{k: kText, s: s, w: textWidth(s)}
}

// concat joins docs.
func concat(kids ...*Doc) *Doc {
	kids = compact(kids)
	switch len(kids) {
	case 0:
		return empty
	case 1:
		return kids[0]
	}
	return &Doc{k: kList, kids: kids}
}

// group tries to print kids flat.
func group(kids ...*Doc) *Doc { return &Doc{k: kGroup, kids: compact(kids)} }

// groupID is a group with an id that conditions can refer to.
func groupID(id int32, kids ...*Doc) *Doc { return &Doc{k: kGroup, id: id, kids: compact(kids)} }

// expanded marks a group as always breaking.
func (d *Doc) expanded(b bool) *Doc {
	if b && d.gm == gFlat {
		d.gm = gExpand
		if d.pe != 0 {
			d.pe = 2 // settled already (alloc.go)
		}
	}
	return d
}

// indent indents kids by one level.
func indent(kids ...*Doc) *Doc { return &Doc{k: kIndent, kids: compact(kids)} }

// softBlockIndent puts kids on their own indented lines when the enclosing group breaks.
func softBlockIndent(kids ...*Doc) *Doc {
	return concat(indent(append([]*Doc{softLine}, kids...)...), softLine)
}

// blockIndent puts kids on their own indented lines.
func blockIndent(kids ...*Doc) *Doc {
	return concat(indent(append([]*Doc{hardLine}, kids...)...), hardLine)
}

// ifBreaks prints kids only if group id (0: enclosing group) breaks.
func ifBreaks(id int32, kids ...*Doc) *Doc {
	return &Doc{k: kCondContent, c: cond{id, modeExpanded}, kids: compact(kids)}
}

// ifFlat prints kids only if group id (0: enclosing group) is flat.
func ifFlat(id int32, kids ...*Doc) *Doc {
	return &Doc{k: kCondContent, c: cond{id, modeFlat}, kids: compact(kids)}
}

// indentIfBreaks indents kids if group id breaks.
func indentIfBreaks(id int32, kids ...*Doc) *Doc {
	return &Doc{k: kIndentIfBreak, id: id, kids: compact(kids)}
}

// condGroup is a group only while group c.id is in mode c.mode.
func condGroup(c cond, kids ...*Doc) *Doc {
	return &Doc{k: kCondGroup, c: c, kids: compact(kids)}
}

// lineSuffix defers kids to the end of the line, reserving w columns.
func lineSuffix(w int32, kids ...*Doc) *Doc {
	return &Doc{k: kLineSuffix, w: w, kids: compact(kids)}
}

// fitsExpanded measures kids in expanded mode when c holds (always if !has).
func fitsExpanded(has bool, c cond, kids ...*Doc) *Doc {
	return &Doc{k: kFitsExpanded, hasCond: has, c: c, kids: compact(kids)}
}

// bestFitting prints the first variant that fits, or the last one.
func bestFitting(allLines bool, variants ...*Doc) *Doc {
	return &Doc{k: kBestFitting, allLines: allLines, kids: compact(variants)}
}

// bestFitParens prints kids flat if they fit, else parenthesized on their
// own line if that fits, else flat.
func bestFitParens(id int32, kids ...*Doc) *Doc {
	return &Doc{k: kBestFitParens, id: id, kids: compact(kids)}
}

// propagateExpands marks every group that contains a forced break as
// expanded and reports whether d forces its enclosing group to break.
func propagateExpands(d *Doc) bool {
	if len(d.kids) == 0 {
		// Leaves (some shared between goroutines) are not memoised.
		return propagateExpands1(d)
	}
	if d.pe != 0 {
		return d.pe == 2
	}
	r := propagateExpands1(d)
	d.pe = 1
	if r {
		d.pe = 2
	}
	return r
}

func propagateExpands1(d *Doc) bool {
	switch d.k {
	case kText:
		return d.w < 0
	case kLine:
		return d.lm >= lmHard
	case kExpandParent:
		return true
	case kGroup, kCondGroup:
		if anyExpands(d.kids) && d.gm == gFlat {
			d.gm = gPropagated
		}
		return d.gm != gFlat
	case kBestFitParens:
		anyExpands(d.kids)
		return false
	case kBestFitting:
		for _, v := range d.kids {
			propagateExpands(v)
		}
		return false
	case kFitsExpanded:
		if anyExpands(d.kids) {
			d.propagate = true
		}
		return false
	case kLineSuffix:
		return false
	}
	return anyExpands(d.kids)
}

func anyExpands(kids []*Doc) bool {
	e := false
	for _, k := range kids {
		if propagateExpands(k) {
			e = true
		}
	}
	return e
}
