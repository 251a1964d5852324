package syntax

// This file scans numeric and string literals. Strings are scanned whole,
// f-strings included: the scanner only finds where an f-string ends
// (skipping nested replacement fields, strings and brackets as PEP 701
// allows); the parser walks it again to build its pieces.

// scanNumber scans an integer, float or imaginary literal.
func (s *scanner) scanNumber(start int) {
	src, p := s.src, s.pos
	t := INT
	if src[p] == '0' && p+1 < s.limit && (src[p+1]|0x20 == 'x' || src[p+1]|0x20 == 'o' || src[p+1]|0x20 == 'b') {
		s.pos = p + 2
		s.scanPrefixedInt(start, src[p+1]|0x20)
		return
	}
	intEnd := s.skipDigits(p)
	if intEnd == p && src[p] != '.' {
		intEnd = p
	}
	p = intEnd
	if p < s.limit && src[p] == '.' {
		t = FLOAT
		p = s.skipDigits(p + 1)
	}
	if p < s.limit && src[p]|0x20 == 'e' {
		q := p + 1
		if q < s.limit && (src[q] == '+' || src[q] == '-') {
			q++
		}
		// Without digits the 'e' is not an exponent: "1else" is
		// 1 followed by else, and checkNumberEnd rejects "1e".
		if q < s.limit && isDigit(src[q]) {
			t = FLOAT
			p = s.skipDigits(q)
		}
	}
	if p < s.limit && src[p]|0x20 == 'j' {
		t = IMAG
		p++
	}
	s.pos = p
	if t == INT && s.hasLeadingZeros(start, p) {
		s.error(start, p, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
	}
	s.checkNumberEnd(start, "decimal")
	s.emit(t, start, s.pos)
}

// skipDigits skips decimal digits with single underscores between them and
// reports a misplaced underscore.
func (s *scanner) skipDigits(p int) int {
	for p < s.limit {
		c := s.src[p]
		if isDigit(c) {
			p++
			continue
		}
		if c == '_' && p+1 < s.limit && isDigit(s.src[p+1]) && p > 0 && isDigit(s.src[p-1]) {
			p++
			continue
		}
		break
	}
	return p
}

func (s *scanner) hasLeadingZeros(start, end int) bool {
	if s.src[start] != '0' {
		return false
	}
	for _, c := range []byte(s.src[start:end]) {
		if c != '0' && c != '_' {
			return true
		}
	}
	return false
}

func (s *scanner) scanPrefixedInt(start int, base byte) {
	name := "binary"
	switch base {
	case 'x':
		name = "hexadecimal"
	case 'o':
		name = "octal"
	}
	p := s.pos
	digits, badDigits := 0, 0
	for p < s.limit {
		c := s.src[p]
		if c == '_' && p+1 < s.limit && isBaseDigit(s.src[p+1], 'x') {
			p++
			continue
		}
		if !isBaseDigit(c, base) {
			if isDigit(c) && base != 'x' {
				s.error(p, p+1, "invalid digit '%c' in %s literal", c, name)
				badDigits++
				p++
				continue
			}
			break
		}
		digits++
		p++
	}
	s.pos = p
	switch {
	case badDigits > 0:
		// Already reported.
	case digits == 0:
		s.error(start, p, "invalid %s literal", name)
	default:
		s.checkNumberEnd(start, name)
	}
	s.emit(INT, start, s.pos)
}

func isBaseDigit(c, base byte) bool {
	switch base {
	case 'x':
		return isDigit(c) || ('a' <= c|0x20 && c|0x20 <= 'f')
	case 'o':
		return '0' <= c && c <= '7'
	}
	return c == '0' || c == '1'
}

// checkNumberEnd reports a number run into a name ("1abc", "1_"), but
// allows the keywords CPython tolerates there, as in "1if x else 2".
func (s *scanner) checkNumberEnd(start int, name string) {
	p := s.pos
	if p >= s.limit || !isIdentByte(s.src[p]) {
		return
	}
	for _, kw := range [...]string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if len(s.src)-p >= len(kw) && s.src[p:p+len(kw)] == kw {
			return
		}
	}
	q := p
	for q < s.limit && isIdentByte(s.src[q]) {
		q++
	}
	s.error(start, q, "invalid %s literal", name)
	s.pos = q
}

// scanString scans a string literal whose prefix (already consumed) gave
// flags; s.pos is at the opening quote.
func (s *scanner) scanString(start int, flags StringFlags) {
	q := s.src[s.pos]
	if q == '"' {
		flags |= DoubleQuote
	}
	if s.pos+2 < s.limit && s.src[s.pos+1] == q && s.src[s.pos+2] == q {
		flags |= TripleStr
		s.pos += 3
	} else {
		s.pos++
	}
	var end int
	var ok bool
	if flags&FormatStr != 0 {
		end, ok = s.skipFStringText(s.pos, flags, false)
	} else {
		end, ok = s.skipPlainString(s.pos, flags)
	}
	if ok {
		s.pos = end + closeLen(flags)
	} else {
		s.pos = end
		s.unterminated(start, flags)
	}
	s.flags = flags
	s.emit(STRING, start, s.pos)
}

func closeLen(flags StringFlags) int {
	if flags&TripleStr != 0 {
		return 3
	}
	return 1
}

func (s *scanner) unterminated(start int, flags StringFlags) {
	kind := "string"
	if flags&FormatStr != 0 {
		kind = "f-string"
	}
	if flags&TripleStr != 0 {
		s.error(start, s.pos, "unterminated triple-quoted %s literal", kind)
	} else {
		s.error(start, s.pos, "unterminated %s literal", kind)
	}
}

// quoteByte returns the quote character of a string with flags.
func quoteByte(flags StringFlags) byte {
	if flags&DoubleQuote != 0 {
		return '"'
	}
	return '\''
}

// isClose reports whether the closing quote(s) of a string with flags start
// at p.
func (s *scanner) isClose(p int, flags StringFlags) bool {
	q := quoteByte(flags)
	if s.src[p] != q {
		return false
	}
	return flags&TripleStr == 0 || (p+2 < s.limit && s.src[p+1] == q && s.src[p+2] == q)
}

// skipPlainString returns the offset of the closing quote, or of the point
// where the string was found unterminated (ok false).
func (s *scanner) skipPlainString(p int, flags StringFlags) (end int, ok bool) {
	triple := flags&TripleStr != 0
	q := quoteByte(flags)
	src := s.src[:s.limit]
	for p < len(src) {
		c := src[p]
		if c != q && c != '\\' && c != '\n' && c != '\r' { // plain text
			p++
			continue
		}
		switch {
		case c == '\\':
			p = s.skipEscape(p)
		case c == '\n' || c == '\r':
			if !triple {
				return p, false
			}
			p++
		case s.isClose(p, flags):
			return p, true
		default:
			p++
		}
	}
	return p, false
}

// skipEscape skips a backslash and the character it escapes (a CRLF pair
// counts as one).
func (s *scanner) skipEscape(p int) int {
	p++
	if p >= s.limit {
		return p
	}
	if s.src[p] == '\r' && p+1 < s.limit && s.src[p+1] == '\n' {
		return p + 2
	}
	return p + 1
}

// skipFStringText skips the literal text of an f-string (or, when inSpec,
// of a format spec) and the replacement fields within it. It returns the
// offset of the closing quote (or of the '}' closing the spec) and whether
// one was found.
func (s *scanner) skipFStringText(p int, flags StringFlags, inSpec bool) (end int, ok bool) {
	triple := flags&TripleStr != 0
	for p < s.limit {
		c := s.src[p]
		switch {
		case s.isClose(p, flags):
			return p, !inSpec
		case c == '\\':
			p = s.skipFStringEscape(p, flags)
		case c == '{':
			if !inSpec && p+1 < s.limit && s.src[p+1] == '{' {
				p += 2
				continue
			}
			p = s.skipField(p, flags)
		case c == '}':
			if inSpec {
				return p, true
			}
			if p+1 < s.limit && s.src[p+1] == '}' {
				p += 2
				continue
			}
			s.error(p, p+1, "f-string: single '}' is not allowed")
			p++
		case (c == '\n' || c == '\r') && !triple:
			return p, false
		default:
			p++
		}
	}
	return p, false
}

// skipFStringEscape skips a backslash escape in f-string text. A backslash
// before a brace escapes nothing, and \N{...} names a character.
func (s *scanner) skipFStringEscape(p int, flags StringFlags) int {
	if p+1 < s.limit {
		switch n := s.src[p+1]; {
		case n == '{' || n == '}':
			return p + 1
		case n == 'N' && flags&RawStr == 0 && p+2 < s.limit && s.src[p+2] == '{':
			q := p + 3
			for q < s.limit && s.src[q] != '}' && s.src[q] != '\n' && !s.isClose(q, flags) {
				q++
			}
			if q < s.limit && s.src[q] == '}' {
				q++
			}
			return q
		}
	}
	return s.skipEscape(p)
}

// skipField skips a replacement field starting at its '{' and returns the
// offset after its '}'.
func (s *scanner) skipField(p int, flags StringFlags) int {
	open := p
	p = s.skipFieldExpr(p+1, flags)
	if p < s.limit && s.src[p] == '!' {
		p++
		for p < s.limit && isIdentByte(s.src[p]) {
			p++
		}
	}
	if p < s.limit && s.src[p] == ':' {
		p, _ = s.skipFStringText(p+1, flags, true)
	}
	if p < s.limit && s.src[p] == '}' {
		return p + 1
	}
	s.error(open, p, "f-string: expecting '}'")
	return p
}

// skipFieldExpr skips the expression of a replacement field and returns the
// offset of the '}', '!' or ':' that ends it at bracket depth zero. Nested
// strings, f-strings and comments are skipped whole.
func (s *scanner) skipFieldExpr(p int, flags StringFlags) int {
	depth := 0
	for p < s.limit {
		c := s.src[p]
		switch {
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']':
			if depth > 0 {
				depth--
			}
		case c == '}':
			if depth == 0 {
				return p
			}
			depth--
		case (c == '!' && (p+1 >= s.limit || s.src[p+1] != '=')) || c == ':':
			if depth == 0 {
				return p
			}
		case c == '!':
			p++ // '!='
		case c == '#':
			for p < s.limit && s.src[p] != '\n' && s.src[p] != '\r' {
				p++
			}
			continue
		case c == '\'' || c == '"':
			if s.strayClosingQuote(p, flags) {
				return p
			}
			p = s.skipNestedString(p, 0)
			continue
		case isASCIILetter(c) || c == '_':
			p = s.skipNameOrNestedString(p, flags)
			continue
		}
		p++
	}
	return p
}

// strayClosingQuote reports whether the quote at p, inside a replacement
// field of a single-quoted f-string, is better read as the f-string's
// closing quote than as the start of a nested string: it is the f-string's
// own quote, and a string starting there would not end on this line. So
// f"{a" is an f-string whose field lacks its '}', not an f-string whose
// field holds an unterminated string that swallows the rest of the line.
func (s *scanner) strayClosingQuote(p int, flags StringFlags) bool {
	if flags&TripleStr != 0 || !s.isClose(p, flags) {
		return false
	}
	for q := p + 1; q < s.limit; q++ {
		switch s.src[q] {
		case '\\':
			q++
		case '\n', '\r':
			return true
		case s.src[p]:
			return false
		}
	}
	return true
}

// skipNameOrNestedString skips a name, or a prefixed string inside a
// replacement field of an f-string with flags. A name that is not a string
// prefix ends before a quote that follows it.
func (s *scanner) skipNameOrNestedString(p int, flags StringFlags) int {
	q := p
	for q < s.limit && isIdentByte(s.src[q]) {
		q++
	}
	if q < s.limit && (s.src[q] == '"' || s.src[q] == '\'') && q-p <= 2 && isStringPrefix(s.src[p:q]) && !s.strayClosingQuote(q, flags) {
		if prefix, ok := stringPrefix(s.src[p:q]); ok {
			return s.skipNestedString(q, prefix)
		}
	}
	return q
}

func isStringPrefix(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isStringPrefixByte(w[i]) {
			return false
		}
	}
	return true
}

// skipNestedString skips a string literal inside a replacement field, with
// p at its opening quote, and returns the offset after it. Errors inside
// are reported when the field is scanned again by the parser.
func (s *scanner) skipNestedString(p int, flags StringFlags) int {
	saved, savedPos := s.errh, s.pos
	s.errh = nil
	s.pos = p
	s.scanString(p, flags)
	end := s.pos
	s.errh, s.pos = saved, savedPos
	return end
}
