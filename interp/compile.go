package interp

import (
	"strconv"
	"strings"
	"sync"

	"github.com/monty-tools/monty-tools/profile"

	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// compiler holds what is shared by every code object of one program.
type compiler struct {
	file    *syntax.File
	errSpan source.Span // where c.err is, for its traceback
	debug   bool        // emit opLine before statements (debug.go)
	ss      *scopes
	globals map[string]int // name -> number, once there are more than a few (globalSlot)
	gnames  []string       // by global number
	err     error

	externals map[string]bool
	prog      *Program         // whose runs cache attribute sites; nil: no caches (attrcache.go)
	ncache    int              // inline cache entries given so far
	inputs    nameSet          // the program's inputs
	prof      *profile.Profile // whose builtins the program has
	top       fcomp            // the module's (Compile)
	scopeBuf  scopesBlock      // the file's scopes (Compile)
}

// compilerPool holds Compile's compilers between compiles: for a tiny
// program the compiler and its name buffer were a tenth of the bytes
// a compile and run allocated.
var compilerPool = sync.Pool{New: func() any { return new(compiler) }}

// newCompiler returns a compiler for the program p compiled from f.
func newCompiler(f *syntax.File, p *Program, opt CompileOptions) *compiler {
	c := compilerPool.Get().(*compiler)
	c.file, c.externals, c.debug, c.prog = f, p.externals, opt.Debug, p
	if c.gnames == nil {
		c.gnames = make([]string, 0, 16)
	}
	return c
}

// release empties c, keeping its name buffer, and returns it to the pool.
// Nothing compiled refers to the compiler.
func (c *compiler) release() {
	gnames := c.gnames
	clear(gnames[:cap(gnames)])
	*c = compiler{gnames: gnames[:0]}
	compilerPool.Put(c)
}

// isInput reports whether n is an input or an external: a global the
// host provides.
func (c *compiler) isInput(n string) bool { return c.inputs.has(n) || c.externals[n] }

// isDeclaredExternal reports whether n is a host function named in
// CompileOptions.Externals and not rebound by the program.
func (c *compiler) isDeclaredExternal(n string) bool {
	return c.externals[n] && !c.ss.moduleBind[n]
}
func (c *compiler) isBuiltin(n string) bool {
	_, ok := builtinImpls[n]
	return ok && c.prof.HasBuiltin(n)
}

// nameSet is a set of names made from a list: a short list (the usual
// few inputs) is searched rather than hashed, which saves building a map.
type nameSet struct {
	list []string
	m    map[string]bool // for a long list
}

func newNameSet(names []string) nameSet {
	if len(names) <= 8 {
		return nameSet{list: names}
	}
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return nameSet{m: m}
}

func (s nameSet) has(n string) bool {
	if s.m != nil {
		return s.m[n]
	}
	for _, x := range s.list {
		if x == n {
			return true
		}
	}
	return false
}

// globalSlot returns the number of the global name, giving it the next
// one if it has none. While there are few, gnames is searched; the map is
// made when there are more.
func (c *compiler) globalSlot(name string) int {
	if c.globals == nil {
		for i, n := range c.gnames {
			if n == name {
				return i
			}
		}
		if len(c.gnames) < 8 {
			c.gnames = append(c.gnames, name)
			return len(c.gnames) - 1
		}
		c.globals = make(map[string]int, 2*len(c.gnames))
		for i, n := range c.gnames {
			c.globals[n] = i
		}
	} else if i, ok := c.globals[name]; ok {
		return i
	}
	c.globals[name] = len(c.gnames)
	c.gnames = append(c.gnames, name)
	return len(c.gnames) - 1
}

// fblockKind is the kind of an enclosing block that break, continue and
// return must clean up when they leave it.
type fblockKind uint8

const (
	fbLoop fblockKind = iota
	fbForLoop
	fbTry           // inside a try body with handlers: POP_BLOCK
	fbFinallyTry    // inside a try body with finally: POP_BLOCK + finally body
	fbHandler       // inside an except clause: POP_EXCEPT
	fbFinallyHandle // inside a finally run for an exception: POP_EXCEPT + POP
	fbWith          // inside a with body: POP_BLOCK + exit
)

type fblock struct {
	kind      fblockKind
	start     int // loop start, for continue
	breaks    []int
	finallyFn func() // emits the finally body
}

// fcomp compiles one code object.
type fcomp struct {
	c        *compiler
	code     *Code
	sc       *scope
	locals   map[string]int
	cells    map[string]int
	fblocks  []*fblock
	span     source.Span
	mark     bool
	constStr map[string]int
	constInt map[int64]int
	// lastTarget is the latest instruction index used as a jump target.
	lastTarget int
}

// newFcomp starts compiling a code object. Its maps are made on their
// first entry (setIndex) and its instructions start with room for a short
// body: for a small program, allocation is most of the compile time.
func (c *compiler) newFcomp(name string, sc *scope) *fcomp {
	fc := new(fcomp)
	c.startFcomp(fc, name, sc)
	return fc
}

// startFcomp sets fc up as newFcomp's result.
func (c *compiler) startFcomp(fc *fcomp, name string, sc *scope) {
	b := new(codeBlock)
	b.code.Name, b.code.instrs, b.code.pos, b.code.locNames = name, b.instrs[:0], b.pos[:0], b.locNames[:0]
	*fc = fcomp{c: c, code: &b.code, sc: sc}
	fc.code.retTemp = -1 // made by returnTop if a return has to unwind: most never do
}

// codeBlock is a Code with room for its first instructions and local:
// one allocation rather than four (a longer body moves to arrays of its
// own). It fills a 512-byte size class.
type codeBlock struct {
	code     Code
	instrs   [8]uint32
	pos      [8]posInfo
	locNames [1]string
}

// setIndex sets (*m)[k] = i, making the map if it is nil.
func setIndex[K comparable](m *map[K]int, k K, i int) {
	if *m == nil {
		*m = map[K]int{}
	}
	(*m)[k] = i
}

// setupCells numbers own cells and free variables, in sorted order so
// that compilation is deterministic.
func (fc *fcomp) setupCells() {
	own := sortedNames(fc.sc.cells)
	var own2 []string
	for _, n := range own {
		if !fc.sc.free[n] {
			own2 = append(own2, n)
		}
	}
	for _, n := range own2 {
		setIndex(&fc.cells, n, len(fc.code.cellNames))
		fc.code.cellNames = append(fc.code.cellNames, n)
		p := -1
		if i, ok := fc.locals[n]; ok {
			p = i
		}
		fc.code.cellParam = append(fc.code.cellParam, p)
	}
	fc.code.nown = len(own2)
	for _, n := range sortedNames(fc.sc.free) {
		setIndex(&fc.cells, n, len(fc.code.cellNames))
		fc.code.cellNames = append(fc.code.cellNames, n)
	}
	fc.code.nfree = len(fc.code.cellNames) - fc.code.nown
}

func sortedNames(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for n := range m {
		out = append(out, n)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func (fc *fcomp) local(name string) int {
	if i, ok := fc.locals[name]; ok {
		return i
	}
	i := fc.code.nlocals
	setIndex(&fc.locals, name, i)
	fc.code.locNames = append(fc.code.locNames, name)
	fc.code.nlocals++
	return i
}

func (fc *fcomp) temp() int {
	i := fc.code.nlocals
	fc.code.locNames = append(fc.code.locNames, tempName(i))
	fc.code.nlocals++
	return i
}

// tempNames holds the names of the first temporaries, so that naming one
// is no fmt.Sprintf.
var tempNames = func() (t [16]string) {
	for i := range t {
		t[i] = ".t" + strconv.Itoa(i)
	}
	return t
}()

// tempName returns the name of temporary local i, ".t" and its number.
func tempName(i int) string {
	if i < len(tempNames) {
		return tempNames[i]
	}
	return ".t" + strconv.Itoa(i)
}

func (fc *fcomp) emit(op opcode, arg int) int {
	// Fuse a comparison with the conditional jump that consumes it. The
	// jump's target is patched later, so it is kept in the low 16 bits
	// (functions with more instructions keep the two instructions).
	if op == opJumpIfFalse && len(fc.code.instrs) > fc.lastTarget && len(fc.code.instrs) < 0xffff {
		n := len(fc.code.instrs) - 1
		if n >= 0 && opcode(fc.code.instrs[n]&0xff) == opCompare {
			cmp := int(fc.code.instrs[n] >> 8)
			fc.code.instrs[n] = mkInstr(opCompareJump, cmp<<16|arg)
			return n
		}
	}
	fc.code.instrs = append(fc.code.instrs, mkInstr(op, arg))
	fc.code.pos = append(fc.code.pos, posInfo{int32(fc.span.Start), int32(fc.span.End), fc.mark})
	return len(fc.code.instrs) - 1
}

// at sets the span reported by the instructions emitted next.
func (fc *fcomp) at(n syntax.Node, mark bool) (source.Span, bool) {
	old, oldMark := fc.span, fc.mark
	fc.span, fc.mark = n.Span(), mark
	return old, oldMark
}

func (fc *fcomp) restore(s source.Span, m bool) { fc.span, fc.mark = s, m }

// here returns the next instruction's index, which the caller is about to
// use as a jump target (so it must not be fused with what precedes it).
func (fc *fcomp) here() int {
	fc.lastTarget = len(fc.code.instrs)
	return len(fc.code.instrs)
}

func (fc *fcomp) patchTo(at, target int) {
	ins := fc.code.instrs[at]
	if opcode(ins&0xff) == opCompareJump {
		if target > 0xffff {
			panic("interp: fused jump target out of range")
		}
		fc.code.instrs[at] = ins&^(0xffff<<8) | uint32(target)<<8
		return
	}
	fc.code.instrs[at] = ins&0xff | uint32(target)<<8
}

// patch sets the jump at 'at' to the next instruction.
func (fc *fcomp) patch(at int) { fc.patchTo(at, fc.here()) }

func (fc *fcomp) constant(v Value) int {
	switch x := v.(type) {
	case Str:
		if i, ok := fc.constStr[string(x)]; ok {
			return i
		}
		setIndex(&fc.constStr, string(x), len(fc.code.consts))
	case Int:
		if i, ok := fc.constInt[int64(x)]; ok {
			return i
		}
		setIndex(&fc.constInt, int64(x), len(fc.code.consts))
	}
	fc.code.consts = append(fc.code.consts, v)
	return len(fc.code.consts) - 1
}

func (fc *fcomp) name(n string) int {
	for i, x := range fc.code.names {
		if x == n {
			return i
		}
	}
	fc.code.names = append(fc.code.names, n)
	return len(fc.code.names) - 1
}

// ---- name access ----

type nameKind uint8

const (
	nkLocal nameKind = iota
	nkCell
	nkGlobal
	nkName // class body
)

func (fc *fcomp) classify(name string) (nameKind, int) {
	sc := fc.sc
	if sc.kind == moduleScope {
		return nkGlobal, fc.c.globalSlot(name)
	}
	if sc.global[name] {
		return nkGlobal, fc.c.globalSlot(name)
	}
	if i, ok := fc.cells[name]; ok {
		return nkCell, i
	}
	if sc.kind == classScope {
		return nkName, fc.name(name)
	}
	if sc.bound[name] {
		return nkLocal, fc.local(name)
	}
	return nkGlobal, fc.c.globalSlot(name)
}

func (fc *fcomp) loadName(name string) {
	k, i := fc.classify(name)
	switch k {
	case nkLocal:
		fc.emit(opLoadLocal, i)
	case nkCell:
		fc.emit(opLoadCell, i)
	case nkGlobal:
		fc.emit(opLoadGlobal, i)
	case nkName:
		fc.c.globalSlot(name)
		fc.emit(opLoadName, i)
	}
}

func (fc *fcomp) storeName(name string) {
	k, i := fc.classify(name)
	switch k {
	case nkLocal:
		fc.emit(opStoreLocal, i)
	case nkCell:
		fc.emit(opStoreCell, i)
	case nkGlobal:
		fc.emit(opStoreGlobal, i)
	case nkName:
		fc.emit(opStoreName, i)
	}
}

// isExternalCall reports whether a called name is bound nowhere, which
// Monty turns into a call of an external function.
func (fc *fcomp) isExternalCall(name string) bool {
	k, _ := fc.classifyPeek(name)
	if k != nkGlobal {
		return false
	}
	if fc.c.ss.moduleBind[name] || fc.c.isInput(name) || fc.c.isBuiltin(name) {
		return false
	}
	return true
}

func (fc *fcomp) classifyPeek(name string) (nameKind, int) {
	sc := fc.sc
	if sc.kind == moduleScope || sc.global[name] {
		return nkGlobal, 0
	}
	if _, ok := fc.cells[name]; ok {
		return nkCell, 0
	}
	if sc.kind == classScope {
		if sc.bound[name] {
			return nkName, 0
		}
		return nkGlobal, 0
	}
	if sc.bound[name] {
		return nkLocal, 0
	}
	return nkGlobal, 0
}

// ---- statements ----

func (fc *fcomp) stmts(list []syntax.Stmt) {
	for _, s := range list {
		fc.stmt(s)
	}
}

func (fc *fcomp) stmt(s syntax.Stmt) {
	old, oldMark := fc.at(s, false)
	defer fc.restore(old, oldMark)
	fc.debugLine(s, lineStmt)
	switch s := s.(type) {
	case *syntax.ExprStmt:
		fc.expr(s.X)
		fc.at(s, false)
		fc.emit(opPop, 0)
	case *syntax.AssignStmt:
		fc.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				fc.emit(opDup, 0)
			}
			fc.assign(t)
		}
	case *syntax.AugAssignStmt:
		fc.augAssign(s)
	case *syntax.AnnAssignStmt:
		if s.Value != nil {
			fc.expr(s.Value)
			fc.assign(s.Target)
		}
	case *syntax.PassStmt:
	case *syntax.BreakStmt:
		fc.breakOrContinue(true)
	case *syntax.ContinueStmt:
		fc.breakOrContinue(false)
	case *syntax.ReturnStmt:
		if s.Value != nil {
			fc.expr(s.Value)
		} else {
			fc.emit(opLoadNone, 0)
		}
		fc.at(s, false)
		fc.returnTop()
	case *syntax.RaiseStmt:
		if s.Exc == nil && len(fc.code.pos) > 0 {
			// Monty reports a bare raise at the preceding statement.
			fc.span = source.Span{Start: source.Offset(fc.code.pos[len(fc.code.pos)-1].start), End: source.Offset(fc.code.pos[len(fc.code.pos)-1].end)}
			fc.mark = false
			fc.emit(opRaise, 0)
			return
		}
		n := 0
		if s.Exc != nil {
			fc.expr(s.Exc)
			n = 1
			if s.Cause != nil {
				fc.expr(s.Cause)
				n = 2
			}
		}
		fc.at(s, false)
		fc.emit(opRaise, n)
	case *syntax.AssertStmt:
		fc.assertStmt(s)
	case *syntax.GlobalStmt, *syntax.NonlocalStmt:
	case *syntax.ImportStmt:
		for _, a := range s.Names {
			fc.emit(opImportName, fc.name(a.Name))
			if a.AsName != nil {
				fc.storeName(a.AsName.Name)
			} else {
				name := a.Name
				if i := strings.IndexByte(name, '.'); i >= 0 {
					name = name[:i]
				}
				fc.storeName(name)
			}
		}
	case *syntax.ImportFromStmt:
		if s.Module == "__future__" {
			return
		}
		fc.emit(opImportName, fc.name(s.Module))
		for _, a := range s.Names {
			fc.emit(opImportFrom, fc.name(a.Name))
			if a.AsName != nil {
				fc.storeName(a.AsName.Name)
			} else {
				fc.storeName(a.Name)
			}
		}
		fc.emit(opPop, 0)
	case *syntax.IfStmt:
		fc.ifStmt(s)
	case *syntax.WhileStmt:
		fc.whileStmt(s)
	case *syntax.ForStmt:
		fc.forStmt(s)
	case *syntax.WithStmt:
		fc.withStmt(s, 0)
	case *syntax.TryStmt:
		fc.tryStmt(s)
	case *syntax.FuncDef:
		for _, d := range s.Decorators {
			fc.expr(d)
		}
		fc.at(s, false)
		fc.function(s.Name.Name, s, s.Params, s.Body, nil, s.Async)
		fc.applyDecorators(s.Decorators)
		fc.storeName(s.Name.Name)
	case *syntax.ClassDef:
		fc.classDef(s)
	default:
		fc.c.fail(s, "unsupported statement")
	}
}

func (c *compiler) fail(n syntax.Node, msg string) {
	if c.err == nil {
		pos := source.NewLines(c.file.Src).Pos(c.file.Src, n.Span().Start)
		ce := &CompileError{File: c.file.Name, Type: "SyntaxError", Msg: msg}
		ce.Pos.Line, ce.Pos.Col = pos.Line, pos.Col
		c.err, c.errSpan = ce, n.Span()
	}
}

// assertStmt compiles assert. Monty's message gains a line
// "assert <left> <op> <right>" with the operands' values when the test is
// one comparison, or "assert <source>" when there is no message.
func (fc *fcomp) assertStmt(s *syntax.AssertStmt) {
	flags := 0
	if cmp, ok := s.Test.(*syntax.CompareExpr); ok && len(cmp.Ops) == 1 {
		l, r := fc.temp(), fc.temp()
		fc.expr(cmp.X)
		fc.emit(opDup, 0)
		fc.emit(opStoreLocal, l)
		fc.expr(cmp.Ys[0])
		fc.emit(opDup, 0)
		fc.emit(opStoreLocal, r)
		fc.at(cmp, true)
		fc.emit(opCompare, int(cmp.Ops[0]))
		j := fc.emit(opJumpIfTrue, 0)
		fc.at(s, false)
		fc.emit(opLoadConst, fc.constant(Str(cmpOpSym[cmp.Ops[0]])))
		fc.emit(opLoadLocal, l)
		fc.emit(opLoadLocal, r)
		flags = 2
		if s.Msg != nil {
			fc.expr(s.Msg)
			fc.at(s, false)
			flags |= 1
		}
		fc.emit(opAssertFail, flags)
		fc.patch(j)
		return
	}
	fc.expr(s.Test)
	j := fc.emit(opJumpIfTrue, 0)
	fc.at(s, false)
	fc.emit(opLoadConst, fc.constant(Str(assertText(fc.c.file.Src, s.Test))))
	if s.Msg != nil {
		fc.expr(s.Msg)
		fc.at(s, false)
		flags |= 1
	}
	fc.emit(opAssertFail, flags)
	fc.patch(j)
}

// assertText is the source of an assert's test, for Monty's extra
// "assert <expr>" line.
func assertText(src []byte, e syntax.Expr) string {
	sp := e.Span()
	return string(src[sp.Start:sp.End])
}

func (fc *fcomp) returnTop() {
	if fc.needsUnwind(len(fc.fblocks)) {
		if fc.code.retTemp < 0 {
			fc.code.retTemp = fc.temp()
		}
		t := fc.code.retTemp
		fc.emit(opStoreLocal, t)
		fc.unwind(0, true)
		fc.emit(opLoadLocal, t)
	}
	fc.emit(opReturn, 0)
}

func (fc *fcomp) needsUnwind(n int) bool {
	for _, b := range fc.fblocks[len(fc.fblocks)-n:] {
		if b.kind != fbLoop {
			return true
		}
	}
	return false
}

// unwind emits the clean-up for leaving every block above depth, inner
// first. For return, loops' iterators need not be popped.
func (fc *fcomp) unwind(depth int, isReturn bool) {
	for i := len(fc.fblocks) - 1; i >= depth; i-- {
		b := fc.fblocks[i]
		switch b.kind {
		case fbForLoop:
			if !isReturn {
				fc.emit(opPop, 0)
			}
		case fbTry:
			fc.emit(opPopBlock, 0)
		case fbFinallyTry:
			fc.emit(opPopBlock, 0)
			saved := fc.fblocks
			fc.fblocks = fc.fblocks[:i]
			b.finallyFn()
			fc.fblocks = saved
		case fbHandler:
			fc.emit(opPopExcept, 0)
		case fbFinallyHandle:
			fc.emit(opPopExcept, 0)
			fc.emit(opPop, 0)
		case fbWith:
			fc.emit(opPopBlock, 0)
			fc.emit(opWithExitOK, 0)
		}
	}
}

func (fc *fcomp) breakOrContinue(isBreak bool) {
	for i := len(fc.fblocks) - 1; i >= 0; i-- {
		b := fc.fblocks[i]
		if b.kind != fbLoop && b.kind != fbForLoop {
			continue
		}
		if isBreak {
			fc.unwind(i, false)
			b.breaks = append(b.breaks, fc.emit(opJump, 0))
		} else {
			fc.unwind(i+1, false)
			fc.emit(opJump, b.start)
		}
		return
	}
}

func (fc *fcomp) ifStmt(s *syntax.IfStmt) {
	fc.expr(s.Test)
	j := fc.emit(opJumpIfFalse, 0)
	fc.stmts(s.Body)
	if len(s.Else) > 0 {
		k := fc.emit(opJump, 0)
		fc.patch(j)
		fc.stmts(s.Else)
		fc.patch(k)
	} else {
		fc.patch(j)
	}
}

func (fc *fcomp) whileStmt(s *syntax.WhileStmt) {
	start := fc.here()
	fc.debugLine(s, lineLoop)
	fc.expr(s.Test)
	j := fc.emit(opJumpIfFalse, 0)
	b := &fblock{kind: fbLoop, start: start}
	fc.fblocks = append(fc.fblocks, b)
	fc.stmts(s.Body)
	fc.fblocks = fc.fblocks[:len(fc.fblocks)-1]
	fc.emit(opJump, start)
	fc.patch(j)
	fc.stmts(s.Else)
	for _, k := range b.breaks {
		fc.patch(k)
	}
}

func (fc *fcomp) forStmt(s *syntax.ForStmt) {
	fc.expr(s.Iter)
	fc.at(s.Iter, true)
	fc.emit(opGetIter, 0)
	start := fc.here()
	fc.debugLine(s, lineLoop)
	j := fc.emit(opForIter, 0)
	fc.at(s.Target, false)
	fc.assign(s.Target)
	b := &fblock{kind: fbForLoop, start: start}
	fc.fblocks = append(fc.fblocks, b)
	fc.stmts(s.Body)
	fc.fblocks = fc.fblocks[:len(fc.fblocks)-1]
	fc.emit(opJump, start)
	fc.patch(j)
	fc.stmts(s.Else)
	for _, k := range b.breaks {
		fc.patch(k)
	}
}

func (fc *fcomp) withStmt(s *syntax.WithStmt, item int) {
	if item == len(s.Items) {
		fc.stmts(s.Body)
		return
	}
	it := s.Items[item]
	fc.expr(it.X)
	fc.at(it.X, true)
	fc.emit(opWithEnter, 0)
	if it.Target != nil {
		fc.assign(it.Target)
	} else {
		fc.emit(opPop, 0)
	}
	setup := fc.emit(opSetupExcept, 0)
	fc.fblocks = append(fc.fblocks, &fblock{kind: fbWith})
	fc.withStmt(s, item+1)
	fc.fblocks = fc.fblocks[:len(fc.fblocks)-1]
	fc.emit(opPopBlock, 0)
	fc.emit(opWithExitOK, 0)
	j := fc.emit(opJump, 0)
	fc.patch(setup)
	fc.emit(opPushExc, 0)
	fc.emit(opWithExitExc, 0)
	fc.patch(j)
}

func (fc *fcomp) tryStmt(s *syntax.TryStmt) {
	if len(s.Finally) == 0 {
		fc.tryExcept(s)
		return
	}
	fin := func() { fc.stmts(s.Finally) }
	setup := fc.emit(opSetupExcept, 0)
	fc.fblocks = append(fc.fblocks, &fblock{kind: fbFinallyTry, finallyFn: fin})
	if len(s.Handlers) > 0 {
		fc.tryExcept(s)
	} else {
		fc.stmts(s.Body)
		fc.stmts(s.Else)
	}
	fc.fblocks = fc.fblocks[:len(fc.fblocks)-1]
	fc.emit(opPopBlock, 0)
	fin()
	j := fc.emit(opJump, 0)
	fc.patch(setup)
	fc.emit(opPushExc, 0)
	fc.fblocks = append(fc.fblocks, &fblock{kind: fbFinallyHandle})
	fin()
	fc.fblocks = fc.fblocks[:len(fc.fblocks)-1]
	fc.emit(opReraise, 0)
	fc.patch(j)
}

func (fc *fcomp) tryExcept(s *syntax.TryStmt) {
	setup := fc.emit(opSetupExcept, 0)
	fc.fblocks = append(fc.fblocks, &fblock{kind: fbTry})
	fc.stmts(s.Body)
	fc.fblocks = fc.fblocks[:len(fc.fblocks)-1]
	fc.emit(opPopBlock, 0)
	fc.stmts(s.Else)
	var ends []int
	ends = append(ends, fc.emit(opJump, 0))
	fc.patch(setup)
	fc.emit(opPushExc, 0)
	for _, h := range s.Handlers {
		old, oldMark := fc.at(h, false)
		next := -1
		if h.Type != nil {
			fc.emit(opDup, 0)
			fc.expr(h.Type)
			fc.emit(opExcMatch, 0)
			next = fc.emit(opJumpIfFalse, 0)
		}
		if h.Name != nil {
			fc.storeName(h.Name.Name)
		} else {
			fc.emit(opPop, 0)
		}
		fc.fblocks = append(fc.fblocks, &fblock{kind: fbHandler})
		fc.stmts(h.Body)
		fc.fblocks = fc.fblocks[:len(fc.fblocks)-1]
		fc.emit(opPopExcept, 0)
		if h.Name != nil {
			// As in Python, the name is unbound when the handler ends.
			fc.emit(opLoadConst, fc.constant(unbound))
			fc.storeName(h.Name.Name)
		}
		ends = append(ends, fc.emit(opJump, 0))
		if next >= 0 {
			fc.patch(next)
		}
		fc.restore(old, oldMark)
	}
	fc.emit(opReraise, 0)
	for _, e := range ends {
		fc.patch(e)
	}
}

// ---- assignment ----

func (fc *fcomp) assign(t syntax.Expr) {
	switch t := t.(type) {
	case *syntax.Ident:
		fc.storeName(t.Name)
	case *syntax.TupleExpr:
		fc.unpack(t, t.Elts)
	case *syntax.ListExpr:
		fc.unpack(t, t.Elts)
	case *syntax.AttrExpr:
		fc.expr(t.X)
		old, m := fc.at(t, true)
		fc.emit(opStoreAttr, fc.name(t.Name.Name))
		fc.restore(old, m)
	case *syntax.SubscriptExpr:
		fc.expr(t.X)
		fc.expr(t.Index)
		old, m := fc.at(t, true)
		fc.emit(opStoreSubscr, 0)
		fc.restore(old, m)
	case *syntax.StarredExpr:
		fc.assign(t.X)
	default:
		fc.c.fail(t, "cannot assign to expression")
	}
}

func (fc *fcomp) unpack(t syntax.Expr, elts []syntax.Expr) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.StarredExpr); ok {
			star = i
		}
	}
	old, m := fc.at(t, true)
	if star < 0 {
		fc.emit(opUnpack, len(elts))
	} else {
		fc.emit(opUnpackEx, star|(len(elts)-star-1)<<12)
	}
	fc.restore(old, m)
	for _, e := range elts {
		fc.assign(e)
	}
}

func (fc *fcomp) augAssign(s *syntax.AugAssignStmt) {
	switch t := s.Target.(type) {
	case *syntax.Ident:
		fc.loadName(t.Name)
		fc.expr(s.Value)
		fc.at(s, true)
		fc.emit(opInplace, int(s.Op))
		fc.storeName(t.Name)
	case *syntax.AttrExpr:
		fc.expr(t.X)
		fc.emit(opDup, 0)
		fc.at(t, false)
		fc.emit(opLoadAttr, fc.name(t.Name.Name))
		fc.expr(s.Value)
		fc.at(s, true)
		fc.emit(opInplace, int(s.Op))
		fc.emit(opRot2, 0)
		fc.at(t, false)
		fc.emit(opStoreAttr, fc.name(t.Name.Name))
	case *syntax.SubscriptExpr:
		fc.expr(t.X)
		fc.expr(t.Index)
		fc.emit(opDup2, 0)
		fc.at(t, true)
		fc.emit(opSubscr, 0)
		fc.expr(s.Value)
		fc.at(s, true)
		fc.emit(opInplace, int(s.Op))
		fc.emit(opRot3, 0)
		fc.at(t, true)
		fc.emit(opStoreSubscr, 0)
	default:
		fc.c.fail(s, "illegal expression for augmented assignment")
	}
}

// ---- functions and classes ----

// function compiles a def or lambda body into a new code object and emits
// the instructions that build the function value.
func (fc *fcomp) function(name string, node syntax.Node, p *syntax.Params, body []syntax.Stmt, lambdaBody syntax.Expr, async bool) {
	sc := fc.c.ss.of[node]
	sub := fc.c.newFcomp(name, sc)
	code := sub.code
	code.isAsync = async
	code.Qualname = name
	// Monty reports argument errors at the def's name (a lambda as a
	// whole).
	sp := node.Span()
	if fd, ok := node.(*syntax.FuncDef); ok {
		sp = fd.Name.Span()
	}
	code.defPos = posInfo{int32(sp.Start), int32(sp.End), true}
	var defaults []*syntax.Param
	var kwdefaults []*syntax.Param
	if p != nil {
		for _, pa := range p.PosOnly {
			sub.local(pa.Name.Name)
			code.paramNames = append(code.paramNames, pa.Name.Name)
			if pa.Default != nil {
				defaults = append(defaults, pa)
			}
		}
		for _, pa := range p.Args {
			sub.local(pa.Name.Name)
			code.paramNames = append(code.paramNames, pa.Name.Name)
			if pa.Default != nil {
				defaults = append(defaults, pa)
			}
		}
		code.nposonly = len(p.PosOnly)
		code.npos = len(p.PosOnly) + len(p.Args)
		for _, pa := range p.KwOnly {
			sub.local(pa.Name.Name)
			code.paramNames = append(code.paramNames, pa.Name.Name)
			if pa.Default != nil {
				kwdefaults = append(kwdefaults, pa)
			}
		}
		code.nkwonly = len(p.KwOnly)
		if p.Vararg != nil {
			sub.local(p.Vararg.Name.Name)
			code.varargs = true
		}
		if p.Kwarg != nil {
			sub.local(p.Kwarg.Name.Name)
			code.varkw = true
		}
	}
	sub.setupCells()
	if lambdaBody != nil {
		code.isLambda = true
		sub.span, sub.mark = lambdaBody.Span(), true
		sub.expr(lambdaBody)
		sub.emit(opReturn, 0)
	} else {
		sub.span = node.Span()
		sub.stmts(body)
		sub.emit(opLoadNone, 0)
		sub.emit(opReturn, 0)
	}
	sub.finish()
	code.simple = !code.isAsync && code.nkwonly == 0 && !code.varargs && !code.varkw

	flags := 0
	if len(defaults) > 0 {
		for _, pa := range defaults {
			fc.expr(pa.Default)
		}
		fc.emit(opBuildTuple, len(defaults))
		flags |= mfDefaults
	}
	if len(kwdefaults) > 0 {
		for _, pa := range kwdefaults {
			fc.emit(opLoadConst, fc.constant(Str(pa.Name.Name)))
			fc.expr(pa.Default)
		}
		fc.emit(opBuildDict, len(kwdefaults))
		flags |= mfKwDefaults
	}
	if code.nfree > 0 {
		fc.closureCells(code)
		flags |= mfClosure
	}
	k := fc.constant(&funcInfo{code: code})
	fc.emit(opMakeFunction, flags|k<<3)
}

// closure pushes a tuple of the cells an inner code object captures.
func (fc *fcomp) closure(code *Code) {
	fc.closureCells(code)
	fc.emit(opBuildTuple, code.nfree)
}

// closureCells pushes the cells an inner code object captures, one by one:
// opMakeFunction takes code.nfree of them without a tuple in between.
func (fc *fcomp) closureCells(code *Code) {
	for _, n := range code.cellNames[code.nown:] {
		i, ok := fc.cells[n]
		if !ok {
			panic("interp: free variable " + n + " not found in enclosing scope")
		}
		fc.emit(opLoadClosure, i)
	}
}

func (fc *fcomp) classDef(s *syntax.ClassDef) {
	for _, d := range s.Decorators {
		fc.expr(d)
	}
	sc := fc.c.ss.of[s]
	sub := fc.c.newFcomp(s.Name.Name, sc)
	sub.code.isClass = true
	sub.code.Qualname = s.Name.Name // Monty's traceback says "in Foo"
	sub.setupCells()
	sub.span = s.Span()
	sub.stmts(s.Body)
	sub.emit(opLoadNone, 0)
	sub.emit(opReturn, 0)
	sub.finish()
	// A traceback through the class body shows the statement from its
	// 'class' line, without decorators, as Monty does.
	fc.span, fc.mark = s.Span(), false
	fc.span.Start = classKeyword(fc.c.file.Src, s)
	if sub.code.nfree > 0 {
		fc.closure(sub.code)
	} else {
		fc.emit(opBuildTuple, 0)
	}
	var fields []string
	for _, st := range s.Body {
		if a, ok := st.(*syntax.AnnAssignStmt); ok {
			if id, ok := a.Target.(*syntax.Ident); ok {
				fields = append(fields, id.Name)
			}
		}
	}
	fc.emit(opMakeClass, fc.constant(&classInfo{name: s.Name.Name, body: sub.code, fields: fields}))
	fc.applyDecorators(s.Decorators)
	fc.storeName(s.Name.Name)
}

// classKeyword is the offset of the 'class' keyword of s, after its
// decorators: where Monty's tracebacks show a class statement from.
func classKeyword(src []byte, s *syntax.ClassDef) source.Offset {
	start := s.Span().Start
	if len(s.Decorators) > 0 {
		if i := strings.LastIndex(string(src[start:s.Name.Span().Start]), "class"); i >= 0 {
			start += source.Offset(i)
		}
	}
	return start
}

// applyDecorators calls the decorators on the stack, innermost first, each
// call reported at its decorator as Monty does.
func (fc *fcomp) applyDecorators(ds []syntax.Expr) {
	for i := len(ds) - 1; i >= 0; i-- {
		fc.at(ds[i], true)
		fc.emit(opCall, 1)
	}
}

// finish computes the stack depth the code needs and fuses common
// instruction pairs.
func (fc *fcomp) finish() {
	fc.code.maxStack = stackDepth(fc.code) + 2
	fc.c.assignCaches(fc.code)
	fuse(fc.code.instrs)
}

// fuse replaces the first of some instruction pairs by a superinstruction
// (see opLoadLocalConst).
func fuse(instrs []uint32) {
	for i := 0; i+1 < len(instrs); i++ {
		a, b := instrs[i], instrs[i+1]
		x, y := int(a>>8), int(b>>8)
		if x >= 1<<12 || y >= 1<<12 {
			continue
		}
		switch {
		case opcode(a&0xff) == opLoadLocal && opcode(b&0xff) == opLoadConst:
			instrs[i] = mkInstr(opLoadLocalConst, x|y<<12)
		case opcode(a&0xff) == opLoadLocal && opcode(b&0xff) == opLoadLocal:
			instrs[i] = mkInstr(opLoadLocal2, x|y<<12)
		case opcode(a&0xff) == opLoadGlobal && opcode(b&0xff) == opLoadConst:
			instrs[i] = mkInstr(opLoadGlobalConst, x|y<<12)
		case opcode(a&0xff) == opLoadLocal && opcode(b&0xff) == opLoadAttr:
			instrs[i] = mkInstr(opLoadLocalAttr, x|y<<12)
		case opcode(a&0xff) == opLoadLocal && opcode(b&0xff) == opLoadMethod:
			instrs[i] = mkInstr(opLoadLocalMethod, x|y<<12)
		}
	}
}
