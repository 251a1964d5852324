package interp

import (
	"runtime"
	"strconv"
	"testing"
)

// TestStrBoxes checks that strs boxed by newStr, strValues and strSlab
// are ordinary Str Values (type switches, ==, Go map keys) and keep
// their bytes through garbage collections.
func TestStrBoxes(t *testing.T) {
	var vals []Value
	var want []string
	var slab strSlab
	for i := 0; i < 2000; i++ {
		s := "s" + strconv.Itoa(i*7919)
		v, b := newStr(len(s))
		copy(b, s)
		vals = append(vals, v, bytesStr([]byte(s+"!")), slab.box(s+"?"))
		want = append(want, s, s+"!", s+"?")
		if i%100 == 0 {
			parts := []string{s, "", s + s}
			vals = append(vals, strValues(parts)...)
			want = append(want, parts...)
			runtime.GC()
		}
	}
	e, _ := newStr(0)
	vals, want = append(vals, e), append(want, "")
	runtime.GC()
	seen := map[Value]int{}
	for i, v := range vals {
		s, ok := v.(Str)
		if !ok || string(s) != want[i] {
			t.Fatalf("value %d: %#v, want %q", i, v, want[i])
		}
		if v != Value(Str(want[i])) {
			t.Fatalf("value %d: != a plain Str", i)
		}
		seen[v]++
	}
	if seen[Str("s0")] != 2 || seen[Str("")] != 21 {
		t.Errorf("map keys: s0 %d, empty %d", seen[Str("s0")], seen[Str("")])
	}
}
