package analysis

import (
	"strings"

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

// resolution is the result of name resolution for one file.
type resolution struct {
	module  *scope
	lambdas map[*syntax.LambdaExpr]*scope // the scope of each lambda, made on first use (lambdaScope)
	refs    map[*syntax.Ident]Ref         // only with Options.KeepRefs
}

// lambdaScope returns the scope of a lambda of the file, or nil. Few
// checks need it, so the map is made only when one does.
func (c *checker) lambdaScope(n *syntax.LambdaExpr) *scope {
	res, f := c.res, c.files
	if res.lambdas == nil {
		res.lambdas = map[*syntax.LambdaExpr]*scope{}
		for i := range f.nScopes {
			if sc := f.scope(int32(i)); sc.kind == functionScope {
				if lam, ok := sc.node.(*syntax.LambdaExpr); ok {
					res.lambdas[lam] = sc
				}
			}
		}
	}
	return res.lambdas[n]
}

// walker visits the tree once, scope by scope, in source order. Python
// decides that a name is local to a function from all of the function's
// assignments, so uses cannot be resolved when they are met: the walk
// records the bindings of every scope and the uses, and resolveUses
// resolves the uses once every binding is known. Checks that need
// resolved names are deferred the same way; the rest (support.go,
// runtime.go, compile.go) run during the walk.
type walker struct {
	c   *checker
	res *resolution
	f   *fileState
	// exact is set when every use must wait for all bindings: under
	// KeepRefs, where the exact binding matters, and under source-order
	// profiles, where its position does (see boundSoFar).
	exact bool

	// The walk's position for the compile-time checks: the scope of the
	// function it is in (nil at module level and in class bodies) and
	// whether a break would be inside a loop.
	fn     *scope
	inLoop bool

	awaited map[*syntax.CallExpr]bool // calls under await; made on the first

	// classFn counts the class bodies inside a function that the walk is
	// in; while it is positive, the names used in scopes nested in them
	// are kept in classUses for checkClassCaptures.
	classFn   int
	classUses []use
}

// use is an identifier to resolve once all bindings are known. It holds
// one pointer, to keep the cost of recording it low (see scope).
type use struct {
	x      syntax.Expr // the *syntax.Ident, or the *syntax.CallExpr of the called name
	s      int32       // the scope's number
	sym    symID
	report bool // a read: report it if it resolves to nothing
}

// ident returns the identifier of a use, and the call when it is the
// called name.
func (u *use) ident() (*syntax.Ident, *syntax.CallExpr) {
	if call, ok := u.x.(*syntax.CallExpr); ok {
		return call.Fn.(*syntax.Ident), call
	}
	return u.x.(*syntax.Ident), nil
}

// deferredCheck is a check that needs resolved names.
type deferredCheck struct {
	s    int32 // the scope's number
	node syntax.Node
}

// resolveNames walks the file, then resolves the uses and runs the
// deferred checks.
func (c *checker) resolveNames() {
	f := newFileState(c, c.src)
	c.files = f
	c.diags = append(f.diags[:0], c.diags...)
	res := &c.resVal
	res.module = f.newScope(moduleScope, nil, nil)
	if c.opts.KeepRefs {
		res.refs = map[*syntax.Ident]Ref{}
	}
	c.res = res
	w := &walker{c: c, res: res, f: f, exact: res.refs != nil || c.prof.Names.SourceOrderGlobals}
	w.stmts(res.module, c.file.Body)
	w.resolveUses()
	for _, d := range f.deferred {
		c.deferredChecks(w, f.scope(d.s), d.node)
	}
}

// resolveUses resolves every recorded use, reporting names that resolve to
// nothing, and checks calls of bare names.
func (w *walker) resolveUses() {
	c := w.c
	for i := range w.f.uses {
		u := &w.f.uses[i]
		id, call := u.ident()
		s := w.f.scope(u.s)
		var ref Ref
		if u.report {
			ref = c.lookup(s, id, u.sym, call != nil)
		} else {
			ref, _ = c.lookupScopes(s, u.sym)
		}
		if w.res.refs != nil {
			w.res.refs[id] = ref
		}
		if call != nil {
			c.checkCall(s, call, id, u.sym, ref, w.awaited[call]) // a nil map reads as false
		}
	}
}

func (w *walker) deferCheck(s *scope, n syntax.Node) {
	w.f.deferred = append(w.f.deferred, deferredCheck{s.idx, n})
}

// loop walks a for or while statement: its body is inside the loop, its
// else clause is not.
func (w *walker) loop(s *scope, target, head syntax.Expr, body, orelse []syntax.Stmt) {
	w.expr(s, target)
	w.expr(s, head)
	saved := w.inLoop
	w.inLoop = true
	w.stmts(s, body)
	w.inLoop = saved
	w.stmts(s, orelse)
}

// bindIdent binds a defining identifier (a def's name, an except-as
// name, a capture) in s.
func (w *walker) bindIdent(s *scope, id *syntax.Ident, node syntax.Node) *Binding {
	b := s.bind(id.Name, id.Span(), node)
	w.record(s, id, b.sym, nil, false)
	return b
}

// boundSoFar reports whether a read of sym in s already resolves to a
// binding of s or of a scope around it. Whatever the rest of the file
// binds, the read then resolves to some binding (a later binding in s
// only makes it local instead), and a read that resolves to a binding is
// never reported, nor is a call of one checked; so most reads need no
// second look. Not when w.exact.
//
// The bindings of the scopes the walk is in are chained per symbol,
// innermost first (symbols.link), so the answer is usually the first
// link; names some global or nonlocal statement declares take the long
// way, scope by scope.
func (w *walker) boundSoFar(s *scope, sym symID) bool {
	if w.exact {
		return false
	}
	syms := &w.f.syms
	if syms.flags[sym]&symDeclared != 0 {
		return w.boundSoFarDeclared(s, sym)
	}
	for i := syms.top[sym]; i != 0; {
		b := w.f.binding(i - 1)
		if b.scopeKind == classScope && b.scope != s.idx {
			i = b.outer
			continue
		}
		return b.scopeDepth <= s.depth
	}
	return false
}

func (w *walker) boundSoFarDeclared(s *scope, sym symID) bool {
	name := w.f.syms.names[sym]
	for p, first := s, true; p != nil; p, first = p.parent, false {
		if p.kind == classScope && !first {
			continue
		}
		if p.globals[name] || p.nonlocal[name] {
			return false // let the full lookup follow the declaration
		}
		if w.f.binds.get(p, sym) >= 0 {
			return true
		}
	}
	return false
}

// inputOrBuiltin resolves, during the walk, a read of an input or a
// builtin that nothing has bound so far. A later binding could still
// shadow it, but a read that resolves to a binding is not reported either,
// and nothing is checked on a read of an input or builtin; only calls,
// whose checks depend on what is called, must wait. As boundSoFar, not
// when w.exact.
func (w *walker) inputOrBuiltin(sym symID) bool {
	if w.exact {
		return false
	}
	fl := &w.f.syms.flags[sym]
	if *fl&symInput != 0 {
		w.c.useInput(fl, w.f.syms.names[sym])
		return true
	}
	return *fl&symBuiltin != 0
}

// uncheckedBuiltin reports, during the walk, a call of a builtin that
// checkBuiltinCall has nothing to check on and that is no input: whatever
// the name resolves to (the builtin, or a binding found later), nothing
// is reported or recorded for the call itself. As boundSoFar, not when
// w.exact.
func (w *walker) uncheckedBuiltin(sym symID) bool {
	return !w.exact && w.f.syms.flags[sym]&(symBuiltin|symCallChecked|symInput) == symBuiltin
}

// record adds a use to resolve later. Only reads are needed for the
// diagnostics; with KeepRefs every identifier is kept.
func (w *walker) record(s *scope, id *syntax.Ident, sym symID, call *syntax.CallExpr, read bool) {
	if read || call != nil || w.res.refs != nil {
		var x syntax.Expr = id
		if call != nil {
			x = call
		}
		w.f.uses = append(w.f.uses, use{x: x, s: s.idx, sym: sym, report: read})
	}
}

func (w *walker) globalStmt(s *scope, stmt syntax.Stmt, names []*syntax.Ident, global bool) {
	for _, id := range names {
		w.c.checkDeclaration(w, s, stmt, id, global)
		s.declare(id.Name, global)
	}
	w.deferCheck(s, stmt)
}

func (w *walker) importStmt(s *scope, n *syntax.ImportStmt) {
	for _, a := range n.Names {
		if a.AsName != nil {
			w.c.noteImport(w.bindIdent(s, a.AsName, n), a.Name, "")
			continue
		}
		name, _, _ := strings.Cut(a.Name, ".")
		b := s.bind(name, a.Span(), n)
		w.c.noteImport(b, name, "")
	}
	w.c.checkImport(n)
}

func (w *walker) importFrom(s *scope, n *syntax.ImportFromStmt) {
	for _, a := range n.Names {
		switch {
		case a.Name == "*":
			w.bindStar(s, n)
		case a.AsName != nil:
			b := w.bindIdent(s, a.AsName, n)
			if n.Level == 0 {
				w.c.noteImport(b, n.Module, a.Name)
			}
		default:
			b := s.bind(a.Name, a.Span(), n)
			if n.Level == 0 {
				w.c.noteImport(b, n.Module, a.Name)
			}
		}
	}
	w.c.checkImportFrom(n)
}

// bindStar binds the names a star import of a known module provides,
// so that the uses are not reported as undefined on top of the import.
func (w *walker) bindStar(s *scope, n *syntax.ImportFromStmt) {
	mod, ok := w.c.prof.Module(n.Module)
	if !ok || n.Level > 0 {
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
	w.params(fs, n.Params, n.Name.Span())
	w.bindIdent(s, n.Name, n)
	savedFn, savedLoop := w.fn, w.inLoop
	w.fn, w.inLoop = fs, false // a function body starts outside any loop
	w.stmts(fs, n.Body)
	w.fn, w.inLoop = savedFn, savedLoop
	w.closeScope(fs)
}

// decorators resolves decorator expressions, unless the profile says the
// target Monty ignores decorators: it then never evaluates them either.
func (w *walker) decorators(s *scope, list []syntax.Expr) {
	if len(list) == 0 {
		return
	}
	if _, ignored := w.c.prof.Behaviour("decorator-ignored"); !ignored {
		w.exprs(s, list)
	}
}

func (w *walker) lambda(s *scope, n *syntax.LambdaExpr) {
	w.defaults(s, n.Params)
	fs := w.openScope(s, functionScope, n)
	w.params(fs, n.Params, source.Span{Start: n.Start, End: n.Start + source.Offset(len("lambda"))})
	savedFn, savedLoop := w.fn, w.inLoop
	w.fn, w.inLoop = fs, false
	w.expr(fs, n.Body)
	w.fn, w.inLoop = savedFn, savedLoop
	w.closeScope(fs)
}

func (w *walker) classDef(s *scope, n *syntax.ClassDef) {
	w.decorators(s, n.Decorators)
	w.exprs(s, n.Bases)
	for _, k := range n.Keywords {
		w.expr(s, k.Value)
	}
	cs := w.openScope(s, classScope, n)
	w.bindIdent(s, n.Name, n)
	inFn := w.fn != nil
	if inFn {
		w.classFn++
		w.deferCheck(cs, n)
	}
	savedFn, savedLoop := w.fn, w.inLoop
	w.fn, w.inLoop = nil, false
	w.stmts(cs, n.Body)
	w.fn, w.inLoop = savedFn, savedLoop
	if inFn {
		w.classFn--
	}
	w.closeScope(cs)
}

// comp: the first iterable is evaluated in the enclosing scope; targets,
// conditions, later iterables and the element in the comprehension's own.
// The comprehension's scope opens after the first iterable, so that the
// walk is always in the innermost open scope (see boundSoFar).
func (w *walker) comp(s *scope, n *syntax.CompExpr) {
	if st, ok := n.Elt.(*syntax.StarredExpr); ok {
		// CPython's compiler refuses it too ("iterable unpacking cannot be
		// used in comprehension").
		w.c.construct("starred-comprehension", st.Span())
	}
	var cs *scope
	for i, f := range n.For {
		if f.Async {
			w.c.construct("async-comprehension", f.Span())
		}
		w.c.checkTarget(f.Target, true)
		if i == 0 {
			w.expr(s, f.Iter)
			cs = w.openScope(s, comprehensionScope, n)
		} else {
			w.expr(cs, f.Iter)
		}
		w.expr(cs, f.Target)
		w.exprs(cs, f.Ifs)
	}
	if cs == nil { // no for clause: a parse error
		cs = w.openScope(s, comprehensionScope, n)
	}
	w.expr(cs, n.Elt)
	w.expr(cs, n.Value)
	w.deferCheck(cs, n)
	w.closeScope(cs)
}

func (w *walker) openScope(parent *scope, kind scopeKind, n syntax.Node) *scope {
	return w.f.newScope(kind, parent, n)
}

// closeScope ends the walk of a scope: its bindings stay in the table for
// the lookups after the walk, but leave the chains of boundSoFar.
func (w *walker) closeScope(sc *scope) {
	w.f.syms.unlink(w.f, sc)
}

func (w *walker) defaults(s *scope, p *syntax.Params) {
	if p == nil {
		return
	}
	for _, list := range [][]*syntax.Param{p.PosOnly, p.Args, p.KwOnly} {
		for _, prm := range list {
			w.expr(s, prm.Default)
		}
	}
}

// params binds the parameters; their annotations are never evaluated by
// Monty, so names in them are not resolved. at is where a duplicate
// parameter is reported (Monty reports the def's name).
func (w *walker) params(fs *scope, p *syntax.Params, at source.Span) {
	if p == nil {
		return
	}
	each := func(prm *syntax.Param) {
		if prm == nil || prm.Name == nil {
			return
		}
		sym := w.f.syms.intern(w.c, prm.Name.Name)
		if w.f.syms.openBinding(w.f, fs, sym) != nil {
			w.c.constructWith("duplicate-argument", at, subst{"<name>", prm.Name.Name})
		}
		b := fs.bindSym(sym, prm.Name.Name, prm.Name.Span(), nil)
		b.Param = true
		w.record(fs, prm.Name, b.sym, nil, false)
	}
	for _, list := range [][]*syntax.Param{p.PosOnly, p.Args} {
		for _, prm := range list {
			each(prm)
		}
	}
	each(p.Vararg)
	for _, prm := range p.KwOnly {
		each(prm)
	}
	each(p.Kwarg)
}

// call records the called name as a call, then walks the arguments.
func (w *walker) call(s *scope, n *syntax.CallExpr) {
	if id, ok := n.Fn.(*syntax.Ident); ok {
		w.ident(s, id, n)
	} else {
		w.expr(s, n.Fn)
		if w.c.mayNeedMethodCheck(n) {
			w.deferCheck(s, n)
		}
	}
	w.exprs(s, n.Args)
	for _, k := range n.Keywords {
		w.expr(s, k.Value)
	}
}

// ident binds a stored name and records a use to resolve later.
func (w *walker) ident(s *scope, id *syntax.Ident, call *syntax.CallExpr) {
	if w.classFn > 0 && s.kind != classScope {
		w.classUses = append(w.classUses, use{x: id, s: s.idx})
	}
	if id.Ctx == syntax.Store || id.Ctx == syntax.Del {
		b := s.bind(id.Name, id.Span(), nil)
		w.record(s, id, b.sym, call, false)
		return
	}
	sym := w.f.syms.intern(w.c, id.Name)
	if w.boundSoFar(s, sym) || call == nil && w.inputOrBuiltin(sym) || call != nil && w.uncheckedBuiltin(sym) {
		return
	}
	w.record(s, id, sym, call, id.Ctx == syntax.Load)
}

// store binds an assigned or deleted name and returns its binding.
func (w *walker) store(s *scope, id *syntax.Ident) *Binding {
	if w.classFn > 0 && s.kind != classScope {
		w.classUses = append(w.classUses, use{x: id, s: s.idx})
	}
	b := s.bind(id.Name, id.Span(), nil)
	w.record(s, id, b.sym, nil, false)
	return b
}

// lookup resolves a use of id (whose symbol is sym) in s the way Monty
// does and reports names that resolve to nothing.
func (c *checker) lookup(s *scope, id *syntax.Ident, sym symID, called bool) Ref {
	name := id.Name
	ref, later := c.lookupScopes(s, sym)
	if later != nil {
		c.reportLater(s, id, later, called)
		return ref
	}
	if ref.Kind != Unresolved {
		return ref
	}
	fl := &c.files.syms.flags[sym]
	switch {
	case *fl&symInput != 0:
		c.useInput(fl, name)
		return Ref{Kind: Input}
	case *fl&symBuiltin != 0:
		return Ref{Kind: Builtin}
	case *fl&symExternal != 0:
		c.useInput(fl, name)
		return Ref{Kind: External}
	}
	c.reportUnresolved(id, called)
	return Ref{}
}

// useInput records, once per file, that an input or an external is used.
func (c *checker) useInput(fl *symFlags, name string) {
	if *fl&symUsed == 0 {
		*fl |= symUsed
		if c.opts.SkipUsed {
			return
		}
		if c.used == nil {
			c.used = map[string]bool{}
		}
		c.used[name] = true
	}
}

// lookupName is lookupScopes for a name.
func (c *checker) lookupName(s *scope, name string) (ref Ref, later *Binding) {
	sym := c.files.syms.lookup(name)
	if sym == noSym {
		return Ref{}, nil // bound nowhere in the file
	}
	return c.lookupScopes(s, sym)
}

// lookupScopes searches the scopes from s outwards. Class bodies are
// visible only to their own statements. When the profile binds module
// names in source order (Monty 0.0.18) and the only module binding comes
// after the function using it, the binding is returned as later.
func (c *checker) lookupScopes(s *scope, sym symID) (ref Ref, later *Binding) {
	f := c.files
	if s.globals != nil && s.globals[c.files.syms.names[sym]] {
		return c.lookupModule(s, sym)
	}
	for p, first := s, true; p != nil; p, first = p.parent, false {
		if p.kind == classScope && !first {
			continue
		}
		if p.kind == moduleScope {
			return c.lookupModule(s, sym)
		}
		if b := f.bindingIn(p, sym); b != nil {
			if first {
				return Ref{Kind: Local, Binding: b}, nil
			}
			return Ref{Kind: Free, Binding: b}, nil
		}
	}
	return Ref{}, nil
}

func (c *checker) lookupModule(s *scope, sym symID) (Ref, *Binding) {
	b := c.files.bindingIn(c.res.module, sym)
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
