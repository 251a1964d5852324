package runner

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/monty-tools/monty-tools/interp"
)

// project writes a Monty project into a temporary directory.
func writeProject(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

var files = map[string]string{
	"monty.toml": "[monty]\nstubs = [\"host.pyi\"]\n",
	"host.pyi":   "def fetch(key: str) -> int: ...\nlimit: int\n",
	"mocks.json": `{"fetch": {"sequence": [1, 2]}}`,
	"main.py":    "a = fetch('x')\nb = fetch('y', fresh=True)\n(a, b, limit)\n",
}

// TestPrepareAndRun prepares a file with a mocks file and inputs given
// by name, and runs it: the report has the result, the calls in order
// with who answered, and the usage.
func TestPrepareAndRun(t *testing.T) {
	dir := writeProject(t, files)
	prep, err := Prepare(filepath.Join(dir, "main.py"), nil, Options{Dir: dir, MocksFile: "mocks.json",
		Inputs: map[string]json.RawMessage{"limit": json.RawMessage("10")}})
	if err != nil {
		t.Fatal(err)
	}
	if prep.Program == nil || prep.Rejected != nil || prep.Inputs["limit"] != interp.Int(10) {
		t.Fatalf("prepared: program %v, rejected %v, inputs %v", prep.Program, prep.Rejected, prep.Inputs)
	}
	rep := prep.Run(context.Background(), RunOptions{})
	if rep.Error != nil || *rep.Repr != "(1, 2, 10)" || !reflect.DeepEqual(rep.Result, []any{int64(1), int64(2), int64(10)}) {
		t.Fatalf("report: %+v", rep)
	}
	if len(rep.Calls) != 2 || rep.Calls[1].Text != "fetch('y', fresh=True)" || rep.Calls[1].Kwargs["fresh"] != true ||
		rep.Calls[0].Source != SourceMock || rep.Calls[1].ResultText != "2" {
		t.Errorf("calls: %+v", rep.Calls)
	}
	if rep.Usage.DurationMs <= 0 {
		t.Errorf("usage: %+v", rep.Usage)
	}
	if lines := prep.Program.StatementLines(); len(lines) != 0 {
		t.Errorf("a program compiled without Debug has line events at %v", lines)
	}
	// Debug compiles the line events a debugger stops at.
	prep, err = Prepare(filepath.Join(dir, "main.py"), nil, Options{Dir: dir, MocksFile: "mocks.json", Debug: true,
		Inputs: map[string]json.RawMessage{"limit": json.RawMessage("10")}})
	if err != nil {
		t.Fatal(err)
	}
	if lines := prep.Program.StatementLines(); !reflect.DeepEqual(lines, []int{1, 2, 3}) {
		t.Errorf("Debug: statement lines %v, want [1 2 3]", lines)
	}
}

// TestIntercept checks the debug adapter's hook: it sees each answer
// and its replacement is what the program gets and the log records.
func TestIntercept(t *testing.T) {
	dir := writeProject(t, files)
	prep, err := Prepare(filepath.Join(dir, "main.py"), nil, Options{Dir: dir, MocksFile: "mocks.json",
		Inputs: map[string]json.RawMessage{"limit": json.RawMessage("0")}})
	if err != nil {
		t.Fatal(err)
	}
	var seen []string
	prep.Externals.Intercept = func(c *Call, v interp.Value, err error) (interp.Value, error) {
		seen = append(seen, c.Text+" "+interp.Repr(v))
		if c.Args[0] == "y" {
			return nil, interp.NewException("KeyError", "y")
		}
		return interp.Int(7), nil
	}
	rep := prep.Run(context.Background(), RunOptions{})
	if want := []string{"fetch('x') 1", "fetch('y', fresh=True) 2"}; !reflect.DeepEqual(seen, want) {
		t.Errorf("Intercept saw %q, want %q", seen, want)
	}
	if rep.Error == nil || rep.Error.Type != "KeyError" || *rep.Error.Line != 2 {
		t.Errorf("error: %+v", rep.Error)
	}
	if len(rep.Calls) != 2 || rep.Calls[0].Result != int64(7) || rep.Calls[1].Raise == nil || rep.Calls[1].Raise.Message != "y" {
		t.Errorf("calls: %+v", rep.Calls)
	}
}

// TestSetupErrors checks the problems found before a run and their exit
// codes and positions.
func TestSetupErrors(t *testing.T) {
	dir := writeProject(t, files)
	main := filepath.Join(dir, "main.py")
	for _, tc := range []struct {
		src  string
		opts Options
		exit int
		line int
		want string
	}{
		{"", Options{Dir: dir}, 2, 0, "no mock for external function 'fetch'"},
		{"fetch(limit)\n", Options{Dir: dir, MocksFile: "mocks.json"}, 2, 0, "no value for input 'limit'"},
		{"x = 1\nsend(x)\n", Options{Dir: dir}, 1, 2, "main.py:2:1: M201 send is not defined"},
		{"", Options{Dir: dir, MocksFile: "nosuch.json"}, 2, 0, "nosuch.json"},
		{"", Options{Dir: dir, Inputs: map[string]json.RawMessage{"limit": json.RawMessage("[")}}, 2, 0, "--input limit: "},
	} {
		src := []byte(tc.src)
		if tc.src == "" {
			src = nil
		}
		_, err := Prepare(main, src, tc.opts)
		var se *SetupError
		if !errors.As(err, &se) || se.Exit != tc.exit || se.Line != tc.line || !strings.Contains(se.Error(), tc.want) {
			t.Errorf("%q: got %#v, want exit %d line %d with %q", tc.src, err, tc.exit, tc.line, tc.want)
		}
	}
	// A host or a prompt answers what has no mock.
	if _, err := Prepare(main, []byte("fetch('a')\n"), Options{Dir: dir, Host: "nosuch"}); err != nil {
		t.Errorf("with a host: %v", err)
	}
	if _, err := Prepare(main, []byte("fetch('a')\n"), Options{Dir: dir, Prompt: NewPrompt(strings.NewReader(""), nil)}); err != nil {
		t.Errorf("with a prompt: %v", err)
	}
}

func TestSplitWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"python3 host.py", []string{"python3", "host.py"}},
		{"  a\tb  ", []string{"a", "b"}},
		{`node "my host.js" --x='a b'`, []string{"node", "my host.js", "--x=a b"}},
		{`a "q\"q\\" b\ c ''`, []string{"a", `q"q\`, "b c", ""}},
		{`'$HOME' "*"`, []string{"$HOME", "*"}},
		{"", nil},
	} {
		got, err := splitWords(tc.in)
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("splitWords(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{`a 'b`, `a "b`} {
		if _, err := splitWords(bad); err == nil {
			t.Errorf("splitWords(%q): no error", bad)
		}
	}
}

func TestParseAnswer(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", "None"},
		{`{"a": [1, null]}`, "{'a': [1, None]}"},
		{"3", "3"},
		{"!KeyError: k", "raise KeyError: 'k'"},
		{"!ValueError", "raise ValueError: "},
		{"!Nope: x", `error "Nope" is not a builtin exception type`},
		{"nope", "error not a JSON value: "},
		{"1 2", "error not a JSON value: unexpected data after the JSON value"},
	} {
		v, err := parseAnswer(tc.in)
		var got string
		var exc *interp.ExcValue
		switch {
		case errors.As(err, &exc):
			got = "raise " + exc.Error()
		case err != nil:
			got = "error " + err.Error()
		default:
			got = interp.Repr(v)
		}
		if !strings.HasPrefix(got, tc.want) {
			t.Errorf("parseAnswer(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}
