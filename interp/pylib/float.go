package pylib

import (
	"math"
	"math/big"
	"strconv"
)

// FloatRepr returns repr(f) (which is also str(f)): the shortest digit
// string that round-trips, in positional notation when the decimal exponent
// is in [-4, 16) and in scientific notation ("1e+16", "1.5e-05") otherwise,
// with ".0" added to integral positional values.
func FloatRepr(f float64) string {
	var buf [32]byte
	return string(AppendFloatRepr(buf[:0], f))
}

// FloatStr returns str(f), which is repr(f) in Python 3.
func FloatStr(f float64) string { return FloatRepr(f) }

// AppendFloatRepr appends FloatRepr(f) to dst.
func AppendFloatRepr(dst []byte, f float64) []byte {
	switch {
	case math.IsNaN(f):
		return append(dst, "nan"...)
	case math.IsInf(f, 1):
		return append(dst, "inf"...)
	case math.IsInf(f, -1):
		return append(dst, "-inf"...)
	}
	var buf [32]byte
	digits, exp, neg := shortestDigits(buf[:0], f)
	if neg {
		dst = append(dst, '-')
	}
	// exp is the decimal exponent of the first digit: f = d.ddd * 10**exp.
	if exp < -4 || exp >= 16 {
		return appendSci(dst, digits, exp, false, 'e')
	}
	return appendFixedDigits(dst, digits, exp, true)
}

// shortestDigits returns the shortest round-trip significant digits of |f|,
// the decimal exponent of the first digit, and the sign.
func shortestDigits(buf []byte, f float64) (digits []byte, exp int, neg bool) {
	b := strconv.AppendFloat(buf, f, 'e', -1, 64)
	return splitE(b)
}

// splitE splits strconv's 'e' output "-d.ddde+XX" into digits, exponent
// and sign, reusing the buffer for the digits.
func splitE(b []byte) (digits []byte, exp int, neg bool) {
	if b[0] == '-' {
		neg = true
		b = b[1:]
	}
	i := len(b) - 1
	for b[i] != 'e' {
		i--
	}
	e := 0
	for _, c := range b[i+2:] {
		e = e*10 + int(c-'0')
	}
	if b[i+1] == '-' {
		e = -e
	}
	digits = b[:0:i]
	digits = append(digits, b[0])
	if i > 1 {
		digits = append(digits, b[2:i]...)
	}
	return digits, e, neg
}

// appendSci appends d.ddd e±XX (at least two exponent digits). When dot is
// true the point is written even with a single digit ('#' alternate form).
func appendSci(dst, digits []byte, exp int, dot bool, e byte) []byte {
	dst = append(dst, digits[0])
	if len(digits) > 1 || dot {
		dst = append(dst, '.')
		dst = append(dst, digits[1:]...)
	}
	dst = append(dst, e)
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

// appendFixedDigits writes digits (first digit at 10**exp) positionally,
// without trailing fractional zeros beyond the digits; dot0 adds ".0" when
// there is no fractional part.
func appendFixedDigits(dst, digits []byte, exp int, dot0 bool) []byte {
	if exp < 0 {
		dst = append(dst, '0', '.')
		for i := -1; i > exp; i-- {
			dst = append(dst, '0')
		}
		return append(dst, digits...)
	}
	intLen := exp + 1
	if len(digits) <= intLen {
		dst = append(dst, digits...)
		for i := len(digits); i < intLen; i++ {
			dst = append(dst, '0')
		}
		if dot0 {
			dst = append(dst, '.', '0')
		}
		return dst
	}
	dst = append(dst, digits[:intLen]...)
	dst = append(dst, '.')
	return append(dst, digits[intLen:]...)
}

// FloatToInt implements int(f): truncation toward zero. The result is an
// int64 when it fits (big is nil), otherwise big holds it.
func FloatToInt(f float64) (int64, *big.Int, error) {
	if math.IsNaN(f) {
		return 0, nil, ValueError("cannot convert float NaN to integer")
	}
	if math.IsInf(f, 0) {
		return 0, nil, OverflowError("cannot convert float infinity to integer")
	}
	t := math.Trunc(f)
	if t >= -9223372036854775808.0 && t < 9223372036854775808.0 {
		return int64(t), nil, nil
	}
	b, _ := new(big.Float).SetFloat64(t).Int(nil)
	return 0, b, nil
}

// FloatFloorDiv returns a // b with Python semantics.
func FloatFloorDiv(a, b float64) (float64, error) {
	if b == 0 {
		return 0, ZeroDivisionError("float floor division by zero")
	}
	q, _ := floatDivmod(a, b)
	return q, nil
}

// FloatMod returns a % b with Python semantics: the result has the sign of
// b (or is a zero with b's sign).
func FloatMod(a, b float64) (float64, error) {
	if b == 0 {
		return 0, ZeroDivisionError("float modulo")
	}
	_, m := floatDivmod(a, b)
	return m, nil
}

// FloatDivmod returns divmod(a, b) with Python semantics.
func FloatDivmod(a, b float64) (float64, float64, error) {
	if b == 0 {
		return 0, 0, ZeroDivisionError("float divmod()")
	}
	q, m := floatDivmod(a, b)
	return q, m, nil
}

// floatDivmod follows CPython's float_divmod algorithm (fmod, then fix the
// sign, then a floor of the exact quotient) so the results match bit for bit.
func floatDivmod(vx, wx float64) (float64, float64) {
	mod := math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

// FloatPow returns a ** b for floats. A negative base with a non-integral
// exponent gives a complex number in CPython, which pylib cannot represent:
// it is reported as ValueError "math domain error".
func FloatPow(a, b float64) (float64, error) {
	if a == 0 && b < 0 && !math.IsInf(b, 0) {
		return 0, ZeroDivisionError("0.0 cannot be raised to a negative power")
	}
	if a < 0 && !math.IsInf(a, 0) && b != math.Trunc(b) && !math.IsInf(b, 0) && !math.IsNaN(b) {
		return 0, ValueError("math domain error")
	}
	r := powCorrect(a, b)
	if math.IsInf(r, 0) && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
		return 0, OverflowError("(34, 'Numerical result out of range')")
	}
	return r, nil
}

func nan() float64         { return math.NaN() }
func inf(sign int) float64 { return math.Inf(sign) }
