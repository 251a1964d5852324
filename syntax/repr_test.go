package syntax

import (
	"testing"
	"unicode"
)

// Expected values were printed by CPython 3.11.7's repr.

func TestStrRepr(t *testing.T) {
	cases := []struct {
		in, want string
	}{
		{"", `''`},
		{"abc", `'abc'`},
		{"\x00", `'\x00'`},
		{"\t\n\r", `'\t\n\r'`},
		{"\x1b\x7f", `'\x1b\x7f'`},
		{`a\b`, `'a\\b'`},
		{"é", `'é'`},
		{"ÿĀ", `'ÿĀ'`},
		{"😀", `'😀'`},
		{"\u200b", `'\u200b'`},
		{"it's", `"it's"`},
		{`say "hi"`, `'say "hi"'`},
		{`both ' and "`, `'both \' and "'`},
		{"\x85\u00a0\u00ad", `'\x85\xa0\xad'`},
		{"\u2028", `'\u2028'`},
		{"\ue000", `'\ue000'`},
		{"\u0378", `'\u0378'`},
		{"\U000e0001", `'\U000e0001'`},
		{"\U0010ffff", `'\U0010ffff'`},
		// Lone surrogates, stored as WTF-8.
		{"\xed\xa0\x80", `'\ud800'`},
		{"\xed\xbf\xbf", `'\udfff'`},
		{"\xed\xa0\xbd\xed\xb8\x80", `'\ud83d\ude00'`},
	}
	for _, c := range cases {
		if got := StrRepr(c.in); got != c.want {
			t.Errorf("StrRepr(%q) = %s, want %s", c.in, got, c.want)
		}
		if got := string(appendStrRepr(nil, c.in, true)); got != c.want {
			t.Errorf("appendStrRepr(%q, unicode14) = %s, want %s", c.in, got, c.want)
		}
	}
}

// TestStrReprUnicodeVersion checks the characters Unicode 15.0 added:
// CPython 3.12 prints them, CPython 3.11 escapes them.
func TestStrReprUnicodeVersion(t *testing.T) {
	if unicode.Version != "15.0.0" {
		t.Fatalf("unicode.Version = %s; the 3.11 and 3.12 printable tables in repr.go assume 15.0.0", unicode.Version)
	}
	cases := []struct {
		in, want311, want312 string
	}{
		{"\u0cf3", `'\u0cf3'`, "'\u0cf3'"},
		{"\U00031350", `'\U00031350'`, "'\U00031350'"},
		{"\U000323af", `'\U000323af'`, "'\U000323af'"},
		{"\U0001fa75", `'\U0001fa75'`, "'\U0001fa75'"},
		{"\U0001fa74", "'\U0001fa74'", "'\U0001fa74'"},
	}
	for _, c := range cases {
		if got := string(appendStrRepr(nil, c.in, true)); got != c.want311 {
			t.Errorf("3.11 repr of %q = %s, want %s", c.in, got, c.want311)
		}
		if got := StrRepr(c.in); got != c.want312 {
			t.Errorf("3.12 repr of %q = %s, want %s", c.in, got, c.want312)
		}
	}
	// Every listed range must be printable for Go and inside the planes.
	for _, r := range unicode15Printable {
		for c := r[0]; c <= r[1]; c++ {
			if !unicode.IsPrint(c) || !addedInUnicode15(c) {
				t.Fatalf("U+%04X: IsPrint=%v addedInUnicode15=%v", c, unicode.IsPrint(c), addedInUnicode15(c))
			}
		}
		if addedInUnicode15(r[0]-1) || addedInUnicode15(r[1]+1) {
			t.Errorf("range %X-%X is not maximal or ranges overlap", r[0], r[1])
		}
	}
}

func TestBytesRepr(t *testing.T) {
	cases := []struct {
		in, want string
	}{
		{"", `b''`},
		{"abc", `b'abc'`},
		{"'", `b"'"`},
		{`"`, `b'"'`},
		{`'"`, `b'\'"'`},
		{"\x00\x7f\x80\xff", `b'\x00\x7f\x80\xff'`},
		{`\`, `b'\\'`},
		{"\t\n\r", `b'\t\n\r'`},
	}
	for _, c := range cases {
		if got := BytesRepr(c.in); got != c.want {
			t.Errorf("BytesRepr(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func BenchmarkStrRepr(b *testing.B) {
	s := "The quick brown fox jumps over the lazy dog, naïve café 😀\n"
	buf := make([]byte, 0, 128)
	for b.Loop() {
		buf = AppendStrRepr(buf[:0], s)
	}
}
