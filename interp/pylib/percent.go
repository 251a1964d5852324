package pylib

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Percent returns format % arg, CPython's printf-style str formatting. arg
// is a Tuple for positional arguments, a Mapping for %(name)s lookups (or a
// single value), or any other single pylib value.
func Percent(format string, arg any) (string, error) {
	p := percent{format: format}
	switch a := arg.(type) {
	case Tuple:
		p.args = a
		p.argLen = len(a)
	default:
		p.single = arg
		p.argLen, p.argIdx = -1, -2
		if m, ok := arg.(Mapping); ok {
			p.dict = m
		}
	}
	var b strings.Builder
	b.Grow(len(format) + 16)
	for p.pos < len(format) {
		i := strings.IndexByte(format[p.pos:], '%')
		if i < 0 {
			b.WriteString(format[p.pos:])
			break
		}
		b.WriteString(format[p.pos : p.pos+i])
		p.pos += i + 1
		if err := p.directive(&b); err != nil {
			return "", err
		}
	}
	if p.argIdx < p.argLen && p.dict == nil {
		return "", TypeError("not all arguments converted during string formatting")
	}
	return b.String(), nil
}

// percent is the state of one Percent call.
type percent struct {
	format         string
	pos            int
	args           Tuple
	single         any
	argLen, argIdx int
	dict           Mapping
}

// conversion is one parsed %-directive.
type conversion struct {
	ljust, sign, blank, alt, zero bool
	width, prec                   int
	ch                            rune
}

// flag records a conversion flag character; false if ch is not one.
func (c *conversion) flag(ch byte) bool {
	switch ch {
	case '-':
		c.ljust = true
	case '+':
		c.sign = true
	case ' ':
		c.blank = true
	case '#':
		c.alt = true
	case '0':
		c.zero = true
	default:
		return false
	}
	return true
}

// nextArg returns the next positional argument (or the single one).
func (p *percent) nextArg() (any, error) {
	if p.argIdx < p.argLen {
		i := p.argIdx
		p.argIdx++
		if p.argLen < 0 {
			return p.single, nil
		}
		return p.args[i], nil
	}
	return nil, TypeError("not enough arguments for format string")
}

// directive handles one directive; p.pos is just after its '%'.
func (p *percent) directive(b *strings.Builder) error {
	f := p.format
	c := conversion{width: -1, prec: -1}
	if p.pos < len(f) && f[p.pos] == '(' {
		if err := p.mappingKey(); err != nil {
			return err
		}
	}
	for p.pos < len(f) && c.flag(f[p.pos]) {
		p.pos++
	}
	var err error
	if c.width, err = p.number(&c, "width"); err != nil {
		return err
	}
	if p.pos < len(f) && f[p.pos] == '.' {
		p.pos++
		if c.prec, err = p.number(nil, "precision"); err != nil {
			return err
		}
		if c.prec < 0 {
			c.prec = 0
		}
	}
	if p.pos < len(f) && (f[p.pos] == 'h' || f[p.pos] == 'l' || f[p.pos] == 'L') {
		p.pos++
	}
	if p.pos >= len(f) {
		return ValueError("incomplete format")
	}
	r, size := utf8.DecodeRuneInString(f[p.pos:])
	c.ch = r
	at := p.pos
	p.pos += size
	if r == '%' {
		b.WriteByte('%')
		return nil
	}
	v, err := p.nextArg()
	if err != nil {
		return err
	}
	if c.width > maxFormatWidth || c.prec > maxFormatWidth {
		return &Error{Type: "MemoryError"}
	}
	return c.output(b, v, utf8.RuneCountInString(f[:at]))
}

// mappingKey reads "(key)" (parentheses may nest) and looks it up; as in
// CPython the value then replaces the arguments, so it is what the next
// '*' or conversion consumes, once.
func (p *percent) mappingKey() error {
	if p.dict == nil {
		return TypeError("format requires a mapping")
	}
	f := p.format
	depth := 1
	start := p.pos + 1
	i := start
	for ; i < len(f) && depth > 0; i++ {
		switch f[i] {
		case '(':
			depth++
		case ')':
			depth--
		}
	}
	if depth > 0 {
		return ValueError("incomplete format key")
	}
	p.pos = i
	v, err := p.dict.GetItem(f[start : i-1])
	if err != nil {
		return err
	}
	p.single, p.argLen, p.argIdx = v, -1, -2
	return nil
}

// number reads a width or precision: digits, or '*' taking an int argument
// (a negative '*' width means left-justify). It returns -1 if absent.
func (p *percent) number(c *conversion, what string) (int, error) {
	f := p.format
	if p.pos < len(f) && f[p.pos] == '*' {
		p.pos++
		v, err := p.nextArg()
		if err != nil {
			return 0, err
		}
		n, ok := v.(int64)
		switch x := v.(type) {
		case int:
			n, ok = int64(x), true
		case bool:
			n, ok = 0, true
			if x {
				n = 1
			}
		case *big.Int:
			if c != nil {
				return 0, OverflowError("Python int too large to convert to C ssize_t")
			}
			return 0, OverflowError("Python int too large to convert to C int")
		}
		if !ok {
			return 0, TypeError("* wants int")
		}
		if c != nil && n < 0 {
			c.ljust = true
			n = -n
		}
		if n > math.MaxInt32 {
			return 0, ValueError(what + " too big")
		}
		return int(n), nil
	}
	if p.pos >= len(f) || f[p.pos] < '0' || f[p.pos] > '9' {
		return -1, nil
	}
	n := 0
	for p.pos < len(f) && f[p.pos] >= '0' && f[p.pos] <= '9' {
		n = n*10 + int(f[p.pos]-'0')
		if n > math.MaxInt32 {
			return 0, ValueError(what + " too big")
		}
		p.pos++
	}
	return n, nil
}

// output formats v for the conversion and pads it into b.
func (c *conversion) output(b *strings.Builder, v any, index int) error {
	var body string
	numeric := false
	switch c.ch {
	case 's', 'r', 'a':
		switch c.ch {
		case 's':
			body = Str(v)
		case 'r':
			body = Repr(v)
		default:
			body = ASCII(v)
		}
		if c.prec >= 0 && Len(body) > c.prec {
			body, _ = Slice(body, 0, c.prec, 1, false, true)
		}
	case 'd', 'i', 'u', 'o', 'x', 'X':
		s, err := c.formatInt(v)
		if err != nil {
			return err
		}
		body, numeric = s, true
	case 'e', 'E', 'f', 'F', 'g', 'G':
		s, err := c.formatFloat(v)
		if err != nil {
			return err
		}
		body, numeric = s, true
	case 'c':
		s, err := percentChar(v)
		if err != nil {
			return err
		}
		body = s
	default:
		ch := string(c.ch)
		if c.ch < 0x20 || c.ch > 0x7e {
			ch = "?"
		}
		return ValueError("unsupported format character '" + ch + "' (0x" +
			strconv.FormatInt(int64(c.ch), 16) + ") at index " + strconv.Itoa(index))
	}
	c.pad(b, body, numeric)
	return nil
}

// pad writes body padded to the width: numbers get their sign (and the
// 0x/0o prefix of the alternate form) before zero padding.
func (c *conversion) pad(b *strings.Builder, body string, numeric bool) {
	sign, prefix := "", ""
	if numeric {
		if body[0] == '-' || body[0] == '+' {
			sign, body = body[:1], body[1:]
		} else if c.sign {
			sign = "+"
		} else if c.blank {
			sign = " "
		}
		if c.alt && (c.ch == 'x' || c.ch == 'X' || c.ch == 'o') {
			prefix, body = body[:2], body[2:]
		}
	}
	n := len(sign) + len(prefix) + Len(body)
	padding := c.width - n
	switch {
	case padding <= 0:
		b.WriteString(sign + prefix + body)
	case c.ljust:
		b.WriteString(sign + prefix + body)
		b.WriteString(strings.Repeat(" ", padding))
	case numeric && c.zero:
		b.WriteString(sign + prefix)
		b.WriteString(strings.Repeat("0", padding))
		b.WriteString(body)
	default:
		b.WriteString(strings.Repeat(" ", padding))
		b.WriteString(sign + prefix + body)
	}
}

// formatInt renders an integer conversion: sign, alternate prefix and
// precision (minimum digit count) included.
func (c *conversion) formatInt(v any) (string, error) {
	n, err := c.intArg(v)
	if err != nil {
		return "", err
	}
	base, prefix := 10, ""
	switch c.ch {
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	digits := new(big.Int).Abs(n).Text(base)
	if c.ch == 'X' {
		digits = strings.ToUpper(digits)
	}
	if c.prec > len(digits) {
		digits = strings.Repeat("0", c.prec-len(digits)) + digits
	}
	if !c.alt {
		prefix = ""
	}
	if n.Sign() < 0 {
		return "-" + prefix + digits, nil
	}
	return prefix + digits, nil
}

// intArg converts the argument of an integer conversion; %d-style
// conversions accept floats (truncating), %o/%x/%X only ints.
func (c *conversion) intArg(v any) (*big.Int, error) {
	switch x := v.(type) {
	case bool:
		if x {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	case int:
		return big.NewInt(int64(x)), nil
	case int64:
		return big.NewInt(x), nil
	case *big.Int:
		return x, nil
	case float64:
		if c.ch == 'd' || c.ch == 'i' || c.ch == 'u' {
			i, b, err := FloatToInt(x)
			if err != nil {
				return nil, err
			}
			if b != nil {
				return b, nil
			}
			return big.NewInt(i), nil
		}
	}
	if c.ch == 'd' || c.ch == 'i' || c.ch == 'u' {
		return nil, TypeError("%" + string(c.ch) + " format: a real number is required, not " + TypeName(v))
	}
	return nil, TypeError("%" + string(c.ch) + " format: an integer is required, not " + TypeName(v))
}

// formatFloat renders a float conversion with CPython's
// PyOS_double_to_string rules (precision 6 by default).
func (c *conversion) formatFloat(v any) (string, error) {
	var f float64
	switch x := v.(type) {
	case float64:
		f = x
	case bool:
		if x {
			f = 1
		}
	case int:
		f = float64(x)
	case int64:
		f = float64(x)
	case *big.Int:
		var err error
		if f, err = BigToFloat(x); err != nil {
			return "", err
		}
	default:
		return "", TypeError("must be real number, not " + TypeName(v))
	}
	prec := c.prec
	if prec < 0 {
		prec = 6
	}
	body := string(floatBody(f, c.ch, prec, c.alt, false))
	if math.Signbit(f) && !math.IsNaN(f) {
		body = "-" + body
	}
	return body, nil
}

// percentChar renders %c: an int code point or a one-character str.
func percentChar(v any) (string, error) {
	var n int64
	switch x := v.(type) {
	case string:
		if Len(x) == 1 {
			return x, nil
		}
		return "", TypeError("%c requires int or char")
	case bool:
		if x {
			n = 1
		}
	case int:
		n = int64(x)
	case int64:
		n = x
	case *big.Int:
		return "", OverflowError("%c arg not in range(0x110000)")
	default:
		return "", TypeError("%c requires int or char")
	}
	if n < 0 || n > 0x10ffff {
		return "", OverflowError("%c arg not in range(0x110000)")
	}
	return string(appendRune(nil, rune(n))), nil
}
