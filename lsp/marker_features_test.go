package lsp

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"go.lsp.dev/protocol"
)

// checkDiagnostics matches the published diagnostics of the archive's
// files against the diag markers, one to one.
func (mc *markerCase) checkDiagnostics() {
	type want struct {
		m    *marker
		loc  markerLoc
		code string
		msg  *regexp.Regexp
		used bool
	}
	var wants []*want
	for _, m := range mc.markers {
		if m.name != "diag" {
			continue
		}
		w := &want{m: m, loc: mc.locate(m, 0), code: mc.argName(m, 1)}
		if len(m.args) > 2 {
			w.msg = mc.argRegexp(m, 2)
		}
		wants = append(wants, w)
	}
	c := mc.client
	c.mu.Lock()
	published := map[protocol.DocumentURI][]protocol.Diagnostic{}
	for u, p := range c.latest {
		published[u] = p.Diagnostics
	}
	c.mu.Unlock()
	for _, name := range mc.fileNames() {
		for _, d := range published[mc.uri(name)] {
			matched := false
			for _, w := range wants {
				if !w.used && w.loc.uri == mc.uri(name) && w.loc.rng.Start == d.Range.Start && w.code == d.Code &&
					(w.msg == nil || w.msg.MatchString(d.Message)) {
					w.used, matched = true, true
					break
				}
			}
			if !matched {
				mc.t.Errorf("%s:%d: unexpected diagnostic %v %s: %s", name, d.Range.Start.Line+1, d.Range, d.Code, d.Message)
			}
		}
	}
	for _, w := range wants {
		if !w.used {
			mc.t.Errorf("%s: no diagnostic %s at %v; got %v", w.m.at, w.code, w.loc.rng.Start, published[w.loc.uri])
		}
	}
}

func (mc *markerCase) hover(m *marker) {
	loc := mc.locate(m, 0)
	var h *protocol.Hover
	if err := mc.client.call("textDocument/hover", &protocol.HoverParams{TextDocumentPositionParams: mc.posParams(loc)}, &h); err != nil {
		mc.t.Errorf("%s: hover: %v", m.at, err)
		return
	}
	if m.name == "nohover" {
		if h != nil {
			mc.t.Errorf("%s: unexpected hover %q", m.at, h.Contents.Value)
		}
		return
	}
	re := mc.argRegexp(m, 1)
	switch {
	case h == nil:
		mc.t.Errorf("%s: no hover, want %s", m.at, re)
	case !re.MatchString(h.Contents.Value):
		mc.t.Errorf("%s: hover %q does not match %s", m.at, h.Contents.Value, re)
	case h.Range != nil && (h.Range.Start.Line != loc.pos.Line || h.Range.Start.Character > loc.pos.Character || h.Range.End.Character < loc.pos.Character):
		mc.t.Errorf("%s: hover range %v does not contain %v", m.at, *h.Range, loc.pos)
	}
}

func (mc *markerCase) definition(m *marker) {
	loc := mc.locate(m, 0)
	var got []protocol.Location
	if err := mc.client.call("textDocument/definition", &protocol.DefinitionParams{TextDocumentPositionParams: mc.posParams(loc)}, &got); err != nil {
		mc.t.Errorf("%s: definition: %v", m.at, err)
		return
	}
	if m.name == "nodef" {
		if len(got) != 0 {
			mc.t.Errorf("%s: unexpected definition %v", m.at, got)
		}
		return
	}
	want := mc.locate(m, 1)
	if len(got) != 1 || got[0].URI != want.uri || got[0].Range != want.rng {
		mc.t.Errorf("%s: definition = %v, want %s %v", m.at, got, want.uri, want.rng)
	}
}

// wantRanges returns the locations named by the arguments from i on.
func (mc *markerCase) wantRanges(m *marker, i int) []string {
	var out []string
	for ; i < len(m.args); i++ {
		loc := mc.locate(m, i)
		out = append(out, fmt.Sprintf("%s:%v", loc.file, loc.rng))
	}
	sort.Strings(out)
	return out
}

func (mc *markerCase) fileOf(u protocol.DocumentURI) string {
	for name := range mc.files {
		if mc.uri(name) == u {
			return name
		}
	}
	return string(u)
}

func (mc *markerCase) references(m *marker) {
	loc := mc.locate(m, 0)
	var got []protocol.Location
	params := &protocol.ReferenceParams{TextDocumentPositionParams: mc.posParams(loc), Context: protocol.ReferenceContext{IncludeDeclaration: true}}
	if err := mc.client.call("textDocument/references", params, &got); err != nil {
		mc.t.Errorf("%s: references: %v", m.at, err)
		return
	}
	var gotS []string
	for _, l := range got {
		gotS = append(gotS, fmt.Sprintf("%s:%v", mc.fileOf(l.URI), l.Range))
	}
	sort.Strings(gotS)
	if want := mc.wantRanges(m, 1); strings.Join(gotS, " ") != strings.Join(want, " ") {
		mc.t.Errorf("%s: references = %v, want %v", m.at, gotS, want)
	}
}

func (mc *markerCase) highlight(m *marker) {
	loc := mc.locate(m, 0)
	var got []protocol.DocumentHighlight
	params := &protocol.DocumentHighlightParams{TextDocumentPositionParams: mc.posParams(loc)}
	if err := mc.client.call("textDocument/documentHighlight", params, &got); err != nil {
		mc.t.Errorf("%s: documentHighlight: %v", m.at, err)
		return
	}
	var gotS []string
	for _, h := range got {
		gotS = append(gotS, fmt.Sprintf("%s:%v", loc.file, h.Range))
	}
	sort.Strings(gotS)
	if want := mc.wantRanges(m, 1); strings.Join(gotS, " ") != strings.Join(want, " ") {
		mc.t.Errorf("%s: highlights = %v, want %v", m.at, gotS, want)
	}
}

func (mc *markerCase) rename(m *marker) {
	loc := mc.locate(m, 0)
	newName := "renamed"
	if m.name == "rename" {
		newName = mc.argString(m, 1)
	}
	var prep *protocol.Range
	prepErr := mc.client.call("textDocument/prepareRename", &protocol.PrepareRenameParams{TextDocumentPositionParams: mc.posParams(loc)}, &prep)
	var edit *protocol.WorkspaceEdit
	err := mc.client.call("textDocument/rename", &protocol.RenameParams{TextDocumentPositionParams: mc.posParams(loc), NewName: newName}, &edit)
	if m.name == "renameerr" {
		re := mc.argRegexp(m, 1)
		if err == nil || prepErr == nil || !re.MatchString(err.Error()) {
			mc.t.Errorf("%s: rename error = %v (prepare: %v), want one matching %s", m.at, err, prepErr, re)
		}
		return
	}
	if err != nil || prepErr != nil {
		mc.t.Errorf("%s: rename: %v (prepare: %v)", m.at, err, prepErr)
		return
	}
	mc.golden(m, 2, applyEdits(mc.files[loc.file], edit.Changes[loc.uri]))
}

func (mc *markerCase) codeActions(m *marker) {
	loc := mc.locate(m, 0)
	var got []protocol.CodeAction
	params := &protocol.CodeActionParams{TextDocument: protocol.TextDocumentIdentifier{URI: loc.uri}, Range: protocol.Range{Start: loc.pos, End: loc.pos}}
	if err := mc.client.call("textDocument/codeAction", params, &got); err != nil {
		mc.t.Errorf("%s: codeAction: %v", m.at, err)
		return
	}
	var titles []string
	for _, a := range got {
		titles = append(titles, a.Title)
	}
	if m.name == "actions" {
		var want []string
		for i := 1; i < len(m.args); i++ {
			want = append(want, mc.argString(m, i))
		}
		if strings.Join(titles, "|") != strings.Join(want, "|") {
			mc.t.Errorf("%s: code actions = %q, want %q", m.at, titles, want)
		}
		return
	}
	title := mc.argString(m, 1)
	for _, a := range got {
		if a.Title == title && a.Edit != nil {
			mc.golden(m, 2, applyEdits(mc.files[loc.file], a.Edit.Changes[loc.uri]))
			return
		}
	}
	mc.t.Errorf("%s: no code action %q among %q", m.at, title, titles)
}

func (mc *markerCase) symbols(m *marker) {
	u := mc.uri(m.file)
	var got []protocol.DocumentSymbol
	if err := mc.client.call("textDocument/documentSymbol", &protocol.DocumentSymbolParams{TextDocument: protocol.TextDocumentIdentifier{URI: u}}, &got); err != nil {
		mc.t.Errorf("%s: documentSymbol: %v", m.at, err)
		return
	}
	var b strings.Builder
	var render func(syms []protocol.DocumentSymbol, depth int)
	render = func(syms []protocol.DocumentSymbol, depth int) {
		for _, s := range syms {
			fmt.Fprintf(&b, "%s%s %s%s %v sel %v\n", strings.Repeat("  ", depth), s.Kind, s.Name, s.Detail, s.Range, s.SelectionRange)
			render(s.Children, depth+1)
		}
	}
	render(got, 0)
	mc.golden(m, 0, b.String())
}

func (mc *markerCase) folding(m *marker) {
	u := mc.uri(m.file)
	var got []protocol.FoldingRange
	if err := mc.client.call("textDocument/foldingRange", &protocol.FoldingRangeParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{TextDocument: protocol.TextDocumentIdentifier{URI: u}}}, &got); err != nil {
		mc.t.Errorf("%s: foldingRange: %v", m.at, err)
		return
	}
	ls := lines(mc.files[m.file])
	var b strings.Builder
	for _, r := range got {
		kind := string(r.Kind)
		if kind == "" {
			kind = "-"
		}
		line := fmt.Sprintf("%d-%d %s %s", r.StartLine+1, r.EndLine+1, kind, strings.TrimSpace(codeOf(ls[r.StartLine])))
		b.WriteString(strings.TrimSpace(line) + "\n")
	}
	mc.golden(m, 0, b.String())
}

// applyEdits applies LSP edits to content, converting positions here
// (UTF-16 columns, independently of source.Mapper).
func applyEdits(content []byte, edits []protocol.TextEdit) string {
	sort.SliceStable(edits, func(i, j int) bool {
		a, b := edits[i].Range.Start, edits[j].Range.Start
		return a.Line > b.Line || a.Line == b.Line && a.Character > b.Character
	})
	text := string(content)
	for _, e := range edits {
		start, end := byteOffset(text, e.Range.Start), byteOffset(text, e.Range.End)
		text = text[:start] + e.NewText + text[end:]
	}
	return text
}

// byteOffset converts an LSP position to a byte offset in text.
func byteOffset(text string, p protocol.Position) int {
	off := 0
	for line := uint32(0); line < p.Line; line++ {
		i := strings.IndexByte(text[off:], '\n')
		if i < 0 {
			return len(text)
		}
		off += i + 1
	}
	units := uint32(0)
	for off < len(text) && units < p.Character && text[off] != '\n' && text[off] != '\r' {
		r, size := utf8.DecodeRuneInString(text[off:])
		units += uint32(len(utf16.Encode([]rune{r})))
		off += size
	}
	return off
}
