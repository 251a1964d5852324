// Package scripttest holds the testscript commands that the script tests
// of more than one command use, so that `status` and `perm` mean the same
// in every testdata/script folder.
package scripttest

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// update rewrites the expected sections of the scripts when a cmp fails
// (testscript's UpdateScripts); review the result with git diff.
var update = flag.Bool("update", false, "rewrite the expected sections of testdata/script/*.txtar")

// Run runs the scripts of p.Dir (testdata/script when empty) the way all
// our command tests do: every run of a program is an explicit exec or
// status, script names are unique, and -update rewrites expected output.
func Run(t *testing.T, p testscript.Params) {
	if p.Dir == "" {
		p.Dir = filepath.Join("testdata", "script")
	}
	p.RequireExplicitExec = true
	p.RequireUniqueNames = true
	p.UpdateScripts = *update
	testscript.Run(t, p)
}

// Cmd is the signature of a custom testscript command.
type Cmd = func(ts *testscript.TestScript, neg bool, args []string)

// Status returns the command `status CODE PROG [ARGS...] [< FILE]`: an
// exec that also checks the exit code, since `! exec` only tells failure
// from success and our commands give 1 and 2 different meanings. PROG is
// looked up in the script's PATH (where testscript.Main puts the test
// binary's commands) and runs in the script's directory with FILE, if
// given, on its standard input. It gets the process environment plus the
// script's PATH, HOME, TMPDIR, WORK and the variables named in vars; its
// stdout and stderr are kept for the stdout and stderr commands.
func Status(vars ...string) Cmd {
	pass := append([]string{"PATH", "HOME", "TMPDIR", "WORK"}, vars...)
	return func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) < 2 {
			ts.Fatalf("usage: status CODE PROG [ARGS...] [< FILE]")
		}
		want, err := strconv.Atoi(args[0])
		ts.Check(err)
		var stdin []byte
		redirect := false
		if n := len(args); n >= 4 && args[n-2] == "<" {
			stdin, err = os.ReadFile(ts.MkAbs(args[n-1]))
			ts.Check(err)
			args, redirect = args[:n-2], true
		}
		cmd := exec.Command(lookPath(ts, args[1]), args[2:]...)
		cmd.Args[0] = args[1]
		cmd.Dir = ts.MkAbs(".")
		cmd.Env = os.Environ()
		for _, k := range pass {
			cmd.Env = append(cmd.Env, k+"="+ts.Getenv(k))
		}
		cmd.Env = append(cmd.Env, "PWD="+cmd.Dir)
		if redirect {
			// Without "<", stdin stays the null device, which is not a
			// pipe: monty-lsp with no command serves LSP on a piped stdin.
			cmd.Stdin = bytes.NewReader(stdin)
		}
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
}

// lookPath finds a program in the script's PATH, not the test process's.
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

// Perm is the command `[!] perm MODE FILE`: FILE's permission bits are
// (or, negated, are not) MODE, an octal number such as 0640. testscript
// can set modes (chmod) but not check them.
func Perm(ts *testscript.TestScript, neg bool, args []string) {
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
