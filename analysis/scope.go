package analysis

import (
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// scopeKind tells the scopes of Python apart; they differ in what nested
// scopes can see (class bodies are invisible to the functions inside).
type scopeKind uint8

const (
	moduleScope scopeKind = iota
	functionScope
	classScope
	comprehensionScope
)

// A scope is one namespace: the module, a def or lambda, a class body or a
// comprehension. Its bindings are in its file's table (symbols.go).
//
// Scopes and bindings live in blocks that a plain check reuses for the
// next file (files.go). They link to each other by number rather than by
// pointer where they can: while the collector is marking, every pointer
// written to the heap costs a write barrier, and a check writes several
// per binding.
type scope struct {
	kind     scopeKind
	idx      int32           // number of the scope in its file, for the bindings table
	depth    int32           // 0 for the module
	last     int32           // the scope's latest binding + 1 (0: none); bindCore.prevInScope links the others
	parent   *scope          // nil for the module
	node     syntax.Node     // FuncDef, LambdaExpr, ClassDef, CompExpr; nil for the module
	file     *fileState      // set once, when the scope's block is made
	globals  map[string]bool // names declared global here
	nonlocal map[string]bool // names declared nonlocal here
}

// Binding is a name bound in a scope: by assignment, def, class, import,
// a for or with target, except-as, a parameter, a walrus or a match
// capture.
type Binding struct {
	// Name is the bound name. It is set only when the check keeps what
	// every identifier resolves to (Options.KeepRefs): otherwise no
	// Binding leaves the check, and the name is its symbol's.
	Name string
	// Def is where the name is first bound: the defining identifier, or
	// the import statement for an import.
	Def source.Span
	// Node is the def, class or import statement that binds it, when one
	// does; nil for assignments and parameters.
	Node syntax.Node
	// Param is set for function and lambda parameters.
	Param bool
	bindCore
	mod *modRef // what an import bound here holds (modules.go)
}

// bindCore is the part of a Binding without pointers, set in one write
// when a binding is made.
type bindCore struct {
	// first is the offset of the earliest binding site that is a statement
	// of this scope itself (not a `global` write from a function), for
	// Monty 0.0.18's source-order rule.
	first source.Offset
	sym   symID // the name's symbol in its file
	idx   int32 // the binding's number in its file
	// The binding's scope: its number, depth and kind.
	scope      int32
	scopeDepth int32
	scopeKind  scopeKind
	// container tracks, for the del fix, whether every assignment seen so
	// far gave the name a dict or list (which have pop with del's
	// meaning); see walker.assignTargets.
	container containerKind
	// Links by binding number + 1 (0: none): the symbol's next binding
	// further out, while the walk is in scope (symbols.link), and the
	// scope's binding made before this one.
	outer, prevInScope int32
}

// containerKind is what the assignments to a name gave it, as far as the
// source shows.
type containerKind uint8

const (
	containerUnknown containerKind = iota // no assignment seen yet
	containerDictOrList
	containerOther
)

// bind records that name is bound at def in s, or in the scope a global or
// nonlocal declaration sends it to.
func (s *scope) bind(name string, def source.Span, node syntax.Node) *Binding {
	return s.bindSym(s.file.syms.intern(s.file.c, name), name, def, node)
}

// bindSym is bind for a name already interned as sym. It runs during the
// walk, in a scope the walk is in, so the binding, if any, is on the
// symbol's chain.
func (s *scope) bindSym(sym symID, name string, def source.Span, node syntax.Node) *Binding {
	f := s.file
	target := s.bindingScope(sym)
	b := f.syms.openBinding(f, target, sym)
	if b == nil {
		b = f.newBinding()
		b.bindCore = bindCore{first: -1, sym: sym, idx: b.idx, scope: target.idx, scopeDepth: target.depth,
			scopeKind: target.kind, prevInScope: target.last}
		b.Def, b.Param = def, false
		if node != nil {
			b.Node = node
			f.withNode = append(f.withNode, b.idx)
		}
		if !f.reuse { // KeepRefs
			b.Name = name
		}
		target.last = b.idx + 1
		f.binds.put(target, sym, b.idx)
		f.syms.link(f, b)
	}
	if target == s && (b.first < 0 || def.Start < b.first) {
		b.first = def.Start
	}
	return b
}

// binding returns the binding of name in s itself, or nil.
func (s *scope) binding(name string) *Binding {
	return s.file.bindingIn(s, s.file.syms.lookup(name))
}

// bindingScope is the scope in which an assignment to sym in s binds it.
func (s *scope) bindingScope(sym symID) *scope {
	if s.file.syms.flags[sym]&symDeclared == 0 {
		return s
	}
	name := s.file.syms.names[sym]
	if s.globals[name] {
		return s.module()
	}
	if s.nonlocal[name] {
		for p := s.parent; p != nil; p = p.parent {
			if p.kind == functionScope && s.file.bindingIn(p, sym) != nil {
				return p
			}
		}
	}
	return s
}

func (s *scope) module() *scope {
	for s.parent != nil {
		s = s.parent
	}
	return s
}

// declare notes a global or nonlocal statement.
func (s *scope) declare(name string, global bool) {
	m := &s.nonlocal
	if global {
		m = &s.globals
	}
	if *m == nil {
		*m = map[string]bool{}
	}
	(*m)[name] = true
	f := s.file
	f.syms.flags[f.syms.intern(f.c, name)] |= symDeclared
}

// walrusScope is where an assignment expression binds: the nearest scope
// that is not a comprehension (PEP 572).
func (s *scope) walrusScope() *scope {
	for s.kind == comprehensionScope && s.parent != nil {
		s = s.parent
	}
	return s
}

// outerFunctionStart is the start of the outermost def or lambda that
// contains s, or -1 when s is in no function: Monty 0.0.18 lets a function
// see only the module names bound before it.
func (s *scope) outerFunctionStart() source.Offset {
	start := source.Offset(-1)
	for p := s; p != nil; p = p.parent {
		if p.kind == functionScope {
			start = p.node.Span().Start
		}
	}
	return start
}
