package interp

// Inline caches of attribute sites, as CPython 3.11's specialized
// LOAD_ATTR/STORE_ATTR/LOAD_METHOD: each attribute load, attribute store
// and method call site of a code remembers, for the shape of the last
// instance it saw, where the attribute is, so that the next instance with
// that shape is served without looking the name up.
//
// A Program is never changed by a run, so the caches belong to the run:
// vm.icache, made on first use, with room for every site of the program;
// Code.cacheLoad, cacheStore and cacheMeth say where a code's sites
// start. A code from another program (a function passed between runs) or
// compiled by the debugger has no caches.
//
// What an entry says stays true as long as its check passes:
//   - a load entry (shape, idx): an instance with that shape has the
//     attribute at vals[idx]. Shapes only grow, and a private shape
//     (instance.go) only by appending, so this never goes stale.
//   - a store entry (shape, next, idx, ver) says the same, or, when next is
//     not nil, that storing adds the attribute, taking the instance to
//     shape next; it is only filled from a shared shape to a shared shape
//     (transitions between them never change; a private shape belongs to
//     one instance). ver is the class's version: a class made a frozen
//     dataclass after instances were stored to refuses the next store.
//   - a method entry (shape, fn, ver): an instance with that shape has no
//     attribute of the name, so inst.name is the class's function fn, as
//     long as the class's attributes are unchanged (ver). Only shared
//     shapes are cached: a private one may gain the name later.
//
// Class.ver changes whenever a class attribute is assigned (setAttr)
// or a class becomes a dataclass, which invalidates every entry that
// read the class.

// attrCache is one inline cache entry.
type attrCache struct {
	shape *shape
	next  *shape    // store sites: the shape after adding the attribute, or nil
	fn    *Function // method sites: the class's function
	ver   uint64    // store and method sites: the class's version
	idx   int       // load and store sites: the attribute's index in vals
}

// assignCaches places code's sites in the program's inline caches.
func (c *compiler) assignCaches(code *Code) {
	if c.prog == nil {
		return
	}
	n := len(code.names)
	code.prog = c.prog
	code.cacheLoad = int32(c.ncache)
	code.cacheStore = int32(c.ncache + n)
	code.cacheMeth = int32(c.ncache + 2*n)
	c.ncache += 2*n + len(code.methods)
}

// cacheEntry returns entry i of code's caches, or nil when code has none.
func (t *vm) cacheEntry(code *Code, i int) *attrCache {
	if code.prog != t.prog { // t.prog is never nil
		return nil
	}
	if t.icache == nil {
		t.icache = make([]attrCache, t.prog.ncache)
	}
	if uint(i) >= uint(len(t.icache)) {
		return nil
	}
	return &t.icache[i]
}

// instAttr returns the instance attribute code.names[name] of inst (not
// a class attribute), through the load site's cache.
func (t *vm) instAttr(inst *Instance, code *Code, name int) (Value, bool) {
	i := int(code.cacheLoad) + name
	if uint(i) < uint(len(t.icache)) && t.icache[i].shape == inst.shape && code.prog == t.prog {
		return inst.vals[t.icache[i].idx], true
	}
	return t.instAttrMiss(inst, code, name)
}

func (t *vm) instAttrMiss(inst *Instance, code *Code, name int) (Value, bool) {
	i := inst.shape.find(code.names[name])
	if i < 0 {
		return nil, false
	}
	if c := t.cacheEntry(code, int(code.cacheLoad)+name); c != nil {
		*c = attrCache{shape: inst.shape, idx: i}
	}
	return inst.vals[i], true
}

// storeAttr is obj.<code.names[name]> = v, through the store site's cache
// when obj is an instance.
func (t *vm) storeAttr(obj Value, code *Code, name int, v Value) error {
	inst, ok := obj.(*Instance)
	if !ok {
		return t.setAttr(obj, code.names[name], v)
	}
	if i := int(code.cacheStore) + name; uint(i) < uint(len(t.icache)) && code.prog == t.prog {
		if c := &t.icache[i]; c.shape == inst.shape && c.ver == inst.cls.ver {
			if c.next == nil {
				inst.vals[c.idx] = v
			} else {
				inst.shape = c.next
				inst.vals = append(inst.vals, v)
			}
			return nil
		}
	}
	from := inst.shape
	if err := t.setAttr(inst, code.names[name], v); err != nil {
		return err
	}
	c := t.cacheEntry(code, int(code.cacheStore)+name)
	switch {
	case c == nil:
	case inst.shape == from:
		*c = attrCache{shape: from, idx: from.find(code.names[name]), ver: inst.cls.ver}
	case !from.private && !inst.shape.private:
		// (A private shape belongs to this instance alone.)
		*c = attrCache{shape: from, next: inst.shape, idx: len(from.names), ver: inst.cls.ver}
	}
	return nil
}

// instMethod is instanceMethod (the Python function inst.name(...) runs
// with inst as self, or nil) for method site m of code, through its cache.
func (t *vm) instMethod(inst *Instance, code *Code, m int) *Function {
	if i := int(code.cacheMeth) + m; uint(i) < uint(len(t.icache)) && code.prog == t.prog {
		if c := &t.icache[i]; c.shape == inst.shape && c.ver == inst.cls.ver {
			return c.fn
		}
	}
	return t.instMethodMiss(inst, code, m)
}

func (t *vm) instMethodMiss(inst *Instance, code *Code, m int) *Function {
	fn := instanceMethod(inst, code.names[code.methods[m].name])
	if fn == nil || inst.shape.private {
		return fn
	}
	if c := t.cacheEntry(code, int(code.cacheMeth)+m); c != nil {
		*c = attrCache{shape: inst.shape, fn: fn, ver: inst.cls.ver}
	}
	return fn
}

// initMethod returns c's __init__, read once per version of c.
func (c *Class) initMethod() (Value, bool) {
	if c.initAt != c.ver+1 {
		c.init, _ = c.attrs.GetStr("__init__")
		c.initAt = c.ver + 1
	}
	return c.init, c.init != nil
}
