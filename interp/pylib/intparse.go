package pylib

import (
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxStrDigits is CPython 3.11's default sys.get_int_max_str_digits():
// int(s) in a base that is not a power of two refuses longer digit strings.
const MaxStrDigits = 4300

// ParseInt implements int(s, base) for a str s: base 0 (the prefix decides,
// and a nonzero decimal may not start with 0) or 2..36; surrounding Unicode
// whitespace and a sign are allowed, single underscores may separate digits
// (and follow a base prefix), and Unicode decimal digits count as ASCII
// digits. The result is an int64 (big nil) when it fits, otherwise big.
func ParseInt(s string, base int) (int64, *big.Int, error) {
	if base != 0 && (base < 2 || base > 36) {
		return 0, nil, ValueError("int() base must be >= 2 and <= 36, or 0")
	}
	t, ok := toASCIINumber(s)
	if ok && len(t) > MaxStrDigits && base&(base-1) != 0 || ok && len(t) > MaxStrDigits && base == 0 && !hasBasePrefix(t) {
		// Refuse before parsing: the parse itself is quadratic.
		if digits := countDigits(t); digits > MaxStrDigits {
			return 0, nil, ValueError("Exceeds the limit (4300 digits) for integer string conversion: value has " +
				strconv.Itoa(digits) + " digits; use sys.set_int_max_str_digits() to increase the limit")
		}
	}
	if ok {
		n, b, digits, ok2 := parseIntASCII(t, base)
		if ok2 {
			if digits > MaxStrDigits && base&(base-1) != 0 {
				return 0, nil, ValueError("Exceeds the limit (4300 digits) for integer string conversion: value has " +
					strconv.Itoa(digits) + " digits; use sys.set_int_max_str_digits() to increase the limit")
			}
			return n, b, nil
		}
	}
	return 0, nil, ValueError("invalid literal for int() with base " + strconv.Itoa(base) + ": " + truncRepr(s, 200))
}

// truncRepr is CPython's %.200R: repr(s) cut to n code points.
func truncRepr(s string, n int) string {
	r := StrRepr(s)
	if len(r) <= n {
		return r
	}
	i := 0
	for k := 0; k < n && i < len(r); k++ {
		_, size := utf8.DecodeRuneInString(r[i:])
		i += size
	}
	return r[:i]
}

// toASCIINumber maps Unicode whitespace to ' ' and Unicode decimal digits
// to ASCII digits, then strips surrounding whitespace, as CPython does before
// parsing numbers. ok is false when a non-ASCII character is neither.
func toASCIINumber(s string) (string, bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		out := make([]byte, 0, len(s))
		for _, r := range s {
			switch {
			case r < utf8.RuneSelf:
				out = append(out, byte(r))
			case isSpaceRune(r):
				out = append(out, ' ')
			default:
				d := decimalValue(r)
				if d < 0 {
					return "", false
				}
				out = append(out, byte('0'+d))
			}
		}
		s = string(out)
	}
	return trimASCIISpace(s), true
}

func trimASCIISpace(s string) string {
	i, j := 0, len(s)
	for i < j && isASCIISpace(s[i]) {
		i++
	}
	for j > i && isASCIISpace(s[j-1]) {
		j--
	}
	return s[i:j]
}

// isASCIISpace is CPython's Py_ISSPACE (the information separators
// 0x1c-0x1f, which str.isspace accepts, are not stripped by int/float).
func isASCIISpace(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	return false
}

// parseIntASCII parses the stripped ASCII text; digits counts the digits.
func parseIntASCII(s string, base int) (n int64, b *big.Int, digits int, ok bool) {
	i, neg := 0, false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	prefixed := false
	if i+1 < len(s) && s[i] == '0' {
		p := s[i+1] | 0x20
		if (p == 'x' && (base == 16 || base == 0)) || (p == 'o' && (base == 8 || base == 0)) ||
			(p == 'b' && (base == 2 || base == 0)) {
			base = prefixBase(p)
			i += 2
			prefixed = true
		}
	}
	if base == 0 {
		if i < len(s) && s[i] == '0' {
			// Only zeros (and underscores between them) may follow a leading 0.
			for j := i; j < len(s); j++ {
				if s[j] != '0' && s[j] != '_' {
					return 0, nil, 0, false
				}
			}
		}
		base = 10
	}
	clean := make([]byte, 0, len(s)-i+1)
	if neg {
		clean = append(clean, '-')
	}
	prevDigit := prefixed // an underscore may follow a base prefix
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if !prevDigit || i+1 >= len(s) {
				return 0, nil, 0, false
			}
			prevDigit = false
			continue
		}
		if digitVal(c) >= base {
			return 0, nil, 0, false
		}
		clean = append(clean, c)
		digits++
		prevDigit = true
	}
	if digits == 0 || !prevDigit {
		return 0, nil, 0, false
	}
	if v, err := strconv.ParseInt(string(clean), base, 64); err == nil {
		return v, nil, digits, true
	}
	b, okb := new(big.Int).SetString(string(clean), base)
	return 0, b, digits, okb
}

// digitVal returns the value of an ASCII digit or letter, or 99.
func digitVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

func prefixBase(p byte) int {
	switch p {
	case 'x':
		return 16
	case 'o':
		return 8
	}
	return 2
}

// countDigits counts the letters and digits of an ASCII number.
func countDigits(t string) int {
	n := 0
	for i := 0; i < len(t); i++ {
		c := t[i] | 0x20
		if t[i] >= '0' && t[i] <= '9' || c >= 'a' && c <= 'z' {
			n++
		}
	}
	return n
}

// hasBasePrefix reports whether a number (after sign and spaces) starts
// with 0x, 0o or 0b.
func hasBasePrefix(t string) bool {
	t = strings.TrimLeft(t, " \t\n\r\f\v+-")
	return len(t) > 1 && t[0] == '0' && strings.IndexByte("xXoObB", t[1]) >= 0
}
