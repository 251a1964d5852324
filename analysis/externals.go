package analysis

import (
	"fmt"

	"github.com/monty-tools/monty-tools/stubs"
	"github.com/monty-tools/monty-tools/syntax"
)

// checkCall checks a call of a bare name: the arguments of a declared
// external against its stub, a missing await on an async external, and
// external calls inside callbacks of builtins.
func (c *checker) checkCall(s *scope, call *syntax.CallExpr, id *syntax.Ident, sym symID, ref Ref, awaited bool) {
	switch ref.Kind {
	case External:
		fn := c.externalFunc(sym, id.Name)
		c.checkExternalArgs(call, fn)
		if fn.Async && !awaited && c.asyncExternalsAwaitable() {
			c.checkMissingAwait(call, fn)
		}
	case Builtin:
		c.checkBuiltinCall(s, call, id.Name)
	}
}

// externalFunc returns the stub of the external function name, whose
// symbol is sym, looked up once per file.
func (c *checker) externalFunc(sym symID, name string) *stubs.Func {
	if c.extFuncs == nil {
		c.extFuncs = make([]*stubs.Func, len(c.files.syms.names))
	}
	if int(sym) >= len(c.extFuncs) {
		return c.decls.Funcs[name]
	}
	fn := c.extFuncs[sym]
	if fn == nil {
		fn = c.decls.Funcs[name]
		c.extFuncs[sym] = fn
	}
	return fn
}

// asyncExternalsAwaitable reports whether the target host completes async
// externals as awaitables; the 0.0.18 JavaScript host returns their value
// directly, so `await` on them fails there.
func (c *checker) asyncExternalsAwaitable() bool {
	_, fails := c.prof.FailsAtRuntime("await-external")
	return !fails
}

func (c *checker) checkExternalArgs(call *syntax.CallExpr, fn *stubs.Func) {
	if acceptsAnything(fn) {
		return
	}
	var ca stubs.Call
	for _, a := range call.Args {
		if _, ok := a.(*syntax.StarredExpr); ok {
			ca.HasStarArgs = true
			continue
		}
		ca.NumPositional++
	}
	for _, k := range call.Keywords {
		if k.Name == nil {
			ca.HasStarStarKwargs = true
			continue
		}
		ca.Keywords = append(ca.Keywords, k.Name.Name)
	}
	for _, p := range fn.CheckCall(ca) {
		span := call.Span()
		if p.Keyword != "" {
			for _, k := range call.Keywords {
				if k.Name != nil && k.Name.Name == p.Keyword {
					span = k.Span()
				}
			}
		}
		c.report(span, "external-call-arguments", fmt.Sprintf("%s (stub: %s)", p.Message, fn.Signature()))
	}
}

// checkMissingAwait reports an async external whose result is used as if
// it were a value: dropped, or operated on. Calls whose coroutine is kept
// (assigned, passed to asyncio.gather) may be awaited later.
func (c *checker) checkMissingAwait(call *syntax.CallExpr, fn *stubs.Func) {
	if !c.droppedOrOperated[call] {
		return
	}
	c.report(call.Span(), "missing-await", fmt.Sprintf("%s is an async external function: without await this is a coroutine, not its result", fn.Name))
}

// checkAwait reports await on an external: on a sync one (the value is not
// awaitable), or on any external when the host completes externals
// synchronously.
func (c *checker) checkAwait(s *scope, aw *syntax.AwaitExpr, call *syntax.CallExpr) {
	id, ok := call.Fn.(*syntax.Ident)
	if !ok {
		return
	}
	ref, later := c.lookupName(s, id.Name)
	if ref.Kind != Unresolved || later != nil || c.isInput(id.Name) || c.prof.HasBuiltin(id.Name) {
		return
	}
	fn := c.decls.Funcs[id.Name]
	if fn == nil {
		return
	}
	if !c.asyncExternalsAwaitable() {
		c.construct("await-external", aw.Span())
		return
	}
	if !fn.Async {
		c.report(aw.Span(), "await-sync-external", fmt.Sprintf("%s is declared without async in the stubs: its result cannot be awaited", fn.Name))
	}
}

// acceptsAnything reports whether a stub signature takes any call:
// `def f(*args, **kwargs)` with no other parameter and no overloads.
func acceptsAnything(fn *stubs.Func) bool {
	if len(fn.Overloads) > 0 {
		return false
	}
	var pos, kw bool
	for _, p := range fn.Params {
		switch p.Kind {
		case stubs.VarPos:
			pos = true
		case stubs.VarKw:
			kw = true
		default:
			return false
		}
	}
	return pos && kw
}
