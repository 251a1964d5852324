package source

import (
	"math"
	"slices"
	"testing"
)

// Test contents. Each contains é (2 bytes, 1 UTF-16 unit), 😀 (4 bytes,
// 2 units), a tab and a CRLF; byte offsets are noted beside each.
const (
	// a0 \t1 é2-3 😀4-7 b8 \r9 \n10 x11 EOF12 (no trailing newline)
	srcBasic = "a\té😀b\r\nx"
	// 😀0-3 \r4(lone) \t5 é6-7 \r8 \n9 EOF10 (trailing newline)
	srcLoneCR = "😀\r\té\r\n"
	// \xe2 0 \x82 1 (truncated sequence: 2 invalid bytes) \t2 é3-4 \r5 \n6 😀7-10 \xff11 EOF12
	srcInvalid = "\xe2\x82\té\r\n😀\xff"
)

func TestMapperPosition(t *testing.T) {
	tests := []struct {
		name string
		src  string
		off  Offset
		want Position
		pos  Pos
	}{
		{"start", srcBasic, 0, Position{0, 0}, Pos{1, 1}},
		{"tab", srcBasic, 1, Position{0, 1}, Pos{1, 2}},
		{"é", srcBasic, 2, Position{0, 2}, Pos{1, 3}},
		{"inside é", srcBasic, 3, Position{0, 2}, Pos{1, 3}},
		{"😀", srcBasic, 4, Position{0, 3}, Pos{1, 4}},
		{"inside 😀", srcBasic, 6, Position{0, 3}, Pos{1, 4}},
		{"after 😀", srcBasic, 8, Position{0, 5}, Pos{1, 5}},
		{"CR of CRLF", srcBasic, 9, Position{0, 6}, Pos{1, 6}},
		{"between CR and LF", srcBasic, 10, Position{0, 6}, Pos{1, 6}},
		{"after CRLF", srcBasic, 11, Position{1, 0}, Pos{2, 1}},
		{"EOF without newline", srcBasic, 12, Position{1, 1}, Pos{2, 2}},
		{"past EOF", srcBasic, 13, Position{1, 1}, Pos{2, 2}},
		{"far past EOF", srcBasic, math.MaxInt32, Position{1, 1}, Pos{2, 2}},
		{"negative", srcBasic, -1, Position{0, 0}, Pos{1, 1}},
		{"very negative", srcBasic, math.MinInt32, Position{0, 0}, Pos{1, 1}},

		{"inside leading 😀", srcLoneCR, 2, Position{0, 0}, Pos{1, 1}},
		{"lone CR", srcLoneCR, 4, Position{0, 2}, Pos{1, 2}},
		{"after lone CR", srcLoneCR, 5, Position{1, 0}, Pos{2, 1}},
		{"é after tab", srcLoneCR, 6, Position{1, 1}, Pos{2, 2}},
		{"inside é after tab", srcLoneCR, 7, Position{1, 1}, Pos{2, 2}},
		{"CRLF at end", srcLoneCR, 8, Position{1, 2}, Pos{2, 3}},
		{"inside CRLF at end", srcLoneCR, 9, Position{1, 2}, Pos{2, 3}},
		{"EOF after newline", srcLoneCR, 10, Position{2, 0}, Pos{3, 1}},
		{"past EOF after newline", srcLoneCR, 99, Position{2, 0}, Pos{3, 1}},

		{"invalid byte", srcInvalid, 1, Position{0, 1}, Pos{1, 2}},
		{"tab after invalid", srcInvalid, 2, Position{0, 2}, Pos{1, 3}},
		{"inside é after invalid", srcInvalid, 4, Position{0, 3}, Pos{1, 4}},
		{"CRLF after invalid", srcInvalid, 6, Position{0, 4}, Pos{1, 5}},
		{"inside 😀 line 2", srcInvalid, 9, Position{1, 0}, Pos{2, 1}},
		{"trailing invalid", srcInvalid, 11, Position{1, 2}, Pos{2, 2}},
		{"EOF after invalid", srcInvalid, 12, Position{1, 3}, Pos{2, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := NewMapper([]byte(tt.src))
			if got := m.Position(tt.off); got != tt.want {
				t.Errorf("Position(%d) = %v, want %v", tt.off, got, tt.want)
			}
			if got := m.Pos(tt.off); got != tt.pos {
				t.Errorf("Pos(%d) = %v, want %v", tt.off, got, tt.pos)
			}
		})
	}
}

func TestMapperOffset(t *testing.T) {
	const maxU = math.MaxUint32
	tests := []struct {
		name string
		src  string
		p    Position
		want Offset
	}{
		{"start", srcBasic, Position{0, 0}, 0},
		{"é", srcBasic, Position{0, 2}, 2},
		{"😀", srcBasic, Position{0, 3}, 4},
		{"middle of surrogate pair", srcBasic, Position{0, 4}, 4},
		{"after 😀", srcBasic, Position{0, 5}, 8},
		{"line end before CRLF", srcBasic, Position{0, 6}, 9},
		{"past line end", srcBasic, Position{0, 7}, 9},
		{"huge character", srcBasic, Position{0, maxU}, 9},
		{"second line", srcBasic, Position{1, 0}, 11},
		{"EOF", srcBasic, Position{1, 1}, 12},
		{"past last line end", srcBasic, Position{1, 5}, 12},
		{"line past end", srcBasic, Position{2, 0}, 12},
		{"huge line and character", srcBasic, Position{maxU, maxU}, 12},

		{"leading surrogate middle", srcLoneCR, Position{0, 1}, 0},
		{"before lone CR", srcLoneCR, Position{0, 2}, 4},
		{"past end before lone CR", srcLoneCR, Position{0, 3}, 4},
		{"tab after lone CR", srcLoneCR, Position{1, 0}, 5},
		{"é after tab", srcLoneCR, Position{1, 1}, 6},
		{"before final CRLF", srcLoneCR, Position{1, 2}, 8},
		{"past end before final CRLF", srcLoneCR, Position{1, 9}, 8},
		{"empty last line", srcLoneCR, Position{2, 0}, 10},
		{"past end of empty last line", srcLoneCR, Position{2, 4}, 10},
		{"line past end after newline", srcLoneCR, Position{3, 0}, 10},

		{"second invalid byte", srcInvalid, Position{0, 1}, 1},
		{"é after invalid", srcInvalid, Position{0, 3}, 3},
		{"CRLF after invalid", srcInvalid, Position{0, 4}, 5},
		{"inside 😀 line 2", srcInvalid, Position{1, 1}, 7},
		{"trailing invalid", srcInvalid, Position{1, 2}, 11},
		{"EOF after invalid", srcInvalid, Position{1, 3}, 12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := NewMapper([]byte(tt.src))
			if got := m.Offset(tt.p); got != tt.want {
				t.Errorf("Offset(%v) = %d, want %d", tt.p, got, tt.want)
			}
		})
	}
}

func TestMapperEmpty(t *testing.T) {
	for _, src := range [][]byte{nil, {}} {
		m := NewMapper(src)
		if got := m.Lines().Count(); got != 1 {
			t.Errorf("Count() = %d, want 1", got)
		}
		for _, off := range []Offset{-1, 0, 1, math.MaxInt32} {
			if got := m.Position(off); got != (Position{}) {
				t.Errorf("Position(%d) = %v, want 0:0", off, got)
			}
			if got := m.Pos(off); got != (Pos{1, 1}) {
				t.Errorf("Pos(%d) = %v, want 1:1", off, got)
			}
		}
		for _, p := range []Position{{0, 0}, {0, 7}, {3, 3}, {math.MaxUint32, math.MaxUint32}} {
			if got := m.Offset(p); got != 0 {
				t.Errorf("Offset(%v) = %d, want 0", p, got)
			}
		}
		if got := m.Range(Span{0, 5}); got != (Range{}) {
			t.Errorf("Range(0-5) = %v, want zero range", got)
		}
		if got := m.Span(Range{End: Position{2, 2}}); got != (Span{}) {
			t.Errorf("Span(0:0-2:2) = %v, want zero span", got)
		}
	}
}

func TestMapperRangeSpan(t *testing.T) {
	m := NewMapper([]byte(srcBasic))
	spans := []struct {
		s    Span
		want Range
	}{
		{Span{2, 12}, Range{Position{0, 2}, Position{1, 1}}},
		{Span{12, 2}, Range{Position{0, 2}, Position{1, 1}}}, // inverted: swapped
		{Span{3, 6}, Range{Position{0, 2}, Position{0, 3}}},  // inside é and 😀
		{Span{1, 10}, Range{Position{0, 1}, Position{0, 6}}}, // ends inside CRLF
		{Span{-4, 99}, Range{Position{0, 0}, Position{1, 1}}},
		{Span{8, 8}, Range{Position{0, 5}, Position{0, 5}}},
	}
	for _, tt := range spans {
		if got := m.Range(tt.s); got != tt.want {
			t.Errorf("Range(%v) = %v, want %v", tt.s, got, tt.want)
		}
	}
	ranges := []struct {
		r    Range
		want Span
	}{
		{Range{Position{0, 2}, Position{1, 1}}, Span{2, 12}},
		{Range{Position{1, 1}, Position{0, 2}}, Span{2, 12}}, // inverted: swapped
		{Range{Position{0, 4}, Position{0, 99}}, Span{4, 9}}, // surrogate middle, past line end
		{Range{Position{0, 9}, Position{1, 0}}, Span{9, 11}},
		{Range{Position{1, 0}, Position{0, 9}}, Span{9, 11}}, // inverted after clamping
		{Range{Position{5, 0}, Position{0, 0}}, Span{0, 12}},
	}
	for _, tt := range ranges {
		if got := m.Span(tt.r); got != tt.want {
			t.Errorf("Span(%v) = %v, want %v", tt.r, got, tt.want)
		}
	}
}

// roundTripSources are checked offset by offset against the reference scan.
var roundTripSources = []string{
	"",
	srcBasic,
	srcLoneCR,
	srcInvalid,
	"é😀\t\r\n",
	"\r\n\r\n\té😀",
	"\r\r\n\n\t😀😀éé\r",
	"def f(x):\r\n\treturn 'é' + \"😀\"\n\n# ok\r",
	"\xf0\x9f\x98\té\r\n😀\xed\xa0\x80\xef\xbf\xbd", // truncated 😀, encoded surrogate, real U+FFFD
	"𝔘𝔫𝔦\tcode\r\nè\u0301😀\u200d😀\n",
	"\U00010000\uffff\U0010ffff\u0080\u07ff\u0800\t\r\né😀", // UTF-8 and UTF-16 length boundaries
}

func TestMapperRoundTrip(t *testing.T) {
	for _, s := range roundTripSources {
		src := []byte(s)
		m := NewMapper(src)
		ref := reference(src)
		for off := range Offset(len(src) + 1) {
			want := ref.offs[off]
			p := m.Position(off)
			if p != want.pos {
				t.Errorf("%q: Position(%d) = %v, want %v", s, off, p, want.pos)
			}
			if got := m.Pos(off); got != want.hpos {
				t.Errorf("%q: Pos(%d) = %v, want %v", s, off, got, want.hpos)
			}
			if got := m.Offset(p); got != want.canon {
				t.Errorf("%q: Offset(Position(%d)) = %d, want %d", s, off, got, want.canon)
			}
			if want.canon == off {
				// A boundary: the position must map back exactly too.
				if got := m.Position(m.Offset(p)); got != p {
					t.Errorf("%q: Position(Offset(%v)) = %v", s, p, got)
				}
			}
		}
	}
}

func TestMapperNoAllocs(t *testing.T) {
	src := []byte(srcBasic + "\n" + srcInvalid)
	m := NewMapper(src)
	var sink int
	allocs := testing.AllocsPerRun(100, func() {
		for off := range Offset(len(src) + 1) {
			p := m.Position(off)
			sink += int(m.Offset(p))
			sink += m.Pos(off).Col
			sink += m.Lines().LineOf(off)
			r := m.Range(Span{0, off})
			sink += m.Span(r).Len()
		}
	})
	if allocs != 0 {
		t.Errorf("conversions allocated %v times per run, want 0", allocs)
	}
	_ = sink
}

func TestMapperContent(t *testing.T) {
	src := []byte(srcBasic)
	m := NewMapper(src)
	if got := m.Content(); &got[0] != &src[0] || len(got) != len(src) {
		t.Errorf("Content() does not return the mapper's src")
	}
	if got, want := string(m.Lines().Text(m.Content(), 0)), "a\té😀b"; got != want {
		t.Errorf("Text(0) = %q, want %q", got, want)
	}
}

func BenchmarkNewLines(b *testing.B) {
	src := []byte(benchSource())
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		NewLines(src)
	}
}

func BenchmarkPosition(b *testing.B) {
	src := []byte(benchSource())
	m := NewMapper(src)
	n := Offset(len(src))
	var off Offset
	for b.Loop() {
		m.Offset(m.Position(off))
		off = (off + 7919) % n
	}
}

func benchSource() string {
	line := "    x = compute(é, '😀')\t# comment\r\n"
	s := ""
	for range 2000 {
		s += line
	}
	return s
}

// TestRangeCursor checks that a cursor converts every span of every
// round-trip source as Mapper.Range does, in sorted order (the cursor's
// fast path), in reverse (its fallback) and with the ends swapped.
func TestRangeCursor(t *testing.T) {
	for _, s := range roundTripSources {
		src := []byte(s)
		m := NewMapper(src)
		n := Offset(len(src))
		var spans []Span
		for a := Offset(-1); a <= n+1; a++ {
			for b := a; b <= n+2; b++ {
				spans = append(spans, Span{a, b})
			}
		}
		check := func(order string, spans []Span) {
			c := m.Cursor()
			for _, sp := range spans {
				if got, want := c.Range(sp), m.Range(sp); got != want {
					t.Fatalf("%q (%s): cursor Range(%v) = %v, want %v", s, order, sp, got, want)
				}
			}
		}
		check("sorted", spans)
		rev := slices.Clone(spans)
		slices.Reverse(rev)
		check("reversed", rev)
		for i := range rev {
			rev[i].Start, rev[i].End = rev[i].End, rev[i].Start
		}
		check("swapped", rev)
	}
}
