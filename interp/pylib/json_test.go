package pylib

import (
	"strings"
	"testing"
)

// jsonInput converts a golden value to JSONDumps's input forms: lists as
// []any, tuples as Tuple, dicts as *Dict.
func jsonInput(t *testing.T, raw any) any {
	m := raw.(map[string]any)
	switch m["t"] {
	case "list":
		out := []any{}
		for _, x := range m["v"].([]any) {
			out = append(out, jsonInput(t, x))
		}
		return out
	case "tuple":
		out := Tuple{}
		for _, x := range m["v"].([]any) {
			out = append(out, jsonInput(t, x))
		}
		return out
	case "dict":
		d := &Dict{}
		for _, kv := range m["v"].([]any) {
			pair := kv.([]any)
			d.Keys = append(d.Keys, jsonInput(t, pair[0]))
			d.Values = append(d.Values, jsonInput(t, pair[1]))
		}
		return d
	case "circular":
		l := make([]any, 1)
		l[0] = l
		return l
	}
	return decodeTagged(t, raw)
}

func jsonOpts(m map[string]any) JSONOptions {
	o := DefaultJSONOptions()
	switch ind := m["indent"].(type) {
	case float64:
		o.Indent = JSONIndent(int(ind))
	case string:
		o.Indent = &ind
	}
	if seps, ok := m["separators"].([]any); ok {
		o.Separators = &[2]string{seps[0].(string), seps[1].(string)}
	}
	if v, ok := m["sort_keys"].(bool); ok {
		o.SortKeys = v
	}
	if v, ok := m["ensure_ascii"].(bool); ok {
		o.EnsureASCII = v
	}
	if v, ok := m["allow_nan"].(bool); ok {
		o.AllowNaN = v
	}
	if v, ok := m["skipkeys"].(bool); ok {
		o.SkipKeys = v
	}
	return o
}

func TestJSONDumpsGolden(t *testing.T) {
	var g struct {
		Dumps []struct {
			V    any
			Opts map[string]any
			Out  *string
			Err  *pyErr
		}
	}
	loadGolden(t, "json", &g)
	f := failures{t: t, total: len(g.Dumps)}
	for _, c := range g.Dumps {
		got, err := JSONDumps(jsonInput(t, c.V), jsonOpts(c.Opts))
		if msg := checkResult(got, err, c.Out, c.Err); msg != "" {
			f.add("json.dumps(%v, %v): %s", c.V, c.Opts, msg)
		}
	}
	f.done()
}

// pyRepr renders a JSONLoads result as Python's repr would.
func pyRepr(v any) string {
	switch x := v.(type) {
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = pyRepr(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *Dict:
		parts := make([]string, len(x.Keys))
		for i := range x.Keys {
			parts[i] = pyRepr(x.Keys[i]) + ": " + pyRepr(x.Values[i])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return Repr(v)
}

func TestJSONLoadsGolden(t *testing.T) {
	var g struct {
		Loads []struct {
			In  string
			Out *string
			Err *pyErr
		}
	}
	loadGolden(t, "json", &g)
	f := failures{t: t, total: len(g.Loads)}
	for _, c := range g.Loads {
		v, err := JSONLoads(c.In)
		got := ""
		if err == nil {
			got = pyRepr(v)
		}
		if msg := checkResult(got, err, c.Out, c.Err); msg != "" {
			f.add("json.loads(%q): %s", c.In, msg)
		}
	}
	f.done()
}

func TestJSONDeepNesting(t *testing.T) {
	doc := strings.Repeat("[", 5000) + strings.Repeat("]", 5000)
	_, err := JSONLoads(doc)
	if e, ok := err.(*Error); !ok || e.Type != "RecursionError" {
		t.Fatalf("JSONLoads(deep) = %v; want RecursionError", err)
	}
}

func FuzzJSONLoads(f *testing.F) {
	for _, s := range []string{`{"a": [1, 2.5, "x\u00e9"]}`, `[1,`, `"\ud83d\ude00"`, `-Infinity`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := JSONLoads(s)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("non-Python error %v", err)
			}
			return
		}
		// Whatever loads accepts, dumps must be able to write back.
		opts := DefaultJSONOptions()
		if _, err := JSONDumps(v, opts); err != nil {
			t.Fatalf("dumps(loads(%q)): %v", s, err)
		}
	})
}
