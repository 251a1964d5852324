package pylib

import (
	"strings"
	"unicode/utf8"
)

// Case conversions use CPython's full mappings (caseMaps, generated from
// CPython), so results may be longer than the input: "ß".upper() is "SS".

// Upper returns s.upper().
func Upper(s string) string {
	if IsASCII(s) {
		return strings.ToUpper(s)
	}
	return mapRunes(s, func(b []byte, r rune, _ string, _ int) []byte {
		if m, ok := caseMaps[r]; ok {
			return append(b, m.upper...)
		}
		return appendRune(b, r)
	})
}

// Lower returns s.lower(), including the final-sigma rule.
func Lower(s string) string {
	if IsASCII(s) {
		return strings.ToLower(s)
	}
	return mapRunes(s, func(b []byte, r rune, s string, i int) []byte { return appendLower(b, r, s, i) })
}

// appendLower appends the lowercase of r at byte i of s: a capital sigma
// becomes final sigma at the end of a word.
func appendLower(b []byte, r rune, s string, i int) []byte {
	if r == 'Σ' {
		if finalSigma(s, i) {
			return append(b, "ς"...)
		}
		return append(b, "σ"...)
	}
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			r += 32
		}
		return append(b, byte(r))
	}
	if m, ok := caseMaps[r]; ok {
		return append(b, m.lower...)
	}
	return appendRune(b, r)
}

// finalSigma applies Unicode's Final_Sigma condition to the sigma at byte
// i: a cased letter before it and none after it, skipping case-ignorable
// code points in both directions.
func finalSigma(s string, i int) bool {
	j := i
	before := false
	for j > 0 {
		k := j - 1
		for k > 0 && s[k]&0xC0 == 0x80 {
			k--
		}
		r, _ := decodeRune(s, k)
		j = k
		if !caseIgnorable(r) {
			before = isCasedRune(r)
			break
		}
	}
	if !before {
		return false
	}
	for j = i + len("Σ"); j < len(s); {
		r, size := decodeRune(s, j)
		j += size
		if !caseIgnorable(r) {
			return !isCasedRune(r)
		}
	}
	return true
}

// caseIgnorable reports Unicode's Case_Ignorable property (generated from
// CPython's final-sigma behaviour).
func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`':
		return true
	}
	return r >= 0x80 && inRanges(caseIgnorableRanges, r)
}

// Casefold returns s.casefold().
func Casefold(s string) string {
	if IsASCII(s) {
		return strings.ToLower(s)
	}
	return mapRunes(s, func(b []byte, r rune, _ string, _ int) []byte {
		if m, ok := caseMaps[r]; ok {
			return append(b, m.fold...)
		}
		return appendRune(b, r)
	})
}

// SwapCase returns s.swapcase().
func SwapCase(s string) string {
	if IsASCII(s) {
		b := []byte(s)
		for i, c := range b {
			if c >= 'a' && c <= 'z' {
				b[i] = c - 32
			} else if c >= 'A' && c <= 'Z' {
				b[i] = c + 32
			}
		}
		return string(b)
	}
	return mapRunes(s, func(b []byte, r rune, s string, i int) []byte {
		switch {
		case isUpperRune(r):
			return appendLower(b, r, s, i)
		case isLowerRune(r):
			return appendUpper(b, r)
		}
		return appendRune(b, r)
	})
}

func appendUpper(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if r >= 'a' && r <= 'z' {
			r -= 32
		}
		return append(b, byte(r))
	}
	if m, ok := caseMaps[r]; ok {
		return append(b, m.upper...)
	}
	return appendRune(b, r)
}

func appendTitle(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		return appendUpper(b, r)
	}
	if m, ok := caseMaps[r]; ok {
		return append(b, m.title...)
	}
	return appendRune(b, r)
}

// Capitalize returns s.capitalize(): the first code point titlecased, the
// rest lowercased.
func Capitalize(s string) string {
	if IsASCII(s) {
		b := []byte(s)
		for i, c := range b {
			if i == 0 {
				b[i] = upperASCII(c)
			} else {
				b[i] = lowerASCII(c)
			}
		}
		return string(b)
	}
	return mapRunes(s, func(b []byte, r rune, s string, i int) []byte {
		if i == 0 {
			return appendTitle(b, r)
		}
		return appendLower(b, r, s, i)
	})
}

// Title returns s.title(): a code point following a cased one is
// lowercased, any other is titlecased.
func Title(s string) string {
	if IsASCII(s) {
		return mapASCII(s, func(c byte, first bool) byte {
			if first {
				return upperASCII(c)
			}
			return lowerASCII(c)
		})
	}
	prevCased := false
	return mapRunes(s, func(b []byte, r rune, s string, i int) []byte {
		if prevCased {
			b = appendLower(b, r, s, i)
		} else {
			b = appendTitle(b, r)
		}
		prevCased = isCasedRune(r)
		return b
	})
}

// mapRunes builds a string from f applied to each code point of s (with
// the code point's byte offset, for context-sensitive mappings).
func mapRunes(s string, f func(b []byte, r rune, s string, i int) []byte) string {
	b := make([]byte, 0, len(s)+len(s)/4)
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		b = f(b, r, s, i)
		i += size
	}
	return string(b)
}

func upperASCII(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

// mapASCII maps each byte of an ASCII string; first tells f whether the
// byte starts a word (follows a byte that is not a letter), for Title.
func mapASCII(s string, f func(c byte, first bool) byte) string {
	b := []byte(s)
	prevCased := false
	for i, c := range b {
		b[i] = f(c, !prevCased)
		prevCased = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	return string(b)
}
