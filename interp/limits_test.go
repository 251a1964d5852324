package interp

import (
	"context"
	"errors"
	"math/big"
	"math/rand"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestBigMulSteps(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	rnd := func(words int) *big.Int {
		b := make([]byte, words*8)
		r.Read(b)
		x := new(big.Int).SetBytes(b)
		if r.Intn(2) == 0 {
			x.Neg(x)
		}
		return x
	}
	t0 := &vm{ctx: context.Background()}
	for _, sz := range [][2]int{{stepWords, stepWords}, {3 * stepWords, 2*stepWords + 5}, {stepWords + 1, 5 * stepWords}, {40000, 40000}} {
		a, b := rnd(sz[0]), rnd(sz[1])
		got, err := t0.mul(a, b)
		if err != nil {
			t.Fatal(err)
		}
		if want := new(big.Int).Mul(a, b); got.Cmp(want) != 0 {
			t.Errorf("mul of %v words differs", sz)
		}
		sq, err := t0.mul(a, a)
		if err != nil {
			t.Fatal(err)
		}
		if want := new(big.Int).Mul(a, a); sq.Cmp(want) != 0 {
			t.Errorf("square of %d words differs", sz[0])
		}
	}
	p, err := t0.powSteps(big.NewInt(7), 3_000_000)
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Exp(big.NewInt(7), big.NewInt(3_000_000), nil); p.Cmp(want) != 0 {
		t.Error("7**3000000 differs")
	}
}

// runLimited runs src under lim and returns its error and usage.
func runLimited(t *testing.T, src string, lim Limits) (Value, error, Usage, string) {
	t.Helper()
	p, err := Compile("limits.py", []byte(src), CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var u Usage
	var out strings.Builder
	v, err := p.Run(context.Background(), RunConfig{Limits: lim, Usage: &u, Stdout: &out})
	return v, err, u, out.String()
}

// wantExc checks that err is the Python exception typ with a message
// matching re.
func wantExc(t *testing.T, err error, typ, re string) *Exception {
	t.Helper()
	var e *Exception
	if !errors.As(err, &e) {
		t.Fatalf("got %v, want %s", err, typ)
	}
	if e.Type() != typ || !regexp.MustCompile(re).MatchString(e.Message()) {
		t.Fatalf("got %s: %s, want %s matching %q", e.Type(), e.Message(), typ, re)
	}
	return e
}

func TestTimeLimit(t *testing.T) {
	for _, src := range []string{
		"while True:\n    pass\n",
		"def f(n):\n    return n if n < 2 else f(n-1) + f(n-2)\nf(100)\n",
		"def f():\n    try:\n        f()\n    except RecursionError:\n        f()\nf()\n",
		"x = 3\nfor _ in range(40):\n    x = x * x\n",
		"s = sum(range(10**13))\n",
		"import itertools\nx = list(itertools.count())\n",
	} {
		start := time.Now()
		_, err, u, _ := runLimited(t, src, Limits{MaxDuration: 100 * time.Millisecond, MaxMemory: 1 << 30})
		wantExc(t, err, "TimeoutError", `^time limit exceeded: \S+ > 100ms$`)
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%q: stopped after %v", src, d)
		}
		if u.Duration < 100*time.Millisecond {
			t.Errorf("%q: usage duration %v", src, u.Duration)
		}
	}
}

// TestLimitErrorsUncatchable: except and finally clauses do not run for
// resource errors, as in Monty; RecursionError is caught.
func TestLimitErrorsUncatchable(t *testing.T) {
	src := `
try:
    %s
except BaseException:
    print("caught")
finally:
    print("finally")
`
	for _, c := range []struct {
		stmt, typ string
		lim       Limits
	}{
		{"x = 'x' * 10**9", "MemoryError", Limits{MaxMemory: 1 << 20}},
		{"while True: pass", "TimeoutError", Limits{MaxDuration: 50 * time.Millisecond}},
		{"while True: print('spam')", "MemoryError", Limits{MaxOutput: 1000}},
		{"while True: x = [1]", "MemoryError", Limits{MaxAllocations: 1000}},
	} {
		_, err, _, out := runLimited(t, strings.Replace(src, "%s", c.stmt, 1), c.lim)
		wantExc(t, err, c.typ, "limit exceeded")
		if strings.Contains(out, "caught") || strings.Contains(out, "finally") {
			t.Errorf("%s: a handler ran: %q", c.stmt, out)
		}
	}
	_, err, _, out := runLimited(t, "def f(): f()\ntry:\n    f()\nexcept RecursionError:\n    print('caught')\n", Limits{})
	if err != nil || out != "caught\n" {
		t.Errorf("RecursionError: %v, %q", err, out)
	}
}

func TestMemoryLimitBigInt(t *testing.T) {
	// Squaring doubles the size: the result that would pass the limit is
	// refused before it is computed.
	_, err, u, _ := runLimited(t, "x = 3\nwhile True:\n    x = x * x\n", Limits{MaxMemory: 1 << 20})
	wantExc(t, err, "MemoryError", `^memory limit exceeded`)
	if u.PeakMemory > 1<<20 {
		t.Errorf("peak %d", u.PeakMemory)
	}
}

func TestMemoryLimit(t *testing.T) {
	lim := Limits{MaxMemory: 16 << 20, MaxDuration: 20 * time.Second}
	for _, c := range []struct{ src, msg string }{
		// Large results are refused before they are built, counting them.
		{"x = 'x' * 10**10", `^memory limit exceeded: 100000\d{5} bytes > 16777216 bytes$`},
		{"x = [0] * 10**9", `^memory limit exceeded: 160000\d{5} bytes > 16777216 bytes$`},
		{"x = 10**10**8", `^memory limit exceeded: \d{8} bytes > 16777216 bytes$`},
		{"x = 1 << 10**10", `^memory limit exceeded: \d{10} bytes > 16777216 bytes$`},
		{"x = 'x'.ljust(10**10)", `^memory limit exceeded`},
		{"x = f'{1:>{10**10}}'", `^memory limit exceeded`},
		// Growth is measured as it happens.
		{"l = []\nwhile True:\n    l.append('abc' * 10)\n", `^memory limit exceeded`},
		{"d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1\n", `^memory limit exceeded`},
		{"s = 'ab'\nwhile True:\n    s += s\n", `^memory limit exceeded`},
		{"x = [i for i in range(10**9)]", `^memory limit exceeded`},
		{"x = list(range(10**9))", `^memory limit exceeded`},
		{"s = 'x' * 1000\nwhile True:\n    s = s.replace('x', 'xx')\n", `^memory limit exceeded`},
		{"import json\nx = json.dumps(['x' * 1000] * 100000)", `^memory limit exceeded`},
	} {
		_, err, u, _ := runLimited(t, c.src, lim)
		wantExc(t, err, "MemoryError", c.msg)
		if u.PeakMemory > 64<<20 {
			t.Errorf("%q: peak %d bytes, far past the limit", c.src, u.PeakMemory)
		}
	}
}

// TestMemoryFreed: garbage does not count, so programs that release what
// they allocate complete under a small limit.
func TestMemoryFreed(t *testing.T) {
	for _, src := range []string{
		"for i in range(200):\n    s = 'x' * 1000000\n",
		"for i in range(100000):\n    a = [i]\n    a.append(a)\n",
		"for i in range(1000):\n    d = {j: str(j) for j in range(1000)}\n",
	} {
		_, err, u, _ := runLimited(t, src, Limits{MaxMemory: 4 << 20, MaxDuration: 20 * time.Second})
		if err != nil {
			t.Errorf("%q: %v", src, err)
		}
		if u.PeakMemory == 0 || u.PeakMemory > 4<<20 {
			t.Errorf("%q: peak %d", src, u.PeakMemory)
		}
	}
}

func TestAllocationLimit(t *testing.T) {
	_, err, u, _ := runLimited(t, "l = []\nwhile True:\n    l = [l]\n", Limits{MaxAllocations: 5000})
	wantExc(t, err, "MemoryError", `^allocation limit exceeded: 5001 > 5000$`)
	if u.Allocations != 5001 {
		t.Errorf("allocations %d", u.Allocations)
	}
	// The same program under a larger limit gets further.
	_, err, _, _ = runLimited(t, "l = []\nfor i in range(1000):\n    l = [l]\n", Limits{MaxAllocations: 5000})
	if err != nil {
		t.Error(err)
	}
}

func TestRecursionLimit(t *testing.T) {
	src := "def f(n):\n    return f(n + 1)\nf(0)\n"
	for _, lim := range []int{0, 50, 3000} {
		_, err, u, _ := runLimited(t, src, Limits{MaxRecursion: lim})
		wantExc(t, err, "RecursionError", `^maximum recursion depth exceeded$`)
		want := lim
		if lim == 0 {
			want = 1000
		}
		if u.MaxDepth < want-1 || u.MaxDepth > want+1 {
			t.Errorf("limit %d: max depth %d", lim, u.MaxDepth)
		}
	}
	// The data depth guard: ==, <, hash and json.dumps of nesting deeper
	// than 500 raise RecursionError; repr cuts the text.
	nest := "x = []\ny = []\nt = ()\nfor i in range(600):\n    x = [x]\n    y = [y]\n    t = (t,)\n"
	for _, expr := range []string{"x == y", "x < y", "hash(t)", "__import__"} {
		if expr == "__import__" {
			expr = "json.dumps(x)"
			nest = "import json\n" + nest
		}
		_, err, _, _ := runLimited(t, nest+expr+"\n", Limits{})
		wantExc(t, err, "RecursionError", `^maximum recursion depth exceeded$`)
	}
	v, err, _, _ := runLimited(t, "x = []\nfor i in range(100000):\n    x = [x]\nlen(repr(x))\n", Limits{})
	if err != nil || v != Int(2003) {
		t.Errorf("repr of deep list: %v %v", v, err)
	}
}

func TestOutputLimit(t *testing.T) {
	_, err, u, out := runLimited(t, "while True:\n    print('0123456789')\n", Limits{MaxOutput: 1000})
	wantExc(t, err, "MemoryError", `^output limit exceeded: 1001 bytes > 1000 bytes$`)
	if len(out) != 1000 || u.OutputBytes != 1000 {
		t.Errorf("wrote %d bytes, usage %d", len(out), u.OutputBytes)
	}
	_, err, u, out = runLimited(t, "print('x' * 999)\n", Limits{MaxOutput: 1000})
	if err != nil || len(out) != 1000 || u.OutputBytes != 1000 {
		t.Errorf("under the limit: %v, %d bytes", err, len(out))
	}
}

// TestCancel: a context cancelled from another goroutine stops a run with
// the context's error, inside loops, recursion and long builtins.
func TestCancel(t *testing.T) {
	for _, src := range []string{
		"while True:\n    pass\n",
		"def f():\n    try:\n        f()\n    except RecursionError:\n        f()\nf()\n",
		"s = sorted(list(range(10**7)) * 3)\nwhile True:\n    pass\n",
		"x = 7 ** (10**8)\n",
	} {
		p, err := Compile("cancel.py", []byte(src), CompileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() {
			_, err := p.Run(ctx, RunConfig{Limits: Limits{MaxMemory: 1 << 30}})
			done <- err
		}()
		time.Sleep(50 * time.Millisecond)
		cancel()
		select {
		case err := <-done:
			if !errors.Is(err, context.Canceled) {
				t.Errorf("%q: got %v, want context.Canceled", src, err)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("%q: cancellation ignored", src)
		}
	}
}

// TestHealthyAfterLimit: after a run ends on a limit, the same program
// and others run normally, concurrently too.
func TestHealthyAfterLimit(t *testing.T) {
	bomb, err := Compile("bomb.py", []byte("x = 'x' * 10**10\n"), CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ok, err := Compile("ok.py", []byte("sum([i * i for i in range(1000)])\n"), CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := bomb.Run(context.Background(), RunConfig{Limits: Limits{MaxMemory: 1 << 20}})
			var e *Exception
			if !errors.As(err, &e) || e.Type() != "MemoryError" {
				t.Errorf("bomb: %v", err)
			}
			v, err := ok.Run(context.Background(), RunConfig{Limits: Limits{MaxMemory: 1 << 20}})
			if err != nil || v != Int(332833500) {
				t.Errorf("after the bomb: %v %v", v, err)
			}
		}()
	}
	wg.Wait()
}

// TestResourceErrorTraceback: a MemoryError shows the statement it struck
// at, as Monty's does; a TimeoutError has no frame.
func TestResourceErrorTraceback(t *testing.T) {
	_, err, _, _ := runLimited(t, "def f():\n    return [0] * 10**9\nx = 1\nf()\n", Limits{MaxMemory: 1 << 20})
	e := wantExc(t, err, "MemoryError", `^memory limit exceeded`)
	if e.Line() != 2 || !strings.Contains(e.Traceback(), "line 4, in <module>") {
		t.Errorf("line %d, traceback:\n%s", e.Line(), e.Traceback())
	}
	_, err, _, _ = runLimited(t, "while True:\n    pass\n", Limits{MaxDuration: 10 * time.Millisecond})
	if e := wantExc(t, err, "TimeoutError", `^time limit exceeded`); e.Line() != 0 {
		t.Errorf("TimeoutError at line %d", e.Line())
	}
}

// TestHostGuardWithoutLimits: with no memory limit a single huge result
// is still refused, so one line cannot exhaust the host.
func TestHostGuardWithoutLimits(t *testing.T) {
	for _, src := range []string{"x = 'x' * 10**11", "x = [0] * 10**10", "x = 'x'.ljust(10**11)", "x = f'{1:>{10**11}}'"} {
		_, err, _, _ := runLimited(t, src, Limits{})
		wantExc(t, err, "MemoryError", `^memory limit exceeded: \d+ bytes > 4294967296 bytes$`)
	}
}
