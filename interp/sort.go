package interp

// Sorting for list.sort and sorted(): a stable merge sort of item
// positions by key. It makes about n·log2(n) comparisons, like Python's
// timsort on unordered data, and a single pass over data already in
// order. Positions are sorted rather than the values themselves so that
// moving them costs no GC write barriers. When every key is an int, every
// key a str, or every key a tuple, the comparison takes a direct path for
// int and str parts and the generic comparison for anything else.

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
	less := generic
	switch sortKind(keys) {
	case 1:
		less = func(a, b Value) bool { return a.(Int) < b.(Int) }
	case 2:
		less = func(a, b Value) bool { return a.(Str) < b.(Str) }
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
	perm := make([]int32, len(keys))
	for i := range perm {
		perm[i] = int32(i)
	}
	s := sorter{keys: keys, less: less, buf: make([]int32, len(keys))}
	s.sort(perm, s.buf)
	return perm, err
}

// sortKind is 1 when all keys are ints, 2 when all are strs, 3 when all
// are tuples, else 0.
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
	buf  []int32
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
