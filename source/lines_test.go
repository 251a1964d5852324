package source

import (
	"math"
	"slices"
	"strings"
	"testing"
)

func TestLines(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		spans []Span // content span of each line, terminators excluded
	}{
		{"empty", "", []Span{{0, 0}}},
		{"no trailing newline", "a\té😀", []Span{{0, 8}}},
		{"LF", "a\té\n😀\n", []Span{{0, 4}, {5, 9}, {10, 10}}},
		{"CRLF is one ending", "a\té\r\n😀\r\n", []Span{{0, 4}, {6, 10}, {12, 12}}},
		{"lone CR", "é\r😀\t\rx", []Span{{0, 2}, {3, 8}, {9, 10}}},
		{"CR at EOF", "\té😀\r", []Span{{0, 7}, {8, 8}}},
		{"CR CR LF", "é\r\r\n😀", []Span{{0, 2}, {3, 3}, {5, 9}}},
		{"LF CR is two endings", "é\n\r😀\t", []Span{{0, 2}, {3, 3}, {4, 9}}},
		{"only endings", "\r\n\n\r\r\n", []Span{{0, 0}, {2, 2}, {3, 3}, {4, 4}, {6, 6}}},
		{"mixed", "\té\r\n😀\rb\nc\r\n", []Span{{0, 3}, {5, 9}, {10, 11}, {12, 13}, {15, 15}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.src)
			l := NewLines(src)
			if got := l.Count(); got != len(tt.spans) {
				t.Fatalf("Count() = %d, want %d", got, len(tt.spans))
			}
			if got := l.Len(); got != len(src) {
				t.Errorf("Len() = %d, want %d", got, len(src))
			}
			for i, want := range tt.spans {
				if got := l.LineSpan(i); got != want {
					t.Errorf("LineSpan(%d) = %v, want %v", i, got, want)
				}
				if got := l.Start(i); got != want.Start {
					t.Errorf("Start(%d) = %d, want %d", i, got, want.Start)
				}
				if got, want := string(l.Text(src, i)), tt.src[want.Start:want.End]; got != want {
					t.Errorf("Text(%d) = %q, want %q", i, got, want)
				}
			}
			// Every offset from a line's start up to the next line's
			// start (terminator included) is on that line.
			for i, s := range tt.spans {
				next := Offset(len(src)) + 1
				if i+1 < len(tt.spans) {
					next = tt.spans[i+1].Start
				}
				for off := s.Start; off < next; off++ {
					if got := l.LineOf(off); got != i {
						t.Errorf("LineOf(%d) = %d, want %d", off, got, i)
					}
				}
			}
		})
	}
}

func TestLinesClamp(t *testing.T) {
	src := []byte("a\té\r\n😀\rz")
	l := NewLines(src)
	n := Offset(len(src))
	last := l.Count() - 1
	if last != 2 {
		t.Fatalf("Count() = %d, want 3", l.Count())
	}
	offs := []struct {
		off  Offset
		line int
	}{
		{-1, 0},
		{math.MinInt32, 0},
		{n, last},
		{n + 1, last},
		{math.MaxInt32, last},
	}
	for _, tt := range offs {
		if got := l.LineOf(tt.off); got != tt.line {
			t.Errorf("LineOf(%d) = %d, want %d", tt.off, got, tt.line)
		}
	}
	starts := []struct {
		line int
		want Offset
	}{
		{-1, 0},
		{math.MinInt, 0},
		{last + 1, n},
		{math.MaxInt, n},
	}
	for _, tt := range starts {
		if got := l.Start(tt.line); got != tt.want {
			t.Errorf("Start(%d) = %d, want %d", tt.line, got, tt.want)
		}
	}
	if got, want := l.LineSpan(-5), l.LineSpan(0); got != want {
		t.Errorf("LineSpan(-5) = %v, want %v", got, want)
	}
	if got, want := l.LineSpan(math.MaxInt), l.LineSpan(last); got != want {
		t.Errorf("LineSpan(MaxInt) = %v, want %v", got, want)
	}
}

// TestLinesManyCRLF checks the CRLF bookkeeping across many lines (more
// than one 64-bit word of flags) against the reference scan.
func TestLinesManyCRLF(t *testing.T) {
	var b strings.Builder
	endings := []string{"\r\n", "\n", "\r", "\r\n", "\r\n"}
	for i := range 300 {
		b.WriteString(strings.Repeat("é😀\t", i%4))
		b.WriteString(endings[(i*7)%len(endings)])
	}
	src := []byte(b.String())
	l := NewLines(src)
	ref := reference(src)
	if got, want := l.Count(), len(ref.starts); got != want {
		t.Fatalf("Count() = %d, want %d", got, want)
	}
	for i := range ref.starts {
		if got, want := l.LineSpan(i), (Span{ref.starts[i], ref.ends[i]}); got != want {
			t.Errorf("LineSpan(%d) = %v, want %v", i, got, want)
		}
	}
}

func TestPosFromLines(t *testing.T) {
	src := []byte("x\té😀y\r\n\xffz\rq")
	// Offsets:    0 1 2-3 4-7 8 9 10 11 12 13 14 15
	tests := []struct {
		off  Offset
		want Pos
	}{
		{0, Pos{1, 1}},
		{1, Pos{1, 2}},  // tab
		{2, Pos{1, 3}},  // é
		{3, Pos{1, 3}},  // inside é
		{4, Pos{1, 4}},  // 😀
		{7, Pos{1, 4}},  // inside 😀
		{8, Pos{1, 5}},  // y
		{9, Pos{1, 6}},  // \r of \r\n: end of line 1
		{10, Pos{1, 6}}, // between \r and \n: end of line 1
		{11, Pos{2, 1}}, // invalid byte
		{12, Pos{2, 2}}, // z
		{13, Pos{2, 3}}, // lone \r
		{14, Pos{3, 1}}, // q
		{15, Pos{3, 2}}, // end of file
		{16, Pos{3, 2}}, // past end of file
		{-3, Pos{1, 1}}, // before start of file
	}
	l := NewLines(src)
	for _, tt := range tests {
		if got := l.Pos(src, tt.off); got != tt.want {
			t.Errorf("Pos(%d) = %v, want %v", tt.off, got, tt.want)
		}
	}
}

// TestLinesEdited applies every single edit (each span of each
// round-trip source replaced by each of a few texts, line breaks
// included) and checks that Edited, when it answers, gives the index that
// NewLines builds of the result, and that it answers for the edits a
// keystroke within a line makes.
func TestLinesEdited(t *testing.T) {
	texts := []string{"", "q", "é😀", "\n", "\r", "a\r\nb"}
	answered := 0
	for _, s := range roundTripSources {
		src := []byte(s)
		l := NewLines(src)
		for a := 0; a <= len(src); a++ {
			for b := a; b <= len(src); b++ {
				for _, text := range texts {
					sp := Span{Start: Offset(a), End: Offset(b)}
					got := l.Edited(src, sp, []byte(text))
					if got == nil {
						continue
					}
					answered++
					edited := slices.Concat(src[:a], []byte(text), src[b:])
					want := NewLines(edited)
					if !slices.Equal(got.starts, want.starts) || got.size != want.size || !sameCRLF(got, want) {
						t.Fatalf("%q: Edited(%v, %q) = %v %v, want %v %v", s, sp, text, got.starts, got.crlf, want.starts, want.crlf)
					}
					m := NewMapper(src).Edited(edited, sp, []byte(text))
					if m == nil || !slices.Equal(m.Lines().starts, want.starts) || !sameCRLF(m.Lines(), want) ||
						m.Position(Offset(len(edited))) != NewMapper(edited).Position(Offset(len(edited))) {
						t.Fatalf("%q: Mapper.Edited(%v, %q) disagrees with NewMapper", s, sp, text)
					}
				}
			}
		}
	}
	if answered == 0 {
		t.Fatal("Edited never answered")
	}
	l := NewLines([]byte("ab\ncd\n"))
	if l.Edited([]byte("ab\ncd\n"), Span{Start: 4, End: 4}, []byte("x")) == nil {
		t.Error("no index for a character typed inside a line")
	}
}

// sameCRLF reports whether a and b mark the same lines as ending in
// "\r\n" (their bitmaps may differ in length).
func sameCRLF(a, b *Lines) bool {
	for line := range max(len(a.starts), len(b.starts)) {
		if a.isCRLF(line) != b.isCRLF(line) {
			return false
		}
	}
	return true
}
