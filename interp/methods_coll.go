package interp

// Methods of list, tuple, dict, set and frozenset. args[0] is the receiver.

// growItems returns items with room for as many again. Appending one
// item at a time, Go grows a long slice by a quarter, copying it about
// five times over on its way to n items; doubling copies it about twice
// (as Rust's Vec in Monty and CPython's list, give or take), and the
// copies are what the collector pays for.
func growItems(items []Value) []Value {
	n := make([]Value, len(items), max(2*len(items), 4))
	copy(n, items)
	return n
}

// listAppend is list.append, which the VM calls without callBuiltin when
// no limit is being measured (opCallMethod).
var listAppend *Builtin

func methodArgs(typ, name string, args []Value, kw []KeywordArg, min, max int) error {
	if len(kw) > 0 {
		return newExc(excTypeError, "%s.%s() takes no keyword arguments", typ, name)
	}
	n := len(args) - 1
	if n >= min && n <= max {
		return nil
	}
	if min == max {
		if min == 0 {
			return newExc(excTypeError, "%s.%s() takes no arguments (%d given)", typ, name, n)
		}
		if min == 1 {
			return newExc(excTypeError, "%s.%s() takes exactly one argument (%d given)", typ, name, n)
		}
	}
	if n < min {
		return newExc(excTypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	}
	return newExc(excTypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
}

func init() {
	addMethods("list", map[string]builtinFn{
		"append": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if len(args) != 2 || len(kw) > 0 {
				return nil, methodArgs("list", "append", args, kw, 1, 1)
			}
			l := args[0].(*List)
			if len(l.Items) == cap(l.Items) {
				l.Items = growItems(l.Items)
			}
			l.Items = append(l.Items, args[1])
			return None, nil
		},
		"extend": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("list", "extend", args, kw, 1, 1); err != nil {
				return nil, err
			}
			l := args[0].(*List)
			items, err := t.iterate(args[1])
			if err != nil {
				return nil, err
			}
			l.Items = append(l.Items, items...)
			return None, nil
		},
		"insert": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("list", "insert", args, kw, 2, 2); err != nil {
				return nil, err
			}
			l := args[0].(*List)
			i, err := toIndex(args[1], "list")
			if err != nil {
				return nil, err
			}
			n := int64(len(l.Items))
			if i < 0 {
				i += n
				if i < 0 {
					i = 0
				}
			}
			if i > n {
				i = n
			}
			l.Items = append(l.Items, nil)
			copy(l.Items[i+1:], l.Items[i:])
			l.Items[i] = args[2]
			return None, nil
		},
		"pop": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("list", "pop", args, kw, 0, 1); err != nil {
				return nil, err
			}
			l := args[0].(*List)
			if len(l.Items) == 0 {
				return nil, newExc(excIndexError, "pop from empty list")
			}
			i := int64(len(l.Items) - 1)
			if len(args) == 2 {
				var err error
				i, err = toIndex(args[1], "list")
				if err != nil {
					return nil, err
				}
				if i < 0 {
					i += int64(len(l.Items))
				}
				if i < 0 || i >= int64(len(l.Items)) {
					return nil, newExc(excIndexError, "pop index out of range")
				}
			}
			v := l.Items[i]
			copy(l.Items[i:], l.Items[i+1:])
			l.Items[len(l.Items)-1] = nil
			l.Items = l.Items[:len(l.Items)-1]
			return v, nil
		},
		"remove": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("list", "remove", args, kw, 1, 1); err != nil {
				return nil, err
			}
			l := args[0].(*List)
			for i, v := range l.Items {
				eq, err := t.equal(v, args[1])
				if err != nil {
					return nil, err
				}
				if eq {
					l.Items = append(l.Items[:i], l.Items[i+1:]...)
					return None, nil
				}
			}
			return nil, newExc(excValueError, "list.remove(x): x not in list")
		},
		"index": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("list", "index", args, kw, 1, 3); err != nil {
				return nil, err
			}
			l := args[0].(*List)
			start, end, err := optRange(args[2:])
			if err != nil {
				return nil, err
			}
			n := len(l.Items)
			start, end = clampRange(start, end, n)
			for i := start; i < end; i++ {
				eq, err := t.equal(l.Items[i], args[1])
				if err != nil {
					return nil, err
				}
				if eq {
					return Int(i), nil
				}
			}
			return nil, newExc(excValueError, "list.index(x): x not in list")
		},
		"count": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("list", "count", args, kw, 1, 1); err != nil {
				return nil, err
			}
			return countIn(t, args[0].(*List).Items, args[1])
		},
		"reverse": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("list", "reverse", args, kw, 0, 0); err != nil {
				return nil, err
			}
			it := args[0].(*List).Items
			for i, j := 0, len(it)-1; i < j; i, j = i+1, j-1 {
				it[i], it[j] = it[j], it[i]
			}
			return None, nil
		},
		"sort": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if len(args) > 1 {
				return nil, newExc(excTypeError, "sort() takes no positional arguments")
			}
			return None, t.sortList(args[0].(*List), kw, "sort() key argument")
		},
		"copy": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("list", "copy", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return &List{Items: append([]Value{}, args[0].(*List).Items...)}, nil
		},
		"clear": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("list", "clear", args, kw, 0, 0); err != nil {
				return nil, err
			}
			args[0].(*List).Items = nil
			return None, nil
		},
	})
	listMethods = typeMethods["list"]
	listAppend = listMethods["append"]

	addMethods("tuple", map[string]builtinFn{
		"count": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("tuple", "count", args, kw, 1, 1); err != nil {
				return nil, err
			}
			return countIn(t, args[0].(Tuple), args[1])
		},
		"index": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("tuple", "index", args, kw, 1, 3); err != nil {
				return nil, err
			}
			for i, v := range args[0].(Tuple) {
				eq, err := t.equal(v, args[1])
				if err != nil {
					return nil, err
				}
				if eq {
					return Int(i), nil
				}
			}
			return nil, newExc(excValueError, "tuple.index(x): x not in tuple")
		},
	})

	dictFns := map[string]builtinFn{
		"get": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("dict", "get", args, kw, 1, 2); err != nil {
				return nil, err
			}
			v, ok, err := args[0].(*Dict).Get(args[1])
			if err != nil {
				return nil, err
			}
			if ok {
				return v, nil
			}
			if len(args) == 3 {
				return args[2], nil
			}
			return None, nil
		},
		"keys": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("dict", "keys", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return &DictView{d: args[0].(*Dict), kind: 0}, nil
		},
		"values": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("dict", "values", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return &DictView{d: args[0].(*Dict), kind: 1}, nil
		},
		"items": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("dict", "items", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return &DictView{d: args[0].(*Dict), kind: 2}, nil
		},
		"pop": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("dict", "pop", args, kw, 1, 2); err != nil {
				return nil, err
			}
			v, ok, err := args[0].(*Dict).Delete(args[1])
			if err != nil {
				return nil, err
			}
			if ok {
				return v, nil
			}
			if len(args) == 3 {
				return args[2], nil
			}
			return nil, keyError(args[1])
		},
		"popitem": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			d := args[0].(*Dict)
			for i := len(d.entries) - 1; i >= 0; i-- {
				if e := d.entries[i]; !e.dead {
					d.Delete(e.key)
					return Tuple{e.key, e.val}, nil
				}
			}
			return nil, newExc(excKeyError, "'popitem(): dictionary is empty'")
		},
		"setdefault": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("dict", "setdefault", args, kw, 1, 2); err != nil {
				return nil, err
			}
			d := args[0].(*Dict)
			v, ok, err := d.Get(args[1])
			if err != nil {
				return nil, err
			}
			if ok {
				return v, nil
			}
			var def Value = None
			if len(args) == 3 {
				def = args[2]
			}
			return def, d.Set(args[1], def)
		},
		"update": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			d := args[0].(*Dict)
			if len(args) > 2 {
				return nil, newExc(excTypeError, "update expected at most 1 argument, got %d", len(args)-1)
			}
			if len(args) == 2 {
				if d.kind == counterDict {
					return None, counterUpdate(t, d, args[1], 1)
				}
				if err := t.dictUpdate(d, args[1], false); err != nil {
					return nil, err
				}
			}
			for _, k := range kw {
				d.Set(Str(k.Name), k.Value)
			}
			return None, nil
		},
		"copy": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			d := args[0].(*Dict)
			c := d.Copy()
			c.kind, c.factory = d.kind, d.factory
			return c, nil
		},
		"clear": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			d := args[0].(*Dict)
			kind, f := d.kind, d.factory
			d.Clear()
			d.kind, d.factory = kind, f
			return None, nil
		},
	}
	addMethods("dict", dictFns)
	dictMethods = typeMethods["dict"]
	addMethods("defaultdict", dictFns)
	addMethods("Counter", dictFns)
	addMethods("Counter", map[string]builtinFn{
		"most_common": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			d := args[0].(*Dict)
			l := &List{Items: d.Items()}
			keyFn := &Builtin{Name: "key", Fn: func(t *vm, a []Value, k []KeywordArg) (Value, error) { return a[0].(Tuple)[1], nil }}
			if err := t.sortList(l, []KeywordArg{{"key", keyFn}, {"reverse", Bool(true)}}, "sorted() key argument"); err != nil {
				return nil, err
			}
			if len(args) == 2 {
				if n, ok := args[1].(Int); ok && int(n) < len(l.Items) {
					if n < 0 {
						n = 0
					}
					l.Items = l.Items[:n]
				}
			}
			return l, nil
		},
		"total": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			return bSum(t, []Value{&List{Items: args[0].(*Dict).Values()}}, nil)
		},
		"elements": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			var out []Value
			for _, e := range args[0].(*Dict).entries {
				if !e.dead {
					if n, ok := e.val.(Int); ok {
						for i := Int(0); i < n; i++ {
							out = append(out, e.key)
						}
					}
				}
			}
			return &Iterator{kind: "itertools.chain", k: itValues, items: out}, nil
		},
	})

	setFns := map[string]builtinFn{
		"add": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("set", "add", args, kw, 1, 1); err != nil {
				return nil, err
			}
			return None, args[0].(*Set).Add(args[1])
		},
		"remove": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("set", "remove", args, kw, 1, 1); err != nil {
				return nil, err
			}
			_, ok, err := args[0].(*Set).d.Delete(args[1])
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, keyError(args[1])
			}
			return None, nil
		},
		"discard": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("set", "discard", args, kw, 1, 1); err != nil {
				return nil, err
			}
			_, _, err := args[0].(*Set).d.Delete(args[1])
			return None, err
		},
		"pop": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s := args[0].(*Set)
			for _, e := range s.d.entries {
				if !e.dead {
					s.d.Delete(e.key)
					return e.key, nil
				}
			}
			return nil, newExc(excKeyError, "pop from an empty set")
		},
		"clear": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			args[0].(*Set).d.Clear()
			return None, nil
		},
		"copy": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s := args[0].(*Set)
			return s.copySet(s.frozen), nil
		},
		"union":                setOp(9),  // |
		"intersection":         setOp(11), // &
		"difference":           setOp(1),  // -
		"symmetric_difference": setOp(10), // ^
		"update": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("set", "update", args, kw, 1, 1); err != nil {
				return nil, err
			}
			s := args[0].(*Set)
			for _, a := range args[1:] {
				items, err := t.iterate(a)
				if err != nil {
					return nil, err
				}
				for _, v := range items {
					if err := s.Add(v); err != nil {
						return nil, err
					}
				}
			}
			return None, nil
		},
		"issubset": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			other, err := toSet(t, args[1])
			if err != nil {
				return nil, err
			}
			return Bool(subset(args[0].(*Set), other)), nil
		},
		"issuperset": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			other, err := toSet(t, args[1])
			if err != nil {
				return nil, err
			}
			return Bool(subset(other, args[0].(*Set))), nil
		},
		"isdisjoint": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			other, err := toSet(t, args[1])
			if err != nil {
				return nil, err
			}
			for _, v := range other.Items() {
				if in, _ := args[0].(*Set).Has(v); in {
					return Bool(false), nil
				}
			}
			return Bool(true), nil
		},
	}
	addMethods("set", setFns)
	frozen := map[string]builtinFn{}
	for _, n := range []string{"copy", "union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint"} {
		frozen[n] = setFns[n]
	}
	addMethods("frozenset", frozen)
}

func clampRange(start, end, n int) (int, int) {
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if end > n {
		end = n
	}
	return start, end
}

func countIn(t *vm, items []Value, x Value) (Value, error) {
	n := 0
	for _, v := range items {
		eq, err := t.equal(v, x)
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return Int(n), nil
}

func toSet(t *vm, v Value) (*Set, error) {
	if s, ok := v.(*Set); ok {
		return s, nil
	}
	items, err := t.iterate(v)
	if err != nil {
		return nil, err
	}
	s := NewSet()
	for _, x := range items {
		if err := s.Add(x); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func subset(a, b *Set) bool {
	for _, v := range a.Items() {
		if in, _ := b.Has(v); !in {
			return false
		}
	}
	return true
}

func setOp(op binOp) builtinFn {
	names := map[binOp]string{9: "union", 11: "intersection", 1: "difference", 10: "symmetric_difference"}
	return func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		// Monty's set methods take exactly one argument.
		if err := methodArgs("set", names[op], args, kw, 1, 1); err != nil {
			return nil, err
		}
		s := args[0].(*Set)
		res := s.copySet(s.frozen)
		for _, a := range args[1:] {
			other, err := toSet(t, a)
			if err != nil {
				return nil, err
			}
			r, err := setBinary(op, res, other, false)
			if err != nil {
				return nil, err
			}
			res = r.(*Set)
		}
		return res, nil
	}
}

func counterUpdate(t *vm, d *Dict, src Value, sign int64) error {
	if m, ok := src.(*Dict); ok {
		for _, e := range m.entries {
			if e.dead {
				continue
			}
			old, _, _ := d.Get(e.key)
			if old == nil {
				old = Int(0)
			}
			var delta Value = e.val
			if sign < 0 {
				delta, _ = unary(t, 3, e.val)
			}
			nv, err := binary(t, 0, old, delta, false)
			if err != nil {
				return err
			}
			d.Set(e.key, nv)
		}
		return nil
	}
	items, err := t.iterate(src)
	if err != nil {
		return err
	}
	for _, v := range items {
		old, _, err := d.Get(v)
		if err != nil {
			return err
		}
		if old == nil {
			old = Int(0)
		}
		nv, err := binary(t, 0, old, Int(sign), false)
		if err != nil {
			return err
		}
		d.Set(v, nv)
	}
	return nil
}
