package interp

// Frames: a run keeps finished frames on a free list (vm.free) and reuses
// them, slots and all, so that a call allocates nothing unless the
// function has cells of its own. A frame on the free list has nil slots
// (above its stack top they are nil all along: pops clear them) and no
// code, which is how limits_walk.go tells it from a live one.

// newFrame makes a frame to run code (of fn, nil for the module) with every
// local unbound.
func (t *vm) newFrame(code *Code, fn *Function) *Frame {
	f := t.takeFrame(code, fn)
	locals := f.slots[:code.nlocals]
	for i := range locals {
		locals[i] = unbound
	}
	return f
}

// callFrame is newFrame for a simple call (code.simple, len(args) ==
// code.npos): the arguments fill the first locals. The loops stand in for
// copy and clear, whose runtime calls cost more than a few slots.
func (t *vm) callFrame(fn *Function, args []Value) *Frame {
	code := fn.code
	n := code.nlocals + code.maxStack
	var f *Frame
	if k := len(t.free) - 1; k >= 0 && cap(t.free[k].slots) >= n && len(code.cellNames) == 0 {
		// takeFrame's common case, without the call.
		f = t.free[k]
		t.free = t.free[:k]
		f.slots = f.slots[:n]
		f.code, f.fn = code, fn
		f.sp, f.pc = code.nlocals, 0
	} else {
		f = t.takeFrame(code, fn)
	}
	locals := f.slots[:code.nlocals]
	for i, a := range args {
		locals[i] = a
	}
	for i := len(args); i < len(locals); i++ {
		locals[i] = unbound
	}
	return f
}

// takeFrame returns a frame for code from the free list (or a new one)
// with every field but the locals set; its slots are nil.
func (t *vm) takeFrame(code *Code, fn *Function) *Frame {
	var f *Frame
	n := code.nlocals + code.maxStack
	if k := len(t.free); k > 0 {
		f = t.free[k-1]
		t.free = t.free[:k-1]
		if cap(f.slots) >= n {
			f.slots = f.slots[:n]
		} else {
			f.slots = make([]Value, n)
		}
	} else {
		f = t.spareFrame(n)
		t.registerFrame(f)
	}
	f.code, f.fn = code, fn
	f.sp = code.nlocals
	f.pc = 0
	if len(code.cellNames) > 0 {
		frameCells(f, code, fn)
	}
	return f
}

// frameCells sets up the cells of a frame: the function's own cells, made
// in one allocation, then its free variables. The slice is the frame's own
// buffer, reused by later calls: only the cells escape into closures.
func frameCells(f *Frame, code *Code, fn *Function) {
	if code.nown == 0 && fn != nil {
		// Only free variables: share the function's cells (a frame
		// writes through them, never to the slice).
		f.cells = fn.closure
		return
	}
	n := len(code.cellNames)
	if cap(f.cellBuf) < n {
		f.cellBuf = make([]*Cell, n)
	}
	cells := f.cellBuf[:n]
	own := make([]Cell, code.nown)
	for i := range own {
		own[i].V = unbound
		cells[i] = &own[i]
	}
	if fn != nil {
		copy(cells[code.nown:], fn.closure)
	} else {
		clear(cells[code.nown:]) // no free variables; the buffer may hold old cells
	}
	f.cells = cells
}

// release returns a finished frame to the free list.
func (t *vm) release(f *Frame) {
	// Slots above the stack top are already nil (pops clear them).
	clearSlots(f.slots[:f.sp])
	if f.cells != nil {
		if len(f.cellBuf) > 0 {
			clear(f.cellBuf[:cap(f.cellBuf)]) // drop the cells (closures keep theirs)
		}
		f.cells = nil
	}
	f.code, f.fn, f.back = nil, nil, nil
	if f.ns != nil || f.initSelf != nil || f.result != nil {
		f.ns, f.initSelf, f.result = nil, nil, nil
	}
	if len(f.blocks) > 0 || len(f.excs) > 0 {
		f.blocks, f.excs = f.blocks[:0], f.excs[:0]
	}
	f.base = false
	t.free = append(t.free, f)
}

// startFrame copies parameter cells once arguments are bound.
func startFrame(f *Frame) {
	for i, p := range f.code.cellParam {
		if p >= 0 {
			f.cells[i].V = f.slots[p]
		}
	}
}

// clearSlots sets vs to nil: a loop, as the runtime call of clear costs
// more than the few slots a call frees. (A range loop would be compiled
// into that call.)
func clearSlots(vs []Value) {
	for i := 0; i < len(vs); i++ {
		vs[i] = nil
	}
}

// newClosure makes a function of code whose closure is cells (which it
// sets to nil: they are popped). The commonest closures, of one or two
// cells, share the function's allocation.
func newClosure(code *Code, cells []Value) *Function {
	var fn *Function
	var cl []*Cell
	switch len(cells) {
	case 1:
		p := &struct {
			fn Function
			c  [1]*Cell
		}{}
		fn, cl = &p.fn, p.c[:]
	case 2:
		p := &struct {
			fn Function
			c  [2]*Cell
		}{}
		fn, cl = &p.fn, p.c[:]
	default:
		fn, cl = &Function{}, make([]*Cell, len(cells))
	}
	for i, c := range cells {
		cl[i] = c.(*Cell)
		cells[i] = nil
	}
	fn.code, fn.closure = code, cl
	return fn
}
