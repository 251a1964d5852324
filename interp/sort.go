package interp

import "slices"

// Sorting for list.sort and sorted(): a stable merge sort of item
// positions by key. It makes about n·log2(n) comparisons, like Python's
// timsort on unordered data, and a single pass over data already in
// order. Positions are sorted rather than the values themselves so that
// moving them costs no GC write barriers. When every key is an int, every
// key a str, or every key a tuple, the comparison takes a direct path for
// int and str parts and the generic comparison for anything else. All-int,
// all-str and all-float (no NaN) keys are unboxed into a typed slice first
// and sorted by sortTyped, whose comparisons compile to a plain < without
// calls (ints by radix when they span few bits); tuples whose first items
// are all ints or all strs are sorted by those first items that way, and
// then only the runs of equal first items by the whole tuples.

// sortRun is the length below which runs are sorted by insertion.
const sortRun = 12

// sortKeys returns the positions of keys in sorted order (stable, by
// Python's <). With reverse the order is descending and equal keys keep
// their order, as in Python.
func (t *vm) sortKeys(keys []Value, reverse bool) ([]int32, error) {
	var err error
	generic := func(a, b Value) bool {
		if err != nil {
			return false
		}
		lt, e := order(t, cmpOp(2), a, b)
		if e != nil {
			err = e
		}
		return lt
	}
	perm := make([]int32, len(keys))
	for i := range perm {
		perm[i] = int32(i)
	}
	buf := make([]int32, len(keys))
	less := generic
	kind := sortKind(keys)
	switch kind {
	case 1:
		sortInts(unboxKeys(keys, func(v Value) int64 { return int64(v.(Int)) }), perm, buf, reverse)
		return perm, nil
	case 2:
		sortTyped(unboxKeys(keys, func(v Value) string { return string(v.(Str)) }), perm, buf, reverse)
		return perm, nil
	case 4:
		sortTyped(unboxKeys(keys, func(v Value) float64 { return float64(v.(Float)) }), perm, buf, reverse)
		return perm, nil
	case 3:
		less = func(a, b Value) bool {
			if lt, ok := tupleLess(a.(Tuple), b.(Tuple)); ok {
				return lt
			}
			return generic(a, b)
		}
	}
	if reverse {
		lt := less
		less = func(a, b Value) bool { return lt(b, a) }
	}
	s := sorter{keys: keys, less: less}
	if kind == 3 {
		// Tuples whose first items are all ints or all strs: sort by
		// those, then only the runs of equal first items by s.
		if ks, ok := firstItems(keys, func(v Value) (int64, bool) { x, ok := v.(Int); return int64(x), ok }); ok {
			sortInts(ks, perm, buf, reverse)
			sortTies(&s, ks, perm, buf)
			return perm, err
		}
		if ks, ok := firstItems(keys, func(v Value) (string, bool) { x, ok := v.(Str); return string(x), ok }); ok {
			sortTyped(ks, perm, buf, reverse)
			sortTies(&s, ks, perm, buf)
			return perm, err
		}
	}
	s.sort(perm, buf)
	return perm, err
}

// unboxKeys returns keys unboxed by get, for the typed sorts; sortKind
// has checked that every key has get's type.
func unboxKeys[K int64 | string | float64](keys []Value, get func(Value) K) []K {
	ks := make([]K, len(keys))
	for i, k := range keys {
		ks[i] = get(k)
	}
	return ks
}

// firstItems returns the first items of tuple keys, unboxed by get, when
// get takes every one.
func firstItems[K int64 | string](keys []Value, get func(Value) (K, bool)) ([]K, bool) {
	ks := make([]K, len(keys))
	for i, k := range keys {
		tu := k.(Tuple)
		if len(tu) == 0 {
			return nil, false
		}
		x, ok := get(tu[0])
		if !ok {
			return nil, false
		}
		ks[i] = x
	}
	return ks, true
}

// sortTies sorts each run of positions in p whose first items ks are
// equal (p is sorted by ks) by the whole keys: sorting stably by the
// first items and then each run by the rest is sorting by the tuples.
func sortTies[K int64 | string](s *sorter, ks []K, p, buf []int32) {
	for i := 0; i < len(p); {
		j := i + 1
		for j < len(p) && ks[p[j]] == ks[p[i]] {
			j++
		}
		if j-i > 1 {
			s.sort(p[i:j], buf[i:j])
		}
		i = j
	}
}

// sortInts sorts positions p, in order 0..n-1, stably by the ints ks: by
// radix when the keys span at most radixBits bits, else by sortTyped.
func sortInts(ks []int64, p, buf []int32, reverse bool) {
	if len(ks) < 64 || !radixSort(ks, p, buf, reverse) {
		sortTyped(ks, p, buf, reverse)
	}
}

// radixBits is the widest span of int keys that radixSort takes on: three
// passes of a byte each.
const radixBits = 24

// radixSort is a stable least-significant-byte radix sort of positions p
// (in order 0..n-1) by the ints ks, measured from the smallest (reverse:
// down from the largest, which keeps equal keys in order). It reports
// false, doing nothing, when the keys span more than radixBits bits.
func radixSort(ks []int64, p, buf []int32, reverse bool) bool {
	lo, hi := ks[0], ks[0]
	for _, k := range ks {
		lo, hi = min(lo, k), max(hi, k)
	}
	// uint64 arithmetic: hi-lo may overflow int64 but not uint64.
	span := uint64(hi) - uint64(lo)
	if span >= 1<<radixBits {
		return false
	}
	digit := func(i int32) uint64 {
		if reverse {
			return uint64(hi) - uint64(ks[i])
		}
		return uint64(ks[i]) - uint64(lo)
	}
	src, dst := p, buf
	for shift := 0; shift == 0 || span>>shift != 0; shift += 8 {
		var count [257]int32
		for _, i := range src {
			count[(digit(i)>>shift)&0xff+1]++
		}
		for d := 1; d < len(count); d++ {
			count[d] += count[d-1]
		}
		for _, i := range src {
			d := (digit(i) >> shift) & 0xff
			dst[count[d]] = i
			count[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &p[0] {
		copy(p, src)
	}
	return true
}

// sortTyped sorts positions p stably by keys unboxed into ints or strs
// (buf is scratch of the same length). Descending, it sorts the reversed
// positions ascending and reverses the result, as CPython does: equal
// keys keep their order.
func sortTyped[K int64 | string | float64](keys []K, p, buf []int32, reverse bool) {
	if reverse {
		slices.Reverse(p)
	}
	mergeTyped(keys, p, buf)
	if reverse {
		slices.Reverse(p)
	}
}

// mergeTyped is sorter.sort for typed keys: each comparison is a plain <.
func mergeTyped[K int64 | string | float64](keys []K, p, buf []int32) {
	n := len(p)
	if n <= sortRun {
		for i := 1; i < n; i++ {
			for j := i; j > 0 && keys[p[j]] < keys[p[j-1]]; j-- {
				p[j], p[j-1] = p[j-1], p[j]
			}
		}
		return
	}
	mid := n / 2
	mergeTyped(keys, p[:mid], buf[:mid])
	mergeTyped(keys, p[mid:], buf[mid:])
	if !(keys[p[mid]] < keys[p[mid-1]]) {
		return // already in order
	}
	copy(buf, p)
	i, j, k := 0, mid, 0
	for i < mid && j < n {
		if keys[buf[j]] < keys[buf[i]] {
			p[k] = buf[j]
			j++
		} else {
			p[k] = buf[i]
			i++
		}
		k++
	}
	k += copy(p[k:], buf[i:mid])
	copy(p[k:], buf[j:n])
}

// sortKind is 1 when all keys are ints, 2 when all are strs, 3 when all
// are tuples, 4 when all are floats and none is NaN, else 0.
func sortKind(keys []Value) int {
	if len(keys) == 0 {
		return 0
	}
	switch keys[0].(type) {
	case Int:
		for _, k := range keys {
			if _, ok := k.(Int); !ok {
				return 0
			}
		}
		return 1
	case Str:
		for _, k := range keys {
			if _, ok := k.(Str); !ok {
				return 0
			}
		}
		return 2
	case Tuple:
		for _, k := range keys {
			if _, ok := k.(Tuple); !ok {
				return 0
			}
		}
		return 3
	case Float:
		for _, k := range keys {
			// A NaN is neither < nor > anything: leave it to the
			// generic sort, whose reverse order is not the typed one's.
			if f, ok := k.(Float); !ok || f != f {
				return 0
			}
		}
		return 4
	}
	return 0
}

// tupleLess is a < b for tuples whose parts, up to the first difference,
// are ints or strs on both sides; ok is false for any other tuples.
func tupleLess(a, b Tuple) (lt, ok bool) {
	for i := 0; i < len(a) && i < len(b); i++ {
		switch x := a[i].(type) {
		case Int:
			y, isInt := b[i].(Int)
			if !isInt {
				return false, false
			}
			if x != y {
				return x < y, true
			}
		case Str:
			y, isStr := b[i].(Str)
			if !isStr {
				return false, false
			}
			if x != y {
				return x < y, true
			}
		default:
			return false, false
		}
	}
	return len(a) < len(b), true
}

// sorter merge-sorts positions into keys.
type sorter struct {
	keys []Value
	less func(a, b Value) bool
}

// sort sorts p stably; buf has the same length and is scratch.
func (s *sorter) sort(p, buf []int32) {
	n := len(p)
	if n <= sortRun {
		for i := 1; i < n; i++ {
			for j := i; j > 0 && s.less(s.keys[p[j]], s.keys[p[j-1]]); j-- {
				p[j], p[j-1] = p[j-1], p[j]
			}
		}
		return
	}
	mid := n / 2
	s.sort(p[:mid], buf[:mid])
	s.sort(p[mid:], buf[mid:])
	if !s.less(s.keys[p[mid]], s.keys[p[mid-1]]) {
		return // already in order
	}
	copy(buf, p)
	i, j, k := 0, mid, 0
	for i < mid && j < n {
		if s.less(s.keys[buf[j]], s.keys[buf[i]]) {
			p[k] = buf[j]
			j++
		} else {
			p[k] = buf[i]
			i++
		}
		k++
	}
	k += copy(p[k:], buf[i:mid])
	copy(p[k:], buf[j:n])
}

// orderFast is order with a direct path for two ints.
func orderFast(t *vm, op cmpOp, a, b Value) (bool, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return intCompare(op, x, y), nil
		}
	}
	return order(t, op, a, b)
}
