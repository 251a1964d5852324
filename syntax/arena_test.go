package syntax

import (
	"fmt"
	"strings"
	"testing"
)

// TestListsPop builds lists of every length up to beyond the longest that
// shares a block, each nested inside a list under construction, and checks
// that each comes back whole, with no spare capacity, and leaves the outer
// list intact.
func TestListsPop(t *testing.T) {
	var l lists[int]
	for n := 0; n <= maxListBlock+1; n++ {
		outer := l.mark()
		l.push(-1)
		inner := l.mark()
		for i := range n {
			l.push(i)
		}
		got := l.pop(inner)
		if n == 0 && got != nil {
			t.Fatalf("pop of no items = %v, want nil", got)
		}
		if len(got) != n || cap(got) != n {
			t.Fatalf("pop of %d items: len %d, cap %d", n, len(got), cap(got))
		}
		for i, v := range got {
			if v != i {
				t.Fatalf("pop of %d items: item %d is %d", n, i, v)
			}
		}
		if rest := l.pop(outer); len(rest) != 1 || rest[0] != -1 {
			t.Fatalf("after a nested list of %d, the outer list is %v", n, rest)
		}
	}
}

// TestListsAppendCopies checks that appending to a popped list cannot
// overwrite the list popped after it from the same block.
func TestListsAppendCopies(t *testing.T) {
	var l lists[string]
	l.push("a")
	first := l.pop(0)
	l.push("b")
	second := l.pop(0)
	_ = append(first, "x")
	if second[0] != "b" {
		t.Fatalf("appending to one list changed the next: %v", second)
	}
}

// TestSlab checks that a slab hands out distinct zeroed values across
// block boundaries.
func TestSlab(t *testing.T) {
	var s slab[Ident]
	seen := map[*Ident]bool{}
	for i := range 3 * maxNodeBlock {
		id := s.new()
		if seen[id] || *id != (Ident{}) {
			t.Fatalf("value %d reused or not zero: %+v", i, *id)
		}
		seen[id] = true
		id.Name = fmt.Sprint(i)
	}
	x := s.alloc(Ident{Name: "x"})
	if x.Name != "x" || seen[x] {
		t.Fatalf("alloc gave %+v", *x)
	}
}

// TestParseLongLists parses displays, calls and blocks longer than a list
// block, first in a fresh parser, where the blocks are smallest.
func TestParseLongLists(t *testing.T) {
	for _, n := range []int{maxListBlock/4 - 1, maxListBlock / 4, maxListBlock/4 + 1, maxListBlock + 1} {
		items := make([]string, n)
		for i := range items {
			items[i] = fmt.Sprint(i)
		}
		list := strings.Join(items, ", ")
		src := fmt.Sprintf("x = [%s]\nf(%s)\nif x:\n    %s\n", list, list, strings.Join(items, "\n    "))
		f, errs := Parse("long.py", []byte(src), 0)
		if errs != nil {
			t.Fatalf("%d items: %v", n, errs)
		}
		elts := f.Body[0].(*AssignStmt).Value.(*ListExpr).Elts
		args := f.Body[1].(*ExprStmt).X.(*CallExpr).Args
		body := f.Body[2].(*IfStmt).Body
		if len(elts) != n || len(args) != n || len(body) != n {
			t.Fatalf("%d items: list has %d, call %d, block %d", n, len(elts), len(args), len(body))
		}
		if last := elts[n-1].(*NumberLit).Raw; last != fmt.Sprint(n-1) {
			t.Fatalf("%d items: last element is %s", n, last)
		}
	}
}
