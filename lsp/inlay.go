package lsp

import (
	"context"
	"sort"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// methodInlayHint is LSP 3.17's inlay hint request, which
// go.lsp.dev/protocol v0.12.0 does not define; its types are here.
const methodInlayHint = "textDocument/inlayHint"

// inlayHintParams are the parameters of textDocument/inlayHint.
type inlayHintParams struct {
	TextDocument protocol.TextDocumentIdentifier `json:"textDocument"`
	Range        protocol.Range                  `json:"range"`
}

// inlayHint is LSP 3.17's InlayHint, with a plain string label.
type inlayHint struct {
	Position    protocol.Position       `json:"position"`
	Label       string                  `json:"label"`
	Kind        inlayHintKind           `json:"kind,omitempty"`
	Tooltip     *protocol.MarkupContent `json:"tooltip,omitempty"`
	PaddingLeft bool                    `json:"paddingLeft,omitempty"`
}

// inlayHintKind is LSP 3.17's InlayHintKind.
type inlayHintKind int

// inlayHintType marks a hint that shows a type.
const inlayHintType inlayHintKind = 1

// InlayHint shows the return type of each call of an external in the
// range, after the call, as its stub declares it ("-> dict[str, Any]"),
// since the host's values have no other visible type in the program.
// Unfinished calls and externals that return None get no hint.
func (s *server) InlayHint(_ context.Context, p *inlayHintParams) ([]inlayHint, error) {
	snap, err := s.snapshotOf(p.TextDocument.URI)
	if err != nil || !snap.Analyzable() {
		return nil, err
	}
	return returnTypeHints(snap, fromRange(snap.Mapper(), p.Range)), nil
}

// returnTypeHints returns the hints of the external calls that end in
// want, in source order.
func returnTypeHints(snap *snapshot, want source.Span) []inlayHint {
	f, res := snap.Resolved()
	m := snap.Mapper()
	decls := snap.Project().proj.Decls
	out := []inlayHint{}
	syntax.Inspect(f, func(n syntax.Node) bool {
		call, ok := n.(*syntax.CallExpr)
		if !ok || !touches(call.Span(), want) || !closedCall(snap.Content, call) {
			return n != nil && touches(n.Span(), want)
		}
		id, ok := call.Fn.(*syntax.Ident)
		if !ok || res.Refs[id].Kind != analysis.External || call.End < want.Start || call.End > want.End {
			return true
		}
		if fn := decls.Funcs[id.Name]; fn != nil && fn.Returns != "" && fn.Returns != "None" {
			out = append(out, inlayHint{Position: toPosition(m.Position(call.End)), Label: "-> " + fn.Returns,
				Kind: inlayHintType, PaddingLeft: true, Tooltip: &protocol.MarkupContent{Kind: protocol.Markdown, Value: codeBlock(fn.Signature())}})
		}
		return true
	})
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Position, out[j].Position
		return a.Line < b.Line || a.Line == b.Line && a.Character < b.Character
	})
	return out
}

// closedCall reports whether a call's source ends with its closing
// parenthesis (a call being typed does not).
func closedCall(src []byte, call *syntax.CallExpr) bool {
	return call.End > call.Start && int(call.End) <= len(src) && src[call.End-1] == ')'
}
