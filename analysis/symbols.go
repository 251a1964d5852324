package analysis

import "hash/maphash"

// Name resolution looks names up many times per identifier (in each
// scope around the use, then among inputs and builtins). Each distinct
// name of a file gets a small number, a symbol, once; bindings are then
// found by (scope, symbol) in one table, and what does not depend on the
// scope (input? builtin? imported?) is a flag of the symbol.

// symID numbers the distinct names of one file, from 0.
type symID int32

// noSym is the symbol of a name the file never binds nor uses.
const noSym symID = -1

// symFlags are the facts about a name that hold in every scope.
type symFlags uint8

const (
	symInput       symFlags = 1 << iota // an input of the program
	symBuiltin                          // a builtin of the profile
	symUsed                             // recorded in Result.Used already
	symImported                         // some import binds it
	symDeclared                         // some global or nonlocal statement names it
	symCallChecked                      // a builtin whose calls checkBuiltinCall checks
	symExternal                         // an external function the stubs declare
)

// symbols interns the names of one file: an open-addressing table of
// slots, the names, their flags, and for each the innermost binding in a
// scope the walk is in (see walker.boundSoFar).
type symbols struct {
	seed  uint64
	slots []int32 // symbol+1, 0 for empty; len is a power of two, at most half full
	names []string
	flags []symFlags
	top   []int32 // binding number + 1, 0 for none
}

// nameHash hashes a name from its length and a few of its bytes, without
// a loop over them: names are short and differ early or late, and the
// table compares whole names anyway. The random seed keeps any one input
// from being slow every time.
func nameHash(seed uint64, name string) uint64 {
	n := len(name)
	x := seed ^ uint64(n)
	if n > 0 {
		x ^= uint64(name[0])<<8 | uint64(name[n-1])<<16 | uint64(name[n>>1])<<24 |
			uint64(name[(n-1)>>2])<<32 | uint64(name[n-1-(n-1)>>2])<<40
	}
	x *= 0x9E3779B97F4A7C15
	return x ^ x>>32
}

// reset readies the table for a file: a new one, or one that release
// left empty.
func (t *symbols) reset() {
	if t.slots == nil {
		t.seed = new(maphash.Hash).Sum64()
		t.slots = make([]int32, 1024)
	}
	t.names, t.flags, t.top = t.names[:0], t.flags[:0], t.top[:0]
}

// release empties the table and drops its pointers into a file's source.
// A short file has a few names in a table of a thousand slots, so their
// slots are emptied one by one rather than the whole table cleared. That
// goes newest first: the table is then each time as it was just after
// the name's insertion (grow re-inserts in the same order), so its probe
// sequence still leads to its slot.
func (t *symbols) release() {
	if len(t.names) <= len(t.slots)/16 {
		for k := len(t.names) - 1; k >= 0; k-- {
			i, _ := t.find(t.names[k])
			t.slots[i] = 0
		}
	} else {
		clear(t.slots)
	}
	clear(t.names)
	t.names, t.flags, t.top = t.names[:0], t.flags[:0], t.top[:0]
}

// find returns the index of name's slot, and whether it holds name (else
// it is the empty slot where name goes).
func (t *symbols) find(name string) (int, bool) {
	mask := len(t.slots) - 1
	for i := int(nameHash(t.seed, name)) & mask; ; i = (i + 1) & mask {
		v := t.slots[i]
		if v == 0 {
			return i, false
		}
		if t.names[v-1] == name {
			return i, true
		}
	}
}

// lookup returns the symbol of name, or noSym if it has none yet.
func (t *symbols) lookup(name string) symID {
	if i, ok := t.find(name); ok {
		return symID(t.slots[i] - 1)
	}
	return noSym
}

// intern returns the symbol of name, giving it one if it has none; c
// provides the flags of a new one.
func (t *symbols) intern(c *checker, name string) symID {
	i, ok := t.find(name)
	if ok {
		return symID(t.slots[i] - 1)
	}
	sym := symID(len(t.names))
	t.slots[i] = int32(sym) + 1
	var f symFlags
	if c.isInput(name) {
		f |= symInput
	}
	if c.decls.Funcs[name] != nil {
		f |= symExternal
	}
	if c.prof.HasBuiltin(name) {
		f |= symBuiltin
		if c.builtinCallChecked(name) {
			f |= symCallChecked
		}
	}
	t.names = append(t.names, name)
	t.flags = append(t.flags, f)
	t.top = append(t.top, 0)
	if 2*len(t.names) > len(t.slots) {
		t.grow()
	}
	return sym
}

func (t *symbols) grow() {
	t.slots = make([]int32, 2*len(t.slots))
	for sym, name := range t.names {
		i, _ := t.find(name)
		t.slots[i] = int32(sym) + 1
	}
}

// bindTable maps (scope, symbol) to the number of the binding, for every
// scope of a file: one open-addressing table instead of a map per scope.
type bindTable struct {
	keys []uint64 // 0 is empty
	vals []int32
	n    int
	bits uint
}

func bindKey(s *scope, sym symID) uint64 { return scopeSymKey(s.idx, sym) }

func scopeSymKey(scope int32, sym symID) uint64 {
	return uint64(uint32(scope)+1)<<32 | uint64(uint32(sym))
}

// reset readies the table for a file: a new one, or one that empty left
// empty.
func (t *bindTable) reset() {
	if t.keys == nil {
		t.bits = 11
		t.keys = make([]uint64, 1<<t.bits)
		t.vals = make([]int32, 1<<t.bits)
	}
	t.n = 0
}

// empty removes the keys of f's bindings, each made by one put, from the
// table (vals under empty keys are never read). Like symbols.release, it
// empties a few keys one by one, newest first, and clears a fuller table
// whole: once the table has grown it is at least a quarter full.
func (t *bindTable) empty(f *fileState) {
	if t.n > len(t.keys)/16 {
		clear(t.keys)
		t.n = 0
		return
	}
	mask := len(t.keys) - 1
	for b := f.nBinding - 1; b >= 0; b-- {
		bc := &f.binding(int32(b)).bindCore
		k := scopeSymKey(bc.scope, bc.sym)
		for i := t.slot(k); t.keys[i] != 0; i = (i + 1) & mask {
			if t.keys[i] == k {
				t.keys[i] = 0
				break
			}
		}
	}
	t.n = 0
}

func (t *bindTable) slot(k uint64) int {
	return int((k * 0x9E3779B97F4A7C15) >> (64 - t.bits))
}

// get returns the number of the binding of sym in s, or -1.
func (t *bindTable) get(s *scope, sym symID) int32 {
	if sym < 0 {
		return -1
	}
	k := bindKey(s, sym)
	mask := len(t.keys) - 1
	for i := t.slot(k); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.vals[i]
		case 0:
			return -1
		}
	}
}

// put adds the binding numbered b of sym in s, which has none.
func (t *bindTable) put(s *scope, sym symID, b int32) {
	if 2*(t.n+1) > len(t.keys) {
		t.grow()
	}
	t.insert(bindKey(s, sym), b)
	t.n++
}

func (t *bindTable) insert(k uint64, b int32) {
	mask := len(t.keys) - 1
	i := t.slot(k)
	for t.keys[i] != 0 {
		i = (i + 1) & mask
	}
	t.keys[i], t.vals[i] = k, b
}

func (t *bindTable) grow() {
	keys, vals := t.keys, t.vals
	t.bits++
	t.keys = make([]uint64, 1<<t.bits)
	t.vals = make([]int32, 1<<t.bits)
	for i, k := range keys {
		if k != 0 {
			t.insert(k, vals[i])
		}
	}
}

// link puts a new binding on its symbol's chain of bindings in the scopes
// the walk is in, which runs from the innermost scope out: usually on
// top, but a global, nonlocal or walrus binding goes to a scope further
// out.
func (t *symbols) link(f *fileState, b *Binding) {
	p := &t.top[b.sym]
	for *p != 0 {
		o := f.binding(*p - 1)
		if o.scopeDepth <= b.scopeDepth {
			break
		}
		p = &o.outer
	}
	b.outer, *p = *p, b.idx+1
}

// openBinding returns the binding of sym in target, a scope the walk is
// in, or nil.
func (t *symbols) openBinding(f *fileState, target *scope, sym symID) *Binding {
	for i := t.top[sym]; i != 0; {
		b := f.binding(i - 1)
		if b.scopeDepth < target.depth {
			break
		}
		if b.scope == target.idx {
			return b
		}
		i = b.outer
	}
	return nil
}

// unlink takes the bindings of a scope the walk leaves off their chains.
// The scopes inside it were left before, so its bindings are on top.
func (t *symbols) unlink(f *fileState, s *scope) {
	for i := s.last; i != 0; {
		b := f.binding(i - 1)
		p := &t.top[b.sym]
		for *p != 0 && *p != i {
			p = &f.binding(*p - 1).outer
		}
		if *p == i {
			*p = b.outer
		}
		b.outer = 0
		i = b.prevInScope
	}
}
