package pylib

import (
	"sort"
	"unicode/utf8"
)

// runeRange is an inclusive range of code points in a generated table.
type runeRange struct{ lo, hi rune }

// caseMap holds the full case mappings of one code point (generated from
// CPython, so multi-character results such as "ß".upper() == "SS" and the
// casefold exceptions are exact).
type caseMap struct{ upper, lower, title, fold string }

// inRanges reports whether r lies in one of the sorted ranges.
func inRanges(t []runeRange, r rune) bool {
	i := sort.Search(len(t), func(i int) bool { return t[i].hi >= r })
	return i < len(t) && t[i].lo <= r
}

// decimalValue returns the digit value of a Unicode decimal (category Nd)
// or -1. Decimal digits come in contiguous runs of ten starting at zero.
func decimalValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	i := sort.Search(len(decimalRanges), func(i int) bool { return decimalRanges[i].hi >= r })
	if i < len(decimalRanges) && decimalRanges[i].lo <= r {
		return int(r-decimalRanges[i].lo) % 10
	}
	return -1
}

// isSpaceRune is str.isspace for one code point.
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	switch r {
	case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// asciiSpace marks the ASCII characters str.isspace accepts, which include
// the information separators 0x1c-0x1f.
var asciiSpace = [128]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true,
	0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true}

// isLineBreak reports whether r ends a line for str.splitlines.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func isLowerRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z'
	}
	return inRanges(lowerRanges, r)
}

func isUpperRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'A' && r <= 'Z'
	}
	return inRanges(upperRanges, r)
}

func isTitleRune(r rune) bool { return r >= 0x1C5 && inRanges(titleRanges, r) }

func isCasedRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return inRanges(casedRanges, r)
}

func isAlphaRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return inRanges(alphaRanges, r)
}

func isPrintableRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= ' ' && r < 0x7f
	}
	return inRanges(printableRanges, r)
}

// decodeRune decodes the code point at s[i:], treating the three-byte WTF-8
// encoding of a lone surrogate as one code point (utf8 would see three
// invalid bytes). Invalid bytes decode as U+FFFD of size 1.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2] >= 0x80 && s[i+2] <= 0xBF {
		return 0xD000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// appendRune appends r, writing surrogates in WTF-8.
func appendRune(dst []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(dst, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(dst, r)
}

// IsASCII reports whether s is all ASCII (str.isascii); ASCII strings take
// the byte-indexed fast paths.
func IsASCII(s string) bool {
	i := 0
	// Eight bytes at a time; the compiler merges the loads into one.
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
