package interp

import "github.com/monty-tools/monty-tools/syntax"

// call1 calls fn with one positional argument: what key=, map, filter and
// the other builtins that call back into Python do once per item. A plain
// Python function taking one parameter gets its frame directly, without
// the argument slice and binding of call.
func (t *vm) call1(fn Value, arg Value) (Value, error) {
	if f, ok := fn.(*Function); ok && f.code.simple && f.code.npos == 1 {
		args := [1]Value{arg}
		fr := t.callFrame(f, args[:])
		fr.base = true
		return t.run(fr)
	}
	return t.call(fn, []Value{arg}, nil)
}

// next2 is next for a loop that unpacks each item into two targets
// ("for i, x in enumerate(xs)", "for k, v in d.items()", "for a, b in
// zip(xs, ys)"): it returns the two parts without making the tuple. ok2 is false for iterators it does
// not handle; the caller then uses next.
func (it *Iterator) next2(t *vm) (a, b Value, ok, ok2 bool, err error) {
	switch it.k {
	case itEnumerate:
		v, ok, err := it.its[0].next(t)
		if !ok || err != nil {
			return nil, nil, false, true, err
		}
		i := mkInt(Int(it.n))
		it.n++
		return i, v, true, true, nil
	case itDictItems:
		d := it.seq.(*Dict)
		if int64(d.live) != it.n {
			return nil, nil, false, true, newExc(excRuntimeError, "dictionary changed size during iteration")
		}
		for it.i < len(d.entries) {
			e := &d.entries[it.i]
			it.i++
			if !e.dead {
				return e.key, e.val, true, true, nil
			}
		}
		return nil, nil, false, true, nil
	case itZip:
		if len(it.its) != 2 {
			break
		}
		if it.done {
			return nil, nil, false, true, nil
		}
		if a, ok, err = it.its[0].next(t); ok && err == nil {
			b, ok, err = it.its[1].next(t)
		}
		if !ok && err == nil {
			it.done = true
		}
		return a, b, ok && err == nil, true, err
	}
	return nil, nil, false, false, nil
}

// unpack2 is the instruction that unpacks a value into two targets.
const unpack2 = uint32(opUnpack) | 2<<8

// fusedInt continues a pair of loads (opLoadLocal2, opLoadLocalConst) whose
// values a, b are both ints: when the instruction after the pair is int
// arithmetic (then possibly a store to a local) or a compare-and-jump, it
// does that too, saving the dispatch and the stack traffic of each step.
// pc is the index of the pair's second (skipped) load. It returns the next
// pc and stack pointer, or -1 when the pair must be pushed as usual.
func fusedInt(instrs []uint32, pc int, s []Value, sp int, a, b Int) (int, int) {
	next := instrs[pc+1]
	switch opcode(next & 0xff) {
	case opBinary, opInplace:
		// + and - inline (intFast's, without its call and switch).
		var r Value
		switch op := binOp(next >> 8); op {
		case syntax.Add:
			c := a + b
			if (c > a) != (b > 0) {
				return -1, sp
			}
			r = mkInt(c)
		case syntax.Sub:
			c := a - b
			if (c < a) != (b > 0) {
				return -1, sp
			}
			r = mkInt(c)
		default:
			var ok bool
			if r, ok = intFast(op, a, b); !ok {
				return -1, sp
			}
		}
		if st := instrs[pc+2]; opcode(st&0xff) == opStoreLocal {
			s[st>>8] = r
			return pc + 3, sp
		}
		s[sp] = r
		return pc + 2, sp + 1
	case opCompareJump:
		if intCompare(cmpOp(next>>24), a, b) {
			return pc + 2, sp
		}
		return int(next>>8) & 0xffff, sp
	}
	return -1, sp
}

// instanceMethod is the Python function a method call inst.name(...) runs
// with inst as self, or nil when the name is not a plain method (an
// instance attribute shadows it, or the class attribute is no function);
// loadMethod handles those.
func instanceMethod(inst *Instance, name string) *Function {
	if inst.shape.find(name) >= 0 {
		return nil
	}
	m, _ := inst.cls.lookup(name)
	fn, _ := m.(*Function)
	return fn
}
