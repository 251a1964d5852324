package lsp

import (
	"context"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// DocumentSymbol outlines the document: functions, classes and the
// variables assigned at module and class level, nested as in the source.
// Statements inside if, for, while, with, try and match at those levels
// contribute their definitions too; inside a function only nested
// functions and classes are listed. Clients without hierarchical support
// get a flat list with container names.
func (s *server) DocumentSymbol(_ context.Context, p *protocol.DocumentSymbolParams) ([]interface{}, error) {
	snap, err := s.snapshotOf(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	f := snap.Parsed()
	b := symbolBuilder{src: snap.Content, m: snap.Mapper()}
	syms := b.stmts(f.Body, moduleLevel)
	caps := s.clientCaps()
	out := []interface{}{}
	if td := caps.TextDocument; td != nil && td.DocumentSymbol != nil && td.DocumentSymbol.HierarchicalDocumentSymbolSupport {
		for _, sym := range syms {
			out = append(out, sym)
		}
		return out, nil
	}
	for _, info := range flattenSymbols(snap.URI, syms, "") {
		out = append(out, info)
	}
	return out, nil
}

// symbolLevel is where statements sit, which decides what is listed.
type symbolLevel int

const (
	moduleLevel   symbolLevel = iota
	classLevel                // variables are fields, functions methods
	functionLevel             // only nested functions and classes
)

type symbolBuilder struct {
	src []byte
	m   *source.Mapper
}

// stmts returns the symbols of a statement list.
func (b symbolBuilder) stmts(list []syntax.Stmt, level symbolLevel) []protocol.DocumentSymbol {
	var out []protocol.DocumentSymbol
	seen := map[string]bool{} // variables are listed where first assigned
	for _, st := range list {
		out = append(out, b.stmt(st, level, seen)...)
	}
	return out
}

func (b symbolBuilder) stmt(st syntax.Stmt, level symbolLevel, seen map[string]bool) []protocol.DocumentSymbol {
	switch n := st.(type) {
	case *syntax.FuncDef:
		kind := protocol.SymbolKindFunction
		if level == classLevel {
			kind = protocol.SymbolKindMethod
		}
		return []protocol.DocumentSymbol{b.symbol(n.Name.Name, b.params(n), kind, n.Span(), n.Name.Span(), b.stmts(n.Body, functionLevel))}
	case *syntax.ClassDef:
		return []protocol.DocumentSymbol{b.symbol(n.Name.Name, "", protocol.SymbolKindClass, n.Span(), n.Name.Span(), b.stmts(n.Body, classLevel))}
	case *syntax.AssignStmt:
		if level != functionLevel {
			return b.variables(n.Targets, n.Span(), level, seen)
		}
	case *syntax.AnnAssignStmt:
		if level != functionLevel {
			return b.variables([]syntax.Expr{n.Target}, n.Span(), level, seen)
		}
	default:
		var out []protocol.DocumentSymbol
		for _, body := range compoundBodies(st) {
			for _, inner := range body {
				out = append(out, b.stmt(inner, level, seen)...)
			}
		}
		return out
	}
	return nil
}

// variables returns the symbols of the names an assignment binds.
func (b symbolBuilder) variables(targets []syntax.Expr, span source.Span, level symbolLevel, seen map[string]bool) []protocol.DocumentSymbol {
	var out []protocol.DocumentSymbol
	for _, id := range targetNames(targets) {
		if seen[id.Name] {
			continue
		}
		seen[id.Name] = true
		kind := protocol.SymbolKindVariable
		switch {
		case level == classLevel:
			kind = protocol.SymbolKindField
		case isConstantName(id.Name):
			kind = protocol.SymbolKindConstant
		}
		out = append(out, b.symbol(id.Name, "", kind, span, id.Span(), nil))
	}
	return out
}

func (b symbolBuilder) symbol(name, detail string, kind protocol.SymbolKind, span, sel source.Span, children []protocol.DocumentSymbol) protocol.DocumentSymbol {
	return protocol.DocumentSymbol{Name: name, Detail: detail, Kind: kind, Range: toRange(b.m, span), SelectionRange: toRange(b.m, sel), Children: children}
}

// params renders a def's parameter list for the symbol's detail.
func (b symbolBuilder) params(n *syntax.FuncDef) string {
	if n.Params == nil {
		return "()"
	}
	return "(" + strings.Join(strings.Fields(string(b.src[n.Params.Start:n.Params.End])), " ") + ")"
}

// targetNames returns the names assignment targets bind, looking into
// tuple and list unpacking.
func targetNames(targets []syntax.Expr) []*syntax.Ident {
	var out []*syntax.Ident
	for _, t := range targets {
		switch t := t.(type) {
		case *syntax.Ident:
			out = append(out, t)
		case *syntax.TupleExpr:
			out = append(out, targetNames(t.Elts)...)
		case *syntax.ListExpr:
			out = append(out, targetNames(t.Elts)...)
		case *syntax.StarredExpr:
			out = append(out, targetNames([]syntax.Expr{t.X})...)
		}
	}
	return out
}

// isConstantName reports whether a name is written as a constant
// (UPPER_CASE).
func isConstantName(name string) bool {
	return strings.ToUpper(name) == name && strings.ToLower(name) != name
}

// compoundBodies returns the statement lists of a compound statement
// other than def and class.
func compoundBodies(st syntax.Stmt) [][]syntax.Stmt {
	switch n := st.(type) {
	case *syntax.IfStmt:
		return [][]syntax.Stmt{n.Body, n.Else}
	case *syntax.ForStmt:
		return [][]syntax.Stmt{n.Body, n.Else}
	case *syntax.WhileStmt:
		return [][]syntax.Stmt{n.Body, n.Else}
	case *syntax.WithStmt:
		return [][]syntax.Stmt{n.Body}
	case *syntax.TryStmt:
		out := [][]syntax.Stmt{n.Body}
		for _, h := range n.Handlers {
			out = append(out, h.Body)
		}
		return append(out, n.Else, n.Finally)
	case *syntax.MatchStmt:
		var out [][]syntax.Stmt
		for _, c := range n.Cases {
			out = append(out, c.Body)
		}
		return out
	}
	return nil
}

// flattenSymbols lists symbols for clients without hierarchical document
// symbols.
func flattenSymbols(u protocol.DocumentURI, syms []protocol.DocumentSymbol, container string) []protocol.SymbolInformation {
	var out []protocol.SymbolInformation
	for _, sym := range syms {
		out = append(out, protocol.SymbolInformation{Name: sym.Name, Kind: sym.Kind, ContainerName: container,
			Location: protocol.Location{URI: u, Range: sym.Range}})
		out = append(out, flattenSymbols(u, sym.Children, sym.Name)...)
	}
	return out
}
