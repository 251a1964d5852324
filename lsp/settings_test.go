package lsp

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"
)

// lateGlobal reads a module name bound after the function: Monty 0.0.18
// (source-order globals) cannot see it, M212; the newest profile can.
const lateGlobal = "def f():\n    return later\n\n\nlater = 1\nprint(f())\n"

// initializeWith runs initialize with initializationOptions and, when
// pull is set, workspace/configuration support.
func (c *testClient) initializeWith(dir string, opts any, pull bool) {
	c.t.Helper()
	caps := editorCapabilities()
	caps.Workspace.Configuration = pull
	params := &protocol.InitializeParams{Capabilities: caps, InitializationOptions: opts,
		WorkspaceFolders: []protocol.WorkspaceFolder{{URI: string(pathURI(dir)), Name: filepath.Base(dir)}}}
	if err := c.call("initialize", params, nil); err != nil {
		c.t.Fatalf("initialize: %v", err)
	}
	c.notify("initialized", &protocol.InitializedParams{})
}

func TestSettingsPrecedence(t *testing.T) {
	for _, tc := range []struct {
		name, config string
		opts         any
		want         []string
	}{
		{"no settings", "", nil, nil},
		{"profile setting, no config file", "", map[string]any{"profile": "monty-0.0.18"}, []string{"M212"}},
		{"nested monty object", "", map[string]any{"monty": map[string]any{"profile": "monty-0.0.18"}}, []string{"M212"}},
		{"config file without a profile", "[monty]\ninputs = [\"x\"]\n", map[string]any{"profile": "monty-0.0.18"}, []string{"M212"}},
		{"config file's profile wins", "[monty]\nprofile = \"monty-0.0.23\"\n", map[string]any{"profile": "monty-0.0.18"}, nil},
		{"config file's profile without a setting", "[monty]\nprofile = \"monty-0.0.18\"\n", nil, []string{"M212"}},
		{"unknown profile setting ignored", "", map[string]any{"profile": "monty-9.9"}, nil},
		{"bad values ignored", "", map[string]any{"profile": 3, "lineLength": "x"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"rule.py": lateGlobal}
			if tc.config != "" {
				files["monty.toml"] = tc.config
			}
			dir := writeFiles(t, files)
			c := newTestClient(t, Options{})
			c.initializeWith(dir, tc.opts, false)
			u := pathURI(filepath.Join(dir, "rule.py"))
			c.open(u, 1, lateGlobal)
			if got := joinCodes(codes(c.diagnostics(u, 1))); got != joinCodes(tc.want) {
				t.Errorf("diagnostics %s, want %s", got, joinCodes(tc.want))
			}
		})
	}
}

// TestSettingsChange checks that workspace/didChangeConfiguration's
// settings apply and that the open documents are checked again.
func TestSettingsChange(t *testing.T) {
	dir := writeFiles(t, map[string]string{"rule.py": lateGlobal})
	c := newTestClient(t, Options{})
	c.initializeWith(dir, nil, false)
	u := pathURI(filepath.Join(dir, "rule.py"))
	c.open(u, 1, lateGlobal)
	c.waitCodes(u)
	c.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"monty": map[string]any{"profile": "monty-0.0.18"}}})
	c.waitCodes(u, "M212")
	c.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"monty": map[string]any{}}})
	c.waitCodes(u)
}

// TestSettingsPulled checks workspace/configuration: the settings are
// asked for after initialized and after didChangeConfiguration, a
// folder's own settings win over the global ones, and a change of them
// checks the open documents again.
func TestSettingsPulled(t *testing.T) {
	dir := writeFiles(t, map[string]string{"rule.py": lateGlobal})
	c := newTestClient(t, Options{})
	folderProfile := "monty-0.0.18"
	c.settings = func(it protocol.ConfigurationItem) any {
		if it.Section != "monty" {
			return nil
		}
		if it.ScopeURI == "" {
			return map[string]any{"profile": "monty-0.0.23"}
		}
		return map[string]any{"profile": folderProfile}
	}
	c.initializeWith(dir, nil, true)
	u := pathURI(filepath.Join(dir, "rule.py"))
	c.open(u, 1, lateGlobal)
	c.waitCodes(u, "M212")
	c.record(func() { folderProfile = "" })
	c.notify("workspace/didChangeConfiguration", map[string]any{"settings": nil})
	c.waitCodes(u)
	c.mu.Lock()
	asks := c.configAsks
	c.mu.Unlock()
	if asks != 2 {
		t.Errorf("workspace/configuration asked %d times, want 2", asks)
	}
}

// TestLineLengthSetting checks that monty.lineLength sets the formatter's
// line length unless the configuration file sets one.
func TestLineLengthSetting(t *testing.T) {
	src := "values = [first_value, second_value, third_value]\n"
	for _, tc := range []struct {
		name, config string
		split        bool
	}{
		{"no config file", "", true},
		{"config file without a line length", "[monty]\ninputs = [\"x\"]\n", true},
		{"config file's line length wins", "[monty.format]\nline-length = 100\n", false},
		{"ruff's line length wins", "[tool.monty]\n[tool.ruff]\nline-length = 100\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"rule.py": src}
			if strings.Contains(tc.config, "tool.") {
				files["pyproject.toml"] = tc.config
			} else if tc.config != "" {
				files["monty.toml"] = tc.config
			}
			dir := writeFiles(t, files)
			c := newTestClient(t, Options{})
			c.initializeWith(dir, map[string]any{"lineLength": 30}, false)
			u := pathURI(filepath.Join(dir, "rule.py"))
			c.open(u, 1, src)
			var edits []protocol.TextEdit
			if err := c.call("textDocument/formatting", &protocol.DocumentFormattingParams{
				TextDocument: protocol.TextDocumentIdentifier{URI: u}, Options: protocol.FormattingOptions{TabSize: 4, InsertSpaces: true}}, &edits); err != nil {
				t.Fatal(err)
			}
			if split := len(edits) > 0; split != tc.split {
				t.Errorf("formatting edits %+v; want the list split: %v", edits, tc.split)
			}
		})
	}
}

func TestParseSettings(t *testing.T) {
	set, problems := parseSettings(map[string]any{"profile": " monty-0.0.18 ", "lineLength": float64(100), "path": "/x", "trace": map[string]any{"server": "off"}})
	if set != (editorSettings{Profile: "monty-0.0.18", LineLength: 100}) || len(problems) != 0 {
		t.Errorf("parseSettings = %+v, %v", set, problems)
	}
	set, problems = parseSettings(map[string]any{"profile": "a b", "lineLength": 12.5})
	if set != (editorSettings{}) || len(problems) != 2 {
		t.Errorf("bad values: %+v, %v", set, problems)
	}
	if set, problems := parseSettings(nil); set != (editorSettings{}) || problems != nil {
		t.Errorf("no settings: %+v, %v", set, problems)
	}
}

// TestSettingsPullUnchanged checks that settings pulled after initialized
// that change nothing (a client answering null, as most do for sections
// they do not know) do not reload the projects: a reload checks every
// open document again, from scratch.
func TestSettingsPullUnchanged(t *testing.T) {
	dir := writeFiles(t, map[string]string{"rule.py": lateGlobal})
	c := newTestClient(t, Options{})
	caps := editorCapabilities()
	caps.Workspace.Configuration = true
	params := &protocol.InitializeParams{Capabilities: caps,
		WorkspaceFolders: []protocol.WorkspaceFolder{{URI: string(pathURI(dir)), Name: "w"}}}
	if err := c.call("initialize", params, nil); err != nil {
		t.Fatal(err)
	}
	gen, set := c.server.sess.currentProjects(), c.server.sess.currentSettings()
	c.notify("initialized", &protocol.InitializedParams{})
	deadline := time.Now().Add(waitTimeout)
	for c.server.sess.currentSettings() == set {
		if time.Now().After(deadline) {
			t.Fatal("the pulled settings were not applied")
		}
		time.Sleep(time.Millisecond)
	}
	// The reload, if any, follows the settings at once.
	time.Sleep(100 * time.Millisecond)
	if c.server.sess.currentProjects() != gen {
		t.Error("unchanged settings reloaded the projects")
	}
}
