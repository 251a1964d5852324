package source

import (
	"bytes"
	"math"
	"sort"
	"unicode/utf8"
)

// Lines is a line index for one version of a file's content. It records
// where each line starts and which lines end in "\r\n"; it does not keep
// the content itself. A Lines is immutable and safe for concurrent use.
type Lines struct {
	starts []Offset // starts[i] is the offset of the first byte of line i; starts[0] == 0
	crlf   []uint64 // bit i is set if line i ends in "\r\n"; nil if no line does
	size   Offset   // length of the content
}

// NewLines builds the line index of src. A line ends at "\n", at "\r\n"
// (a single line ending) or at a lone "\r". It panics if src is 2 GiB or
// larger, since offsets are 32-bit.
func NewLines(src []byte) *Lines {
	if len(src) > math.MaxInt32 {
		panic("source: content too large for 32-bit offsets")
	}
	l := &Lines{size: Offset(len(src))}
	if bytes.IndexByte(src, '\r') < 0 {
		// Fast path: only "\n" endings.
		l.starts = make([]Offset, 1, 1+bytes.Count(src, []byte{'\n'}))
		for i := 0; ; {
			j := bytes.IndexByte(src[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			l.starts = append(l.starts, Offset(i))
		}
		return l
	}
	l.starts = make([]Offset, 1, 1+bytes.Count(src, []byte{'\n'})+bytes.Count(src, []byte{'\r'}))
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			l.starts = append(l.starts, Offset(i+1))
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				line := len(l.starts) - 1
				if l.crlf == nil {
					// cap(l.starts) bounds the number of lines.
					l.crlf = make([]uint64, cap(l.starts)/64+1)
				}
				l.crlf[line/64] |= 1 << (line % 64)
				i++
			}
			l.starts = append(l.starts, Offset(i+1))
		}
	}
	return l
}

// Edited returns the line index of old, the content l indexes, with the
// bytes of sp replaced by text, or nil when the edit changes the lines
// themselves: it removes or types a line break, or text right after a
// "\r", which could split a "\r\n" or join a "\r" to a "\n". Otherwise
// the lines are the same ones, those after the edit moved by the change
// in length: a keystroke's index costs a copy of the line starts instead
// of a scan of the whole content.
func (l *Lines) Edited(old []byte, sp Span, text []byte) *Lines {
	if int(l.size) != len(old) || sp.Start < 0 || sp.End < sp.Start || int(sp.End) > len(old) ||
		sp.Start > 0 && old[sp.Start-1] == '\r' ||
		bytes.ContainsAny(old[sp.Start:sp.End], "\r\n") || bytes.ContainsAny(text, "\r\n") ||
		int64(len(old))-int64(sp.Len())+int64(len(text)) > math.MaxInt32 {
		return nil
	}
	delta := Offset(len(text) - sp.Len())
	starts := make([]Offset, len(l.starts))
	copy(starts, l.starts)
	// No line starts inside the removed bytes, which hold no line break.
	first := sort.Search(len(starts), func(i int) bool { return starts[i] > sp.Start })
	for i := first; i < len(starts); i++ {
		starts[i] += delta
	}
	return &Lines{starts: starts, crlf: l.crlf, size: l.size + delta}
}

// Count returns the number of lines. It is one more than the number of
// line endings: an empty file has one line, and content that ends with a
// line ending has an empty last line after it.
func (l *Lines) Count() int { return len(l.starts) }

// Len returns the length in bytes of the indexed content, which is also
// the offset of the end of file.
func (l *Lines) Len() int { return int(l.size) }

// Start returns the offset of the first byte of the 0-based line. A
// negative line is treated as line 0; a line at or past Count yields the
// end of file.
func (l *Lines) Start(line int) Offset {
	if line < 0 {
		return 0
	}
	if line >= len(l.starts) {
		return l.size
	}
	return l.starts[line]
}

// LineOf returns the 0-based line containing off. Offsets inside a line
// terminator belong to the line it ends. An offset below 0 is treated as
// 0 and one above the content length as the content length.
func (l *Lines) LineOf(off Offset) int {
	off = l.clamp(off)
	// Find the first line starting after off; off is on the line before.
	// Invariant: starts[lo-1] <= off (starts[0] == 0) and starts[hi] > off.
	lo, hi := 1, len(l.starts)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if l.starts[mid] <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo - 1
}

// LineSpan returns the span of the 0-based line's content, excluding its
// terminator. The line is clamped to [0, Count-1].
func (l *Lines) LineSpan(line int) Span {
	line = max(0, min(line, len(l.starts)-1))
	start := l.starts[line]
	if line+1 == len(l.starts) {
		return Span{start, l.size}
	}
	end := l.starts[line+1] - 1
	if l.isCRLF(line) {
		end--
	}
	return Span{start, end}
}

// Text returns the content of the 0-based line in src, excluding its
// terminator. The line is clamped as by LineSpan, and src must be the
// content l was built from.
func (l *Lines) Text(src []byte, line int) []byte {
	s := l.LineSpan(line)
	return src[s.Start:s.End:s.End]
}

// Pos returns the human position of off in src: a 1-based line and a
// 1-based column counted in Unicode code points, each byte of invalid
// UTF-8 counting as one column. The offset is clamped as described in the
// package documentation, so the result is always valid, including at the
// end of file and for empty content. src must be the content l was built
// from.
func (l *Lines) Pos(src []byte, off Offset) Pos {
	off = l.clamp(off)
	line := l.LineOf(off)
	s := l.LineSpan(line)
	off = min(off, s.End)
	col := 1
	for i := int(s.Start); i < int(off); {
		_, size := utf8.DecodeRune(src[i:s.End])
		if i+size > int(off) {
			break // off is inside this code point
		}
		i += size
		col++
	}
	return Pos{Line: line + 1, Col: col}
}

func (l *Lines) clamp(off Offset) Offset {
	return max(0, min(off, l.size))
}

func (l *Lines) isCRLF(line int) bool {
	w := line / 64
	return w < len(l.crlf) && l.crlf[w]&(1<<(line%64)) != 0
}
