package interp

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/monty-tools/monty-tools/interp/pylib"
)

type builtinFn = func(t *vm, args []Value, kw []KeywordArg) (Value, error)

// builtinImpls are the builtin functions and values this interpreter
// implements; the profile decides which of them a program can see.
var builtinImpls = map[string]Value{}

// typeObjects are the builtin types by name, for type() and isinstance.
var typeObjects = map[string]*TypeObject{}

func defType(name string, fn builtinFn) *TypeObject {
	to := &TypeObject{Name: name, call: fn}
	typeObjects[name] = to
	builtinImpls[name] = to
	return to
}

func defFn(name string, fn builtinFn) {
	builtinImpls[name] = &Builtin{Name: name, Fn: fn}
}

func init() {
	initExcVars()
	for name, c := range excClasses {
		builtinImpls[name] = c
	}
	builtinImpls["None"] = None
	builtinImpls["True"] = Bool(true)
	builtinImpls["False"] = Bool(false)
	builtinImpls["Ellipsis"] = EllipsisType{}
	builtinImpls["NotImplemented"] = NotImplementedType{}
	builtinImpls["__name__"] = Str("__main__")
	builtinImpls["__doc__"] = None
	builtinImpls["__package__"] = None
	builtinImpls["__spec__"] = None
	builtinImpls["__debug__"] = Bool(true)

	defType("int", bInt)
	defType("float", bFloat)
	defType("bool", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("bool", args, kw, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return Bool(false), nil
		}
		return Bool(truth(args[0])), nil
	})
	defType("str", bStr)
	defType("bytes", bBytes)
	defType("list", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("list", args, kw, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return &List{Items: []Value{}}, nil
		}
		items, err := t.iterate(args[0])
		if err != nil {
			return nil, err
		}
		return &List{Items: append([]Value{}, items...)}, nil
	})
	defType("tuple", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("tuple", args, kw, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return Tuple{}, nil
		}
		if tu, ok := args[0].(Tuple); ok {
			return tu, nil
		}
		items, err := t.iterate(args[0])
		if err != nil {
			return nil, err
		}
		return Tuple(append([]Value{}, items...)), nil
	})
	defType("dict", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if len(args) > 1 {
			return nil, newExc(excTypeError, "dict expected at most 1 argument, got %d", len(args))
		}
		d := NewDict()
		if len(args) == 1 {
			if err := t.dictUpdate(d, args[0], false); err != nil {
				return nil, err
			}
		}
		for _, k := range kw {
			d.Set(Str(k.Name), k.Value)
		}
		return d, nil
	})
	defType("set", func(t *vm, args []Value, kw []KeywordArg) (Value, error) { return makeSet(t, "set", args, kw, false) })
	defType("frozenset", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		return makeSet(t, "frozenset", args, kw, true)
	})
	defType("range", bRange)
	defType("slice", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("slice", args, kw, 1, 3); err != nil {
			return nil, err
		}
		switch len(args) {
		case 1:
			return &Slice{Start: None, Stop: args[0], Step: None}, nil
		case 2:
			return &Slice{Start: args[0], Stop: args[1], Step: None}, nil
		}
		return &Slice{Start: args[0], Stop: args[1], Step: args[2]}, nil
	})
	defType("type", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if len(args) == 3 {
			name, _ := args[0].(Str)
			d, _ := args[2].(*Dict)
			if d == nil {
				d = NewDict()
			}
			return &Class{Name: string(name), attrs: d.Copy(), vm: t.shared()}, nil
		}
		if err := argsCheck("type", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return typeOf(args[0]), nil
	})
	defType("object", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		return nil, newExc(excTypeError, "cannot create 'object' instances")
	})
	defType("enumerate", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		start := Value(Int(0))
		for _, k := range kw {
			if k.Name != "start" {
				return nil, newExc(excTypeError, "enumerate() got an unexpected keyword argument '%s'", k.Name)
			}
			start = k.Value
		}
		if len(args) == 2 {
			start = args[1]
		} else if len(args) != 1 {
			return nil, newExc(excTypeError, "enumerate() takes at most 2 arguments (%d given)", len(args))
		}
		n, ok := start.(Int)
		if !ok {
			return nil, newExc(excTypeError, "'%s' object cannot be interpreted as an integer", typeName(start))
		}
		it, err := t.getIter(args[0])
		if err != nil {
			return nil, err
		}
		return &Iterator{kind: "enumerate", k: itEnumerate, its: []*Iterator{it.(*Iterator)}, n: int64(n)}, nil
	})
	defType("zip", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		for _, k := range kw {
			if k.Name != "strict" {
				return nil, newExc(excTypeError, "zip() got an unexpected keyword argument '%s'", k.Name)
			}
			if truth(k.Value) {
				return zipStrict(t, args)
			}
		}
		z := &Iterator{kind: "zip", k: itZip}
		for _, a := range args {
			it, err := t.getIter(a)
			if err != nil {
				return nil, err
			}
			z.its = append(z.its, it.(*Iterator))
		}
		return z, nil
	})
	defType("map", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if len(args) < 2 {
			return nil, newExc(excTypeError, "map() must have at least two arguments.")
		}
		if ext, ok := args[0].(*ExternalFn); ok {
			return nil, newExc(excNotImplementedError, "map(): external function '%s' is not yet supported in this context", ext.Name)
		}
		m := &Iterator{kind: "map", k: itMap, fn: args[0]}
		for _, a := range args[1:] {
			it, err := t.getIter(a)
			if err != nil {
				return nil, err
			}
			m.its = append(m.its, it.(*Iterator))
		}
		return m, nil
	})
	defType("filter", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("filter", args, kw, 2, 2); err != nil {
			return nil, err
		}
		if ext, ok := args[0].(*ExternalFn); ok {
			return nil, newExc(excNotImplementedError, "filter(): external function '%s' is not yet supported in this context", ext.Name)
		}
		it, err := t.getIter(args[1])
		if err != nil {
			return nil, err
		}
		return &Iterator{kind: "filter", k: itFilter, fn: args[0], its: []*Iterator{it.(*Iterator)}}, nil
	})
	defType("reversed", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("reversed", args, kw, 1, 1); err != nil {
			return nil, err
		}
		switch args[0].(type) {
		case *List, Tuple, Str, *Range, Bytes, *Dict, *DictView:
		default:
			return nil, newExc(excTypeError, "'%s' object is not reversible", typeName(args[0]))
		}
		items, err := t.iterate(args[0])
		if err != nil {
			return nil, err
		}
		items = append([]Value(nil), items...)
		return &Iterator{kind: "reversed", k: itReversed, items: items, i: len(items)}, nil
	})
	defType("property", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		return nil, newExc(excNotImplementedError, "property() is not supported")
	})

	defFn("print", bPrint)
	defFn("len", bLen)
	defFn("repr", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("repr", args, kw, 1, 1); err != nil {
			return nil, err
		}
		s, err := t.repr(args[0])
		return Str(s), err
	})
	defFn("abs", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("abs", args, kw, 1, 1); err != nil {
			return nil, err
		}
		switch x := args[0].(type) {
		case Int:
			if x < 0 {
				return unary(t, int(3), x)
			}
			return x, nil
		case *big.Int:
			return normBig(new(big.Int).Abs(x)), nil
		case Float:
			return Float(math.Abs(float64(x))), nil
		case Bool:
			return boolInt(x), nil
		case *TimedeltaValue:
			if x.us < 0 {
				return &TimedeltaValue{-x.us}, nil
			}
			return x, nil
		}
		return nil, newExc(excTypeError, "bad operand type for abs(): '%s'", typeName(args[0]))
	})
	defFn("all", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("all", args, kw, 1, 1); err != nil {
			return nil, err
		}
		items, err := t.iterate(args[0])
		if err != nil {
			return nil, err
		}
		for _, v := range items {
			if !truth(v) {
				return Bool(false), nil
			}
		}
		return Bool(true), nil
	})
	defFn("any", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("any", args, kw, 1, 1); err != nil {
			return nil, err
		}
		items, err := t.iterate(args[0])
		if err != nil {
			return nil, err
		}
		for _, v := range items {
			if truth(v) {
				return Bool(true), nil
			}
		}
		return Bool(false), nil
	})
	defFn("bin", func(t *vm, args []Value, kw []KeywordArg) (Value, error) { return intBase(args, kw, "bin", 2, "0b") })
	defFn("oct", func(t *vm, args []Value, kw []KeywordArg) (Value, error) { return intBase(args, kw, "oct", 8, "0o") })
	defFn("hex", func(t *vm, args []Value, kw []KeywordArg) (Value, error) { return intBase(args, kw, "hex", 16, "0x") })
	defFn("chr", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("chr", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, ok := args[0].(Int)
		if !ok {
			return nil, newExc(excTypeError, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
		}
		if n < 0 || n > 0x10ffff {
			return nil, newExc(excValueError, "chr() arg not in range(0x110000)")
		}
		return Str(string(rune(n))), nil
	})
	defFn("ord", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("ord", args, kw, 1, 1); err != nil {
			return nil, err
		}
		switch s := args[0].(type) {
		case Str:
			if n := utf8.RuneCountInString(string(s)); n != 1 {
				return nil, newExc(excTypeError, "ord() expected a character, but string of length %d found", n)
			}
			r, _ := utf8.DecodeRuneInString(string(s))
			return Int(r), nil
		case Bytes:
			if len(s) != 1 {
				return nil, newExc(excTypeError, "ord() expected a character, but string of length %d found", len(s))
			}
			return Int(s[0]), nil
		}
		return nil, newExc(excTypeError, "ord() expected string of length 1, but %s found", typeName(args[0]))
	})
	defFn("divmod", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("divmod", args, kw, 2, 2); err != nil {
			return nil, err
		}
		q, err := binary(t, binOp(12), args[0], args[1], false)
		if err != nil {
			return nil, unsupportedDivmod(err, args)
		}
		m, err := binary(t, binOp(5), args[0], args[1], false)
		if err != nil {
			return nil, err
		}
		return Tuple{q, m}, nil
	})
	defFn("pow", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("pow", args, kw, 2, 3); err != nil {
			return nil, err
		}
		if len(args) == 3 {
			b, e, m := toBig(args[0]), toBig(args[1]), toBig(args[2])
			if b == nil || e == nil || m == nil {
				return nil, newExc(excTypeError, "pow() 3rd argument not allowed unless all arguments are integers")
			}
			if m.Sign() == 0 {
				return nil, newExc(excValueError, "pow() 3rd argument cannot be 0")
			}
			if e.Sign() < 0 {
				return nil, newExc(excValueError, "pow() 2nd argument cannot be negative when 3rd argument specified")
			}
			r := new(big.Int).Exp(b, e, m)
			if r.Sign() != 0 && m.Sign() < 0 {
				r.Add(r, m)
			}
			return normBig(r), nil
		}
		return binary(t, binOp(6), args[0], args[1], false)
	})
	defFn("hash", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("hash", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if inst, ok := args[0].(*Instance); ok {
			if m, ok := inst.cls.lookup("__hash__"); ok {
				return t.call(m, []Value{inst}, nil)
			}
		}
		if err := checkTupleDepth(args[0], 0); err != nil {
			return nil, err
		}
		h, err := stableHash(args[0]) // the same in every process (snapshot_hash.go)
		if err != nil {
			return nil, err
		}
		switch args[0].(type) {
		case Int, Bool, Float, *big.Int: // numbers equal across types hash alike
			if int64(h) == -1 {
				// -1 is CPython's error value for a hash, so Python (and
				// Monty) hash -1 and -1.0 as -2.
				return Int(-2), nil
			}
			return Int(int64(h)), nil
		}
		return Int(int64(h >> 1)), nil
	})
	defFn("id", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("id", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if inst, ok := args[0].(*Instance); ok {
			return Int(inst.id * 8), nil
		}
		return Int(int64(identityHash(args[0]) & 0xffffffffffff)), nil
	})
	defFn("isinstance", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("isinstance", args, kw, 2, 2); err != nil {
			return nil, err
		}
		ok, err := isInstance(args[0], args[1])
		return Bool(ok), err
	})
	defFn("getattr", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("getattr", args, kw, 2, 3); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, newExc(excTypeError, "attribute name must be string, not '%s'", typeName(args[1]))
		}
		v, err := t.getAttr(args[0], string(name))
		if err != nil && len(args) == 3 {
			if e, ok := err.(*ExcValue); ok && e.Class.isSubclass(excAttributeError) {
				return args[2], nil
			}
		}
		return v, err
	})
	defFn("hasattr", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("hasattr", args, kw, 2, 2); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, newExc(excTypeError, "attribute name must be string, not '%s'", typeName(args[1]))
		}
		_, err := t.getAttr(args[0], string(name))
		if err != nil {
			if e, ok := err.(*ExcValue); ok && e.Class.isSubclass(excAttributeError) {
				return Bool(false), nil
			}
			return nil, err
		}
		return Bool(true), nil
	})
	defFn("setattr", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("setattr", args, kw, 3, 3); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, newExc(excTypeError, "attribute name must be string, not '%s'", typeName(args[1]))
		}
		return None, t.setAttr(args[0], string(name), args[2])
	})
	defFn("iter", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("iter", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return t.getIter(args[0])
	})
	defFn("next", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("next", args, kw, 1, 2); err != nil {
			return nil, err
		}
		it, ok := args[0].(*Iterator)
		if !ok {
			return nil, newExc(excTypeError, "'%s' object is not an iterator", typeName(args[0]))
		}
		v, ok, err := it.next(t)
		if err != nil {
			return nil, err
		}
		if !ok {
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, &ExcValue{Class: excStopIteration}
		}
		return v, nil
	})
	defFn("sum", bSum)
	defFn("min", func(t *vm, args []Value, kw []KeywordArg) (Value, error) { return minMax(t, "min", args, kw, -1) })
	defFn("max", func(t *vm, args []Value, kw []KeywordArg) (Value, error) { return minMax(t, "max", args, kw, 1) })
	defFn("sorted", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if len(args) != 1 {
			return nil, newExc(excTypeError, "sorted expected 1 argument, got %d", len(args))
		}
		items, err := t.iterate(args[0])
		if err != nil {
			return nil, err
		}
		l := &List{Items: append([]Value{}, items...)}
		if err := t.sortList(l, kw, "sorted() key argument"); err != nil {
			return nil, err
		}
		return l, nil
	})
	defFn("round", bRound)
	defFn("open", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		return nil, osError("open")
	})
}

func unsupportedDivmod(err error, args []Value) error {
	if e, ok := err.(*ExcValue); ok && e.Class == excTypeError {
		return newExc(excTypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", typeName(args[0]), typeName(args[1]))
	}
	return err
}

// osError is Monty's error for functions that need the host's OS: it
// cannot be caught and has no traceback frame.
func osError(name string) error {
	e := newExc(excNotImplementedError, "OS function '%s' not implemented with standard execution", name)
	e.uncatchable = true
	e.frameless = true
	return e
}

func typeOf(v Value) Value {
	switch x := v.(type) {
	case *Instance:
		return x.cls
	case *ExcValue:
		// Monty: type(e) is not the exception class itself
		// (type(e) is ValueError is False) but has its __name__.
		return &TypeObject{Name: x.Class.Name, call: func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			return t.makeExc(x.Class, args, kw)
		}}
	}
	name := typeName(v)
	if to, ok := typeObjects[name]; ok {
		return to
	}
	to := &TypeObject{Name: name, call: func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		return nil, newExc(excTypeError, "cannot create '%s' instances", name)
	}}
	return to
}

func isInstance(v, typ Value) (bool, error) {
	switch c := typ.(type) {
	case Tuple:
		for _, x := range c {
			ok, err := isInstance(v, x)
			if ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	case *TypeObject:
		name := typeName(v)
		if name == c.Name || c.Name == "object" {
			return true, nil
		}
		if c.Name == "int" && name == "bool" {
			return true, nil
		}
		if c.Name == "dict" {
			if _, ok := v.(*Dict); ok {
				return true, nil
			}
		}
		return false, nil
	case *Class:
		inst, ok := v.(*Instance)
		return ok && inst.cls == c, nil
	case *ExcClass:
		e, ok := v.(*ExcValue)
		return ok && e.Class.isSubclass(c), nil
	}
	return false, newExc(excTypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

func bPrint(t *vm, args []Value, kw []KeywordArg) (Value, error) {
	sep, end := " ", "\n"
	for _, k := range kw {
		switch k.Name {
		case "sep", "end":
			var s string
			switch v := k.Value.(type) {
			case NoneType:
				if k.Name == "sep" {
					s = " "
				} else {
					s = "\n"
				}
			case Str:
				s = string(v)
			default:
				return nil, newExc(excTypeError, "%s must be None or a string, not %s", k.Name, typeName(v))
			}
			if k.Name == "sep" {
				sep = s
			} else {
				end = s
			}
		case "file":
			return nil, newExc(excTypeError, "print() 'file' argument is not supported")
		case "flush":
		default:
			return nil, newExc(excTypeError, "'%s' is an invalid keyword argument for print()", k.Name)
		}
	}
	for i, a := range args {
		if i > 0 {
			if err := t.emit(sep); err != nil {
				return nil, err
			}
		}
		s, err := t.str(a)
		if err != nil {
			return nil, err
		}
		if err := t.emit(s); err != nil {
			return nil, err
		}
	}
	if err := t.emit(end); err != nil {
		return nil, err
	}
	if len(t.outBuf) > 4096 {
		t.flush()
	}
	return None, nil
}

func (t *vm) flush() {
	if len(t.outBuf) > 0 && t.out != nil {
		t.out.Write(t.outBuf)
	}
	t.outBuf = t.outBuf[:0]
}

func bLen(t *vm, args []Value, kw []KeywordArg) (Value, error) {
	if err := argsCheck("len", args, kw, 1, 1); err != nil {
		return nil, err
	}
	switch x := args[0].(type) {
	case Str:
		if isASCII(string(x)) {
			return Int(len(x)), nil
		}
		return Int(utf8.RuneCountInString(string(x))), nil
	case *List:
		return Int(len(x.Items)), nil
	case Tuple:
		return Int(len(x)), nil
	case *Dict:
		return Int(x.Len()), nil
	case *Set:
		return Int(x.Len()), nil
	case Bytes:
		return Int(len(x)), nil
	case *Range:
		return Int(x.Len()), nil
	case *DictView:
		return Int(x.d.Len()), nil
	case *Instance:
		if tu, ok := tupleOf(x); ok {
			return Int(len(tu)), nil
		}
	}
	return nil, newExc(excTypeError, "object of type '%s' has no len()", typeName(args[0]))
}

func makeSet(t *vm, name string, args []Value, kw []KeywordArg, frozen bool) (Value, error) {
	if err := argsCheck(name, args, kw, 0, 1); err != nil {
		return nil, err
	}
	s := &Set{frozen: frozen}
	if len(args) == 1 {
		items, err := t.iterate(args[0])
		if err != nil {
			return nil, err
		}
		for _, v := range items {
			if err := s.Add(v); err != nil {
				return nil, err
			}
		}
	}
	return s, nil
}

func bRange(t *vm, args []Value, kw []KeywordArg) (Value, error) {
	if len(kw) > 0 {
		return nil, newExc(excTypeError, "range() takes no keyword arguments")
	}
	var n [3]int64
	for i, a := range args {
		switch x := a.(type) {
		case Int:
			n[i] = int64(x)
		case Bool:
			n[i] = int64(boolInt(x))
		default:
			return nil, newExc(excTypeError, "'%s' object cannot be interpreted as an integer", typeName(a))
		}
	}
	switch len(args) {
	case 1:
		return &Range{Start: 0, Stop: n[0], Step: 1}, nil
	case 2:
		return &Range{Start: n[0], Stop: n[1], Step: 1}, nil
	case 3:
		if n[2] == 0 {
			return nil, newExc(excValueError, "range() arg 3 must not be zero")
		}
		return &Range{Start: n[0], Stop: n[1], Step: n[2]}, nil
	case 0:
		return nil, newExc(excTypeError, "range expected at least 1 argument, got 0")
	}
	return nil, newExc(excTypeError, "range expected at most 3 arguments, got %d", len(args))
}

func bInt(t *vm, args []Value, kw []KeywordArg) (Value, error) {
	base := -1
	for _, k := range kw {
		if k.Name != "base" {
			return nil, newExc(excTypeError, "'%s' is an invalid keyword argument for int()", k.Name)
		}
		b, ok := k.Value.(Int)
		if !ok {
			return nil, newExc(excTypeError, "'%s' object cannot be interpreted as an integer", typeName(k.Value))
		}
		base = int(b)
	}
	if len(args) == 2 {
		b, ok := args[1].(Int)
		if !ok {
			return nil, newExc(excTypeError, "'%s' object cannot be interpreted as an integer", typeName(args[1]))
		}
		base = int(b)
		args = args[:1]
	}
	if len(args) > 1 {
		return nil, newExc(excTypeError, "int() takes at most 2 arguments (%d given)", len(args))
	}
	if len(args) == 0 {
		return Int(0), nil
	}
	if base >= 0 {
		s, ok := args[0].(Str)
		if !ok {
			return nil, newExc(excTypeError, "int() can't convert non-string with explicit base")
		}
		return parseInt(string(s), base)
	}
	switch x := args[0].(type) {
	case Int, *big.Int:
		return x, nil
	case Bool:
		return boolInt(x), nil
	case Float:
		i, b, err := pylib.FloatToInt(float64(x))
		if err != nil {
			return nil, fromPylib(err)
		}
		if b != nil {
			return normBig(b), nil
		}
		return Int(i), nil
	case Str:
		return parseInt(string(x), 10)
	case Bytes:
		return parseInt(string(x), 10)
	}
	return nil, newExc(excTypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", typeName(args[0]))
}

func parseInt(s string, base int) (Value, error) {
	i, b, err := pylib.ParseInt(s, base)
	if err != nil {
		return nil, fromPylib(err)
	}
	if b != nil {
		return normBig(b), nil
	}
	return Int(i), nil
}

func bFloat(t *vm, args []Value, kw []KeywordArg) (Value, error) {
	if err := argsCheck("float", args, kw, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return Float(0), nil
	}
	switch x := args[0].(type) {
	case Float:
		return x, nil
	case Int, Bool:
		// Monty 0.0.23 refuses an int beyond i64 with the message below.
		f, _, err := asFloat(x)
		return Float(f), err
	case Str:
		f, err := pylib.ParseFloat(string(x))
		return Float(f), fromPylib(err)
	}
	return nil, newExc(excTypeError, "float() argument must be a string or a real number, not '%s'", typeName(args[0]))
}

func bStr(t *vm, args []Value, kw []KeywordArg) (Value, error) {
	if err := argsCheck("str", args, kw, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return Str(""), nil
	}
	return t.strOf(args[0])
}

func bBytes(t *vm, args []Value, kw []KeywordArg) (Value, error) {
	if len(args) == 0 {
		return Bytes(""), nil
	}
	switch x := args[0].(type) {
	case Str:
		if len(args) < 2 && len(kw) == 0 {
			return nil, newExc(excTypeError, "string argument without an encoding")
		}
		return Bytes(x), nil
	case Int:
		if x < 0 {
			return nil, newExc(excValueError, "negative count")
		}
		return Bytes(make([]byte, x)), nil
	case Bytes:
		return x, nil
	}
	return nil, newExc(excTypeError, "cannot convert '%s' object to bytes", typeName(args[0]))
}

func intBase(args []Value, kw []KeywordArg, name string, base int, prefix string) (Value, error) {
	if err := argsCheck(name, args, kw, 1, 1); err != nil {
		return nil, err
	}
	b := toBig(args[0])
	if b == nil {
		return nil, newExc(excTypeError, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
	}
	if b.Sign() < 0 {
		return Str("-" + prefix + new(big.Int).Neg(b).Text(base)), nil
	}
	return Str(prefix + b.Text(base)), nil
}

func bSum(t *vm, args []Value, kw []KeywordArg) (Value, error) {
	var start Value = Int(0)
	for _, k := range kw {
		if k.Name != "start" {
			return nil, newExc(excTypeError, "sum() got an unexpected keyword argument '%s'", k.Name)
		}
		start = k.Value
	}
	if len(args) == 2 {
		start = args[1]
	} else if len(args) != 1 {
		return nil, newExc(excTypeError, "sum() takes at most 2 arguments (%d given)", len(args))
	}
	if _, ok := start.(Str); ok {
		return nil, newExc(excTypeError, "sum() can't sum strings [use ''.join(seq) instead]")
	}
	items, err := t.iterate(args[0])
	if err != nil {
		return nil, err
	}
	acc := start
	if a, ok := start.(Int); ok {
		// Ints add up unboxed while they fit (boxing each partial sum
		// would allocate); the loop below takes over from the first other
		// item or overflow.
		n, i := int64(a), 0
		for ; i < len(items); i++ {
			b, ok := items[i].(Int)
			r := n + int64(b)
			if !ok || (r > n) != (b > 0) {
				break
			}
			n = r
		}
		acc, items = mkInt(Int(n)), items[i:]
	}
	for _, v := range items {
		if a, ok := acc.(Int); ok {
			if b, ok := v.(Int); ok {
				if r, ok := intFast(0, a, b); ok {
					acc = r
					continue
				}
			}
		}
		if _, ok := acc.(Bool); ok {
			acc = boolInt(acc.(Bool))
		}
		if b, ok := v.(Bool); ok {
			v = boolInt(b)
		}
		acc, err = binary(t, 0, acc, v, false)
		if err != nil {
			return nil, err
		}
	}
	return acc, nil
}

func minMax(t *vm, name string, args []Value, kw []KeywordArg, sign int) (Value, error) {
	var key, def Value
	hasDef := false
	for _, k := range kw {
		switch k.Name {
		case "key":
			if _, ok := k.Value.(NoneType); !ok {
				key = k.Value
			}
		case "default":
			def, hasDef = k.Value, true
		default:
			return nil, newExc(excTypeError, "%s() got an unexpected keyword argument '%s'", name, k.Name)
		}
	}
	if ext, ok := key.(*ExternalFn); ok {
		return nil, newExc(excNotImplementedError, "%s() key argument: external function '%s' is not yet supported in this context", name, ext.Name)
	}
	var items []Value
	if len(args) == 0 {
		return nil, newExc(excTypeError, "%s expected at least 1 argument, got 0", name)
	}
	if len(args) == 1 {
		var err error
		items, err = t.iterate(args[0])
		if err != nil {
			return nil, err
		}
		if len(items) == 0 {
			if hasDef {
				return def, nil
			}
			return nil, newExc(excValueError, "%s() iterable argument is empty", name)
		}
	} else {
		items = args
	}
	best := items[0]
	bestKey := best
	if key != nil {
		var err error
		bestKey, err = t.call1(key, best)
		if err != nil {
			return nil, err
		}
	}
	for _, v := range items[1:] {
		k := v
		if key != nil {
			var err error
			k, err = t.call1(key, v)
			if err != nil {
				return nil, err
			}
		}
		op := cmpOp(4) // >
		if sign < 0 {
			op = cmpOp(2) // <
		}
		better, err := orderFast(t, op, k, bestKey)
		if err != nil {
			return nil, err
		}
		if better {
			best, bestKey = v, k
		}
	}
	return best, nil
}

// sortList sorts l in place for list.sort and sorted().
func (t *vm) sortList(l *List, kw []KeywordArg, what string) error {
	var key Value
	reverse := false
	for _, k := range kw {
		switch k.Name {
		case "key":
			if _, ok := k.Value.(NoneType); !ok {
				key = k.Value
			}
		case "reverse":
			reverse = truth(k.Value)
		default:
			fn := strings.SplitN(what, " ", 2)[0]
			return newExc(excTypeError, "%s got an unexpected keyword argument '%s'", fn, k.Name)
		}
	}
	if ext, ok := key.(*ExternalFn); ok {
		return newExc(excNotImplementedError, "%s: external function '%s' is not yet supported in this context", what, ext.Name)
	}
	keys := l.Items
	if key != nil {
		keys = make([]Value, len(l.Items))
		for i, v := range l.Items {
			k, err := t.call1(key, v)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	perm, err := t.sortKeys(keys, reverse)
	if err != nil {
		return err
	}
	out := make([]Value, len(perm))
	for i, j := range perm {
		out[i] = l.Items[j]
	}
	l.Items = out
	return nil
}

func bRound(t *vm, args []Value, kw []KeywordArg) (Value, error) {
	var nd Value = None
	for _, k := range kw {
		if k.Name != "ndigits" {
			return nil, newExc(excTypeError, "round() got an unexpected keyword argument '%s'", k.Name)
		}
		nd = k.Value
	}
	if len(args) == 2 {
		nd = args[1]
	} else if len(args) != 1 {
		return nil, newExc(excTypeError, "round() takes at most 2 arguments (%d given)", len(args))
	}
	_, noDigits := nd.(NoneType)
	switch x := args[0].(type) {
	case Int, *big.Int, Bool:
		if noDigits {
			return x, nil
		}
		n, ok := nd.(Int)
		if !ok {
			return nil, newExc(excTypeError, "'%s' object cannot be interpreted as an integer", typeName(nd))
		}
		if n >= 0 {
			return x, nil
		}
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil)
		v := toBig(x)
		q, r := new(big.Int).QuoRem(v, p, new(big.Int))
		// round half to even on the remainder
		r2 := new(big.Int).Mul(new(big.Int).Abs(r), big.NewInt(2))
		c := r2.Cmp(p)
		if c > 0 || (c == 0 && q.Bit(0) == 1) {
			if v.Sign() < 0 {
				q.Sub(q, big.NewInt(1))
			} else {
				q.Add(q, big.NewInt(1))
			}
		}
		return normBig(q.Mul(q, p)), nil
	case Float:
		if noDigits {
			i, b, err := pylib.FloatRoundInt(float64(x))
			if err != nil {
				return nil, fromPylib(err)
			}
			if b != nil {
				return normBig(b), nil
			}
			return Int(i), nil
		}
		n, ok := nd.(Int)
		if !ok {
			return nil, newExc(excTypeError, "'%s' object cannot be interpreted as an integer", typeName(nd))
		}
		return Float(montyRound(float64(x), int(n))), nil
	}
	return nil, newExc(excTypeError, "type %s doesn't define __round__ method", typeName(args[0]))
}

var _ = fmt.Sprint

// zipStrict is zip(..., strict=True), evaluated at once.
func zipStrict(t *vm, args []Value) (Value, error) {
	var lists [][]Value
	for _, a := range args {
		items, err := t.iterate(a)
		if err != nil {
			return nil, err
		}
		lists = append(lists, items)
	}
	n := 0
	if len(lists) > 0 {
		n = len(lists[0])
	}
	for i, l := range lists[1:] {
		if len(l) < n {
			return nil, newExc(excValueError, "zip() argument %d is shorter than argument 1", i+2)
		}
		if len(l) > n {
			if i == 0 {
				return nil, newExc(excValueError, "zip() argument 2 is longer than argument 1")
			}
			return nil, newExc(excValueError, "zip() argument %d is longer than arguments 1-%d", i+2, i+1)
		}
	}
	out := make([]Value, n)
	for i := range out {
		tu := make(Tuple, len(lists))
		for j, l := range lists {
			tu[j] = l[i]
		}
		out[i] = tu
	}
	return &Iterator{kind: "zip", k: itValues, items: out}, nil
}

// montyRound is round(x, n) as Monty computes it: the shortest decimal
// form of x rounded half-to-even at n digits (so round(2.675, 2) is 2.68,
// where CPython's exact binary value gives 2.67).
func montyRound(x float64, n int) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return x
	}
	if n > 300 {
		return x
	}
	s := strconv.FormatFloat(x, 'f', -1, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, _ := strings.Cut(s, ".")
	digits := intPart + frac
	point := len(intPart) // digits before the decimal point
	keep := point + n     // digits kept
	if keep >= len(digits) {
		return x
	}
	if keep < 0 {
		return math.Copysign(0, x)
	}
	kept := []byte(digits[:keep])
	rest := digits[keep:]
	up := false
	switch {
	case rest[0] > '5':
		up = true
	case rest[0] == '5':
		if strings.TrimRight(rest[1:], "0") != "" {
			up = true
		} else {
			up = keep > 0 && (kept[keep-1]-'0')%2 == 1
		}
	}
	if up {
		i := len(kept) - 1
		for ; i >= 0; i-- {
			if kept[i] == '9' {
				kept[i] = '0'
				continue
			}
			kept[i]++
			break
		}
		if i < 0 {
			kept = append([]byte{'1'}, kept...)
			point++
		}
	}
	str := string(kept)
	for len(str) < point {
		str += "0"
	}
	var out string
	if point <= 0 {
		out = "0." + strings.Repeat("0", -point) + str
	} else {
		out = str[:point] + "." + str[point:]
	}
	if neg {
		out = "-" + out
	}
	f, err := strconv.ParseFloat(strings.TrimSuffix(out, "."), 64)
	if err != nil {
		return x
	}
	return f
}
