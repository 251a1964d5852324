package source

import "unicode/utf8"

// Mapper converts between byte offsets in one version of a file's content
// and LSP positions. It holds the content and its line index; both must be
// treated as immutable. A Mapper is safe for concurrent use.
type Mapper struct {
	src   []byte
	lines *Lines
}

// NewMapper returns a Mapper for src, building its line index. The Mapper
// keeps src without copying it, so the caller must not modify src
// afterwards.
func NewMapper(src []byte) *Mapper {
	return &Mapper{src: src, lines: NewLines(src)}
}

// Edited returns the Mapper of src, the mapper's content with the bytes
// of sp replaced by text, derived from this one without reading src when
// the edit leaves the lines as they were (see Lines.Edited); nil when it
// does not, or when src's length is not that of the edit's result (src
// is not read).
func (m *Mapper) Edited(src []byte, sp Span, text []byte) *Mapper {
	l := m.lines.Edited(m.src, sp, text)
	if l == nil || int(l.size) != len(src) {
		return nil
	}
	return &Mapper{src: src, lines: l}
}

// Lines returns the line index of the mapper's content.
func (m *Mapper) Lines() *Lines { return m.lines }

// Content returns the content the mapper was built from. The caller must
// not modify it.
func (m *Mapper) Content() []byte { return m.src }

// Pos returns the human position (1-based line, 1-based code point column)
// of off, clamped as described in the package documentation.
func (m *Mapper) Pos(off Offset) Pos { return m.lines.Pos(m.src, off) }

// Position returns the LSP position of off: a 0-based line and a character
// counted in UTF-16 code units. An offset inside a code point maps to that
// code point's start, and an offset inside a "\r\n" maps to the end of its
// line; offsets outside the content are clamped to it.
func (m *Mapper) Position(off Offset) Position {
	off = m.lines.clamp(off)
	return m.position(m.lines.LineOf(off), off)
}

// position is Position of off, clamped, on its line.
func (m *Mapper) position(line int, off Offset) Position {
	s := m.lines.LineSpan(line)
	off = min(off, s.End)
	var units uint32
	for i := int(s.Start); i < int(off); {
		if m.src[i] < utf8.RuneSelf { // ASCII, most of any line: one unit
			i++
			units++
			continue
		}
		r, size := utf8.DecodeRune(m.src[i:s.End])
		if i+size > int(off) {
			break // off is inside this code point
		}
		i += size
		units += utf16Len(r)
	}
	return Position{Line: uint32(line), Character: units}
}

// Offset returns the byte offset of the LSP position p. It never panics and
// always returns an offset in [0, len(content)]: a line past the last line
// maps to the end of file, a character past the end of its line maps to
// the end of that line (before the terminator), and a character in the
// middle of a surrogate pair maps to the start of that code point.
func (m *Mapper) Offset(p Position) Offset {
	if uint64(p.Line) >= uint64(m.lines.Count()) {
		return m.lines.size
	}
	s := m.lines.LineSpan(int(p.Line))
	i := int(s.Start)
	var units uint32
	for i < int(s.End) && units < p.Character {
		r, size := utf8.DecodeRune(m.src[i:s.End])
		w := utf16Len(r)
		if units+w > p.Character {
			break // p points into the middle of a surrogate pair
		}
		units += w
		i += size
	}
	return Offset(i)
}

// Range returns the LSP range of s. Each end is converted as by Position;
// if s.End precedes s.Start the ends are swapped, so the result always has
// Start <= End.
func (m *Mapper) Range(s Span) Range {
	if s.End < s.Start {
		s.Start, s.End = s.End, s.Start
	}
	return Range{Start: m.Position(s.Start), End: m.Position(s.End)}
}

// RangeCursor converts spans to LSP ranges as Mapper.Range does, faster
// when each span starts on the line of the one before or shortly after,
// as a file's sorted diagnostics do: it looks for a span's line from the
// last one found before searching the whole index.
type RangeCursor struct {
	m    *Mapper
	line int
}

// Cursor returns a RangeCursor at the start of the content.
func (m *Mapper) Cursor() RangeCursor { return RangeCursor{m: m} }

// Range is m.Range(s).
func (c *RangeCursor) Range(s Span) Range {
	if s.End < s.Start {
		s.Start, s.End = s.End, s.Start
	}
	l := c.m.lines
	start, end := l.clamp(s.Start), l.clamp(s.End)
	c.line = c.lineOf(c.line, start)
	return Range{Start: c.m.position(c.line, start), End: c.m.position(c.lineOf(c.line, end), end)}
}

// lineOf is Lines.LineOf(off), looking first at the few lines from
// line on; off is clamped.
func (c *RangeCursor) lineOf(line int, off Offset) int {
	starts := c.m.lines.starts
	for i := line; i < min(line+4, len(starts)); i++ {
		if starts[i] <= off && (i+1 == len(starts) || off < starts[i+1]) {
			return i
		}
	}
	return c.m.lines.LineOf(off)
}

// Span returns the byte span of the LSP range r. Each end is converted as
// by Offset; if the end offset precedes the start offset (an inverted
// range) the two are swapped, so the result always has Start <= End.
func (m *Mapper) Span(r Range) Span {
	start, end := m.Offset(r.Start), m.Offset(r.End)
	if end < start {
		start, end = end, start
	}
	return Span{Start: start, End: end}
}

// utf16Len returns the number of UTF-16 code units encoding r. Invalid
// UTF-8 decodes to utf8.RuneError and so counts as one unit per byte.
func utf16Len(r rune) uint32 {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// MapperCache holds one Mapper per file name, for callers that convert
// the positions of many diagnostics spread over several files: building a
// line index per position would be quadratic.
type MapperCache map[string]*Mapper

// For returns the Mapper of the named file, building it from src the
// first time.
func (c MapperCache) For(name string, src []byte) *Mapper {
	m := c[name]
	if m == nil {
		m = NewMapper(src)
		c[name] = m
	}
	return m
}
