package interp

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a Debugger that writes what it sees and can run a check
// at a line.
type recorder struct {
	log    []string
	atLine map[int]func(p *Paused)
	ext    func(p *Paused, c *ExternalCall, next ExternalFunc) (Value, error)
	exc    []string
}

func (r *recorder) Line(p *Paused) error {
	var fns []string
	for _, f := range p.Stack() {
		fns = append(fns, fmt.Sprintf("%s:%d", f.Function, f.Line))
	}
	r.log = append(r.log, fmt.Sprintf("d%d %s", p.Depth(), strings.Join(fns, " < ")))
	if fn := r.atLine[p.Line()]; fn != nil {
		fn(p)
	}
	return nil
}

func (r *recorder) Exception(p *Paused, exc *ExcValue) error {
	r.exc = append(r.exc, fmt.Sprintf("%s at line %d", exc.Error(), p.Line()))
	return nil
}

func (r *recorder) External(p *Paused, c *ExternalCall, next ExternalFunc) (Value, error) {
	if r.ext != nil {
		return r.ext(p, c, next)
	}
	return next(c.Name, c.Args, c.Kwargs)
}

func debugRun(t *testing.T, src string, r *recorder, opt CompileOptions, cfg RunConfig) (Value, error) {
	t.Helper()
	opt.Debug = true
	p, err := Compile("t.py", []byte(src), opt)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Debugger = r
	var out strings.Builder
	cfg.Stdout = &out
	return p.Run(context.Background(), cfg)
}

func TestDebugLinesAndStack(t *testing.T) {
	src := `def sq(x):
    y = x * x
    return y

def key(v):
    return -v

total = 0
for i in [1, 2]:
    total += sq(i)
order = sorted([3, 1], key=key)
total
`
	r := &recorder{}
	v, err := debugRun(t, src, r, CompileOptions{}, RunConfig{})
	if err != nil || Repr(v) != "5" {
		t.Fatalf("result %v, %v", v, err)
	}
	want := []string{
		"d1 <module>:1", "d1 <module>:5", "d1 <module>:8", "d1 <module>:9",
		"d1 <module>:10", "d2 sq:2 < <module>:10", "d2 sq:3 < <module>:10",
		"d1 <module>:9", "d1 <module>:10", "d2 sq:2 < <module>:10", "d2 sq:3 < <module>:10",
		"d1 <module>:9",
		"d1 <module>:11", "d2 key:6 < <module>:11", "d2 key:6 < <module>:11",
		"d1 <module>:12",
	}
	if got := strings.Join(r.log, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("events:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
}

func TestDebugLocalsEvalSet(t *testing.T) {
	src := `def f(a, b=2):
    items = [a, b, {"k": (1, 2)}]
    def inner():
        return a
    return len(items)

g = 10
f(1)
`
	var locals, evals []string
	r := &recorder{atLine: map[int]func(p *Paused){
		5: func(p *Paused) {
			vs, err := p.Locals(0)
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range vs {
				locals = append(locals, v.Name+"="+p.Repr(v.Value))
			}
			for _, e := range []string{"a + b + g", "items[2]['k'][1]", "max(items[:2])", "[x * 2 for x in items[:2]]", "nope", "(", "fetch(1)"} {
				v, err := p.Eval(0, e)
				if err != nil {
					evals = append(evals, e+" -> error "+err.Error())
				} else {
					evals = append(evals, e+" -> "+p.Repr(v))
				}
			}
			if err := p.SetVar(0, "items", &List{}); err != nil {
				t.Fatal(err)
			}
			if err := p.SetVar(0, "g", Int(5)); err != nil {
				t.Fatal(err)
			}
			// a is a parameter that inner() closes over: its cell changes.
			if err := p.SetVar(0, "a", Int(40)); err != nil {
				t.Fatal(err)
			}
			if v, err := p.Eval(0, "inner()"); err != nil || Repr(v) != "40" {
				t.Errorf("inner() after SetVar(a): %v, %v", v, err)
			}
			if err := p.SetVar(0, ".t0", Int(1)); err == nil {
				t.Error("SetVar wrote a compiler temporary")
			}
		},
	}}
	v, err := debugRun(t, src+"(f(1), g)\n", r, CompileOptions{Externals: []string{"fetch"}}, RunConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if got := Repr(v); got != "(0, 5)" {
		t.Errorf("result %s, want (0, 5): SetVar did not reach the program", got)
	}
	wantLocals := "a=1 b=2 items=[1, 2, {'k': (1, 2)}] inner=<function 'inner' at 0x"
	if got := strings.Join(locals, " "); !strings.HasPrefix(got, wantLocals) || strings.Count(got, "a=1") != 2 {
		t.Errorf("locals %q", got)
	}
	wantEvals := []string{
		"a + b + g -> 13", "items[2]['k'][1] -> 2", "max(items[:2]) -> 2", "[x * 2 for x in items[:2]] -> [2, 4]",
		"nope -> error NameError: name 'nope' is not defined",
	}
	for i, w := range wantEvals {
		if evals[i] != w {
			t.Errorf("eval %d: %q, want %q", i, evals[i], w)
		}
	}
	if !strings.HasPrefix(evals[5], "( -> error SyntaxError") {
		t.Errorf("syntax error: %q", evals[5])
	}
	if !strings.Contains(evals[6], "RuntimeError: the debugger does not call external functions") {
		t.Errorf("external in eval: %q", evals[6])
	}
}

func TestDebugExternalAndException(t *testing.T) {
	src := `def get(n):
    return fetch(n, flag=True)

x = get(3)
try:
    1 / 0
except ZeroDivisionError:
    pass
x["missing"]
`
	var calls []string
	r := &recorder{ext: func(p *Paused, c *ExternalCall, next ExternalFunc) (Value, error) {
		st := p.Stack()
		calls = append(calls, fmt.Sprintf("%s%s kw=%s at %s:%d < %s:%d", c.Name, Repr(Tuple(c.Args)), c.Kwargs[0].Name, st[0].Function, st[0].Line, st[1].Function, st[1].Line))
		d := NewDict()
		d.Set(Str("a"), Int(1))
		return d, nil
	}}
	_, err := debugRun(t, src, r, CompileOptions{Externals: []string{"fetch"}}, RunConfig{})
	var exc *Exception
	if !errors.As(err, &exc) || exc.Type() != "KeyError" {
		t.Fatalf("err %v", err)
	}
	if want := "fetch(3,) kw=flag at get:2 < <module>:4"; len(calls) != 1 || calls[0] != want {
		t.Errorf("calls %q, want %q", calls, want)
	}
	// The ZeroDivisionError is handled: only the KeyError is reported.
	if want := "KeyError: 'missing' at line 9"; len(r.exc) != 1 || r.exc[0] != want {
		t.Errorf("exceptions %q, want %q", r.exc, want)
	}
}

func TestDebugLoopHeads(t *testing.T) {
	src := "n = 0\nwhile n < 2:\n    n += 1\nfor c in 'ab':\n    pass\n"
	r := &recorder{}
	if _, err := debugRun(t, src, r, CompileOptions{}, RunConfig{}); err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range r.log {
		lines = append(lines, strings.TrimPrefix(l, "d1 <module>:"))
	}
	// Each iteration comes back to the loop's line; the first arrival is
	// one event, not two.
	if got, want := strings.Join(lines, " "), "1 2 3 2 3 2 4 5 4 5 4"; got != want {
		t.Errorf("lines %s, want %s", got, want)
	}
}

func TestNoDebugCompileHasNoLineOps(t *testing.T) {
	p, err := Compile("t.py", []byte("def f():\n    return 1\nx = f()\n"), CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var walk func(c *Code)
	walk = func(c *Code) {
		for _, ins := range c.instrs {
			if opcode(ins&0xff) == opLine {
				t.Errorf("%s has opLine without Debug", c.Name)
			}
		}
		for _, k := range c.consts {
			if fi, ok := k.(*funcInfo); ok {
				walk(fi.code)
			}
		}
	}
	walk(p.code)
}

// nopDebugger follows a run without stopping.
type nopDebugger struct{ lines int }

func (d *nopDebugger) Line(*Paused) error                 { d.lines++; return nil }
func (d *nopDebugger) Exception(*Paused, *ExcValue) error { return nil }
func (d *nopDebugger) External(_ *Paused, c *ExternalCall, next ExternalFunc) (Value, error) {
	return next(c.Name, c.Args, c.Kwargs)
}

// BenchmarkFibDebug is BenchmarkFib compiled for debugging and followed
// by a debugger that never stops: the cost of a debug session's line
// events, to compare with BenchmarkFib (which has none).
func BenchmarkFibDebug(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("testdata", "bench", "fib.py"))
	if err != nil {
		b.Fatal(err)
	}
	p, err := Compile("fib.py", src, CompileOptions{Debug: true})
	if err != nil {
		b.Fatal(err)
	}
	d := &nopDebugger{}
	for b.Loop() {
		if _, err := p.Run(context.Background(), RunConfig{Stdout: io.Discard, Debugger: d}); err != nil {
			b.Fatal(err)
		}
	}
	if d.lines == 0 {
		b.Fatal("no line events")
	}
}

// A builtin's callback starts a nested VM loop; the stack shown in it
// must hold the caller as it is now, not the frame that ran the latest
// event before (h, which has returned).
func TestDebugStackAcrossCallbacks(t *testing.T) {
	src := "def h():\n    return 1\n\ndef key(v):\n    return v\n\nx = h() + len(sorted([2, 1], key=key))\nx\n"
	r := &recorder{}
	if _, err := debugRun(t, src, r, CompileOptions{}, RunConfig{}); err != nil {
		t.Fatal(err)
	}
	want := "d1 <module>:1 | d1 <module>:4 | d1 <module>:7 | d2 h:2 < <module>:7 | d2 key:5 < <module>:7 | d2 key:5 < <module>:7 | d1 <module>:8"
	if got := strings.Join(r.log, " | "); got != want {
		t.Errorf("events\n%s\nwant\n%s", got, want)
	}
}
