package interp

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestComprehensionFastPaths checks the results of the paths that skip
// steps: presized comprehension results (opBuildComp), items stored
// straight into loop locals, appends that jump back at once, and sorting
// by unboxed int, str and first-int tuple keys. Expected outputs are
// CPython's (and Monty's) for the same programs.
func TestComprehensionFastPaths(t *testing.T) {
	for _, c := range []struct{ name, src, want string }{
		{"range", "print([x * x for x in range(-3, 7, 3)])", "[9, 0, 9, 36]"},
		{"list", "xs = [3, 1, 2]\nprint([x + 1 for x in xs], [x for x in xs if x > 1])", "[4, 2, 3] [3, 2]"},
		{"tuple enumerate", "print([(i, c) for i, c in enumerate(('a', 'b'))])", "[(0, 'a'), (1, 'b')]"},
		{"dict items", "d = {'a': 1, 'b': 2}\nprint({v: k for k, v in d.items()}, [k for k in d])", "{1: 'a', 2: 'b'} ['a', 'b']"},
		{"repeated keys", "print({x % 3: x for x in range(10)})", "{0: 9, 1: 7, 2: 8}"},
		{"set", "print(sorted({x % 4 for x in range(100)}))", "[0, 1, 2, 3]"},
		{"set keeps members", "s = {1, True}\ns.add(1.0)\nprint(s, {x for x in [1.0, True, 1]}, set([True, 1]), {True: 1, 1: 2})", "{1} {1.0} {True} {1: 2}"},
		{"zip", "def f(ks, vs):\n    out = []\n    for k, v in zip(ks, vs):\n        out.append(k + v)\n    return out\nz = zip('ab', 'xyz')\nprint(f([1, 2, 3], [10, 20]), {k: v for k, v in z}, list(z), [a for a, b in zip([], [1])])",
			"[11, 22] {'a': 'x', 'b': 'y'} [] []"},
		{"nested", "print([(a, b) for a in range(3) for b in range(a)])", "[(1, 0), (2, 0), (2, 1)]"},
		{"genexpr", "print(sum(x for x in range(101)), list(x * 2 for x in (1, 2)))", "5050 [2, 4]"},
		{"sum", "big = 2**62\nprint(sum([big, big, -big]), sum([-big] * 4), sum([1, 2.5]), sum([2**63 - 1, 1]), sum([10**20, 1]), sum([1, 2], 10))",
			"4611686018427387904 -18446744073709551616 3.5 9223372036854775808 100000000000000000001 13"},
		{"shrinking list", "l = [1, 2, 3, 4]\nprint([l.pop() for x in l], l)", "[4, 3] [1, 2]"},
		{"big range", "print(len([0 for _ in range(70000)]))", "70000"},
		{"cells", "fs = [lambda: x for x in range(3)]\nprint([f() for f in fs])", "[2, 2, 2]"},
		{"locals", "def f(xs):\n    out = []\n    for i, x in enumerate(xs):\n        out.append(i * x)\n    for x in xs:\n        out.append(x)\n    return out\nprint(f([5, 6]))", "[0, 6, 5, 6]"},
		{"append grows", "l = []\nfor i in range(1000):\n    l.append(i)\nprint(len(l), l[-1], sum(l))", "1000 999 499500"},
		{"sort ints", "d = [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd')]\nprint(sorted(d, key=lambda p: p[0]), sorted(d, key=lambda p: p[0], reverse=True))",
			"[(1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')] [(2, 'a'), (2, 'c'), (1, 'b'), (1, 'd')]"},
		{"sort strs", "d = ['bb', 'a', 'c', 'a']\nprint(sorted(d, key=lambda s: s[0]), sorted(d, reverse=True))", "['a', 'a', 'bb', 'c'] ['c', 'bb', 'a', 'a']"},
		{"sort tuples", "d = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y'), (1, 'a', 0)]\nprint(sorted(d))\nprint(sorted(d, reverse=True))",
			"[(0, 'y'), (0, 'z'), (1, 'a'), (1, 'a', 0), (1, 'b')]\n[(1, 'b'), (1, 'a', 0), (1, 'a'), (0, 'z'), (0, 'y')]"},
		{"sort mixed tuples", "print(sorted([(1.5, 'x'), (1, 'y'), (True, 'a')]))", "[(True, 'a'), (1, 'y'), (1.5, 'x')]"},
		{"sort big ints", "print(sorted([10**20, -5, 3]), sorted([2**62, -2**62, 0], reverse=True))", "[-5, 3, 100000000000000000000] [4611686018427387904, 0, -4611686018427387904]"},
	} {
		_, out, err := run(t, c.src, RunConfig{}, CompileOptions{})
		if err != nil || strings.TrimSpace(out) != c.want {
			t.Errorf("%s: got %q, %v; want %q", c.name, out, err, c.want)
		}
	}
}

// TestComprehensionErrors: a tuple key whose first items tie and whose
// rest cannot be compared still fails, and a comprehension over a huge
// range meets the memory limit instead of reserving room up front.
func TestComprehensionErrors(t *testing.T) {
	_, _, err := run(t, "sorted([(1, 'a'), (1, 2)])", RunConfig{}, CompileOptions{})
	wantExc(t, err, "TypeError", "'<' not supported between instances of 'int' and 'str'")
	_, err, _, _ = runLimited(t, "x = [i for i in range(10**9)]", Limits{MaxMemory: 1 << 20})
	wantExc(t, err, "MemoryError", "limit exceeded")
	_, err, _, _ = runLimited(t, "x = {i: i for i in range(10**9)}", Limits{MaxMemory: 1 << 20})
	wantExc(t, err, "MemoryError", "limit exceeded")
}

// TestSortKeysTyped compares the typed and radix sorts with a plain
// stable sort of the same keys, ascending and descending, over small,
// wide, negative and extreme int spans, strs, and tuples with tied first
// items.
func TestSortKeysTyped(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	mk := map[string]func(int) Value{
		"small": func(int) Value { return Int(rng.IntN(50)) },
		"bytes": func(int) Value { return Int(rng.IntN(300) - 150) },
		"wide":  func(int) Value { return Int(rng.Int64N(1<<40) - 1<<39) },
		"edges": func(int) Value { return Int([]int64{math.MinInt64, math.MaxInt64, 0, -1}[rng.IntN(4)]) },
		"strs":  func(int) Value { return Str(string(rune('a' + rng.IntN(5)))) },
		"tuples": func(int) Value {
			return Tuple{Int(rng.IntN(10)), Str(string(rune('a' + rng.IntN(3))))}
		},
		"str tuples": func(int) Value {
			return Tuple{Str(string(rune('a' + rng.IntN(4)))), Int(rng.IntN(3))}
		},
		"floats": func(int) Value { return Float([]float64{-0.0, 0, 1.5, -2, math.Inf(1)}[rng.IntN(5)]) },
	}
	var th *vm
	for name, gen := range mk {
		for _, n := range []int{0, 1, 5, 63, 64, 200, 1000} {
			keys := make([]Value, n)
			for i := range keys {
				keys[i] = gen(i)
			}
			for _, rev := range []bool{false, true} {
				got, err := th.sortKeys(keys, rev)
				if err != nil {
					t.Fatal(err)
				}
				want := make([]int32, n)
				for i := range want {
					want[i] = int32(i)
				}
				sort.SliceStable(want, func(i, j int) bool {
					a, b := keys[want[i]], keys[want[j]]
					if rev {
						a, b = b, a
					}
					lt, _ := order(th, cmpOp(2), a, b)
					return lt
				})
				if !slices.Equal(got, want) {
					t.Errorf("%s n=%d reverse=%v: got %v, want %v", name, n, rev, got, want)
				}
			}
		}
	}
}
