package interp

// Sorting for list.sort and sorted(): a stable merge sort of (key, item)
// pairs. It makes about n·log2(n) comparisons, like Python's timsort on
// unordered data, and a single pass over data that is already in order.
// When every key is an int, or every key is a str, keys are compared
// directly instead of through the generic comparison.

// sortPair is one item with its sort key (the item itself without key=).
type sortPair struct{ key, val Value }

// sortRun is the length below which runs are sorted by insertion.
const sortRun = 12

// sortPairs sorts ps stably by key with Python's <. With reverse, the
// order is descending and equal keys keep their order, as in Python.
func (t *vm) sortPairs(ps []sortPair, reverse bool) error {
	var err error
	less := func(a, b Value) bool {
		if err != nil {
			return false
		}
		lt, e := order(t, cmpOp(2), a, b)
		if e != nil {
			err = e
		}
		return lt
	}
	switch sortKind(ps) {
	case 1:
		less = func(a, b Value) bool { return a.(Int) < b.(Int) }
	case 2:
		less = func(a, b Value) bool { return a.(Str) < b.(Str) }
	}
	if reverse {
		lt := less
		less = func(a, b Value) bool { return lt(b, a) }
	}
	mergeSort(ps, make([]sortPair, len(ps)), less)
	return err
}

// sortKind is 1 when all keys are ints, 2 when all are strs, else 0.
func sortKind(ps []sortPair) int {
	if len(ps) == 0 {
		return 0
	}
	switch ps[0].key.(type) {
	case Int:
		for _, p := range ps {
			if _, ok := p.key.(Int); !ok {
				return 0
			}
		}
		return 1
	case Str:
		for _, p := range ps {
			if _, ok := p.key.(Str); !ok {
				return 0
			}
		}
		return 2
	}
	return 0
}

// mergeSort sorts ps stably; buf has the same length and is scratch.
func mergeSort(ps, buf []sortPair, less func(a, b Value) bool) {
	n := len(ps)
	if n <= sortRun {
		for i := 1; i < n; i++ {
			for j := i; j > 0 && less(ps[j].key, ps[j-1].key); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
		return
	}
	mid := n / 2
	mergeSort(ps[:mid], buf[:mid], less)
	mergeSort(ps[mid:], buf[mid:], less)
	if !less(ps[mid].key, ps[mid-1].key) {
		return // already in order
	}
	copy(buf, ps)
	i, j, k := 0, mid, 0
	for i < mid && j < n {
		if less(buf[j].key, buf[i].key) {
			ps[k] = buf[j]
			j++
		} else {
			ps[k] = buf[i]
			i++
		}
		k++
	}
	k += copy(ps[k:], buf[i:mid])
	copy(ps[k:], buf[j:n])
}
