package lsp

import (
	"go.lsp.dev/protocol"
)

// formatting checks #@format(GOLDEN): the whole-document formatting edits,
// applied to the file, give the golden section; and #@rangeformat(LOC,
// GOLDEN): formatting the line of LOC only.
func (mc *markerCase) formatting(m *marker) {
	var edits []protocol.TextEdit
	if m.name == "format" {
		u := mc.uri(m.file)
		params := &protocol.DocumentFormattingParams{TextDocument: protocol.TextDocumentIdentifier{URI: u}}
		if err := mc.client.call("textDocument/formatting", params, &edits); err != nil {
			mc.t.Errorf("%s: formatting: %v", m.at, err)
			return
		}
		mc.golden(m, 0, applyEdits(mc.files[m.file], edits))
		return
	}
	loc := mc.locate(m, 0)
	line := protocol.Range{Start: protocol.Position{Line: loc.pos.Line}, End: protocol.Position{Line: loc.pos.Line + 1}}
	params := &protocol.DocumentRangeFormattingParams{TextDocument: protocol.TextDocumentIdentifier{URI: loc.uri}, Range: line}
	if err := mc.client.call("textDocument/rangeFormatting", params, &edits); err != nil {
		mc.t.Errorf("%s: rangeFormatting: %v", m.at, err)
		return
	}
	mc.golden(m, 1, applyEdits(mc.files[loc.file], edits))
}
