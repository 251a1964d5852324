package analysis

import (
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// RefKind says what a name refers to.
type RefKind uint8

// What a name can resolve to, in the order Monty looks: the scopes of
// the program, then inputs, builtins and externals. Unresolved names are
// what Monty turns into external calls (when called) or NameErrors.
const (
	Unresolved RefKind = iota
	Local              // bound in the scope of the use
	Free               // bound in an enclosing function
	Global             // bound at module level
	Input              // an input of the program
	Builtin            // a builtin of the profile
	External           // an external function declared in the stubs
)

// Ref is the resolution of one identifier.
type Ref struct {
	Kind    RefKind
	Binding *Binding // for Local, Free and Global
}

// resolution is the result of name resolution for one file, kept for the
// language server's hover, definition and references.
type resolution struct {
	module *scope
	scopes map[syntax.Node]*scope
	refs   map[*syntax.Ident]Ref
}

// walker visits the tree scope by scope. The same walk serves two passes:
// the first (declare) records every binding of every scope, because
// Python decides that a name is local to a function from all of the
// function's assignments; the second resolves every use.
type walker struct {
	c       *checker
	res     *resolution
	declare bool
	awaited map[*syntax.CallExpr]bool
}

// resolveNames runs both passes and the checks that need resolved names.
func (c *checker) resolveNames() {
	res := &resolution{module: newScope(moduleScope, nil, nil), scopes: map[syntax.Node]*scope{}, refs: map[*syntax.Ident]Ref{}}
	c.res = res
	w := &walker{c: c, res: res, declare: true}
	w.stmts(res.module, c.file.Body)
	w.declare = false
	w.awaited = map[*syntax.CallExpr]bool{}
	w.stmts(res.module, c.file.Body)
}

func (w *walker) stmts(s *scope, list []syntax.Stmt) {
	for _, st := range list {
		if st != nil {
			w.node(s, st)
		}
	}
}

func (w *walker) exprs(s *scope, list []syntax.Expr) {
	for _, e := range list {
		if e != nil {
			w.node(s, e)
		}
	}
}

// node visits n in scope s. Nodes that open a scope, bind names or hold
// identifiers that are not uses (attribute names, keywords, parameters)
// are handled here; the rest are walked generically.
func (w *walker) node(s *scope, n syntax.Node) {
	syntax.Inspect(n, func(x syntax.Node) bool {
		if x == nil {
			return false
		}
		return w.visit(s, x)
	})
}

// visit handles one node and reports whether its children still need the
// generic walk.
func (w *walker) visit(s *scope, x syntax.Node) bool {
	switch x := x.(type) {
	case *syntax.Ident:
		w.ident(s, x, false)
	case *syntax.FuncDef:
		w.funcDef(s, x)
	case *syntax.LambdaExpr:
		w.lambda(s, x)
	case *syntax.ClassDef:
		w.classDef(s, x)
	case *syntax.CompExpr:
		w.comp(s, x)
	case *syntax.CallExpr:
		w.call(s, x)
	case *syntax.AwaitExpr:
		if call, ok := x.X.(*syntax.CallExpr); ok && !w.declare {
			w.awaited[call] = true
			w.c.checkAwait(s, x, call)
		}
		return true
	case *syntax.NamedExpr:
		if w.declare {
			s.walrusScope().bind(x.Target.Name, x.Target.Span(), nil)
		} else {
			w.ident(s.walrusScope(), x.Target, false)
		}
		w.node(s, x.Value)
	case *syntax.AttrExpr:
		w.node(s, x.X)
	case *syntax.Keyword:
		w.node(s, x.Value)
	case *syntax.AnnAssignStmt:
		w.node(s, x.Target)
		if x.Value != nil {
			w.node(s, x.Value)
		}
	case *syntax.GlobalStmt:
		w.globalStmt(s, x.Names, true)
	case *syntax.NonlocalStmt:
		w.globalStmt(s, x.Names, false)
	case *syntax.ImportStmt:
		w.importStmt(s, x)
	case *syntax.ImportFromStmt:
		w.importFrom(s, x)
	case *syntax.ExceptHandler:
		if x.Type != nil {
			w.node(s, x.Type)
		}
		if x.Name != nil {
			w.bindIdent(s, x.Name, x)
		}
		w.stmts(s, x.Body)
	case *syntax.AsPattern:
		if x.Pattern != nil {
			w.node(s, x.Pattern)
		}
		if x.Name != nil {
			w.bindIdent(s, x.Name, nil)
		}
	case *syntax.StarPattern:
		if x.Name != nil {
			w.bindIdent(s, x.Name, nil)
		}
	case *syntax.MappingPattern:
		w.exprs(s, x.Keys)
		for _, p := range x.Patterns {
			w.node(s, p)
		}
		if x.Rest != nil {
			w.bindIdent(s, x.Rest, nil)
		}
	case *syntax.ClassPattern:
		w.node(s, x.Cls)
		for _, p := range x.Patterns {
			w.node(s, p)
		}
		for _, p := range x.KwdPatterns {
			w.node(s, p)
		}
	case *syntax.TypeAliasStmt:
		w.bindIdent(s, x.Name, x)
	default:
		return true
	}
	return false
}

// bindIdent binds id in the declare pass and records its resolution in
// the resolve pass.
func (w *walker) bindIdent(s *scope, id *syntax.Ident, node syntax.Node) {
	if w.declare {
		s.bind(id.Name, id.Span(), node)
		return
	}
	w.ident(s, id, false)
}

func (w *walker) globalStmt(s *scope, names []*syntax.Ident, global bool) {
	for _, id := range names {
		if w.declare {
			s.declare(id.Name, global)
		} else if global {
			w.c.checkGlobalBound(s, id)
		}
	}
}

func (w *walker) importStmt(s *scope, n *syntax.ImportStmt) {
	for _, a := range n.Names {
		if a.AsName != nil {
			w.bindIdent(s, a.AsName, n)
			continue
		}
		name := a.Name
		for i := 0; i < len(name); i++ {
			if name[i] == '.' {
				name = name[:i]
				break
			}
		}
		if w.declare {
			b := s.bind(name, a.Span(), n)
			w.c.noteImport(b, name, "")
		}
	}
	if w.declare {
		for _, a := range n.Names {
			if a.AsName != nil {
				w.c.noteImport(s.bindingScope(a.AsName.Name).bindings[a.AsName.Name], a.Name, "")
			}
		}
	} else {
		w.c.checkImport(n)
	}
}

func (w *walker) importFrom(s *scope, n *syntax.ImportFromStmt) {
	for _, a := range n.Names {
		switch {
		case a.Name == "*":
			w.bindStar(s, n)
		case a.AsName != nil:
			w.bindIdent(s, a.AsName, n)
			if w.declare && n.Level == 0 {
				w.c.noteImport(s.bindingScope(a.AsName.Name).bindings[a.AsName.Name], n.Module, a.Name)
			}
		case w.declare:
			b := s.bind(a.Name, a.Span(), n)
			if n.Level == 0 {
				w.c.noteImport(b, n.Module, a.Name)
			}
		}
	}
	if !w.declare {
		w.c.checkImportFrom(n)
	}
}

// bindStar binds the names a star import of a known module provides,
// so that the uses are not reported as undefined on top of the import.
func (w *walker) bindStar(s *scope, n *syntax.ImportFromStmt) {
	mod, ok := w.c.prof.Module(n.Module)
	if !w.declare || !ok || n.Level > 0 {
		return
	}
	for name := range mod.Attrs {
		b := s.bind(name, n.Span(), n)
		w.c.noteImport(b, n.Module, name)
	}
}

// funcDef: decorators and defaults belong to the enclosing scope, the
// parameters and body to the function's own.
func (w *walker) funcDef(s *scope, n *syntax.FuncDef) {
	w.decorators(s, n.Decorators)
	w.defaults(s, n.Params)
	fs := w.openScope(s, functionScope, n)
	w.params(fs, n.Params)
	w.bindIdent(s, n.Name, n)
	w.stmts(fs, n.Body)
}

// decorators resolves decorator expressions, unless the profile says the
// target Monty ignores decorators: it then never evaluates them either.
func (w *walker) decorators(s *scope, list []syntax.Expr) {
	if _, ignored := w.c.prof.Behaviour("decorator-ignored"); !ignored {
		w.exprs(s, list)
	}
}

func (w *walker) lambda(s *scope, n *syntax.LambdaExpr) {
	w.defaults(s, n.Params)
	fs := w.openScope(s, functionScope, n)
	w.params(fs, n.Params)
	w.node(fs, n.Body)
}

func (w *walker) classDef(s *scope, n *syntax.ClassDef) {
	w.decorators(s, n.Decorators)
	w.exprs(s, n.Bases)
	for _, k := range n.Keywords {
		w.node(s, k.Value)
	}
	cs := w.openScope(s, classScope, n)
	w.bindIdent(s, n.Name, n)
	w.stmts(cs, n.Body)
}

// comp: the first iterable is evaluated in the enclosing scope; targets,
// conditions, later iterables and the element in the comprehension's own.
func (w *walker) comp(s *scope, n *syntax.CompExpr) {
	cs := w.openScope(s, comprehensionScope, n)
	for i, f := range n.For {
		if i == 0 {
			w.node(s, f.Iter)
		} else {
			w.node(cs, f.Iter)
		}
		w.node(cs, f.Target)
		w.exprs(cs, f.Ifs)
	}
	w.node(cs, n.Elt)
	if n.Value != nil {
		w.node(cs, n.Value)
	}
	if !w.declare {
		w.c.checkComprehension(cs, n)
	}
}

// openScope creates the scope of n in the declare pass and finds it again
// in the resolve pass.
func (w *walker) openScope(parent *scope, kind scopeKind, n syntax.Node) *scope {
	if w.declare {
		sc := newScope(kind, parent, n)
		w.res.scopes[n] = sc
		return sc
	}
	return w.res.scopes[n]
}

func (w *walker) defaults(s *scope, p *syntax.Params) {
	if p == nil {
		return
	}
	for _, list := range [][]*syntax.Param{p.PosOnly, p.Args, p.KwOnly} {
		for _, prm := range list {
			if prm.Default != nil {
				w.node(s, prm.Default)
			}
		}
	}
}

// params binds the parameters; their annotations are never evaluated by
// Monty, so names in them are not resolved.
func (w *walker) params(fs *scope, p *syntax.Params) {
	if p == nil {
		return
	}
	each := func(prm *syntax.Param) {
		if prm == nil || prm.Name == nil {
			return
		}
		if w.declare {
			fs.bind(prm.Name.Name, prm.Name.Span(), nil).Param = true
		} else {
			w.ident(fs, prm.Name, false)
		}
	}
	for _, list := range [][]*syntax.Param{p.PosOnly, p.Args, p.KwOnly} {
		for _, prm := range list {
			each(prm)
		}
	}
	each(p.Vararg)
	each(p.Kwarg)
}

// call resolves the called name with the knowledge that it is called,
// then walks the arguments.
func (w *walker) call(s *scope, n *syntax.CallExpr) {
	if id, ok := n.Fn.(*syntax.Ident); ok {
		w.ident(s, id, true)
		if !w.declare {
			w.c.checkCall(s, n, id, w.awaited[n])
		}
	} else {
		w.node(s, n.Fn)
		if !w.declare {
			w.c.checkMethodCall(s, n)
		}
	}
	w.exprs(s, n.Args)
	for _, k := range n.Keywords {
		w.node(s, k.Value)
	}
}

// ident binds a stored name (declare pass) or resolves any name (resolve
// pass).
func (w *walker) ident(s *scope, id *syntax.Ident, called bool) {
	if w.declare {
		if id.Ctx == syntax.Store || id.Ctx == syntax.Del {
			s.bind(id.Name, id.Span(), nil)
		}
		return
	}
	if id.Ctx != syntax.Load {
		ref, _ := w.c.lookupScopes(s, id.Name, id.Start)
		w.res.refs[id] = ref
		return
	}
	w.res.refs[id] = w.c.lookup(s, id, called)
}

// lookup resolves a use of id in s the way Monty does and reports names
// that resolve to nothing.
func (c *checker) lookup(s *scope, id *syntax.Ident, called bool) Ref {
	name := id.Name
	ref, later := c.lookupScopes(s, name, id.Start)
	if ref.Binding != nil {
		ref.Binding.used = true
	}
	if later != nil {
		c.reportLater(s, id, later, called)
		return ref
	}
	if ref.Kind != Unresolved {
		return ref
	}
	switch {
	case c.inputs[name]:
		c.used[name] = true
		return Ref{Kind: Input}
	case c.prof.HasBuiltin(name):
		return Ref{Kind: Builtin}
	case c.decls.Funcs[name] != nil:
		c.used[name] = true
		return Ref{Kind: External}
	}
	c.reportUnresolved(id, called)
	return Ref{}
}

// lookupScopes searches the scopes from s outwards. Class bodies are
// visible only to their own statements. When the profile binds module
// names in source order (Monty 0.0.18) and the only module binding comes
// after the function using it, the binding is returned as later.
func (c *checker) lookupScopes(s *scope, name string, use source.Offset) (ref Ref, later *Binding) {
	if s.globals[name] {
		return c.lookupModule(s, name)
	}
	for p, first := s, true; p != nil; p, first = p.parent, false {
		if p.kind == classScope && !first {
			continue
		}
		if p.kind == moduleScope {
			return c.lookupModule(s, name)
		}
		if b := p.bindings[name]; b != nil {
			if first {
				return Ref{Kind: Local, Binding: b}, nil
			}
			return Ref{Kind: Free, Binding: b}, nil
		}
	}
	return Ref{}, nil
}

func (c *checker) lookupModule(s *scope, name string) (Ref, *Binding) {
	b := c.res.module.bindings[name]
	if b == nil {
		return Ref{}, nil
	}
	ref := Ref{Kind: Global, Binding: b}
	if c.prof.Names.SourceOrderGlobals {
		if start := s.outerFunctionStart(); start >= 0 && (b.first < 0 || b.first > start) {
			return ref, b
		}
	}
	return ref, nil
}
