package syntax

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/monty-tools/monty-tools/source"
	"golang.org/x/text/unicode/norm"
)

// scanner turns source text into tokens on demand. It works on a string so
// that names and literals are substrings of the source and cost nothing.
//
// Indentation follows CPython's tokenizer: a tab advances the column to the
// next multiple of 8, and a second count with tabs as 1 column must agree in
// ordering, or the indentation is ambiguous (TabError). Newlines inside
// brackets and after a backslash are not tokens. Blank and comment-only
// lines produce no tokens. Comments are appended to comments.
type scanner struct {
	src   string
	pos   int // next byte to read
	limit int // scanning stops here (the end of an f-string field for sub-scanners)

	// The current token.
	tok      Token
	start    int
	end      int
	flags    StringFlags // for STRING
	nonASCII bool        // for NAME: the name has non-ASCII characters
	// unclosed is set for a NEWLINE or EOF that ends a line on which
	// brackets were left open (reported as never closed just before):
	// a NEWLINE synthesised to recover, or the end of input.
	unclosed bool

	atLineStart bool
	indents     []indent
	dedents     int     // DEDENT tokens still to emit
	brackets    []int32 // offsets of the open brackets
	lastTok     Token   // the last token emitted, to know whether a NEWLINE is due at EOF
	lineStart   int     // offset of the first token on the logical line
	lineIndent  int     // indentation column of the current logical line

	field bool // scanning an f-string replacement field: no NEWLINE at its end

	errh     func(start, end int, msg string)
	comments *[]Comment
	blanks   *[]source.Offset // where blank lines start, for the formatter; nil in f-string fields
}

// indent is one level of the indentation stack: the column with tabs to
// multiples of 8 and the column with tabs counted as 1.
type indent struct{ col, alt int }

// init makes s scan the module src, skipping a byte order mark.
func (s *scanner) init(src string, errh func(int, int, string), comments *[]Comment) {
	indents, brackets := s.indents[:0], s.brackets[:0] // a recycled parser's arrays
	if cap(indents) == 0 {
		indents = make([]indent, 0, 16)
	}
	*s = scanner{src: src, limit: len(src), errh: errh, comments: comments, atLineStart: true, lastTok: NEWLINE,
		indents: append(indents, indent{}), brackets: brackets}
	if len(src) >= 3 && src[:3] == "\ufeff" {
		s.pos = 3
	}
}

// resetField makes s scan the expression of an f-string replacement
// field, src[start:limit], as if inside brackets so that newlines are
// ignored. It keeps the stacks' arrays, so a reused scanner allocates
// nothing.
func (s *scanner) resetField(src string, start, limit int, errh func(int, int, string), comments *[]Comment) {
	*s = scanner{src: src, pos: start, limit: limit, errh: errh, comments: comments, lastTok: NEWLINE, field: true,
		indents: append(s.indents[:0], indent{}), brackets: append(s.brackets[:0], int32(start))}
}

func (s *scanner) error(start, end int, format string, args ...any) {
	if s.errh != nil {
		if len(args) > 0 {
			format = fmt.Sprintf(format, args...)
		}
		s.errh(start, end, format)
	}
}

// Byte classes, for next to dispatch on a token's first byte.
const (
	classOther     = iota // an operator, a delimiter or an invalid character
	classSpace            // ' ', '\t', '\f'
	classNewline          // '\n', '\r'
	classComment          // '#'
	classBackslash        // '\\'
	classNUL              // 0
	classLetter           // an ASCII letter or '_' that cannot begin a string prefix
	classPrefix           // a letter that can begin a string prefix (r, b, f, u)
	classDigit            // '0' to '9'
	classDot              // '.': an operator, or the start of a number
	classQuote            // '"' or '\''
	classNonASCII         // the first byte of a UTF-8 sequence (or an invalid byte)
)

// byteClass maps each byte to its class.
var byteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		switch {
		case b == ' ' || b == '\t' || b == '\f':
			t[c] = classSpace
		case b == '\n' || b == '\r':
			t[c] = classNewline
		case b == '#':
			t[c] = classComment
		case b == '\\':
			t[c] = classBackslash
		case b == 0:
			t[c] = classNUL
		case isStringPrefixByte(b):
			t[c] = classPrefix
		case isASCIILetter(b) || b == '_':
			t[c] = classLetter
		case isDigit(b):
			t[c] = classDigit
		case b == '.':
			t[c] = classDot
		case b == '"' || b == '\'':
			t[c] = classQuote
		case b >= utf8.RuneSelf:
			t[c] = classNonASCII
		}
	}
	return t
}()

// next scans the next token into s.tok, s.start and s.end: a DEDENT still
// due, an INDENT or DEDENT at the start of a line, or else the token that
// the class of its first byte says (in one function, as this runs once per
// token).
func (s *scanner) next() {
	s.unclosed = false
	if s.dedents > 0 {
		s.dedents--
		s.emit(DEDENT, s.pos, s.pos)
		return
	}
	if s.atLineStart && len(s.brackets) == 0 {
		if s.lineStartTokens() {
			return
		}
	}
	src := s.src[:s.limit] // in registers, and free of bounds checks
	for {
		p := s.pos
		for p < len(src) && src[p] == ' ' { // most tokens follow a space or two
			p++
		}
		s.pos = p
		if p >= len(src) {
			s.scanEOF()
			return
		}
		c := src[p]
		switch byteClass[c] {
		case classLetter:
			s.scanName(p)
		case classOther:
			s.scanOperator(p, c)
		case classPrefix:
			s.scanNameOrString(p)
		case classDigit:
			s.scanNumber(p)
		case classQuote:
			s.scanString(p, 0)
		case classDot:
			if p+1 < len(src) && isDigit(src[p+1]) {
				s.scanNumber(p)
			} else {
				s.scanOperator(p, c)
			}
		case classNonASCII:
			s.scanUnicode(p)
		case classSpace:
			s.pos++
			continue
		case classNewline:
			if !s.newline() {
				continue
			}
		case classComment:
			s.skipComment()
			continue
		case classBackslash:
			if !s.continuation() {
				continue
			}
		case classNUL:
			s.error(p, p+1, "source code cannot contain null bytes")
			s.pos++
			continue
		}
		return
	}
}

func (s *scanner) emit(t Token, start, end int) {
	s.tok, s.start, s.end = t, start, end
	s.lastTok = t
}

// lineStartTokens measures the indentation of a new line and emits INDENT or
// DEDENT tokens. Blank and comment-only lines are skipped entirely. It
// returns true if it emitted a token.
func (s *scanner) lineStartTokens() bool {
	src := s.src[:s.limit]
	for {
		p := s.pos
		for p < len(src) && src[p] == ' ' { // the usual indentation
			p++
		}
		col, alt := p-s.pos, p-s.pos
	measure:
		for p < len(src) {
			switch src[p] {
			case ' ':
				col++
				alt++
			case '\t':
				col = (col/8 + 1) * 8
				alt++
			case '\f':
				col, alt = 0, 0
			default:
				break measure
			}
			p++
		}
		lineBegin := s.pos
		s.pos = p
		if p >= len(src) {
			s.atLineStart = false
			return false // EOF handling emits NEWLINE/DEDENTs
		}
		switch c := src[p]; c {
		case '#':
			s.skipComment()
			if s.pos < len(src) && (src[s.pos] == '\n' || src[s.pos] == '\r') {
				s.skipNewline() // the end of a comment line, not a blank line
			}
			continue
		case '\n', '\r':
			if s.blanks != nil {
				*s.blanks = append(*s.blanks, source.Offset(lineBegin))
			}
			s.skipNewline()
			continue
		case '\\':
			// A continuation line at the start of a statement: CPython
			// measures indentation here too, then joins.
		}
		s.atLineStart = false
		s.lineStart = p
		s.lineIndent = col
		return s.indentTokens(p, col, alt)
	}
}

func (s *scanner) indentTokens(p, col, alt int) bool {
	top := s.indents[len(s.indents)-1]
	switch {
	case col == top.col:
		if alt != top.alt {
			s.error(p, p, "inconsistent use of tabs and spaces in indentation")
		}
		return false
	case col > top.col:
		if alt <= top.alt {
			s.error(p, p, "inconsistent use of tabs and spaces in indentation")
		}
		s.indents = append(s.indents, indent{col, alt})
		s.emit(INDENT, s.pos, s.pos)
		return true
	}
	n := 0
	for len(s.indents) > 1 && col < s.indents[len(s.indents)-1].col {
		s.indents = s.indents[:len(s.indents)-1]
		n++
	}
	if top = s.indents[len(s.indents)-1]; col != top.col {
		s.error(p, p, "unindent does not match any outer indentation level")
	} else if alt != top.alt {
		s.error(p, p, "inconsistent use of tabs and spaces in indentation")
	}
	s.dedents = n - 1
	s.emit(DEDENT, p, p)
	return true
}

func (s *scanner) skipComment() {
	src, start, p := s.src[:s.limit], s.pos, s.pos
	for p < len(src) && src[p] != '\n' && src[p] != '\r' {
		p++
	}
	s.pos = p
	if s.comments != nil {
		*s.comments = append(*s.comments, Comment{Loc: loc(start, p), Text: s.src[start:p]})
	}
}

func (s *scanner) skipNewline() {
	if s.src[s.pos] == '\r' && s.pos+1 < s.limit && s.src[s.pos+1] == '\n' {
		s.pos++
	}
	s.pos++
}

// newline handles a line break outside a string. It returns true if it
// emitted a token: a NEWLINE, unless brackets are open, when the line
// break is not a token (or, if the brackets were left unclosed, ends the
// line for recovery).
func (s *scanner) newline() bool {
	start := s.pos
	s.skipNewline()
	if len(s.brackets) > 0 {
		if s.closeBracketsForRecovery() {
			s.atLineStart = true
			s.emitRecoveryNewline(start)
			return true
		}
		return false
	}
	s.atLineStart = true
	s.emit(NEWLINE, start, s.pos)
	return true
}

// continuation handles a backslash outside a string. It returns true if it
// emitted a token (an error at EOF).
func (s *scanner) continuation() bool {
	p := s.pos + 1
	if p < s.limit && (s.src[p] == '\n' || s.src[p] == '\r') {
		s.pos = p
		s.skipNewline()
		if s.pos >= s.limit {
			s.error(s.pos, s.pos, "unexpected EOF while parsing")
		}
		return false
	}
	s.error(s.pos, s.pos+1, "unexpected character after line continuation character")
	s.pos++
	return false
}

func (s *scanner) scanEOF() {
	if s.field {
		s.emit(EOF, s.pos, s.pos)
		return
	}
	if len(s.brackets) > 0 {
		s.reportUnclosed()
		s.unclosed = true // stays set only for a NEWLINE or EOF
	}
	if s.lastTok != NEWLINE && s.lastTok != DEDENT && s.lastTok != INDENT && s.lastTok != EOF {
		s.emit(NEWLINE, s.pos, s.pos)
		return
	}
	if len(s.indents) > 1 {
		s.dedents = len(s.indents) - 2
		s.indents = s.indents[:1]
		s.emit(DEDENT, s.pos, s.pos)
		s.unclosed = false
		return
	}
	s.emit(EOF, s.pos, s.pos)
}

func (s *scanner) reportUnclosed() {
	for _, b := range s.brackets {
		s.error(int(b), int(b)+1, "'%c' was never closed", s.src[b])
	}
	s.brackets = s.brackets[:0]
}

// closeBracketsForRecovery decides, at a newline inside brackets, whether
// the brackets were really left unclosed: the next line starts with a
// keyword that can only begin a statement, or dedents below the line that
// opened them. Then it reports them and returns true, so that one missing
// ')' does not swallow the rest of the file.
func (s *scanner) closeBracketsForRecovery() bool {
	if s.field {
		return false
	}
	p, col := s.pos, 0
	for p < s.limit && (s.src[p] == ' ' || s.src[p] == '\t') {
		if s.src[p] == '\t' {
			col = (col/8 + 1) * 8
		} else {
			col++
		}
		p++
	}
	q := p
	for q < s.limit && isASCIILetter(s.src[q]) {
		q++
	}
	word := s.src[p:q]
	if q < s.limit && isIdentByte(s.src[q]) {
		return false
	}
	switch word {
	case "def", "class", "return", "import", "while", "try", "with", "pass",
		"raise", "break", "continue", "del", "global", "nonlocal", "assert",
		"elif", "except", "finally":
	default:
		if word == "" || col > s.lineIndent {
			return false
		}
		switch word {
		case "if", "for", "else", "async":
			// These also continue expressions (comprehensions,
			// conditional expressions), so only a line shaped like a
			// statement header counts.
			if !looksLikeBlockHeader(s.src[q:s.limit]) {
				return false
			}
		default:
			return false
		}
	}
	s.reportUnclosed()
	return true
}

// looksLikeBlockHeader reports whether the rest of a physical line ends
// with ':' (before any comment) and closes no bracket it did not open, as
// a compound statement's header does and a comprehension clause or a
// conditional expression's continuation rarely does.
func looksLikeBlockHeader(rest string) bool {
	if i := strings.IndexAny(rest, "\r\n"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.IndexByte(rest, '#'); i >= 0 {
		rest = rest[:i]
	}
	depth := 0
	for i := 0; i < len(rest); i++ {
		switch rest[i] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth--; depth < 0 {
				return false
			}
		}
	}
	return strings.HasSuffix(strings.TrimRight(rest, " \t\f"), ":")
}

func (s *scanner) emitRecoveryNewline(start int) {
	s.emit(NEWLINE, start, start)
	s.unclosed = true
}

func (s *scanner) scanUnicode(start int) {
	r, size := utf8.DecodeRuneInString(s.src[s.pos:s.limit])
	if isIdentStartRune(r) {
		s.scanName(start)
		return
	}
	s.pos += size
	switch {
	case r == utf8.RuneError && size == 1:
		s.error(start, s.pos, "invalid UTF-8 byte 0x%02x", s.src[start])
	case unicode.IsPrint(r):
		s.error(start, s.pos, "invalid character '%c' (U+%04X)", r, r)
	default:
		s.error(start, s.pos, "invalid non-printable character U+%04X", r)
	}
	s.emit(ILLEGAL, start, s.pos)
}

func (s *scanner) scanOperator(start int, c byte) {
	s.pos++
	t := ILLEGAL
	at := func(i int) byte {
		if s.pos+i < s.limit {
			return s.src[s.pos+i]
		}
		return 0
	}
	two := func(next byte, yes, no Token) Token {
		if at(0) == next {
			s.pos++
			return yes
		}
		return no
	}
	switch c {
	case '(', '[', '{':
		s.brackets = append(s.brackets, int32(start))
		t = openTokens[c]
	case ')', ']', '}':
		t = s.closeBracket(start, c)
	case ':':
		t = two('=', WALRUS, COLON)
	case ',':
		t = COMMA
	case ';':
		t = SEMI
	case '+':
		t = two('=', PLUSEQ, PLUS)
	case '-':
		if at(0) == '>' {
			s.pos++
			t = ARROW
		} else {
			t = two('=', MINUSEQ, MINUS)
		}
	case '*':
		if at(0) == '*' {
			s.pos++
			t = two('=', DSTAREQ, DOUBLESTAR)
		} else {
			t = two('=', STAREQ, STAR)
		}
	case '/':
		if at(0) == '/' {
			s.pos++
			t = two('=', DSLASHEQ, DSLASH)
		} else {
			t = two('=', SLASHEQ, SLASH)
		}
	case '|':
		t = two('=', VBAREQ, VBAR)
	case '&':
		t = two('=', AMPEREQ, AMPER)
	case '<':
		switch at(0) {
		case '<':
			s.pos++
			t = two('=', LSHIFTEQ, LSHIFT)
		case '=':
			s.pos++
			t = LESSEQUAL
		case '>':
			s.pos++
			s.error(start, s.pos, "invalid syntax: use '!=' instead of '<>'")
			t = NOTEQUAL
		default:
			t = LESS
		}
	case '>':
		switch at(0) {
		case '>':
			s.pos++
			t = two('=', RSHIFTEQ, RSHIFT)
		case '=':
			s.pos++
			t = GREATEREQ
		default:
			t = GREATER
		}
	case '=':
		t = two('=', EQEQUAL, EQUAL)
	case '.':
		if at(0) == '.' && at(1) == '.' {
			s.pos += 2
			t = ELLIPSIS
		} else {
			t = DOT
		}
	case '%':
		t = two('=', PERCENTEQ, PERCENT)
	case '~':
		t = TILDE
	case '^':
		t = two('=', CIRCUMEQ, CIRCUMFLEX)
	case '@':
		t = two('=', ATEQ, AT)
	case '!':
		t = two('=', NOTEQUAL, BANG)
		if t == BANG && !s.field {
			s.error(start, s.pos, "invalid syntax")
		}
	default:
		if c < ' ' || c == 0x7f {
			s.error(start, s.pos, "invalid non-printable character U+%04X", c)
		} else {
			s.error(start, s.pos, "invalid character '%c' (U+%04X)", c, c)
		}
	}
	s.emit(t, start, s.pos)
}

func (s *scanner) closeBracket(start int, c byte) Token {
	t := closeTokens[c]
	if len(s.brackets) == 0 {
		s.error(start, start+1, "unmatched '%c'", c)
		return t
	}
	open := s.src[s.brackets[len(s.brackets)-1]]
	if closerOf(open) != c {
		s.error(start, start+1, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open)
	}
	s.brackets = s.brackets[:len(s.brackets)-1]
	return t
}

var openTokens = [128]Token{'(': LPAREN, '[': LBRACK, '{': LBRACE}
var closeTokens = [128]Token{')': RPAREN, ']': RBRACK, '}': RBRACE}

func closerOf(open byte) byte {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

// scanNameOrString scans a name, or a string whose prefix looked like one.
func (s *scanner) scanNameOrString(start int) {
	if isStringPrefixByte(s.src[start]) {
		p := start + 1
		for p < s.limit && p-start < 3 && isStringPrefixByte(s.src[p]) {
			p++
		}
		if p < s.limit && (s.src[p] == '"' || s.src[p] == '\'') {
			if flags, ok := stringPrefix(s.src[start:p]); ok {
				s.pos = p
				s.scanString(start, flags)
				return
			}
		}
	}
	s.scanName(start)
}

// scanName scans a name or keyword starting at s.pos. Only an ASCII name
// can be a keyword, and only a non-ASCII one needs normalising, so it
// records which it was in s.nonASCII.
func (s *scanner) scanName(start int) {
	src, p := s.src[:s.limit], s.pos
	for p < len(src) && isASCIIIdent[src[p]] {
		p++
	}
	s.nonASCII = false
	if p < len(src) && src[p] >= utf8.RuneSelf {
		p = s.skipNameRest(p)
	}
	s.pos = p
	if !s.nonASCII {
		if t := lookupKeyword(src[start:p]); t != NAME {
			s.emit(t, start, p)
			return
		}
	}
	s.emit(NAME, start, p)
}

// skipNameRest skips the rest of a name from p, where a non-ASCII byte
// is, and returns its end.
func (s *scanner) skipNameRest(p int) int {
	for p < s.limit {
		c := s.src[p]
		if c < utf8.RuneSelf {
			if !isASCIIIdent[c] {
				break
			}
			p++
			continue
		}
		r, size := utf8.DecodeRuneInString(s.src[p:s.limit])
		if !isIdentContinueRune(r) {
			break
		}
		s.nonASCII = true
		p += size
	}
	return p
}

// isASCIIIdent holds the ASCII bytes that can continue a name.
var isASCIIIdent = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = isIdentByte(byte(c))
	}
	return t
}()

// nameValue returns the identifier of the current NAME token, normalised to
// NFKC as Python does.
func (s *scanner) nameValue() string {
	word := s.src[s.start:s.end]
	if s.nonASCII {
		return norm.NFKC.String(word)
	}
	return word
}

func isStringPrefixByte(c byte) bool {
	switch c {
	case 'r', 'R', 'b', 'B', 'f', 'F', 'u', 'U':
		return true
	}
	return false
}

// stringPrefix decodes a string prefix such as "rb" or "F".
func stringPrefix(p string) (StringFlags, bool) {
	var f StringFlags
	for i := 0; i < len(p); i++ {
		var bit StringFlags
		switch p[i] {
		case 'r', 'R':
			bit = RawStr
		case 'b', 'B':
			bit = BytesStr
		case 'f', 'F':
			bit = FormatStr
		case 'u', 'U':
			bit = UnicodeStr
		}
		if f&bit != 0 {
			return 0, false
		}
		f |= bit
	}
	switch {
	case f&UnicodeStr != 0 && f != UnicodeStr:
		return 0, false
	case f&BytesStr != 0 && f&FormatStr != 0:
		return 0, false
	}
	return f, true
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isDigit(c byte) bool       { return '0' <= c && c <= '9' }
func isIdentByte(c byte) bool {
	return isASCIILetter(c) || isDigit(c) || c == '_' || c >= utf8.RuneSelf
}

func isIdentStartRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) ||
		unicode.Is(unicode.Other_ID_Start, r)
}

func isIdentContinueRune(r rune) bool {
	return isIdentStartRune(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}

func loc(start, end int) Loc {
	// A node built after an error may have consumed no token, so the end of
	// the previous token lies before its start; give it an empty span.
	if end < start {
		end = start
	}
	return Loc{Start: source.Offset(start), End: source.Offset(end)}
}
