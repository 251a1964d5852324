package pylib

import "strings"

// pad returns s with left and right copies of fill around it.
func pad(s string, left, right int, fill rune) string {
	f := string(fill)
	var b strings.Builder
	b.Grow(len(s) + (left+right)*len(f))
	for ; left > 0; left-- {
		b.WriteString(f)
	}
	b.WriteString(s)
	for ; right > 0; right-- {
		b.WriteString(f)
	}
	return b.String()
}

// Center returns s.center(width, fill); when the padding is odd the extra
// fill character goes left if width is odd, as in CPython.
func Center(s string, width int, fill rune) string {
	n := Len(s)
	if width <= n {
		return s
	}
	marg := width - n
	left := marg/2 + (marg & width & 1)
	return pad(s, left, marg-left, fill)
}

// LJust returns s.ljust(width, fill).
func LJust(s string, width int, fill rune) string {
	if n := Len(s); width > n {
		return pad(s, 0, width-n, fill)
	}
	return s
}

// RJust returns s.rjust(width, fill).
func RJust(s string, width int, fill rune) string {
	if n := Len(s); width > n {
		return pad(s, width-n, 0, fill)
	}
	return s
}

// ZFill returns s.zfill(width): zeros on the left, after a leading sign.
func ZFill(s string, width int) string {
	n := Len(s)
	if width <= n {
		return s
	}
	z := strings.Repeat("0", width-n)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return s[:1] + z + s[1:]
	}
	return z + s
}

// ExpandTabs returns s.expandtabs(tabsize): each tab becomes spaces up to
// the next multiple of tabsize (nothing if tabsize <= 0); the column
// restarts after \n and \r.
func ExpandTabs(s string, tabsize int) string {
	if strings.IndexByte(s, '\t') < 0 {
		return s
	}
	var b strings.Builder
	col := 0
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		switch r {
		case '\t':
			if tabsize > 0 {
				n := tabsize - col%tabsize
				col += n
				b.WriteString(strings.Repeat(" ", n))
			}
		case '\n', '\r':
			col = 0
			b.WriteByte(byte(r))
		default:
			col++
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
