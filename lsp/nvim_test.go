package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// nvimInstall is how to get the Neovim the real-editor test drives.
const nvimInstall = "apt-get install -y --no-install-recommends neovim"

// nvimProject is the project the real-editor test opens. The first line's
// é and 😀, and the 😀 before frobnicate, make Neovim convert the server's
// UTF-16 columns to byte columns (and back for the edits it sends).
var nvimProject = map[string]string{
	"monty.toml": "[monty]\nstubs = [\"host.pyi\"]\n",
	"host.pyi":   "from typing import Any\n\ndef fetch(x: Any) -> Any: ...\n",
	"main.py": "# Rules: é and 😀 come before the diagnostics.\n" +
		"d = {\"k\": 1, \"é\": 2}\n" +
		"del d[\"k\"]\n" +
		"x = fetch(1)\n" +
		"s = \"😀\"; y = frobnicate(d)\n",
}

// nvimDiag is a diagnostic as check.lua reports it: vim.diagnostic's
// 0-based lines and 0-based byte columns.
type nvimDiag struct {
	Lnum, Col, EndLnum, EndCol int
	Severity                   int
	Code, Message, Source      string
}

// UnmarshalJSON reads vim.diagnostic's snake_case field names.
func (d *nvimDiag) UnmarshalJSON(b []byte) error {
	var v struct {
		Lnum, Col, Severity   int
		EndLnum               int `json:"end_lnum"`
		EndCol                int `json:"end_col"`
		Code, Message, Source string
	}
	err := json.Unmarshal(b, &v)
	*d = nvimDiag{v.Lnum, v.Col, v.EndLnum, v.EndCol, v.Severity, v.Code, v.Message, v.Source}
	return err
}

// String formats d as a test failure shows it.
func (d nvimDiag) String() string {
	return fmt.Sprintf("%d:%d-%d:%d %s %q", d.Lnum, d.Col, d.EndLnum, d.EndCol, d.Code, d.Message)
}

// nvimReport is what check.lua writes.
type nvimReport struct {
	Nvim        string
	Error       string
	Log         string
	Opened      []nvimDiag
	AfterDelete []nvimDiag `json:"after_delete"`
	AfterRename []nvimDiag `json:"after_rename"`
	Hover       string
	Text        string
	Exit        *struct{ Code, Signal int }
	Ms          []struct {
		Step string
		Ms   int
	}
}

// TestNeovim drives the monty-lsp binary from a real editor: Neovim's
// built-in LSP client, headless, runs testdata/nvim/check.lua, which opens
// a file with a del statement and an undeclared external, hovers, edits
// twice (Neovim sends incremental changes) and shuts the server down.
// The test checks the diagnostics Neovim holds after each step, with the
// columns Neovim derived from the server's UTF-16 positions.
func TestNeovim(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Skipf("nvim is not on PATH; to run this real-editor test, install Debian's Neovim: %s", nvimInstall)
	}
	bin := buildBinary(t)
	root := writeFiles(t, nvimProject)
	rep := runNvim(t, nvim, bin, root, t.TempDir())
	t.Logf("Neovim %s, step times: %v", rep.Nvim, rep.Ms)

	lines := strings.Split(nvimProject["main.py"], "\n")
	frob := strings.Index(lines[4], "frobnicate") // a byte column, as Neovim counts
	m201 := "frobnicate is not defined, not a builtin and not declared in the stubs"
	checkNvimDiags(t, "on open", rep.Opened, []nvimDiag{
		{Lnum: 2, Col: 0, EndLnum: 2, EndCol: len(`del d["k"]`), Severity: 1, Code: "M102", Message: "'del' statement"},
		{Lnum: 4, Col: frob, EndLnum: 4, EndCol: frob + len("frobnicate"), Severity: 1, Code: "M201", Message: m201},
	})
	checkNvimDiags(t, "after deleting line 3", rep.AfterDelete, []nvimDiag{
		{Lnum: 3, Col: frob, EndLnum: 3, EndCol: frob + len("frobnicate"), Severity: 1, Code: "M201", Message: m201},
	})
	checkNvimDiags(t, "after renaming frobnicate", rep.AfterRename, nil)
	if !strings.Contains(rep.Hover, "def fetch(x: Any) -> Any") {
		t.Errorf("hover over fetch = %q, want the stub's signature", rep.Hover)
	}
	want := strings.Replace(strings.Replace(nvimProject["main.py"], "del d[\"k\"]\n", "", 1), "frobnicate", "fetch", 1)
	if rep.Text != strings.TrimSuffix(want, "\n") {
		t.Errorf("buffer after the edits = %q, want %q", rep.Text, want)
	}
	if rep.Exit == nil || rep.Exit.Code != 0 || rep.Exit.Signal != 0 {
		t.Errorf("server exit after shutdown = %+v, want code 0", rep.Exit)
	}
}

// runNvim runs check.lua in a headless Neovim whose XDG directories are
// under home, and returns its report. It fails the test, with Neovim's
// output and its LSP log, when Neovim fails, times out or reports an
// error.
func runNvim(t *testing.T, nvim, bin, root, home string) *nvimReport {
	t.Helper()
	script, err := filepath.Abs(filepath.Join("testdata", "nvim", "check.lua"))
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(home, "report.json")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "--clean", "-u", "NONE", "-i", "NONE", "-n", "-S", script)
	cmd.Dir = root
	cmd.Env = append(os.Environ(),
		"XDG_CONFIG_HOME="+filepath.Join(home, "config"), "XDG_DATA_HOME="+filepath.Join(home, "data"),
		"XDG_STATE_HOME="+filepath.Join(home, "state"), "XDG_CACHE_HOME="+filepath.Join(home, "cache"),
		"MONTY_LSP="+bin, "MONTY_NVIM_ROOT="+root, "MONTY_NVIM_FILE="+filepath.Join(root, "main.py"),
		"MONTY_NVIM_OUT="+out, "MONTY_NVIM_WAIT=20000")
	var output bytes.Buffer
	cmd.Stdout, cmd.Stderr = &output, &output
	cmd.WaitDelay = 5 * time.Second
	runErr := cmd.Run()
	rep := &nvimReport{}
	data, readErr := os.ReadFile(out)
	if readErr == nil {
		readErr = json.Unmarshal(data, rep)
	}
	if runErr != nil || readErr != nil || rep.Error != "" {
		t.Fatalf("nvim: %v (context: %v)\nreport: %v %s\nerror in check.lua: %s\nnvim output:\n%s\nLSP log (%s):\n%s",
			runErr, ctx.Err(), readErr, data, rep.Error, output.Bytes(), rep.Log, readLog(home))
	}
	return rep
}

// readLog returns the Neovim LSP logs under home, which hold the server's
// stderr.
func readLog(home string) string {
	var b strings.Builder
	filepath.WalkDir(home, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".log") {
			data, _ := os.ReadFile(path)
			fmt.Fprintf(&b, "== %s\n%s\n", path, data)
		}
		return nil
	})
	return b.String()
}

// checkNvimDiags compares Neovim's diagnostics with want, in order; a
// wanted Message is a substring of the actual one.
func checkNvimDiags(t *testing.T, when string, got, want []nvimDiag) {
	t.Helper()
	ok := len(got) == len(want)
	for i := 0; ok && i < len(want); i++ {
		g, w := got[i], want[i]
		ok = g.Lnum == w.Lnum && g.Col == w.Col && g.EndLnum == w.EndLnum && g.EndCol == w.EndCol &&
			g.Severity == w.Severity && g.Code == w.Code && strings.Contains(g.Message, w.Message)
	}
	if !ok {
		t.Errorf("diagnostics %s:\n got %v\nwant %v", when, got, want)
	}
}
