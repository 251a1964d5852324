package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
)

// testClient is the fake editor of the in-process tests (the starlark-lsp
// fixture pattern): it runs a server with Serve over net.Pipe, talks to it
// with a jsonrpc2 connection, records what the server sends
// (publishDiagnostics, logMessage, registrations) and answers the
// server's requests (client/registerCapability, workDoneProgress/create,
// workspace/configuration). Replies to the server go out on their own
// goroutines, as a real editor's would, so that neither side's reader
// waits for the other.
type testClient struct {
	t      testing.TB
	server *server // the server's state, for white-box checks
	conn   jsonrpc2.Conn
	code   chan int // Serve's exit code
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu          sync.Mutex
	changed     chan struct{} // closed and replaced when something is recorded
	latest      map[protocol.DocumentURI]protocol.PublishDiagnosticsParams
	history     []protocol.PublishDiagnosticsParams
	keepHistory bool
	// light decodes publications without their diagnostics' contents,
	// so that benchmarks measure the server rather than this client.
	light         bool
	logs          []protocol.LogMessageParams
	registrations []protocol.Registration
	exited        bool
	// settings answers workspace/configuration (nil answers null for
	// every item); configAsks counts the requests.
	settings   func(item protocol.ConfigurationItem) any
	configAsks int
	refreshes  int // workspace/diagnostic/refresh requests
}

// waitTimeout bounds every wait of the tests.
const waitTimeout = 20 * time.Second

// newTestClient starts a server and connects a client to it, without
// initializing. The session is shut down when the test ends.
func newTestClient(t testing.TB, opts Options) *testClient {
	t.Helper()
	serverEnd, clientEnd := net.Pipe()
	ctx, cancel := context.WithCancel(context.Background())
	if opts.Log == nil {
		opts.Log = testLog{t}
	}
	started := make(chan *server, 1)
	opts.started = func(s *server) { started <- s }
	code := make(chan int, 1)
	go func() { code <- Serve(ctx, serverEnd, opts) }()
	c := connectClient(t, clientEnd, code, cancel)
	c.server = <-started
	return c
}

// connectClient connects a client to a server at the other end of rwc;
// code receives the server's exit code and cancel stops it.
func connectClient(t testing.TB, rwc io.ReadWriteCloser, code chan int, cancel context.CancelFunc) *testClient {
	c := &testClient{t: t, code: code, cancel: cancel, changed: make(chan struct{}),
		latest: map[protocol.DocumentURI]protocol.PublishDiagnosticsParams{}, keepHistory: true}
	c.conn = jsonrpc2.NewConn(jsonrpc2.NewStream(rwc))
	c.conn.Go(context.Background(), c.handle)
	t.Cleanup(c.end)
	return c
}

// testLog sends the server's log to the test's log.
type testLog struct{ t testing.TB }

func (l testLog) Write(p []byte) (int, error) {
	l.t.Logf("%s", p)
	return len(p), nil
}

// end ends the session if the test did not: shutdown and exit, then
// close the connection.
func (c *testClient) end() {
	c.mu.Lock()
	exited := c.exited
	c.mu.Unlock()
	if !exited {
		ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
		_, _ = c.conn.Call(ctx, "shutdown", nil, nil)
		cancel()
		_ = c.conn.Notify(context.Background(), "exit", nil)
	}
	select {
	case <-c.code:
	case <-time.After(waitTimeout):
		c.t.Errorf("the server did not exit")
	}
	c.cancel()
	c.conn.Close()
	<-c.conn.Done()
	c.wg.Wait()
}

// shutdownExit ends the session the way an editor does and returns the
// server's exit code.
func (c *testClient) shutdownExit() int {
	c.t.Helper()
	if err := c.call("shutdown", nil, nil); err != nil {
		c.t.Fatalf("shutdown: %v", err)
	}
	return c.exit()
}

// exit sends exit and returns the server's exit code.
func (c *testClient) exit() int {
	c.t.Helper()
	c.mu.Lock()
	c.exited = true
	c.mu.Unlock()
	c.notify("exit", nil)
	select {
	case code := <-c.code:
		c.code <- code // for end
		return code
	case <-time.After(waitTimeout):
		c.t.Fatalf("the server did not exit")
	}
	return -1
}

func (c *testClient) handle(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
	switch req.Method() {
	case protocol.MethodTextDocumentPublishDiagnostics:
		var p protocol.PublishDiagnosticsParams
		if c.light {
			var head struct {
				URI         protocol.DocumentURI `json:"uri"`
				Version     uint32               `json:"version"`
				Diagnostics []json.RawMessage    `json:"diagnostics"`
			}
			c.decode(req, &head)
			p = protocol.PublishDiagnosticsParams{URI: head.URI, Version: head.Version, Diagnostics: make([]protocol.Diagnostic, len(head.Diagnostics))}
		} else {
			c.decode(req, &p)
		}
		c.record(func() {
			c.latest[p.URI] = p
			if c.keepHistory {
				c.history = append(c.history, p)
			}
		})
	case protocol.MethodWindowLogMessage:
		var p protocol.LogMessageParams
		c.decode(req, &p)
		c.record(func() { c.logs = append(c.logs, p) })
	case protocol.MethodClientRegisterCapability:
		var p protocol.RegistrationParams
		c.decode(req, &p)
		c.record(func() { c.registrations = append(c.registrations, p.Registrations...) })
		c.replyLater(ctx, reply, nil, nil)
	case protocol.MethodWorkDoneProgressCreate, protocol.MethodClientUnregisterCapability:
		c.replyLater(ctx, reply, nil, nil)
	case protocol.MethodWorkspaceConfiguration:
		var p protocol.ConfigurationParams
		c.decode(req, &p)
		answer := make([]any, len(p.Items))
		c.record(func() {
			c.configAsks++
			for i, it := range p.Items {
				if c.settings != nil {
					answer[i] = c.settings(it)
				}
			}
		})
		c.replyLater(ctx, reply, answer, nil)
	case methodDiagnosticRefresh:
		c.record(func() { c.refreshes++ })
		c.replyLater(ctx, reply, nil, nil)
	default:
		if _, ok := req.(*jsonrpc2.Call); ok {
			c.replyLater(ctx, reply, nil, jsonrpc2.ErrMethodNotFound)
		}
	}
	return nil
}

func (c *testClient) decode(req jsonrpc2.Request, v any) {
	if err := json.Unmarshal(req.Params(), v); err != nil {
		c.t.Errorf("client: decoding %s: %v", req.Method(), err)
	}
}

func (c *testClient) replyLater(ctx context.Context, reply jsonrpc2.Replier, result any, err error) {
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		_ = reply(ctx, result, err)
	}()
}

// record changes the recorded state and wakes the waiters.
func (c *testClient) record(fn func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	fn()
	close(c.changed)
	c.changed = make(chan struct{})
}

// waitFor waits until cond, called with the client's lock held, holds.
func (c *testClient) waitFor(what string, cond func() bool) {
	c.t.Helper()
	deadline := time.After(waitTimeout)
	for {
		c.mu.Lock()
		ok, changed := cond(), c.changed
		c.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-changed:
		case <-deadline:
			c.t.Fatalf("timed out waiting for %s", what)
		}
	}
}

func (c *testClient) call(method string, params, result any) error {
	ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
	defer cancel()
	_, err := c.conn.Call(ctx, method, params, result)
	return err
}

func (c *testClient) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("notify %s: %v", method, err)
	}
}

// initialize runs the initialize handshake with folders as the workspace
// (none when empty) and the capabilities of a modern editor.
func (c *testClient) initialize(folders ...string) *protocol.InitializeResult {
	c.t.Helper()
	params := &protocol.InitializeParams{Capabilities: editorCapabilities()}
	for _, f := range folders {
		params.WorkspaceFolders = append(params.WorkspaceFolders, protocol.WorkspaceFolder{URI: string(pathURI(f)), Name: filepath.Base(f)})
	}
	var res protocol.InitializeResult
	if err := c.call("initialize", params, &res); err != nil {
		c.t.Fatalf("initialize: %v", err)
	}
	c.notify("initialized", &protocol.InitializedParams{})
	return &res
}

// editorCapabilities are the client capabilities the tests announce.
func editorCapabilities() protocol.ClientCapabilities {
	return protocol.ClientCapabilities{
		Workspace: &protocol.WorkspaceClientCapabilities{
			DidChangeWatchedFiles: &protocol.DidChangeWatchedFilesWorkspaceClientCapabilities{DynamicRegistration: true},
			WorkspaceFolders:      true,
			WorkspaceEdit:         &protocol.WorkspaceClientCapabilitiesWorkspaceEdit{DocumentChanges: true, ResourceOperations: []string{"create"}},
		},
		TextDocument: &protocol.TextDocumentClientCapabilities{
			DocumentSymbol: &protocol.DocumentSymbolClientCapabilities{HierarchicalDocumentSymbolSupport: true},
			Completion: &protocol.CompletionTextDocumentClientCapabilities{
				CompletionItem: &protocol.CompletionTextDocumentClientCapabilitiesItem{SnippetSupport: true}},
			SignatureHelp: &protocol.SignatureHelpTextDocumentClientCapabilities{
				SignatureInformation: &protocol.TextDocumentClientCapabilitiesSignatureInformation{
					ParameterInformation: &protocol.TextDocumentClientCapabilitiesParameterInformation{LabelOffsetSupport: true}}},
			Rename: &protocol.RenameClientCapabilities{PrepareSupport: true},
			CodeAction: &protocol.CodeActionClientCapabilities{CodeActionLiteralSupport: &protocol.CodeActionClientCapabilitiesLiteralSupport{
				CodeActionKind: &protocol.CodeActionClientCapabilitiesKind{ValueSet: []protocol.CodeActionKind{protocol.QuickFix}}}},
		},
	}
}

// open opens a document.
func (c *testClient) open(u protocol.DocumentURI, version int32, text string) {
	c.t.Helper()
	c.notify("textDocument/didOpen", &protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{
		URI: u, LanguageID: "python", Version: version, Text: text}})
}

// edit is one change of didChange; a nil range replaces the document.
type edit struct {
	Range *protocol.Range `json:"range,omitempty"`
	Text  string          `json:"text"`
}

// change sends didChange.
func (c *testClient) change(u protocol.DocumentURI, version int32, edits ...edit) {
	c.t.Helper()
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": u, "version": version},
		"contentChanges": edits,
	})
}

// diagnostics waits for the diagnostics of a version of a document (0:
// any version) and returns them.
func (c *testClient) diagnostics(u protocol.DocumentURI, version int32) protocol.PublishDiagnosticsParams {
	c.t.Helper()
	var p protocol.PublishDiagnosticsParams
	c.waitFor(fmt.Sprintf("diagnostics of %s version %d", u, version), func() bool {
		var ok bool
		p, ok = c.latest[u]
		return ok && (version == 0 || p.Version == uint32(version))
	})
	return p
}

// writeFiles writes a tree of files under a new temporary directory and
// returns the directory.
func writeFiles(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	// Resolve symbolic links (macOS's /var) so that paths match URIs.
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
