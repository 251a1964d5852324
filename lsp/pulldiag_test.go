package lsp

import (
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"go.lsp.dev/protocol"
)

// initializeRaw runs initialize with the test capabilities plus, when
// pull is set, LSP 3.17's pull diagnostics and diagnostic refresh, and
// returns the server's capabilities.
func (c *testClient) initializeRaw(dir string, pull bool) map[string]any {
	c.t.Helper()
	var caps map[string]any
	data, _ := json.Marshal(editorCapabilities())
	_ = json.Unmarshal(data, &caps)
	if pull {
		caps["textDocument"].(map[string]any)["diagnostic"] = map[string]any{"dynamicRegistration": false}
		caps["workspace"].(map[string]any)["diagnostics"] = map[string]any{"refreshSupport": true}
	}
	params := map[string]any{"capabilities": caps, "workspaceFolders": []any{map[string]any{"uri": pathURI(dir), "name": "w"}}}
	var res struct {
		Capabilities map[string]any `json:"capabilities"`
	}
	if err := c.call("initialize", params, &res); err != nil {
		c.t.Fatalf("initialize: %v", err)
	}
	c.notify("initialized", &protocol.InitializedParams{})
	return res.Capabilities
}

// pull asks for a document's diagnostics and returns their codes.
func (c *testClient) pull(u protocol.DocumentURI) []string {
	c.t.Helper()
	var rep struct {
		Kind  string                `json:"kind"`
		Items []protocol.Diagnostic `json:"items"`
	}
	if err := c.call(methodDiagnostic, map[string]any{"textDocument": map[string]any{"uri": u}}, &rep); err != nil {
		c.t.Fatalf("pull diagnostics: %v", err)
	}
	return codes(protocol.PublishDiagnosticsParams{Diagnostics: rep.Items})
}

// waitIdle waits until the server has run n checks for diagnostics and
// no document is being checked or waiting, so that whatever the checks
// publish has been sent.
func (c *testClient) waitIdle(n int64) {
	c.t.Helper()
	d := c.server.diags
	deadline := time.Now().Add(waitTimeout)
	for {
		d.mu.Lock()
		busy := len(d.running) > 0 || len(d.pending) > 0
		d.mu.Unlock()
		if !busy && c.server.analyses.Load() >= n {
			return
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("the server did not finish %d checks", n)
		}
		time.Sleep(time.Millisecond)
	}
}

// TestPullOrPush checks both kinds of client: one that announces pull
// diagnostics is offered textDocument/diagnostic and gets the diagnostics
// of its documents only when it pulls them (and a refresh request when
// the projects change); one that does not gets them published.
func TestPullOrPush(t *testing.T) {
	const bad = "x = undefined_thing(1)\n"
	const good = "x = len([1])\n"
	for _, pull := range []bool{true, false} {
		t.Run(map[bool]string{true: "pull", false: "push"}[pull], func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"rule.py": bad, "monty.toml": "[monty]\n"})
			c := newTestClient(t, Options{})
			caps := c.initializeRaw(dir, pull)
			if _, offered := caps["diagnosticProvider"]; offered != pull {
				t.Errorf("diagnosticProvider offered: %v, want %v", offered, pull)
			}
			u := pathURI(filepath.Join(dir, "rule.py"))
			c.open(u, 1, bad)
			if got := joinCodes(c.pull(u)); got != joinCodes([]string{"M201"}) {
				t.Errorf("pulled %s, want M201", got)
			}
			c.change(u, 2, edit{Text: good})
			if got := joinCodes(c.pull(u)); got != "" {
				t.Errorf("pulled %s after the fix, want none", got)
			}
			c.notify("workspace/didChangeWatchedFiles", &protocol.DidChangeWatchedFilesParams{Changes: []*protocol.FileEvent{
				{URI: pathURI(filepath.Join(dir, "monty.toml")), Type: protocol.FileChangeTypeChanged}}})
			if pull {
				c.waitFor("workspace/diagnostic/refresh", func() bool { return c.refreshes > 0 })
			}
			c.notify("textDocument/didClose", &protocol.DidCloseTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: u}})
			// A request's answer shows that the close was handled.
			_ = c.call("textDocument/hover", &protocol.HoverParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
				TextDocument: protocol.TextDocumentIdentifier{URI: u}}}, nil)
			c.waitIdle(1)
			c.mu.Lock()
			published := 0
			for _, p := range c.history {
				if p.URI == u {
					published++
				}
			}
			refreshes := c.refreshes
			c.mu.Unlock()
			switch {
			case pull && published > 0:
				t.Errorf("%d publications to a client that pulls", published)
			case !pull && published == 0:
				t.Error("no publication to a client that does not pull")
			case !pull && refreshes > 0:
				t.Error("a refresh request to a client that does not pull")
			}
			if !pull {
				if last := c.latestOf(u); len(last.Diagnostics) != 0 {
					t.Errorf("diagnostics left after close: %v", codes(last))
				}
			}
		})
	}
}
