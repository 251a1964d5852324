package interp

import (
	"encoding/hex"
	"strings"
)

// typeMethods holds the methods of the builtin types, by type name then
// method name; filled by the methods_*.go files.
var typeMethods = map[string]map[string]*Builtin{}

func addMethods(typ string, fns map[string]func(t *vm, args []Value, kw []KeywordArg) (Value, error)) {
	m := typeMethods[typ]
	if m == nil {
		m = map[string]*Builtin{}
		typeMethods[typ] = m
	}
	for name, fn := range fns {
		m[name] = &Builtin{Name: name, Fn: fn, recvType: typ}
	}
}

// methodsOf returns the method table for v's type.
func methodsOf(v Value) map[string]*Builtin {
	switch x := v.(type) {
	case Str:
		return strMethods
	case *List:
		if x.deque {
			return typeMethods["deque"]
		}
		return listMethods
	case *Dict:
		if x.kind == counterDict {
			return typeMethods["Counter"]
		}
		return dictMethods
	case *Set:
		if x.frozen {
			return typeMethods["frozenset"]
		}
		return typeMethods["set"]
	}
	return typeMethods[typeName(v)]
}

var strMethods, listMethods, dictMethods map[string]*Builtin

func noAttr(v Value, name string) error {
	return newExc(excAttributeError, "'%s' object has no attribute '%s'", typeName(v), name)
}

// getAttr is obj.name.
func (t *vm) getAttr(obj Value, name string) (Value, error) {
	switch x := obj.(type) {
	case *Instance:
		if v, ok := x.get(name); ok {
			return v, nil
		}
		if v, ok := x.cls.lookup(name); ok {
			if _, isFn := v.(*Function); isFn {
				return &BoundMethod{Self: x, Fn: v}, nil
			}
			return v, nil
		}
		if name == "__class__" {
			return x.cls, nil
		}
		return nil, noAttr(obj, name)
	case *Class:
		if v, ok := x.lookup(name); ok {
			return v, nil
		}
		if name == "__name__" {
			return Str(x.Name), nil
		}
		return nil, newExc(excAttributeError, "type object '%s' has no attribute '%s'", x.Name, name)
	case *Module:
		if v, ok := x.attrs[name]; ok {
			return t.moduleAttr(x, name, v)
		}
		// Monty: a module has no __name__, and reading a missing
		// attribute (not calling it) names no module.
		return nil, newExc(excAttributeError, "'module' object has no attribute '%s'", name)
	case *ExcValue:
		if name == "args" {
			return Tuple(append([]Value(nil), x.Args...)), nil
		}
		return nil, noAttr(obj, name)
	case *TypeObject:
		if name == "__name__" {
			return Str(x.Name), nil
		}
		if b, ok := classMethods[x.Name+"."+name]; ok {
			return b, nil
		}
		return nil, newExc(excAttributeError, "type object '%s' has no attribute '%s'", x.Name, name)
	case *ExcClass:
		// Monty's exception classes have no __name__ (type(e) has).
		return nil, newExc(excAttributeError, "'type' object has no attribute '%s'", name)
	case *Slice:
		switch name {
		case "start":
			return x.Start, nil
		case "stop":
			return x.Stop, nil
		case "step":
			return x.Step, nil
		}
	case *PathValue:
		return x.attr(t, name)
	}
	if a, ok := obj.(interface {
		attr(t *vm, name string) (Value, bool, error)
	}); ok {
		v, found, err := a.attr(t, name)
		if found || err != nil {
			return v, err
		}
	}
	// Monty cannot read a builtin type's method without calling it.
	return nil, noAttr(obj, name)
}

// loadMethod finds obj.name for a call. It returns the function and the
// receiver to pass first, or unbound when the callable takes no receiver,
// so that method calls on builtin types allocate nothing.
func (t *vm) loadMethod(obj Value, name string) (Value, Value, error) {
	switch x := obj.(type) {
	case Str:
		if b, ok := strMethods[name]; ok {
			return b, obj, nil
		}
	case *List:
		if !x.deque {
			if b, ok := listMethods[name]; ok {
				return b, obj, nil
			}
		}
	case *Dict:
		if x.kind == plainDict {
			if b, ok := dictMethods[name]; ok {
				return b, obj, nil
			}
		}
	case *Instance:
		if v, ok := x.get(name); ok {
			return v, unbound, nil
		}
		if v, ok := x.cls.lookup(name); ok {
			if _, isFn := v.(*Function); isFn {
				return v, x, nil
			}
			if _, isB := v.(*Builtin); isB && x.cls.namedtuple {
				return v, x, nil // namedtuple methods (_replace)
			}
			return v, unbound, nil
		}
		return nil, nil, noAttr(obj, name)
	case *Module:
		if _, ok := x.attrs[name]; !ok {
			// A missing module function that is called names the module.
			return nil, nil, newExc(excAttributeError, "module '%s' has no attribute '%s'", x.Name, name)
		}
		v, err := t.getAttr(obj, name)
		return v, unbound, err
	case *Class, *ExcValue, *TypeObject, *ExcClass, *PathValue:
		v, err := t.getAttr(obj, name)
		return v, unbound, err
	}
	if m := methodsOf(obj); m != nil {
		if b, ok := m[name]; ok {
			return b, obj, nil
		}
	}
	v, err := t.getAttr(obj, name)
	return v, unbound, err
}

// setAttr is obj.name = v.
func (t *vm) setAttr(obj Value, name string, v Value) error {
	switch x := obj.(type) {
	case *Instance:
		if dc := x.cls.dataclass; dc != nil && dc.frozen {
			return &ExcValue{Class: excClasses["FrozenInstanceError"], Args: []Value{Str("cannot assign to field '" + name + "'")}}
		}
		x.set(name, v)
		return nil
	case *Class:
		x.attrs.SetStr(name, v)
		x.ver++ // see attrcache.go
		return nil
	}
	return newExc(excAttributeError, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes", typeName(obj), name)
}

// classMethods are methods read from a builtin type ("dict.fromkeys").
var classMethods = map[string]*Builtin{}

func init() {
	classMethods["bytes.fromhex"] = &Builtin{Name: "fromhex", Fn: func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("fromhex", args, kw, 1, 1); err != nil {
			return nil, err
		}
		s, ok := args[0].(Str)
		if !ok {
			return nil, newExc(excTypeError, "fromhex() argument must be str, not %s", typeName(args[0]))
		}
		b, err := hex.DecodeString(strings.ReplaceAll(string(s), " ", ""))
		if err != nil {
			return nil, newExc(excValueError, "non-hexadecimal number found in fromhex() arg")
		}
		return Bytes(b), nil
	}}
	classMethods["dict.fromkeys"] = &Builtin{Name: "fromkeys", Fn: func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("fromkeys", args, kw, 1, 2); err != nil {
			return nil, err
		}
		items, err := t.iterate(args[0])
		if err != nil {
			return nil, err
		}
		var v Value = None
		if len(args) == 2 {
			v = args[1]
		}
		d := NewDict()
		for _, k := range items {
			if err := d.Set(k, v); err != nil {
				return nil, err
			}
		}
		return d, nil
	}}
}
