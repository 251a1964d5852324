package profile

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// minimal is the smallest valid profile; tests patch it.
const minimal = `{
  "name": "monty-9.0.0",
  "monty_version": "9.0.0",
  "names": {"source_order_globals": false, "dunder_name_defined": true,
            "future_imports": true, "decorators_applied": true},
  "rejected": {"del-stmt": {"exception": "NotImplementedError", "message": "no del"}},
  "runtime": {"os-function": {"exception": "NotImplementedError", "message": "OS function '<name>'"}},
  "behaviours": {"eager-generator": {"message": "generators are lists"}},
  "builtins": ["print", "open", "Exception", "BaseException"],
  "builtins_missing": ["super"],
  "exceptions": {"BaseException": [], "Exception": ["BaseException"]},
  "modules": {"os": ["getenv", "sep"]},
  "os_functions": {"os.getenv": "os-function", "open": "os-function"},
  "type_methods": {"str": {"methods": ["upper"], "attributes": [], "missing": ["format"]}}
}`

// patch returns minimal with top-level key set to value (raw JSON), or
// removed when value is "".
func patch(t *testing.T, key, value string) []byte {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(minimal), &m); err != nil {
		t.Fatal(err)
	}
	if value == "" {
		delete(m, key)
	} else {
		m[key] = json.RawMessage(value)
	}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseMinimal(t *testing.T) {
	p, err := Parse([]byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	if r, ok := p.Rejects("del-stmt"); !ok || r.Text() != "NotImplementedError: no del" {
		t.Errorf("del-stmt = %+v, %v", r, ok)
	}
	if !p.HasAttr("os", "sep") || p.HasAttr("os", "path") {
		t.Error("os attributes wrong")
	}
	if r, ok := p.OSFunction("open"); !ok || r.ID != "os-function" {
		t.Errorf("OSFunction(open) = %+v, %v", r, ok)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string // substring of the error
	}{
		{"not json", []byte("{"), "profile:"},
		{"unknown top-level key", patch(t, "builtin", `["x"]`), `unknown key "builtin"`},
		{"missing required key", patch(t, "modules", ""), `missing required key "modules"`},
		{"null required key", patch(t, "rejected", "null"), `missing required key "rejected"`},
		{"missing name flag", patch(t, "names", `{"source_order_globals": true}`), `names: missing required key "dunder_name_defined"`},
		{"unknown name flag", patch(t, "names", `{"typo": true}`), `unknown field "typo"`},
		{"unknown rule key", patch(t, "rejected", `{"del-stmt": {"exception": "E", "message": "m", "mesage": "x"}}`), `unknown field "mesage"`},
		{"rule without message", patch(t, "rejected", `{"del-stmt": {"exception": "E"}}`), `rejected "del-stmt": missing message`},
		{"runtime without exception", patch(t, "runtime", `{"os-function": {"message": "m"}}`), `runtime "os-function": missing exception`},
		{"case without exception", patch(t, "runtime", `{"os-function": {"exception": "E", "message": "m", "cases": {"x": {"message": "m"}}}}`), `case "x": missing exception`},
		{"id in two sections", patch(t, "behaviours", `{"del-stmt": {"message": "m"}}`), `behaviours "del-stmt": also in rejected`},
		{"empty builtins", patch(t, "builtins", `[]`), "builtins: empty"},
		{"builtin both present and missing", patch(t, "builtins_missing", `["print"]`), `"print" is also in builtins`},
		{"exception not builtin", patch(t, "exceptions", `{"KeyError": []}`), `"KeyError" is not in builtins`},
		{"unknown base", patch(t, "exceptions", `{"Exception": ["Nope"]}`), `base "Nope"`},
		{"os function with unknown rule", patch(t, "os_functions", `{"os.getenv": "nope"}`), `not a runtime rule`},
		{"os function of missing attr", patch(t, "os_functions", `{"os.listdir": "os-function"}`), `no attribute "listdir"`},
		{"os function of nothing", patch(t, "os_functions", `{"input": "os-function"}`), `neither a builtin nor a module attribute`},
		{"method present and missing", patch(t, "type_methods", `{"str": {"methods": ["format"], "missing": ["format"]}}`), "both present and missing"},
		{"empty name", patch(t, "name", `""`), "must not be empty"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.data)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want it to contain %q", tt.name, err, tt.want)
		}
	}
}

func TestParseEmbeddedRoundTrip(t *testing.T) {
	for _, name := range Names() {
		b, err := data.ReadFile("data/" + name + ".json")
		if err != nil {
			t.Fatal(err)
		}
		p, err := Parse(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := mustGet(t, name); p == got || p.Name != got.Name || len(p.Runtime) != len(got.Runtime) {
			t.Errorf("%s: Parse gave a different or shared profile", name)
		}
	}
}

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "monty-9.0.0.json")
	if err := os.WriteFile(path, []byte(minimal), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, load := range []func(string) (*Profile, error){LoadFile, Load} {
		p, err := load(path)
		if err != nil || p.Name != "monty-9.0.0" {
			t.Errorf("load(%s) = %v, %v", path, p, err)
		}
	}
	if p, err := Load("0.0.18"); err != nil || p.Name != "monty-0.0.18" {
		t.Errorf(`Load("0.0.18") = %v, %v`, p, err)
	}
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, patch(t, "extra", "1"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadFile(bad)
	if err == nil || !strings.Contains(err.Error(), bad) || !strings.Contains(err.Error(), `unknown key "extra"`) {
		t.Errorf("LoadFile(bad) error = %v", err)
	}
	if _, err := LoadFile(filepath.Join(dir, "absent.json")); err == nil {
		t.Error("LoadFile(absent) succeeded")
	}
}
