package interp

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/big"
	"sort"
	"strings"
	"sync/atomic"
	"unsafe"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/profile"
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// CompileOptions configure Compile.
type CompileOptions struct {
	Profile   *profile.Profile // nil means the newest (default) profile
	Inputs    []string         // names the host provides as global values
	Externals []string         // functions the host provides
	// SkipChecks skips the profile check for constructs Monty rejects
	// (for benchmarks of already-checked programs).
	SkipChecks bool
	// Debug compiles a line event before each statement, which a
	// RunConfig.Debugger receives (debug.go); without it a program pays
	// nothing for debugging.
	Debug bool
}

// RunConfig configures one run.
type RunConfig struct {
	Inputs    map[string]Value
	Stdout    io.Writer
	Externals ExternalFunc
	// Limits bound the run (limits.go); the zero value has only Monty's
	// default recursion depth.
	Limits Limits
	// Usage, when not nil, receives what the run consumed.
	Usage *Usage
	// Debugger, when not nil, follows a program compiled with
	// CompileOptions.Debug: statements, external calls, exceptions.
	Debugger Debugger
	// Funcs are Go functions for external calls (embed.go); a call to a
	// name they lack goes to Externals.
	Funcs Funcs
	step  *stepRun // set by Program.Start and LoadSnapshot
}

// ExternalFunc calls a host function. It is called with the name the
// program called; returning an *ExcValue (see NewException) raises it in
// the program.
type ExternalFunc func(name string, args []Value, kwargs []KeywordArg) (Value, error)

// Program is a compiled program; it can be run any number of times,
// concurrently.
type Program struct {
	filename string
	src      []byte
	lineIdx  *source.Lines // made on first use, read and set atomically: see lines
	prof     *profile.Profile
	code     *Code
	globals  map[string]int // nil for a program with few globals: see globalIndex
	gnames   []string
	inputs   []string
	// initGlobals is the global table at the start of a run: builtins
	// filled in, everything else unbound.
	initGlobals []Value
	externals   map[string]bool
	opt         CompileOptions // as given, for snapshots
	ncache      int            // inline cache entries a run needs (attrcache.go)
}

// Compile parses and compiles a program. Syntax errors and constructs the
// profile's Monty rejects come back as *CompileError with Monty's message
// and the position.
func Compile(filename string, src []byte, opt CompileOptions) (prog *Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			prog, err = nil, fmt.Errorf("interp: internal error compiling %s: %v", filename, r)
		}
	}()
	prof := opt.Profile
	if prof == nil {
		prof = profile.Default()
	}
	f, errs := syntax.Parse(filename, src, 0)
	p := &Program{filename: filename, src: f.Src, prof: prof, inputs: opt.Inputs}
	p.opt = opt
	if len(opt.Externals) > 0 { // reading the nil map is fine
		p.externals = make(map[string]bool, len(opt.Externals))
	}
	for _, e := range opt.Externals {
		p.externals[e] = true
	}
	if len(errs) > 0 {
		e := errs[0]
		return nil, p.compileError(e.Span, "SyntaxError", montySyntaxMessage(e.Msg))
	}
	if sp, deep := deepNode(f); deep {
		return nil, p.compileErrorIn(f, sp, "SyntaxError", tooDeep)
	}
	if off, deep := deepParens(f.Src); deep {
		return nil, p.compileErrorIn(f, source.Span{Start: off, End: off + 1}, "SyntaxError", tooDeep)
	}
	if !opt.SkipChecks {
		if err := p.checkRejected(f, opt); err != nil {
			return nil, err
		}
	}
	c := newCompiler(f, p, opt)
	defer c.release()
	c.ss = buildScopesIn(f, &c.scopeBuf)
	for _, n := range opt.Inputs {
		c.globalSlot(n)
	}
	inputs := newNameSet(opt.Inputs)
	c.inputs, c.prof = inputs, prof
	fc := &c.top
	c.startFcomp(fc, "<module>", c.ss.mod)
	fc.code.isModule = true
	fc.code.Qualname = "<module>"
	fc.span = f.Span()
	for i, st := range f.Body {
		if es, ok := st.(*syntax.ExprStmt); ok && i == len(f.Body)-1 {
			fc.debugLine(es, lineStmt)
			fc.expr(es.X)
			fc.at(es, false)
			fc.emit(opSetResult, 0)
			continue
		}
		fc.stmt(st)
	}
	fc.emit(opLoadNone, 0)
	fc.emit(opReturn, 0)
	fc.finish()
	if ce, ok := c.err.(*CompileError); ok && ce.traceback == "" {
		return nil, p.compileErrorIn(f, c.errSpan, ce.Type, ce.Msg)
	}
	if c.err != nil {
		return nil, c.err
	}
	p.code = fc.code
	p.ncache = c.ncache
	p.globals = c.globals
	p.gnames = append([]string(nil), c.gnames...) // c.gnames is the pooled compiler's
	p.initGlobals = make([]Value, len(c.gnames))
	for i, n := range c.gnames {
		p.initGlobals[i] = unbound
		if v, ok := builtinImpls[n]; ok && prof.HasBuiltin(n) {
			p.initGlobals[i] = v
		} else if p.externals[n] && !inputs.has(n) {
			p.initGlobals[i] = &ExternalFn{Name: n}
		}
	}
	return p, nil
}

// lines returns the line index of the source, made when first needed (a
// traceback, an error, the debugger): a program that runs without one
// never pays for it. Concurrent runs may race to make it; one wins. (A
// plain pointer rather than an atomic.Pointer, so that the debugger may
// copy a Program: it calls lines first, after which the field is only
// read.)
func (p *Program) lines() *source.Lines {
	ptr := (*unsafe.Pointer)(unsafe.Pointer(&p.lineIdx))
	if l := atomic.LoadPointer(ptr); l != nil {
		return (*source.Lines)(l)
	}
	atomic.CompareAndSwapPointer(ptr, nil, unsafe.Pointer(source.NewLines(p.src)))
	return (*source.Lines)(atomic.LoadPointer(ptr))
}

func (p *Program) compileError(sp source.Span, typ, msg string) *CompileError {
	return p.compileErrorIn(nil, sp, typ, msg)
}

// compileErrorIn builds the error for a construct rejected at sp. With the
// file, the traceback shows the statement holding sp as Monty does: a
// compound statement whole, a simple one underlined.
func (p *Program) compileErrorIn(f *syntax.File, sp source.Span, typ, msg string) *CompileError {
	var stmt syntax.Stmt
	if f != nil {
		stmt = innermostStmt(f, sp.Start)
	}
	// The error's position is the construct's; the traceback shows a
	// compound statement from its first line.
	pos := p.lines().Pos(p.src, sp.Start)
	ce := &CompileError{File: p.filename, Type: typ, Msg: msg}
	ce.Pos.Line, ce.Pos.Col = pos.Line, pos.Col
	// Monty shows a compound statement whole when the construct is the
	// statement itself; otherwise it underlines the construct.
	// A class's bases and keywords count as the class statement, a def's
	// decorators as the def; a class is shown from its 'class' line, a
	// def from its first decorator.
	cd, isClass := stmt.(*syntax.ClassDef)
	fd, isDef := stmt.(*syntax.FuncDef)
	decorator := isDef && len(fd.Decorators) > 0 && sp.End <= fd.Name.Span().Start
	whole := stmt != nil && isCompound(stmt) && (stmt.Span().Start == sp.Start || isClass || decorator)
	if isClass {
		pos = p.lines().Pos(p.src, classKeyword(p.src, cd))
	} else if whole {
		pos = p.lines().Pos(p.src, stmt.Span().Start)
	}
	var b strings.Builder
	b.WriteString("Traceback (most recent call last):\n")
	if typ == "SyntaxError" {
		fmt.Fprintf(&b, "  File \"%s\", line %d\n", p.filename, pos.Line)
	} else {
		fmt.Fprintf(&b, "  File \"%s\", line %d, in <module>\n", p.filename, pos.Line)
	}
	text := strings.TrimRight(string(p.lines().Text(p.src, pos.Line-1)), "\r\n")
	trimmed := strings.TrimLeft(text, " \t")
	fmt.Fprintf(&b, "    %s\n", trimmed)
	if stmt != nil {
		ssp := stmt.Span()
		if !whole {
			ssp = sp
		}
		end := p.lines().Pos(p.src, ssp.End)
		indent := len(text) - len(trimmed)
		if whole {
			p.writeLinesAfter(&b, pos.Line, end.Line, indent)
		} else if start := p.lines().Pos(p.src, ssp.Start); end.Line == start.Line && start.Col-1 >= indent {
			fmt.Fprintf(&b, "    %s%s\n", strings.Repeat(" ", start.Col-1-indent), strings.Repeat("~", end.Col-start.Col))
		}
	}
	b.WriteString(typ + ": " + msg)
	ce.traceback = b.String()
	return ce
}

// checkRejected reports the first construct (in source order) that the
// profile's Monty refuses to load, using the analyzer's findings.
func (p *Program) checkRejected(f *syntax.File, opt CompileOptions) error {
	res := analysis.Check(f, nil, &analysis.Options{Profile: p.prof, Inputs: opt.Inputs, SkipUsed: true})
	var first *analysis.Diagnostic
	for i := range res.Diagnostics {
		d := &res.Diagnostics[i]
		if !d.Rejects {
			continue
		}
		if first == nil || loadTier(d) < loadTier(first) || loadTier(d) == loadTier(first) && d.Span.Start < first.Span.Start {
			first = d
		}
	}
	if first == nil {
		return nil
	}
	typ, msg := "SyntaxError", first.Message
	if i := strings.Index(msg, ": "); i > 0 && !strings.Contains(msg[:i], " ") {
		typ, msg = msg[:i], msg[i+2:]
	}
	return p.compileErrorIn(f, first.Span, typ, msg)
}

// loadTier orders rejections as Monty finds them: what its parser refuses
// first, then a class member shadowing a captured variable (M142, found
// once the file is parsed), then the errors CPython's compiler reports
// (M130-M139: break outside a loop, global and nonlocal misuse, ...).
func loadTier(d *analysis.Diagnostic) int {
	switch {
	case d.Code == "M142":
		return 1
	case d.Code >= "M130" && d.Code < "M140":
		return 2
	}
	return 0
}

// innermostStmt returns the innermost statement whose span holds off.
func innermostStmt(f *syntax.File, off source.Offset) syntax.Stmt {
	var found syntax.Stmt
	syntax.Inspect(f, func(n syntax.Node) bool {
		if n == nil {
			return false
		}
		sp := n.Span()
		if off < sp.Start || off >= sp.End {
			return false
		}
		if s, ok := n.(syntax.Stmt); ok {
			found = s
		}
		return true
	})
	return found
}

func isCompound(s syntax.Stmt) bool {
	switch s.(type) {
	case *syntax.ClassDef, *syntax.FuncDef, *syntax.ForStmt, *syntax.WhileStmt, *syntax.IfStmt,
		*syntax.WithStmt, *syntax.TryStmt, *syntax.MatchStmt:
		return true
	}
	return false
}

// Run executes the program. The result is the value of the program's last
// statement when it is an expression statement, else None. A Python
// exception that escapes comes back as *Exception.
func (p *Program) Run(ctx context.Context, cfg RunConfig) (result Value, err error) {
	t := newVM(p, cfg.Stdout, ctx, cfg.Externals)
	keep := true // t may be reused (runpool.go)
	defer func() {
		// A bug in the interpreter must not take the host down.
		if r := recover(); r != nil {
			result, err = nil, fmt.Errorf("interp: internal error: %v", r)
			return
		}
		t.recycle(keep)
	}()
	t.startLimits(&cfg)
	defer func() { keep = t.endLimits(cfg.Usage) && keep }()
	t.attachDebugger(cfg.Debugger)
	if end := t.attachHost(ctx, &cfg); end != nil {
		defer end()
	}
	if ctx != nil && ctx.Done() != nil { // a context that is never done (Background) needs no watch
		stop := context.AfterFunc(ctx, func() { t.cancelled.Store(true) })
		defer func() { keep = stop() && keep }()
	}
	if n := len(p.initGlobals); cap(t.globals) >= n {
		t.globals = t.globals[:n]
	} else {
		t.globals = make([]Value, n)
	}
	copy(t.globals, p.initGlobals)
	for _, n := range p.inputs {
		v, ok := cfg.Inputs[n]
		if !ok {
			return nil, fmt.Errorf("input %q has no value", n)
		}
		t.globals[p.globalIndex(n)] = v
	}
	f := t.newFrame(p.code, nil)
	f.base = true
	v, err := t.run(f)
	t.flush()
	if err != nil {
		if e, ok := err.(*ExcValue); ok {
			tb, line := p.formatTraceback(e)
			return nil, &Exception{exc: e, traceback: tb, line: line}
		}
		return nil, err
	}
	if v == nil {
		v = None
	}
	return v, nil
}

// lookupGlobal returns the number of the global name and whether the
// program has it: p.globals says, or for a program with few globals (and
// no map) p.gnames.
func (p *Program) lookupGlobal(name string) (int, bool) {
	if p.globals != nil {
		i, ok := p.globals[name]
		return i, ok
	}
	for i, n := range p.gnames {
		if n == name {
			return i, true
		}
	}
	return 0, false
}

// globalIndex returns the number of the global name, 0 if there is none
// (as the map's zero value was).
func (p *Program) globalIndex(name string) int {
	i, _ := p.lookupGlobal(name)
	return i
}

// NewException makes a Python exception of a builtin class, for an
// external function to return as its error.
func NewException(class, msg string) error {
	c := excClasses[class]
	if c == nil {
		c = excRuntimeError
	}
	return &ExcValue{Class: c, Args: []Value{Str(msg)}}
}

// FromGo converts JSON-like Go data to a Value: nil, bool, ints, float64,
// json.Number, string, []any and map[string]any (keys sorted).
func FromGo(x any) (Value, error) {
	switch v := x.(type) {
	case nil:
		return None, nil
	case bool:
		return Bool(v), nil
	case int:
		return Int(v), nil
	case int64:
		return Int(v), nil
	case int32:
		return Int(v), nil
	case float64:
		return Float(v), nil
	case float32:
		return Float(v), nil
	case *big.Int:
		return normBig(v), nil
	case json.Number:
		if i, err := v.Int64(); err == nil {
			return Int(i), nil
		}
		if b, ok := new(big.Int).SetString(string(v), 10); ok {
			return normBig(b), nil
		}
		f, err := v.Float64()
		if err != nil {
			return nil, fmt.Errorf("bad number %q", v)
		}
		return Float(f), nil
	case string:
		return Str(v), nil
	case []any:
		items := make([]Value, len(v))
		for i, e := range v {
			iv, err := FromGo(e)
			if err != nil {
				return nil, err
			}
			items[i] = iv
		}
		return &List{Items: items}, nil
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		d := NewDict()
		for _, k := range keys {
			iv, err := FromGo(v[k])
			if err != nil {
				return nil, err
			}
			d.Set(Str(k), iv)
		}
		return d, nil
	case Value:
		switch v.(type) {
		case Int, Float, Str, Bool, NoneType, *List, Tuple, *Dict, *Set, Bytes:
			return v, nil
		}
	}
	return nil, fmt.Errorf("cannot convert %T to a Python value", x)
}

// ToGo converts a Value to JSON-like Go data: None → nil, bool, int64
// (*big.Int when large), float64, string, []any for lists and tuples,
// map[string]any for dicts with str keys.
func ToGo(v Value) (any, error) {
	switch x := v.(type) {
	case NoneType:
		return nil, nil
	case Bool:
		return bool(x), nil
	case Int:
		return int64(x), nil
	case *big.Int:
		return x, nil
	case Float:
		f := float64(x)
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return f, nil
		}
		return f, nil
	case Str:
		return string(x), nil
	case Bytes:
		return string(x), nil
	case *List:
		return toGoSlice(x.Items)
	case Tuple:
		return toGoSlice(x)
	case *Set:
		return toGoSlice(x.Items())
	case *Dict:
		m := map[string]any{}
		for _, e := range x.entries {
			if e.dead {
				continue
			}
			k, ok := e.key.(Str)
			if !ok {
				return nil, fmt.Errorf("dict key %s is not a str", reprValue(e.key))
			}
			gv, err := ToGo(e.val)
			if err != nil {
				return nil, err
			}
			m[string(k)] = gv
		}
		return m, nil
	}
	return nil, fmt.Errorf("cannot convert %s to Go", typeName(v))
}

func toGoSlice(items []Value) ([]any, error) {
	out := make([]any, len(items))
	for i, e := range items {
		g, err := ToGo(e)
		if err != nil {
			return nil, err
		}
		out[i] = g
	}
	return out, nil
}

// makeExc calls an exception class.
func (t *vm) makeExc(c *ExcClass, args []Value, kw []KeywordArg) (Value, error) {
	if len(kw) > 0 {
		return nil, newExc(excTypeError, "%s() takes no keyword arguments", c.Name)
	}
	if len(args) > 1 {
		e := newExc(excRuntimeError, "Internal error in monty: exceptions can only be called with zero or one string argument")
		e.frameless = true
		e.uncatchable = true
		return nil, e
	}
	if len(args) == 1 {
		if _, ok := args[0].(Str); !ok {
			e := newExc(excRuntimeError, "Internal error in monty: exceptions can only be called with zero or one string argument")
			e.frameless = true
			e.uncatchable = true
			return nil, e
		}
	}
	return &ExcValue{Class: c, Args: append([]Value(nil), args...)}, nil
}
