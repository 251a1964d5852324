package lsp

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/monty-tools/monty-tools/analysis"
)

// thinSample binds at module level what a function reads, in the ways
// the thinned context must keep: values that make a dict or a list (the
// del fix offers pop for those alone), a walrus inside a value, for and
// with targets, an augmented assignment and an annotated one.
const thinSample = `import json

cache = {"a": 1}
names = [n for n in range(3)]
made = dict(a=1)
other = json.loads("{}")
total = (seen := 3) + 1
count: int = 0
count += len(names)
for item in range(3):
    pass
with open("f") as fh:
    pass


def f():
    del cache["a"]
    del names[0]
    del made["a"]
    del other["a"]
    return seen + item + count + total + undefined_here


def g():
    return fh
`

// TestThinContextKeepsDiagnostics types inside f and checks that each
// keystroke is checked incrementally, with the thinned context, and gets
// exactly the diagnostics (fixes included) of a full check.
func TestThinContextKeepsDiagnostics(t *testing.T) {
	opts := &analysis.Options{}
	src := []byte(thinSample)
	full := fullCheck(opts)
	tr := &incTracker{}
	incrementalDiagnostics(tr, "x.py", opts, src, full(src))
	tr.warm()
	at := bytes.Index(src, []byte("undefined_here")) + 3
	for i, typed := range []string{"", "q", "qw", "q", ""} {
		v := slices.Concat(src[:at], []byte(typed), src[at:])
		got, inc := incrementalDiagnostics(tr, "x.py", opts, v, full(v))
		if !inc {
			t.Fatalf("keystroke %d was not checked incrementally", i)
		}
		_, res := analysis.CheckSource("x.py", v, opts)
		if g, w := describeDiags(got), describeDiags(res.Diagnostics); g != w {
			t.Fatalf("keystroke %d: got\n%s\nwant\n%s", i, g, w)
		}
		if d := describeDiags(got); i == 0 && (strings.Count(d, "safe=true") != 3 || strings.Count(d, "safe=false") != 1) {
			t.Errorf("want safe pop fixes for cache, names and made alone:\n%s", d)
		}
	}
}
