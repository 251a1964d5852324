package lsp

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"go.lsp.dev/protocol"
)

// codes returns the codes of a publication, sorted.
func codes(p protocol.PublishDiagnosticsParams) []string {
	var out []string
	for _, d := range p.Diagnostics {
		out = append(out, d.Code.(string))
	}
	sort.Strings(out)
	return out
}

// waitCodes waits until the latest diagnostics of u have exactly the
// codes want.
func (c *testClient) waitCodes(u protocol.DocumentURI, want ...string) {
	c.t.Helper()
	c.waitFor(string(u)+" codes "+joinCodes(want), func() bool {
		p, ok := c.latest[u]
		return ok && joinCodes(codes(p)) == joinCodes(want)
	})
}

func joinCodes(cs []string) string {
	out := ""
	for _, c := range cs {
		out += c + " "
	}
	return out
}

// latestOf returns the latest diagnostics published for u.
func (c *testClient) latestOf(u protocol.DocumentURI) protocol.PublishDiagnosticsParams {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.latest[u]
}

// TestWatchedStubChange checks that a stub change reported by the client's
// watcher reloads the project and checks the open documents again, and
// that the server registered the watchers.
func TestWatchedStubChange(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"monty.toml": "[monty]\nstubs = [\"host.pyi\"]\n",
		"host.pyi":   "def other() -> int: ...\n",
		"rules/a.py": "",
	})
	c := newTestClient(t, Options{})
	c.initialize(dir)
	u := pathURI(filepath.Join(dir, "rules", "a.py"))
	c.open(u, 1, "x = get_x()\n")
	c.waitCodes(u, "M201")
	if err := os.WriteFile(filepath.Join(dir, "host.pyi"), []byte("def get_x() -> int: ...\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c.notify("workspace/didChangeWatchedFiles", &protocol.DidChangeWatchedFilesParams{Changes: []*protocol.FileEvent{
		{Type: protocol.FileChangeTypeChanged, URI: pathURI(filepath.Join(dir, "host.pyi"))}}})
	c.waitCodes(u)
	c.waitFor("watcher registration", func() bool {
		for _, r := range c.registrations {
			if r.Method == "workspace/didChangeWatchedFiles" {
				return true
			}
		}
		return false
	})
	c.mu.Lock()
	defer c.mu.Unlock()
	opts, _ := marshal(c.registrations[0].RegisterOptions)
	want := `{"watchers":[{"globPattern":"**/monty.toml"},{"globPattern":"**/pyproject.toml"},{"globPattern":"**/*.pyi"}]}`
	if string(opts) != want {
		t.Errorf("registration options %s, want %s", opts, want)
	}
}

// TestConfigAndStubProblems checks that problems in monty.toml and in the
// stubs are published on those files, and cleared once fixed (here by
// saving the configuration, for clients that do not watch files).
func TestConfigAndStubProblems(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"monty.toml": "[monty]\nstubs = [\"host.pyi\", \"missing.pyi\"]\nbogus = 1\n",
		"host.pyi":   "def get_x() -> int: ...\n",
		"a.py":       "",
	})
	c := newTestClient(t, Options{})
	c.initialize(dir)
	u := pathURI(filepath.Join(dir, "a.py"))
	c.open(u, 1, "x = get_x()\n")
	c.waitCodes(u)
	cfg, missing := pathURI(filepath.Join(dir, "monty.toml")), pathURI(filepath.Join(dir, "missing.pyi"))
	c.waitCodes(cfg, "M302")
	c.waitCodes(missing, "M301")
	if p := c.latestOf(cfg); p.Diagnostics[0].Range.Start.Line != 2 {
		t.Errorf("config problem at %v, want line 3", p.Diagnostics[0].Range)
	}
	if err := os.WriteFile(filepath.Join(dir, "monty.toml"), []byte("[monty]\nstubs = [\"host.pyi\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c.notify("textDocument/didSave", &protocol.DidSaveTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: cfg}})
	c.waitCodes(cfg)
	c.waitCodes(missing)
	c.waitCodes(u)
}

// TestMultiRoot opens documents of two workspace folders, each with its
// own monty.toml and stubs: each document is checked with its project.
func TestMultiRoot(t *testing.T) {
	root := writeFiles(t, map[string]string{
		"a/monty.toml": "[monty]\nstubs = [\"a.pyi\"]\n",
		"a/a.pyi":      "def from_a() -> int: ...\n",
		"a/x.py":       "",
		"b/monty.toml": "[monty]\nstubs = [\"b.pyi\"]\n",
		"b/b.pyi":      "def from_b() -> int: ...\n",
		"b/sub/y.py":   "",
	})
	c := newTestClient(t, Options{})
	c.initialize(filepath.Join(root, "a"), filepath.Join(root, "b"))
	x, y := pathURI(filepath.Join(root, "a", "x.py")), pathURI(filepath.Join(root, "b", "sub", "y.py"))
	c.open(x, 1, "v = from_a() + from_b()\n")
	c.open(y, 1, "v = from_a() + from_b()\n")
	c.waitCodes(x, "M201")
	c.waitCodes(y, "M201")
	if r := c.latestOf(x).Diagnostics[0].Range.Start.Character; r != 15 {
		t.Errorf("x.py: M201 at character %d, want 15 (from_b)", r)
	}
	if r := c.latestOf(y).Diagnostics[0].Range.Start.Character; r != 4 {
		t.Errorf("y.py: M201 at character %d, want 4 (from_a)", r)
	}
	c.notify("workspace/didChangeWorkspaceFolders", &protocol.DidChangeWorkspaceFoldersParams{Event: protocol.WorkspaceFoldersChangeEvent{
		Removed: []protocol.WorkspaceFolder{{URI: string(pathURI(filepath.Join(root, "b")))}}}})
	c.content(x) // the notification has been handled
	c.server.sess.mu.Lock()
	got := c.server.sess.folders
	c.server.sess.mu.Unlock()
	if len(got) != 1 || got[0].URI != string(pathURI(filepath.Join(root, "a"))) {
		t.Errorf("folders after removal: %v", got)
	}
}

// TestNoWorkspaceFolder checks single-file mode: without a workspace
// folder the open documents are still checked with their project, found
// above them, and a document that is not a file gets the default project.
func TestNoWorkspaceFolder(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"monty.toml":     "[monty]\nstubs = [\"host.pyi\"]\n",
		"host.pyi":       "def get_x() -> int: ...\n",
		"deep/down/a.py": "",
	})
	c := newTestClient(t, Options{})
	c.initialize()
	u := pathURI(filepath.Join(dir, "deep", "down", "a.py"))
	c.open(u, 1, "x = get_x()\n")
	c.waitCodes(u)
	untitled := protocol.DocumentURI("untitled:Untitled-1")
	c.open(untitled, 1, "x = get_x()\n")
	c.waitCodes(untitled, "M201")
}
