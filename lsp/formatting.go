package lsp

import (
	"context"
	"errors"

	"github.com/aymanbagabas/go-udiff"
	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/config"
	"github.com/monty-tools/monty-tools/format"
	"github.com/monty-tools/monty-tools/source"
)

// Formatting formats the whole document with the project's formatter
// settings. The answer is a set of line edits rather than one replacement
// of the document, so that the editor keeps the cursor, folds and marks of
// the lines that did not change.
func (s *server) Formatting(_ context.Context, p *protocol.DocumentFormattingParams) ([]protocol.TextEdit, error) {
	snap, err := s.snapshotOf(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	out, err := format.Source(snap.name(), snap.Content, s.formatOptions(snap))
	if err != nil {
		return nil, s.formatError(snap, err)
	}
	return diffEdits(snap.Mapper(), snap.Content, out, 0), nil
}

// RangeFormatting formats the statements that overlap the selection; the
// formatter widens the range to whole statements, since half a statement
// has no layout of its own.
func (s *server) RangeFormatting(_ context.Context, p *protocol.DocumentRangeFormattingParams) ([]protocol.TextEdit, error) {
	snap, err := s.snapshotOf(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	m := snap.Mapper()
	sel := fromRange(m, p.Range)
	from, to, text, err := format.Range(snap.name(), snap.Content, int(sel.Start), int(sel.End), s.formatOptions(snap))
	if err != nil {
		return nil, s.formatError(snap, err)
	}
	return diffEdits(m, snap.Content[from:to], text, from), nil
}

// formatOptions are the formatter settings of the document's project
// (monty.toml [monty.format], pyproject [tool.monty.format] or ruff's
// tables); the client's tab size is ignored, as ruff's server does, so that
// the editor and montyfmt agree.
func (s *server) formatOptions(snap *snapshot) format.Options {
	f := config.Default("").Format
	if p := snap.Project().proj; p != nil && p.Config != nil {
		f = p.Config.Format
	}
	return format.FromConfig(f)
}

// formatError turns a formatter failure into the request's answer. A file
// with syntax errors is not an error of the request (the diagnostics show
// them; format-on-save must not pop up a message on every save), so it gets
// no edits. A failed safety check is a formatter bug, reported as one.
func (s *server) formatError(snap *snapshot, err error) error {
	var syn *format.SyntaxError
	if errors.As(err, &syn) {
		return nil
	}
	s.logf(protocol.MessageTypeError, "formatting %s: %v", snap.name(), err)
	return jsonrpc2.Errorf(jsonrpc2.InternalError, "formatting %s: %v", snap.name(), err)
}

// diffEdits returns the line edits that turn old, which starts at byte
// base of the document m maps, into new.
func diffEdits(m *source.Mapper, old, new []byte, base int) []protocol.TextEdit {
	diff := udiff.Lines(string(old), string(new))
	edits := make([]protocol.TextEdit, 0, len(diff))
	for _, d := range diff {
		sp := source.Span{Start: source.Offset(base + d.Start), End: source.Offset(base + d.End)}
		edits = append(edits, protocol.TextEdit{Range: toRange(m, sp), NewText: d.New})
	}
	return edits
}
