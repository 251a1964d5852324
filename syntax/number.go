package syntax

import (
	"math"
	"math/big"
	"strconv"
)

// This file decodes numeric literals. NumberLit keeps only the source text;
// the values are computed on demand by the methods below, which accept
// exactly the literal forms of Python 3 (underscores between digits, 0x/0o/0b
// prefixes in either case, exponents, and a j or J suffix for imaginary
// literals).

// Int returns the value of an integer literal. It reports false if n is not
// an IntLit or its text is not a well-formed Python integer literal.
func (n *NumberLit) Int() (*big.Int, bool) {
	if n.Kind != IntLit {
		return nil, false
	}
	return parseIntLit(n.Raw)
}

// Int64 returns the value of an integer literal that fits in an int64. It
// reports false if n is not an IntLit, its text is malformed, or the value
// is out of range.
func (n *NumberLit) Int64() (int64, bool) {
	if n.Kind != IntLit {
		return 0, false
	}
	digits, base, ok := splitIntLit(n.Raw)
	if !ok {
		return 0, false
	}
	v, err := strconv.ParseInt(digits, base, 64)
	return v, err == nil
}

// Float returns the value of a floating-point literal, rounded to the
// nearest float64 as CPython does; a literal too large for a float64 yields
// +Inf. It reports false if n is not a FloatLit or its text is malformed.
func (n *NumberLit) Float() (float64, bool) {
	if n.Kind != FloatLit {
		return 0, false
	}
	return parseFloatLit(n.Raw)
}

// Imag returns the imaginary part of an imaginary literal such as 2.5j (the
// real part is always zero). It reports false if n is not an ImagLit or its
// text is malformed.
func (n *NumberLit) Imag() (float64, bool) {
	if n.Kind != ImagLit {
		return 0, false
	}
	raw := n.Raw
	if len(raw) < 2 || (raw[len(raw)-1] != 'j' && raw[len(raw)-1] != 'J') {
		return 0, false
	}
	return parseFloatLit(raw[:len(raw)-1])
}

// splitIntLit validates an integer literal and returns its digits, with the
// prefix and underscores removed, and its base.
func splitIntLit(raw string) (digits string, base int, ok bool) {
	base = 10
	body := raw
	if len(raw) >= 2 && raw[0] == '0' {
		switch raw[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 10 {
			body = raw[2:]
			// An underscore may directly follow the prefix.
			if len(body) > 0 && body[0] == '_' {
				body = body[1:]
			}
		}
	}
	if body == "" {
		return "", 0, false
	}
	if base == 10 && body[0] == '0' {
		// A decimal literal with a leading zero must be all zeros.
		for i := 0; i < len(body); i++ {
			if body[i] != '0' && body[i] != '_' {
				return "", 0, false
			}
		}
	}
	digits, ok = stripUnderscores(body, func(c byte) bool { return digitVal(c) < base })
	return digits, base, ok
}

// stripUnderscores checks that s is a non-empty run of digits accepted by
// isDigit with single underscores between digits, and returns it without the
// underscores. It avoids allocating when s has no underscores.
func stripUnderscores(s string, isDigit func(byte) bool) (string, bool) {
	if s == "" {
		return "", false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if i == 0 || i == len(s)-1 || s[i+1] == '_' {
				return "", false
			}
			n++
			continue
		}
		if !isDigit(c) {
			return "", false
		}
	}
	if n == 0 {
		return s, true
	}
	b := make([]byte, 0, len(s)-n)
	for i := 0; i < len(s); i++ {
		if s[i] != '_' {
			b = append(b, s[i])
		}
	}
	return string(b), true
}

func isDecDigit(c byte) bool { return '0' <= c && c <= '9' }

// digitVal returns the value of the hexadecimal digit c, or 16 if c is not a
// digit.
func digitVal(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return 16
}

func parseIntLit(raw string) (*big.Int, bool) {
	digits, base, ok := splitIntLit(raw)
	if !ok {
		return nil, false
	}
	if len(digits) <= 18 {
		if v, err := strconv.ParseInt(digits, base, 64); err == nil {
			return big.NewInt(v), true
		}
	}
	v, ok := new(big.Int).SetString(digits, base)
	return v, ok
}

// cleanFloatLit validates a Python floating-point literal (without any j
// suffix) and returns it without underscores, in a form strconv.ParseFloat
// accepts.
func cleanFloatLit(raw string) (string, bool) {
	// Split into mantissa and exponent.
	mant, exp := raw, ""
	for i := 0; i < len(raw); i++ {
		if raw[i] == 'e' || raw[i] == 'E' {
			mant, exp = raw[:i], raw[i+1:]
			if exp == "" {
				return "", false
			}
			break
		}
	}
	intPart, frac := mant, ""
	for i := 0; i < len(mant); i++ {
		if mant[i] == '.' {
			intPart, frac = mant[:i], mant[i+1:]
			break
		}
	}
	if intPart == "" && frac == "" {
		return "", false
	}
	// Leading zeros are allowed in floats ("010.5", "00e1", "010j").
	var ok bool
	if intPart != "" {
		if intPart, ok = stripUnderscores(intPart, isDecDigit); !ok {
			return "", false
		}
	}
	if frac != "" {
		if frac, ok = stripUnderscores(frac, isDecDigit); !ok {
			return "", false
		}
	}
	sign := ""
	if exp != "" {
		if exp[0] == '+' || exp[0] == '-' {
			sign, exp = exp[:1], exp[1:]
		}
		if exp, ok = stripUnderscores(exp, isDecDigit); !ok {
			return "", false
		}
	}
	if intPart == "" {
		intPart = "0"
	}
	s := intPart
	if frac != "" {
		s += "." + frac
	}
	if exp != "" {
		s += "e" + sign + exp
	}
	return s, true
}

func parseFloatLit(raw string) (float64, bool) {
	s, ok := cleanFloatLit(raw)
	if !ok {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		// Out of range: ParseFloat returns ±Inf or 0 with ErrRange, which
		// are also CPython's values.
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	return f, true
}

// appendIntRepr appends the decimal repr of the integer literal raw. Decimal
// literals are copied without underscores and leading zeros, so that the
// common case needs no conversion.
func appendIntRepr(dst []byte, raw string) ([]byte, bool) {
	digits, base, ok := splitIntLit(raw)
	if !ok {
		return dst, false
	}
	if base == 10 {
		i := 0
		for i < len(digits)-1 && digits[i] == '0' {
			i++
		}
		return append(dst, digits[i:]...), true
	}
	bits := 4 // bits per digit
	switch base {
	case 8:
		bits = 3
	case 2:
		bits = 1
	}
	if len(digits)*bits <= 64 {
		if v, err := strconv.ParseUint(digits, base, 64); err == nil {
			return strconv.AppendUint(dst, v, 10), true
		}
	}
	v, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return dst, false
	}
	return v.Append(dst, 10), true
}

// AppendFloatRepr appends repr(f) as CPython prints it: the shortest digits
// that round-trip, in fixed notation with at least one fractional digit when
// the decimal exponent is in [-4, 16), and otherwise in scientific notation
// with a signed exponent of at least two digits (1e+16, 1.5e-05). Infinities
// and NaN print as inf, -inf and nan.
func AppendFloatRepr(dst []byte, f float64) []byte {
	return appendFloatRepr(dst, f, true)
}

// FloatRepr returns repr(f) as CPython prints it; see AppendFloatRepr.
func FloatRepr(f float64) string {
	var buf [32]byte
	return string(AppendFloatRepr(buf[:0], f))
}

// AppendImagRepr appends CPython's repr of the complex number with zero real
// part and imaginary part f, as written by an imaginary literal: 1j, 1.5j,
// 1e+16j, infj.
func AppendImagRepr(dst []byte, f float64) []byte {
	dst = appendFloatRepr(dst, f, false)
	return append(dst, 'j')
}

// appendFloatRepr formats f in CPython's 'r' mode; addDot0 appends ".0" to
// integral values in fixed notation, as float.__repr__ does and
// complex.__repr__ does not.
func appendFloatRepr(dst []byte, f float64, addDot0 bool) []byte {
	switch {
	case math.IsInf(f, 1):
		return append(dst, "inf"...)
	case math.IsInf(f, -1):
		return append(dst, "-inf"...)
	case math.IsNaN(f):
		return append(dst, "nan"...)
	}
	// Shortest round-trip digits, as d.ddde±x.
	var buf [32]byte
	e := strconv.AppendFloat(buf[:0], f, 'e', -1, 64)
	neg := false
	if e[0] == '-' {
		neg = true
		e = e[1:]
	}
	// Split digits and exponent.
	var digits [24]byte
	nd := 0
	i := 0
	for ; i < len(e) && e[i] != 'e'; i++ {
		if e[i] != '.' {
			digits[nd] = e[i]
			nd++
		}
	}
	exp := 0
	expNeg := e[i+1] == '-'
	for _, c := range e[i+2:] {
		exp = exp*10 + int(c-'0')
	}
	if expNeg {
		exp = -exp
	}
	if f == 0 {
		exp = 0
	}
	if neg {
		dst = append(dst, '-')
	}
	if -4 <= exp && exp < 16 {
		// Fixed notation.
		if exp < 0 {
			dst = append(dst, '0', '.')
			for k := -1; k > exp; k-- {
				dst = append(dst, '0')
			}
			return append(dst, digits[:nd]...)
		}
		if nd <= exp+1 {
			dst = append(dst, digits[:nd]...)
			for k := nd; k <= exp; k++ {
				dst = append(dst, '0')
			}
			if addDot0 {
				dst = append(dst, '.', '0')
			}
			return dst
		}
		dst = append(dst, digits[:exp+1]...)
		dst = append(dst, '.')
		return append(dst, digits[exp+1:nd]...)
	}
	// Scientific notation.
	dst = append(dst, digits[0])
	if nd > 1 {
		dst = append(dst, '.')
		dst = append(dst, digits[1:nd]...)
	}
	dst = append(dst, 'e')
	if exp < 0 {
		dst = append(dst, '-')
		exp = -exp
	} else {
		dst = append(dst, '+')
	}
	if exp < 10 {
		dst = append(dst, '0')
	}
	return strconv.AppendInt(dst, int64(exp), 10)
}
