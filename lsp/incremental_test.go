package lsp

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/internal/pygen"
	"github.com/monty-tools/monty-tools/syntax"
)

// incSample is a module with what the incremental diagnostics must get
// right: methods, a function declaring a global, statements sharing a
// line, suppression comments, a multi-line string, decorators and names
// used before their module-level binding.
const incSample = `"""Module docstring.

Continued at column zero.
"""
import json
from os import path

LIMIT = 3
a = 1; b = undefined_one


def first(x, y=LIMIT):
    total = x + y + later_name
    print(json.dumps(total), path)  # monty: ignore[M202]
    return missing(total)


@decorate
def second():
    global counter
    counter = 1
    yield counter


class Box(Base):
    size = 2

    def __init__(self, n):
        self.n = n + size_unknown

    def grow(self, by):
        text = """
not code: undefined
"""
        return self.n + by + nothing

    def each(self):
        yield self.n


def drop(key):
    d = {"a": 1}
    del d[key]
    for k in d:
        yield k


def third(): return first(1) + unknown_call()


later_name = 4
if LIMIT > 2:
    def nested():
        return counter + gone
x = [i for i in range(LIMIT)]  # trailing comment
from math import *
del x[0]
`

// TestIncrementalMatchesFull applies random edits to documents and checks
// after each one that the incrementally computed diagnostics equal those
// of a full check, and that most were computed incrementally. The state
// is warmed after every other step (incTracker.warm), as the server does.
func TestIncrementalMatchesFull(t *testing.T) {
	docs := map[string]string{"sample": incSample, "crlf": strings.ReplaceAll(incSample, "\n", "\r\n"),
		"pygen": string(pygen.Generate(300, 7))}
	for _, name := range []string{"sample", "crlf", "pygen"} {
		t.Run(name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(len(name)), 1))
			opts := &analysis.Options{Inputs: []string{"width"}}
			src := []byte(docs[name])
			tr := &incTracker{}
			incremental, steps := 0, 400
			good := src // the last version without syntax errors
			for step := range steps {
				if _, errs := syntax.Parse("x.py", src, 0); errs != nil && rng.IntN(3) > 0 {
					src = good // the user fixes the mistake
				} else {
					src = randomEdit(rng, src)
				}
				if _, errs := syntax.Parse("x.py", src, 0); errs == nil {
					good = src
				}
				got, inc := incrementalDiagnostics(tr, "x.py", opts, src, func() (*syntax.File, []analysis.Diagnostic, bool) {
					f, errs := syntax.Parse("x.py", src, 0)
					return f, analysis.Check(f, errs, opts).Diagnostics, len(errs) == 0
				})
				if inc {
					incremental++
				}
				_, res := analysis.CheckSource("x.py", src, opts)
				if want := describeDiags(res.Diagnostics); describeDiags(got) != want {
					t.Fatalf("step %d (incremental %v): diagnostics differ from a full check of\n%s\ngot:\n%s\nwant:\n%s",
						step, inc, src, describeDiags(got), want)
				}
				if step%2 == 0 {
					tr.warm() // as the server does after publishing; the next edit starts from the warmed state
				}
			}
			t.Logf("%d of %d edits checked incrementally", incremental, steps)
			if incremental < steps/4 {
				t.Errorf("only %d of %d edits were checked incrementally", incremental, steps)
			}
		})
	}
}

// describeDiags lists diagnostics one a line, with their fixes but for
// the star import's, which the incremental path leaves to the code
// action, sorted.
func describeDiags(ds []analysis.Diagnostic) string {
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = fmt.Sprintf("%d-%d %s %s %v %v %v: %s", d.Span.Start, d.Span.End, d.Code, d.Name, d.Severity, d.Rejects, d.Unnecessary, d.Message)
		if d.Code == "M112" {
			continue // the star import's fix
		}
		for _, f := range d.Fixes {
			lines[i] += fmt.Sprintf("\n    fix %q safe=%v", f.Title, f.Safe)
			for _, e := range f.Edits {
				lines[i] += fmt.Sprintf(" [%d-%d %q]", e.Span.Start, e.Span.End, e.NewText)
			}
		}
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// randomEdit makes a small edit of the kind typing makes: a character or
// a word typed or deleted, mostly inside names, sometimes a line break, a
// bracket, a quote or a keyword that changes the structure.
func randomEdit(rng *rand.Rand, src []byte) []byte {
	if len(src) == 0 {
		return []byte("x = 1\n")
	}
	at := rng.IntN(len(src) + 1)
	var ins string
	del := 0
	switch k := rng.IntN(20); {
	case k < 7:
		ins = string("abcxyz_"[rng.IntN(7)])
	case k < 12:
		del = 1 + rng.IntN(3)
	case k < 13:
		ins = "\n"
	case k < 14:
		ins = []string{"(", ")", "[", ":", "\"", "'", "#", "\\", " ", "    "}[rng.IntN(10)]
	case k < 15:
		ins = []string{"global ", "import math\n", "def f():\n    pass\n", "yield ", "undefined_name"}[rng.IntN(5)]
	case k < 16:
		ins = "  # monty: ignore\n"
	default:
		// Type inside an identifier, as an editor does most of the time.
		for i := 0; i < 50; i++ {
			j := rng.IntN(len(src))
			if isIdentByte(src[j]) {
				at = j
				break
			}
		}
		ins = string("qwerty"[rng.IntN(6)])
	}
	del = min(del, len(src)-at)
	out := make([]byte, 0, len(src)+len(ins))
	out = append(out, src[:at]...)
	out = append(out, ins...)
	return append(out, src[at+del:]...)
}

// BenchmarkIncrementalDiagnostics measures the diagnostics of one typed
// character in the middle of generated files, computed from the previous
// version's, as the server does on a keystroke (without the conversion
// to LSP and the publication).
func BenchmarkIncrementalDiagnostics(b *testing.B) {
	for _, lines := range []int{2000, 20000} {
		b.Run(fmt.Sprint(lines), func(b *testing.B) {
			src := pygen.Generate(lines, 1)
			line, col := editPoint(string(src))
			at := 0
			for range line {
				at += bytes.IndexByte(src[at:], '\n') + 1
			}
			at += int(col)
			opts := &analysis.Options{}
			tr := &incTracker{}
			full := fullCheck(opts)
			incrementalDiagnostics(tr, "x.py", opts, src, full(src))
			versions := [][]byte{src, slices.Concat(src[:at], []byte("z"), src[at:])}
			cpu0 := cpuTime()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				v := versions[(i+1)%2]
				if _, inc := incrementalDiagnostics(tr, "x.py", opts, v, full(v)); !inc {
					b.Fatal("not incremental")
				}
			}
			b.StopTimer()
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}

// cpuTime returns the CPU time the process has used, GC included, which
// says more than the wall time on a busy machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestIncrementalThroughServer types into a document over the protocol
// and checks that each version's published diagnostics are those of the
// same text opened afresh.
func TestIncrementalThroughServer(t *testing.T) {
	c := newTestClient(t, Options{})
	c.initialize()
	u := protocol.DocumentURI("untitled:typed.py")
	c.open(u, 1, incSample)
	c.diagnostics(u, 1)
	text := incSample
	line := uint32(strings.Count(incSample[:strings.Index(incSample, "total = x")], "\n"))
	col := uint32(len("    tota"))
	edits := []edit{
		{rng(line, col, line, col), "l"}, // typing inside a function
		{rng(line, col+1, line, col+1), "l"},
		{rng(line, col, line, col+2), ""},
		{rng(line, col, line, col), "\n    y = 1"}, // a new line
		{rng(line, col, line+1, uint32(len("    y = 1"))), ""},
		{rng(0, 0, 0, 0), "undefined_at_top()\n"}, // the skeleton
		{rng(0, 0, 1, 0), ""},
	}
	for i, e := range edits {
		version := int32(i + 2)
		c.change(u, version, e)
		got := c.diagnostics(u, version)
		text = applyEdit(text, e)
		fresh := protocol.DocumentURI(fmt.Sprintf("untitled:fresh%d.py", i))
		c.open(fresh, 1, text)
		want := c.diagnostics(fresh, 1)
		if g, w := fmt.Sprint(got.Diagnostics), fmt.Sprint(want.Diagnostics); g != w {
			t.Fatalf("version %d of\n%s\npublished\n%s\nwant\n%s", version, text, g, w)
		}
	}
}

// applyEdit applies a ranged edit to text (ASCII only).
func applyEdit(text string, e edit) string {
	off := func(p protocol.Position) int {
		at := 0
		for range p.Line {
			at += strings.IndexByte(text[at:], '\n') + 1
		}
		return at + int(p.Character)
	}
	return text[:off(e.Range.Start)] + e.Text + text[off(e.Range.End):]
}

// TestIncrementalFixesMoveWithSlack checks the fixes of a cached method
// body whose edits reach the end of its region's last line, where the
// slack lies: the method is analysed after an edit of its body, then the
// region's slack shrinks as the user types in another method, and the
// cached fix must still end the method's last line.
func TestIncrementalFixesMoveWithSlack(t *testing.T) {
	src := "class Box:\n    def a(self):\n        return 1\n\n    def each(self):\n        yield self.n\n\n\nx = 1\n"
	opts := &analysis.Options{}
	tr := &incTracker{}
	versions := []string{
		src,
		strings.Replace(src, "yield self.n", "yield self.nn", 1), // analyses each in the slack layout
		strings.Replace(src, "yield self.n", "yield self.nn", 1),
		strings.Replace(strings.Replace(src, "yield self.n", "yield self.nn", 1), "return 1", "return 12", 1),
		strings.Replace(strings.Replace(src, "yield self.n", "yield self.nn", 1), "return 1", "return 123", 1),
	}
	for i, v := range versions {
		text := []byte(v)
		got, inc := incrementalDiagnostics(tr, "x.py", opts, text, func() (*syntax.File, []analysis.Diagnostic, bool) {
			f, errs := syntax.Parse("x.py", text, 0)
			return f, analysis.Check(f, errs, opts).Diagnostics, len(errs) == 0
		})
		_, res := analysis.CheckSource("x.py", text, opts)
		if g, w := describeDiags(got), describeDiags(res.Diagnostics); g != w || !strings.Contains(w, "return _items") {
			t.Fatalf("version %d (incremental %v):\ngot:\n%s\nwant:\n%s", i, inc, g, w)
		}
		if i > 0 && !inc {
			t.Errorf("version %d was not checked incrementally", i)
		}
	}
}

// TestIncrementalTextsBounded edits function after function of a
// generated file, warming after each edit as the server does after a
// publication, and checks that the regions never keep more than
// maxTextsHeld virtual texts alive (each edit parses in a new one), that
// they did reach the bound, and that the diagnostics stay those of a
// full check.
func TestIncrementalTextsBounded(t *testing.T) {
	src := pygen.Generate(600, 3)
	opts := &analysis.Options{Inputs: []string{"width"}}
	full := fullCheck(opts)
	tr := &incTracker{}
	incrementalDiagnostics(tr, "x.py", opts, src, full(src))
	tr.warm()
	at, edits, most := 0, 0, 0
	for edits < 40 {
		j := bytes.Index(src[at:], []byte("    return "))
		if j < 0 {
			break
		}
		at += j + len("    return ")
		next := slices.Concat(src[:at], []byte("0 + "), src[at:])
		if _, errs := syntax.Parse("x.py", next, 0); errs != nil {
			continue // a return without a value
		}
		src = next
		got, inc := incrementalDiagnostics(tr, "x.py", opts, src, full(src))
		if !inc {
			continue
		}
		edits++
		most = max(most, tr.get().textsHeld())
		tr.warm()
		if n := tr.get().textsHeld(); n > maxTextsHeld {
			t.Fatalf("edit %d: the regions keep %d texts alive after warming", edits, n)
		}
		_, res := analysis.CheckSource("x.py", src, opts)
		if describeDiags(got) != describeDiags(res.Diagnostics) {
			t.Fatalf("edit %d: diagnostics differ from a full check", edits)
		}
	}
	if edits < 2*maxTextsHeld || most <= maxTextsHeld {
		t.Fatalf("%d incremental edits, at most %d texts held: the bound was not exercised", edits, most)
	}
}

// fullCheck returns, for a text, the full check incrementalDiagnostics
// falls back to: a parse and an analysis of the whole text with opts.
func fullCheck(opts *analysis.Options) func([]byte) func() (*syntax.File, []analysis.Diagnostic, bool) {
	return func(src []byte) func() (*syntax.File, []analysis.Diagnostic, bool) {
		return func() (*syntax.File, []analysis.Diagnostic, bool) {
			f, errs := syntax.Parse("x.py", src, 0)
			return f, analysis.Check(f, errs, opts).Diagnostics, len(errs) == 0
		}
	}
}
