package lsp

import (
	"encoding/json"
	"slices"
	"strconv"
	"unicode"
	"unicode/utf8"

	"go.lsp.dev/protocol"
)

// This file turns completion candidates into the list sent to the client.
// A large module binds thousands of names, and a list of all of them cost
// more to build, encode and send than everything else a completion does
// (bench/lsp); editors show a handful. So the list holds only the
// candidates that can match the identifier typed before the cursor, as
// the client would filter them, and at most maxCompletionItems of them;
// a list cut short says it is incomplete, so that the client asks again
// as the user types on. The list encodes itself without reflection.

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
	b := make([]byte, 0, 64+len(l.Items)*160)
	b = append(b, `{"isIncomplete":`...)
	b = strconv.AppendBool(b, l.IsIncomplete)
	b = append(b, `,"items":[`...)
	for i := range l.Items {
		if i > 0 {
			b = append(b, ',')
		}
		var ok bool
		if b, ok = appendCompletionItem(b, &l.Items[i]); !ok {
			return json.Marshal(&protocol.CompletionList{IsIncomplete: l.IsIncomplete, Items: l.Items})
		}
	}
	return append(b, "]}"...), nil
}

// appendCompletionItem appends one item, or reports false when it has a
// field the encoder does not write.
func appendCompletionItem(b []byte, it *protocol.CompletionItem) ([]byte, bool) {
	if it.AdditionalTextEdits != nil || it.Command != nil || it.CommitCharacters != nil || it.Data != nil ||
		it.Deprecated || it.FilterText != "" || it.InsertText != "" || it.InsertTextMode != 0 || it.Preselect || it.Tags != nil {
		return b, false
	}
	b = append(b, '{')
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
