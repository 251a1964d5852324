package webapi

import (
	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/lsp"
	"github.com/monty-tools/monty-tools/source"
)

// AssistRequest asks for completion or hover at a position.
type AssistRequest struct {
	Source   string          `json:"source"`
	Position source.Position `json:"position"`
	// Snippets asks for completions of externals as snippets with their
	// required arguments as placeholders (LSP/Monaco snippet syntax).
	Snippets bool `json:"snippets"`
	Target
}

// CompletionItem is one completion in LSP form, flattened for JavaScript.
type CompletionItem struct {
	Label string `json:"label"`
	// Kind is LSP's CompletionItemKind (3 function, 6 variable, 7 class,
	// 9 module, 10 property, 14 keyword).
	Kind          protocol.CompletionItemKind `json:"kind"`
	Detail        string                      `json:"detail,omitempty"`
	Documentation string                      `json:"documentation,omitempty"` // Markdown
	SortText      string                      `json:"sortText"`
	// InsertText replaces Range; it is a snippet when IsSnippet is set.
	InsertText string       `json:"insertText"`
	IsSnippet  bool         `json:"isSnippet"`
	Range      source.Range `json:"range"`
}

// CompletionResult holds the completions at a position.
type CompletionResult struct {
	Items []CompletionItem `json:"items"`
}

// HoverResult is the Markdown shown for the name at a position and the
// name's range; a null result means there is nothing to show.
type HoverResult struct {
	Contents string       `json:"contents"`
	Range    source.Range `json:"range"`
}

func document(req AssistRequest) (*lsp.Document, error) {
	t, err := req.Target.resolve()
	if err != nil {
		return nil, err
	}
	return lsp.NewDocument([]byte(req.Source), t.prof, t.decls, t.opts.Inputs), nil
}

func complete(req AssistRequest) (any, error) {
	doc, err := document(req)
	if err != nil {
		return nil, err
	}
	items := doc.Completion(req.Position, req.Snippets)
	out := CompletionResult{Items: make([]CompletionItem, 0, len(items))}
	for _, it := range items {
		c := CompletionItem{Label: it.Label, Kind: it.Kind, Detail: it.Detail, SortText: it.SortText,
			InsertText: it.Label, IsSnippet: it.InsertTextFormat == protocol.InsertTextFormatSnippet}
		if doc, ok := it.Documentation.(protocol.MarkupContent); ok {
			c.Documentation = doc.Value
		}
		if it.TextEdit != nil {
			c.InsertText, c.Range = it.TextEdit.NewText, fromProtocolRange(it.TextEdit.Range)
		}
		out.Items = append(out.Items, c)
	}
	return out, nil
}

func hover(req AssistRequest) (any, error) {
	doc, err := document(req)
	if err != nil {
		return nil, err
	}
	h := doc.Hover(req.Position)
	if h == nil {
		return nil, nil
	}
	res := &HoverResult{Contents: h.Contents.Value}
	if h.Range != nil {
		res.Range = fromProtocolRange(*h.Range)
	}
	return res, nil
}

func fromProtocolRange(r protocol.Range) source.Range {
	return source.Range{
		Start: source.Position{Line: r.Start.Line, Character: r.Start.Character},
		End:   source.Position{Line: r.End.Line, Character: r.End.Character},
	}
}
