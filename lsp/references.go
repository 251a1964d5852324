package lsp

import (
	"context"
	"strings"
	"unicode"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/syntax"
)

// References lists the places in the document that designate the same
// thing as the name under the cursor. Monty programs are single files, so
// the search never leaves the document.
func (s *server) References(_ context.Context, p *protocol.ReferenceParams) ([]protocol.Location, error) {
	t, err := s.targetAt(p.TextDocumentPositionParams)
	if err != nil {
		return nil, err
	}
	var out []protocol.Location
	for _, o := range t.occurrences() {
		if !p.Context.IncludeDeclaration && t.ref.Binding != nil && o.span == t.ref.Binding.Def {
			continue
		}
		out = append(out, protocol.Location{URI: t.snap.URI, Range: toRange(t.snap.Mapper(), o.span)})
	}
	return out, nil
}

// DocumentHighlight marks the occurrences of the name under the cursor,
// telling the bindings (writes) from the uses (reads).
func (s *server) DocumentHighlight(_ context.Context, p *protocol.DocumentHighlightParams) ([]protocol.DocumentHighlight, error) {
	t, err := s.targetAt(p.TextDocumentPositionParams)
	if err != nil {
		return nil, err
	}
	var out []protocol.DocumentHighlight
	for _, o := range t.occurrences() {
		kind := protocol.DocumentHighlightKindRead
		if o.write {
			kind = protocol.DocumentHighlightKindWrite
		}
		out = append(out, protocol.DocumentHighlight{Range: toRange(t.snap.Mapper(), o.span), Kind: kind})
	}
	return out, nil
}

// PrepareRename returns the range of the name under the cursor if it can
// be renamed, and an error saying why not otherwise.
func (s *server) PrepareRename(_ context.Context, p *protocol.PrepareRenameParams) (*protocol.Range, error) {
	t, err := s.targetAt(p.TextDocumentPositionParams)
	if err != nil {
		return nil, err
	}
	if err := renameable(t); err != nil {
		return nil, err
	}
	r := toRange(t.snap.Mapper(), t.id.Span())
	return &r, nil
}

// Rename renames a name the program binds, everywhere it occurs in the
// document. A name bound by an import without "as" gets an "as" clause,
// so that the module itself keeps its name.
func (s *server) Rename(_ context.Context, p *protocol.RenameParams) (*protocol.WorkspaceEdit, error) {
	t, err := s.targetAt(p.TextDocumentPositionParams)
	if err != nil {
		return nil, err
	}
	if err := renameable(t); err != nil {
		return nil, err
	}
	if !isIdentifier(p.NewName) {
		return nil, invalidParams("%q is not a valid Python identifier", p.NewName)
	}
	m := t.snap.Mapper()
	var edits []protocol.TextEdit
	for _, o := range t.occurrences() {
		if o.id == nil { // the name an import binds: add "as"
			at := toRange(m, o.span).End
			edits = append(edits, protocol.TextEdit{Range: protocol.Range{Start: at, End: at}, NewText: " as " + p.NewName})
			continue
		}
		edits = append(edits, protocol.TextEdit{Range: toRange(m, o.span), NewText: p.NewName})
	}
	return &protocol.WorkspaceEdit{Changes: map[protocol.DocumentURI][]protocol.TextEdit{t.snap.URI: edits}}, nil
}

// renameable reports why a target cannot be renamed, or nil.
func renameable(t *target) error {
	switch {
	case t.id == nil:
		return invalidParams("no name at this position")
	case t.attr != nil:
		return invalidParams("cannot rename the attribute %q", t.id.Name)
	case !t.resolved || t.ref.Binding == nil:
		return invalidParams("%q is not defined in this file", t.id.Name)
	}
	if from, ok := t.ref.Binding.Node.(*syntax.ImportFromStmt); ok && from.Span() == t.ref.Binding.Def {
		return invalidParams("cannot rename %q: it comes from \"from %s import *\"", t.id.Name, from.Module)
	}
	if imp, ok := t.ref.Binding.Node.(*syntax.ImportStmt); ok {
		for _, a := range imp.Names {
			if a.AsName == nil && a.Span() == t.ref.Binding.Def && strings.Contains(a.Name, ".") {
				return invalidParams("cannot rename %q: it is bound by \"import %s\"", t.id.Name, a.Name)
			}
		}
	}
	return nil
}

// isIdentifier reports whether name is a Python identifier that is not a
// keyword.
func isIdentifier(name string) bool {
	if name == "" || pythonKeywords[name] {
		return false
	}
	for i, r := range name {
		if r != '_' && !unicode.IsLetter(r) && (i == 0 || !unicode.IsDigit(r)) {
			return false
		}
	}
	return true
}

var pythonKeywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true, "async": true,
	"await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true,
	"pass": true, "raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true,
}
