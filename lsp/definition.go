package lsp

import (
	"context"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/source"
)

// Definition goes to where the name under the cursor is defined: its
// binding in the file for names the program binds, the declaration in the
// stub file for externals and inputs. Builtins and module attributes have
// no definition the server can show.
func (s *server) Definition(_ context.Context, p *protocol.DefinitionParams) ([]protocol.Location, error) {
	t, err := s.targetAt(p.TextDocumentPositionParams)
	if err != nil || t.id == nil || !t.resolved {
		return nil, err
	}
	loc, ok := definitionOf(t)
	if !ok {
		return nil, nil
	}
	return []protocol.Location{loc}, nil
}

// definitionOf returns the location of a target's definition.
func definitionOf(t *target) (protocol.Location, bool) {
	decls := t.snap.Project().proj.Decls
	switch t.ref.Kind {
	case analysis.Local, analysis.Free, analysis.Global:
		if t.ref.Binding == nil {
			return protocol.Location{}, false
		}
		return protocol.Location{URI: t.snap.URI, Range: toRange(t.snap.Mapper(), t.ref.Binding.Def)}, true
	case analysis.External:
		if fn := decls.Funcs[t.id.Name]; fn != nil {
			return stubLocation(t.snap.Project(), fn.File, fn.Span), true
		}
	case analysis.Input:
		if in := decls.Inputs[t.id.Name]; in != nil {
			return stubLocation(t.snap.Project(), in.File, in.Span), true
		}
	}
	return protocol.Location{}, false
}

// stubLocation returns the location of a span in a stub file of the
// project.
func stubLocation(e *projectEntry, path string, span source.Span) protocol.Location {
	return protocol.Location{URI: pathURI(path), Range: toRange(e.stubMapper(path), span)}
}
