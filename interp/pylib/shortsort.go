package pylib

import "slices"

// ShortSort sorts idx, indices of the caller's items, making the
// comparisons CPython's list.sort makes on a short list: it counts the
// first run (reversing it when strictly descending), then inserts each
// later item by binary search. Callers that must fail with CPython's
// TypeError on mixed types (json.dumps with sort_keys) need that exact
// sequence: which pair is compared first decides the message.
// less(a, b) reports whether the item at index a sorts before the one
// at index b; its first error stops the sort.
func ShortSort[I int | int32](idx []I, less func(a, b I) (bool, error)) error {
	n := len(idx)
	if n < 2 {
		return nil
	}
	desc, err := less(idx[1], idx[0])
	if err != nil {
		return err
	}
	run := 2
	for ; run < n; run++ {
		lt, err := less(idx[run], idx[run-1])
		if err != nil {
			return err
		}
		if lt != desc {
			break
		}
	}
	if desc {
		slices.Reverse(idx[:run])
	}
	for start := run; start < n; start++ {
		pivot := idx[start]
		lo, hi := 0, start
		for lo < hi {
			p := lo + (hi-lo)/2
			lt, err := less(pivot, idx[p])
			if err != nil {
				return err
			}
			if lt {
				hi = p
			} else {
				lo = p + 1
			}
		}
		copy(idx[lo+1:start+1], idx[lo:start])
		idx[lo] = pivot
	}
	return nil
}
