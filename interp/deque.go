package interp

// collections.deque: a List flagged as a deque, with an optional maxlen.

func dequeAppend(d *List, v Value, left bool) {
	if d.maxlen == 0 {
		return
	}
	if left {
		d.Items = append([]Value{v}, d.Items...)
		if d.maxlen > 0 && len(d.Items) > d.maxlen {
			d.Items = d.Items[:d.maxlen]
		}
		return
	}
	d.Items = append(d.Items, v)
	if d.maxlen > 0 && len(d.Items) > d.maxlen {
		d.Items = append([]Value(nil), d.Items[len(d.Items)-d.maxlen:]...)
	}
}

func init() {
	pop := func(left bool) builtinFn {
		return func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			d := args[0].(*List)
			if len(d.Items) == 0 {
				return nil, newExc(excIndexError, "pop from an empty deque")
			}
			if left {
				v := d.Items[0]
				d.Items = d.Items[1:]
				return v, nil
			}
			v := d.Items[len(d.Items)-1]
			d.Items = d.Items[:len(d.Items)-1]
			return v, nil
		}
	}
	extend := func(left bool) builtinFn {
		return func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("deque", "extend", args, kw, 1, 1); err != nil {
				return nil, err
			}
			items, err := t.iterate(args[1])
			if err != nil {
				return nil, err
			}
			for _, v := range append([]Value(nil), items...) {
				dequeAppend(args[0].(*List), v, left)
			}
			return None, nil
		}
	}
	addMethods("deque", map[string]builtinFn{
		"append": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("deque", "append", args, kw, 1, 1); err != nil {
				return nil, err
			}
			dequeAppend(args[0].(*List), args[1], false)
			return None, nil
		},
		"appendleft": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("deque", "appendleft", args, kw, 1, 1); err != nil {
				return nil, err
			}
			dequeAppend(args[0].(*List), args[1], true)
			return None, nil
		},
		"pop":        pop(false),
		"popleft":    pop(true),
		"extend":     extend(false),
		"extendleft": extend(true),
		"clear": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			args[0].(*List).Items = []Value{}
			return None, nil
		},
		"rotate": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			d := args[0].(*List)
			n := 1
			if len(args) > 1 {
				if k, ok := args[1].(Int); ok {
					n = int(k)
				}
			}
			if len(d.Items) == 0 {
				return None, nil
			}
			n %= len(d.Items)
			if n < 0 {
				n += len(d.Items)
			}
			d.Items = append(append([]Value(nil), d.Items[len(d.Items)-n:]...), d.Items[:len(d.Items)-n]...)
			return None, nil
		},
		"copy": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			d := args[0].(*List)
			return &List{Items: append([]Value{}, d.Items...), deque: true, maxlen: d.maxlen}, nil
		},
		"count": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			return countIn(t, args[0].(*List).Items, args[1])
		},
	})
}

// counterArith is Counter + Counter and Counter - Counter: positive
// counts only, as in Python.
func counterArith(t *vm, op binOp, a, b *Dict) (Value, error) {
	out := NewDict()
	out.kind, out.factory = counterDict, Int(0)
	keys := a.Keys()
	for _, k := range b.Keys() {
		if _, ok, _ := a.Get(k); !ok {
			keys = append(keys, k)
		}
	}
	for _, k := range keys {
		x, ok, _ := a.Get(k)
		if !ok {
			x = Int(0)
		}
		y, ok, _ := b.Get(k)
		if !ok {
			y = Int(0)
		}
		r, err := binary(t, op, x, y, false)
		if err != nil {
			return nil, err
		}
		if c, _, _ := cmp3(t, r, Int(0)); c > 0 {
			out.Set(k, r)
		}
	}
	return out, nil
}
