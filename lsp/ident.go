package lsp

import (
	"sort"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// snapshotOf returns the current snapshot of an open document, or an
// InvalidParams error for a document the client has not opened.
func (s *server) snapshotOf(u protocol.DocumentURI) (*snapshot, error) {
	snap, ok := s.sess.get(u)
	if !ok {
		return nil, invalidParams("%s is not an open document", u)
	}
	return snap, nil
}

// target is what a position in a document designates: the identifier
// under the cursor and what the analyzer resolved it to.
type target struct {
	snap *snapshot
	file *syntax.File
	res  *analysis.Result
	id   *syntax.Ident    // nil when no identifier is under the cursor
	attr *syntax.AttrExpr // the x.attr expression whose attribute id is
	ref  analysis.Ref
	// resolved is set when the analyzer resolved id (attributes and
	// keyword argument names are not resolved).
	resolved bool
}

// targetAt finds the target of a position. An identifier touching the
// position on either side counts, preferring the one the position is
// inside.
func (s *server) targetAt(p protocol.TextDocumentPositionParams) (*target, error) {
	snap, err := s.snapshotOf(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	f, res := snap.Resolved()
	t := &target{snap: snap, file: f, res: res}
	t.id, t.attr = identAt(f, offsetAt(snap.Mapper(), p.Position))
	if t.id != nil {
		t.ref, t.resolved = res.Refs[t.id]
	}
	return t, nil
}

// identAt returns the innermost identifier at off and, when it is the
// attribute of an x.attr expression, that expression.
func identAt(f *syntax.File, off source.Offset) (*syntax.Ident, *syntax.AttrExpr) {
	var best *syntax.Ident
	var bestAttr, lastAttr *syntax.AttrExpr
	syntax.Inspect(f, func(n syntax.Node) bool {
		if n == nil {
			return false
		}
		sp := n.Span()
		switch n := n.(type) {
		case *syntax.File, *syntax.Param:
			// A file's span may stop before trailing comments, and a
			// parameter's does not cover its default value.
		case *syntax.Ident:
			if sp.Start <= off && off <= sp.End && (best == nil || off < sp.End || best.End == off) {
				best, bestAttr = n, nil
				if lastAttr != nil && lastAttr.Name == n {
					bestAttr = lastAttr
				}
			}
			return false
		case *syntax.AttrExpr:
			if off < sp.Start || off > sp.End {
				return false
			}
			lastAttr = n
		default:
			if off < sp.Start || off > sp.End {
				return false
			}
		}
		return true
	})
	return best, bestAttr
}

// occurrence is one place a name occurs in a file.
type occurrence struct {
	span  source.Span
	write bool // the name is bound here
	id    *syntax.Ident
}

// occurrences returns the places in the file that designate the same
// thing as t, in source order: for a name the program binds, every
// identifier resolved to the same binding plus the binding's definition
// (which for an import is the imported name, not an identifier); for a
// builtin, input or external, every use of that name resolved the same
// way.
func (t *target) occurrences() []occurrence {
	if !t.resolved {
		return nil
	}
	var out []occurrence
	seen := map[source.Span]bool{}
	for id, r := range t.res.Refs {
		if !sameEntity(r, t.ref, id.Name, t.id.Name) {
			continue
		}
		seen[id.Span()] = true
		def := r.Binding != nil && r.Binding.Def == id.Span()
		out = append(out, occurrence{span: id.Span(), write: def || id.Ctx == syntax.Store, id: id})
	}
	if b := t.ref.Binding; b != nil {
		if !seen[b.Def] {
			out = append(out, occurrence{span: b.Def, write: true})
		}
		for _, id := range t.declarations() {
			if !seen[id.Span()] {
				out = append(out, occurrence{span: id.Span(), id: id})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].span.Start < out[j].span.Start })
	return out
}

// sameEntity reports whether two resolutions designate the same thing.
func sameEntity(a, b analysis.Ref, aName, bName string) bool {
	if b.Binding != nil {
		return a.Binding == b.Binding
	}
	return a.Binding == nil && a.Kind == b.Kind && aName == bName
}

// declarations returns the names of the global and nonlocal statements
// that declare t's binding, which the analyzer does not resolve: a global
// statement declares the module-level binding of its name, and a nonlocal
// statement the binding of the enclosing function, approximated here as
// a binding defined in the function around the one holding the statement.
//
// TODO(lsp): drop this once analysis records these identifiers in
// Result.Refs.
func (t *target) declarations() []*syntax.Ident {
	b := t.ref.Binding
	moduleLevel := !insideFunction(t.file, b.Def.Start)
	for _, r := range t.res.Refs {
		if r.Binding == b && r.Kind == analysis.Global {
			moduleLevel = true
			break
		}
	}
	var out []*syntax.Ident
	var walk func(root syntax.Node, funcs []*syntax.FuncDef)
	walk = func(root syntax.Node, funcs []*syntax.FuncDef) {
		syntax.Inspect(root, func(n syntax.Node) bool {
			switch n := n.(type) {
			case nil:
				return false
			case *syntax.FuncDef:
				if n != root {
					walk(n, append(funcs[:len(funcs):len(funcs)], n))
					return false
				}
			case *syntax.GlobalStmt:
				if moduleLevel {
					out = append(out, namesCalled(n.Names, b.Name)...)
				}
			case *syntax.NonlocalStmt:
				if !moduleLevel && len(funcs) > 1 && !within(funcs[len(funcs)-1], b.Def) && within(funcs[len(funcs)-2], b.Def) {
					out = append(out, namesCalled(n.Names, b.Name)...)
				}
			}
			return true
		})
	}
	walk(t.file, nil)
	return out
}

// within reports whether a span lies inside a node.
func within(n syntax.Node, s source.Span) bool { return n.Span().Contains(s) }

func namesCalled(ids []*syntax.Ident, name string) []*syntax.Ident {
	var out []*syntax.Ident
	for _, id := range ids {
		if id.Name == name {
			out = append(out, id)
		}
	}
	return out
}
