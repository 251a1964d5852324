package pylib

import "unicode/utf8"

// allRunes reports whether s is non-empty and every code point satisfies f.
func allRunes(s string, f func(rune) bool) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		if !f(r) {
			return false
		}
		i += size
	}
	return true
}

// IsDigit returns s.isdigit().
func IsDigit(s string) bool { return allRunes(s, isDigitRune) }

func isDigitRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9'
	}
	return inRanges(digitRanges, r)
}

// IsDecimal returns s.isdecimal().
func IsDecimal(s string) bool { return allRunes(s, func(r rune) bool { return decimalValue(r) >= 0 }) }

// IsNumeric returns s.isnumeric().
func IsNumeric(s string) bool { return allRunes(s, isNumericRune) }

func isNumericRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9'
	}
	return inRanges(numericRanges, r)
}

// IsAlpha returns s.isalpha().
func IsAlpha(s string) bool { return allRunes(s, isAlphaRune) }

// IsAlnum returns s.isalnum(): every code point is alphabetic, decimal,
// digit or numeric.
func IsAlnum(s string) bool {
	return allRunes(s, func(r rune) bool { return isAlphaRune(r) || isNumericRune(r) || isDigitRune(r) })
}

// IsSpace returns s.isspace().
func IsSpace(s string) bool { return allRunes(s, isSpaceRune) }

// IsUpper returns s.isupper(): at least one cased code point and no
// lowercase or titlecase ones.
func IsUpper(s string) bool {
	cased := false
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		i += size
		if isLowerRune(r) || isTitleRune(r) {
			return false
		}
		if isUpperRune(r) {
			cased = true
		}
	}
	return cased
}

// IsLower returns s.islower().
func IsLower(s string) bool {
	cased := false
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		i += size
		if isUpperRune(r) || isTitleRune(r) {
			return false
		}
		if isLowerRune(r) {
			cased = true
		}
	}
	return cased
}

// IsTitle returns s.istitle(): uppercase and titlecase code points only
// after uncased ones, lowercase only after cased ones, and at least one
// cased code point.
func IsTitle(s string) bool {
	cased, prevCased := false, false
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		i += size
		switch {
		case isUpperRune(r) || isTitleRune(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case isLowerRune(r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// IsIdentifier returns s.isidentifier(): XID_Start or '_' first, then
// XID_Continue (keywords count as identifiers, as in CPython).
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		if r < utf8.RuneSelf {
			ok := r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9'
			if !ok {
				return false
			}
		} else if i == 0 && !inRanges(xidStartRanges, r) || i > 0 && !inRanges(xidContinueRanges, r) {
			return false
		}
		i += size
	}
	return true
}

// IsPrintable returns s.isprintable() (true for the empty string).
func IsPrintable(s string) bool { return s == "" || allRunes(s, isPrintableRune) }
