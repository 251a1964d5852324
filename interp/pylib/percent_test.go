package pylib

import (
	"strings"
	"testing"
)

// tagged is a value in a golden file: {"t": type, "v": value, ...}.
type tagged struct {
	T    string
	V    any
	Type string
	Repr string
	Str  string
}

// testObj stands in for an interpreter value pylib does not know.
type testObj struct{ typ, repr, str string }

func (o *testObj) PyType() string { return o.typ }
func (o *testObj) PyRepr() string { return o.repr }
func (o *testObj) PyStr() string  { return o.str }

// testList is a list: an Object that % treats as a mapping.
type testList struct {
	testObj
	items []any
}

func (l *testList) GetItem(string) (any, error) {
	return nil, TypeError("list indices must be integers or slices, not str")
}

// testDict is a str-keyed dict.
type testDict struct {
	testObj
	keys []any
	vals []any
}

func (d *testDict) GetItem(k string) (any, error) {
	for i, key := range d.keys {
		if key == k {
			return d.vals[i], nil
		}
	}
	return nil, &Error{Type: "KeyError", Msg: StrRepr(k)}
}

// decodeTagged turns a golden value into a pylib value.
func decodeTagged(t *testing.T, raw any) any {
	m := raw.(map[string]any)
	switch m["t"] {
	case "none":
		return nil
	case "bool":
		return m["v"].(bool)
	case "int":
		b := parseBig(t, m["v"].(string))
		if b.IsInt64() {
			return b.Int64()
		}
		return b
	case "float":
		return parseF(t, m["v"].(string))
	case "str":
		return m["v"].(string)
	case "tuple":
		var tup Tuple
		for _, x := range m["v"].([]any) {
			tup = append(tup, decodeTagged(t, x))
		}
		if tup == nil {
			tup = Tuple{}
		}
		return tup
	case "list":
		l := &testList{testObj: testObj{typ: "list"}}
		var parts []string
		for _, x := range m["v"].([]any) {
			v := decodeTagged(t, x)
			l.items = append(l.items, v)
			parts = append(parts, Repr(v))
		}
		l.repr = "[" + strings.Join(parts, ", ") + "]"
		l.str = l.repr
		return l
	case "dict":
		d := &testDict{testObj: testObj{typ: "dict"}}
		var parts []string
		for _, kv := range m["v"].([]any) {
			pair := kv.([]any)
			k, v := decodeTagged(t, pair[0]), decodeTagged(t, pair[1])
			d.keys = append(d.keys, k)
			d.vals = append(d.vals, v)
			parts = append(parts, Repr(k)+": "+Repr(v))
		}
		d.repr = "{" + strings.Join(parts, ", ") + "}"
		d.str = d.repr
		return d
	case "obj":
		return &testObj{typ: m["type"].(string), repr: m["repr"].(string), str: m["str"].(string)}
	}
	t.Fatalf("unknown tagged value %v", m)
	return nil
}

func TestPercentGolden(t *testing.T) {
	var g struct {
		Cases []struct {
			Fmt string
			Arg any
			Out *string
			Err *pyErr
		}
	}
	loadGolden(t, "percent", &g)
	f := failures{t: t, total: len(g.Cases)}
	for _, c := range g.Cases {
		arg := decodeTagged(t, c.Arg)
		got, err := Percent(c.Fmt, arg)
		if msg := checkResult(got, err, c.Out, c.Err); msg != "" {
			f.add("%q %% %s: %s", c.Fmt, Repr(arg), msg)
		}
	}
	f.done()
}

func FuzzPercent(f *testing.F) {
	for _, s := range []string{"%s", "%(a)s", "%-*.*f|", "%#x %c", "%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, format string) {
		for _, arg := range []any{int64(65), 2.5, "s", Tuple{int64(3), "x", 1.5}, nil} {
			_, err := Percent(format, arg)
			if err != nil {
				if _, ok := err.(*Error); !ok {
					t.Fatalf("%q: non-Python error %v", format, err)
				}
			}
		}
	})
}
