package interp

import (
	"math"
	"math/big"
	"math/rand"
	"testing"

	"github.com/monty-tools/monty-tools/interp/pylib"
)

// jsonPlain converts a value to pylib's plain values, the form
// pylib.JSONDumps (CPython's encoder, checked against CPython by pylib's
// goldens) takes.
func jsonPlain(v Value) any {
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
		return jsonPlain(Tuple(x.Items))
	case Tuple:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonPlain(e)
		}
		return out
	case *Dict:
		d := &pylib.Dict{}
		for _, e := range x.entries {
			if !e.dead {
				d.Keys = append(d.Keys, jsonPlain(e.key))
				d.Values = append(d.Values, jsonPlain(e.val))
			}
		}
		return d
	}
	panic("jsonPlain: unexpected value")
}

// jsonRandom builds a random JSON-able value; str keys only when strKeys.
func jsonRandom(r *rand.Rand, depth int, strKeys bool) Value {
	strs := []string{"", "a", "é", "😀", "\x7f", "\x00", "q\"\\/\n\t", "\u2028x", "key", "Z"}
	floats := []float64{0.1, -0.0, 1e16, 1e-5, 1.5e300, 2, math.NaN(), math.Inf(1), math.Inf(-1), 123.456}
	n := 8
	if depth > 3 {
		n = 5
	}
	switch r.Intn(n) {
	case 0:
		return None
	case 1:
		return Bool(r.Intn(2) == 0)
	case 2:
		if r.Intn(4) == 0 {
			return new(big.Int).Lsh(big.NewInt(-3), uint(64+r.Intn(100)))
		}
		return Int(r.Int63() >> r.Intn(63) * int64(1-2*r.Intn(2)))
	case 3:
		return Float(floats[r.Intn(len(floats))])
	case 4:
		return Str(strs[r.Intn(len(strs))] + strs[r.Intn(len(strs))])
	case 5:
		items := make([]Value, r.Intn(4))
		for i := range items {
			items[i] = jsonRandom(r, depth+1, strKeys)
		}
		return &List{Items: items}
	case 6:
		items := make(Tuple, r.Intn(3))
		for i := range items {
			items[i] = jsonRandom(r, depth+1, strKeys)
		}
		return items
	}
	d := NewDict()
	for i := r.Intn(12); i > 0; i-- {
		var k Value = Str(strs[r.Intn(len(strs))] + strs[r.Intn(len(strs))])
		if !strKeys && r.Intn(2) == 0 {
			k = jsonRandom(r, 99, false) // a scalar
		}
		if err := d.Set(k, jsonRandom(r, depth+1, strKeys)); err != nil {
			panic(err)
		}
	}
	return d
}

// TestJSONEncodeMatchesPylib checks that json.dumps's direct encoder
// writes exactly pylib.JSONDumps's text, for random values under every
// combination of the options that change the text (sort_keys only with
// str keys: mixed keys are sorted as Monty does, see
// mod_json_dumps_keys.py in the corpus).
func TestJSONEncodeMatchesPylib(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	indents := []*string{nil, pylib.JSONIndent(0), pylib.JSONIndent(2), pylib.JSONIndent(-1)}
	tab := "\t"
	indents = append(indents, &tab)
	m := &vm{}
	for n := 0; n < 3000; n++ {
		sortKeys := n%3 == 0
		v := jsonRandom(r, 0, sortKeys)
		opts := pylib.DefaultJSONOptions()
		opts.Indent = indents[n%len(indents)]
		opts.EnsureASCII = n%2 == 0
		opts.SortKeys = sortKeys
		if n%7 == 0 {
			opts.Separators = &[2]string{",", ":"}
		}
		want, err := pylib.JSONDumps(jsonPlain(v), opts)
		if err != nil {
			t.Fatalf("pylib: %v", err)
		}
		got, err := m.jsonEncode(v, opts, 0)
		if err != nil {
			t.Fatalf("jsonEncode: %v", err)
		}
		if string(got.(Str)) != want {
			t.Fatalf("value %d, options %+v:\n got %q\nwant %q", n, opts, got, want)
		}
	}
}

// TestJSONDumpsSize checks the estimate jsonCheck makes before encoding
// (json.dumps's memory check uses it) and that deep but legal nesting
// encodes.
func TestJSONDumpsSize(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want int64
	}{
		{`"abc"`, 5},
		{`[1, "ab", None]`, 2 + 3*2 + 8 + 4 + 8},
		{`{"k": (1,)}`, 2 + 4 + 3 + 2 + 2 + 8},
		{`((),)`, 2 + 2 + 2},
		{`[10**30]`, 2 + 2 + 100/3 + 1},
	} {
		v, _, err := run(t, tc.src, RunConfig{}, CompileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := (&vm{}).jsonArg(v)
		if err != nil || got != tc.want {
			t.Errorf("%s: size %d, %v; want %d", tc.src, got, err, tc.want)
		}
	}
	src := "import json\nx = 1\nfor i in range(499):\n    x = [x] if i % 2 else (x,)\njson.dumps(x).count('[')\n"
	if v, _, err := run(t, src, RunConfig{}, CompileOptions{}); err != nil || v != Int(499) {
		t.Errorf("deep value: %v %v", v, err)
	}
}
