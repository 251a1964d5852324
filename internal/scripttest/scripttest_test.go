package scripttest

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain gives the scripts a program, `exitwith CODE`, that copies its
// standard input and the variable SEEN to stdout and exits with CODE.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"exitwith": func() {
			io.Copy(os.Stdout, os.Stdin)
			os.Stdout.WriteString("SEEN=" + os.Getenv("SEEN") + "\n")
			code, _ := strconv.Atoi(os.Args[1])
			os.Exit(code)
		},
	})
}

// TestCommands runs testdata/*.txtar, in which status and perm pass.
func TestCommands(t *testing.T) {
	Run(t, testscript.Params{
		Dir: "testdata",
		Setup: func(env *testscript.Env) error {
			env.Setenv("SEEN", "yes")
			return nil
		},
		Cmds: map[string]Cmd{"status": Status("SEEN"), "perm": Perm},
	})
}

// TestCommandsFail runs each script of testdata/fail, in which status or
// perm must stop the script, and checks that every one of them failed.
func TestCommandsFail(t *testing.T) {
	rec := &recorder{failed: map[string]bool{}}
	testscript.RunT(rec, testscript.Params{
		Dir:  filepath.Join("testdata", "fail"),
		Cmds: map[string]Cmd{"status": Status(), "perm": Perm},
	})
	for _, name := range []string{"wrongcode", "wrongperm", "negperm", "missing"} {
		if !rec.failed[name] {
			t.Errorf("script %s passed; want it to fail", name)
		}
	}
}

// recorder is a testscript.T that notes which scripts fail instead of
// failing the test.
type recorder struct {
	failed map[string]bool
	name   string
}

type failNow struct{}

func (r *recorder) Skip(a ...any)  { panic(fmt.Sprint(a...)) }
func (r *recorder) Fatal(a ...any) { r.FailNow() }
func (r *recorder) Parallel()      {}
func (r *recorder) Log(a ...any)   {}
func (r *recorder) Verbose() bool  { return false }
func (r *recorder) FailNow()       { r.failed[r.name] = true; panic(failNow{}) }
func (r *recorder) Run(name string, f func(testscript.T)) {
	sub := &recorder{failed: r.failed, name: name}
	defer func() {
		if p := recover(); p != nil {
			if _, ok := p.(failNow); !ok {
				panic(p)
			}
		}
	}()
	f(sub)
}
