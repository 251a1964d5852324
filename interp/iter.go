package interp

import (
	"math/big"
	"unicode/utf8"
)

// iterKind tells iterators apart; an Iterator is plain data (what it walks
// and where it is) so that a paused frame holding one stays serialisable.
type iterKind uint8

const (
	itList iterKind = iota
	itTuple
	itStr
	itBytes
	itRange
	itDictKeys
	itDictValues
	itDictItems
	itSet
	itEnumerate
	itZip
	itMap
	itFilter
	itReversed
	itCount
	itRepeat
	itChain
	itValues // a precomputed slice
	itCycle  // items repeated forever
	itTakeWhile
	itDropWhile
	itStarmap
)

// Iterator is a Python iterator.
type Iterator struct {
	kind  string // Python type name: "list_iterator", "enumerate", ...
	k     iterKind
	seq   Value
	items []Value
	i     int
	n     int64
	step  int64
	stop  int64
	its   []*Iterator
	fn    Value
	done  bool
}

func (it *Iterator) next(t *vm) (Value, bool, error) {
	switch it.k {
	case itList:
		l := it.seq.(*List)
		if it.i < len(l.Items) {
			v := l.Items[it.i]
			it.i++
			return v, true, nil
		}
		return nil, false, nil
	case itTuple, itValues:
		if it.i < len(it.items) {
			v := it.items[it.i]
			it.i++
			return v, true, nil
		}
		return nil, false, nil
	case itStr:
		s := string(it.seq.(Str))
		if it.i < len(s) {
			r, size := utf8.DecodeRuneInString(s[it.i:])
			_ = r
			v := Str(s[it.i : it.i+size])
			it.i += size
			return v, true, nil
		}
		return nil, false, nil
	case itBytes:
		s := string(it.seq.(Bytes))
		if it.i < len(s) {
			v := Int(s[it.i])
			it.i++
			return v, true, nil
		}
		return nil, false, nil
	case itRange:
		if it.n > 0 {
			v := mkInt(Int(it.stop))
			it.stop += it.step
			it.n--
			return v, true, nil
		}
		return nil, false, nil
	case itDictKeys, itDictValues, itDictItems:
		d := it.seq.(*Dict)
		if int64(d.live) != it.n {
			return nil, false, newExc(excRuntimeError, "dictionary changed size during iteration")
		}
		for it.i < len(d.entries) {
			e := &d.entries[it.i]
			it.i++
			if e.dead {
				continue
			}
			switch it.k {
			case itDictKeys:
				return e.key, true, nil
			case itDictValues:
				return e.val, true, nil
			}
			return Tuple{e.key, e.val}, true, nil
		}
		return nil, false, nil
	case itSet:
		s := it.seq.(*Set)
		if int64(s.d.live) != it.n {
			return nil, false, newExc(excRuntimeError, "Set changed size during iteration")
		}
		for it.i < len(s.d.entries) {
			e := &s.d.entries[it.i]
			it.i++
			if !e.dead {
				return e.key, true, nil
			}
		}
		return nil, false, nil
	case itEnumerate:
		v, ok, err := it.its[0].next(t)
		if !ok || err != nil {
			return nil, false, err
		}
		r := Tuple{mkInt(Int(it.n)), v}
		it.n++
		return r, true, nil
	case itZip:
		if it.done || len(it.its) == 0 {
			return nil, false, nil
		}
		out := make(Tuple, len(it.its))
		for i, sub := range it.its {
			v, ok, err := sub.next(t)
			if err != nil {
				return nil, false, err
			}
			if !ok {
				it.done = true
				return nil, false, nil
			}
			out[i] = v
		}
		return out, true, nil
	case itMap:
		if len(it.its) == 1 {
			v, ok, err := it.its[0].next(t)
			if !ok || err != nil {
				return nil, false, err
			}
			r, err := t.call1(it.fn, v)
			return r, err == nil, err
		}
		args := make([]Value, len(it.its))
		for i, sub := range it.its {
			v, ok, err := sub.next(t)
			if !ok || err != nil {
				return nil, false, err
			}
			args[i] = v
		}
		r, err := t.call(it.fn, args, nil)
		if err != nil {
			return nil, false, err
		}
		return r, true, nil
	case itFilter:
		for {
			v, ok, err := it.its[0].next(t)
			if !ok || err != nil {
				return nil, false, err
			}
			keep := truth(v)
			if _, isNone := it.fn.(NoneType); !isNone {
				r, err := t.call1(it.fn, v)
				if err != nil {
					return nil, false, err
				}
				keep = truth(r)
			}
			if keep {
				return v, true, nil
			}
		}
	case itReversed:
		if it.i > 0 {
			it.i--
			return it.items[it.i], true, nil
		}
		return nil, false, nil
	case itCount:
		v := it.seq
		r, err := binary(t, 0, v, it.fn, false)
		if err != nil {
			return nil, false, err
		}
		it.seq = r
		return v, true, nil
	case itRepeat:
		if it.n < 0 {
			return it.seq, true, nil
		}
		if it.n > 0 {
			it.n--
			return it.seq, true, nil
		}
		return nil, false, nil
	case itCycle:
		if len(it.items) == 0 {
			return nil, false, nil
		}
		v := it.items[it.i%len(it.items)]
		it.i++
		return v, true, nil
	case itTakeWhile, itDropWhile:
		for {
			if it.done && it.k == itTakeWhile {
				return nil, false, nil
			}
			v, ok, err := it.its[0].next(t)
			if !ok || err != nil {
				return nil, false, err
			}
			if it.k == itDropWhile && it.done {
				return v, true, nil
			}
			r, err := t.call1(it.fn, v)
			if err != nil {
				return nil, false, err
			}
			if it.k == itTakeWhile {
				if truth(r) {
					return v, true, nil
				}
				it.done = true
				return nil, false, nil
			}
			if !truth(r) {
				it.done = true
				return v, true, nil
			}
		}
	case itStarmap:
		v, ok, err := it.its[0].next(t)
		if !ok || err != nil {
			return nil, false, err
		}
		args, err := t.iterate(v)
		if err != nil {
			return nil, false, err
		}
		r, err := t.call(it.fn, args, nil)
		if err != nil {
			return nil, false, err
		}
		return r, true, nil
	case itChain:
		for it.i < len(it.its) {
			v, ok, err := it.its[it.i].next(t)
			if err != nil {
				return nil, false, err
			}
			if ok {
				return v, true, nil
			}
			it.i++
		}
		return nil, false, nil
	}
	return nil, false, nil
}

// getIter is iter(v).
func (t *vm) getIter(v Value) (Value, error) {
	switch x := v.(type) {
	case *List:
		return &Iterator{kind: "list_iterator", k: itList, seq: x}, nil
	case Tuple:
		return &Iterator{kind: "tuple_iterator", k: itTuple, items: x}, nil
	case Str:
		return &Iterator{kind: "str_ascii_iterator", k: itStr, seq: x}, nil
	case Bytes:
		return &Iterator{kind: "bytes_iterator", k: itBytes, seq: x}, nil
	case *Range:
		return &Iterator{kind: "range_iterator", k: itRange, stop: x.Start, step: x.Step, n: x.Len()}, nil
	case *Dict:
		return &Iterator{kind: "dict_keyiterator", k: itDictKeys, seq: x, n: int64(x.live)}, nil
	case *DictView:
		k := itDictKeys
		kind := "dict_keyiterator"
		switch x.kind {
		case 1:
			k, kind = itDictValues, "dict_valueiterator"
		case 2:
			k, kind = itDictItems, "dict_itemiterator"
		}
		return &Iterator{kind: kind, k: k, seq: x.d, n: int64(x.d.live)}, nil
	case *Set:
		return &Iterator{kind: "set_iterator", k: itSet, seq: x, n: int64(x.d.live)}, nil
	case *Iterator:
		return x, nil
	case *Instance:
		if tu, ok := tupleOf(x); ok {
			return &Iterator{kind: "tuple_iterator", k: itTuple, items: tu}, nil
		}
		if m, ok := x.cls.lookup("__iter__"); ok {
			r, err := t.call(m, []Value{x}, nil)
			if err != nil {
				return nil, err
			}
			return t.getIter(r)
		}
	}
	return nil, newExc(excTypeError, "'%s' object is not iterable", typeName(v))
}

// maxPresize caps the room a list comprehension reserves up front, so
// that a comprehension over a huge range grows (and meets the memory
// limit) one item at a time as before. A dict comprehension reserves at
// most maxPresizeDict entries, as its keys may repeat.
const (
	maxPresize     = 1 << 16
	maxPresizeDict = 1 << 13
)

// newComp makes the empty result of a comprehension (opBuildComp) with
// room for the items it walks.
func newComp(kind int, it *Iterator) Value {
	if kind == compDict {
		d := NewDict()
		d.reserve(min(it.lenHint(), maxPresizeDict))
		return d
	}
	return &List{Items: make([]Value, 0, min(it.lenHint(), maxPresize))}
}

// lenHint is how many items it has left, or 0 when that is not known
// cheaply.
func (it *Iterator) lenHint() int {
	switch it.k {
	case itList:
		return max(len(it.seq.(*List).Items)-it.i, 0)
	case itTuple, itValues:
		return max(len(it.items)-it.i, 0)
	case itRange:
		return int(min(it.n, maxPresize))
	case itDictKeys, itDictValues, itDictItems:
		return it.seq.(*Dict).live
	case itSet:
		return it.seq.(*Set).d.live
	case itEnumerate:
		return it.its[0].lenHint()
	case itZip:
		if it.done || len(it.its) == 0 {
			return 0
		}
		n := it.its[0].lenHint()
		for _, sub := range it.its[1:] {
			n = min(n, sub.lenHint())
		}
		return n
	}
	return 0
}

// iterate returns all items of an iterable. For lists and tuples it returns
// the backing slice, which the caller must not modify.
func (t *vm) iterate(v Value) ([]Value, error) {
	switch x := v.(type) {
	case *List:
		return x.Items, nil
	case Tuple:
		return x, nil
	case *Dict:
		return x.Keys(), nil
	case *Set:
		return x.Items(), nil
	}
	it, err := t.getIter(v)
	if err != nil {
		return nil, err
	}
	var out []Value
	iter := it.(*Iterator)
	held := 0 // bytes of out counted as held (limits.go)
	defer func() { t.unhold(held) }()
	for {
		// Infinite iterators (itertools.count, cycle) must still stop on
		// cancellation, and must not exhaust the host's memory.
		if err := t.tick(); err != nil {
			return nil, err
		}
		if len(out)&1023 == 1023 {
			if err := t.hold(1024 * slotSize); err != nil {
				return nil, err
			}
			held += 1024 * slotSize
		}
		if len(out) >= maxCollect {
			return nil, newExc(excMemoryError, "memory limit exceeded: more than %d items", maxCollect)
		}
		x, ok, err := iter.next(t)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, x)
	}
}

// maxCollect bounds how many items one builtin gathers from an iterator.
const maxCollect = 1 << 25

// DictView is dict.keys(), values() or items().
type DictView struct {
	d    *Dict
	kind uint8 // 0 keys, 1 values, 2 items
}

// contains is "x in container".
func (t *vm) contains(container, x Value) (bool, error) {
	switch c := container.(type) {
	case *List:
		for _, v := range c.Items {
			if isSame(v, x) {
				return true, nil
			}
			if eq, err := t.equal(v, x); err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	case Tuple:
		for _, v := range c {
			if eq, err := t.equal(v, x); err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	case *Dict:
		_, ok, err := c.Get(x)
		return ok, err
	case *Set:
		return c.Has(x)
	case Str:
		s, ok := x.(Str)
		if !ok {
			return false, newExc(excTypeError, "'in <string>' requires string as left operand, not %s", typeName(x))
		}
		return containsStr(string(c), string(s)), nil
	case Bytes:
		switch s := x.(type) {
		case Bytes:
			return containsStr(string(c), string(s)), nil
		case Int:
			for i := 0; i < len(c); i++ {
				if Int(c[i]) == s {
					return true, nil
				}
			}
			return false, nil
		}
	case *Range:
		var n int64
		switch v := x.(type) {
		case Int:
			n = int64(v)
		case Bool:
			n = int64(boolInt(v))
		case *big.Int:
			return false, nil
		default:
			items, _ := t.iterate(c)
			return t.contains(Tuple(items), x)
		}
		if c.Step > 0 {
			return n >= c.Start && n < c.Stop && (n-c.Start)%c.Step == 0, nil
		}
		return n <= c.Start && n > c.Stop && (c.Start-n)%(-c.Step) == 0, nil
	case *DictView:
		if c.kind == 0 {
			_, ok, err := c.d.Get(x)
			return ok, err
		}
		items, _ := t.iterate(c)
		return t.contains(Tuple(items), x)
	case *Instance:
		if m, ok := c.cls.lookup("__contains__"); ok {
			r, err := t.call(m, []Value{c, x}, nil)
			return truth(r), err
		}
		if _, ok := c.cls.lookup("__iter__"); ok {
			items, err := t.iterate(c)
			if err != nil {
				return false, err
			}
			return t.contains(Tuple(items), x)
		}
	case *Iterator:
		for {
			if err := t.tick(); err != nil {
				return false, err
			}
			v, ok, err := c.next(t)
			if err != nil || !ok {
				return false, err
			}
			if eq, err := t.equal(v, x); err != nil || eq {
				return eq, err
			}
		}
	}
	return false, newExc(excTypeError, "argument of type '%s' is not iterable", typeName(container))
}

func containsStr(s, sub string) bool {
	return len(sub) == 0 || indexStr(s, sub) >= 0
}

func indexStr(s, sub string) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if s[i:i+n] == sub {
			return i
		}
	}
	return -1
}

// dictUpdate merges a mapping or an iterable of pairs into d. For call
// keyword merging (kwargs) the keys must be str and unique.
func (t *vm) dictUpdate(d *Dict, src Value, kwargs bool) error {
	switch m := src.(type) {
	case *Dict:
		for _, e := range m.entries {
			if e.dead {
				continue
			}
			if kwargs {
				if _, ok := e.key.(Str); !ok {
					return newExc(excTypeError, "keywords must be strings")
				}
				if _, dup, _ := d.Get(e.key); dup {
					return newExc(excTypeError, "got multiple values for keyword argument '%s'", e.key.(Str))
				}
			}
			d.setHashed(e.key, e.val, e.hash)
		}
		return nil
	}
	if kwargs {
		return newExc(excTypeError, "argument after ** must be a mapping, not %s", typeName(src))
	}
	items, err := t.iterate(src)
	if err != nil {
		return err
	}
	for i, it := range items {
		pair, err := t.iterate(it)
		if err != nil {
			return err
		}
		if len(pair) != 2 {
			return newExc(excValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		if err := d.Set(pair[0], pair[1]); err != nil {
			return err
		}
	}
	return nil
}
