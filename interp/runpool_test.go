package interp

import (
	"context"
	"io"
	"reflect"
	"sync"
	"testing"
	"time"
)

// TestRunPoolRecycledVMIsClean checks that a vm put back in the pool
// after a run that used most of its state (output, string building,
// limits, usage, modules, calls, exceptions) is zero except for the
// buffers recycle keeps on purpose.
func TestRunPoolRecycledVMIsClean(t *testing.T) {
	src := `import json
def f(n):
    s = ''
    for i in range(n):
        s = s + str(i) + 'abcdefghijklmnopqrstuvwxyz'
    return s
try:
    1 / 0
except ZeroDivisionError:
    pass
print(json.dumps([1, 2]))
len(f(x))
`
	p, err := Compile("pool.py", []byte(src), CompileOptions{Inputs: []string{"x"}})
	if err != nil {
		t.Fatal(err)
	}
	kept := map[string]bool{"free": true, "frames": true, "globals": true, "spare": true}
	for range 50 {
		var u Usage
		cfg := RunConfig{Inputs: map[string]Value{"x": Int(30)}, Stdout: io.Discard, Usage: &u,
			Limits: Limits{MaxDuration: time.Minute, MaxMemory: 1 << 30}}
		if _, err := p.Run(context.Background(), cfg); err != nil {
			t.Fatal(err)
		}
		v, _ := vmPool.Get().(*vm)
		if v == nil {
			continue // the pool may drop what it is given (always under -race, sometimes)
		}
		rv := reflect.ValueOf(v).Elem()
		for i := range rv.NumField() {
			name := rv.Type().Field(i).Name
			if !kept[name] && !rv.Field(i).IsZero() {
				t.Errorf("recycled vm has field %s set", name)
			}
		}
		if len(v.free) != 0 || len(v.frames) != 0 || len(v.globals) != 0 {
			t.Errorf("recycled vm has %d free frames, %d frames, %d globals; want none", len(v.free), len(v.frames), len(v.globals))
		}
		if len(v.spare) == 0 {
			t.Errorf("recycled vm kept no spare frame")
		}
		for _, f := range v.spare {
			if f.code != nil || f.fn != nil || f.back != nil || f.sp != 0 && f.slots[f.sp-1] != nil {
				t.Errorf("spare frame still in use: %+v", f)
			}
		}
		for _, g := range v.globals[:cap(v.globals)] {
			if g != nil {
				t.Fatalf("recycled vm keeps a global value %v", g)
			}
		}
		return
	}
	t.Skip("the pool never returned a vm")
}

// TestRunPoolClassKeepsVM checks that a run which made a class is not
// recycled: an instance that outlives the run still calls its methods
// (here __repr__) on that run's vm while other runs come and go.
func TestRunPoolClassKeepsVM(t *testing.T) {
	p, err := Compile("cls.py", []byte("class A:\n    def __repr__(self):\n        return 'A' + str(n)\nA()\n"), CompileOptions{Inputs: []string{"n"}})
	if err != nil {
		t.Fatal(err)
	}
	v, err := p.Run(context.Background(), RunConfig{Inputs: map[string]Value{"n": Int(1)}})
	if err != nil {
		t.Fatal(err)
	}
	other, err := Compile("other.py", []byte("n * 2\n"), CompileOptions{Inputs: []string{"n"}})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 100 {
		if _, err := other.Run(context.Background(), RunConfig{Inputs: map[string]Value{"n": Int(i)}}); err != nil {
			t.Fatal(err)
		}
	}
	if got := Repr(v); got != "A1" {
		t.Errorf("repr of an instance after other runs = %q, want A1", got)
	}
}

// TestRunPoolConcurrentRuns runs one program from several goroutines, so
// that recycled vms move between them (run with -race).
func TestRunPoolConcurrentRuns(t *testing.T) {
	p, err := Compile("conc.py", []byte("def f(a):\n    return [a, a * 2]\nf(x)[1] + len(str(x) + 'ab')\n"), CompileOptions{Inputs: []string{"x"}})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				x := g*1000 + i
				v, err := p.Run(context.Background(), RunConfig{Inputs: map[string]Value{"x": Int(x)}})
				want := Int(2*x + len(Repr(Int(x))) + 2)
				if err != nil || v != want {
					t.Errorf("run with x=%d: %v, %v; want %v", x, v, err, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestStartupAllocs pins what compiling and running `x * y` allocates
// (BenchmarkStartup): the program, its code, the syntax tree's few
// blocks and the check's result, and nothing for a run of a compiled
// program, whose state comes from the pool.
func TestStartupAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes sync.Pool drop objects")
	}
	src := []byte("x * y\n")
	opts := CompileOptions{Inputs: []string{"x", "y"}}
	cfg := RunConfig{Inputs: map[string]Value{"x": Int(6), "y": Int(7)}}
	ctx := context.Background()
	p, err := Compile("startup.py", src, opts)
	if err != nil {
		t.Fatal(err)
	}
	run := testing.AllocsPerRun(200, func() {
		if v, err := p.Run(ctx, cfg); err != nil || v != Int(42) {
			t.Fatal(v, err)
		}
	})
	both := testing.AllocsPerRun(200, func() {
		p, err := Compile("startup.py", src, opts)
		if err != nil {
			t.Fatal(err)
		}
		if v, err := p.Run(ctx, cfg); err != nil || v != Int(42) {
			t.Fatal(v, err)
		}
	})
	// A collector cycle empties the pools now and then: allow a little.
	if run > 0.5 || both > 12 {
		t.Errorf("allocations: Run %.1f (want 0), Compile and Run %.1f (want at most 11)", run, both)
	}
}
