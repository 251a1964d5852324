package mocks

import (
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/monty-tools/monty-tools/interp"
)

// answer calls fn on h and renders the outcome as the program would see
// it: the repr of the value, or "raise T: M", or "host error ...".
func answer(t *testing.T, h *Host, fn string, args []interp.Value, kwargs []interp.KeywordArg) string {
	t.Helper()
	v, err := h.Call(fn, args, kwargs)
	var exc *interp.ExcValue
	switch {
	case errors.As(err, &exc):
		return "raise " + exc.Error()
	case err != nil:
		return "host error " + err.Error()
	}
	return interp.Repr(v)
}

func TestForms(t *testing.T) {
	h, err := Parse([]byte(`{
		"ret":     {"return": {"b": 1, "a": [true, null, 2.5]}},
		"retnull": {"return": null},
		"seq":     {"sequence": [1, "two"]},
		"boom":    {"raise": {"type": "ValueError", "message": "no"}},
		"cases":   {"cases": [{"args": [1, [2, 3]], "kwargs": {"k": "v"}, "return": "hit"},
		                      {"args": [], "return": "empty"}],
		            "default": "miss"},
		"nodef":   {"cases": [{"args": [1], "return": 1}]}
	}`))
	if err != nil {
		t.Fatal(err)
	}
	kv := []interp.KeywordArg{{Name: "k", Value: interp.Str("v")}}
	tuple23 := interp.Tuple{interp.Int(2), interp.Int(3)}
	got := []string{
		answer(t, h, "ret", nil, nil),
		answer(t, h, "retnull", nil, nil),
		answer(t, h, "seq", nil, nil), answer(t, h, "seq", nil, nil), answer(t, h, "seq", nil, nil),
		answer(t, h, "boom", nil, nil),
		answer(t, h, "cases", []interp.Value{interp.Int(1), tuple23}, kv),
		answer(t, h, "cases", []interp.Value{interp.Float(1), tuple23}, kv), // 1.0 == 1
		answer(t, h, "cases", []interp.Value{interp.Int(1), tuple23}, nil),  // kwargs differ
		answer(t, h, "cases", nil, nil),
		answer(t, h, "cases", []interp.Value{interp.Str("1")}, nil), // '1' != 1
		answer(t, h, "nodef", []interp.Value{interp.Int(2)}, nil),
		answer(t, h, "absent", nil, nil),
	}
	want := []string{
		"{'b': 1, 'a': [True, None, 2.5]}", // key order as written
		"None",
		"1", "'two'", "None",
		"raise ValueError: no",
		"'hit'", "'hit'", "'miss'", "'empty'", "'miss'",
		"None",
		"raise NameError: name 'absent' is not defined",
	}
	if !reflect.DeepEqual(got, want) {
		for i := range want {
			if i >= len(got) || got[i] != want[i] {
				t.Errorf("answer %d: got %q, want %q", i, got[i], want[i])
			}
		}
	}
}

func TestCallLog(t *testing.T) {
	h, err := Parse([]byte(`{"f": {"return": [1]}, "g": {"raise": {"type": "KeyError", "message": "k"}}}`))
	if err != nil {
		t.Fatal(err)
	}
	h.Call("f", []interp.Value{interp.Str("x"), interp.Float(math.NaN())}, []interp.KeywordArg{{Name: "n", Value: interp.None}})
	h.Call("g", nil, nil)
	got, err := json.Marshal(h.Calls())
	if err != nil {
		t.Fatal(err)
	}
	// NaN has no JSON form, so the log shows its repr.
	want := `[{"function":"f","args":["x","nan"],"kwargs":{"n":null},"result":[1]},` +
		`{"function":"g","args":[],"kwargs":{},"result":null,"raise":{"type":"KeyError","message":"k"}}]`
	if string(got) != want {
		t.Errorf("call log\n got %s\nwant %s", got, want)
	}
	if names := h.Names(); !reflect.DeepEqual(names, []string{"f", "g"}) || !h.Has("f") || h.Has("h") {
		t.Errorf("Names = %v, Has(f) = %v, Has(h) = %v", names, h.Has("f"), h.Has("h"))
	}
}

func TestSequenceIsPerHost(t *testing.T) {
	doc := []byte(`{"s": {"sequence": ["a"]}}`)
	for run := 0; run < 2; run++ {
		h, err := Parse(doc)
		if err != nil {
			t.Fatal(err)
		}
		if got := answer(t, h, "s", nil, nil); got != "'a'" {
			t.Errorf("run %d: first call gave %s, want 'a'", run, got)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ doc, want string }{
		{`{"f": {"return": 1, "sequence": []}}`, `mock "f": want exactly one of "return", "sequence", "raise", "cases"; got 2`},
		{`{"f": {}}`, `mock "f": want exactly one of "return", "sequence", "raise", "cases"; got 0`},
		{`{"f": {"retrun": 1}}`, `mock "f": json: unknown field "retrun"`},
		{`{"f": {"return": 1, "default": 2}}`, `mock "f": "default" goes only with "cases"`},
		{`{"f": {"raise": {"message": "m"}}}`, `mock "f": "raise" needs a "type"`},
		{`{"f": {"raise": null}}`, `mock "f": "raise" needs a "type"`},
		{`{"f": 3}`, `mock "f": json: cannot unmarshal number into Go value of type mocks.mock`},
		{`{"f": {"cases": [{"args": [1, {"a": ]}]}}`, `invalid character ']'`},
		{`{"f": {"return": 1}} {}`, `unexpected data after the JSON value`},
		{`[1]`, `json: cannot unmarshal array`},
	} {
		_, err := Parse([]byte(tc.doc))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%s) = %v, want an error containing %q", tc.doc, err, tc.want)
		}
	}
}

func TestEmptyDocument(t *testing.T) {
	for _, doc := range []string{"", " \n", "null", "{}"} {
		h, err := Parse([]byte(doc))
		if err != nil || len(h.Names()) != 0 {
			t.Errorf("Parse(%q) = %v, %v; want no mocks", doc, h, err)
		}
	}
}

func TestFromRaw(t *testing.T) {
	h, err := FromRaw(map[string]json.RawMessage{"f": json.RawMessage(`{"return": "x"}`)})
	if err != nil {
		t.Fatal(err)
	}
	if got := answer(t, h, "f", nil, nil); got != "'x'" {
		t.Errorf("f() = %s", got)
	}
	if _, err := FromRaw(map[string]json.RawMessage{"f": json.RawMessage(`{"x": 1}`)}); err == nil {
		t.Error("FromRaw accepted an unknown field")
	}
}

func TestValue(t *testing.T) {
	for _, tc := range []struct{ json, repr string }{
		{`{"z": 1, "a": {"y": 2, "b": 3}}`, "{'z': 1, 'a': {'y': 2, 'b': 3}}"},
		{`[1, 1.0, 1e3, 123456789012345678901234567890]`, "[1, 1.0, 1000.0, 123456789012345678901234567890]"},
		{`"é\n"`, `'é\n'`},
		{`false`, "False"},
	} {
		v, err := Value([]byte(tc.json))
		if err != nil {
			t.Errorf("Value(%s): %v", tc.json, err)
			continue
		}
		if got := interp.Repr(v); got != tc.repr {
			t.Errorf("Value(%s) = %s, want %s", tc.json, got, tc.repr)
		}
	}
	for _, bad := range []string{``, `[1,`, `{"a" 1}`, `1 2`} {
		if _, err := Value([]byte(bad)); err == nil {
			t.Errorf("Value(%q) gave no error", bad)
		}
	}
}

func TestResult(t *testing.T) {
	if got := Result(interp.Float(math.Inf(1))); got != nil {
		t.Errorf("Result(inf) = %v, want nil", got)
	}
	d := interp.NewDict()
	d.Set(interp.Int(1), interp.Int(2))
	if got := Result(d); got != nil {
		t.Errorf("Result({1: 2}) = %v, want nil", got)
	}
	if got := Plain(d); got != "{1: 2}" {
		t.Errorf("Plain({1: 2}) = %v, want its repr", got)
	}
	if got, _ := json.Marshal(Result(interp.Tuple{interp.Int(1), interp.Str("a")})); string(got) != `[1,"a"]` {
		t.Errorf("Result((1, 'a')) = %s", got)
	}
}
