package interp

import "strings"

// makeClass runs a class body and builds the class.
func (t *vm) makeClass(info *classInfo, closure Tuple) (Value, error) {
	fn := &Function{code: info.body}
	if len(closure) > 0 {
		fn.closure = make([]*Cell, len(closure))
		for i, c := range closure {
			fn.closure[i] = c.(*Cell)
		}
	}
	f := t.newFrame(info.body, fn)
	f.ns = NewDict()
	f.base = true
	ns := f.ns
	if _, err := t.run(f); err != nil {
		return nil, err
	}
	cls := &Class{Name: info.name, attrs: ns, vm: t.shared()}
	if _, ok := ns.GetStr("__eq__"); ok {
		if _, ok := ns.GetStr("__hash__"); !ok {
			cls.unhashable = true
		}
	}
	cls.fields = info.fields
	return cls, nil
}

// initInstance initialises an instance of a class without __init__: a
// dataclass binds its fields, any other class takes no arguments.
func (t *vm) initInstance(c *Class, inst *Instance, args []Value, kw []KeywordArg) (Value, error) {
	dc := c.dataclass
	if dc == nil {
		if len(args) > 0 || len(kw) > 0 {
			return nil, newExc(excTypeError, "%s() takes no arguments", c.Name)
		}
		return inst, nil
	}
	vals := make([]Value, len(dc.fields))
	if len(args) > len(dc.fields) {
		return nil, newExc(excTypeError, "%s.__init__() takes %d positional arguments but %d were given", c.Name, len(dc.fields)+1, len(args)+1)
	}
	copy(vals, args)
	for _, k := range kw {
		i := indexOf(dc.fields, k.Name)
		if i < 0 {
			return nil, newExc(excTypeError, "%s.__init__() got an unexpected keyword argument '%s'", c.Name, k.Name)
		}
		if vals[i] != nil {
			return nil, newExc(excTypeError, "%s.__init__() got multiple values for argument '%s'", c.Name, k.Name)
		}
		vals[i] = k.Value
	}
	var missing []string
	for i, f := range dc.fields {
		if vals[i] == nil {
			if d, ok := c.attrs.GetStr(f); ok {
				vals[i] = d
				continue
			}
			missing = append(missing, f)
		}
	}
	if len(missing) > 0 {
		return nil, missingArgs(c.Name+".__init__", "positional", missing)
	}
	for i, f := range dc.fields {
		inst.set(f, vals[i])
	}
	return inst, nil
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// dataclassDecorator implements dataclasses.dataclass, bare or called with
// options.
func dataclassDecorator(t *vm, args []Value, kw []KeywordArg) (Value, error) {
	frozen := false
	for _, k := range kw {
		switch k.Name {
		case "frozen":
			frozen = truth(k.Value)
		case "order":
			if truth(k.Value) {
				return nil, newExc(excNotImplementedError, "dataclass() does not yet support the order option")
			}
		case "eq", "repr", "init", "unsafe_hash", "kw_only", "slots", "match_args":
		default:
			return nil, newExc(excTypeError, "dataclass() got an unexpected keyword argument '%s'", k.Name)
		}
	}
	apply := func(v Value) (Value, error) {
		c, ok := v.(*Class)
		if !ok {
			return nil, newExc(excTypeError, "dataclass() should be called on a class")
		}
		if _, ok := c.attrs.GetStr("__post_init__"); ok {
			return nil, newExc(excNotImplementedError, "dataclass() does not yet support __post_init__ in a class body, which would be silently skipped")
		}
		c.dataclass = &dataclassInfo{fields: c.fields, frozen: frozen, eq: true}
		c.ver++ // a frozen class refuses stores the caches allowed
		if _, ok := c.attrs.GetStr("__eq__"); !ok && !frozen {
			c.unhashable = true
		}
		return c, nil
	}
	if len(args) == 1 && len(kw) == 0 {
		return apply(args[0])
	}
	return &Builtin{Name: "dataclass", Fn: func(t *vm, a []Value, k []KeywordArg) (Value, error) {
		if len(a) != 1 {
			return nil, newExc(excTypeError, "dataclass() takes exactly one argument")
		}
		return apply(a[0])
	}}, nil
}

func (c *Class) lookup(name string) (Value, bool) { return c.attrs.GetStr(name) }

// instanceRepr is repr() of an instance: __repr__, a dataclass's field
// list, or Monty's "<A object at 0x..>".
func (t *vm) instanceRepr(x *Instance) (string, error) {
	if m, ok := x.cls.lookup("__repr__"); ok {
		r, err := t.call(m, []Value{x}, nil)
		if err != nil {
			return "", err
		}
		s, ok := r.(Str)
		if !ok {
			return "", newExc(excTypeError, "__repr__ returned non-string (type %s)", typeName(r))
		}
		return string(s), nil
	}
	if dc := x.cls.dataclass; dc != nil {
		var b strings.Builder
		b.WriteString(x.cls.Name + "(")
		for i, f := range dc.fields {
			if i > 0 {
				b.WriteString(", ")
			}
			v, _ := x.get(f)
			r, err := t.repr(v)
			if err != nil {
				return "", err
			}
			b.WriteString(f + "=" + r)
		}
		b.WriteString(")")
		return b.String(), nil
	}
	return "<" + x.cls.Name + " object at 0x" + hexID(x.id) + ">", nil
}

func hexID(id int64) string {
	const digits = "0123456789abcdef"
	n := id * 8
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{digits[n%16]}, b...)
		n /= 16
	}
	return string(b)
}
