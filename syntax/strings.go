package syntax

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/runenames"
)

// This file decodes string and bytes literals as CPython does: newlines in
// the source (CRLF, lone CR) read as '\n', escapes are processed unless
// the literal is raw, and unknown escapes keep their backslash.

// parseStrings parses one or more adjacent string tokens.
func (p *parser) parseStrings() Expr {
	a := p.arena
	n := a.strs.new()
	s := &n.expr
	start := p.pos
	m := a.partList.mark()
	for count := 0; p.tok == STRING; count++ {
		flags := p.sc.flags
		isBytes := flags&BytesStr != 0
		if count == 0 {
			s.Bytes = isBytes
		} else if isBytes != s.Bytes {
			p.errorHere("cannot mix bytes and nonbytes literals")
		}
		if flags&FormatStr != 0 {
			s.FString = true
		}
		part := &n.part
		if count > 0 {
			part = a.parts.new()
		}
		p.fillStringPart(part, p.pos, p.end, flags)
		a.partList.push(part)
		p.next()
	}
	if a.partList.mark() == m+1 { // one part, the usual case
		a.partList.drop(m)
		n.parts[0] = &n.part
		s.Parts = n.parts[:]
	} else {
		s.Parts = a.partList.pop(m)
	}
	s.Loc = loc(start, p.prevEnd)
	return s
}

// stringBody returns the offsets of a string token's text between its
// quotes.
func (p *parser) stringBody(start, end int, flags StringFlags) (int, int) {
	q := closeLen(flags)
	i := start
	for p.src[i] != '\'' && p.src[i] != '"' {
		i++
	}
	bodyStart := i + q
	bodyEnd := end
	if end-q >= bodyStart && p.sc.isCloseAt(p.src, end-q, flags) {
		bodyEnd = end - q
	}
	return bodyStart, max(bodyStart, bodyEnd)
}

// stringNode holds a string literal's nodes, so that one of one part
// (nearly all are) takes a single slot in the arena.
type stringNode struct {
	expr  StringExpr
	part  StringPart
	parts [1]*StringPart
}

// fillStringPart sets part from the string token src[start:end]: the
// decoded value of a plain literal, or the pieces of an f-string.
func (p *parser) fillStringPart(part *StringPart, start, end int, flags StringFlags) {
	part.Loc, part.Flags = loc(start, end), flags
	bodyStart, bodyEnd := p.stringBody(start, end, flags)
	if flags&FormatStr != 0 {
		part.Elems, _ = p.fstringElems(bodyStart, bodyEnd, flags, false)
		return
	}
	part.Value = p.decode(bodyStart, bodyEnd, flags)
}

// isCloseAt reports whether src[p:] begins with the closing quotes of a
// string with flags.
func (s *scanner) isCloseAt(src string, p int, flags StringFlags) bool {
	q := byte('\'')
	if flags&DoubleQuote != 0 {
		q = '"'
	}
	n := closeLen(flags)
	if p+n > len(src) {
		return false
	}
	for i := 0; i < n; i++ {
		if src[p+i] != q {
			return false
		}
	}
	return true
}

// decode returns the value of the literal text src[start:end].
func (p *parser) decode(start, end int, flags StringFlags) string {
	text := p.src[start:end]
	if flags&BytesStr != 0 {
		for i := 0; i < len(text); i++ {
			if text[i] >= utf8.RuneSelf {
				p.errorAt(start+i, start+i+1, "bytes can only contain ASCII literal characters")
				break
			}
		}
	}
	if strings.IndexByte(text, '\r') < 0 && (flags&RawStr != 0 || strings.IndexByte(text, '\\') < 0) {
		return text
	}
	if flags&RawStr != 0 {
		return normalizeNewlines(text)
	}
	return p.unescape(start, end, flags&BytesStr != 0)
}

func normalizeNewlines(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// unescape processes the backslash escapes of src[start:end].
func (p *parser) unescape(start, end int, isBytes bool) string {
	var b strings.Builder
	b.Grow(end - start)
	src := p.src
	for i := start; i < end; {
		c := src[i]
		if c == '\r' {
			b.WriteByte('\n')
			i++
			if i < end && src[i] == '\n' {
				i++
			}
			continue
		}
		if c != '\\' || i+1 >= end {
			b.WriteByte(c)
			i++
			continue
		}
		i = p.escape(&b, i, end, isBytes)
	}
	return b.String()
}

var simpleEscapes = [128]byte{
	'\\': '\\', '\'': '\'', '"': '"', 'a': 7, 'b': 8, 'f': 12, 'n': '\n',
	'r': '\r', 't': '\t', 'v': 11,
}

// escape decodes the escape sequence at src[i] (a backslash) into b and
// returns the offset after it.
func (p *parser) escape(b *strings.Builder, i, end int, isBytes bool) int {
	src := p.src
	c := src[i+1]
	switch {
	case c == '\n':
		return i + 2
	case c == '\r':
		if i+2 < end && src[i+2] == '\n' {
			return i + 3
		}
		return i + 2
	case c < 128 && simpleEscapes[c] != 0:
		b.WriteByte(simpleEscapes[c])
		return i + 2
	case '0' <= c && c <= '7':
		j, v := i+1, 0
		for j < end && j < i+4 && '0' <= src[j] && src[j] <= '7' {
			v = v*8 + int(src[j]-'0')
			j++
		}
		if isBytes {
			b.WriteByte(byte(v))
		} else {
			writeCodePoint(b, rune(v))
		}
		return j
	case c == 'x':
		return p.hexEscape(b, i, end, 2, isBytes)
	case c == 'u' && !isBytes:
		return p.hexEscape(b, i, end, 4, false)
	case c == 'U' && !isBytes:
		return p.hexEscape(b, i, end, 8, false)
	case c == 'N' && !isBytes:
		return p.namedEscape(b, i, end)
	}
	b.WriteByte('\\')
	return i + 1
}

func (p *parser) hexEscape(b *strings.Builder, i, end, n int, isBytes bool) int {
	j := i + 2
	if j+n > end {
		return p.badEscape(b, i, end, n)
	}
	v, err := strconv.ParseUint(p.src[j:j+n], 16, 32)
	if err != nil {
		return p.badEscape(b, i, end, n)
	}
	switch {
	case isBytes:
		b.WriteByte(byte(v))
	case v > utf8.MaxRune:
		p.errorAt(i, j+n, "(unicode error) illegal Unicode character in \\%c escape", p.src[i+1])
	default:
		writeCodePoint(b, rune(v))
	}
	return j + n
}

func (p *parser) badEscape(b *strings.Builder, i, end, n int) int {
	j := i + 2
	for j < end && j < i+2+n && isBaseDigit(p.src[j], 'x') {
		j++
	}
	p.errorAt(i, j, "(unicode error) truncated \\%c escape: expected %d hex digits", p.src[i+1], n)
	return j
}

func (p *parser) namedEscape(b *strings.Builder, i, end int) int {
	j := i + 2
	if j >= end || p.src[j] != '{' {
		p.errorAt(i, j, "(unicode error) malformed \\N character escape")
		return j
	}
	k := strings.IndexByte(p.src[j:end], '}')
	if k < 0 {
		p.errorAt(i, end, "(unicode error) malformed \\N character escape")
		return end
	}
	name := p.src[j+1 : j+k]
	r, ok := lookupRuneName(name)
	if !ok {
		p.errorAt(i, j+k+1, "(unicode error) unknown Unicode character name '%s'", name)
	} else {
		writeCodePoint(b, r)
	}
	return j + k + 1
}

// writeCodePoint writes r as UTF-8, except that a surrogate, which UTF-8
// cannot hold but a Python str can, is written in the 3-byte form of
// WTF-8 so that it survives to the dump.
func writeCodePoint(b *strings.Builder, r rune) {
	if 0xD800 <= r && r <= 0xDFFF {
		b.WriteByte(byte(0xE0 | r>>12))
		b.WriteByte(byte(0x80 | (r>>6)&0x3F))
		b.WriteByte(byte(0x80 | r&0x3F))
		return
	}
	b.WriteRune(r)
}

var (
	runeNamesOnce sync.Once
	runeNames     map[string]rune
)

// lookupRuneName finds a character by its Unicode name, ignoring case as
// Python's \N{...} does. The table is built on first use only.
func lookupRuneName(name string) (rune, bool) {
	runeNamesOnce.Do(func() {
		runeNames = make(map[string]rune, 40000)
		for r := rune(0); r <= utf8.MaxRune; r++ {
			if n := runenames.Name(r); n != "" && n[0] != '<' {
				runeNames[n] = r
			}
		}
	})
	r, ok := runeNames[strings.ToUpper(name)]
	return r, ok
}
