package lsp

import (
	"context"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
)

// Initialize records the client's capabilities, workspace folders and
// settings (initializationOptions) and answers with the server's
// capabilities.
func (s *server) Initialize(_ context.Context, p *initializeParams) (*initializeResult, error) {
	s.mu.Lock()
	s.caps, s.extraCaps = p.Capabilities, p.extra
	s.mu.Unlock()
	folders := initialFolders(&p.InitializeParams)
	s.sess.setFolders(folders)
	s.initSettings(p.InitializationOptions)
	s.state.Store(int32(stateRunning))
	if len(folders) == 0 {
		s.logf(protocol.MessageTypeInfo, "no workspace folder: only open files are checked")
	}
	caps := serverCapabilities{ServerCapabilities: capabilities(p.Capabilities), InlayHintProvider: true}
	if p.extra.pullDiagnostics {
		caps.DiagnosticProvider = &diagnosticOptions{InterFileDependencies: true}
	}
	return &initializeResult{Capabilities: caps, ServerInfo: &protocol.ServerInfo{Name: "monty-lsp", Version: s.opts.Version}}, nil
}

// initialFolders returns the workspace folders of initialize, falling back
// to the deprecated rootUri. With neither the server has no folder and
// checks only the open documents.
func initialFolders(p *protocol.InitializeParams) []protocol.WorkspaceFolder {
	if len(p.WorkspaceFolders) > 0 {
		return p.WorkspaceFolders
	}
	if p.RootURI != "" {
		return []protocol.WorkspaceFolder{{URI: string(p.RootURI), Name: string(p.RootURI)}}
	}
	return nil
}

// capabilities are the features the server offers that
// go.lsp.dev/protocol can express; Initialize adds inlay hints and pull
// diagnostics.
func capabilities(client protocol.ClientCapabilities) protocol.ServerCapabilities {
	caps := protocol.ServerCapabilities{
		TextDocumentSync: &protocol.TextDocumentSyncOptions{
			OpenClose: true,
			Change:    protocol.TextDocumentSyncKindIncremental,
			Save:      &protocol.SaveOptions{},
		},
		HoverProvider:                   true,
		DefinitionProvider:              true,
		ReferencesProvider:              true,
		DocumentHighlightProvider:       true,
		DocumentSymbolProvider:          true,
		FoldingRangeProvider:            true,
		RenameProvider:                  true,
		DocumentFormattingProvider:      true,
		DocumentRangeFormattingProvider: true,
		CodeActionProvider:              true,
		CompletionProvider:              &protocol.CompletionOptions{TriggerCharacters: []string{"."}, ResolveProvider: true},
		ExecuteCommandProvider:          &protocol.ExecuteCommandOptions{Commands: []string{CommandRun}},
		CodeLensProvider:                &protocol.CodeLensOptions{},
		SignatureHelpProvider:           &protocol.SignatureHelpOptions{TriggerCharacters: []string{"(", ","}, RetriggerCharacters: []string{"="}},
		SemanticTokensProvider:          &semanticTokensOptions{Legend: tokenLegend(), Range: true, Full: true},
		Workspace: &protocol.ServerCapabilitiesWorkspace{
			WorkspaceFolders: &protocol.ServerCapabilitiesWorkspaceFolders{Supported: true, ChangeNotifications: true},
		},
	}
	if td := client.TextDocument; td != nil {
		if td.Rename != nil && td.Rename.PrepareSupport {
			caps.RenameProvider = &protocol.RenameOptions{PrepareProvider: true}
		}
		if td.CodeAction != nil && td.CodeAction.CodeActionLiteralSupport != nil {
			caps.CodeActionProvider = &protocol.CodeActionOptions{CodeActionKinds: []protocol.CodeActionKind{protocol.QuickFix}}
		}
	}
	return caps
}

// Initialized registers the file watchers the server needs, when the
// client lets servers register them, and asks for the editor's settings,
// when the client answers workspace/configuration.
func (s *server) Initialized(context.Context, *protocol.InitializedParams) error {
	caps := s.clientCaps()
	if caps.Workspace != nil && caps.Workspace.DidChangeWatchedFiles != nil && caps.Workspace.DidChangeWatchedFiles.DynamicRegistration {
		s.goTracked(s.registerWatchers)
	}
	if s.configurationSupported() {
		s.goTracked(func() { s.pullSettings(false) })
	}
	return nil
}

// Shutdown stops the server's background work; the session then only
// accepts exit.
func (s *server) Shutdown(context.Context) error {
	s.state.Store(int32(stateShutdown))
	s.diags.clear()
	return nil
}

// Exit ends the session: Serve returns 0 if shutdown came first, else 1.
func (s *server) Exit(context.Context) error {
	code := 1
	if lifecycle(s.state.Load()) == stateShutdown {
		code = 0
	}
	select {
	case s.exit <- code:
	default:
	}
	return nil
}

// cancelParams are the parameters of $/cancelRequest.
type cancelParams struct {
	ID jsonrpc2.ID `json:"id"`
}

// CancelRequest cancels a request in flight; one that already finished
// is ignored.
func (s *server) CancelRequest(_ context.Context, p *cancelParams) error {
	s.mu.Lock()
	cancel := s.inflight[p.ID]
	s.mu.Unlock()
	if cancel != nil {
		cancel()
	}
	return nil
}

// SetTrace accepts the client's trace setting; the server's log does not
// depend on it.
func (s *server) SetTrace(context.Context, *protocol.SetTraceParams) error { return nil }
