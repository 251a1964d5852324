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

// TestSmallInts checks that the Values mkInt builds for small ints, which
// point into a global array, are Ints equal to plain boxed ones as map keys
// and after collections, at both ends of the range and past them.
func TestSmallInts(t *testing.T) {
	var vals []Value
	for _, i := range []Int{smallIntMin - 1, smallIntMin, -1, 0, 1, 255, 256, 1000, smallIntMax - 1, smallIntMax} {
		vals = append(vals, mkInt(i))
	}
	runtime.GC()
	seen := map[Value]bool{}
	for _, v := range vals {
		i, ok := v.(Int)
		if !ok || v != Value(i) || mkInt(i) != v {
			t.Fatalf("%#v is not the Int it stands for", v)
		}
		seen[v] = true
	}
	for _, v := range vals {
		if !seen[Value(v.(Int))] {
			t.Fatalf("%v is not found as a map key by a plain Int", v)
		}
	}
}
