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
type scope struct {
	kind     scopeKind
	parent   *scope
	node     syntax.Node // FuncDef, LambdaExpr, ClassDef, CompExpr; nil for the module
	file     *fileState
	idx      int32           // number of the scope in its file, for the bindings table
	depth    int32           // 0 for the module
	globals  map[string]bool // names declared global here
	nonlocal map[string]bool // names declared nonlocal here
	last     *Binding        // the scope's latest binding; Binding.prevInScope links the others
}

// Binding is a name bound in a scope: by assignment, def, class, import,
// a for or with target, except-as, a parameter, a walrus or a match
// capture.
type Binding struct {
	Name string
	// Def is where the name is first bound: the defining identifier, or
	// the import statement for an import.
	Def source.Span
	// Node is the def, class or import statement that binds it, when one
	// does; nil for assignments and parameters.
	Node syntax.Node
	// Param is set for function and lambda parameters.
	Param bool
	// first is the offset of the earliest binding site that is a statement
	// of this scope itself (not a `global` write from a function), for
	// Monty 0.0.18's source-order rule.
	first source.Offset
	sym   symID // the name's symbol in its file
	// container tracks, for the del fix, whether every assignment seen so
	// far gave the name a dict or list (which have pop with del's
	// meaning); see walker.assignTargets.
	container containerKind

	scope       *scope
	outer       *Binding // the symbol's next binding further out, while the walk is in scope (symbols.link)
	prevInScope *Binding // the scope's binding made before this one
	mod         *modRef  // what an import bound here holds (modules.go)
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
	b := f.syms.openBinding(target, sym)
	if b == nil {
		b = f.newBinding() // zero: set field by field, cheaper than a struct copy
		b.Name, b.Def, b.Node, b.first, b.sym = name, def, node, -1, sym
		b.scope, b.prevInScope = target, target.last
		target.last = b
		f.binds.put(target, sym, b)
		f.syms.link(b)
	}
	if target == s && (b.first < 0 || def.Start < b.first) {
		b.first = def.Start
	}
	return b
}

// binding returns the binding of name in s itself, or nil.
func (s *scope) binding(name string) *Binding {
	return s.file.binds.get(s, s.file.syms.lookup(name))
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
			if p.kind == functionScope && s.file.binds.get(p, sym) != nil {
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
