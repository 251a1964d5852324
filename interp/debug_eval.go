package interp

import (
	"fmt"
	"strings"

	"github.com/monty-tools/monty-tools/syntax"
)

// Eval evaluates a Python expression in frame i (0 is the innermost) of a
// paused run, as a debugger's watch or console does. The expression sees
// the frame's variables (read as they are now: assigning to them, with
// a walrus, changes only the evaluation's copy), the program's globals
// and the builtins, and may call the program's functions, which run
// without debugger events. External functions are not called: a call
// raises RuntimeError. Statements are not accepted.
func (p *Paused) Eval(i int, expr string) (result Value, err error) {
	f, err := p.frame(i)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(expr) == "" {
		return nil, fmt.Errorf("empty expression")
	}
	var names []string
	var vals []Value
	if !f.code.isModule {
		names, vals = frameVars(f)
	}
	g := p.g
	code, err := g.compileEval(expr, names)
	if err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			result, err = nil, fmt.Errorf("interp: internal error evaluating %q: %v", expr, r)
		}
	}()
	t := g.t
	fr := t.newFrame(code, nil)
	copy(fr.slots, vals)
	fr.base = true
	g.busy++
	defer func() { g.busy-- }()
	return t.run(fr)
}

// frameVars lists a function frame's variables as the evaluation's
// parameters: locals, then closure variables (whose cell wins when a
// parameter is also a cell), then a class body's namespace.
func frameVars(f *Frame) ([]string, []Value) {
	idx := map[string]int{}
	var names []string
	var vals []Value
	add := func(n string, v Value) {
		if strings.HasPrefix(n, ".") || !isIdent(n) {
			return
		}
		if k, ok := idx[n]; ok {
			vals[k] = v
			return
		}
		idx[n] = len(names)
		names = append(names, n)
		vals = append(vals, v)
	}
	for j, n := range f.code.locNames {
		if j < len(f.slots) && f.slots[j] != nil {
			add(n, f.slots[j])
		}
	}
	for j, n := range f.code.cellNames {
		if j < len(f.cells) && f.cells[j] != nil {
			add(n, f.cells[j].V)
		}
	}
	if f.ns != nil {
		for _, k := range f.ns.Keys() {
			if s, ok := k.(Str); ok {
				v, _, _ := f.ns.Get(k)
				add(string(s), v)
			}
		}
	}
	return names, vals
}

func isIdent(s string) bool {
	for i, c := range s {
		if !(c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80 || i > 0 && '0' <= c && c <= '9') {
			return false
		}
	}
	return s != ""
}

// compileEval compiles expr as the body of a function whose parameters
// are names, against the run's global table. Globals the program never
// named (a builtin it did not use) get new slots in this run.
func (g *debugger) compileEval(expr string, names []string) (code *Code, err error) {
	defer func() {
		if r := recover(); r != nil {
			code, err = nil, fmt.Errorf("cannot evaluate %q: %v", expr, r)
		}
	}()
	src := "def __debug_eval__(" + strings.Join(names, ", ") + "):\n    return (" + expr + "\n)\n"
	f, errs := syntax.Parse("<debug>", []byte(src), 0)
	if len(errs) > 0 {
		return nil, fmt.Errorf("SyntaxError: %s", montySyntaxMessage(errs[0].Msg))
	}
	var fd *syntax.FuncDef
	if len(f.Body) == 1 {
		fd, _ = f.Body[0].(*syntax.FuncDef)
	}
	if fd == nil || len(fd.Body) != 1 {
		return nil, fmt.Errorf("SyntaxError: not one expression")
	}
	if _, ok := fd.Body[0].(*syntax.ReturnStmt); !ok {
		return nil, fmt.Errorf("SyntaxError: not one expression")
	}
	t := g.t
	prog := t.prog
	c := &compiler{file: f, externals: prog.externals}
	if prog.globals != nil { // else globalSlot searches gnames
		c.globals = make(map[string]int, len(prog.globals))
		for k, v := range prog.globals {
			c.globals[k] = v
		}
	}
	c.gnames = append([]string(nil), prog.gnames...)
	c.ss = buildScopes(f)
	c.inputs, c.prof = newNameSet(prog.inputs), prog.prof
	sub := c.newFcomp("<debug>", c.ss.of[fd])
	for _, n := range names {
		sub.local(n)
	}
	sub.code.npos = len(names)
	sub.setupCells()
	sub.span = fd.Span()
	sub.stmts(fd.Body)
	sub.emit(opLoadNone, 0)
	sub.emit(opReturn, 0)
	sub.finish()
	if c.err != nil {
		return nil, c.err
	}
	if len(c.gnames) > len(prog.gnames) {
		g.growGlobals(c.globals, c.gnames)
	}
	return sub.code, nil
}

// growGlobals gives this run a global table with the names an evaluation
// added, bound as a fresh run would bind them. The Program is shared, so
// the run gets its own copy of it.
func (g *debugger) growGlobals(globals map[string]int, gnames []string) {
	t := g.t
	t.prog.lines() // made now, so that copying the Program reads it safely
	np := *t.prog
	np.globals, np.gnames = globals, gnames
	for _, n := range gnames[len(t.globals):] {
		v := unbound
		if b, ok := builtinImpls[n]; ok && np.prof.HasBuiltin(n) {
			v = b
		} else if np.externals[n] {
			v = &ExternalFn{Name: n}
		}
		t.globals = append(t.globals, v)
	}
	t.prog = &np
}
