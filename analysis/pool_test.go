package analysis

import (
	"fmt"
	"strings"
	"testing"
)

// TestCheckRecycledState checks files of different sizes one after
// another: the per-file state is pooled, and its tables are emptied
// entry by entry after a small file and cleared whole after a big one.
// Every check must report what a check with a fresh state (KeepRefs
// bypasses the pool) reports.
func TestCheckRecycledState(t *testing.T) {
	var big strings.Builder
	for i := range 300 {
		fmt.Fprintf(&big, "v%d = %d\n", i, i)
	}
	big.WriteString("def g(a):\n    return a + v1 + missing\n")
	srcs := []string{
		"x * y\n",
		"def f(a):\n    b = a\n    def h():\n        nonlocal b\n        b = 1\n    return undefined_name\n",
		big.String(),
		"class C:\n    z = 1\n    def m(self):\n        return z\nprint(C().m(), nope)\n",
	}
	render := func(src string, keep bool) string {
		_, res := CheckSource("t.py", []byte(src), &Options{Inputs: []string{"x", "y"}, KeepRefs: keep})
		var b strings.Builder
		for _, d := range res.Diagnostics {
			fmt.Fprintf(&b, "%d-%d %s %s\n", d.Span.Start, d.Span.End, d.Code, d.Message)
		}
		return b.String()
	}
	// The first name of each file gets symbol 0 in the module: a binding
	// of the one must not linger for the other.
	render("a = 1\n", false)
	if got, want := render("z\n", false), render("z\n", true); got != want || want == "" {
		t.Errorf("z after a = 1: %q, want %q (non-empty)", got, want)
	}
	for round := range 3 {
		for i := range srcs {
			k := (i + round) % len(srcs)
			want := render(srcs[k], true)
			for again := range 2 { // the same names again find the state as emptied
				if got := render(srcs[k], false); got != want {
					t.Errorf("round %d, source %d, check %d:\n%s\nwant\n%s", round, k, again, got, want)
				}
			}
		}
	}
}

// TestCheckSkipUsed checks that Options.SkipUsed leaves Result.Used nil
// without changing the diagnostics, and that the next check (with a
// recycled checker) records its inputs again.
func TestCheckSkipUsed(t *testing.T) {
	src := []byte("x * y + nope\n")
	opts := Options{Inputs: []string{"x", "y"}}
	skip := opts
	skip.SkipUsed = true
	_, a := CheckSource("t.py", src, &skip)
	_, b := CheckSource("t.py", src, &opts)
	if a.Used != nil {
		t.Errorf("SkipUsed: Used = %v, want nil", a.Used)
	}
	if !b.Used["x"] || !b.Used["y"] || len(b.Used) != 2 {
		t.Errorf("Used = %v, want x and y", b.Used)
	}
	if len(a.Diagnostics) == 0 || fmt.Sprint(a.Diagnostics) != fmt.Sprint(b.Diagnostics) {
		t.Errorf("diagnostics differ with SkipUsed:\n%v\n%v", a.Diagnostics, b.Diagnostics)
	}
}
