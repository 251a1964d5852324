package pylib

import (
	"math"
	"math/big"
	"strconv"
)

// FormatInt returns format(n, spec) for an int.
func FormatInt(n int64, spec string) (string, error) {
	if spec == "" {
		return IntRepr(n), nil
	}
	sp, err := ParseSpec(spec, "int")
	if err != nil {
		return "", err
	}
	return sp.FormatInt(n, "int")
}

// FormatBigInt returns format(n, spec) for an int held as *big.Int.
func FormatBigInt(n *big.Int, spec string) (string, error) {
	if spec == "" {
		return n.String(), nil
	}
	sp, err := ParseSpec(spec, "int")
	if err != nil {
		return "", err
	}
	return sp.FormatBigInt(n, "int")
}

// FormatBool returns format(b, spec): str(b) for an empty spec, otherwise
// b formatted as the int 0 or 1 (errors name the type 'bool').
func FormatBool(b bool, spec string) (string, error) {
	if spec == "" {
		if b {
			return "True", nil
		}
		return "False", nil
	}
	sp, err := ParseSpec(spec, "bool")
	if err != nil {
		return "", err
	}
	n := int64(0)
	if b {
		n = 1
	}
	return sp.FormatInt(n, "bool")
}

// FormatFloat returns format(f, spec) for a float.
func FormatFloat(f float64, spec string) (string, error) {
	if spec == "" {
		return FloatRepr(f), nil
	}
	sp, err := ParseSpec(spec, "float")
	if err != nil {
		return "", err
	}
	return sp.FormatFloat(f)
}

// FormatStr returns format(s, spec) for a str.
func FormatStr(s, spec string) (string, error) {
	if spec == "" {
		return s, nil
	}
	sp, err := ParseSpec(spec, "str")
	if err != nil {
		return "", err
	}
	return sp.FormatStr(s)
}

// FormatInt applies the spec to an int64; typeName ("int" or "bool") is
// used in error messages.
func (sp Spec) FormatInt(n int64, typeName string) (string, error) {
	neg := n < 0
	u := uint64(n)
	if neg {
		u = -u
	}
	return sp.formatInteger(neg, typeName, func(base int) []byte {
		return strconv.AppendUint(nil, u, base)
	}, func() (float64, error) { return float64(n), nil }, func() (int64, error) { return n, nil })
}

// FormatBigInt applies the spec to a *big.Int.
func (sp Spec) FormatBigInt(n *big.Int, typeName string) (string, error) {
	return sp.formatInteger(n.Sign() < 0, typeName, func(base int) []byte {
		return new(big.Int).Abs(n).Append(nil, base)
	}, func() (float64, error) { return BigToFloat(n) }, func() (int64, error) {
		if !n.IsInt64() {
			return 0, OverflowError("Python int too large to convert to C long")
		}
		return n.Int64(), nil
	})
}

// formatInteger is CPython's format_long_internal, with the value given as
// callbacks so int64 and *big.Int share it.
func (sp Spec) formatInteger(neg bool, typeName string, digits func(base int) []byte,
	toFloat func() (float64, error), toInt64 func() (int64, error)) (string, error) {
	t := sp.Type
	switch t {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := toFloat()
		if err != nil {
			return "", err
		}
		return sp.FormatFloat(f)
	case 0:
		t = 'd'
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	default:
		return "", unknownCode(t, typeName)
	}
	if sp.Precision >= 0 {
		return "", ValueError("Precision not allowed in integer format specifier")
	}
	if sp.NoNegZero {
		return "", ValueError("Negative zero coercion (z) not allowed in integer format specifier")
	}
	align := sp.defaultAlign('>')
	if t == 'c' {
		return sp.formatChar(toInt64, align)
	}
	base, prefix := intBase(t)
	if !sp.Alt {
		prefix = ""
	}
	d := digits(base)
	if t == 'X' {
		for i, c := range d {
			if c >= 'a' {
				d[i] = c - 32
			}
		}
	}
	group, sep := sp.grouping(t)
	return sp.layout(numberParts{neg: neg, prefix: prefix, digits: d}, align, group, sep), nil
}

// formatChar applies the 'c' type: the int as a code point.
func (sp Spec) formatChar(toInt64 func() (int64, error), align byte) (string, error) {
	if sp.Sign != 0 {
		return "", ValueError("Sign not allowed with integer format specifier 'c'")
	}
	if sp.Alt {
		return "", ValueError("Alternate form (#) not allowed with integer format specifier 'c'")
	}
	x, err := toInt64()
	if err != nil {
		return "", err
	}
	if x < 0 || x > 0x10ffff {
		return "", OverflowError("%c arg not in range(0x110000)")
	}
	return sp.layout(numberParts{rest: appendRune(nil, rune(x))}, align, 0, 0), nil
}

// intBase returns the base and alternate-form prefix of an int type.
func intBase(t rune) (int, string) {
	switch t {
	case 'b':
		return 2, "0b"
	case 'o':
		return 8, "0o"
	case 'x':
		return 16, "0x"
	case 'X':
		return 16, "0X"
	}
	return 10, ""
}

// defaultAlign resolves the alignment: the '0' flag means '=' for numbers.
func (sp Spec) defaultAlign(def byte) byte {
	if sp.Align != 0 {
		return sp.Align
	}
	if sp.Zero && def == '>' {
		return '='
	}
	return def
}

// grouping returns the digit group size and separator for type t.
func (sp Spec) grouping(t rune) (int, byte) {
	switch sp.Grouping {
	case ',':
		return 3, ','
	case '_':
		if t == 'b' || t == 'o' || t == 'x' || t == 'X' {
			return 4, '_'
		}
		return 3, '_'
	}
	return 0, 0
}

// FormatFloat applies the spec to a float (CPython's format_float_internal).
func (sp Spec) FormatFloat(f float64) (string, error) {
	t := sp.Type
	switch t {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", unknownCode(t, "float")
	}
	prec := sp.Precision
	addDot0 := false
	if t == 0 {
		addDot0 = true
		t = 'r'
		if prec >= 0 {
			t = 'g'
		}
	} else if prec < 0 {
		prec = 6
	}
	if t == 'n' {
		t = 'g'
	}
	pct := false
	if t == '%' {
		t, f, pct = 'f', f*100, true
	}
	body := floatBody(f, t, prec, sp.Alt, addDot0)
	p := splitNumber(body, math.Signbit(f) && !math.IsNaN(f))
	if pct {
		p.rest = append(p.rest, '%')
	}
	if sp.NoNegZero && p.neg && allZero(body) {
		p.neg = false
	}
	group, sep := sp.grouping(t)
	return sp.layout(p, sp.defaultAlign('>'), group, sep), nil
}

// allZero reports whether the mantissa of a formatted |f| has only zeros.
func allZero(body []byte) bool {
	for _, c := range body {
		if c == 'e' || c == 'E' {
			break
		}
		if c >= '1' && c <= '9' || c == 'i' || c == 'n' || c == 'I' || c == 'N' {
			return false
		}
	}
	return true
}

// splitNumber splits a formatted |f| into integer digits and the rest.
func splitNumber(body []byte, neg bool) numberParts {
	i := 0
	for i < len(body) && body[i] >= '0' && body[i] <= '9' {
		i++
	}
	p := numberParts{neg: neg, digits: body[:i]}
	if i < len(body) && body[i] == '.' {
		p.point = true
		i++
	}
	p.rest = append([]byte(nil), body[i:]...)
	return p
}

// floatBody formats |f| like CPython's PyOS_double_to_string for the
// codes 'e', 'f', 'g', 'r' and their upper-case forms.
func floatBody(f float64, t rune, prec int, alt, addDot0 bool) []byte {
	upper := t == 'E' || t == 'F' || t == 'G'
	f = math.Abs(f)
	if math.IsInf(f, 0) || math.IsNaN(f) {
		s := "inf"
		if math.IsNaN(f) {
			s = "nan"
		}
		if upper {
			s = map[string]string{"inf": "INF", "nan": "NAN"}[s]
		}
		return []byte(s)
	}
	var b []byte
	switch t {
	case 'f', 'F':
		b = strconv.AppendFloat(nil, f, 'f', prec, 64)
		if alt && prec == 0 {
			b = append(b, '.')
		}
	case 'e', 'E':
		digits, exp, _ := splitE(strconv.AppendFloat(nil, f, 'e', prec, 64))
		b = appendSci(nil, digits, exp, alt, 'e')
	case 'g', 'G':
		if prec == 0 {
			prec = 1
		}
		digits, exp, _ := splitE(strconv.AppendFloat(nil, f, 'e', prec-1, 64))
		digits = trimZeros(digits)
		limit := prec
		if addDot0 {
			limit = prec - 1
		}
		decpt := exp + 1
		vend := 0
		if alt {
			vend = prec
		}
		b = layoutDigits(digits, decpt, decpt <= -4 || decpt > limit, vend, addDot0, alt)
	case 'r':
		digits, exp, _ := splitE(strconv.AppendFloat(nil, f, 'e', -1, 64))
		decpt := exp + 1
		b = layoutDigits(digits, decpt, decpt <= -4 || decpt > 16, 0, addDot0, alt)
	}
	if upper {
		for i, c := range b {
			if c == 'e' {
				b[i] = 'E'
			}
		}
	}
	return b
}

func trimZeros(d []byte) []byte {
	for len(d) > 1 && d[len(d)-1] == '0' {
		d = d[:len(d)-1]
	}
	return d
}

// layoutDigits places significant digits around the decimal point (decpt
// digits before it) as CPython's format_float_short does: zero padding up
// to vend digits, ".0" for integral values when addDot0, a trailing point
// only in the alternate form, and an exponent when useExp.
func layoutDigits(digits []byte, decpt int, useExp bool, vend int, addDot0, alt bool) []byte {
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vstart := 0
	if decpt <= 0 {
		vstart = decpt - 1
	}
	if !useExp && addDot0 {
		vend = max(vend, decpt+1)
	} else {
		vend = max(vend, decpt)
	}
	var b []byte
	if decpt <= 0 {
		b = appendRepeat(b, "0", decpt-vstart)
		b = append(b, '.')
		b = appendRepeat(b, "0", -decpt)
	} else {
		b = appendRepeat(b, "0", -vstart)
	}
	n := len(digits)
	if 0 < decpt && decpt <= n {
		b = append(b, digits[:decpt]...)
		b = append(b, '.')
		b = append(b, digits[decpt:]...)
	} else {
		b = append(b, digits...)
	}
	if n < decpt {
		b = appendRepeat(b, "0", decpt-n)
		b = append(b, '.')
		b = appendRepeat(b, "0", vend-decpt)
	} else {
		b = appendRepeat(b, "0", vend-n)
	}
	if b[len(b)-1] == '.' && !alt {
		b = b[:len(b)-1]
	}
	if useExp {
		b = append(b, 'e')
		if exp < 0 {
			b = append(b, '-')
			exp = -exp
		} else {
			b = append(b, '+')
		}
		if exp < 10 {
			b = append(b, '0')
		}
		b = strconv.AppendInt(b, int64(exp), 10)
	}
	return b
}

// FormatStr applies the spec to a str (CPython's format_string_internal).
func (sp Spec) FormatStr(s string) (string, error) {
	switch sp.Type {
	case 0, 's':
	default:
		return "", unknownCode(sp.Type, "str")
	}
	switch {
	case sp.Sign == ' ':
		return "", ValueError("Space not allowed in string format specifier")
	case sp.Sign != 0:
		return "", ValueError("Sign not allowed in string format specifier")
	case sp.NoNegZero:
		return "", ValueError("Negative zero coercion (z) not allowed in string format specifier")
	case sp.Alt:
		return "", ValueError("Alternate form (#) not allowed in string format specifier")
	case sp.Align == '=':
		return "", ValueError("'=' alignment not allowed in string format specifier")
	}
	n := Len(s)
	if sp.Precision >= 0 && n > sp.Precision {
		s, _ = Slice(s, 0, sp.Precision, 1, false, true)
		n = sp.Precision
	}
	if sp.Width <= n {
		return s, nil
	}
	pad := sp.Width - n
	var l int
	switch sp.defaultAlign('<') {
	case '>':
		l = pad
	case '^':
		l = pad / 2
	}
	fill := string(sp.Fill)
	b := make([]byte, 0, len(s)+pad*len(fill))
	b = appendRepeat(b, fill, l)
	b = append(b, s...)
	b = appendRepeat(b, fill, pad-l)
	return string(b), nil
}
