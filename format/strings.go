package format

import (
	"strings"

	"github.com/monty-tools/monty-tools/syntax"
)

// strTok is one string literal token split into its parts.
type strTok struct {
	prefix string // normalised prefix
	quote  byte   // ' or "
	triple bool
	body   string // raw source text between the quotes
	raw    bool
	fstr   bool
	bytes  bool
}

func (f *formatter) splitTok(p *syntax.StringPart) strTok {
	s := f.str[p.Start:p.End]
	i := 0
	for i < len(s) && s[i] != '\'' && s[i] != '"' {
		i++
	}
	t := strTok{}
	var rawCh byte
	for _, c := range []byte(s[:i]) {
		switch c {
		case 'R', 'r':
			rawCh = c
			t.raw = true
		case 'F', 'f':
			t.fstr = true
		case 'B', 'b':
			t.bytes = true
		}
	}
	t.prefix = normalPrefix(rawCh, t.bytes, t.fstr)
	if i >= len(s) {
		t.body = ""
		return t
	}
	t.quote = s[i]
	q := 1
	if len(s)-i >= 6 && s[i+1] == s[i] && s[i+2] == s[i] {
		t.triple = true
		q = 3
	}
	t.body = s[i+q : len(s)-q]
	return t
}

// normalPrefix is the normalised string prefix: the r as written (ruff
// keeps its case), then b, then f.
func normalPrefix(raw byte, bytes, fstr bool) string {
	r := 0
	switch raw {
	case 'r':
		r = 1
	case 'R':
		r = 2
	}
	k := 0
	if bytes {
		k |= 1
	}
	if fstr {
		k |= 2
	}
	return prefixes[r][k]
}

var prefixes = [3][4]string{{"", "b", "f", "bf"}, {"r", "rb", "rf", "rbf"}, {"R", "Rb", "Rf", "Rbf"}}

// preferredQuote is the quote the options ask for, or 0 to preserve.
func (f *formatter) preferredQuote() byte {
	switch f.opt.QuoteStyle {
	case "single":
		return '\''
	case "preserve":
		return 0
	}
	return '"'
}

// chooseQuote picks the quote for a single-line literal body.
func chooseQuote(body string, orig, pref byte, raw bool) byte {
	if pref == 0 {
		return orig
	}
	other := byte('\'')
	if pref == '\'' {
		other = '"'
	}
	np, no := strings.Count(body, string(pref)), strings.Count(body, string(other))
	q := pref
	if np > no {
		q = other
	}
	if raw {
		// Raw strings cannot gain escapes: switch only if every preferred
		// quote in the body is already escaped.
		if orig == pref || hasUnescaped(body, pref) {
			return orig
		}
		return pref
	}
	return q
}

// requote rewrites a non-raw body for quote q: escapes for q are added,
// needless escapes of the other quote removed, escape sequences normalised.
func requote(body string, q byte, raw, bytesLit bool) string {
	if raw || strings.IndexByte(body, '\\') < 0 && strings.IndexByte(body, q) < 0 {
		return body // nothing to escape or normalise
	}
	var b strings.Builder
	b.Grow(len(body) + 4)
	other := byte('"')
	if q == '"' {
		other = '\''
	}
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c == '\\' && i+1 < len(body) {
			n := body[i+1]
			switch {
			case n == other:
				b.WriteByte(n)
				i++
				continue
			case n == 'x' || (!bytesLit && (n == 'u' || n == 'U')):
				l := 2
				if n == 'u' {
					l = 4
				} else if n == 'U' {
					l = 8
				}
				if i+2+l <= len(body) && isHex(body[i+2:i+2+l]) {
					b.WriteByte('\\')
					b.WriteByte(n)
					b.WriteString(strings.ToLower(body[i+2 : i+2+l]))
					i += 1 + l
					continue
				}
			case n == 'N' && !bytesLit && i+2 < len(body) && body[i+2] == '{':
				if j := strings.IndexByte(body[i+3:], '}'); j >= 0 {
					b.WriteString(`\N{`)
					b.WriteString(strings.ToUpper(body[i+3 : i+3+j]))
					b.WriteByte('}')
					i += 3 + j
					continue
				}
			}
			b.WriteByte(c)
			b.WriteByte(n)
			i++
			continue
		}
		if c == q {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// normalizeTripleBody normalises escapes of a triple-quoted body.
func normalizeTripleQuote(t strTok, pref byte) byte {
	if pref == 0 || t.quote == pref {
		return t.quote
	}
	// Keep the original quotes if the preferred ones would clash.
	if strings.Contains(t.body, strings.Repeat(string(pref), 3)) || strings.HasSuffix(t.body, string(pref)) {
		return t.quote
	}
	// A backslash before a preferred quote is fine either way.
	return pref
}

// plainLiteral formats one non-f-string literal token.
func (f *formatter) plainLiteral(p *syntax.StringPart) string {
	t := f.splitTok(p)
	if t.quote == 0 {
		return f.str[p.Start:p.End]
	}
	if t.triple {
		q := normalizeTripleQuote(t, f.preferredQuote())
		body := t.body
		if !t.raw {
			body = requoteTriple(body, t.bytes)
		}
		qs := strings.Repeat(string(q), 3)
		return t.prefix + qs + body + qs
	}
	q := chooseQuote(t.body, t.quote, f.preferredQuote(), t.raw)
	body := requote(t.body, q, t.raw, t.bytes)
	src := f.str[p.Start:p.End]
	if q == t.quote && len(body) == len(t.body) && body == t.body && strings.HasPrefix(src, t.prefix) && src[len(t.prefix)] == q {
		return src // already normal: no copy
	}
	return t.prefix + string(q) + body + string(q)
}

// requoteTriple only normalises escape sequences in a triple-quoted body.
func requoteTriple(body string, bytesLit bool) string {
	// Use a quote that requote will not touch: escape normalisation only.
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c == '\\' && i+1 < len(body) {
			n := body[i+1]
			if n == 'x' || (!bytesLit && (n == 'u' || n == 'U')) {
				l := 2
				if n == 'u' {
					l = 4
				} else if n == 'U' {
					l = 8
				}
				if i+2+l <= len(body) && isHex(body[i+2:i+2+l]) {
					b.WriteByte('\\')
					b.WriteByte(n)
					b.WriteString(strings.ToLower(body[i+2 : i+2+l]))
					i += 1 + l
					continue
				}
			}
			if n == 'N' && !bytesLit && i+2 < len(body) && body[i+2] == '{' {
				if j := strings.IndexByte(body[i+3:], '}'); j >= 0 {
					b.WriteString(`\N{`)
					b.WriteString(strings.ToUpper(body[i+3 : i+3+j]))
					b.WriteByte('}')
					i += 3 + j
					continue
				}
			}
			b.WriteByte(c)
			b.WriteByte(n)
			i++
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func (f *formatter) isMultilineString(e *syntax.StringExpr) bool {
	for _, p := range e.Parts {
		t := f.splitTok(p)
		if t.triple && strings.Contains(t.body, "\n") {
			return true
		}
		if t.fstr && strings.Contains(t.body, "\n") {
			return true
		}
	}
	return false
}

// partText formats one literal token (plain or f-string) for quote q (0: choose).
func (f *formatter) partText(p *syntax.StringPart) string {
	if p.Flags&syntax.FormatStr != 0 {
		return f.fstringLiteral(p, 0)
	}
	return f.plainLiteral(p)
}

func (f *formatter) stringExpr(e *syntax.StringExpr) *Doc {
	if len(e.Parts) == 1 {
		return f.text(f.partText(e.Parts[0]))
	}
	withComments := false
	for _, p := range e.Parts {
		if f.hasComments(p) {
			withComments = true
		}
	}
	if withComments {
		// One part per line, each with its comments.
		parts := []*Doc{}
		for i, p := range e.Parts {
			if i > 0 {
				parts = append(parts, f.inParensSoftLineOrSpace())
			}
			for _, c := range f.leadingOf(p) {
				parts = append(parts, f.commentDoc(c), hardLine)
			}
			parts = append(parts, f.text(f.partText(p)))
			for _, c := range f.trailingOf(p) {
				if c.ownLine {
					parts = append(parts, hardLine, f.commentDoc(c))
				} else {
					parts = append(parts, f.trailingEOL(c))
				}
			}
		}
		return f.inParensGroup(append(parts, expandParent)...)
	}
	parts := make([]*Doc, 0, 2*len(e.Parts))
	for i, p := range e.Parts {
		if i > 0 {
			parts = append(parts, f.inParensSoftLineOrSpace())
		}
		parts = append(parts, f.text(f.partText(p)))
	}
	expanded := f.concat(parts...)
	if m, ok := f.mergedString(e); ok {
		if f.lv != lvParen && !(f.lv == lvExpr && f.parenID != 0) {
			return f.group(f.ifFlat(0, f.text(m)), f.ifBreaks(0, expanded))
		}
		return f.inParensGroup(f.ifFlat(0, f.text(m)), f.ifBreaks(0, expanded))
	}
	if sp := e.Span(); strings.IndexByte(f.str[sp.Start:sp.End], '\n') >= 0 {
		// Parts written on several lines stay on several lines.
		return f.inParensGroup(expanded, expandParent)
	}
	return f.inParensGroup(expanded)
}

// mergedString joins an implicit concatenation into one literal, if allowed.
func (f *formatter) mergedString(e *syntax.StringExpr) (string, bool) {
	if f.noMerge {
		return "", false
	}
	fstr := false
	var bodies []strTok
	for _, p := range e.Parts {
		if f.hasComments(p) {
			return "", false
		}
		t := f.splitTok(p)
		if t.triple || t.raw || t.quote == 0 {
			return "", false
		}
		if t.fstr {
			fstr = true
			if strings.ContainsAny(t.body, "\\\n") && hasFieldBackslash(t.body) {
				return "", false
			}
		}
		bodies = append(bodies, t)
	}
	// Inside f-string fields, quotes must differ from the outer quote; only
	// merge f-strings whose fields have no quotes at all.
	all := strings.Builder{}
	for _, t := range bodies {
		if t.fstr {
			if fieldHasQuote(t.body) {
				return "", false
			}
		}
		all.WriteString(t.body)
	}
	q := chooseQuote(all.String(), '"', f.preferredQuote(), false)
	if f.preferredQuote() == 0 {
		q = bodies[0].quote
	}
	var b strings.Builder
	prefix := ""
	if fstr {
		prefix = "f"
	}
	if bodies[0].bytes {
		prefix = "b"
	}
	b.WriteString(prefix)
	b.WriteByte(q)
	for i, t := range bodies {
		if t.fstr {
			s := f.fstringLiteral(e.Parts[i], q)
			// strip prefix and quotes
			s = s[strings.IndexByte(s, q)+1 : len(s)-1]
			b.WriteString(s)
		} else {
			body := requote(t.body, q, false, t.bytes)
			if fstr {
				body = strings.ReplaceAll(strings.ReplaceAll(body, "{", "{{"), "}", "}}")
			}
			b.WriteString(body)
		}
	}
	b.WriteByte(q)
	return b.String(), true
}

func hasFieldBackslash(body string) bool { return strings.Contains(body, "\\") }

// fieldHasQuote reports quotes inside replacement fields of an f-string body.
func fieldHasQuote(body string) bool {
	depth := 0
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case c == '{' && depth == 0 && i+1 < len(body) && body[i+1] == '{':
			i++
		case c == '}' && depth == 0 && i+1 < len(body) && body[i+1] == '}':
			i++
		case c == '{':
			depth++
		case c == '}':
			if depth > 0 {
				depth--
			}
		case (c == '\'' || c == '"') && depth > 0:
			return true
		}
	}
	return false
}

// normalizeNumber lower-cases prefixes, exponents and suffixes and
// upper-cases hex digits, as ruff does.
func normalizeNumber(s string) string {
	if len(s) > 1 && s[0] == '0' && (s[1]|0x20 == 'x' || s[1]|0x20 == 'o' || s[1]|0x20 == 'b') {
		b := []byte(s)
		b[1] |= 0x20
		if b[1] == 'x' {
			for i := 2; i < len(b); i++ {
				if b[i] >= 'a' && b[i] <= 'f' {
					b[i] -= 0x20
				}
			}
		}
		if n := len(b); b[n-1] == 'L' {
			b[n-1] = 'l'
		}
		return string(b)
	}
	b := make([]byte, 0, len(s)+2)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case 'E', 'e':
			if len(b) > 0 && b[len(b)-1] == '.' {
				b = append(b, '0')
			}
			b = append(b, 'e')
			if i+1 < len(s) && s[i+1] == '+' {
				i++
			}
			continue
		case 'J', 'j':
			if len(b) > 0 && b[len(b)-1] == '.' {
				b = append(b, '0')
			}
			b = append(b, 'j')
			continue
		case 'L':
			c = 'l'
		case '.':
			if i == 0 {
				b = append(b, '0')
			}
		}
		b = append(b, c)
	}
	if len(b) > 0 && b[len(b)-1] == '.' {
		b = append(b, '0')
	}
	return string(b)
}

// hasUnescaped reports an occurrence of q not preceded by an odd number of backslashes.
func hasUnescaped(body string, q byte) bool {
	for i := 0; i < len(body); i++ {
		if body[i] != q {
			continue
		}
		n := 0
		for j := i - 1; j >= 0 && body[j] == '\\'; j-- {
			n++
		}
		if n%2 == 0 {
			return true
		}
	}
	return false
}
