package lsp

import (
	"context"
	"strconv"

	"go.lsp.dev/protocol"
)

// methodDiagnostic is LSP 3.17's pull diagnostics request, which
// go.lsp.dev/protocol v0.12.0 does not define; its types are here.
//
// A client that announces capabilities.textDocument.diagnostic gets the
// diagnostics of its open documents only when it pulls them: the server
// advertises the request and does not publish them, since a client that
// both pulls and receives keeps two collections and shows every problem
// twice (VS Code does). ruff's and sourcekit-lsp's servers decide the
// same way. Such a client is asked to pull again
// (workspace/diagnostic/refresh, when it supports it) when the projects
// change. The problems of configuration and stub files are published in
// both cases: they belong to no pulled document. Other clients get
// publishDiagnostics, and may still pull.
const methodDiagnostic = "textDocument/diagnostic"

// methodDiagnosticRefresh asks a client to pull diagnostics again.
const methodDiagnosticRefresh = "workspace/diagnostic/refresh"

// pullsDiagnostics reports whether the client pulls the diagnostics of
// open documents, so that the server does not publish them.
func (s *server) pullsDiagnostics() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.extraCaps.pullDiagnostics
}

// refreshDiagnostics asks a client that pulls diagnostics to pull them
// again, when it supports being asked; it runs on its own goroutine,
// since the reply comes through the connection's reader.
func (s *server) refreshDiagnostics() {
	s.mu.Lock()
	ok := s.extraCaps.pullDiagnostics && s.extraCaps.diagnosticRefresh
	s.mu.Unlock()
	if !ok {
		return
	}
	s.goTracked(func() {
		if _, err := s.conn.Call(s.ctx, methodDiagnosticRefresh, nil, nil); err != nil && s.ctx.Err() == nil {
			s.logf(protocol.MessageTypeWarning, "%s: %v", methodDiagnosticRefresh, err)
		}
	})
}

// documentDiagnosticParams are the parameters of textDocument/diagnostic.
type documentDiagnosticParams struct {
	TextDocument     protocol.TextDocumentIdentifier `json:"textDocument"`
	Identifier       string                          `json:"identifier,omitempty"`
	PreviousResultID string                          `json:"previousResultId,omitempty"`
}

// fullDocumentDiagnosticReport is LSP 3.17's
// RelatedFullDocumentDiagnosticReport without related documents.
type fullDocumentDiagnosticReport struct {
	Kind     string                `json:"kind"` // always "full"
	ResultID string                `json:"resultId,omitempty"`
	Items    []protocol.Diagnostic `json:"items"`
}

// Diagnostic returns the diagnostics of a document's current version,
// the same that are published for it, as a full report whose result id
// is the version. (An "unchanged" report is never sent: a new project
// generation changes the diagnostics of an unchanged version.)
// Configuration and stub files have no diagnostics of their own here;
// theirs are published.
func (s *server) Diagnostic(_ context.Context, p *documentDiagnosticParams) (*fullDocumentDiagnosticReport, error) {
	snap, err := s.snapshotOf(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	items := []protocol.Diagnostic{}
	if snap.Analyzable() {
		items = s.documentDiagnostics(snap, snap.Diagnostics())
	}
	return &fullDocumentDiagnosticReport{Kind: "full", ResultID: strconv.Itoa(int(snap.Version)), Items: items}, nil
}
