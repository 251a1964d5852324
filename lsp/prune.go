package lsp

import (
	"sync"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/syntax"
)

// When the incremental diagnostics analyse a region again (incremental.go),
// the other regions are there only for the module-level bindings of the
// names the region reads. Of those context regions, the statements that
// bind none of these names are left out too, down the blocks of
// module-level if, for, while, with and try statements: a generated
// module binds the same few names in hundreds of statements, but most of
// each statement's code binds nothing. What each statement binds is
// worked out once per region (bindTree), so that pruning costs a walk of
// the statements, not of the expressions.

// bindTree is a module-level statement with the names it may bind (its
// blocks included) and, for a compound statement, its blocks.
type bindTree struct {
	stmt   syntax.Stmt
	thin   syntax.Stmt // stmt with its values replaced (thinned), or nil
	bound  []string
	always bool          // it may bind names it does not spell
	blocks [][]*bindTree // If, While, For: Body, Else; With: Body; Try: Body, Else, Finally, then each handler's Body
}

// pruneCache holds a region's bind trees and its pruned statements for
// the last set of names, since the same region serves as context for
// check after check. What it binds of the names is what the pruning
// depends on, and that seldom changes while a name elsewhere is typed,
// even though the names do with every keystroke.
type pruneCache struct {
	mu    sync.Mutex
	trees []*bindTree
	hits  []string // the names the region binds of the last set
	stmts []syntax.Stmt
}

// pruned returns the statements of a context region that may bind one of
// names at module level, their values thinned and its cacheable bodies
// hollowed. The cache need not know hollowed: a region serves as context
// only when all its bodies are cached, and their hollow defs are its own
// (regionInfo.bodies), the same for every check.
func (r *region) pruned(src []byte, names map[string]bool, hollowed map[*syntax.FuncDef]*syntax.FuncDef) []syntax.Stmt {
	pc := &r.regionInfo.prune
	pc.mu.Lock()
	defer pc.mu.Unlock()
	bound := r.bindings(src).bound
	same, n := pc.stmts != nil, 0
	for _, name := range bound {
		if names[name] {
			same = same && n < len(pc.hits) && pc.hits[n] == name
			n++
		}
	}
	if same && n == len(pc.hits) {
		return pc.stmts
	}
	hits := make([]string, 0, n)
	for _, name := range bound {
		if names[name] {
			hits = append(hits, name)
		}
	}
	r.growTrees(src)
	out := make([]syntax.Stmt, 0, len(r.stmts))
	for _, t := range pc.trees {
		if p := t.prune(names, hollowed); p != nil {
			out = append(out, p)
		}
	}
	pc.hits, pc.stmts = hits, out
	return out
}

// growTrees makes the region's bind trees unless they are made; the
// caller holds the prune cache's lock.
func (r *region) growTrees(src []byte) {
	pc := &r.regionInfo.prune
	if pc.trees != nil {
		return
	}
	deep := r.bindings(src).deep
	pc.trees = make([]*bindTree, len(r.stmts))
	for i, s := range r.stmts {
		pc.trees[i] = newBindTree(s, deep)
	}
}

// newBindTree works out what a module-level statement binds; unless
// deep, without looking into defs, classes, lambdas and comprehensions
// (see nodeBinds).
func newBindTree(s syntax.Stmt, deep bool) *bindTree {
	t := &bindTree{stmt: s}
	var header []syntax.Node
	var blocks [][]syntax.Stmt
	switch n := s.(type) {
	case *syntax.IfStmt:
		header, blocks = []syntax.Node{n.Test}, [][]syntax.Stmt{n.Body, n.Else}
	case *syntax.WhileStmt:
		header, blocks = []syntax.Node{n.Test}, [][]syntax.Stmt{n.Body, n.Else}
	case *syntax.ForStmt:
		header, blocks = []syntax.Node{n.Target, n.Iter}, [][]syntax.Stmt{n.Body, n.Else}
	case *syntax.WithStmt:
		for _, it := range n.Items {
			header = append(header, it)
		}
		blocks = [][]syntax.Stmt{n.Body}
	case *syntax.TryStmt:
		blocks = [][]syntax.Stmt{n.Body, n.Else, n.Finally}
		for _, h := range n.Handlers {
			if h.Type != nil {
				header = append(header, h.Type)
			}
			if h.Name != nil {
				t.bound = append(t.bound, h.Name.Name)
			}
			blocks = append(blocks, h.Body)
		}
	default:
		t.thin = thinned(s)
		bound, always := nodeBinds([]syntax.Node{s}, deep)
		for name := range bound {
			t.bound = append(t.bound, name)
		}
		t.always = always
		return t
	}
	bound, always := nodeBinds(header, deep)
	for name := range bound {
		t.bound = append(t.bound, name)
	}
	t.always = always
	for _, b := range blocks {
		sub := make([]*bindTree, len(b))
		for i, st := range b {
			sub[i] = newBindTree(st, deep)
			t.bound = append(t.bound, sub[i].bound...)
			t.always = t.always || sub[i].always
		}
		t.blocks = append(t.blocks, sub)
	}
	return t
}

// hits reports whether the statement may bind one of names.
func (t *bindTree) hits(names map[string]bool) bool {
	if t.always {
		return true
	}
	for _, name := range t.bound {
		if names[name] {
			return true
		}
	}
	return false
}

// prune returns the statement with the statements of its blocks that bind
// none of names left out, or nil when it binds none of them itself.
func (t *bindTree) prune(names map[string]bool, hollowed map[*syntax.FuncDef]*syntax.FuncDef) syntax.Stmt {
	if !t.hits(names) {
		return nil
	}
	if t.thin != nil {
		return t.thin
	}
	if t.always || t.blocks == nil {
		return reduce(t.stmt, hollowed)
	}
	block := func(i int, orig []syntax.Stmt) []syntax.Stmt {
		if len(orig) == 0 {
			return orig
		}
		var out []syntax.Stmt
		for _, sub := range t.blocks[i] {
			if p := sub.prune(names, hollowed); p != nil {
				out = append(out, p)
			}
		}
		if len(out) == 0 {
			at := orig[0].Span().Start
			out = []syntax.Stmt{&syntax.PassStmt{Loc: syntax.Loc{Start: at, End: at}}}
		}
		return out
	}
	switch n := t.stmt.(type) {
	case *syntax.IfStmt:
		c := *n
		c.Body, c.Else = block(0, n.Body), block(1, n.Else)
		return &c
	case *syntax.WhileStmt:
		c := *n
		c.Body, c.Else = block(0, n.Body), block(1, n.Else)
		return &c
	case *syntax.ForStmt:
		c := *n
		c.Iter = thinValue(n.Iter)
		c.Body, c.Else = block(0, n.Body), block(1, n.Else)
		return &c
	case *syntax.WithStmt:
		c := *n
		c.Items = make([]*syntax.WithItem, len(n.Items))
		for i, it := range n.Items {
			ic := *it
			ic.X = thinValue(it.X)
			c.Items[i] = &ic
		}
		c.Body = block(0, n.Body)
		return &c
	case *syntax.TryStmt:
		c := *n
		c.Body, c.Else, c.Finally = block(0, n.Body), block(1, n.Else), block(2, n.Finally)
		c.Handlers = make([]*syntax.ExceptHandler, len(n.Handlers))
		for i, h := range n.Handlers {
			hc := *h
			hc.Body = block(3+i, h.Body)
			c.Handlers[i] = &hc
		}
		return &c
	}
	return t.stmt
}

// The context of an analysis is there for its bindings, but analysing a
// statement costs its expressions: on the generated files of bench/lsp,
// the values of the statements that bind the names a function reads were
// more than half of what a keystroke's analysis walked (5,700 nodes, 2,500
// without them, for a 40-line function). As context, an
// assignment, a for loop and a with statement keep their targets and get
// values that bind and read nothing: None, or [] for a value that makes a
// dict or a list, the one mark a value leaves on the names it binds
// (analysis.MakesDictOrList). A value holding a walrus, which binds a
// name itself, is kept. The analysis of the context's own code is thrown
// away, so what it would say of None matters to nobody.

// thinned returns an assignment with its value thinned, or nil for any
// other statement and for an assignment whose value stays as it is.
func thinned(s syntax.Stmt) syntax.Stmt {
	switch n := s.(type) {
	case *syntax.AssignStmt:
		if v := thinValue(n.Value); v != n.Value {
			c := *n
			c.Value = v
			return &c
		}
	case *syntax.AnnAssignStmt:
		if v := thinValue(n.Value); v != n.Value {
			c := *n
			c.Value = v
			return &c
		}
	case *syntax.AugAssignStmt:
		if v := thinValue(n.Value); v != n.Value {
			c := *n
			c.Value = v
			return &c
		}
	}
	return nil
}

// thinValue returns the value that stands for e in the context: e itself
// when it is nil, holds a walrus or is no larger than its stand-in.
func thinValue(e syntax.Expr) syntax.Expr {
	if e == nil || isNilNode(e) {
		return e
	}
	switch e.(type) {
	case *syntax.Ident, *syntax.ConstLit, *syntax.NumberLit:
		return e
	}
	walrus := false
	syntax.Inspect(e, func(n syntax.Node) bool {
		if _, ok := n.(*syntax.NamedExpr); ok {
			walrus = true
		}
		return !walrus
	})
	if walrus {
		return e
	}
	at := syntax.Loc{Start: e.Span().Start, End: e.Span().Start}
	if analysis.MakesDictOrList(e) {
		return &syntax.ListExpr{Loc: at, Ctx: syntax.Load}
	}
	return &syntax.ConstLit{Loc: at, Kind: syntax.NoneConst}
}
