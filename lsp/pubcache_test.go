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
			copied, total := 0, 0
			for step := range 300 {
				if step > 0 {
					src = pubEdit(rng, src)
				}
				_, res := analysis.CheckSource("x.py", src, opts)
				m := source.NewMapper(src)
				pre, oldSuf, _ := cache.reusable(src, res.Diagnostics)
				copied += pre + len(cache.ds) - oldSuf
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
			t.Logf("%d of %d diagnostics copied", copied, total)
			if copied < total/2 {
				t.Errorf("only %d of %d diagnostics were copied from the last publication", copied, total)
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
