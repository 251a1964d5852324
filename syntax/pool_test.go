package syntax

import (
	"sync"
	"testing"
)

// TestParseRecycledParsers parses sources of different sizes and shapes
// one after another and from several goroutines at once: parsers (and
// their arenas and scratch stacks) are recycled between parses, and no
// parse may see anything of an earlier one.
func TestParseRecycledParsers(t *testing.T) {
	srcs := []string{
		"x * y\n",
		"def f(a, *b, c=1, **d):\n    return [i for i in b if i] + [f'{a!r:>{c}}']\n",
		"if x:\n    y = {1: (2, 3), **z}\nelse:\n    del q[1:2]\n",
		"x = (\n",                     // an unclosed bracket: errors
		"print(f'{a + }')\n@\n",       // errors inside an f-string field
		"class C:\n\tpass\n  x = 1\n", // an indentation error
	}
	want := make([]string, len(srcs))
	wantErrs := make([]string, len(srcs))
	for i, s := range srcs {
		// The expected results come from fresh parsers: an empty pool
		// before each parse, so nothing recycled can leak into them.
		parsers = sync.Pool{New: parsers.New}
		f, errs := Parse("t.py", []byte(s), 0)
		want[i], wantErrs[i] = Dump(f), errString(errs)
	}
	check := func(i int) {
		f, errs := Parse("t.py", []byte(srcs[i]), 0)
		if got := Dump(f); got != want[i] {
			t.Errorf("source %d: tree\n%s\nwant\n%s", i, got, want[i])
		}
		if got := errString(errs); got != wantErrs[i] {
			t.Errorf("source %d: errors %q, want %q", i, got, wantErrs[i])
		}
	}
	for range 3 {
		for i := len(srcs) - 1; i >= 0; i-- {
			check(i)
		}
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 50 {
				check((g + k) % len(srcs))
			}
		}()
	}
	wg.Wait()
}

func errString(errs ErrorList) string {
	if errs == nil {
		return ""
	}
	return errs.Error()
}
