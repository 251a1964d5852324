package lsp

import (
	"context"
	"fmt"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/source"
)

// CodeAction offers quick fixes for the diagnostics in the requested
// range, those published for the snapshot (computed incrementally after
// an edit, fixes included): the analyzer's fixes for each, the first safe one preferred,
// fixes in the project's files (declaring an undeclared external in the
// stubs, adding an undefined name to the inputs; see hostfix.go), and an
// action that silences the diagnostic with a "# monty: ignore[CODE]"
// comment on its line.
func (s *server) CodeAction(_ context.Context, p *protocol.CodeActionParams) ([]codeAction, error) {
	snap, err := s.snapshotOf(p.TextDocument.URI)
	if err != nil || !wantsKind(p.Context.Only, protocol.QuickFix) || !snap.Analyzable() {
		return nil, err
	}
	m := snap.Mapper()
	want := fromRange(m, p.Range)
	hf := s.hostFixer(snap)
	var out []codeAction
	for _, d := range snap.Diagnostics() {
		if d.Severity < analysis.Error || d.Severity > analysis.Hint || !touches(d.Span, want) {
			continue
		}
		if d.Code == starImportCode && len(d.Fixes) == 0 {
			d.Fixes = fullCheckFixes(snap, d)
		}
		out = append(out, quickFixes(snap, d, hf)...)
	}
	return out, nil
}

// fullCheckFixes returns the fixes a full check of the snapshot gives the
// diagnostic d: the diagnostics computed incrementally lack those that
// depend on the whole module (see localFixes).
func fullCheckFixes(snap *snapshot, d analysis.Diagnostic) []analysis.Fix {
	_, res := snap.Check()
	for _, full := range res.Diagnostics {
		if full.Span == d.Span && full.Code == d.Code {
			return full.Fixes
		}
	}
	return nil
}

// codeAction is the protocol's CodeAction with a workspace edit that can
// create files, which go.lsp.dev/protocol's WorkspaceEdit cannot.
type codeAction struct {
	Title       string                  `json:"title"`
	Kind        protocol.CodeActionKind `json:"kind,omitempty"`
	Diagnostics []protocol.Diagnostic   `json:"diagnostics,omitempty"`
	IsPreferred bool                    `json:"isPreferred,omitempty"`
	Edit        *workspaceEdit          `json:"edit,omitempty"`
}

// workspaceEdit is the protocol's WorkspaceEdit whose documentChanges may
// mix protocol.TextDocumentEdit and protocol.CreateFile values.
type workspaceEdit struct {
	Changes         map[protocol.DocumentURI][]protocol.TextEdit `json:"changes,omitempty"`
	DocumentChanges []any                                        `json:"documentChanges,omitempty"`
}

// quickFixes returns the actions for one diagnostic.
func quickFixes(snap *snapshot, d analysis.Diagnostic, hf *hostFixer) []codeAction {
	m := snap.Mapper()
	diag := []protocol.Diagnostic{toDiagnostic(m, d)}
	var out []codeAction
	preferred := false
	for _, fix := range d.Fixes {
		out = append(out, codeAction{
			Title: fix.Title, Kind: protocol.QuickFix, Diagnostics: diag,
			Edit:        documentEdit(snap, toTextEdits(m, fix.Edits)),
			IsPreferred: fix.Safe && !preferred,
		})
		preferred = preferred || fix.Safe
	}
	for _, a := range hf.fixes(d) {
		a.Kind, a.Diagnostics = protocol.QuickFix, diag
		out = append(out, a)
	}
	if d.Code != "" {
		ignore := analysis.IgnoreEdit(snap.Content, d)
		out = append(out, codeAction{
			Title: fmt.Sprintf("Ignore %s (%s) on this line", d.Code, d.Name), Kind: protocol.QuickFix, Diagnostics: diag,
			Edit: documentEdit(snap, toTextEdits(m, []analysis.TextEdit{ignore})),
		})
	}
	return out
}

// documentEdit wraps edits of one document in a workspace edit.
func documentEdit(snap *snapshot, edits []protocol.TextEdit) *workspaceEdit {
	return &workspaceEdit{Changes: map[protocol.DocumentURI][]protocol.TextEdit{snap.URI: edits}}
}

// wantsKind reports whether a code action kind passes the client's
// "only" filter; kinds are hierarchical ("quickfix" admits
// "quickfix.x").
func wantsKind(only []protocol.CodeActionKind, kind protocol.CodeActionKind) bool {
	if len(only) == 0 {
		return true
	}
	for _, k := range only {
		if k == "" || k == kind || strings.HasPrefix(string(kind), string(k)+".") {
			return true
		}
	}
	return false
}

// touches reports whether two spans overlap or meet, so that a cursor at
// either end of a diagnostic gets its fixes.
func touches(a, b source.Span) bool { return a.Start <= b.End && b.Start <= a.End }
