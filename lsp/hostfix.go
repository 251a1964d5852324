package lsp

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/project"
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// This file makes the quick fixes that edit the project rather than the
// program:
//
//   - for an undeclared external (M201), "Declare `name` as an external
//     in <stub>": a def whose signature is inferred from the call
//     (positional arguments become "arg0: Any", keywords "kw: Any = ...",
//     *x and **x become *args and **kwargs; an awaited call makes an
//     async def) is appended to the project's first stub file, with
//     "from typing import Any" when the stub lacks it. A project with a
//     configuration file but no stubs gets a new host.pyi next to the
//     configuration, which the configuration then lists; creating a file
//     needs a client that applies documentChanges with create operations.
//   - for an undefined name (M202), "Add `name` to inputs in monty.toml":
//     the name is added to the configuration's inputs array. A project
//     without a configuration file gets no such fix.
//
// Files open in the editor are edited as the editor has them, at their
// version; other files as they are on disk.

// hostFixer makes the fixes for the diagnostics of one snapshot.
type hostFixer struct {
	s      *server
	snap   *snapshot
	proj   *project.Project
	create bool // the client applies edits that create files
}

// hostFixer returns the fixer of a snapshot.
func (s *server) hostFixer(snap *snapshot) *hostFixer {
	caps := s.clientCaps()
	create := false
	if ws := caps.Workspace; ws != nil && ws.WorkspaceEdit != nil {
		create = ws.WorkspaceEdit.DocumentChanges && slices.Contains(ws.WorkspaceEdit.ResourceOperations, "create")
	}
	return &hostFixer{s: s, snap: snap, proj: snap.Project().proj, create: create}
}

// fixes returns the project fixes of a diagnostic.
func (hf *hostFixer) fixes(d analysis.Diagnostic) []codeAction {
	var a *codeAction
	switch d.Name {
	case "undeclared-external":
		a = hf.declareExternal(d)
	case "undefined-name":
		a = hf.addInput(d)
	}
	if a == nil {
		return nil
	}
	return []codeAction{*a}
}

// declareExternal declares the callee of an undeclared external call.
func (hf *hostFixer) declareExternal(d analysis.Diagnostic) *codeAction {
	f := hf.snap.Parsed()
	call, awaited := callNamed(f, d.Span)
	if call == nil {
		return nil
	}
	name := call.Fn.(*syntax.Ident).Name
	def := "def " + name + "(" + inferredParams(call) + ") -> Any: ..."
	if awaited {
		def = "async " + def
	}
	cfg := hf.proj.Config
	stub, listed := "", len(cfg.Stubs) > 0
	switch {
	case listed:
		stub = cfg.Stubs[0]
	case cfg.File != "":
		stub = filepath.Join(filepath.Dir(cfg.File), "host.pyi")
	default:
		return nil
	}
	var b editBuilder
	if !hf.editStub(&b, stub, def) || !listed && !hf.listStub(&b, stub) {
		return nil
	}
	return b.action(fmt.Sprintf("Declare `%s` as an external in %s", name, filepath.Base(stub)), hf.create)
}

// addInput adds an undefined name to the configuration's inputs.
func (hf *hostFixer) addInput(d analysis.Diagnostic) *codeAction {
	cfg := hf.proj.Config.File
	if cfg == "" {
		return nil
	}
	name := string(hf.snap.Content[d.Span.Start:d.Span.End])
	content, version, ok := hf.s.fileContent(cfg)
	if !ok {
		return nil
	}
	var b editBuilder
	b.change(pathURI(cfg), version, content, tomlAppend(content, configTable(cfg), "inputs", name))
	return b.action(fmt.Sprintf("Add `%s` to inputs in %s", name, filepath.Base(cfg)), hf.create)
}

// editStub adds the edits that append def to a stub file, creating it
// if it does not exist and the client can create files.
func (hf *hostFixer) editStub(b *editBuilder, stub, def string) bool {
	content, version, exists := hf.s.fileContent(stub)
	if !exists {
		if !hf.create {
			return false
		}
		b.create(pathURI(stub))
	}
	b.change(pathURI(stub), version, content, stubEdits(content, def)...)
	return true
}

// listStub adds the edit that lists a new stub file in the
// configuration.
func (hf *hostFixer) listStub(b *editBuilder, stub string) bool {
	cfg := hf.proj.Config.File
	content, version, ok := hf.s.fileContent(cfg)
	if !ok {
		return false
	}
	rel, err := filepath.Rel(filepath.Dir(cfg), stub)
	if err != nil {
		return false
	}
	b.change(pathURI(cfg), version, content, tomlAppend(content, configTable(cfg), "stubs", filepath.ToSlash(rel)))
	return true
}

// fileContent returns a file's content as the editor has it when it is
// open (with its version), else as it is on disk; ok is false when the
// file neither is open nor can be read.
func (s *server) fileContent(path string) (content []byte, version *int32, ok bool) {
	if snap, open := s.sess.get(pathURI(path)); open {
		v := snap.Version
		return snap.Content, &v, true
	}
	data, err := os.ReadFile(path)
	return data, nil, err == nil
}

// callNamed returns the call whose callee is the identifier at span, and
// whether it is awaited.
func callNamed(f *syntax.File, span source.Span) (*syntax.CallExpr, bool) {
	var found *syntax.CallExpr
	awaited := false
	syntax.Inspect(f, func(n syntax.Node) bool {
		if n == nil || found != nil || !n.Span().Contains(span) {
			return false
		}
		if aw, ok := n.(*syntax.AwaitExpr); ok {
			if call, ok := aw.X.(*syntax.CallExpr); ok && call.Fn.Span() == span {
				awaited = true
			}
		}
		if call, ok := n.(*syntax.CallExpr); ok {
			if id, ok := call.Fn.(*syntax.Ident); ok && id.Span() == span {
				found = call
			}
		}
		return true
	})
	return found, awaited
}

// inferredParams returns the parameters of a def inferred from a call.
func inferredParams(call *syntax.CallExpr) string {
	var ps []string
	star, n := false, 0
	for _, a := range call.Args {
		if _, ok := a.(*syntax.StarredExpr); ok && !star {
			ps, star = append(ps, "*args: Any"), true
		} else if !star {
			ps, n = append(ps, fmt.Sprintf("arg%d: Any", n)), n+1
		}
	}
	kwargs, seen := false, map[string]bool{}
	for _, k := range call.Keywords {
		switch {
		case k.Name == nil:
			kwargs = true
		case !seen[k.Name.Name]:
			seen[k.Name.Name] = true
			ps = append(ps, k.Name.Name+": Any = ...")
		}
	}
	if kwargs {
		ps = append(ps, "**kwargs: Any")
	}
	return strings.Join(ps, ", ")
}

// anyImportRe finds an import of typing.Any.
var anyImportRe = regexp.MustCompile(`(?m)^from[ \t]+typing[ \t]+import[ \t(][^\n]*\bAny\b`)

// stubEdits returns the edits that append a def to a stub's content,
// after a blank line, importing typing.Any at the top when needed.
func stubEdits(content []byte, def string) []analysis.TextEdit {
	eol := "\n"
	if bytes.Contains(content, []byte("\r\n")) {
		eol = "\r\n"
	}
	end := source.Offset(len(content))
	lead := "" // ends the last line
	if len(content) > 0 && !bytes.HasSuffix(content, []byte("\n")) && !bytes.HasSuffix(content, []byte("\r")) {
		lead = eol
	}
	imp := "from typing import Any" + eol
	switch at := importOffset(content); {
	case anyImportRe.Match(content):
		return []analysis.TextEdit{insertAt(end, lead+eol+def+eol)}
	case at == end:
		return []analysis.TextEdit{insertAt(end, lead+imp+eol+def+eol)}
	default:
		return []analysis.TextEdit{insertAt(at, imp), insertAt(end, lead+eol+def+eol)}
	}
}

// importOffset returns where an import goes in a stub: at the start of
// the line after its docstring and __future__ imports, or at the top.
func importOffset(content []byte) source.Offset {
	f, _ := syntax.Parse("stub.pyi", content, 0)
	at := source.Offset(0)
	for i, st := range f.Body {
		es, doc := st.(*syntax.ExprStmt)
		if doc {
			_, doc = es.X.(*syntax.StringExpr)
		}
		imp, future := st.(*syntax.ImportFromStmt)
		if !(doc && i == 0) && !(future && imp.Module == "__future__") {
			break
		}
		at = source.Offset(lineEnd(content, int(st.Span().End)))
		if int(at) < len(content) && content[at] == '\r' && int(at)+1 < len(content) && content[at+1] == '\n' {
			at++
		}
		at = min(at+1, source.Offset(len(content)))
	}
	return at
}

// editBuilder collects the edits of a workspace edit.
type editBuilder struct {
	creates []protocol.DocumentURI
	changes []protocol.TextDocumentEdit
}

// create adds the creation of a file.
func (b *editBuilder) create(u protocol.DocumentURI) { b.creates = append(b.creates, u) }

// change adds edits of a file with the given content and version (nil
// when the file is not open).
func (b *editBuilder) change(u protocol.DocumentURI, version *int32, content []byte, edits ...analysis.TextEdit) {
	id := protocol.OptionalVersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: u}, Version: version}
	b.changes = append(b.changes, protocol.TextDocumentEdit{TextDocument: id, Edits: toTextEdits(source.NewMapper(content), edits)})
}

// action returns a code action applying the edits: as documentChanges
// when files are created, else as plain changes, which every client
// applies.
func (b *editBuilder) action(title string, create bool) *codeAction {
	edit := &workspaceEdit{}
	if len(b.creates) == 0 {
		edit.Changes = map[protocol.DocumentURI][]protocol.TextEdit{}
		for _, c := range b.changes {
			edit.Changes[c.TextDocument.URI] = append(edit.Changes[c.TextDocument.URI], c.Edits...)
		}
		return &codeAction{Title: title, Edit: edit}
	}
	if !create {
		return nil
	}
	for _, u := range b.creates {
		edit.DocumentChanges = append(edit.DocumentChanges, protocol.CreateFile{Kind: "create", URI: u,
			Options: &protocol.CreateFileOptions{IgnoreIfExists: true}})
	}
	for _, c := range b.changes {
		edit.DocumentChanges = append(edit.DocumentChanges, c)
	}
	return &codeAction{Title: title, Edit: edit}
}
