package pylib

import "unicode/utf8"

const hexDigits = "0123456789abcdef"

// StrRepr returns repr(s): single quotes unless s contains a single quote
// and no double quote; \\, the quote, \t, \n and \r escaped; other
// non-printable code points (per CPython 3.11's str.isprintable) escaped as
// \xNN, \uNNNN or \UNNNNNNNN.
func StrRepr(s string) string {
	return string(AppendStrRepr(make([]byte, 0, len(s)+2), s, false))
}

// ASCIIRepr returns ascii(s): repr with every non-ASCII code point escaped.
func ASCIIRepr(s string) string {
	return string(AppendStrRepr(make([]byte, 0, len(s)+2), s, true))
}

// AppendStrRepr appends repr(s), or ascii(s) when ascii is true, to dst.
func AppendStrRepr(dst []byte, s string, ascii bool) []byte {
	quote := byte('\'')
	if hasByte(s, '\'') && !hasByte(s, '"') {
		quote = '"'
	}
	dst = append(dst, quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				dst = append(dst, '\\', c)
			case c == '\t':
				dst = append(dst, '\\', 't')
			case c == '\n':
				dst = append(dst, '\\', 'n')
			case c == '\r':
				dst = append(dst, '\\', 'r')
			case c < ' ' || c == 0x7f:
				dst = append(dst, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
			default:
				dst = append(dst, c)
			}
			continue
		}
		r, size := decodeRune(s, i)
		switch {
		case !ascii && isPrintableRune(r):
			dst = append(dst, s[i:i+size]...)
		case r <= 0xff:
			dst = append(dst, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
		case r <= 0xffff:
			dst = append(dst, '\\', 'u')
			dst = appendHex(dst, uint32(r), 4)
		default:
			dst = append(dst, '\\', 'U')
			dst = appendHex(dst, uint32(r), 8)
		}
		i += size
	}
	return append(dst, quote)
}

func appendHex(dst []byte, v uint32, n int) []byte {
	for k := n - 1; k >= 0; k-- {
		dst = append(dst, hexDigits[(v>>(4*uint(k)))&15])
	}
	return dst
}

func hasByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}
