package main

import (
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// update rewrites the expected sections of the scripts when a cmp fails
// (testscript's UpdateScripts); review the result with git diff.
var update = flag.Bool("update", false, "rewrite the expected sections of testdata/script/*.txtar")

// TestMain lets the test binary act as the monty-lsp command: scripts run
// it with `exec monty-lsp ...` or `status CODE monty-lsp ...`, as a
// separate process with its own exit code, stdin, stdout and stderr.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"monty-lsp": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
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
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("testdata", "script"),
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		UpdateScripts:       *update,
		Setup: func(env *testscript.Env) error {
			env.Setenv("EXAMPLE", example)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"ls":     cmdLs,
			"perm":   cmdPerm,
			"status": cmdStatus,
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

// cmdPerm implements `[!] perm MODE FILE`: FILE's permission bits are
// (or, negated, are not) MODE, an octal number such as 0640.
func cmdPerm(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: perm MODE FILE")
	}
	want, err := strconv.ParseUint(args[0], 8, 32)
	ts.Check(err)
	info, err := os.Stat(ts.MkAbs(args[1]))
	ts.Check(err)
	got := info.Mode().Perm()
	switch {
	case neg && got == os.FileMode(want):
		ts.Fatalf("%s has mode %#o; want another", args[1], got)
	case !neg && got != os.FileMode(want):
		ts.Fatalf("%s has mode %#o; want %#o", args[1], got, want)
	}
}

// cmdStatus implements `status CODE PROG [ARGS...]`, an exec that also
// checks the exit code, since `! exec` only tells failure from success and
// monty-lsp gives 1 and 2 different meanings. PROG is looked up in the
// script's PATH and runs in the script's directory and environment (the
// variables the scripts use); its stdout and stderr are kept for the
// stdout and stderr commands. It cannot be negated and takes no stdin.
func cmdStatus(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: status CODE PROG [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	prog := lookPath(ts, args[1])
	cmd := exec.Command(prog, args[2:]...)
	cmd.Args[0] = args[1]
	cmd.Dir = ts.MkAbs(".")
	cmd.Env = os.Environ()
	for _, k := range []string{"PATH", "HOME", "TMPDIR", "WORK", "EXAMPLE"} {
		cmd.Env = append(cmd.Env, k+"="+ts.Getenv(k))
	}
	cmd.Env = append(cmd.Env, "PWD="+cmd.Dir)
	cmd.Stdout, cmd.Stderr = ts.Stdout(), ts.Stderr()
	err = cmd.Run()
	got := 0
	if ee := (*exec.ExitError)(nil); errors.As(err, &ee) {
		got = ee.ExitCode()
	} else if err != nil {
		ts.Fatalf("%s: %v", args[1], err)
	}
	if got != want {
		ts.Fatalf("%s exited with code %d; want %d", strings.Join(args[1:], " "), got, want)
	}
}

// lookPath finds a program in the script's PATH, which holds the
// commands of TestMain.
func lookPath(ts *testscript.TestScript, name string) string {
	for _, dir := range filepath.SplitList(ts.Getenv("PATH")) {
		for _, file := range []string{name, name + ".exe"} {
			p := filepath.Join(dir, file)
			if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() {
				return p
			}
		}
	}
	ts.Fatalf("%s not found in the script's PATH", name)
	return ""
}
