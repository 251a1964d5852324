package lsp

import (
	"context"
	"strconv"

	"go.lsp.dev/protocol"
)

// methodDiagnostic is LSP 3.17's pull diagnostics request, which
// go.lsp.dev/protocol v0.12.0 does not define; its types are here. The
// server advertises it only to clients that announce
// capabilities.textDocument.diagnostic, and keeps publishing diagnostics
// too, so that clients that mix both models see the same results.
const methodDiagnostic = "textDocument/diagnostic"

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
		items = toDiagnostics(snap.Mapper(), snap.Diagnostics())
	}
	return &fullDocumentDiagnosticReport{Kind: "full", ResultID: strconv.Itoa(int(snap.Version)), Items: items}, nil
}
