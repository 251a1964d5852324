package interp

import (
	"context"
	"io"
	"strings"
	"sync/atomic"

	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

func sourceOffset(i int32) source.Offset { return source.Offset(i) }

// Frame is one activation of a Code. Everything in it is plain data (no Go
// closures), so a paused run could be serialised.
type Frame struct {
	code     *Code
	fn       *Function
	slots    []Value // locals, then the operand stack
	sp       int     // index of the next free stack slot in slots
	pc       int
	cells    []*Cell
	cellBuf  []*Cell // backing array of cells when the frame has own cells
	blocks   []block
	excs     []*ExcValue // exceptions being handled (innermost last)
	back     *Frame
	ns       *Dict // class body namespace
	base     bool  // a nested run returns when this frame returns
	initSelf Value // set when the frame runs __init__: the call's result
	result   Value // module frame: value of the last expression statement
}

type block struct {
	handler int
	sp      int
	nexc    int
}

// vm is one run of a program.
type vm struct {
	prog      *Program
	globals   []Value
	out       io.Writer
	ctx       context.Context
	ext       ExternalFunc
	host      *hostRun // Funcs and step-by-step runs (embed.go); nil otherwise
	depth     int
	cancelled atomic.Bool
	ticks     uint32 // tick calls, to poll ctx.Err now and then
	nextID    int64
	modules   map[string]*Module
	free      []*Frame
	outBuf    []byte
	dbg       *debugger // nil unless a debugger is attached (debug.go)
	strBuf    []byte    // see concat
	lim       limiter   // resource limits and usage (limits.go)
	maxDepth  int       // recursion limit of this run
	frames    []*Frame  // every frame made, for memory measurement (limits_walk.go)
	dataDepth int       // nesting of ==, < on nested data (limits.go)

	// icache holds the inline caches of attribute sites (attrcache.go).
	icache []attrCache

	// spare holds frames released by an earlier run of this (pooled) vm,
	// taken before making new ones (runpool.go); escaped is set when
	// something made during the run refers to the vm (a class does), so
	// that the vm is never reused.
	spare   []*Frame
	escaped bool
}

const maxDepth = 1000

// call calls any callable from Go (builtins calling back into Python).
func (t *vm) call(fn Value, args []Value, kw []KeywordArg) (Value, error) {
	switch c := fn.(type) {
	case *Function:
		f, err := t.bindFrame(c, nil, args, kw)
		if err != nil {
			return nil, err
		}
		if c.code.isAsync {
			return &Coroutine{frame: f, name: c.code.Name}, nil
		}
		f.base = true
		return t.run(f)
	case *BoundMethod:
		all := make([]Value, 0, len(args)+1)
		all = append(all, c.Self)
		all = append(all, args...)
		return t.call(c.Fn, all, kw)
	case *Builtin:
		return t.callBuiltin(c, args, kw)
	case *TypeObject:
		return c.call(t, args, kw)
	case *ExcClass:
		return t.makeExc(c, args, kw)
	case *Class:
		inst := t.newInstance(c)
		init, ok := c.initMethod()
		if ok {
			all := append([]Value{inst}, args...)
			r, err := t.call(init, all, kw)
			if err != nil {
				return nil, err
			}
			if _, ok := r.(NoneType); !ok {
				return nil, newExc(excTypeError, "__init__() should return None, not '%s'", typeName(r))
			}
			return inst, nil
		}
		return t.initInstance(c, inst, args, kw)
	case *ExternalFn:
		return t.callExternal(c.Name, args, kw)
	}
	return nil, newExc(excTypeError, "'%s' object is not callable", typeName(fn))
}

func (t *vm) callExternal(name string, args []Value, kw []KeywordArg) (Value, error) {
	if t.host != nil {
		return t.host.call(t, name, args, kw)
	}
	if t.ext == nil {
		return nil, newExc(excNameError, "name '%s' is not defined", name)
	}
	a := make([]Value, len(args))
	copy(a, args)
	return t.ext(name, a, kw)
}

func (t *vm) newInstance(c *Class) *Instance {
	t.nextID++
	t.alloc(48) // counted here; a memory error is seen at the next allocation
	return allocInstance(c, t.nextID)
}

func (t *vm) pushFrameDepth() error {
	t.depth++
	if t.depth > t.maxDepth {
		t.depth--
		return t.recursionError()
	}
	return nil
}

// run executes frames until the base frame f returns.
func (t *vm) run(f *Frame) (Value, error) {
	if err := t.pushFrameDepth(); err != nil {
		return nil, err
	}
	var err error
	var code *Code
	var instrs []uint32
	var s []Value
	sp := 0
	pc := 0
	code, instrs, s, sp, pc = f.code, f.code.instrs, f.slots, f.sp, f.pc
	if len(code.cellParam) > 0 {
		startFrame(f)
	}
	// The loop has more live values than there are registers, so Go spills
	// every value the loop carries on each turn (at the loop head: many
	// cases call functions). Values whose address is taken live in memory
	// instead: keeping three of the least used there leaves the rest (pc,
	// sp, s, instrs, code) fewer spills and moves (fib: 6% fewer
	// instructions, 9% less time). With code too, classes.py ran 25%
	// slower on AMD EPYC despite fewer instructions.
	addressTaken(&err, &f, &t)
	for {
		if err != nil {
			goto handle
		}
		{
			ins := instrs[pc]
			pc++
			arg := int(ins >> 8)
			switch opcode(ins & 0xff) {
			case opNop:
			case opPop:
				sp--
				s[sp] = nil
			case opDup:
				s[sp] = s[sp-1]
				sp++
			case opDup2:
				s[sp] = s[sp-2]
				s[sp+1] = s[sp-1]
				sp += 2
			case opRot2:
				s[sp-1], s[sp-2] = s[sp-2], s[sp-1]
			case opRot3:
				s[sp-1], s[sp-2], s[sp-3] = s[sp-2], s[sp-3], s[sp-1]
			case opLoadConst:
				c := code.consts[arg]
				if next := instrs[pc]; opcode(next&0xff) == opBinary || opcode(next&0xff) == opCompareJump {
					// int (on the stack) op int const: do both at once.
					if b, ok := c.(Int); ok {
						if a, ok := s[sp-1].(Int); ok {
							if npc, nsp := fusedInt(instrs, pc-1, s, sp-1, a, b); npc >= 0 {
								if nsp < sp {
									s[nsp] = nil // a was consumed
								}
								pc, sp = npc, nsp
								continue
							}
						}
					}
				}
				s[sp] = c
				sp++
			case opLoadNone:
				s[sp] = None
				sp++
			case opLoadLocal:
				v := s[arg]
				if v == unbound {
					err = unboundLocal(code.locNames[arg])
					continue
				}
				s[sp] = v
				sp++
			case opLoadLocalConst:
				v := s[arg&0xfff]
				if v == unbound {
					err = unboundLocal(code.locNames[arg&0xfff])
					continue
				}
				w := code.consts[arg>>12]
				if a, ok := v.(Int); ok {
					if b, ok := w.(Int); ok {
						if npc, nsp := fusedInt(instrs, pc, s, sp, a, b); npc >= 0 {
							pc, sp = npc, nsp
							continue
						}
					}
				}
				s[sp] = v
				s[sp+1] = w
				sp += 2
				pc++
			case opLoadLocal2:
				v := s[arg&0xfff]
				if v == unbound {
					err = unboundLocal(code.locNames[arg&0xfff])
					continue
				}
				w := s[arg>>12]
				if w == unbound {
					pc++
					err = unboundLocal(code.locNames[arg>>12])
					continue
				}
				if a, ok := v.(Int); ok {
					if b, ok := w.(Int); ok {
						if npc, nsp := fusedInt(instrs, pc, s, sp, a, b); npc >= 0 {
							pc, sp = npc, nsp
							continue
						}
					}
				}
				if next := instrs[pc+1]; opcode(next&0xff) == opStoreAttr {
					// "w.name = v" (self.x = x): store without the stack.
					pc += 2 // errors are reported at the opStoreAttr
					err = t.storeAttr(w, code, int(next>>8), v)
					continue
				}
				s[sp] = v
				s[sp+1] = w
				sp += 2
				pc++
			case opLoadLocalAttr:
				v := s[arg&0xfff]
				if v == unbound {
					err = unboundLocal(code.locNames[arg&0xfff])
					continue
				}
				if inst, ok := v.(*Instance); ok {
					if r, ok := t.instAttr(inst, code, arg>>12); ok {
						s[sp] = r
						sp++
						pc++
						continue
					}
				}
				// Anything else: the opLoadAttr that follows does it.
				s[sp] = v
				sp++
			case opLoadLocalMethod:
				v := s[arg&0xfff]
				if v == unbound {
					err = unboundLocal(code.locNames[arg&0xfff])
					continue
				}
				if inst, ok := v.(*Instance); ok {
					if fn := t.instMethod(inst, code, arg>>12); fn != nil {
						s[sp], s[sp+1] = fn, inst
						sp += 2
						pc++
						continue
					}
				}
				// Anything else: the opLoadMethod that follows does it.
				s[sp] = v
				sp++
			case opLoadGlobalConst:
				v := t.globals[arg&0xfff]
				if v == unbound {
					err = newExc(excNameError, "name '%s' is not defined", t.prog.gnames[arg&0xfff])
					continue
				}
				s[sp] = v
				s[sp+1] = code.consts[arg>>12]
				sp += 2
				pc++
			case opStoreLocal:
				sp--
				s[arg] = s[sp]
				s[sp] = nil
			case opStoreLocalN:
				s[arg] = s[sp-1]
			case opLoadCell:
				v := f.cells[arg].V
				if v == unbound {
					name := code.cellNames[arg]
					if arg >= code.nown {
						err = newExc(excNameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
					} else {
						err = unboundLocal(name)
					}
					continue
				}
				s[sp] = v
				sp++
			case opStoreCell:
				sp--
				f.cells[arg].V = s[sp]
				s[sp] = nil
			case opLoadClosure:
				s[sp] = f.cells[arg]
				sp++
			case opLoadGlobal:
				v := t.globals[arg]
				if v == unbound {
					err = newExc(excNameError, "name '%s' is not defined", t.prog.gnames[arg])
					continue
				}
				s[sp] = v
				sp++
			case opStoreGlobal:
				sp--
				t.globals[arg] = s[sp]
				s[sp] = nil
			case opLoadName:
				name := code.names[arg]
				if v, ok := f.ns.GetStr(name); ok {
					s[sp] = v
					sp++
					continue
				}
				v := t.globals[t.prog.globalIndex(name)]
				if v == unbound {
					err = newExc(excNameError, "name '%s' is not defined", name)
					continue
				}
				s[sp] = v
				sp++
			case opStoreName:
				sp--
				f.ns.Set(Str(code.names[arg]), s[sp])
				s[sp] = nil
			case opLoadExtFn:
				s[sp] = &ExternalFn{Name: code.names[arg]}
				sp++
			case opLoadAttr:
				if inst, ok := s[sp-1].(*Instance); ok {
					if r, ok := t.instAttr(inst, code, arg); ok {
						s[sp-1] = r
						continue
					}
				}
				var v Value
				v, err = t.getAttr(s[sp-1], code.names[arg])
				s[sp-1] = v
			case opLoadAttrCall:
				var m, self Value
				m, self, err = t.loadMethod(s[sp-1], code.names[arg])
				if err == nil && self != unbound {
					m = &BoundMethod{Self: self, Fn: m}
				}
				s[sp-1] = m
			case opStoreAttr:
				err = t.storeAttr(s[sp-1], code, arg, s[sp-2])
				sp -= 2
				s[sp], s[sp+1] = nil, nil
			case opLoadMethod:
				site := &code.methods[arg]
				recv := s[sp-1]
				var m Value
				switch x := recv.(type) {
				case Str:
					if site.str != nil {
						m = site.str
					}
				case *List:
					if site.list != nil && !x.deque {
						m = site.list
					}
				case *Dict:
					if site.dict != nil && x.kind == plainDict {
						m = site.dict
					}
				}
				if m != nil {
					s[sp-1] = m
					s[sp] = recv
					sp++
					continue
				}
				if inst, ok := recv.(*Instance); ok {
					if fn := t.instMethod(inst, code, arg); fn != nil {
						s[sp-1] = fn
						s[sp] = inst
						sp++
						continue
					}
				}
				var self Value
				m, self, err = t.loadMethod(recv, code.names[site.name])
				s[sp-1] = m
				s[sp] = self
				sp++
			case opCallMethod:
				fnIdx := sp - arg - 2
				var args []Value
				if s[fnIdx+1] == unbound {
					args = s[fnIdx+2 : sp]
				} else {
					args = s[fnIdx+1 : sp]
				}
				callee := s[fnIdx]
				if fn, ok := callee.(*Function); ok && !fn.code.isAsync {
					var nf *Frame
					if fn.code.simple && len(args) == fn.code.npos && t.depth < t.maxDepth {
						// Plain positional call: no binding rules to apply.
						nf = t.callFrame(fn, args)
						t.depth++
					} else {
						nf, err = t.bindFrame(fn, nil, args, nil)
						if err != nil {
							continue
						}
						if err = t.pushFrameDepth(); err != nil {
							t.release(nf)
							continue
						}
					}
					clearSlots(s[fnIdx:sp])
					f.sp, f.pc = fnIdx, pc
					nf.back = f
					f = nf
					code, instrs, s, sp, pc = f.code, f.code.instrs, f.slots, f.sp, f.pc
					if len(code.cellParam) > 0 {
						startFrame(f)
					}
					continue
				}
				if b, ok := callee.(*Builtin); ok && b == listAppend && len(args) == 2 && !t.lim.active() {
					if l, ok := args[0].(*List); ok && !l.deque {
						// l.append(x), the commonest method call: what
						// the builtin does, without the call (limits:
						// callBuiltin counts the growth).
						if len(l.Items) == cap(l.Items) {
							l.Items = growItems(l.Items)
						}
						l.Items = append(l.Items, args[1])
						clear(s[fnIdx+1 : sp])
						sp = fnIdx + 1
						s[fnIdx] = None
						continue
					}
				}
				var r Value
				r, err = t.call(callee, args, nil)
				for i := fnIdx + 1; i < sp; i++ {
					s[i] = nil
				}
				if err != nil {
					continue
				}
				sp = fnIdx + 1
				s[fnIdx] = r
			case opBinary:
				x, y := s[sp-2], s[sp-1]
				switch a := x.(type) {
				case Int:
					if b, ok := y.(Int); ok {
						if r, ok := intFast(binOp(arg), a, b); ok {
							sp--
							s[sp-1] = r
							s[sp] = nil
							continue
						}
					}
				case Str:
					if b, ok := y.(Str); ok && binOp(arg) == syntax.Add {
						if err = t.alloc(len(a) + len(b)); err != nil {
							continue
						}
						sp--
						s[sp-1] = t.concat(a, b)
						s[sp] = nil
						continue
					}
				case Float:
					if b, ok := y.(Float); ok && binOp(arg) <= syntax.Mult {
						var r Float
						switch binOp(arg) {
						case syntax.Add:
							r = a + b
						case syntax.Sub:
							r = a - b
						default:
							r = a * b
						}
						sp--
						s[sp-1] = r
						s[sp] = nil
						continue
					}
				}
				var r Value
				r, err = binary(t, binOp(arg), x, y, false)
				sp--
				s[sp-1] = r
				s[sp] = nil
			case opInplace:
				x, y := s[sp-2], s[sp-1]
				switch a := x.(type) {
				case Int:
					if b, ok := y.(Int); ok {
						if r, ok := intFast(binOp(arg), a, b); ok {
							sp--
							s[sp-1] = r
							s[sp] = nil
							continue
						}
					}
				case Str:
					if b, ok := y.(Str); ok && binOp(arg) == syntax.Add {
						if err = t.alloc(len(a) + len(b)); err != nil {
							continue
						}
						sp--
						s[sp-1] = t.concat(a, b)
						s[sp] = nil
						continue
					}
				}
				var r Value
				r, err = binary(t, binOp(arg), x, y, true)
				sp--
				s[sp-1] = r
				s[sp] = nil
			case opUnary:
				var r Value
				r, err = unary(t, arg, s[sp-1])
				s[sp-1] = r
			case opCompare:
				x, y := s[sp-2], s[sp-1]
				var r Value
				if a, ok := x.(Int); ok {
					if b, ok := y.(Int); ok {
						r = Bool(intCompare(cmpOp(arg), a, b))
						goto cmpDone
					}
				}
				r, err = compare(t, cmpOp(arg), x, y)
			cmpDone:
				sp--
				s[sp-1] = r
				s[sp] = nil
			case opBuildList:
				err = t.alloc(arg * slotSize)
				items := make([]Value, arg)
				copy(items, s[sp-arg:sp])
				clear(s[sp-arg : sp])
				sp -= arg
				s[sp] = &List{Items: items}
				sp++
			case opBuildTuple:
				err = t.alloc(arg * slotSize)
				items := make(Tuple, arg)
				copy(items, s[sp-arg:sp])
				clear(s[sp-arg : sp])
				sp -= arg
				s[sp] = items
				sp++
			case opBuildSet:
				st := NewSet()
				for _, v := range s[sp-arg : sp] {
					if err = st.Add(v); err != nil {
						break
					}
				}
				clear(s[sp-arg : sp])
				sp -= arg
				s[sp] = st
				sp++
				if err == nil {
					err = t.alloc(arg * slotSize)
				}
			case opBuildComp:
				s[sp] = newComp(arg, s[0].(*Iterator))
				sp++
			case opBuildDict:
				d := NewDict()
				for i := sp - 2*arg; i < sp; i += 2 {
					if err = d.Set(s[i], s[i+1]); err != nil {
						break
					}
				}
				clear(s[sp-2*arg : sp])
				sp -= 2 * arg
				s[sp] = d
				sp++
				if err == nil {
					err = t.alloc(arg * 2 * slotSize)
				}
			case opListAppend, opSetAdd, opMapAdd:
				if op := opcode(ins & 0xff); op == opListAppend {
					l := s[sp-1-arg].(*List)
					sp--
					if len(l.Items) == cap(l.Items) {
						l.Items = growItems(l.Items)
					}
					l.Items = append(l.Items, s[sp])
					s[sp] = nil
					// t.alloc(slotSize), inlined by hand.
					t.lim.allocs++
					if t.lim.fuel -= slotSize + 1; t.lim.fuel < 0 {
						err = t.allocSlow(slotSize)
					}
				} else if op == opSetAdd {
					st := s[sp-1-arg].(*Set)
					sp--
					if err = st.Add(s[sp]); err == nil {
						err = t.alloc(slotSize)
					}
					s[sp] = nil
				} else {
					d := s[sp-2-arg].(*Dict)
					sp -= 2
					if err = d.Set(s[sp], s[sp+1]); err == nil {
						err = t.alloc(2 * slotSize)
					}
					s[sp], s[sp+1] = nil, nil
				}
				if next := instrs[pc]; opcode(next&0xff) == opJump && int(next>>8) < pc && err == nil {
					// A comprehension's loop goes on: jump back now
					// (opJump's tick, inlined by hand).
					if (t.ticks+1)&4095 != 0 && !t.cancelled.Load() {
						t.ticks++
						pc = int(next >> 8)
					}
				}
			case opListExtend:
				l := s[sp-2].(*List)
				sp--
				var items []Value
				items, err = t.iterate(s[sp])
				l.Items = append(l.Items, items...)
				s[sp] = nil
				if err == nil {
					err = t.alloc(len(items) * slotSize)
				}
			case opSetUpdate:
				st := s[sp-2].(*Set)
				sp--
				var items []Value
				items, err = t.iterate(s[sp])
				for _, v := range items {
					if err == nil {
						err = st.Add(v)
					}
				}
				s[sp] = nil
			case opDictUpdate:
				d := s[sp-2].(*Dict)
				sp--
				err = t.dictUpdate(d, s[sp], arg == 2)
				s[sp] = nil
			case opListToTuple:
				s[sp-1] = Tuple(s[sp-1].(*List).Items)
			case opBuildSlice:
				sl := &Slice{Start: s[sp-arg], Stop: s[sp-arg+1], Step: None}
				if arg == 3 {
					sl.Step = s[sp-1]
				}
				clear(s[sp-arg : sp])
				sp -= arg
				s[sp] = sl
				sp++
			case opSubscr:
				var r Value
				var items []Value
				switch c := s[sp-2].(type) {
				case *List:
					items = c.Items
				case Tuple:
					items = c
				case *Dict:
					// A str or int key found: no user code, no missing key.
					switch s[sp-1].(type) {
					case Str, Int:
						if v, ok, _ := c.Get(s[sp-1]); ok {
							r = v
							goto subDone
						}
					}
				}
				if i, ok := s[sp-1].(Int); ok && items != nil {
					n := Int(len(items))
					if i < 0 {
						i += n
					}
					if i >= 0 && i < n {
						r = items[i]
						goto subDone
					}
				}
				r, err = t.getItem(s[sp-2], s[sp-1])
			subDone:
				sp--
				s[sp-1] = r
				s[sp] = nil
			case opStoreSubscr:
				err = t.setItem(s[sp-2], s[sp-1], s[sp-3])
				sp -= 3
				s[sp], s[sp+1], s[sp+2] = nil, nil, nil
			case opJump:
				if arg < pc {
					// A backward jump: the place to notice cancellation.
					// This is t.tick, inlined by hand (run is too large
					// for the compiler to inline calls).
					if (t.ticks+1)&4095 != 0 && !t.cancelled.Load() {
						t.ticks++
					} else if err = t.tick(); err != nil {
						continue
					}
				}
				pc = arg
			case opCompareJump:
				x, y := s[sp-2], s[sp-1]
				var r bool
				if a, ok := x.(Int); ok {
					if b, ok := y.(Int); ok {
						r = intCompare(cmpOp(arg>>16), a, b)
						goto cjDone
					}
				}
				{
					var v Value
					v, err = compare(t, cmpOp(arg>>16), x, y)
					if err != nil {
						continue
					}
					r = truth(v)
				}
			cjDone:
				sp -= 2
				s[sp], s[sp+1] = nil, nil
				if !r {
					pc = arg & 0xffff
				}
			case opJumpIfFalse:
				sp--
				v := s[sp]
				s[sp] = nil
				if b, ok := v.(Bool); ok {
					if !b {
						pc = arg
					}
				} else if !truth(v) {
					pc = arg
				}
			case opJumpIfTrue:
				sp--
				v := s[sp]
				s[sp] = nil
				if b, ok := v.(Bool); ok {
					if b {
						pc = arg
					}
				} else if truth(v) {
					pc = arg
				}
			case opJumpIfFalseOrPop:
				if !truth(s[sp-1]) {
					pc = arg
				} else {
					sp--
					s[sp] = nil
				}
			case opJumpIfTrueOrPop:
				if truth(s[sp-1]) {
					pc = arg
				} else {
					sp--
					s[sp] = nil
				}
			case opGetIter:
				var it Value
				it, err = t.getIter(s[sp-1])
				s[sp-1] = it
			case opForIter:
				it := s[sp-1].(*Iterator)
				var v Value
				if it.k == itRange && it.n > 0 {
					// Inline the commonest iterators.
					v = mkInt(Int(it.stop))
					it.stop += it.step
					it.n--
				} else if l, ok := it.seq.(*List); ok && it.k == itList && it.i < len(l.Items) {
					v = l.Items[it.i]
					it.i++
				} else if instrs[pc] == unpack2 {
					// The loop unpacks pairs: skip making the tuple.
					a, b, ok, ok2, e := it.next2(t)
					if ok2 {
						if e != nil {
							err = e
							continue
						}
						if !ok {
							sp--
							s[sp] = nil
							pc = arg
							continue
						}
						if st1, st2 := instrs[pc+1], instrs[pc+2]; opcode(st1&0xff) == opStoreLocal && opcode(st2&0xff) == opStoreLocal {
							// ... into two locals: store them at once.
							s[st1>>8], s[st2>>8] = a, b
							pc += 3
							continue
						}
						s[sp], s[sp+1] = b, a
						sp += 2
						pc++
						continue
					}
				}
				if v == nil {
					var ok bool
					v, ok, err = it.next(t)
					if err != nil {
						continue
					}
					if !ok {
						sp--
						s[sp] = nil
						pc = arg
						continue
					}
				}
				if st := instrs[pc]; opcode(st&0xff) == opStoreLocal {
					// The loop stores the item in a local: do that too.
					s[st>>8] = v
					pc++
					continue
				} else if opcode(st&0xff) == opStoreGlobal {
					t.globals[st>>8] = v
					pc++
					continue
				}
				s[sp] = v
				sp++
			case opUnpack:
				v := s[sp-1]
				var items []Value
				switch x := v.(type) {
				case Tuple:
					items = x
				case *List:
					items = x.Items
				default:
					items, err = t.iterate(v)
					if err != nil {
						err = notIterableUnpack(err, v)
						continue
					}
				}
				if len(items) != arg {
					if len(items) < arg {
						err = newExc(excValueError, "not enough values to unpack (expected %d, got %d)", arg, len(items))
					} else {
						err = tooManyUnpack(v, arg, len(items))
					}
					continue
				}
				sp--
				for i := len(items) - 1; i >= 0; i-- {
					s[sp] = items[i]
					sp++
				}
			case opUnpackEx:
				before, after := arg&0xfff, arg>>12
				var items []Value
				items, err = t.iterate(s[sp-1])
				if err != nil {
					err = notIterableUnpack(err, s[sp-1])
					continue
				}
				if len(items) < before+after {
					err = newExc(excValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
					continue
				}
				sp--
				for i := len(items) - 1; i >= len(items)-after; i-- {
					s[sp] = items[i]
					sp++
				}
				err = t.alloc((len(items) - before - after) * slotSize)
				mid := make([]Value, len(items)-before-after)
				copy(mid, items[before:len(items)-after])
				s[sp] = &List{Items: mid}
				sp++
				for i := before - 1; i >= 0; i-- {
					s[sp] = items[i]
					sp++
				}
			case opCall, opCallKw:
				var kw []KeywordArg
				npos := arg
				top := sp
				if opcode(ins&0xff) == opCallKw {
					names := s[sp-1].(Tuple)
					top = sp - 1
					npos = arg - len(names)
					kw = make([]KeywordArg, len(names))
					for i, n := range names {
						kw[i] = KeywordArg{Name: string(n.(Str)), Value: s[top-len(names)+i]}
					}
				}
				fnIdx := top - arg - 1
				callee := s[fnIdx]
				args := s[fnIdx+1 : fnIdx+1+npos]
				if fn, ok := callee.(*Function); ok && fn.code.simple && len(kw) == 0 && len(args) == fn.code.npos {
					// Plain positional call: no binding rules to apply.
					if t.depth >= t.maxDepth {
						err = t.recursionError()
						continue
					}
					nf := t.callFrame(fn, args)
					clearSlots(s[fnIdx:sp])
					f.sp, f.pc = fnIdx, pc
					t.depth++
					nf.back = f
					f = nf
					code, instrs, s, sp, pc = f.code, f.code.instrs, f.slots, f.sp, f.pc
					if len(code.cellParam) > 0 {
						startFrame(f)
					}
					continue
				}
				if fn, ok := callee.(*Function); ok && !fn.code.isAsync {
					var nf *Frame
					nf, err = t.bindFrame(fn, nil, args, kw)
					if err != nil {
						continue
					}
					for i := fnIdx; i < sp; i++ {
						s[i] = nil
					}
					f.sp, f.pc = fnIdx, pc
					if err = t.pushFrameDepth(); err != nil {
						t.release(nf)
						continue
					}
					nf.back = f
					f = nf
					code, instrs, s, sp, pc = f.code, f.code.instrs, f.slots, f.sp, f.pc
					startFrame(f)
					continue
				}
				if c, ok := callee.(*Class); ok {
					if init, ok := c.initMethod(); ok {
						if fn, ok := init.(*Function); ok {
							inst := t.newInstance(c)
							var nf *Frame
							if fn.code.simple && len(kw) == 0 && len(args)+1 == fn.code.npos {
								nf = t.newFrame(fn.code, fn)
								nf.slots[0] = inst
								for i, a := range args {
									nf.slots[1+i] = a // not copy: its runtime call costs more
								}
							} else if nf, err = t.bindFrame(fn, inst, args, kw); err != nil {
								continue
							}
							nf.initSelf = inst
							clearSlots(s[fnIdx:sp])
							f.sp, f.pc = fnIdx, pc
							if err = t.pushFrameDepth(); err != nil {
								t.release(nf)
								continue
							}
							nf.back = f
							f = nf
							code, instrs, s, sp, pc = f.code, f.code.instrs, f.slots, f.sp, f.pc
							startFrame(f)
							continue
						}
					}
				}
				var r Value
				r, err = t.call(callee, args, kw)
				for i := fnIdx + 1; i < sp; i++ {
					s[i] = nil
				}
				if err != nil {
					continue
				}
				sp = fnIdx + 1
				s[fnIdx] = r
			case opCallEx:
				callee := s[sp-3]
				args := s[sp-2].(Tuple)
				var kw []KeywordArg
				for _, e := range s[sp-1].(*Dict).entries {
					if !e.dead {
						kw = append(kw, KeywordArg{Name: string(e.key.(Str)), Value: e.val})
					}
				}
				var r Value
				r, err = t.call(callee, args, kw)
				s[sp-1], s[sp-2] = nil, nil
				sp -= 2
				s[sp-1] = r
			case opMakeFunction:
				info := code.consts[arg>>3].(*funcInfo)
				var fn *Function
				if arg&mfClosure != 0 {
					k := info.code.nfree // cells on top of the stack
					fn = newClosure(info.code, s[sp-k:sp])
					sp -= k
				} else {
					fn = &Function{code: info.code}
				}
				err = t.alloc(64)
				if arg&mfKwDefaults != 0 {
					sp--
					fn.kwdefaults = s[sp].(*Dict)
					s[sp] = nil
				}
				if arg&mfDefaults != 0 {
					sp--
					fn.defaults = s[sp].(Tuple)
					s[sp] = nil
				}
				s[sp] = fn
				sp++
			case opMakeClass:
				info := code.consts[arg].(*classInfo)
				var cls Value
				cls, err = t.makeClass(info, s[sp-1].(Tuple))
				s[sp-1] = cls
			case opReturn:
				if t.cancelled.Load() {
					// Recursion without loops never jumps back: notice
					// cancellation and the time limit here too.
					if err = t.stopped(); err != nil {
						continue
					}
				}
				r := s[sp-1]
				if f.initSelf != nil {
					if _, ok := r.(NoneType); !ok {
						err = newExc(excTypeError, "__init__() should return None, not '%s'", typeName(r))
						continue
					}
					r = f.initSelf
				}
				t.depth--
				if f.base {
					if f.code.isModule {
						r = f.result
					}
					f.sp = sp
					t.release(f)
					return r, nil
				}
				done := f
				done.sp = sp
				f = f.back
				t.release(done)
				code, instrs, s, sp, pc = f.code, f.code.instrs, f.slots, f.sp, f.pc
				s[sp] = r
				sp++
			case opSetResult:
				sp--
				f.result = s[sp]
				s[sp] = nil
			case opSetupExcept:
				f.blocks = append(f.blocks, block{handler: arg, sp: sp, nexc: len(f.excs)})
			case opPopBlock:
				f.blocks = f.blocks[:len(f.blocks)-1]
			case opPushExc:
				f.excs = append(f.excs, s[sp-1].(*ExcValue))
			case opPopExcept:
				f.excs = f.excs[:len(f.excs)-1]
			case opExcMatch:
				var ok bool
				ok, err = excMatch(s[sp-2].(*ExcValue), s[sp-1])
				sp--
				s[sp-1] = Bool(ok)
				s[sp] = nil
			case opReraise:
				sp--
				e := s[sp].(*ExcValue)
				s[sp] = nil
				f.excs = f.excs[:len(f.excs)-1]
				f.sp, f.pc = sp, pc
				err = &reraise{e}
			case opRaise:
				err = t.raise(f, s[sp-arg:sp])
				clear(s[sp-arg : sp])
				sp -= arg
			case opAssertFail:
				err = t.assertError(s[:sp], arg)
			case opWithEnter:
				var r Value
				r, err = t.callMethod(s[sp-1], "__enter__", nil)
				s[sp] = r
				sp++
			case opWithExitOK:
				sp--
				_, err = t.callMethod(s[sp], "__exit__", []Value{None, None, None})
				s[sp] = nil
			case opWithExitExc:
				e := s[sp-1].(*ExcValue)
				var r Value
				r, err = t.callMethod(s[sp-2], "__exit__", []Value{e.Class, e, None})
				sp -= 2
				s[sp], s[sp+1] = nil, nil
				f.excs = f.excs[:len(f.excs)-1]
				if err == nil && !truth(r) {
					f.sp, f.pc = sp, pc
					err = &reraise{e}
				}
			case opFormat:
				spec := ""
				if arg&1 != 0 {
					sp--
					spec = fstringText(s[sp])
					s[sp] = nil
				}
				var r Value
				r, err = t.fstringField(s[sp-1], arg>>1, spec)
				s[sp-1] = r
			case opBuildString:
				var r Value
				if r, err = t.buildString(s[sp-arg : sp]); err != nil {
					continue
				}
				clear(s[sp-arg : sp])
				sp -= arg
				s[sp] = r
				sp++
			case opImportName:
				var m Value
				m, err = t.importModule(code.names[arg])
				s[sp] = m
				sp++
			case opImportFrom:
				var v Value
				v, err = t.importFrom(s[sp-1].(*Module), code.names[arg])
				s[sp] = v
				sp++
			case opAwait:
				v := s[sp-1]
				co, ok := v.(*Coroutine)
				if !ok {
					if arg == 1 {
						continue // a host function's resolved result
					}
					err = newExc(excTypeError, "'%s' object can't be awaited", typeName(v))
					continue
				}
				if co.awaited {
					err = newExc(excRuntimeError, "cannot reuse already awaited coroutine")
					continue
				}
				co.awaited = true
				if co.fut != nil {
					var r Value
					r, err = t.host.await(t, co.fut)
					s[sp-1] = r
					continue
				}
				if co.gather != nil {
					var r Value
					r, err = t.runGather(co)
					s[sp-1] = r
					continue
				}
				sp--
				s[sp] = nil
				f.sp, f.pc = sp, pc
				if err = t.pushFrameDepth(); err != nil {
					continue
				}
				nf := co.frame
				co.frame = nil // the frame is the run's now: released frames are reused
				nf.back = f
				f = nf
				code, instrs, s, sp, pc = f.code, f.code.instrs, f.slots, f.sp, f.pc
				startFrame(f)
			case opLine:
				f.sp, f.pc = sp, pc
				err = t.dbg.line(f, pc-1, arg)
			default:
				panic("interp: bad opcode")
			}
			continue
		}
	handle:
		// Exception: record this frame in the traceback, then look for a
		// handler here or in the callers.
		if t.dbg != nil {
			err = t.dbg.raised(f, pc, err)
		}
		for {
			exc, rr := asExc(err)
			if exc == nil || exc.uncatchable {
				if exc != nil && !exc.frameless && !rr {
					traceAll(exc, f, pc) // a resource error shows where it struck
				}
				t.unwindAll(f)
				return nil, err
			}
			if !rr {
				ent := tbEntry{code: f.code, pc: pc - 1}
				if exc.atDef != nil && len(exc.tb) == 0 {
					ent.at = &exc.atDef.defPos
				}
				exc.tb = append(exc.tb, ent)
			}
			if n := len(f.blocks); n > 0 {
				b := f.blocks[n-1]
				f.blocks = f.blocks[:n-1]
				for i := b.sp; i < sp; i++ {
					s[i] = nil
				}
				sp = b.sp
				f.excs = f.excs[:b.nexc]
				s[sp] = exc
				sp++
				pc = b.handler
				err = nil
				break
			}
			t.depth--
			if f.base {
				f.sp = sp
				t.release(f)
				return nil, exc
			}
			done := f
			done.sp = sp
			f = f.back
			t.release(done)
			code, instrs, s, sp, pc = f.code, f.code.instrs, f.slots, f.sp, f.pc
			err = exc
		}
	}
}

// addressTaken takes the addresses of run's variables that are to stay in
// memory (see run). It does nothing; noinline keeps the compiler from
// seeing that.
//
//go:noinline
func addressTaken(*error, **Frame, **vm) {}

// reraise carries an exception re-raised by a handler, so that the frame
// is not added to its traceback twice.
type reraise struct{ exc *ExcValue }

// Error renders the carried exception.
func (r *reraise) Error() string { return r.exc.Error() }

func asExc(err error) (*ExcValue, bool) {
	switch e := err.(type) {
	case *ExcValue:
		return e, false
	case *reraise:
		return e.exc, true
	}
	return nil, false
}

func (t *vm) unwindAll(f *Frame) {
	for f != nil && !f.base {
		t.depth--
		f = f.back
	}
	t.depth--
}

// tick is called on backward jumps and while builtins gather items: it
// stops the run once the context is done or the time limit has passed (a
// flag set by context.AfterFunc or the limit's timer, so the check is one
// atomic load). Every 4096 ticks it also asks the context and the clock
// (limits.go): under js/wasm no timer fires during a synchronous call, so
// a deadline there is seen only by reading the clock.
func (t *vm) tick() error {
	if t.cancelled.Load() {
		return t.stopped()
	}
	if t.ticks++; t.ticks&4095 == 0 {
		return t.poll()
	}
	return nil
}

func (t *vm) raise(f *Frame, vals []Value) error {
	if err := t.alloc(64); err != nil {
		return err
	}
	if len(vals) == 0 {
		// Monty reports a bare raise at the raise statement.
		for fr := f; fr != nil; fr = fr.back {
			if n := len(fr.excs); n > 0 {
				e := fr.excs[n-1]
				e.tb = nil
				return e
			}
		}
		return newExc(excRuntimeError, "No active exception to reraise")
	}
	v := vals[0]
	switch x := v.(type) {
	case *ExcValue:
		x.tb = nil
		x.atDef = nil
		return x
	case *ExcClass:
		return &ExcValue{Class: x}
	}
	return newExc(excTypeError, "exceptions must derive from BaseException")
}

func excMatch(e *ExcValue, typ Value) (bool, error) {
	switch c := typ.(type) {
	case *ExcClass:
		return e.Class.isSubclass(c), nil
	case Tuple:
		for _, x := range c {
			ok, err := excMatch(e, x)
			if ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	}
	return false, newExc(excTypeError, "catching classes that do not inherit from BaseException is not allowed")
}

// notIterableUnpack words a failed unpacking of a non-iterable as Monty
// does.
func notIterableUnpack(err error, v Value) error {
	if e, ok := err.(*ExcValue); ok && e.Class == excTypeError && strings.HasSuffix(e.message(), "is not iterable") {
		return newExc(excTypeError, "cannot unpack non-iterable %s object", typeName(v))
	}
	return err
}

// assertError builds the AssertionError of a failed assert from the
// values the compiler left on the stack (see fcomp.assertStmt).
func (t *vm) assertError(s []Value, flags int) error {
	var msg Value
	if flags&1 != 0 {
		msg, s = s[len(s)-1], s[:len(s)-1]
	}
	var intro string
	if flags&2 != 0 {
		l, err := t.repr(s[len(s)-2])
		if err != nil {
			return err
		}
		r, err := t.repr(s[len(s)-1])
		if err != nil {
			return err
		}
		intro = "assert " + l + " " + string(s[len(s)-3].(Str)) + " " + r
	} else if msg == nil {
		intro = "assert " + string(s[len(s)-1].(Str))
	}
	if msg == nil {
		return &ExcValue{Class: excAssertionError, Args: []Value{Str(intro)}}
	}
	m, err := t.str(msg)
	if err != nil {
		return err
	}
	if intro != "" {
		m += "\n" + intro
	}
	return &ExcValue{Class: excAssertionError, Args: []Value{Str(m)}}
}

// unboundLocal is the error for reading a local that has no value yet.
func unboundLocal(name string) error {
	return newExc(excUnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name)
}

func tooManyUnpack(v Value, want, got int) error {
	switch v.(type) {
	case *List, Tuple:
		return newExc(excValueError, "too many values to unpack (expected %d, got %d)", want, got)
	}
	return newExc(excValueError, "too many values to unpack (expected %d)", want)
}
