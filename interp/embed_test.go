package interp

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// embedProgram exercises most of the interpreter: classes, closures,
// comprehensions, exceptions, modules, sorted with a key, async functions
// and every kind of external call. Its result depends on its inputs.
const embedProgram = `import asyncio
import json
import re

class Acc:
    def __init__(self, scale):
        self.items = {}
        self.scale = scale
    def add(self, k, v):
        self.items[k] = v * self.scale

def make_adder(n):
    def add(x):
        return x + n
    return add

acc = Acc(2)
add = make_adder(n)
buckets = {}
for name in names:
    buckets.setdefault(hash(name) % 7, []).append(name)
print('buckets', sorted(buckets.items()))
data = lookup('a')
data.append(add(99))
print('data', data)
try:
    lookup('missing')
except KeyError as e:
    print('caught', repr(e))
words = sorted(names, key=lambda s: (len(s), s))
print(re.sub('[aeiou]', '_', ' '.join(words)))

async def one(i):
    return await fetch(i)

async def main():
    first = await fetch(0)
    many = await asyncio.gather(fetch(1), fetch(2), fetch(n))
    more = await asyncio.gather(one(4), one(5))
    return [first] + many + more

r = asyncio.run(main())
for k in sorted({'x', 'y', 'z'}):
    acc.add(k, len(score(k, weight=len(r))))
print(json.dumps(acc.items, sort_keys=True))
try:
    1 / 0
except ZeroDivisionError:
    print('div')
{'r': r, 'b': sorted(buckets.items()), 'big': 2 ** 80 + len(data), 'data': data, 'squares': [add(i) ** 2 for i in range(n)]}
`

var embedExternals = []string{"lookup", "fetch", "score"}

// embedAnswer is the host's answer to every call of embedProgram: the
// same whether the run is driven by Funcs, by snapshots or replayed.
func embedAnswer(name string, args []Value, kw []KeywordArg) (Value, error) {
	switch name {
	case "lookup":
		if args[0] == Str("missing") {
			return nil, NewException("KeyError", "missing")
		}
		return []any{1, "two", 3.5}, nil
	case "fetch":
		return Int(args[0].(Int) * 10), nil
	case "score":
		return Str(strings.Repeat(string(args[0].(Str)), int(kw[0].Value.(Int)))), nil
	}
	return nil, fmt.Errorf("unexpected call %s", name)
}

func embedFuncs() Funcs {
	f := func(name string) Func {
		return func(ctx context.Context, args []Value, kw []KeywordArg) (Value, error) {
			return embedAnswer(name, args, kw)
		}
	}
	return Funcs{"lookup": Sync(f("lookup")), "fetch": Async(f("fetch")), "score": Sync(f("score"))}
}

func embedInputs(n int) map[string]Value {
	names := &List{}
	for i := 0; i < n+3; i++ {
		names.Items = append(names.Items, Str(fmt.Sprintf("name%d", i*7)))
	}
	return map[string]Value{"names": names, "n": Int(n)}
}

func compileEmbed(t testing.TB) *Program {
	t.Helper()
	p, err := Compile("embed.py", []byte(embedProgram), CompileOptions{Inputs: []string{"names", "n"}, Externals: embedExternals})
	if err != nil {
		if ce, ok := err.(*CompileError); ok {
			t.Fatal(ce.Traceback())
		}
		t.Fatal(err)
	}
	return p
}

// runFull runs a program uninterrupted and returns its result's repr and
// output.
func runFull(t testing.TB, p *Program, inputs map[string]Value, funcs Funcs) (string, string) {
	t.Helper()
	var out strings.Builder
	v, err := p.Run(context.Background(), RunConfig{Inputs: inputs, Stdout: &out, Funcs: funcs})
	if err != nil {
		if e, ok := err.(*Exception); ok {
			t.Fatal(e.Traceback())
		}
		t.Fatal(err)
	}
	return Repr(v), out.String()
}

// TestEmbedConcurrentRuns runs one Program from many goroutines at once
// (under -race this checks that runs share nothing mutable) and compares
// each run with the same input's sequential run.
func TestEmbedConcurrentRuns(t *testing.T) {
	p := compileEmbed(t)
	const inputs = 6
	want := make([][2]string, inputs)
	for i := range want {
		want[i][0], want[i][1] = runFull(t, p, embedInputs(i), embedFuncs())
	}
	if want[1] == want[2] {
		t.Fatal("the program's result does not depend on its input")
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 6; k++ {
				i := (g + k) % inputs
				var out strings.Builder
				v, err := p.Run(context.Background(), RunConfig{Inputs: embedInputs(i), Stdout: &out, Funcs: embedFuncs()})
				if err != nil || Repr(v) != want[i][0] || out.String() != want[i][1] {
					errs <- fmt.Sprintf("input %d: got %s %q %v", i, Repr(v), out.String(), err)
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestEmbedSyncFuncs checks the arguments a sync Func receives, the Go
// values it may return, and exceptions it raises into the program.
func TestEmbedSyncFuncs(t *testing.T) {
	var got []string
	funcs := Funcs{
		"get": Sync(func(ctx context.Context, args []Value, kw []KeywordArg) (Value, error) {
			got = append(got, fmt.Sprintf("%s %v", Repr(Tuple(args)), kw))
			switch args[0] {
			case Str("int"):
				return 7, nil
			case Str("map"):
				return map[string]any{"b": []any{true, nil}, "a": 1.5}, nil
			case Str("none"):
				return nil, nil
			case Str("bad"):
				return nil, NewException("ValueError", "bad key")
			}
			return args[0], nil
		}),
	}
	src := `r = [get('int'), get('map'), get('none'), get('x', 1, flag=True)]
try:
    get('bad')
except ValueError as e:
    r.append('caught ' + str(e))
r
`
	p, err := Compile("t.py", []byte(src), CompileOptions{Externals: funcs.Names()})
	if err != nil {
		t.Fatal(err)
	}
	v, err := p.Run(context.Background(), RunConfig{Funcs: funcs})
	if err != nil {
		t.Fatal(err)
	}
	if want := `[7, {'a': 1.5, 'b': [True, None]}, None, 'x', 'caught bad key']`; Repr(v) != want {
		t.Errorf("result %s, want %s", Repr(v), want)
	}
	if want := "('x', 1) [{flag true}]"; len(got) != 5 || got[3] != want {
		t.Errorf("calls %q, want the fourth to be %q", got, want)
	}
}

// TestEmbedHostErrors: a Go error that is not an exception ends the run
// (the program cannot catch it); a panicking Func does too, without
// taking the host down; an unknown name is a NameError.
func TestEmbedHostErrors(t *testing.T) {
	errDown := errors.New("service down")
	funcs := Funcs{
		"down":  Sync(func(context.Context, []Value, []KeywordArg) (Value, error) { return nil, errDown }),
		"panic": Sync(func(context.Context, []Value, []KeywordArg) (Value, error) { panic("boom") }),
		"apanic": Async(func(context.Context, []Value, []KeywordArg) (Value, error) {
			panic("async boom")
		}),
		"nogo": {},
	}
	cases := []struct {
		src   string
		check func(error) bool
	}{
		{"try:\n    down()\nexcept Exception:\n    pass\n", func(err error) bool { return errors.Is(err, errDown) }},
		{"panic()\n", func(err error) bool { return err != nil && strings.Contains(err.Error(), "panicked: boom") }},
		{"async def f():\n    return await apanic()\nimport asyncio\nasyncio.run(f())\n", func(err error) bool {
			return err != nil && strings.Contains(err.Error(), "panicked: async boom")
		}},
		{"nogo()\n", func(err error) bool { return err != nil && strings.Contains(err.Error(), "no Go implementation") }},
		{"other()\n", func(err error) bool {
			var e *Exception
			return errors.As(err, &e) && e.Type() == "NameError"
		}},
	}
	for _, c := range cases {
		p, err := Compile("t.py", []byte(c.src), CompileOptions{Externals: append(funcs.Names(), "other")})
		if err != nil {
			t.Fatal(err)
		}
		_, err = p.Run(context.Background(), RunConfig{Funcs: funcs})
		if !c.check(err) {
			t.Errorf("%q: got %v", c.src, err)
		}
	}
}

// TestEmbedAsyncConcurrent: the calls of an asyncio.gather over async
// Funcs run at the same time (each waits until all have started), and the
// results come back in the order of the gather's arguments.
func TestEmbedAsyncConcurrent(t *testing.T) {
	const n = 4
	var started sync.WaitGroup
	started.Add(n)
	funcs := Funcs{"fetch": Async(func(ctx context.Context, args []Value, kw []KeywordArg) (Value, error) {
		started.Done()
		all := make(chan struct{})
		go func() { started.Wait(); close(all) }()
		select {
		case <-all:
		case <-time.After(10 * time.Second):
			return nil, errors.New("calls did not run concurrently")
		}
		// Finish in reverse order of the calls.
		time.Sleep(time.Duration(n-int(args[0].(Int))) * time.Millisecond)
		return Int(args[0].(Int) * 100), nil
	})}
	src := "import asyncio\nasync def main():\n    return await asyncio.gather(fetch(0), fetch(1), fetch(2), fetch(3))\nasyncio.run(main())\n"
	p, err := Compile("t.py", []byte(src), CompileOptions{Externals: funcs.Names()})
	if err != nil {
		t.Fatal(err)
	}
	v, err := p.Run(context.Background(), RunConfig{Funcs: funcs})
	if err != nil || Repr(v) != "[0, 100, 200, 300]" {
		t.Fatalf("got %v %v", Repr(v), err)
	}
}

// TestEmbedAsyncArgsCopied: an async call gets the program's lists as
// they were at the call, even when the program changes them before the
// function reads them.
func TestEmbedAsyncArgsCopied(t *testing.T) {
	release := make(chan struct{})
	funcs := Funcs{"size": Async(func(ctx context.Context, args []Value, kw []KeywordArg) (Value, error) {
		<-release
		return Int(len(args[0].(*List).Items)), nil
	}), "go_on": Sync(func(context.Context, []Value, []KeywordArg) (Value, error) {
		close(release)
		return None, nil
	})}
	src := "x = [1, 2]\nc = size(x)\nx.append(3)\ngo_on()\nasync def f():\n    return await c\nimport asyncio\nasyncio.run(f())\n"
	p, err := Compile("t.py", []byte(src), CompileOptions{Externals: funcs.Names()})
	if err != nil {
		t.Fatal(err)
	}
	v, err := p.Run(context.Background(), RunConfig{Funcs: funcs})
	if err != nil || v != Int(2) {
		t.Fatalf("got %v %v", Repr(v), err)
	}
}

// TestEmbedAsyncExceptions: an exception from an async Func is raised at
// the await, where the program catches it; awaiting twice is an error.
func TestEmbedAsyncExceptions(t *testing.T) {
	funcs := Funcs{"fetch": Async(func(ctx context.Context, args []Value, kw []KeywordArg) (Value, error) {
		if args[0] == Int(0) {
			return nil, NewException("TimeoutError", "slow")
		}
		return args[0], nil
	})}
	src := `import asyncio
async def main():
    out = []
    try:
        await fetch(0)
    except TimeoutError as e:
        out.append('timeout ' + str(e))
    c = fetch(1)
    out.append(await c)
    try:
        await c
    except RuntimeError as e:
        out.append(str(e))
    return out
asyncio.run(main())
`
	p, err := Compile("t.py", []byte(src), CompileOptions{Externals: funcs.Names()})
	if err != nil {
		t.Fatal(err)
	}
	v, err := p.Run(context.Background(), RunConfig{Funcs: funcs})
	if want := "['timeout slow', 1, 'cannot reuse already awaited coroutine']"; err != nil || Repr(v) != want {
		t.Fatalf("got %v %v, want %s", Repr(v), err, want)
	}
}

// TestEmbedRunWaitsForAsyncCalls: a call the program never awaits sees
// its context cancelled when the run ends, and Run returns only after it
// has returned, so no goroutine outlives the run.
func TestEmbedRunWaitsForAsyncCalls(t *testing.T) {
	var finished atomic.Bool
	funcs := Funcs{"slow": Async(func(ctx context.Context, args []Value, kw []KeywordArg) (Value, error) {
		<-ctx.Done()
		time.Sleep(5 * time.Millisecond)
		finished.Store(true)
		return None, ctx.Err()
	})}
	p, err := Compile("t.py", []byte("c = slow()\n'done'\n"), CompileOptions{Externals: funcs.Names()})
	if err != nil {
		t.Fatal(err)
	}
	v, err := p.Run(context.Background(), RunConfig{Funcs: funcs})
	if err != nil || v != Str("done") {
		t.Fatalf("got %v %v", v, err)
	}
	if !finished.Load() {
		t.Error("Run returned before the async call")
	}
	if g := leftGoroutines(); g != "" {
		t.Errorf("goroutines left after the run:\n%s", g)
	}
}

// leftGoroutines returns the stacks of this package's goroutines that
// are still there after a moment: a goroutine that has done its work may
// take a little while to exit once it has said so.
func leftGoroutines() string {
	deadline := time.Now().Add(2 * time.Second)
	for {
		g := interpGoroutines()
		if g == "" || time.Now().After(deadline) {
			return g
		}
		time.Sleep(time.Millisecond)
	}
}

// interpGoroutines returns the stacks of the goroutines other than the
// caller's that the embedding API started: paused runs, async calls and
// gathered coroutines.
func interpGoroutines() string {
	buf := make([]byte, 1<<20)
	stacks := strings.Split(string(buf[:runtime.Stack(buf, true)]), "\n\n")
	var left []string
	for _, s := range stacks[1:] { // the first is the caller's
		for _, mark := range []string{"interp.(*stepRun)", "interp.(*hostRun)", "interp.(*gatherTask)"} {
			if strings.Contains(s, mark) {
				left = append(left, s)
				break
			}
		}
	}
	return strings.Join(left, "\n\n")
}

// TestEmbedFuncsWithExternalFunc: names Funcs lacks go to the plain
// ExternalFunc callback.
func TestEmbedFuncsWithExternalFunc(t *testing.T) {
	funcs := Funcs{"a": Sync(func(context.Context, []Value, []KeywordArg) (Value, error) { return Str("from funcs"), nil })}
	ext := func(name string, args []Value, kw []KeywordArg) (Value, error) {
		return Str("from callback " + name), nil
	}
	p, err := Compile("t.py", []byte("[a(), b()]\n"), CompileOptions{Externals: []string{"a", "b"}})
	if err != nil {
		t.Fatal(err)
	}
	v, err := p.Run(context.Background(), RunConfig{Funcs: funcs, Externals: ext})
	if want := "['from funcs', 'from callback b']"; err != nil || Repr(v) != want {
		t.Fatalf("got %v %v", Repr(v), err)
	}
}

// benchCalls makes 1000 external calls per run.
const benchCalls = "t = 0\nfor i in range(1000):\n    t += ext(i)\nt\n"

func benchExternal(b *testing.B, cfg RunConfig) {
	p, err := Compile("b.py", []byte(benchCalls), CompileOptions{Externals: []string{"ext"}})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if v, err := p.Run(context.Background(), cfg); err != nil || v != Int(999*1000/2) {
			b.Fatal(v, err)
		}
	}
}

// BenchmarkEmbedExternalFunc is the plain ExternalFunc callback path,
// which the embedding API must leave as fast as it was.
func BenchmarkEmbedExternalFunc(b *testing.B) {
	benchExternal(b, RunConfig{Externals: func(name string, args []Value, kw []KeywordArg) (Value, error) { return args[0], nil }})
}

// BenchmarkEmbedFuncs is the same calls through a sync Func.
func BenchmarkEmbedFuncs(b *testing.B) {
	benchExternal(b, RunConfig{Funcs: Funcs{"ext": Sync(func(ctx context.Context, args []Value, kw []KeywordArg) (Value, error) { return args[0], nil })}})
}

// BenchmarkEmbedStart is the same calls as 1000 pauses of a step-by-step
// run (two goroutine hand-offs and a logged result each).
func BenchmarkEmbedStart(b *testing.B) {
	p, err := Compile("b.py", []byte(benchCalls), CompileOptions{Externals: []string{"ext"}})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		snap, v, err := p.Start(context.Background(), RunConfig{})
		for snap != nil {
			snap, v, err = snap.Resume(snap.Call().Args[0])
		}
		if err != nil || v != Int(999*1000/2) {
			b.Fatal(v, err)
		}
	}
}

// TestEmbedGatherTasksConcurrent: async host calls made by different
// coroutines of one gather run at the same time.
func TestEmbedGatherTasksConcurrent(t *testing.T) {
	const n = 3
	var started sync.WaitGroup
	started.Add(n)
	all := make(chan struct{})
	go func() { started.Wait(); close(all) }()
	funcs := Funcs{"fetch": Async(func(ctx context.Context, args []Value, kw []KeywordArg) (Value, error) {
		started.Done()
		select {
		case <-all:
		case <-time.After(10 * time.Second):
			return nil, errors.New("calls did not run concurrently")
		}
		return args[0], nil
	})}
	src := `import asyncio
async def worker(i):
    v = await fetch(i)
    return v * 10
async def main():
    return await asyncio.gather(worker(1), worker(2), worker(3))
asyncio.run(main())
`
	p, err := Compile("t.py", []byte(src), CompileOptions{Externals: funcs.Names()})
	if err != nil {
		t.Fatal(err)
	}
	v, err := p.Run(context.Background(), RunConfig{Funcs: funcs})
	if err != nil || Repr(v) != "[10, 20, 30]" {
		t.Fatalf("got %v %v", Repr(v), err)
	}
}
