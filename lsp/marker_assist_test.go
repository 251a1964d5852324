package lsp

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"unicode/utf16"

	"go.lsp.dev/protocol"
)

// This file checks the markers of the features that assist typing and
// reading: completion, signature help, semantic tokens, inlay hints,
// quick fixes that edit other files, and pull diagnostics (see
// TestMarkers for the syntax).

// completionItems asks for the completions at a marker's location.
func (mc *markerCase) completionItems(m *marker) []protocol.CompletionItem {
	loc := mc.locate(m, 0)
	var got *protocol.CompletionList
	if err := mc.client.call("textDocument/completion", &protocol.CompletionParams{TextDocumentPositionParams: mc.posParams(loc)}, &got); err != nil {
		mc.t.Errorf("%s: completion: %v", m.at, err)
		return nil
	}
	if got == nil {
		return nil
	}
	for _, it := range got.Items {
		if it.TextEdit != nil && (it.TextEdit.Range.End != loc.pos || it.TextEdit.Range.Start.Line != loc.pos.Line) {
			mc.t.Errorf("%s: completion %q edits %v, which does not end at the cursor %v", m.at, it.Label, it.TextEdit.Range, loc.pos)
		}
	}
	return got.Items
}

func (mc *markerCase) complete(m *marker) {
	items := mc.completionItems(m)
	labels := map[string]protocol.CompletionItem{}
	var all []string
	for _, it := range items {
		labels[it.Label] = it
		all = append(all, it.Label)
	}
	switch m.name {
	case "complete":
		for i := 1; i < len(m.args); i++ {
			if _, ok := labels[mc.argString(m, i)]; !ok {
				mc.t.Errorf("%s: completion %q missing from %q", m.at, mc.argString(m, i), all)
			}
		}
	case "nocomplete":
		for i := 1; i < len(m.args); i++ {
			if _, ok := labels[mc.argString(m, i)]; ok {
				mc.t.Errorf("%s: unexpected completion %q", m.at, mc.argString(m, i))
			}
		}
		if len(m.args) == 1 && len(items) > 0 {
			mc.t.Errorf("%s: completions %q, want none", m.at, all)
		}
	case "completeitem":
		it, ok := labels[mc.argString(m, 1)]
		if ok {
			it = mc.resolveItem(m, it)
		}
		if re := mc.argRegexp(m, 2); !ok || !re.MatchString(renderItem(it)) {
			mc.t.Errorf("%s: completion %q = %q (found: %v), want a match for %s", m.at, mc.argString(m, 1), renderItem(it), ok, re)
		}
	}
}

// resolveItem completes an item of a completion list with
// completionItem/resolve, as VS Code does to show its documentation,
// which the list leaves out.
func (mc *markerCase) resolveItem(m *marker, it protocol.CompletionItem) protocol.CompletionItem {
	if it.Documentation != nil {
		mc.t.Errorf("%s: completion %q has documentation in the list; it should come from completionItem/resolve", m.at, it.Label)
	}
	var got protocol.CompletionItem
	if err := mc.client.call("completionItem/resolve", &it, &got); err != nil {
		mc.t.Errorf("%s: completionItem/resolve %q: %v", m.at, it.Label, err)
		return it
	}
	if got.Label != it.Label || got.Detail != it.Detail || !reflect.DeepEqual(got.TextEdit, it.TextEdit) {
		mc.t.Errorf("%s: completionItem/resolve changed the item: %+v, was %+v", m.at, got, it)
	}
	return got
}

// renderItem renders a completion item for completeitem markers.
func renderItem(it protocol.CompletionItem) string {
	doc := ""
	if d, ok := it.Documentation.(map[string]any); ok {
		doc, _ = d["value"].(string)
	}
	insert := it.Label
	if it.TextEdit != nil {
		insert = it.TextEdit.NewText
	}
	return fmt.Sprintf("kind=%s detail=%s insert=%s doc=%s", it.Kind, it.Detail, insert, doc)
}

// testSignatureHelp is a signature help as the test decodes it.
type testSignatureHelp struct {
	Signatures []struct {
		Label      string `json:"label"`
		Parameters []struct {
			Label json.RawMessage `json:"label"`
		} `json:"parameters"`
	} `json:"signatures"`
	ActiveSignature uint32 `json:"activeSignature"`
	ActiveParameter uint32 `json:"activeParameter"`
}

func (mc *markerCase) signature(m *marker) {
	loc := mc.locate(m, 0)
	var got *testSignatureHelp
	if err := mc.client.call("textDocument/signatureHelp", &protocol.SignatureHelpParams{TextDocumentPositionParams: mc.posParams(loc)}, &got); err != nil {
		mc.t.Errorf("%s: signatureHelp: %v", m.at, err)
		return
	}
	if m.name == "nosignature" {
		if got != nil {
			mc.t.Errorf("%s: unexpected signature help %+v", m.at, got)
		}
		return
	}
	if got == nil || int(got.ActiveSignature) >= len(got.Signatures) {
		mc.t.Errorf("%s: no signature help, want %q", m.at, mc.argString(m, 1))
		return
	}
	sig := got.Signatures[got.ActiveSignature]
	active := ""
	if int(got.ActiveParameter) < len(sig.Parameters) {
		active = paramLabel(sig.Label, sig.Parameters[got.ActiveParameter].Label)
	}
	if sig.Label != mc.argString(m, 1) || active != mc.argString(m, 2) {
		mc.t.Errorf("%s: signature %q with active parameter %q, want %q with %q", m.at, sig.Label, active, mc.argString(m, 1), mc.argString(m, 2))
	}
}

// paramLabel returns the text of a parameter label: a string, or UTF-16
// offsets into the signature's label.
func paramLabel(sig string, raw json.RawMessage) string {
	var offsets [2]int
	if err := json.Unmarshal(raw, &offsets); err == nil {
		units := utf16.Encode([]rune(sig))
		return string(utf16.Decode(units[offsets[0]:offsets[1]]))
	}
	var s string
	_ = json.Unmarshal(raw, &s)
	return s
}

// tokens renders the semantic tokens of the marker's file, or of the
// range of its first argument (tokenrange), as "line:col "text" type.mod"
// lines, decoding positions independently of source.Mapper.
func (mc *markerCase) tokens(m *marker) {
	u := mc.uri(m.file)
	var got protocol.SemanticTokens
	var err error
	golden := 0
	if m.name == "tokenrange" {
		loc := mc.locate(m, 0)
		golden = 1
		err = mc.client.call("textDocument/semanticTokens/range", &protocol.SemanticTokensRangeParams{TextDocument: protocol.TextDocumentIdentifier{URI: u}, Range: loc.rng}, &got)
	} else {
		err = mc.client.call("textDocument/semanticTokens/full", &protocol.SemanticTokensParams{TextDocument: protocol.TextDocumentIdentifier{URI: u}}, &got)
	}
	if err != nil || len(got.Data)%5 != 0 {
		mc.t.Errorf("%s: semantic tokens: %v (%d integers)", m.at, err, len(got.Data))
		return
	}
	legend := tokenLegend()
	ls := lines(mc.files[m.file])
	var b strings.Builder
	var line, char uint32
	for i := 0; i < len(got.Data); i += 5 {
		d := got.Data[i : i+5]
		if d[0] > 0 {
			char = 0
		}
		line, char = line+d[0], char+d[1]
		units := utf16.Encode([]rune(ls[line]))
		text := string(utf16.Decode(units[char : char+d[2]]))
		name := string(legend.TokenTypes[d[3]])
		for bit, mod := range legend.TokenModifiers {
			if d[4]&(1<<bit) != 0 {
				name += "." + string(mod)
			}
		}
		fmt.Fprintf(&b, "%d:%d %q %s\n", line+1, char, text, name)
	}
	mc.golden(m, golden, b.String())
}

// testInlayHint is an inlay hint as the test decodes it.
type testInlayHint struct {
	Position protocol.Position `json:"position"`
	Label    string            `json:"label"`
	Kind     int               `json:"kind"`
}

// inlays renders the inlay hints of the marker's file as "line:col
// label" lines followed by the line with the hint in place.
func (mc *markerCase) inlays(m *marker) {
	u := mc.uri(m.file)
	ls := lines(mc.files[m.file])
	params := map[string]any{"textDocument": map[string]any{"uri": u},
		"range": protocol.Range{End: protocol.Position{Line: uint32(len(ls))}}}
	var got []testInlayHint
	if err := mc.client.call("textDocument/inlayHint", params, &got); err != nil {
		mc.t.Errorf("%s: inlayHint: %v", m.at, err)
		return
	}
	var b strings.Builder
	for _, h := range got {
		units := utf16.Encode([]rune(codeOf(ls[h.Position.Line])))
		at := min(int(h.Position.Character), len(units))
		shown := string(utf16.Decode(units[:at])) + "⟨" + h.Label + "⟩" + string(utf16.Decode(units[at:]))
		fmt.Fprintf(&b, "%d:%d kind=%d %s\n", h.Position.Line+1, h.Position.Character, h.Kind, strings.TrimSpace(shown))
	}
	mc.golden(m, 0, b.String())
}

// testCodeAction is a code action whose edit may create files.
type testCodeAction struct {
	Title string `json:"title"`
	Edit  *struct {
		Changes         map[protocol.DocumentURI][]protocol.TextEdit `json:"changes"`
		DocumentChanges []json.RawMessage                            `json:"documentChanges"`
	} `json:"edit"`
}

// workspaceFix applies a code action's workspace edit and renders every
// file it creates or changes as "=== name ===" (or "=== name (created)
// ===") followed by the file's new content.
func (mc *markerCase) workspaceFix(m *marker) {
	loc := mc.locate(m, 0)
	var got []testCodeAction
	params := &protocol.CodeActionParams{TextDocument: protocol.TextDocumentIdentifier{URI: loc.uri}, Range: protocol.Range{Start: loc.pos, End: loc.pos}}
	if err := mc.client.call("textDocument/codeAction", params, &got); err != nil {
		mc.t.Errorf("%s: codeAction: %v", m.at, err)
		return
	}
	title := mc.argString(m, 1)
	for _, a := range got {
		if a.Title == title && a.Edit != nil {
			mc.golden(m, 2, mc.renderWorkspaceEdit(m, a.Edit.Changes, a.Edit.DocumentChanges))
			return
		}
	}
	mc.t.Errorf("%s: no code action %q with an edit", m.at, title)
}

func (mc *markerCase) renderWorkspaceEdit(m *marker, changes map[protocol.DocumentURI][]protocol.TextEdit, docChanges []json.RawMessage) string {
	created := map[string]bool{}
	edits := map[string][]protocol.TextEdit{}
	for u, es := range changes {
		edits[mc.relName(u)] = append(edits[mc.relName(u)], es...)
	}
	for _, raw := range docChanges {
		var dc struct {
			Kind         string                          `json:"kind"`
			URI          protocol.DocumentURI            `json:"uri"`
			TextDocument protocol.TextDocumentIdentifier `json:"textDocument"`
			Edits        []protocol.TextEdit             `json:"edits"`
		}
		if err := json.Unmarshal(raw, &dc); err != nil {
			mc.t.Errorf("%s: documentChanges: %v", m.at, err)
		}
		if dc.Kind == "create" {
			created[mc.relName(dc.URI)] = true
			continue
		}
		name := mc.relName(dc.TextDocument.URI)
		edits[name] = append(edits[name], dc.Edits...)
	}
	names := make([]string, 0, len(edits))
	for name := range edits {
		names = append(names, name)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, name := range names {
		head := name
		if created[name] {
			head += " (created)"
		}
		fmt.Fprintf(&b, "=== %s ===\n%s", head, applyEdits(mc.files[name], edits[name]))
	}
	return b.String()
}

// relName returns the archive name of a file of the workspace.
func (mc *markerCase) relName(u protocol.DocumentURI) string {
	path, _ := uriPath(u)
	rel, err := filepath.Rel(mc.dir, path)
	if err != nil {
		return string(u)
	}
	return filepath.ToSlash(rel)
}

// checkPullDiagnostics checks that pulling the diagnostics of each Python
// file gives what was published for it.
func (mc *markerCase) checkPullDiagnostics(opened []protocol.DocumentURI) {
	for _, u := range opened {
		var got struct {
			Kind     string                `json:"kind"`
			ResultID string                `json:"resultId"`
			Items    []protocol.Diagnostic `json:"items"`
		}
		if err := mc.client.call("textDocument/diagnostic", map[string]any{"textDocument": map[string]any{"uri": u}}, &got); err != nil {
			mc.t.Errorf("%s: pull diagnostics: %v", mc.relName(u), err)
			continue
		}
		pushed := mc.client.diagnostics(u, 1)
		g, _ := json.Marshal(got.Items)
		w, _ := json.Marshal(pushed.Diagnostics)
		if got.Kind != "full" || got.ResultID != "1" || string(g) != string(w) {
			mc.t.Errorf("%s: pulled %s %q %s, want full \"1\" %s", mc.relName(u), got.Kind, got.ResultID, g, w)
		}
	}
}
