package lsp

import (
	"sort"
	"strings"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// This file finds the names the program binds that are visible at a
// position, for completion and signature help. The analyzer resolves
// every identifier (Result.Refs) but keeps no scopes, so one walk of the
// tree rebuilds them: each defining identifier (one whose binding's Def is
// the identifier itself) belongs to the innermost def, lambda, class or
// comprehension around it, or to the module when the analyzer resolved it
// as a global. A name is visible where its scope encloses the position,
// except that a class body is invisible to the functions inside it, as in
// Python. Imports bind without an identifier ("import math"), so they are
// read from the statements.

// scopeName is a name the program binds, visible at a position.
type scopeName struct {
	name    string
	binding *analysis.Binding // nil for an import with no identifier
	node    syntax.Node       // the def, class or import that binds it, if any
	module  int               // for a module-level name, 1 + its index in snapshot.moduleNames
}

// scopeWalk is the state of visibleNames's walk.
type scopeWalk struct {
	res    *analysis.Result
	lines  *source.Lines
	src    []byte
	off    source.Offset
	stack  []syntax.Node               // the nodes being visited
	chain  []syntax.Node               // the scopes around off, outermost first; nil is the module
	names  map[syntax.Node][]scopeName // bindings of the scopes in chain
	inners map[syntax.Node]bool        // the scopes in chain
}

// visibleNames returns the names bound by the program that are visible at
// off, innermost scope first, each name once (an inner binding hides an
// outer one).
//
// The module's names are collected once per snapshot; each request walks
// only the top-level statement that can hold the position's scopes (the
// last one starting before it), so that completion stays cheap in a
// large file. Only the names keep accepts are returned (all when keep is
// nil); completion passes the prefix being typed, so that a large
// module's hundreds of names are not collected on every request.
func visibleNames(snap *snapshot, off source.Offset, keep func(string) bool) []scopeName {
	f, res := snap.Resolved()
	snap.collectModuleNames()
	w := newScopeWalk(snap, res, off)
	i := sort.Search(len(f.Body), func(i int) bool { return f.Body[i].Span().Start > off })
	if i > 0 {
		syntax.Inspect(f.Body[i-1], w.visit)
	}
	w.names[nil] = snap.moduleNames
	var out []scopeName
	seen := map[string]bool{}
	for i := len(w.chain) - 1; i >= 0; i-- {
		sc := w.chain[i]
		if _, isClass := sc.(*syntax.ClassDef); isClass && i != len(w.chain)-1 {
			continue // class bodies are invisible to nested scopes
		}
		for _, n := range w.names[sc] {
			if keep != nil && !keep(n.name) {
				continue
			}
			if !seen[n.name] {
				seen[n.name] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// collectModuleNames collects the names the module binds
// (snapshot.moduleNames), once per snapshot: a walk of the whole module.
func (snap *snapshot) collectModuleNames() {
	snap.moduleNamesOnce.Do(func() {
		f, res := snap.Resolved()
		w := newScopeWalk(snap, res, -1)
		syntax.Inspect(f, w.visit)
		snap.moduleNames = w.names[nil]
		for i := range snap.moduleNames {
			snap.moduleNames[i].module = i + 1
		}
	})
}

func newScopeWalk(snap *snapshot, res *analysis.Result, off source.Offset) *scopeWalk {
	return &scopeWalk{res: res, lines: snap.Mapper().Lines(), src: snap.Content, off: off,
		chain: []syntax.Node{nil}, names: map[syntax.Node][]scopeName{}, inners: map[syntax.Node]bool{nil: true}}
}

// declaresGlobal reports whether the body of a def or class holds a
// global statement, at any depth: only then can it bind a module name.
// Expressions hold no statements, so the search skips them.
func declaresGlobal(n syntax.Node) bool {
	var body []syntax.Stmt
	switch n := n.(type) {
	case *syntax.FuncDef:
		body = n.Body
	case *syntax.ClassDef:
		body = n.Body
	}
	found := false
	for _, st := range body {
		syntax.Inspect(st, func(n syntax.Node) bool {
			switch n.(type) {
			case *syntax.GlobalStmt:
				found = true
			case syntax.Expr:
				return false
			}
			return !found
		})
	}
	return found
}

// visit is the syntax.Inspect callback of the walk.
func (w *scopeWalk) visit(n syntax.Node) bool {
	if n == nil {
		w.stack = w.stack[:len(w.stack)-1]
		return false
	}
	switch n := n.(type) {
	case *syntax.FuncDef, *syntax.ClassDef:
		if w.encloses(n) {
			w.chain = append(w.chain, n)
			w.inners[n] = true
		} else if w.off >= 0 || !declaresGlobal(n) {
			// Its body is not around off, or (collecting the module's
			// names, off < 0) binds no module name: only the header counts.
			w.header(n)
			return false
		}
	case *syntax.LambdaExpr, *syntax.CompExpr:
		if w.encloses(n) {
			w.chain = append(w.chain, n)
			w.inners[n] = true
		}
	case *syntax.Ident:
		w.ident(n)
	case *syntax.ImportStmt:
		w.imports(n, n.Names, true)
	case *syntax.ImportFromStmt:
		w.imports(n, n.Names, false)
	}
	w.stack = append(w.stack, n)
	return true
}

// header visits what a def or class that does not enclose the position
// binds in the scope around it: its name, and whatever its decorators,
// parameter defaults and annotations, bases and keywords bind (a walrus).
// Its body binds nothing visible at the position but module names, which
// visibleNames collects apart, so the walk of a request skips it: a
// large class is not walked for a position outside it.
func (w *scopeWalk) header(n syntax.Node) {
	var parts []syntax.Expr
	switch n := n.(type) {
	case *syntax.FuncDef:
		if n.Name != nil {
			w.ident(n.Name)
		}
		parts = defHeaderExprs(n)
	case *syntax.ClassDef:
		if n.Name != nil {
			w.ident(n.Name)
		}
		parts = append(parts, n.Decorators...)
		parts = append(parts, n.Bases...)
		for _, k := range n.Keywords {
			if k != nil && k.Value != nil {
				parts = append(parts, k.Value)
			}
		}
	}
	for _, x := range parts {
		syntax.Inspect(x, w.visit)
	}
}

// defHeaderExprs returns the expressions of a def evaluated around it:
// its decorators, return annotation, and parameter annotations and
// defaults.
func defHeaderExprs(fd *syntax.FuncDef) []syntax.Expr {
	parts := append([]syntax.Expr(nil), fd.Decorators...)
	if fd.Returns != nil {
		parts = append(parts, fd.Returns)
	}
	eachParam(fd.Params, func(prm *syntax.Param) {
		if prm.Annotation != nil {
			parts = append(parts, prm.Annotation)
		}
		if prm.Default != nil {
			parts = append(parts, prm.Default)
		}
	})
	return parts
}

// eachParam calls fn for each parameter of p (nil for a lambda without
// any).
func eachParam(p *syntax.Params, fn func(*syntax.Param)) {
	if p == nil {
		return
	}
	for _, list := range [][]*syntax.Param{p.PosOnly, p.Args, p.KwOnly, {p.Vararg, p.Kwarg}} {
		for _, prm := range list {
			if prm != nil {
				fn(prm)
			}
		}
	}
}

// ident records a defining identifier.
func (w *scopeWalk) ident(id *syntax.Ident) {
	r, ok := w.res.Refs[id]
	if !ok || r.Binding == nil || r.Binding.Def != id.Span() {
		return
	}
	sc := w.scopeOf(id)
	if r.Kind == analysis.Global {
		sc = nil
	}
	w.add(sc, scopeName{name: id.Name, binding: r.Binding, node: r.Binding.Node})
}

// imports records the names an import binds without an identifier.
func (w *scopeWalk) imports(st syntax.Node, aliases []*syntax.Alias, plain bool) {
	for _, a := range aliases {
		if a.AsName != nil || a.Name == "*" {
			continue // the identifier is recorded by ident
		}
		name := a.Name
		if plain {
			name, _, _ = strings.Cut(name, ".")
		}
		w.add(w.scopeOf(st), scopeName{name: name, node: st})
	}
}

// add records a name bound in sc, if sc encloses the position.
func (w *scopeWalk) add(sc syntax.Node, n scopeName) {
	if w.inners[sc] {
		w.names[sc] = append(w.names[sc], n)
	}
}

// scopeOf returns the scope a node being visited belongs to: the
// innermost scope node on the stack, except that the name of a def or
// class belongs to the scope around it.
func (w *scopeWalk) scopeOf(n syntax.Node) syntax.Node {
	for i := len(w.stack) - 1; i >= 0; i-- {
		switch sc := w.stack[i].(type) {
		case *syntax.FuncDef:
			if sc.Name != n {
				return sc
			}
		case *syntax.ClassDef:
			if sc.Name != n {
				return sc
			}
		case *syntax.LambdaExpr, *syntax.CompExpr:
			return sc
		}
	}
	return nil
}

// encloses reports whether the position lies in a scope node: after the
// name of a def or class, inside a lambda or comprehension (or at its
// end, when the user is still typing it). A def's or
// class's block also extends over the lines after its last statement
// that are blank or indented deeper than its header, where the user is
// typing the next statement of the block.
func (w *scopeWalk) encloses(n syntax.Node) bool {
	sp := n.Span()
	var name *syntax.Ident
	switch n := n.(type) {
	case *syntax.FuncDef:
		name = n.Name
	case *syntax.ClassDef:
		name = n.Name
	case *syntax.LambdaExpr:
		return sp.Start < w.off && w.off <= sp.End // the body may go on
	default: // a comprehension, whose brackets may not be closed yet
		closed := sp.End > sp.Start && strings.IndexByte(")]}", w.src[sp.End-1]) >= 0
		return sp.Start < w.off && (w.off < sp.End || w.off == sp.End && !closed)
	}
	if name == nil || w.off < name.End {
		return false
	}
	return w.off <= sp.End || w.blockContinues(name.Start, sp.End)
}

// blockContinues reports whether the lines from the one after end up to
// the position's line are blank or indented deeper than the line holding
// header.
func (w *scopeWalk) blockContinues(header, end source.Offset) bool {
	indent := w.indentOf(w.lines.LineOf(header), -1)
	last := w.lines.LineOf(w.off)
	if w.lines.LineOf(end) >= last {
		return false
	}
	for l := w.lines.LineOf(end) + 1; l < last; l++ {
		if ind := w.indentOf(l, -1); ind >= 0 && ind <= indent {
			return false
		}
	}
	ind := w.indentOf(last, w.off)
	return ind < 0 || ind > indent
}

// indentOf returns the indentation of a line, or -1 when the line is blank
// or holds only a comment. With a cursor (>= 0) on the line only the text
// before it counts, and a line blank up to the cursor is indented to the
// cursor. Tabs count as one column, like spaces: only comparisons within
// one file matter.
func (w *scopeWalk) indentOf(line int, cursor source.Offset) int {
	sp := w.lines.LineSpan(line)
	end := sp.End
	if cursor >= 0 {
		end = min(end, cursor)
	}
	for i := sp.Start; i < end; i++ {
		switch w.src[i] {
		case ' ', '\t', '\f':
		case '#':
			return -1
		default:
			return int(i - sp.Start)
		}
	}
	if cursor >= 0 {
		return int(end - sp.Start)
	}
	return -1
}
