package lsp

import (
	"context"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/source"
)

// contentChange is one change of didChange. It is decoded here rather
// than as protocol.TextDocumentContentChangeEvent, whose Range is a value:
// there a full replacement (no "range") is indistinguishable from an
// insertion at 0:0.
type contentChange struct {
	Range *protocol.Range `json:"range,omitempty"`
	Text  *string         `json:"text"`
}

// didChangeParams are the parameters of textDocument/didChange.
type didChangeParams struct {
	TextDocument   protocol.VersionedTextDocumentIdentifier `json:"textDocument"`
	ContentChanges []contentChange                          `json:"contentChanges"`
}

// DidOpen starts tracking a document and checks it.
func (s *server) DidOpen(_ context.Context, p *protocol.DidOpenTextDocumentParams) error {
	if p.TextDocument.URI == "" {
		return invalidParams("didOpen without a document URI")
	}
	snap := s.sess.open(p.TextDocument.URI, p.TextDocument.Version, p.TextDocument.Text)
	s.runs.setLanguage(p.TextDocument.URI, string(p.TextDocument.LanguageID))
	s.schedule(snap)
	return nil
}

// DidChange applies the client's edits, in order, and checks the new
// version; the check of an older version is superseded.
func (s *server) DidChange(_ context.Context, p *didChangeParams) error {
	for _, c := range p.ContentChanges {
		if c.Text == nil {
			return invalidParams("didChange of %s: a change without text", p.TextDocument.URI)
		}
	}
	snap, err := s.sess.change(p.TextDocument.URI, p.TextDocument.Version, p.ContentChanges)
	if snap != nil {
		s.schedule(snap)
	}
	return err
}

// DidSave checks the document again; saving a stub or configuration file
// reloads the projects, since the client may not watch files.
func (s *server) DidSave(_ context.Context, p *protocol.DidSaveTextDocumentParams) error {
	if path, ok := uriPath(p.TextDocument.URI); ok && (isStubPath(path) || isConfigPath(path)) {
		s.reload("saved " + path)
		return nil
	}
	snap, ok := s.sess.get(p.TextDocument.URI)
	if !ok {
		return invalidParams("didSave of %s, which is not open", p.TextDocument.URI)
	}
	s.schedule(snap)
	return nil
}

// DidClose stops tracking a document and clears its diagnostics.
func (s *server) DidClose(_ context.Context, p *protocol.DidCloseTextDocumentParams) error {
	snap, ok := s.sess.close(p.TextDocument.URI)
	if !ok {
		return invalidParams("didClose of %s, which is not open", p.TextDocument.URI)
	}
	s.runs.setLanguage(p.TextDocument.URI, "")
	if snap.Analyzable() {
		s.scheduleClear(snap.URI)
	}
	return nil
}

// applyChanges returns the content of snap after the changes, applied in
// order, each to the result of the previous one. A change without a range
// replaces the whole text; a range is clamped to the content.
func applyChanges(snap *snapshot, changes []contentChange) []byte {
	content := snap.Content
	m := snap.Mapper()
	for _, c := range changes {
		if c.Range == nil {
			content, m = []byte(*c.Text), nil
			continue
		}
		if m == nil {
			m = source.NewMapper(content)
		}
		sp := fromRange(m, *c.Range)
		next := make([]byte, 0, len(content)-sp.Len()+len(*c.Text))
		next = append(next, content[:sp.Start]...)
		next = append(next, *c.Text...)
		next = append(next, content[sp.End:]...)
		content, m = next, nil
	}
	return content
}
