package interp

import (
	"math/big"
	"unsafe"
)

// Measuring live memory: the size of every value reachable from the run's
// roots — the global table, the frames in use (each frame the VM ever
// made is registered once in vm.frames; a frame in use has its code set,
// a released one has not) — plus what builtins hold while building a
// result (limiter.pending). The walk is iterative (nesting may be 100 000
// deep) and visits each object once; strings are counted once per
// backing array, so a million references to one string cost a million
// slots, not a million copies.
//
// Sizes follow Go's layout of the values, which is close to Monty's Rust
// one: a slot (an interface) is 16 bytes, a str or bytes its length, a big
// int its words, containers a header and their capacity.

const (
	slotSize  = 16
	smallStr  = 16 // shorter strings are counted where they are referenced
	entrySize = int64(unsafe.Sizeof(dictEntry{}))
)

// walker is the reusable state of a measurement.
type walker struct {
	seen  map[unsafe.Pointer]struct{}
	strs  map[unsafe.Pointer]int // longest string seen per backing array
	stack []Value
	size  int64
}

// registerFrame records a newly made frame so measurements find it.
func (t *vm) registerFrame(f *Frame) { t.frames = append(t.frames, f) }

// peakDepth is the most Python frames that were in use at once.
func (t *vm) peakDepth() int { return len(t.frames) }

// measureLive returns the bytes held by values reachable from the roots.
func (t *vm) measureLive() int64 {
	w := &t.lim.walkState
	if w.seen == nil {
		w.seen = map[unsafe.Pointer]struct{}{}
		w.strs = map[unsafe.Pointer]int{}
	}
	w.size = 0
	w.size += int64(len(t.globals)) * slotSize
	w.push(t.globals...)
	for _, f := range t.frames {
		if f.code != nil && w.mark(unsafe.Pointer(f)) {
			w.frame(f)
		}
	}
	w.drain()
	n := w.size
	clear(w.seen)
	clear(w.strs)
	w.stack = w.stack[:0]
	return n
}

// push queues values to visit; scalars (small ints, floats, bools, None)
// have no size beyond their slot and short strings are counted at once,
// so large lists of them cost no stack traffic.
func (w *walker) push(vs ...Value) {
	for _, v := range vs {
		switch x := v.(type) {
		case nil, Int, Float, Bool, NoneType:
		case Str:
			if len(x) <= smallStr {
				w.size += int64(len(x))
			} else {
				w.str(string(x))
			}
		default:
			w.stack = append(w.stack, v)
		}
	}
}

// mark reports whether p is seen for the first time.
func (w *walker) mark(p unsafe.Pointer) bool {
	if _, ok := w.seen[p]; ok {
		return false
	}
	w.seen[p] = struct{}{}
	return true
}

func (w *walker) frame(f *Frame) {
	w.size += 64 + int64(len(f.slots))*slotSize
	w.push(f.slots...)
	for _, c := range f.cells {
		if c != nil {
			w.push(c)
		}
	}
	for _, e := range f.excs {
		w.push(e)
	}
	if f.ns != nil {
		w.push(f.ns)
	}
	w.push(f.initSelf, f.result)
	if f.fn != nil {
		w.push(f.fn)
	}
}

func (w *walker) str(s string) {
	if len(s) <= smallStr {
		w.size += int64(len(s))
		return
	}
	p := unsafe.Pointer(unsafe.StringData(s))
	if old, ok := w.strs[p]; ok {
		if len(s) > old {
			w.size += int64(len(s) - old)
			w.strs[p] = len(s)
		}
		return
	}
	w.strs[p] = len(s)
	w.size += int64(len(s))
}

func (w *walker) dict(d *Dict) {
	w.size += 64 + int64(cap(d.entries))*entrySize + int64(len(d.index))*4
	for i := range d.entries {
		e := &d.entries[i]
		if !e.dead {
			w.push(e.key, e.val)
		}
	}
	if d.factory != nil {
		w.push(d.factory)
	}
}

func (w *walker) drain() {
	for len(w.stack) > 0 {
		v := w.stack[len(w.stack)-1]
		w.stack = w.stack[:len(w.stack)-1]
		w.value(v)
	}
}

func (w *walker) value(v Value) {
	switch x := v.(type) {
	case Str:
		w.str(string(x))
	case Bytes:
		w.str(string(x))
	case *big.Int:
		if w.mark(unsafe.Pointer(x)) {
			w.size += 32 + int64(len(x.Bits()))*8
		}
	case *List:
		if w.mark(unsafe.Pointer(x)) {
			w.size += 40 + int64(cap(x.Items))*slotSize
			w.push(x.Items...)
		}
	case Tuple:
		if len(x) == 0 || w.mark(unsafe.Pointer(&x[0])) {
			w.size += 24 + int64(len(x))*slotSize
			w.push(x...)
		}
	case *Dict:
		if w.mark(unsafe.Pointer(x)) {
			w.dict(x)
		}
	case *Set:
		if w.mark(unsafe.Pointer(x)) {
			w.dict(&x.d)
		}
	case *Instance:
		if w.mark(unsafe.Pointer(x)) {
			w.size += 48 + int64(cap(x.vals))*slotSize
			if x.shape.private {
				w.size += x.shape.size()
			}
			w.push(x.vals...)
			w.push(x.cls)
		}
	case *Class:
		if w.mark(unsafe.Pointer(x)) {
			w.size += 96 + x.shapeBytes
			w.push(x.attrs)
		}
	case *Function:
		if w.mark(unsafe.Pointer(x)) {
			w.size += 64 + int64(len(x.defaults)+len(x.closure))*slotSize
			w.push(x.defaults...)
			for _, c := range x.closure {
				w.push(c)
			}
			if x.kwdefaults != nil {
				w.push(x.kwdefaults)
			}
		}
	case *Cell:
		if w.mark(unsafe.Pointer(x)) {
			w.size += slotSize
			w.push(x.V)
		}
	case *BoundMethod:
		if w.mark(unsafe.Pointer(x)) {
			w.size += 2 * slotSize
			w.push(x.Self, x.Fn)
		}
	case *ExcValue:
		if w.mark(unsafe.Pointer(x)) {
			w.size += 64 + int64(len(x.Args))*slotSize
			w.push(x.Args...)
		}
	case *Coroutine:
		if w.mark(unsafe.Pointer(x)) {
			w.size += 64
			if x.frame != nil && x.frame.code != nil && w.mark(unsafe.Pointer(x.frame)) {
				w.frame(x.frame)
			}
			w.push(x.gather...)
		}
	case *Iterator:
		if w.mark(unsafe.Pointer(x)) {
			w.size += 96 + int64(len(x.items))*slotSize
			w.push(x.seq, x.fn)
			w.push(x.items...)
			for _, it := range x.its {
				w.push(it)
			}
		}
	case *DictView:
		w.push(x.d)
	case *Match:
		if w.mark(unsafe.Pointer(x)) {
			w.size += 64 + int64(len(x.loc))*8
			w.str(x.s)
		}
	case *Slice:
		w.push(x.Start, x.Stop, x.Step)
	}
}
