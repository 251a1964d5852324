package interp

import (
	"math/big"

	"github.com/monty-tools/monty-tools/interp/pylib"
)

// jsonImpl is the json module over pylib's CPython-exact encoder and
// decoder.
func jsonImpl() map[string]Value {
	dec := excClasses["JSONDecodeError"]
	return map[string]Value{
		"JSONDecodeError": dec,
		"dumps":           fn("dumps", jsonDumps),
		"loads": fn("loads", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := argsCheck("loads", args, kw, 1, 1); err != nil {
				return nil, err
			}
			var s string
			switch x := args[0].(type) {
			case Str:
				s = string(x)
			case Bytes:
				s = string(x)
			default:
				return nil, newExc(excTypeError, "the JSON object must be str, bytes or bytearray, not %s", typeName(args[0]))
			}
			v, err := pylib.JSONLoadsWith[Value](s, jsonValues{})
			if err != nil {
				if e, ok := err.(*pylib.Error); ok && e.Type == "JSONDecodeError" {
					return nil, &ExcValue{Class: dec, Args: []Value{Str(e.Msg)}}
				}
				return nil, fromPylib(err)
			}
			return v, nil
		}),
	}
}

func jsonDumps(t *vm, args []Value, kw []KeywordArg) (Value, error) {
	if len(args) != 1 {
		return nil, newExc(excTypeError, "dumps() takes 1 positional argument but %d were given", len(args))
	}
	opts := pylib.DefaultJSONOptions()
	for _, k := range kw {
		switch k.Name {
		case "indent":
			switch x := k.Value.(type) {
			case NoneType:
			case Int:
				opts.Indent = pylib.JSONIndent(int(x))
			case Str:
				s := string(x)
				opts.Indent = &s
			default:
				return nil, newExc(excTypeError, "indent must be None, an int or a str")
			}
		case "separators":
			items, err := t.iterate(k.Value)
			if err != nil || len(items) != 2 {
				return nil, newExc(excValueError, "too many values to unpack (expected 2)")
			}
			a, _ := items[0].(Str)
			b, _ := items[1].(Str)
			opts.Separators = &[2]string{string(a), string(b)}
		case "sort_keys":
			opts.SortKeys = truth(k.Value)
		case "ensure_ascii":
			opts.EnsureASCII = truth(k.Value)
		case "allow_nan":
			opts.AllowNaN = truth(k.Value)
		case "skipkeys":
			opts.SkipKeys = truth(k.Value)
		default:
			return nil, newExc(excTypeError, "JSONEncoder.__init__() got an unexpected keyword argument '%s'", k.Name)
		}
	}
	in, err := t.jsonArg(args[0])
	if err != nil {
		return nil, err
	}
	s, err := pylib.JSONDumps(in, opts)
	if err != nil {
		return nil, fromPylib(err)
	}
	return Str(s), nil
}

// pyObject lets pylib name, repr and str a value it does not know.
type pyObject struct {
	t *vm
	v Value
}

// PyType is type(v).__name__.
func (o pyObject) PyType() string { return typeName(o.v) }

// PyRepr is repr(v).
func (o pyObject) PyRepr() string { s, _ := o.t.repr(o.v); return s }

// PyStr is str(v).
func (o pyObject) PyStr() string { s, _ := o.t.str(o.v); return s }

// toPy converts a Value to pylib's plain values.
func toPy(t *vm, v Value) any {
	switch x := v.(type) {
	case NoneType:
		return nil
	case Bool:
		return bool(x)
	case Int:
		return int64(x)
	case *big.Int:
		return x
	case Float:
		return float64(x)
	case Str:
		return string(x)
	case *List:
		out := make([]any, len(x.Items))
		for i, e := range x.Items {
			out[i] = toPy(t, e)
		}
		return out
	case Tuple:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = toPy(t, e)
		}
		return out
	case *Dict:
		d := &pylib.Dict{Keys: make([]any, 0, x.live), Values: make([]any, 0, x.live)}
		for _, e := range x.entries {
			if !e.dead {
				d.Keys = append(d.Keys, toPy(t, e.key))
				d.Values = append(d.Values, toPy(t, e.val))
			}
		}
		return d
	}
	return pyObject{t, v}
}

// jsonValues builds json.loads's result directly as Values.
type jsonValues struct{}

func (jsonValues) Null() Value             { return None }
func (jsonValues) Bool(b bool) Value       { return Bool(b) }
func (jsonValues) Int(n int64) Value       { return mkInt(Int(n)) }
func (jsonValues) BigInt(n *big.Int) Value { return normBig(n) }
func (jsonValues) Float(f float64) Value   { return Float(f) }
func (jsonValues) Str(s string) Value      { return Str(s) }
func (jsonValues) List(items []Value) Value {
	return &List{Items: items}
}
func (jsonValues) Dict(keys []string, values []Value) Value {
	d := &Dict{entries: make([]dictEntry, 0, len(keys))}
	for i, k := range keys {
		d.SetStr(k, values[i])
	}
	return d
}
