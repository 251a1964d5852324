package pylib

import (
	"strings"
	"unicode/utf8"
)

// Len returns len(s) in code points.
func Len(s string) int {
	n := utf8.RuneCountInString(s)
	if n == len(s) && IsASCII(s) {
		return n
	}
	// Each WTF-8 surrogate is three invalid bytes to utf8 but one code point.
	for i := strings.IndexByte(s, 0xED); i >= 0 && i+2 < len(s); {
		if s[i+1] >= 0xA0 && s[i+1] <= 0xBF {
			n -= 2
		}
		j := strings.IndexByte(s[i+1:], 0xED)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return n
}

// byteOffset returns the byte offset of code point index cp (0 <= cp <=
// Len(s)) in s.
func byteOffset(s string, cp int) int {
	i := 0
	for ; cp > 0 && i < len(s); cp-- {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := decodeRune(s, i)
		i += size
	}
	return i
}

// cpCount returns the number of code points in s[:b].
func cpCount(s string, b int) int {
	if b == 0 {
		return 0
	}
	return Len(s[:b])
}

// At returns s[i] (negative i counts from the end) or IndexError "string
// index out of range".
func At(s string, i int) (string, error) {
	ascii := IsASCII(s)
	n := len(s)
	if !ascii {
		n = Len(s)
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return "", &Error{Type: "IndexError", Msg: "string index out of range"}
	}
	if ascii {
		return s[i : i+1], nil
	}
	b := byteOffset(s, i)
	_, size := decodeRune(s, b)
	return s[b : b+size], nil
}

// AdjustSlice resolves slice bounds the way CPython's PySlice_AdjustIndices
// does for a sequence of the given length: omitted bounds (has* false) take
// the step's defaults, negative ones count from the end, and everything is
// clamped. It returns the first index, the stop, and the number of items.
func AdjustSlice(length, start, stop, step int, hasStart, hasStop bool) (lo, hi, n int) {
	if step > 0 {
		lo, hi = 0, length
	} else {
		lo, hi = length-1, -1
	}
	if hasStart {
		lo = clampIndex(start, length, step)
	}
	if hasStop {
		hi = clampIndex(stop, length, step)
	}
	if step > 0 && lo < hi {
		n = (hi-lo-1)/step + 1
	} else if step < 0 && hi < lo {
		n = (lo-hi-1)/(-step) + 1
	}
	return lo, hi, n
}

func clampIndex(i, length, step int) int {
	if i < 0 {
		i += length
		if i < 0 {
			if step < 0 {
				return -1
			}
			return 0
		}
		return i
	}
	if i >= length {
		if step < 0 {
			return length - 1
		}
		return length
	}
	return i
}

// Slice returns s[start:stop:step] in code points; omitted bounds have
// has* false. A zero step is ValueError "slice step cannot be zero".
func Slice(s string, start, stop, step int, hasStart, hasStop bool) (string, error) {
	if step == 0 {
		return "", ValueError("slice step cannot be zero")
	}
	ascii := IsASCII(s)
	length := len(s)
	if !ascii {
		length = Len(s)
	}
	lo, _, n := AdjustSlice(length, start, stop, step, hasStart, hasStop)
	if n == 0 {
		return "", nil
	}
	if step == 1 {
		if ascii {
			return s[lo : lo+n], nil
		}
		b := byteOffset(s, lo)
		return s[b : b+byteOffset(s[b:], n)], nil
	}
	if ascii {
		out := make([]byte, n)
		for k := 0; k < n; k++ {
			out[k] = s[lo+k*step]
		}
		return string(out), nil
	}
	offs := Offsets(s)
	out := make([]byte, 0, len(s)/length*n+4)
	for k, i := 0, lo; k < n; k, i = k+1, i+step {
		out = append(out, s[offs[i]:offs[i+1]]...)
	}
	return string(out), nil
}

// Offsets returns the byte offset of every code point of s followed by
// len(s), so offs[i]:offs[i+1] is code point i. An interpreter can keep it
// with a non-ASCII string to index in constant time.
func Offsets(s string) []int {
	offs := make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		offs = append(offs, i)
		_, size := decodeRune(s, i)
		i += size
	}
	return append(offs, len(s))
}
