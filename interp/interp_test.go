package interp

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func run(t *testing.T, src string, cfg RunConfig, opts CompileOptions) (Value, string, error) {
	t.Helper()
	p, err := Compile("test.py", []byte(src), opts)
	if err != nil {
		return nil, "", err
	}
	var out strings.Builder
	cfg.Stdout = &out
	v, err := p.Run(context.Background(), cfg)
	return v, out.String(), err
}

// TestPrograms runs the self-asserting programs in testdata/programs.
// Each one also passes unchanged under the real Monty 0.0.23 CLI.
func TestPrograms(t *testing.T) {
	files, err := filepath.Glob("testdata/programs/*.py")
	if err != nil || len(files) == 0 {
		t.Fatal("no programs", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if _, _, err := run(t, string(src), RunConfig{}, CompileOptions{}); err != nil {
				if e, ok := err.(*Exception); ok {
					t.Fatal(e.Traceback())
				}
				t.Fatal(err)
			}
		})
	}
}

func TestResultAndStdout(t *testing.T) {
	v, out, err := run(t, "print('a', 1, sep='-')\nx = 2\nx * 21\n", RunConfig{}, CompileOptions{})
	if err != nil || out != "a-1\n" || v != Int(42) {
		t.Fatalf("got %v %q %v", v, out, err)
	}
	// Only a final expression statement gives the result.
	v, _, err = run(t, "x = 1\nx\ny = 2\n", RunConfig{}, CompileOptions{})
	if err != nil || v != None {
		t.Fatalf("got %v %v", v, err)
	}
}

func TestInputs(t *testing.T) {
	in, err := FromGo(map[string]any{"n": int64(3), "xs": []any{1.5, "s", nil, true}})
	if err != nil {
		t.Fatal(err)
	}
	v, _, err := run(t, "cfg['n'] * len(cfg['xs'])", RunConfig{Inputs: map[string]Value{"cfg": in}}, CompileOptions{Inputs: []string{"cfg"}})
	if err != nil || v != Int(12) {
		t.Fatalf("got %v %v", v, err)
	}
	g, err := ToGo(in)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"n": int64(3), "xs": []any{1.5, "s", nil, true}}
	if !reflect.DeepEqual(g, want) {
		t.Fatalf("ToGo = %#v", g)
	}
}

func TestExternals(t *testing.T) {
	var calls []string
	host := func(name string, args []Value, kw []KeywordArg) (Value, error) {
		calls = append(calls, name+" "+Repr(Tuple(args)))
		if name == "fail" {
			return nil, NewException("ValueError", "nope")
		}
		for _, k := range kw {
			if k.Name == "scale" {
				return binary(nil, 2, args[0], k.Value, false)
			}
		}
		return args[0], nil
	}
	src := "r = fetch(2, scale=10)\ntry:\n    fail(1)\nexcept ValueError as e:\n    r += len(str(e))\nr"
	v, _, err := run(t, src, RunConfig{Externals: host}, CompileOptions{Externals: []string{"fetch", "fail"}})
	if err != nil || v != Int(24) {
		t.Fatalf("got %v %v", v, err)
	}
	if !reflect.DeepEqual(calls, []string{"fetch (2,)", "fail (1,)"}) {
		t.Fatalf("calls %v", calls)
	}
	// Without a host, calling an unknown name is a NameError raised after
	// the arguments are evaluated, as in the Monty CLI.
	_, out, err := run(t, "undefined_fn(print('side'))", RunConfig{}, CompileOptions{})
	var e *Exception
	if !errors.As(err, &e) || e.Type() != "NameError" || out != "side\n" {
		t.Fatalf("got %q %v", out, err)
	}
}

func TestTraceback(t *testing.T) {
	src := "def f(x):\n    return g(x) + 1\ndef g(y):\n    return y / 0\nf(3)\n"
	_, _, err := run(t, src, RunConfig{}, CompileOptions{})
	var e *Exception
	if !errors.As(err, &e) {
		t.Fatal(err)
	}
	// Monty 0.0.23's CLI prints this traceback for the program.
	want := `Traceback (most recent call last):
  File "test.py", line 5, in <module>
    f(3)
    ~~~~
  File "test.py", line 2, in f
    return g(x) + 1
           ~~~~
  File "test.py", line 4, in g
    return y / 0
           ~~~~~
ZeroDivisionError: division by zero`
	if e.Traceback() != want {
		t.Fatalf("traceback:\n%s\nwant:\n%s", e.Traceback(), want)
	}
	if e.Line() != 4 || e.Message() != "division by zero" {
		t.Fatalf("line %d message %q", e.Line(), e.Message())
	}
}

func TestCompileErrors(t *testing.T) {
	for _, c := range []struct {
		src, typ, msg string
		line, col     int
	}{
		{"x = 1\ndel x\n", "NotImplementedError", "The monty syntax parser does not yet support the 'del' statement", 2, 1},
		{"class A(B):\n    pass\n", "NotImplementedError", "The monty syntax parser does not yet support class inheritance and metaclasses", 1, 9},
		{"x = (1,\n", "SyntaxError", "", 1, 0},
	} {
		_, err := Compile("t.py", []byte(c.src), CompileOptions{})
		ce, ok := err.(*CompileError)
		if !ok {
			t.Fatalf("%q: %v", c.src, err)
		}
		if ce.Type != c.typ || (c.msg != "" && ce.Msg != c.msg) || ce.Pos.Line != c.line || (c.col != 0 && ce.Pos.Col != c.col) {
			t.Errorf("%q: got %s %q at %d:%d", c.src, ce.Type, ce.Msg, ce.Pos.Line, ce.Pos.Col)
		}
		if !strings.HasPrefix(ce.Error(), "t.py:") {
			t.Errorf("error text %q lacks file:line:col", ce.Error())
		}
	}
}

func TestLimits(t *testing.T) {
	_, _, err := run(t, "def f(n):\n    return f(n + 1)\nf(0)\n", RunConfig{}, CompileOptions{})
	var e *Exception
	if !errors.As(err, &e) || e.Type() != "RecursionError" {
		t.Fatalf("got %v", err)
	}
	p, err := Compile("loop.py", []byte("while True:\n    pass\n"), CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := p.Run(ctx, RunConfig{}); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v", err)
	}
}

func TestOSFunctionUncatchable(t *testing.T) {
	src := "import os\ntry:\n    os.getenv('HOME')\nexcept Exception:\n    pass\n"
	_, _, err := run(t, src, RunConfig{}, CompileOptions{})
	var e *Exception
	if !errors.As(err, &e) || e.Message() != "OS function 'os.getenv' not implemented with standard execution" {
		t.Fatalf("got %v", err)
	}
}

func TestAwaitExternal(t *testing.T) {
	host := func(name string, args []Value, kw []KeywordArg) (Value, error) { return args[0], nil }
	src := "import asyncio\nasync def main():\n    a = await fetch(1)\n    b = await asyncio.gather(fetch(2), fetch(3))\n    return [a] + b\nasyncio.run(main())\n"
	v, _, err := run(t, src, RunConfig{Externals: host}, CompileOptions{Externals: []string{"fetch"}})
	if err != nil || Repr(v) != "[1, 2, 3]" {
		t.Fatalf("got %v %v", v, err)
	}
}
