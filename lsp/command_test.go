package lsp

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/internal/runner"
)

// runProject is a Monty project with a stub, mocks and inputs, for the
// monty.run tests.
var runProject = map[string]string{
	"monty.toml":   "[monty]\nstubs = [\"host.pyi\"]\ninputs = [\"n\"]\n",
	"host.pyi":     "def fetch(key: str) -> int: ...\n",
	"mocks.json":   `{"fetch": {"cases": [{"args": ["a"], "return": 42}], "default": 0}}`,
	"inputs.json":  `{"n": 5}`,
	"rules/run.py": "",
}

// runCommand calls monty.run with one argument and decodes the report.
func (c *testClient) runCommand(arg any) (*runner.Report, error) {
	var rep runner.Report
	err := c.call("workspace/executeCommand", &protocol.ExecuteCommandParams{Command: CommandRun, Arguments: []any{arg}}, &rep)
	return &rep, err
}

// runDiags returns the diagnostics of the latest publication of u whose
// source is monty.run's.
func runDiags(p protocol.PublishDiagnosticsParams) []protocol.Diagnostic {
	var out []protocol.Diagnostic
	for _, d := range p.Diagnostics {
		if d.Source == runDiagSource {
			out = append(out, d)
		}
	}
	return out
}

// TestRunCommand runs an open document's unsaved text with mocks and
// inputs given as arguments, and checks the report: result, output,
// calls and usage.
func TestRunCommand(t *testing.T) {
	dir := writeFiles(t, runProject)
	c := newTestClient(t, Options{})
	res := c.initialize(dir)
	if p := res.Capabilities.ExecuteCommandProvider; p == nil || len(p.Commands) != 1 || p.Commands[0] != CommandRun {
		t.Errorf("executeCommandProvider = %+v, want commands [%s]", p, CommandRun)
	}
	if res.Capabilities.CodeLensProvider == nil {
		t.Errorf("no codeLensProvider")
	}
	u := pathURI(filepath.Join(dir, "rules", "run.py"))
	c.open(u, 1, "print('n is', n)\nfetch('a') + fetch('b') + n\n")
	rep, err := c.runCommand(map[string]any{"uri": u, "mocks": "mocks.json", "inputsFile": "inputs.json"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Error != nil || rep.Repr == nil || *rep.Repr != "47" || rep.Result != float64(47) {
		t.Errorf("report: result %v, repr %v, error %+v; want 47", rep.Result, rep.Repr, rep.Error)
	}
	if rep.Stdout != "n is 5\n" {
		t.Errorf("stdout = %q", rep.Stdout)
	}
	if len(rep.Calls) != 2 || rep.Calls[0].Function != "fetch" || rep.Calls[0].Result != float64(42) ||
		rep.Calls[1].Result != float64(0) || rep.Calls[0].Source != runner.SourceMock {
		t.Errorf("calls = %+v", rep.Calls)
	}
	if rep.Usage.DurationMs <= 0 {
		t.Errorf("usage = %+v, want a duration", rep.Usage)
	}
	// Inputs given inline win over the file's.
	rep, err = c.runCommand(map[string]any{"uri": u, "mocks": "mocks.json", "inputsFile": "inputs.json", "inputs": map[string]any{"n": 100}})
	if err != nil || rep.Repr == nil || *rep.Repr != "142" {
		t.Errorf("with inputs: repr %v, error %v %+v; want 142", rep.Repr, err, rep.Error)
	}
}

// TestRunCommandErrors checks that a failed run returns its error in the
// report and leaves a diagnostic at the failing line, which an edit or
// the next run clears; and that a run that cannot start says why.
func TestRunCommandErrors(t *testing.T) {
	dir := writeFiles(t, runProject)
	c := newTestClient(t, Options{})
	c.initialize(dir)
	u := pathURI(filepath.Join(dir, "rules", "run.py"))
	// A tab, CRLF, é and 😀 (two UTF-16 units) on the failing line.
	failing := "def f(x):\r\n\treturn '😀é' * (1 // x)\r\n\r\nf(n)\r\n"
	c.open(u, 1, failing)
	c.diagnostics(u, 1)
	rep, err := c.runCommand(map[string]any{"uri": u, "inputs": map[string]any{"n": 0}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Error == nil || rep.Error.Type != "ZeroDivisionError" || rep.Error.Line == nil || *rep.Error.Line != 2 ||
		!strings.Contains(rep.Error.Traceback, `line 2, in f`) {
		t.Fatalf("error = %+v, want ZeroDivisionError at line 2", rep.Error)
	}
	var d protocol.Diagnostic
	c.waitFor("the run's diagnostic", func() bool {
		ds := runDiags(c.latest[u])
		if len(ds) == 1 {
			d = ds[0]
		}
		return len(ds) == 1
	})
	want := protocol.Range{Start: protocol.Position{Line: 1, Character: 1}, End: protocol.Position{Line: 1, Character: 24}}
	if d.Range != want || d.Message != "ZeroDivisionError: division by zero" || d.Severity != protocol.DiagnosticSeverityError {
		t.Errorf("diagnostic = %+v, want at %v", d, want)
	}

	// An edit clears it.
	c.change(u, 2, edit{Text: failing + "\r\n"})
	c.waitFor("diagnostics of version 2 without the run's", func() bool {
		p := c.latest[u]
		return p.Version == 2 && len(runDiags(p)) == 0
	})

	// A run that fails again puts it back; a run that passes clears it.
	c.runCommand(map[string]any{"uri": u, "inputs": map[string]any{"n": 0}})
	c.waitFor("the second run's diagnostic", func() bool { return len(runDiags(c.latest[u])) == 1 })
	rep, _ = c.runCommand(map[string]any{"uri": u, "inputs": map[string]any{"n": 4}})
	if rep.Error != nil || *rep.Repr != "''" {
		t.Errorf("passing run: %+v", rep)
	}
	c.waitFor("the diagnostic cleared", func() bool { return len(runDiags(c.latest[u])) == 0 })

	// Without mocks for fetch, the run cannot start: a SetupError report.
	c.change(u, 3, edit{Text: "fetch('a')\n"})
	rep, err = c.runCommand(string(u))
	if err != nil || rep.Error == nil || rep.Error.Type != runner.ErrorSetup ||
		!strings.Contains(rep.Error.Message, "no mock for external function 'fetch'") {
		t.Errorf("setup error report = %+v, %v", rep.Error, err)
	}
}

// TestRunCommandBadRequests checks the JSON-RPC errors of requests the
// server cannot serve.
func TestRunCommandBadRequests(t *testing.T) {
	dir := writeFiles(t, runProject)
	c := newTestClient(t, Options{})
	c.initialize(dir)
	u := pathURI(filepath.Join(dir, "rules", "run.py"))
	for _, tc := range []struct {
		params *protocol.ExecuteCommandParams
		want   string
	}{
		{&protocol.ExecuteCommandParams{Command: "monty.nope"}, `unknown command "monty.nope"`},
		{&protocol.ExecuteCommandParams{Command: CommandRun}, "wants one argument"},
		{&protocol.ExecuteCommandParams{Command: CommandRun, Arguments: []any{map[string]any{}}}, "no document URI"},
		{&protocol.ExecuteCommandParams{Command: CommandRun, Arguments: []any{"untitled:Untitled-1"}}, "is not a file"},
		{&protocol.ExecuteCommandParams{Command: CommandRun, Arguments: []any{map[string]any{"uri": u, "limits": map[string]any{"maxMemory": "lots"}}}}, "limits.maxMemory: bad size"},
	} {
		err := c.call("workspace/executeCommand", tc.params, nil)
		var rpc *jsonrpc2.Error
		if !errors.As(err, &rpc) || rpc.Code != jsonrpc2.InvalidParams || !strings.Contains(rpc.Message, tc.want) {
			t.Errorf("%+v: got %v, want InvalidParams with %q", tc.params, err, tc.want)
		}
	}
}

// TestCodeLens checks the Run and Debug lenses: on files of a Monty
// project and on files opened as Monty, not on other Python files.
func TestCodeLens(t *testing.T) {
	dir := writeFiles(t, runProject)
	other := writeFiles(t, map[string]string{"plain.py": "", "mode.py": ""})
	c := newTestClient(t, Options{})
	c.initialize(dir)
	inProject := pathURI(filepath.Join(dir, "rules", "run.py"))
	plain := pathURI(filepath.Join(other, "plain.py"))
	mode := pathURI(filepath.Join(other, "mode.py"))
	c.open(inProject, 1, "x = 1\n")
	c.open(plain, 1, "x = 1\n")
	c.notify("textDocument/didOpen", &protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{
		URI: mode, LanguageID: "monty", Version: 1, Text: "x = 1\n"}})
	lenses := func(u protocol.DocumentURI) []protocol.CodeLens {
		var out []protocol.CodeLens
		if err := c.call("textDocument/codeLens", &protocol.CodeLensParams{TextDocument: protocol.TextDocumentIdentifier{URI: u}}, &out); err != nil {
			t.Fatal(err)
		}
		return out
	}
	for _, u := range []protocol.DocumentURI{inProject, mode} {
		got, _ := json.Marshal(lenses(u))
		want := `[{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"command":{"title":"▶ Run","command":"monty.run","arguments":["` + string(u) + `"]}},` +
			`{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"command":{"title":"Debug","command":"monty.debug","arguments":["` + string(u) + `"]}}]`
		if string(got) != want {
			t.Errorf("lenses of %s:\n got %s\nwant %s", u, got, want)
		}
	}
	stub := pathURI(filepath.Join(dir, "host.pyi"))
	c.open(stub, 1, "def fetch(key: str) -> int: ...\n")
	for _, u := range []protocol.DocumentURI{plain, stub} {
		if got := lenses(u); len(got) != 0 {
			t.Errorf("lenses of %s: %+v", u, got)
		}
	}
}

// TestRunCommandLimits checks that monty.run applies the limits given,
// and its own defaults otherwise: a runaway loop ends with Monty's
// TimeoutError instead of holding the server.
func TestRunCommandLimits(t *testing.T) {
	dir := writeFiles(t, runProject)
	c := newTestClient(t, Options{})
	c.initialize(dir)
	u := pathURI(filepath.Join(dir, "rules", "run.py"))
	c.open(u, 1, "def down(k):\n    return down(k + 1)\n\nwhile True:\n    pass\n")
	rep, err := c.runCommand(map[string]any{"uri": u, "limits": map[string]any{"maxDuration": "100ms"}})
	if err != nil || rep.Error == nil || rep.Error.Type != "TimeoutError" || !strings.Contains(rep.Error.Message, "> 100ms") {
		t.Errorf("maxDuration: %+v, %v", rep.Error, err)
	}
	c.change(u, 2, edit{Text: "def down(k):\n    return down(k + 1)\n\ndown(0)\n"})
	rep, err = c.runCommand(map[string]any{"uri": u, "limits": map[string]any{"maxRecursion": 50}})
	if err != nil || rep.Error == nil || rep.Error.Type != "RecursionError" || rep.Usage.MaxDepth > 51 {
		t.Errorf("maxRecursion: %+v, usage %+v, %v", rep.Error, rep.Usage, err)
	}
}

// TestRunCommandPull checks the run's diagnostic for a client that pulls
// diagnostics: the server asks it to pull again, and the pull has it.
func TestRunCommandPull(t *testing.T) {
	dir := writeFiles(t, runProject)
	c := newTestClient(t, Options{})
	c.initializeRaw(dir, true)
	u := pathURI(filepath.Join(dir, "rules", "run.py"))
	c.open(u, 1, "x = 1\nx / 0\n")
	pulled := func() []protocol.Diagnostic {
		var rep struct {
			Items []protocol.Diagnostic `json:"items"`
		}
		if err := c.call(methodDiagnostic, map[string]any{"textDocument": map[string]any{"uri": u}}, &rep); err != nil {
			t.Fatal(err)
		}
		return runDiags(protocol.PublishDiagnosticsParams{Diagnostics: rep.Items})
	}
	if ds := pulled(); len(ds) != 0 {
		t.Fatalf("before the run: %+v", ds)
	}
	c.mu.Lock()
	before := c.refreshes
	c.mu.Unlock()
	if rep, err := c.runCommand(string(u)); err != nil || rep.Error == nil {
		t.Fatalf("run: %+v, %v", rep, err)
	}
	c.waitFor("workspace/diagnostic/refresh", func() bool { return c.refreshes > before })
	ds := pulled()
	if len(ds) != 1 || ds[0].Range.Start.Line != 1 || ds[0].Message != "ZeroDivisionError: division by zero" {
		t.Errorf("pulled after the run: %+v", ds)
	}
}
