package pylib

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Spec is a parsed format specification,
// [[fill]align][sign][z][#][0][width][grouping][.precision][type].
// Parsing checks only what CPython checks before it knows the value's type;
// the Format* methods check the rest.
type Spec struct {
	Fill      rune // fill character; ' ' unless given (or '0' from the 0 flag)
	Align     byte // '<', '>', '^', '=' or 0 for the type's default
	Sign      byte // '+', '-', ' ' or 0
	NoNegZero bool // 'z'
	Alt       bool // '#'
	Zero      bool // the '0' flag before the width (only when no fill was given)
	Width     int  // -1 if absent
	Grouping  byte // ',', '_' or 0
	Precision int  // -1 if absent
	Type      rune // presentation type or 0
}

// maxFormatWidth bounds width and precision: CPython would try to build the
// string (or fail with MemoryError); pylib refuses early.
const maxFormatWidth = 1 << 24

func isAlign(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }

// ParseSpec parses a format spec the way CPython 3.11 does before applying
// it, with CPython's ValueError messages; typeName (type(x).__name__ of the
// value to format) appears in the "Invalid format specifier" message, and
// "str", "int" and "bool" give the default presentation types 's' and 'd'
// that CPython's checks see.
func ParseSpec(spec, typeName string) (Spec, error) {
	sp := Spec{Fill: ' ', Width: -1, Precision: -1}
	r := &specReader{rs: []rune(spec)}
	fillGiven := sp.readAlign(r)
	if c, ok := r.take("+- "); ok {
		sp.Sign = byte(c)
	}
	_, sp.NoNegZero = r.take("z")
	_, sp.Alt = r.take("#")
	if !fillGiven {
		if _, ok := r.take("0"); ok {
			sp.Fill, sp.Zero = '0', true
		}
	}
	var err error
	if sp.Width, err = r.int(); err != nil {
		return sp, err
	}
	if err := sp.readGrouping(r); err != nil {
		return sp, err
	}
	if _, ok := r.take("."); ok {
		start := r.pos
		if sp.Precision, err = r.int(); err != nil {
			return sp, err
		}
		if r.pos == start {
			return sp, ValueError("Format specifier missing precision")
		}
	}
	switch rest := len(r.rs) - r.pos; {
	case rest > 1:
		return sp, ValueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'")
	case rest == 1:
		sp.Type = r.rs[r.pos]
	case typeName == "str":
		sp.Type = 's'
	case typeName == "int" || typeName == "bool":
		sp.Type = 'd'
	}
	return sp, sp.checkGrouping()
}

// specReader walks the code points of a format spec.
type specReader struct {
	rs  []rune
	pos int
}

// take consumes the next code point if it is in set.
func (r *specReader) take(set string) (rune, bool) {
	if r.pos < len(r.rs) && strings.ContainsRune(set, r.rs[r.pos]) {
		r.pos++
		return r.rs[r.pos-1], true
	}
	return 0, false
}

// int reads a decimal integer; -1 if there is none.
func (r *specReader) int() (int, error) {
	n, pos, err := specInt(r.rs, r.pos)
	r.pos = pos
	return n, err
}

// readAlign reads [[fill]align] and reports whether a fill was given.
func (sp *Spec) readAlign(r *specReader) bool {
	rs := r.rs
	if len(rs) >= 2 && isAlign(rs[1]) {
		sp.Fill, sp.Align = rs[0], byte(rs[1])
		r.pos = 2
		return true
	}
	if len(rs) >= 1 && isAlign(rs[0]) {
		sp.Align = byte(rs[0])
		r.pos = 1
	}
	return false
}

// readGrouping reads the ',' or '_' option (not both).
func (sp *Spec) readGrouping(r *specReader) error {
	if _, ok := r.take(","); ok {
		sp.Grouping = ','
	}
	if _, ok := r.take("_"); ok {
		if sp.Grouping != 0 {
			return ValueError("Cannot specify both ',' and '_'.")
		}
		sp.Grouping = '_'
	}
	if sp.Grouping == '_' && r.pos < len(r.rs) && r.rs[r.pos] == ',' {
		return ValueError("Cannot specify both ',' and '_'.")
	}
	return nil
}

// checkGrouping rejects a grouping option the presentation type lacks:
// ',' goes with decimal and float types, '_' also with b, o, x and X.
func (sp *Spec) checkGrouping() error {
	if sp.Grouping == 0 {
		return nil
	}
	switch sp.Type {
	case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		return nil
	case 'b', 'o', 'x', 'X':
		if sp.Grouping == '_' {
			return nil
		}
	}
	return ValueError("Cannot specify '" + string(rune(sp.Grouping)) + "' with " + codeName(sp.Type) + ".")
}

// codeName quotes a presentation type the way CPython's messages do.
func codeName(t rune) string {
	if t > 32 && t < 128 {
		return "'" + string(t) + "'"
	}
	return "'\\x" + strconv.FormatInt(int64(t), 16) + "'"
}

// specInt reads a decimal integer at rs[pos:]; -1 if there is none.
func specInt(rs []rune, pos int) (int, int, error) {
	start := pos
	n := 0
	for pos < len(rs) && rs[pos] >= '0' && rs[pos] <= '9' {
		d := int(rs[pos] - '0')
		if n > (math.MaxInt64-d)/10 {
			return 0, pos, ValueError("Too many decimal digits in format string")
		}
		n = n*10 + d
		pos++
	}
	if pos == start {
		return -1, pos, nil
	}
	if n > maxFormatWidth {
		return 0, pos, &Error{Type: "MemoryError"}
	}
	return n, pos, nil
}

// unknownCode is the error for a presentation type the value's type lacks.
func unknownCode(t rune, typeName string) error {
	return ValueError("Unknown format code " + codeName(t) + " for object of type '" + typeName + "'")
}

// numberParts is a formatted number before padding: sign, prefix ("0x"),
// the integer digits, then the rest (decimal point, fraction, exponent,
// '%'; or the character of 'c').
type numberParts struct {
	neg    bool
	prefix string
	digits []byte
	point  bool // rest starts with the decimal point
	rest   []byte
}

// layout pads and groups the number parts as CPython's
// calc_number_widths/fill_number do.
func (sp *Spec) layout(p numberParts, align byte, group int, sep byte) string {
	sign := ""
	switch {
	case p.neg:
		sign = "-"
	case sp.Sign == '+':
		sign = "+"
	case sp.Sign == ' ':
		sign = " "
	}
	nonDigit := len(sign) + len(p.prefix) + utf8.RuneCount(p.rest)
	if p.point {
		nonDigit++
	}
	minWidth := 0
	if sp.Fill == '0' && align == '=' {
		minWidth = sp.Width - nonDigit
	}
	var grouped []byte
	if len(p.digits) > 0 {
		grouped = groupDigits(p.digits, minWidth, group, sep)
	}
	pad := sp.Width - nonDigit - len(grouped)
	var lpad, spad, rpad int
	if pad > 0 {
		switch align {
		case '<':
			rpad = pad
		case '^':
			lpad = pad / 2
			rpad = pad - lpad
		case '=':
			spad = pad
		default:
			lpad = pad
		}
	}
	fill := string(sp.Fill)
	b := make([]byte, 0, len(grouped)+len(p.rest)+(lpad+spad+rpad)*len(fill)+8)
	b = appendRepeat(b, fill, lpad)
	b = append(b, sign...)
	b = append(b, p.prefix...)
	b = appendRepeat(b, fill, spad)
	b = append(b, grouped...)
	if p.point {
		b = append(b, '.')
	}
	b = append(b, p.rest...)
	b = appendRepeat(b, fill, rpad)
	return string(b)
}

func appendRepeat(b []byte, s string, n int) []byte {
	for ; n > 0; n-- {
		b = append(b, s...)
	}
	return b
}

// groupDigits inserts sep every group digits from the right (no grouping
// when group is 0) and pads with zeros up to minWidth characters, following
// CPython's _PyUnicode_InsertThousandsGrouping (a pad never starts with a
// separator: a group of zeros is added instead).
func groupDigits(digits []byte, minWidth, group int, sep byte) []byte {
	if group == 0 {
		n := len(digits)
		if minWidth > n {
			n = minWidth
		}
		out := make([]byte, 0, n)
		out = appendRepeat(out, "0", n-len(digits))
		return append(out, digits...)
	}
	if minWidth < 0 {
		minWidth = 0
	}
	// Build the result reversed, as CPython fills from the right.
	var rev []byte
	remaining := len(digits)
	pos := len(digits)
	useSep := false
	for {
		l := group
		if m := max(remaining, minWidth, 1); l > m {
			l = m
		}
		zeros := max(0, l-remaining)
		chars := max(0, min(remaining, l))
		if useSep {
			rev = append(rev, sep)
		}
		for k := 0; k < chars; k++ {
			pos--
			rev = append(rev, digits[pos])
		}
		rev = appendRepeat(rev, "0", zeros)
		useSep = true
		remaining -= chars
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth--
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return rev
}
