package lsp

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/internal/pygen"
	"github.com/monty-tools/monty-tools/source"
)

// TestPubCacheMatchesFreshEncoding publishes the diagnostics of a
// document after each of many random edits (line breaks typed and
// deleted, CRLF text, characters outside ASCII and the BMP) through one
// cache, and checks that every notification is byte for byte what an
// empty cache writes, and that the cache did copy diagnostics.
func TestPubCacheMatchesFreshEncoding(t *testing.T) {
	docs := map[string]string{
		"sample": incSample,
		"crlf":   strings.ReplaceAll(incSample, "\n", "\r\n"),
		"wide":   strings.ReplaceAll(incSample, "x", "é😀"),
		"pygen":  string(pygen.Generate(300, 7)),
	}
	for name, doc := range docs {
		t.Run(name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(len(name)), 3))
			opts := &analysis.Options{Inputs: []string{"width"}}
			var cache pubCache
			src := []byte(doc)
			before, after, total := 0, 0, 0
			for step := range 300 {
				if step > 0 {
					src = pubEdit(rng, src)
				}
				_, res := analysis.CheckSource("x.py", src, opts)
				m := source.NewMapper(src)
				pre, oldSuf, _ := cache.reusable(src, res.Diagnostics)
				before += pre
				after += len(cache.ds) - oldSuf
				total += len(res.Diagnostics)
				got, ok := cache.appendPublish(nil, "file:///x.py", int32(step+1), m, src, res.Diagnostics, nil)
				want, wok := (&pubCache{}).appendPublish(nil, "file:///x.py", int32(step+1), m, src, res.Diagnostics, nil)
				if !ok || !wok {
					t.Fatal("the encoder refused analyzer diagnostics")
				}
				if !bytes.Equal(got, want) {
					i := 0
					for i < min(len(got), len(want)) && got[i] == want[i] {
						i++
					}
					t.Fatalf("step %d: cached encoding differs at byte %d:\ngot:  …%s\nwant: …%s", step, i,
						got[max(0, i-150):min(len(got), i+100)], want[max(0, i-150):min(len(want), i+100)])
				}
			}
			t.Logf("of %d diagnostics, %d copied from before the edit, %d from after it", total, before, after)
			if before < total/5 || after < total/5 {
				t.Errorf("of %d diagnostics, only %d were copied from before the edit and %d from after it", total, before, after)
			}
		})
	}
}

// pubEdit is randomEdit, and now and then a "\r" typed or a character
// typed or deleted right after one, which split and join "\r\n" line
// breaks without typing one.
func pubEdit(rng *rand.Rand, src []byte) []byte {
	if rng.IntN(4) > 0 || len(src) == 0 {
		return randomEdit(rng, src)
	}
	at := rng.IntN(len(src))
	if i := bytes.IndexByte(src[at:], '\r'); i >= 0 && rng.IntN(2) == 0 {
		at += i + 1
	}
	switch rng.IntN(3) {
	case 0:
		return slices.Concat(src[:at], []byte("\r"), src[at:])
	case 1:
		return slices.Concat(src[:at], []byte("q"), src[at:])
	}
	return slices.Concat(src[:at], src[min(at+1, len(src)):])
}

// TestPubCacheEdges publishes hand-made diagnostics (at and past the end
// of the text, with their ends swapped, hidden, on the "\r" of a "\r\n")
// through edits that type on the last line, at the end of the text, in
// the middle of a line and after a "\r", and checks each notification
// against an empty cache's.
func TestPubCacheEdges(t *testing.T) {
	versions := []string{
		"if x:\n", "if x:\n  ", "if x:\n   ", "if x:\n  ",
		"a = 1\r\nb = 2\r\nc", "a = 1\r\nb = 2\r\ncd", "a = 1\rq\nb = 2\r\ncd", "a = 1\r\nb = 2\r\ncd",
		"abc\ndef\nghi", "abXc\ndef\nghi", "abXc\ndef\nghiY", "abXc\ndef\nghiY\n", "abXc\ndef\nghiY\nZ",
	}
	diags := func(src string) []analysis.Diagnostic {
		n := source.Offset(len(src))
		at := func(o source.Offset) source.Offset { return min(o, n) }
		return []analysis.Diagnostic{
			{Span: source.Span{Start: 0, End: at(2)}, Severity: analysis.Error, Code: "M1", Message: "start"},
			{Span: source.Span{Start: at(3), End: at(1)}, Severity: analysis.Warning, Code: "M2", Message: "swapped"},
			{Span: source.Span{Start: at(6), End: at(6)}, Severity: analysis.Info, Code: "M8", Message: "after the \\r"},
			{Span: source.Span{Start: at(5), End: at(6)}, Severity: analysis.Off, Code: "M3", Message: "hidden"},
			{Span: source.Span{Start: at(5), End: at(7)}, Severity: analysis.Info, Code: "M4", Message: "on the line break"},
			{Span: source.Span{Start: at(8), End: n}, Severity: analysis.Hint, Code: "M5", Message: "to the end", Unnecessary: true},
			{Span: source.Span{Start: n, End: n}, Severity: analysis.Error, Code: "M6", Message: "at the end"},
			{Span: source.Span{Start: n + 3, End: n + 9}, Severity: analysis.Error, Code: "M7", Message: "past the end"},
		}
	}
	var cache pubCache
	for i, v := range versions {
		src := []byte(v)
		m := source.NewMapper(src)
		ds := diags(v)
		got, _ := cache.appendPublish(nil, "file:///x.py", int32(i+1), m, src, ds, nil)
		want, _ := (&pubCache{}).appendPublish(nil, "file:///x.py", int32(i+1), m, src, ds, nil)
		if !bytes.Equal(got, want) {
			t.Fatalf("version %d %q:\ngot  %s\nwant %s", i, v, got, want)
		}
	}
}
