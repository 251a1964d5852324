package pylib

import "strings"

// window is s[start:end] for the str search methods: CPython's
// ADJUST_INDICES (negative counts from the end, end clamped to the length,
// start left unclamped above) in code points, plus the byte offsets.
type window struct {
	start, end int  // code points; start may exceed the length
	bs, be     int  // byte offsets of start and end (bs valid only if start <= end)
	ascii      bool // byte offsets equal code point offsets
}

// cp converts a byte offset found inside the window to a code point index.
func (w window) cp(s string, i int) int {
	if w.ascii {
		return w.start + i
	}
	return w.start + cpCount(s[w.bs:], i)
}

func adjust(s string, start, end int) window {
	ascii := IsASCII(s)
	n := len(s)
	if !ascii {
		n = Len(s)
	}
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	w := window{start: start, end: end, ascii: ascii}
	if start > end {
		return w
	}
	if ascii {
		w.bs, w.be = start, end
		return w
	}
	w.bs = byteOffset(s, start)
	w.be = w.bs + byteOffset(s[w.bs:], end-start)
	return w
}

// Find returns s.find(sub, start, end): the lowest code point index of sub
// within s[start:end], or -1. Pass 0 and math.MaxInt for omitted bounds.
func Find(s, sub string, start, end int) int {
	w := adjust(s, start, end)
	if w.end-w.start < Len(sub) {
		return -1
	}
	i := strings.Index(s[w.bs:w.be], sub)
	if i < 0 {
		return -1
	}
	return w.cp(s, i)
}

// RFind returns s.rfind(sub, start, end): the highest index, or -1.
func RFind(s, sub string, start, end int) int {
	w := adjust(s, start, end)
	if w.end-w.start < Len(sub) {
		return -1
	}
	i := strings.LastIndex(s[w.bs:w.be], sub)
	if i < 0 {
		return -1
	}
	return w.cp(s, i)
}

// Index is s.index(sub, start, end): Find, but ValueError "substring not
// found" instead of -1.
func Index(s, sub string, start, end int) (int, error) {
	if i := Find(s, sub, start, end); i >= 0 {
		return i, nil
	}
	return 0, ValueError("substring not found")
}

// RIndex is s.rindex(sub, start, end).
func RIndex(s, sub string, start, end int) (int, error) {
	if i := RFind(s, sub, start, end); i >= 0 {
		return i, nil
	}
	return 0, ValueError("substring not found")
}

// Count returns s.count(sub, start, end): non-overlapping occurrences; an
// empty sub counts the positions, one more than the window's length.
func Count(s, sub string, start, end int) int {
	w := adjust(s, start, end)
	if w.end-w.start < Len(sub) {
		return 0
	}
	if sub == "" {
		return w.end - w.start + 1
	}
	return strings.Count(s[w.bs:w.be], sub)
}

// StartsWith returns s.startswith(prefix, start, end).
func StartsWith(s, prefix string, start, end int) bool {
	w := adjust(s, start, end)
	if w.end-w.start < Len(prefix) {
		return false
	}
	return strings.HasPrefix(s[w.bs:w.be], prefix)
}

// EndsWith returns s.endswith(suffix, start, end).
func EndsWith(s, suffix string, start, end int) bool {
	w := adjust(s, start, end)
	if w.end-w.start < Len(suffix) {
		return false
	}
	return strings.HasSuffix(s[w.bs:w.be], suffix)
}

// Replace returns s.replace(old, new, count); count < 0 replaces all. An
// empty old matches before every code point and at the end.
func Replace(s, old, new string, count int) string {
	if old == "" && !IsASCII(s) && strings.IndexByte(s, 0xED) >= 0 {
		return replaceEmptyWTF8(s, new, count)
	}
	return strings.Replace(s, old, new, count)
}

// replaceEmptyWTF8 handles an empty old in strings holding surrogates, which
// strings.Replace would split into single bytes.
func replaceEmptyWTF8(s, new string, count int) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if count != 0 {
			b.WriteString(new)
			count--
		}
		_, size := decodeRune(s, i)
		b.WriteString(s[i : i+size])
		i += size
	}
	if count != 0 {
		b.WriteString(new)
	}
	return b.String()
}

// Partition returns s.partition(sep); an empty sep is ValueError "empty
// separator".
func Partition(s, sep string) (before, match, after string, err error) {
	if sep == "" {
		return "", "", "", ValueError("empty separator")
	}
	i := strings.Index(s, sep)
	if i < 0 {
		return s, "", "", nil
	}
	return s[:i], sep, s[i+len(sep):], nil
}

// RPartition returns s.rpartition(sep).
func RPartition(s, sep string) (before, match, after string, err error) {
	if sep == "" {
		return "", "", "", ValueError("empty separator")
	}
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return "", "", s, nil
	}
	return s[:i], sep, s[i+len(sep):], nil
}

// RemovePrefix returns s.removeprefix(prefix).
func RemovePrefix(s, prefix string) string { return strings.TrimPrefix(s, prefix) }

// RemoveSuffix returns s.removesuffix(suffix).
func RemoveSuffix(s, suffix string) string { return strings.TrimSuffix(s, suffix) }
