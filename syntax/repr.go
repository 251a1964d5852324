package syntax

import (
	"unicode"
	"unicode/utf8"
)

// This file renders str and bytes values the way CPython's repr does.
//
// Str values are Go strings holding UTF-8, except that lone surrogates (from
// escapes such as "\ud800") are stored as three-byte WTF-8 sequences
// (0xED 0xA0-0xBF 0x80-0xBF); they print as \udXXX escapes. Bytes values hold
// one Go byte per Python byte.

const lowerHex = "0123456789abcdef"

// AppendStrRepr appends repr(s) for the Python str s: single quotes unless s
// contains a single quote and no double quote; backslash, the quote, \t, \n
// and \r escaped; other characters that are not printable escaped as \xNN,
// \uNNNN or \UNNNNNNNN. Printable characters are those of the Unicode
// categories L, M, N, P and S, plus the ASCII space, according to Go's
// Unicode tables (Unicode 15.0.0, the version CPython 3.12 uses).
func AppendStrRepr(dst []byte, s string) []byte {
	return appendStrRepr(dst, s, false)
}

// StrRepr returns repr(s) for the Python str s; see AppendStrRepr.
func StrRepr(s string) string {
	return string(AppendStrRepr(make([]byte, 0, len(s)+2), s))
}

// AppendBytesRepr appends repr(b) for the Python bytes value b (one Go byte
// per Python byte): b'...' with the same choice of quotes as for str,
// backslash, the quote, \t, \n and \r escaped, and all other bytes outside
// 0x20-0x7e written as \xNN.
func AppendBytesRepr(dst []byte, b string) []byte {
	quote := chooseQuote(b)
	dst = append(dst, 'b', quote)
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == quote || c == '\\':
			dst = append(dst, '\\', c)
		case c == '\t':
			dst = append(dst, '\\', 't')
		case c == '\n':
			dst = append(dst, '\\', 'n')
		case c == '\r':
			dst = append(dst, '\\', 'r')
		case c < 0x20 || c >= 0x7f:
			dst = append(dst, '\\', 'x', lowerHex[c>>4], lowerHex[c&15])
		default:
			dst = append(dst, c)
		}
	}
	return append(dst, quote)
}

// BytesRepr returns repr(b) for the Python bytes value b; see
// AppendBytesRepr.
func BytesRepr(b string) string {
	return string(AppendBytesRepr(make([]byte, 0, len(b)+3), b))
}

// chooseQuote returns the quote character CPython's repr uses for s: a double
// quote if s contains a single quote and no double quote, else a single one.
func chooseQuote(s string) byte {
	single, double := false, false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\'':
			single = true
		case '"':
			double = true
		}
	}
	if single && !double {
		return '"'
	}
	return '\''
}

// appendStrRepr implements AppendStrRepr; with unicode14 set it treats the
// characters that Unicode 15.0 added as unassigned, as CPython 3.11 (whose
// database is Unicode 14.0.0) does.
func appendStrRepr(dst []byte, s string, unicode14 bool) []byte {
	quote := chooseQuote(s)
	dst = append(dst, quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == quote || c == '\\':
				dst = append(dst, '\\', c)
			case c == '\t':
				dst = append(dst, '\\', 't')
			case c == '\n':
				dst = append(dst, '\\', 'n')
			case c == '\r':
				dst = append(dst, '\\', 'r')
			case c < 0x20 || c == 0x7f:
				dst = append(dst, '\\', 'x', lowerHex[c>>4], lowerHex[c&15])
			default:
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			if c == 0xED && i+2 < len(s) && s[i+1]&0xE0 == 0xA0 && s[i+2]&0xC0 == 0x80 {
				// WTF-8 encoded lone surrogate U+D800-U+DFFF.
				r = 0xD000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
				dst = appendUEscape(dst, r)
				i += 3
				continue
			}
			// Not valid UTF-8 or WTF-8: no Python str holds this, so show
			// the raw byte.
			dst = append(dst, '\\', 'x', lowerHex[c>>4], lowerHex[c&15])
			i++
			continue
		}
		if unicode.IsPrint(r) && !(unicode14 && addedInUnicode15(r)) {
			dst = append(dst, s[i:i+size]...)
		} else {
			dst = appendUEscape(dst, r)
		}
		i += size
	}
	return append(dst, quote)
}

// appendUEscape appends the escape CPython's repr uses for the non-ASCII,
// non-printable character r: \xNN, \uNNNN or \UNNNNNNNN.
func appendUEscape(dst []byte, r rune) []byte {
	switch {
	case r < 0x100:
		return append(dst, '\\', 'x', lowerHex[r>>4], lowerHex[r&15])
	case r < 0x10000:
		return append(dst, '\\', 'u',
			lowerHex[r>>12&15], lowerHex[r>>8&15], lowerHex[r>>4&15], lowerHex[r&15])
	}
	return append(dst, '\\', 'U',
		lowerHex[r>>28&15], lowerHex[r>>24&15], lowerHex[r>>20&15], lowerHex[r>>16&15],
		lowerHex[r>>12&15], lowerHex[r>>8&15], lowerHex[r>>4&15], lowerHex[r&15])
}

// unicode15Printable lists the ranges of characters that are printable in
// Unicode 15.0.0 (Go's tables, CPython 3.12) but unassigned, hence escaped by
// repr, in Unicode 14.0.0 (CPython 3.11). It was computed by comparing
// str.isprintable in CPython 3.11.7 with unicode.IsPrint in Go 1.26 over all
// code points.
var unicode15Printable = [...][2]rune{
	{0x0CF3, 0x0CF3}, {0x0ECE, 0x0ECE}, {0x10EFD, 0x10EFF}, {0x1123F, 0x11241},
	{0x11B00, 0x11B09}, {0x11F00, 0x11F10}, {0x11F12, 0x11F3A}, {0x11F3E, 0x11F59},
	{0x1342F, 0x1342F}, {0x13440, 0x13455}, {0x1B132, 0x1B132}, {0x1B155, 0x1B155},
	{0x1D2C0, 0x1D2D3}, {0x1DF25, 0x1DF2A}, {0x1E030, 0x1E06D}, {0x1E08F, 0x1E08F},
	{0x1E4D0, 0x1E4F9}, {0x1F6DC, 0x1F6DC}, {0x1F774, 0x1F776}, {0x1F77B, 0x1F77F},
	{0x1F7D9, 0x1F7D9}, {0x1FA75, 0x1FA77}, {0x1FA87, 0x1FA88}, {0x1FAAD, 0x1FAAF},
	{0x1FABB, 0x1FABD}, {0x1FABF, 0x1FABF}, {0x1FACE, 0x1FACF}, {0x1FADA, 0x1FADB},
	{0x1FAE8, 0x1FAE8}, {0x1FAF7, 0x1FAF8}, {0x2B739, 0x2B739}, {0x31350, 0x323AF},
}

// addedInUnicode15 reports whether r lies in unicode15Printable.
func addedInUnicode15(r rune) bool {
	if r < 0x0CF3 {
		return false
	}
	lo, hi := 0, len(unicode15Printable)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch {
		case r < unicode15Printable[m][0]:
			hi = m
		case r > unicode15Printable[m][1]:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}
