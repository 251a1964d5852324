package source

import (
	"math"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// FuzzMapper checks Lines and Mapper against the reference scan for
// arbitrary content, and checks that Offset accepts any Position.
func FuzzMapper(f *testing.F) {
	for _, s := range roundTripSources {
		f.Add([]byte(s), uint32(0), uint32(0))
	}
	f.Add([]byte(srcBasic), uint32(0), uint32(4))   // middle of surrogate pair
	f.Add([]byte(srcBasic), uint32(0), uint32(100)) // past line end
	f.Add([]byte(srcBasic), uint32(9), uint32(0))   // line past end
	f.Add([]byte(srcLoneCR), uint32(1), uint32(2))  // before CRLF
	f.Add([]byte(srcInvalid), uint32(1), uint32(3)) // end of file
	f.Add([]byte("\r\n"), uint32(math.MaxUint32), uint32(math.MaxUint32))
	f.Add([]byte("\r"), uint32(1), uint32(0))
	f.Add([]byte("\n\r"), uint32(2), uint32(1))
	f.Add([]byte("\xf4\x90\x80\x80\t\r\n😀"), uint32(1), uint32(1)) // out-of-range code point

	f.Fuzz(func(t *testing.T, src []byte, line, char uint32) {
		// Checking every offset costs O(len * line length); keep inputs
		// small so the fuzzer stays fast. The properties are local, so
		// longer inputs would add little.
		if len(src) > 256 {
			src = src[:256]
		}
		m := NewMapper(src)
		l := m.Lines()
		n := Offset(len(src))
		ref := reference(src)

		if got, want := l.Count(), len(ref.starts); got != want {
			t.Fatalf("Count() = %d, want %d", got, want)
		}
		for i := range ref.starts {
			if got, want := l.LineSpan(i), (Span{ref.starts[i], ref.ends[i]}); got != want {
				t.Fatalf("LineSpan(%d) = %v, want %v", i, got, want)
			}
		}

		prevLine := 0
		for off := Offset(0); off <= n; off++ {
			want := ref.offs[off]

			// LineOf is monotonic and consistent with Start.
			ln := l.LineOf(off)
			if ln < prevLine {
				t.Fatalf("LineOf(%d) = %d < LineOf(%d) = %d", off, ln, off-1, prevLine)
			}
			prevLine = ln
			if ln != int(want.pos.Line) || l.Start(ln) > off {
				t.Fatalf("LineOf(%d) = %d (start %d), want %d", off, ln, l.Start(ln), want.pos.Line)
			}

			// Offset -> Position -> Offset yields the start of the code
			// point containing off, or the line end inside a "\r\n".
			p := m.Position(off)
			if p != want.pos {
				t.Fatalf("Position(%d) = %v, want %v", off, p, want.pos)
			}
			if got := m.Offset(p); got != want.canon {
				t.Fatalf("Offset(Position(%d) = %v) = %d, want %d", off, p, got, want.canon)
			}
			if got := m.Pos(off); got != want.hpos {
				t.Fatalf("Pos(%d) = %v, want %v", off, got, want.hpos)
			}
		}
		for _, off := range []Offset{-1, math.MinInt32, n + 1, math.MaxInt32} {
			want := ref.offs[max(0, min(off, n))]
			if got := m.Position(off); got != want.pos {
				t.Fatalf("Position(%d) = %v, want %v", off, got, want.pos)
			}
			if got := l.LineOf(off); got != int(want.pos.Line) {
				t.Fatalf("LineOf(%d) = %d, want %d", off, got, want.pos.Line)
			}
		}

		// Offset never panics and clamps arbitrary positions.
		for _, p := range []Position{
			{line, char},
			{line % uint32(l.Count()+1), char},
			{line % uint32(l.Count()+1), char % 16},
		} {
			checkOffset(t, m, p)
		}

		// Span always yields Start <= End within the content.
		r := Range{Position{line, char}, Position{char % 8, line % 8}}
		if s := m.Span(r); s.Start < 0 || s.Start > s.End || s.End > n {
			t.Fatalf("Span(%v) = %v", r, s)
		}
	})
}

// checkOffset checks that m.Offset(p) lies in [0, len] and is the last
// code point boundary on p's line at or before p's character.
func checkOffset(t *testing.T, m *Mapper, p Position) {
	t.Helper()
	src := m.Content()
	l := m.Lines()
	off := m.Offset(p)
	if off < 0 || int(off) > len(src) {
		t.Fatalf("Offset(%v) = %d, outside [0, %d]", p, off, len(src))
	}
	if uint64(p.Line) >= uint64(l.Count()) {
		if int(off) != len(src) {
			t.Fatalf("Offset(%v) = %d for line past end, want %d", p, off, len(src))
		}
		return
	}
	s := l.LineSpan(int(p.Line))
	if off < s.Start || off > s.End {
		t.Fatalf("Offset(%v) = %d, outside line span %v", p, off, s)
	}
	got := m.Position(off)
	if got.Line != p.Line || got.Character > p.Character {
		t.Fatalf("Position(Offset(%v) = %d) = %v", p, off, got)
	}
	if off < s.End {
		// The next code point would overshoot p.
		r, _ := utf8.DecodeRune(src[off:s.End])
		if got.Character+uint32(utf16.RuneLen(r)) <= p.Character {
			t.Fatalf("Offset(%v) = %d stops early at %v", p, off, got)
		}
	}
}
