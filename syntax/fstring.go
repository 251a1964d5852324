package syntax

import (
	"strings"
)

// This file builds the pieces of f-strings. The scanner has already found
// where each f-string ends; here its body is walked again, literal text is
// decoded, and each replacement field's expression is parsed by a
// sub-parser over that part of the same source, so every node keeps its
// absolute offsets.

// fstringElems walks f-string text from pos up to end (the closing quote)
// or, in a format spec, up to the '}' that closes the field. It returns the
// pieces and the offset where it stopped.
func (p *parser) fstringElems(pos, end int, flags StringFlags, inSpec bool) ([]FStringElem, int) {
	a := p.arena
	m := a.elems.mark()
	t := textRun{start: pos, seg: pos}
	for pos < end {
		switch c := p.src[pos]; c {
		case '\\':
			pos = p.sc.skipFStringEscape(pos, flags)
		case '{':
			if !inSpec && pos+1 < end && p.src[pos+1] == '{' {
				p.addText(&t, pos+1, flags)
				pos += 2
				t.seg = pos
				continue
			}
			p.emitText(&t, pos, flags)
			var f *FStringField
			f, pos = p.parseField(pos, end, flags)
			a.elems.push(f)
			t = textRun{start: pos, seg: pos}
		case '}':
			if inSpec {
				p.emitText(&t, pos, flags)
				return a.elems.pop(m), pos
			}
			if pos+1 < end && p.src[pos+1] == '}' {
				p.addText(&t, pos+1, flags)
				pos += 2
				t.seg = pos
				continue
			}
			pos++ // a lone '}' was reported by the scanner
		default:
			pos++
		}
	}
	p.emitText(&t, min(pos, end), flags)
	return a.elems.pop(m), pos
}

// textRun is a run of literal f-string text being collected. A doubled
// brace splits it into segments (the first brace is text, the second is
// skipped). Most runs are one segment without escapes, whose value is a
// substring of the source; only a run of several segments is joined, in
// the arena's scratch buffer.
type textRun struct {
	start  int    // where the run began
	seg    int    // where its current segment began
	value  string // the decoded text so far, unless joined
	joined bool   // the decoded text so far is in arena.text instead
}

// addText adds the segment of t that ends at upto.
func (p *parser) addText(t *textRun, upto int, flags StringFlags) {
	if t.seg >= upto {
		return
	}
	v := p.decode(t.seg, upto, flags&^BytesStr)
	switch {
	case t.joined:
		p.arena.text = append(p.arena.text, v...)
	case t.value == "":
		t.value = v
	default:
		p.arena.text = append(append(p.arena.text[:0], t.value...), v...)
		t.joined = true
	}
}

// emitText ends t at upto and pushes it as an element unless it is empty.
func (p *parser) emitText(t *textRun, upto int, flags StringFlags) {
	p.addText(t, upto, flags)
	if upto <= t.start {
		return
	}
	v := t.value
	if t.joined {
		v = string(p.arena.text)
	}
	text := p.arena.texts.new()
	text.Loc, text.Value = loc(t.start, upto), v
	p.arena.elems.push(text)
}

// parseField parses a replacement field whose '{' is at open.
func (p *parser) parseField(open, end int, flags StringFlags) (*FStringField, int) {
	sc := &scanner{src: p.src, limit: end}
	exprStart := open + 1
	exprEnd := sc.skipFieldExpr(exprStart, flags)
	f := p.arena.fields.new()
	p.noteFieldSyntax(exprStart, exprEnd, flags)
	f.X, f.Debug = p.parseFieldExpr(exprStart, exprEnd, p.reportedAt(open))
	pos := exprEnd
	if pos < end && p.src[pos] == '!' {
		pos = p.parseConversion(f, pos, end)
	}
	if pos < end && p.src[pos] == ':' {
		f.HasSpec = true
		f.Spec, pos = p.fstringElems(pos+1, end, flags, true)
	}
	if pos < end && p.src[pos] == '}' {
		pos++
	}
	f.Loc = loc(open, pos)
	return f, pos
}

// parseFieldExpr parses the expression of a replacement field, with an
// optional '=' (self-documenting) after it. If unclosed, the scanner has
// already reported that the field lacks its '}', and the tokens that
// follow the expression are not reported again.
func (p *parser) parseFieldExpr(start, end int, unclosed bool) (Expr, string) {
	sub := p.fieldParser(start, end)
	defer p.arena.release(sub)
	sub.next()
	defer func() { p.lastErrPos = max(p.lastErrPos, sub.lastErrPos) }()
	if sub.tok == EOF {
		sub.errorAt(start, end, "f-string: valid expression required before '%c'", p.charAt(end))
		return &BadExpr{loc(start, start)}, ""
	}
	var x Expr
	if sub.tok == YIELD {
		x = sub.parseYield()
	} else {
		x = sub.parseStarExprs()
	}
	debug := ""
	if sub.tok == EQUAL {
		sub.next()
		debug = normalizeNewlines(p.src[start:end])
	}
	if sub.tok != EOF && !unclosed {
		sub.errorHere("f-string: expecting '}'")
	}
	return x, debug
}

// reportedAt reports whether an error starting at off, inside the current
// string token, has been recorded; the scanner reports an f-string field
// that lacks its '}' at its '{'. Only the errors recorded since the token
// was scanned are examined: they all lie within it.
func (p *parser) reportedAt(off int) bool {
	errs := *p.errs
	for i := len(errs) - 1; i >= 0 && errs[i].start >= p.pos; i-- {
		if errs[i].start == off {
			return true
		}
	}
	return false
}

func (p *parser) charAt(i int) byte {
	if i < len(p.src) {
		return p.src[i]
	}
	return '}'
}

func (p *parser) parseConversion(f *FStringField, pos, end int) int {
	start := pos
	pos++
	for pos < end && isIdentByte(p.src[pos]) {
		pos++
	}
	conv := p.src[start+1 : pos]
	switch conv {
	case "r", "s", "a":
		f.Conversion = conv[0]
	case "":
		p.errorAt(start, pos+1, "f-string: missing conversion character")
	default:
		p.errorAt(start, pos, "f-string: invalid conversion character '%s': expected 's', 'r', or 'a'", conv)
	}
	return pos
}

// noteFieldSyntax marks the file as using Python 3.12 syntax when a field
// holds what only PEP 701 allows: the enclosing quote, a backslash, a
// comment, or (in a single-quoted string) a line break.
func (p *parser) noteFieldSyntax(start, end int, flags StringFlags) {
	if p.file.Uses312 {
		return
	}
	expr := p.src[start:end]
	if flags&TripleStr == 0 && strings.ContainsAny(expr, "\n\r") {
		p.file.Uses312 = true
	}
	if strings.Contains(expr, closingQuote(flags)) || strings.Contains(expr, "\\") || hasCommentOutsideStrings(expr) {
		p.file.Uses312 = true
	}
}

// closingQuote returns the quote or quotes that close a string with flags.
func closingQuote(flags StringFlags) string {
	switch flags & (TripleStr | DoubleQuote) {
	case TripleStr | DoubleQuote:
		return `"""`
	case TripleStr:
		return "'''"
	case DoubleQuote:
		return `"`
	}
	return "'"
}

// hasCommentOutsideStrings reports whether expr has a '#' that is not
// inside a string literal.
func hasCommentOutsideStrings(expr string) bool {
	var quote byte
	for i := 0; i < len(expr); i++ {
		switch c := expr[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '#':
			return true
		}
	}
	return false
}
