package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/monty-tools/monty-tools/internal/scripttest"
)

// TestMain lets the test binary act as the monty-lsp command: scripts run
// it with `exec monty-lsp ...` or `status CODE monty-lsp ...`, as a
// separate process with its own exit code, stdin, stdout and stderr.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"monty-lsp": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
		"testhost":  func() { os.Exit(testHost()) },
	})
}

// TestScripts runs the command-line scripts in testdata/script. Each
// script gets its own work directory; $EXAMPLE names the bundled example
// project (testdata/example at the repository root), which scripts copy
// before checking so that --fix never touches the repository.
func TestScripts(t *testing.T) {
	example, err := filepath.Abs(filepath.Join("..", "..", "testdata", "example"))
	if err != nil {
		t.Fatal(err)
	}
	scripttest.Run(t, testscript.Params{
		Setup: func(env *testscript.Env) error {
			env.Setenv("EXAMPLE", example)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"ls":      cmdLs,
			"cmpjson": cmdCmpJSON,
			"perm":    scripttest.Perm,
			"status":  scripttest.Status("EXAMPLE"),
		},
	})
}

// cmdLs implements `ls DIR`: it writes the names in DIR, dot files
// included, one a line and sorted, to stdout for the stdout command.
func cmdLs(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: ls DIR")
	}
	entries, err := os.ReadDir(ts.MkAbs(args[0]))
	ts.Check(err)
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	sort.Strings(names)
	for _, n := range names {
		_, err := ts.Stdout().Write([]byte(n + "\n"))
		ts.Check(err)
	}
}

// cmdCmpJSON implements `cmpjson FILE [KEY...]`: the last command's
// stdout and FILE hold the same JSON value once every object member
// named KEY is removed, at any depth. It compares run reports whose
// timings ("ms", "usage") differ from run to run.
func cmdCmpJSON(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 1 {
		ts.Fatalf("usage: cmpjson FILE [KEY...]")
	}
	var got, want any
	if err := json.Unmarshal([]byte(ts.ReadFile("stdout")), &got); err != nil {
		ts.Fatalf("stdout is not JSON: %v", err)
	}
	if err := json.Unmarshal([]byte(ts.ReadFile(args[0])), &want); err != nil {
		ts.Fatalf("%s is not JSON: %v", args[0], err)
	}
	drop := map[string]bool{}
	for _, k := range args[1:] {
		drop[k] = true
	}
	g, _ := json.MarshalIndent(dropKeys(got, drop), "", "  ")
	w, _ := json.MarshalIndent(dropKeys(want, drop), "", "  ")
	if string(g) != string(w) {
		ts.Fatalf("stdout and %s differ:\n--- stdout\n%s\n--- %s\n%s", args[0], g, args[0], w)
	}
}

// dropKeys removes the members named in drop from every object in v.
func dropKeys(v any, drop map[string]bool) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if drop[k] {
				delete(x, k)
			} else {
				x[k] = dropKeys(e, drop)
			}
		}
	case []any:
		for i, e := range x {
			x[i] = dropKeys(e, drop)
		}
	}
	return v
}
