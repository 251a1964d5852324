package lsp

import (
	"context"
	"strings"
	"unsafe"

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
// order, each to the result of the previous one, and its position mapper
// when it could be derived from snap's (nil when not: the snapshot builds
// one when it needs it). A change without a range replaces the whole
// text; a range is clamped to the content.
func applyChanges(snap *snapshot, changes []contentChange) ([]byte, *source.Mapper) {
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
		next := joined(vstring(content[:sp.Start]), *c.Text, vstring(content[sp.End:]))
		m = m.Edited(next, sp, []byte(*c.Text))
		content = next
	}
	return content, m
}

// joined returns the concatenation of parts in a new array. Its bytes
// are each written once, so unlike make's they are not zeroed first
// (strings.Builder allocates so); the caller must not modify them. A
// keystroke makes two copies of its document this way (its text and the
// incremental checker's, incremental.go), where zeroing them cost 5% of
// the keystroke.
func joined(parts ...string) []byte {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	if n == 0 {
		return []byte{}
	}
	var sb strings.Builder
	sb.Grow(n)
	for _, p := range parts {
		sb.WriteString(p)
	}
	s := sb.String()
	return unsafe.Slice(unsafe.StringData(s), len(s))
}
