package interp

// collections.namedtuple: a class whose instances keep their fields in
// order, read by name or index, unpack and compare like tuples.

func namedtupleFactory(t *vm, args []Value, kw []KeywordArg) (Value, error) {
	if len(args) != 2 {
		return nil, newExc(excTypeError, "namedtuple() takes 2 positional arguments but %d were given", len(args))
	}
	name, ok := args[0].(Str)
	if !ok {
		return nil, newExc(excTypeError, "namedtuple() argument 1 must be str")
	}
	var fields []string
	switch f := args[1].(type) {
	case Str:
		for _, part := range splitFields(string(f)) {
			fields = append(fields, part)
		}
	default:
		items, err := t.iterate(f)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			s, ok := it.(Str)
			if !ok {
				return nil, newExc(excTypeError, "Type names and field names must be strings")
			}
			fields = append(fields, string(s))
		}
	}
	cls := &Class{Name: string(name), attrs: NewDict(), vm: t.shared(), fields: fields, namedtuple: true}
	cls.dataclass = &dataclassInfo{fields: fields, frozen: true, eq: true}
	cls.attrs.Set(Str("_replace"), &Builtin{Name: "_replace", Fn: func(t *vm, a []Value, k []KeywordArg) (Value, error) {
		if len(a) != 1 {
			return nil, newExc(excTypeError, "_replace() takes 1 positional argument")
		}
		src, ok := a[0].(*Instance)
		if !ok {
			return nil, newExc(excTypeError, "_replace() needs a %s", cls.Name)
		}
		n := src.clone()
		for _, kv := range k {
			if indexOf(fields, kv.Name) < 0 {
				return nil, newExc(excValueError, "Got unexpected field names: ['%s']", kv.Name)
			}
			n.set(kv.Name, kv.Value)
		}
		t.nextID++
		n.id = t.nextID
		return n, nil
	}})
	return cls, nil
}

func splitFields(s string) []string {
	var out []string
	cur := ""
	for _, r := range s {
		if r == ',' || r == ' ' {
			if cur != "" {
				out = append(out, cur)
			}
			cur = ""
			continue
		}
		cur += string(r)
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

// tupleOf returns a namedtuple instance's fields as a tuple.
func tupleOf(x *Instance) (Tuple, bool) {
	if !x.cls.namedtuple {
		return nil, false
	}
	out := make(Tuple, len(x.cls.fields))
	for i, f := range x.cls.fields {
		out[i], _ = x.get(f)
	}
	return out, true
}
