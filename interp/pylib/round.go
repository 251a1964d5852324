package pylib

import (
	"math"
	"math/big"
	"strconv"
)

// CPython's limits beyond which round(x, n) is x itself (more digits than a
// double can have) or a signed zero (rounding above the largest double).
const (
	roundDigitsMax = 323
	roundDigitsMin = -308
)

// FloatRound implements round(f, ndigits): f rounded to ndigits decimal
// places, halfway cases to even, decided on the exact binary value (so
// round(2.675, 2) is 2.67 as in CPython).
func FloatRound(f float64, ndigits int) (float64, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) || f == 0 || ndigits > roundDigitsMax {
		return f, nil
	}
	if ndigits < roundDigitsMin {
		return 0 * f, nil
	}
	var r float64
	if ndigits >= 0 {
		var buf [64]byte
		s := strconv.AppendFloat(buf[:0], f, 'f', ndigits, 64)
		r, _ = strconv.ParseFloat(string(s), 64)
	} else {
		r = roundNegDigits(f, -ndigits)
	}
	if math.IsInf(r, 0) {
		return 0, OverflowError("rounded value too large to represent")
	}
	if r == 0 {
		r = math.Copysign(0, f)
	}
	return r, nil
}

// roundNegDigits rounds f to a multiple of 10**k (k > 0), half to even, in
// exact integer arithmetic.
func roundNegDigits(f float64, k int) float64 {
	bf := new(big.Float).SetFloat64(math.Abs(f))
	// |f| >= 1 here whenever the result can be nonzero; the fractional part
	// cannot decide a tie at a multiple of 10**k, so truncating to an integer
	// first only matters for exact-half detection, handled by the remainder.
	n, acc := bf.Int(nil)
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)
	q, m := new(big.Int).QuoRem(n, p, new(big.Int))
	twice := new(big.Int).Lsh(m, 1)
	c := twice.Cmp(p)
	if c > 0 || (c == 0 && acc == big.Below) || (c == 0 && acc == big.Exact && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	q.Mul(q, p)
	r, _ := new(big.Float).SetInt(q).Float64()
	if f < 0 {
		r = -r
	}
	return r
}

// FloatRoundInt implements round(f) with no ndigits: the nearest integer,
// halfway cases to even, as an int64 or (when it does not fit) a *big.Int.
func FloatRoundInt(f float64) (int64, *big.Int, error) {
	return FloatToInt(math.RoundToEven(f))
}

// ParseFloat implements float(s) for a str argument: surrounding Unicode
// whitespace is ignored, Unicode decimal digits count as ASCII digits,
// single underscores may separate digits, and "inf", "infinity" and "nan"
// are accepted in any case with an optional sign.
func ParseFloat(s string) (float64, error) {
	t, ok := toASCIINumber(s)
	if ok {
		if clean, ok2 := floatSyntax(t); ok2 {
			f, err := strconv.ParseFloat(clean, 64)
			if err == nil || isRangeErr(err) {
				return f, nil
			}
		}
	}
	return 0, ValueError("could not convert string to float: " + StrRepr(s))
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// floatSyntax checks CPython's float literal grammar (without hex) and
// returns the text with underscores removed.
func floatSyntax(s string) (string, bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	switch low := toLowerASCII(s[i:]); low {
	case "inf", "infinity":
		return s, true
	case "nan":
		return "nan", true
	}
	var out []byte
	out = append(out, s[:i]...)
	digits := 0
	readDigits := func() bool {
		start := i
		for i < len(s) {
			c := s[i]
			if c >= '0' && c <= '9' {
				out = append(out, c)
				i++
				continue
			}
			if c == '_' && i > start && i+1 < len(s) && s[i-1] != '_' && s[i+1] >= '0' && s[i+1] <= '9' {
				i++
				continue
			}
			break
		}
		digits += i - start
		return i > start
	}
	intPart := readDigits()
	fracPart := false
	if i < len(s) && s[i] == '.' {
		out = append(out, '.')
		i++
		fracPart = readDigits()
	}
	if !intPart && !fracPart {
		return "", false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		out = append(out, 'e')
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			out = append(out, s[i])
			i++
		}
		if !readDigits() {
			return "", false
		}
	}
	return string(out), i == len(s)
}

func toLowerASCII(s string) string {
	if len(s) > 8 {
		return ""
	}
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}
