package pylib

import (
	"math/big"
	"testing"
)

// testFormatArgs implements FormatArgs over pylib's native values and the
// test stand-ins for list and dict.
type testFormatArgs struct {
	pos []any
	kw  map[string]any
}

func (a *testFormatArgs) NumPositional() int   { return len(a.pos) }
func (a *testFormatArgs) Positional(i int) any { return a.pos[i] }

func (a *testFormatArgs) Keyword(name string) (any, error) {
	if v, ok := a.kw[name]; ok {
		return v, nil
	}
	return nil, &Error{Type: "KeyError", Msg: StrRepr(name)}
}

func (a *testFormatArgs) GetAttr(v any, name string) (any, error) {
	if _, ok := v.(int64); ok && name == "real" {
		return v, nil
	}
	return nil, &Error{Type: "AttributeError", Msg: "'" + TypeName(v) + "' object has no attribute '" + name + "'"}
}

func (a *testFormatArgs) GetItem(v any, key any) (any, error) {
	switch x := v.(type) {
	case *testDict:
		for i, k := range x.keys {
			if k == key {
				return x.vals[i], nil
			}
		}
		return nil, &Error{Type: "KeyError", Msg: Repr(key)}
	case *testList:
		i, ok := key.(int64)
		if !ok {
			return nil, TypeError("list indices must be integers or slices, not str")
		}
		if int(i) >= len(x.items) {
			return nil, &Error{Type: "IndexError", Msg: "list index out of range"}
		}
		return x.items[i], nil
	case Tuple:
		i, ok := key.(int64)
		if !ok {
			return nil, TypeError("tuple indices must be integers or slices, not str")
		}
		if int(i) >= len(x) {
			return nil, &Error{Type: "IndexError", Msg: "tuple index out of range"}
		}
		return x[i], nil
	}
	return nil, TypeError("'" + TypeName(v) + "' object is not subscriptable")
}

func (a *testFormatArgs) Convert(v any, conv rune) (any, error) {
	switch conv {
	case 'r':
		return Repr(v), nil
	case 'a':
		return ASCII(v), nil
	}
	return Str(v), nil
}

func (a *testFormatArgs) Format(v any, spec string) (string, error) {
	switch x := v.(type) {
	case int64:
		return FormatInt(x, spec)
	case *big.Int:
		return FormatBigInt(x, spec)
	case float64:
		return FormatFloat(x, spec)
	case string:
		return FormatStr(x, spec)
	case bool:
		return FormatBool(x, spec)
	}
	if spec != "" {
		return "", TypeError("unsupported format string passed to " + TypeName(v) + ".__format__")
	}
	return Str(v), nil
}

func TestStrFormatGolden(t *testing.T) {
	var g struct {
		Args   []any
		Kwargs [][2]any
		Cases  []struct {
			Tpl string
			Out *string
			Err *pyErr
		}
	}
	loadGolden(t, "strformat", &g)
	args := &testFormatArgs{kw: map[string]any{}}
	for _, a := range g.Args {
		args.pos = append(args.pos, decodeTagged(t, a))
	}
	for _, kv := range g.Kwargs {
		args.kw[kv[0].(string)] = decodeTagged(t, kv[1])
	}
	f := failures{t: t, total: len(g.Cases)}
	for _, c := range g.Cases {
		got, err := StrFormat(c.Tpl, args)
		if msg := checkResult(got, err, c.Out, c.Err); msg != "" {
			f.add("%q.format(...): %s", c.Tpl, msg)
		}
	}
	f.done()
}

func FuzzStrFormat(f *testing.F) {
	for _, s := range []string{"{} {0}", "{a[0]!r:>{w}}", "{{}}", "{:{:{}}}", "{0.x[1]}"} {
		f.Add(s)
	}
	args := &testFormatArgs{pos: []any{int64(1), 2.5, "s", Tuple{int64(3)}},
		kw: map[string]any{"a": "xy", "w": int64(4)}}
	f.Fuzz(func(t *testing.T, tpl string) {
		if _, err := StrFormat(tpl, args); err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("%q: non-Python error %v", tpl, err)
			}
		}
	})
}
