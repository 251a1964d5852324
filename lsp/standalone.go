package lsp

import (
	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/profile"
	"github.com/monty-tools/monty-tools/project"
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/stubs"
)

// This file offers the server's completion and hover for one program text
// without a session, files or configuration, for hosts that have none:
// the browser playground in editors/web runs them in WebAssembly. The
// answers are computed by the same code as the requests of a client, so
// the playground and an editor agree.

// standaloneURI names the document of a Document; it is not a file, so
// no configuration is looked for.
const standaloneURI = protocol.DocumentURI("untitled:main.py")

// Document is one version of a program text together with the profile and
// declarations it is checked against. It is immutable and computes the
// parse tree and analysis once, on first use.
type Document struct {
	snap *snapshot
}

// NewDocument returns the document of src checked against prof (nil for
// the default profile), the declarations of the stubs (nil for none) and
// extra input names, as a project with that profile, stubs and inputs
// would check it.
func NewDocument(src []byte, prof *profile.Profile, decls *stubs.Decls, inputs []string) *Document {
	if prof == nil {
		prof = profile.Default()
	}
	if decls == nil {
		decls = &stubs.Decls{Funcs: map[string]*stubs.Func{}, Inputs: map[string]*stubs.Input{}}
	}
	e := &projectEntry{
		proj: &project.Project{Profile: prof, Decls: decls},
		opts: analysis.Options{Profile: prof, Decls: decls, Inputs: inputs},
	}
	e.once.Do(func() {}) // loaded already: the cache must not read a configuration
	cache := newProjectCache(nil, func(string, ...any) {})
	cache.entries[""] = e
	return &Document{snap: newSnapshot(standaloneURI, 1, src, cache)}
}

// Completion returns the completion items at pos, as the server's
// textDocument/completion does (those that can match the identifier
// before pos, but never cut short); snippets says whether the host accepts
// snippet insert texts (calls of externals with placeholders).
func (d *Document) Completion(pos source.Position, snippets bool) []protocol.CompletionItem {
	items, _ := (*server)(nil).completionItems(d.snap, d.snap.Mapper().Offset(pos), snippets, 0, nil)
	return items
}

// Hover returns the hover of the name at pos, as the server's
// textDocument/hover does, or nil when there is nothing to describe.
func (d *Document) Hover(pos source.Position) *protocol.Hover {
	f, res := d.snap.Resolved()
	t := &target{snap: d.snap, file: f, res: res}
	t.id, t.attr = identAt(f, d.snap.Mapper().Offset(pos))
	if t.id == nil {
		return nil
	}
	t.ref, t.resolved = res.Refs[t.id]
	text := hoverText(t)
	if text == "" {
		return nil
	}
	r := toRange(d.snap.Mapper(), t.id.Span())
	return &protocol.Hover{Contents: protocol.MarkupContent{Kind: protocol.Markdown, Value: text}, Range: &r}
}
