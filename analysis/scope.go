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
// comprehension.
type scope struct {
	kind     scopeKind
	parent   *scope
	node     syntax.Node // FuncDef, LambdaExpr, ClassDef, CompExpr; nil for the module
	bindings map[string]*Binding
	globals  map[string]bool // names declared global here
	nonlocal map[string]bool // names declared nonlocal here
	alloc    *bindingSlab    // shared by all scopes of a file
}

func newScope(kind scopeKind, parent *scope, node syntax.Node) *scope {
	sc := &scope{kind: kind, parent: parent, node: node, bindings: map[string]*Binding{}}
	if parent != nil {
		sc.alloc = parent.alloc
	} else {
		sc.alloc = &bindingSlab{}
	}
	return sc
}

// bindingSlab hands out Bindings from blocks, one allocation for many:
// a file has thousands of bindings, all living as long as its analysis.
type bindingSlab struct {
	block []Binding
}

func (a *bindingSlab) binding() *Binding {
	if len(a.block) == 0 {
		a.block = make([]Binding, 128)
	}
	b := &a.block[0]
	a.block = a.block[1:]
	return b
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
	// container tracks, for the del fix, whether every assignment seen so
	// far gave the name a dict or list (which have pop with del's
	// meaning); see walker.noteContainer.
	container containerKind
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
	target := s.bindingScope(name)
	b := target.bindings[name]
	if b == nil {
		b = s.alloc.binding()
		*b = Binding{Name: name, Def: def, Node: node, first: -1}
		target.bindings[name] = b
	}
	if target == s && (b.first < 0 || def.Start < b.first) {
		b.first = def.Start
	}
	return b
}

// bindingScope is the scope in which an assignment to name in s binds it.
func (s *scope) bindingScope(name string) *scope {
	if s.globals[name] {
		return s.module()
	}
	if s.nonlocal[name] {
		for p := s.parent; p != nil; p = p.parent {
			if p.kind == functionScope && p.bindings[name] != nil {
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
