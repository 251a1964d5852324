package lsp

import (
	"net/url"
	"path/filepath"
	"runtime"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/source"
)

// This file is the only place where the server converts between the byte
// offsets of the analyzer and LSP positions, and it does so through
// source.Mapper, which counts UTF-16 code units and clamps out-of-range
// positions. It also converts between URIs and file paths.

// toPosition converts a source position to the protocol's type.
func toPosition(p source.Position) protocol.Position {
	return protocol.Position{Line: p.Line, Character: p.Character}
}

// fromPosition converts a protocol position to the source package's type.
func fromPosition(p protocol.Position) source.Position {
	return source.Position{Line: p.Line, Character: p.Character}
}

// toRange returns the LSP range of a byte span.
func toRange(m *source.Mapper, s source.Span) protocol.Range {
	r := m.Range(s)
	return protocol.Range{Start: toPosition(r.Start), End: toPosition(r.End)}
}

// fromRange returns the byte span of an LSP range, clamped to the content.
func fromRange(m *source.Mapper, r protocol.Range) source.Span {
	return m.Span(source.Range{Start: fromPosition(r.Start), End: fromPosition(r.End)})
}

// offsetAt returns the byte offset of an LSP position, clamped to the
// content.
func offsetAt(m *source.Mapper, p protocol.Position) source.Offset {
	return m.Offset(fromPosition(p))
}

// toTextEdits converts analyzer edits to LSP edits.
func toTextEdits(m *source.Mapper, edits []analysis.TextEdit) []protocol.TextEdit {
	out := make([]protocol.TextEdit, 0, len(edits))
	for _, e := range edits {
		out = append(out, protocol.TextEdit{Range: toRange(m, e.Span), NewText: e.NewText})
	}
	return out
}

// uriPath returns the file path a file: URI names, and false for other
// schemes (untitled:, vscode-notebook-cell:...) and malformed URIs. Unlike
// uri.URI.Filename it never panics.
func uriPath(u protocol.DocumentURI) (string, bool) {
	parsed, err := url.Parse(string(u))
	if err != nil || parsed.Scheme != uri.FileScheme || parsed.Path == "" {
		return "", false
	}
	p := parsed.Path
	if runtime.GOOS == "windows" && len(p) >= 3 && p[0] == '/' && p[2] == ':' {
		p = p[1:] // "/c:/x" -> "c:/x"
	}
	return filepath.FromSlash(p), true
}

// pathURI returns the file: URI of a path.
func pathURI(path string) protocol.DocumentURI { return uri.File(path) }
