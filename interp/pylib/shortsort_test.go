package pylib

import (
	"errors"
	"slices"
	"testing"
)

// TestShortSortComparisons checks that ShortSort compares the same pairs,
// in the same order, as CPython 3.11's sorted() on a short list. The
// expected pairs were recorded with a key class whose __lt__ logs
// (self, other):
//
//	class K:
//	    def __init__(s, v): s.v = v
//	    def __lt__(s, o): log.append((s.v, o.v)); return s.v < o.v
//	sorted(K(x) for x in xs)
func TestShortSortComparisons(t *testing.T) {
	for _, c := range []struct {
		items []int
		pairs [][2]int
	}{
		{[]int{3, 1, 2, 5, 4}, [][2]int{{1, 3}, {2, 1}, {2, 3}, {2, 1}, {5, 2}, {5, 3}, {4, 3}, {4, 5}}},
		{[]int{5, 4, 3, 1, 2, 0}, [][2]int{{4, 5}, {3, 4}, {1, 3}, {2, 1}, {2, 4}, {2, 3}, {2, 1}, {0, 3}, {0, 2}, {0, 1}}},
		{[]int{1, 2, 3, 0}, [][2]int{{2, 1}, {3, 2}, {0, 3}, {0, 2}, {0, 1}}},
	} {
		var pairs [][2]int
		idx := make([]int, len(c.items))
		for i := range idx {
			idx[i] = i
		}
		err := ShortSort(idx, func(a, b int) (bool, error) {
			pairs = append(pairs, [2]int{c.items[a], c.items[b]})
			return c.items[a] < c.items[b], nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(pairs, c.pairs) {
			t.Errorf("%v: compared %v, CPython compares %v", c.items, pairs, c.pairs)
		}
		sorted := make([]int, len(idx))
		for i, j := range idx {
			sorted[i] = c.items[j]
		}
		if !slices.IsSorted(sorted) {
			t.Errorf("%v: sorted to %v", c.items, sorted)
		}
	}
}

// TestShortSortStopsAtError checks that the first error of less is
// returned and no further comparison is made.
func TestShortSortStopsAtError(t *testing.T) {
	boom := errors.New("boom")
	calls := 0
	err := ShortSort([]int32{0, 1, 2, 3}, func(a, b int32) (bool, error) {
		calls++
		if calls == 2 {
			return false, boom
		}
		return a < b, nil
	})
	if err != boom || calls != 2 {
		t.Errorf("err %v after %d comparisons, want boom after 2", err, calls)
	}
}
