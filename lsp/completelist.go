package lsp

import (
	"context"
	"encoding/json"
	"slices"
	"strconv"
	"unicode"
	"unicode/utf8"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/source"
)

// This file turns completion candidates into the list sent to the client,
// and completes its items on completionItem/resolve.
// A large module binds thousands of names, and a list of all of them cost
// more to build, encode and send than everything else a completion does
// (bench/lsp); editors show a handful. So the list holds only the
// candidates that can match the identifier typed before the cursor, as
// the client would filter them, and at most maxCompletionItems of them;
// a list cut short says it is incomplete, so that the client asks again
// as the user types on. The list encodes itself without reflection, and
// its items carry no documentation (the builtins' and externals' can be
// most of a list's bytes): the client asks for an item's documentation
// when it shows the item (completionItem/resolve).

// maxCompletionItems bounds a completion list. A cut list is marked
// incomplete.
const maxCompletionItems = 100

// matchesTyped reports whether label can match typed, the identifier
// part before the cursor, in a client's fuzzy filter: typed's characters
// appear in label in order, ignoring case. Every client filter we know of
// (VS Code's, Neovim's, Monaco's) shows a subset of these, so leaving the
// others out changes nothing the user sees.
func matchesTyped(label, typed string) bool {
	i := 0
	for j := 0; j < len(typed); {
		t, tn := rune(typed[j]), 1
		if t >= utf8.RuneSelf {
			t, tn = utf8.DecodeRuneInString(typed[j:])
		}
		j += tn
		for {
			if i >= len(label) {
				return false
			}
			l, ln := rune(label[i]), 1
			if l >= utf8.RuneSelf {
				l, ln = utf8.DecodeRuneInString(label[i:])
			}
			i += ln
			if l == t || foldRune(l) == foldRune(t) {
				break
			}
		}
	}
	return true
}

// foldRune maps a rune to its lower case, with a fast path for ASCII.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

// matchClass orders the candidates kept when a list is cut: those that
// start with typed as written, then those that start with it in another
// case, then the other fuzzy matches.
func matchClass(label, typed string) int {
	switch {
	case len(label) >= len(typed) && label[:len(typed)] == typed:
		return 0
	case len(label) >= len(typed) && equalFoldPrefix(label, typed):
		return 1
	}
	return 2
}

// equalFoldPrefix reports whether label starts with typed, ignoring case.
func equalFoldPrefix(label, typed string) bool {
	for _, t := range typed {
		l, n := utf8.DecodeRuneInString(label)
		if n == 0 || foldRune(l) != foldRune(t) {
			return false
		}
		label = label[n:]
	}
	return true
}

// keepBest cuts cands to at most limit, keeping the best matches of typed
// and, among equals, the earlier candidates (inner scopes first, then the
// project's names, the builtins and the keywords). It reports whether
// candidates were dropped.
func keepBest(cands []candidate, typed string, limit int) ([]candidate, bool) {
	if limit <= 0 || len(cands) <= limit {
		return cands, false
	}
	cands = slices.Clone(cands)
	slices.SortStableFunc(cands, func(a, b candidate) int {
		if c := matchClass(a.label, typed) - matchClass(b.label, typed); c != 0 {
			return c
		}
		return a.rank - b.rank
	})
	return cands[:limit], true
}

// completionList is the protocol's CompletionList with an encoder that
// needs no reflection.
type completionList struct {
	IsIncomplete bool                      `json:"isIncomplete"`
	Items        []protocol.CompletionItem `json:"items"`
}

// MarshalJSON encodes the list as encoding/json would encode
// protocol.CompletionList, field for field (completelist_test.go compares
// the two), for the fields the server sets; a list with any other field
// set takes the generic path.
func (l *completionList) MarshalJSON() ([]byte, error) {
	return l.appendJSON(nil), nil
}

// appendJSON appends the JSON of MarshalJSON to b (frame.go).
func (l *completionList) appendJSON(b []byte) []byte {
	if l == nil {
		return append(b, "null"...)
	}
	start := len(b)
	b = append(b, `{"isIncomplete":`...)
	b = strconv.AppendBool(b, l.IsIncomplete)
	b = append(b, `,"items":[`...)
	for i := range l.Items {
		if i > 0 {
			b = append(b, ',')
		}
		var ok bool
		if b, ok = appendCompletionItem(b, &l.Items[i]); !ok {
			data, err := json.Marshal(&protocol.CompletionList{IsIncomplete: l.IsIncomplete, Items: l.Items})
			if err != nil {
				data = []byte("null") // the items hold nothing json cannot encode
			}
			return append(b[:start], data...)
		}
	}
	return append(b, "]}"...)
}

// appendCompletionItem appends one item, or reports false when it has a
// field the encoder does not write.
func appendCompletionItem(b []byte, it *protocol.CompletionItem) ([]byte, bool) {
	if it.AdditionalTextEdits != nil || it.Command != nil || it.CommitCharacters != nil ||
		it.Deprecated || it.FilterText != "" || it.InsertText != "" || it.InsertTextMode != 0 || it.Preselect || it.Tags != nil {
		return b, false
	}
	b = append(b, '{')
	switch d := it.Data.(type) {
	case nil:
	case *completionData:
		b = append(b, `"data":{"uri":`...)
		b = appendJSONString(b, string(d.URI))
		b = append(b, `,"at":`...)
		b = strconv.AppendInt(b, int64(d.At), 10)
		b = append(b, "},"...)
	default:
		return b, false
	}
	if it.Detail != "" {
		b = append(b, `"detail":`...)
		b = appendJSONString(b, it.Detail)
		b = append(b, ',')
	}
	switch doc := it.Documentation.(type) {
	case nil:
	case protocol.MarkupContent:
		b = append(b, `"documentation":{"kind":`...)
		b = appendJSONString(b, string(doc.Kind))
		b = append(b, `,"value":`...)
		b = appendJSONString(b, doc.Value)
		b = append(b, "},"...)
	default:
		return b, false
	}
	if it.InsertTextFormat != 0 {
		b = append(b, `"insertTextFormat":`...)
		b = strconv.AppendFloat(b, float64(it.InsertTextFormat), 'f', -1, 64)
		b = append(b, ',')
	}
	if it.Kind != 0 {
		b = append(b, `"kind":`...)
		b = strconv.AppendFloat(b, float64(it.Kind), 'f', -1, 64)
		b = append(b, ',')
	}
	b = append(b, `"label":`...)
	b = appendJSONString(b, it.Label)
	if it.SortText != "" {
		b = append(b, `,"sortText":`...)
		b = appendJSONString(b, it.SortText)
	}
	if it.TextEdit != nil {
		b = append(b, `,"textEdit":{"range":`...)
		b = appendRange(b, it.TextEdit.Range)
		b = append(b, `,"newText":`...)
		b = appendJSONString(b, it.TextEdit.NewText)
		b = append(b, '}')
	}
	return append(b, '}'), true
}

// completionData is the data of a completion item whose documentation
// completionItem/resolve adds: where the completion was asked.
type completionData struct {
	URI protocol.DocumentURI `json:"uri"`
	At  source.Offset        `json:"at"` // the cursor, in the text of the version completed
}

// CompletionResolve adds its documentation to a completion item of a
// list: the item of the same label among the candidates at the
// completion's place in the document's current version. An item without
// data, or of a document closed since, is returned as it is. The
// candidates are recomputed rather than kept from the list, so the
// server keeps no state per list; a resolve costs one completion.
func (s *server) CompletionResolve(_ context.Context, it *protocol.CompletionItem) (*protocol.CompletionItem, error) {
	d, ok := itemData(it.Data)
	if !ok {
		return it, nil
	}
	snap, err := s.snapshotOf(d.URI)
	if err != nil || !snap.Analyzable() {
		return it, nil
	}
	_, cands := s.completionCandidates(snap, min(max(d.At, 0), source.Offset(len(snap.Content))))
	for _, c := range cands {
		if c.label == it.Label {
			if c.doc != "" {
				it.Documentation = protocol.MarkupContent{Kind: protocol.Markdown, Value: c.doc}
			}
			break
		}
	}
	return it, nil
}

// itemData decodes the data of a completion item sent back by the
// client (a JSON object decoded as a map).
func itemData(v any) (completionData, bool) {
	var d completionData
	m, ok := v.(map[string]any)
	if !ok {
		return d, false
	}
	u, okU := m["uri"].(string)
	at, okAt := m["at"].(float64)
	d.URI, d.At = protocol.DocumentURI(u), source.Offset(at)
	return d, okU && okAt
}
