package interp

import "github.com/monty-tools/monty-tools/syntax"

// Name resolution happens before code generation, as in CPython's symtable:
// one walk records for every scope the names it binds and uses and its
// global/nonlocal declarations, then free variables are matched with the
// enclosing function that binds them, which turns those bindings into
// cells.

type scopeKind uint8

const (
	moduleScope scopeKind = iota
	funcScope
	classScope
	compScope
)

type scope struct {
	kind     scopeKind
	parent   *scope
	bound    map[string]bool
	used     map[string]bool
	global   map[string]bool
	nonlocal map[string]bool
	cells    map[string]bool // bound here and read by an inner function
	free     map[string]bool // bound in an enclosing function
	children []*scope
}

// newScope returns an empty scope. Its name sets start nil (reading a nil
// map is fine) and are made by addName on their first entry: most scopes
// leave most of them empty, and a short program's compile time is mostly
// allocation.
func newScope(kind scopeKind, parent *scope) *scope {
	s := &scope{kind: kind, parent: parent}
	if parent != nil {
		parent.children = append(parent.children, s)
	}
	return s
}

// addName adds name to the set *m, making the map if it is nil.
func addName(m *map[string]bool, name string) {
	if *m == nil {
		*m = map[string]bool{}
	}
	(*m)[name] = true
}

// use records that the scope reads name. Only resolveFree reads the
// record, and not the module's.
func (s *scope) use(name string) {
	if s.kind != moduleScope {
		addName(&s.used, name)
	}
}

// scopes maps each scope-creating node below the module (*syntax.FuncDef,
// *syntax.LambdaExpr, *syntax.ClassDef, *syntax.CompExpr) to its scope.
type scopes struct {
	mod        *scope // the module's (not in of)
	of         map[syntax.Node]*scope
	moduleBind map[string]bool // names bound at module level or declared global anywhere
}

func buildScopes(f *syntax.File) *scopes {
	return buildScopesIn(f, new(scopesBlock))
}

// scopesBlock holds a file's scopes and its module scope in one
// allocation (or none: Compile's pooled compiler holds one).
type scopesBlock struct {
	ss  scopes
	mod scope
}

// buildScopesIn is buildScopes using blk, which must be zero.
func buildScopesIn(f *syntax.File, blk *scopesBlock) *scopes {
	blk.mod.kind = moduleScope
	mod, ss := &blk.mod, &blk.ss
	ss.mod = mod
	b := &binder{ss: ss}
	b.stmts(mod, f.Body)
	for n := range mod.bound {
		addName(&ss.moduleBind, n)
	}
	resolveFree(mod)
	return ss
}

type binder struct{ ss *scopes }

// add records sc as the scope of node.
func (b *binder) add(node syntax.Node, sc *scope) {
	if b.ss.of == nil {
		b.ss.of = map[syntax.Node]*scope{}
	}
	b.ss.of[node] = sc
}

func (b *binder) bind(s *scope, name string) {
	if s.global[name] {
		addName(&b.ss.moduleBind, name)
		return
	}
	if s.nonlocal[name] {
		return
	}
	addName(&s.bound, name)
}

func (b *binder) stmts(s *scope, list []syntax.Stmt) {
	for _, st := range list {
		b.stmt(s, st)
	}
}

func (b *binder) stmt(s *scope, st syntax.Stmt) {
	switch st := st.(type) {
	case *syntax.ExprStmt:
		b.expr(s, st.X)
	case *syntax.AssignStmt:
		b.expr(s, st.Value)
		for _, t := range st.Targets {
			b.target(s, t)
		}
	case *syntax.AugAssignStmt:
		b.expr(s, st.Value)
		if id, ok := st.Target.(*syntax.Ident); ok {
			s.use(id.Name)
		}
		b.target(s, st.Target)
	case *syntax.AnnAssignStmt:
		if st.Value != nil {
			b.expr(s, st.Value)
			b.target(s, st.Target)
		} else if id, ok := st.Target.(*syntax.Ident); ok && s.kind != classScope {
			b.bind(s, id.Name)
		}
	case *syntax.ReturnStmt:
		if st.Value != nil {
			b.expr(s, st.Value)
		}
	case *syntax.RaiseStmt:
		b.exprs(s, st.Exc, st.Cause)
	case *syntax.AssertStmt:
		b.exprs(s, st.Test, st.Msg)
	case *syntax.GlobalStmt:
		for _, n := range st.Names {
			addName(&s.global, n.Name)
			addName(&b.ss.moduleBind, n.Name)
			delete(s.bound, n.Name)
		}
	case *syntax.NonlocalStmt:
		for _, n := range st.Names {
			addName(&s.nonlocal, n.Name)
		}
	case *syntax.ImportStmt:
		for _, a := range st.Names {
			if a.AsName != nil {
				b.bind(s, a.AsName.Name)
			} else {
				name := a.Name
				for i := 0; i < len(name); i++ {
					if name[i] == '.' {
						name = name[:i]
						break
					}
				}
				b.bind(s, name)
			}
		}
	case *syntax.ImportFromStmt:
		for _, a := range st.Names {
			if a.AsName != nil {
				b.bind(s, a.AsName.Name)
			} else {
				b.bind(s, a.Name)
			}
		}
	case *syntax.IfStmt:
		b.expr(s, st.Test)
		b.stmts(s, st.Body)
		b.stmts(s, st.Else)
	case *syntax.WhileStmt:
		b.expr(s, st.Test)
		b.stmts(s, st.Body)
		b.stmts(s, st.Else)
	case *syntax.ForStmt:
		b.expr(s, st.Iter)
		b.target(s, st.Target)
		b.stmts(s, st.Body)
		b.stmts(s, st.Else)
	case *syntax.WithStmt:
		for _, it := range st.Items {
			b.expr(s, it.X)
			if it.Target != nil {
				b.target(s, it.Target)
			}
		}
		b.stmts(s, st.Body)
	case *syntax.TryStmt:
		b.stmts(s, st.Body)
		for _, h := range st.Handlers {
			if h.Type != nil {
				b.expr(s, h.Type)
			}
			if h.Name != nil {
				b.bind(s, h.Name.Name)
			}
			b.stmts(s, h.Body)
		}
		b.stmts(s, st.Else)
		b.stmts(s, st.Finally)
	case *syntax.FuncDef:
		for _, d := range st.Decorators {
			b.expr(s, d)
		}
		b.params(s, st.Params)
		fs := newScope(funcScope, s)
		b.add(st, fs)
		b.paramNames(fs, st.Params)
		b.stmts(fs, st.Body)
		b.bind(s, st.Name.Name)
	case *syntax.ClassDef:
		for _, d := range st.Decorators {
			b.expr(s, d)
		}
		cs := newScope(classScope, s)
		b.add(st, cs)
		b.stmts(cs, st.Body)
		b.bind(s, st.Name.Name)
	}
}

// params walks defaults, which are evaluated in the defining scope.
func (b *binder) params(s *scope, p *syntax.Params) {
	if p == nil {
		return
	}
	for _, list := range [][]*syntax.Param{p.PosOnly, p.Args, p.KwOnly} {
		for _, pa := range list {
			if pa.Default != nil {
				b.expr(s, pa.Default)
			}
		}
	}
}

func (b *binder) paramNames(fs *scope, p *syntax.Params) {
	if p == nil {
		return
	}
	for _, list := range [][]*syntax.Param{p.PosOnly, p.Args, p.KwOnly} {
		for _, pa := range list {
			addName(&fs.bound, pa.Name.Name)
		}
	}
	if p.Vararg != nil {
		addName(&fs.bound, p.Vararg.Name.Name)
	}
	if p.Kwarg != nil {
		addName(&fs.bound, p.Kwarg.Name.Name)
	}
}

func (b *binder) target(s *scope, t syntax.Expr) {
	switch t := t.(type) {
	case *syntax.Ident:
		b.bind(s, t.Name)
	case *syntax.TupleExpr:
		for _, e := range t.Elts {
			b.target(s, e)
		}
	case *syntax.ListExpr:
		for _, e := range t.Elts {
			b.target(s, e)
		}
	case *syntax.StarredExpr:
		b.target(s, t.X)
	case *syntax.AttrExpr:
		b.expr(s, t.X)
	case *syntax.SubscriptExpr:
		b.expr(s, t.X)
		b.expr(s, t.Index)
	}
}

func (b *binder) exprs(s *scope, list ...syntax.Expr) {
	for _, e := range list {
		if e != nil {
			b.expr(s, e)
		}
	}
}

func (b *binder) expr(s *scope, e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.Ident:
		s.use(e.Name)
	case *syntax.StringExpr:
		for _, p := range e.Parts {
			b.fstring(s, p.Elems)
		}
	case *syntax.BoolExpr:
		b.exprs(s, e.Values...)
	case *syntax.NamedExpr:
		b.expr(s, e.Value)
		t := s
		for t.kind == compScope {
			t = t.parent
		}
		if t != s {
			// The target lives in the enclosing function; the comprehension
			// reads it as a free variable or a global.
			s.use(e.Target.Name)
		}
		b.bind(t, e.Target.Name)
	case *syntax.BinaryExpr:
		b.exprs(s, e.X, e.Y)
	case *syntax.UnaryExpr:
		b.expr(s, e.X)
	case *syntax.LambdaExpr:
		b.params(s, e.Params)
		fs := newScope(funcScope, s)
		b.add(e, fs)
		b.paramNames(fs, e.Params)
		b.expr(fs, e.Body)
	case *syntax.CondExpr:
		b.exprs(s, e.Test, e.Body, e.Else)
	case *syntax.DictExpr:
		for _, it := range e.Items {
			b.exprs(s, it.Key, it.Value)
		}
	case *syntax.SetExpr:
		b.exprs(s, e.Elts...)
	case *syntax.ListExpr:
		b.exprs(s, e.Elts...)
	case *syntax.TupleExpr:
		b.exprs(s, e.Elts...)
	case *syntax.CompExpr:
		// The first iterable is evaluated in the enclosing scope.
		b.expr(s, e.For[0].Iter)
		cs := newScope(compScope, s)
		b.add(e, cs)
		for i, c := range e.For {
			if i > 0 {
				b.expr(cs, c.Iter)
			}
			b.target(cs, c.Target)
			b.exprs(cs, c.Ifs...)
		}
		b.exprs(cs, e.Elt, e.Value)
	case *syntax.AwaitExpr:
		b.expr(s, e.X)
	case *syntax.CompareExpr:
		b.expr(s, e.X)
		b.exprs(s, e.Ys...)
	case *syntax.CallExpr:
		b.expr(s, e.Fn)
		b.exprs(s, e.Args...)
		for _, k := range e.Keywords {
			b.expr(s, k.Value)
		}
	case *syntax.AttrExpr:
		b.expr(s, e.X)
	case *syntax.SubscriptExpr:
		b.exprs(s, e.X, e.Index)
	case *syntax.SliceExpr:
		b.exprs(s, e.Lo, e.Hi, e.Step)
	case *syntax.StarredExpr:
		b.expr(s, e.X)
	}
}

func (b *binder) fstring(s *scope, elems []syntax.FStringElem) {
	for _, el := range elems {
		if f, ok := el.(*syntax.FStringField); ok {
			b.expr(s, f.X)
			b.fstring(s, f.Spec)
		}
	}
}

// resolveFree decides, for every function and class scope, which used
// names come from an enclosing function (free here, cells there). A class
// body reads such a name from the cell only when it does not bind the name
// itself (CPython's LOAD_CLASSDEREF finds nothing in the namespace then).
func resolveFree(s *scope) {
	for _, c := range s.children {
		resolveFree(c)
	}
	if s.kind == moduleScope {
		return
	}
	var need map[string]bool
	for n := range s.used {
		if !s.bound[n] && !s.global[n] {
			addName(&need, n)
		}
	}
	for n := range s.nonlocal {
		addName(&need, n)
		delete(s.bound, n)
	}
	for n := range s.free {
		if !s.bound[n] {
			addName(&need, n)
		}
	}
	for n := range need {
		for p := s.parent; p != nil; p = p.parent {
			if p.kind == classScope {
				continue
			}
			if p.kind == moduleScope || p.global[n] {
				break
			}
			if p.bound[n] || p.nonlocal[n] {
				addName(&s.free, n)
				// Scopes in between (class bodies too) pass the cell on.
				for q := s.parent; q != p; q = q.parent {
					addName(&q.free, n)
				}
				if p.bound[n] {
					addName(&p.cells, n)
				}
				break
			}
		}
	}
}
