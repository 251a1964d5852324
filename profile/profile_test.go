package profile

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func mustGet(t *testing.T, name string) *Profile {
	t.Helper()
	p, err := Get(name)
	if err != nil {
		t.Fatalf("Get(%q): %v", name, err)
	}
	return p
}

func TestEmbeddedProfiles(t *testing.T) {
	if got, want := Names(), []string{"monty-0.0.18", "monty-0.0.23"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("Names() = %v, want %v", got, want)
	}
	for _, name := range Names() {
		p := mustGet(t, name)
		if p.Name != name || "monty-"+p.MontyVersion != name {
			t.Errorf("%s: Name %q, MontyVersion %q", name, p.Name, p.MontyVersion)
		}
		if !strings.HasPrefix(p.GeneratedBy, "scripts/gen-profiles from monty-"+p.MontyVersion+".json") {
			t.Errorf("%s: generated_by = %q", name, p.GeneratedBy)
		}
	}
	d := Default()
	if d.Name != "monty-0.0.23" || !d.Default {
		t.Errorf("Default() = %s (default %v), want monty-0.0.23", d.Name, d.Default)
	}
	if mustGet(t, "monty-0.0.18").Default {
		t.Error("monty-0.0.18 must not be the default")
	}
	if mustGet(t, "0.0.23") != d || mustGet(t, " 0.0.23 ") != d {
		t.Error("Get by bare version does not return the shared default profile")
	}
}

func TestGetUnknown(t *testing.T) {
	_, err := Get("monty-9.9.9")
	if !errors.Is(err, ErrUnknownProfile) {
		t.Fatalf("Get(unknown) error = %v, want ErrUnknownProfile", err)
	}
	for _, want := range []string{`"monty-9.9.9"`, "monty-0.0.18", "monty-0.0.23"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %s", err, want)
		}
	}
}

// verdict is where a construct id sits in a profile.
type verdict string

const (
	none      verdict = "none"
	rejected  verdict = "rejected"
	runtime   verdict = "runtime"
	behaviour verdict = "behaviour"
)

func verdictOf(p *Profile, id string) (verdict, Rule) {
	if r, ok := p.Rejects(id); ok {
		return rejected, r
	}
	if r, ok := p.FailsAtRuntime(id); ok {
		return runtime, r
	}
	if r, ok := p.Behaviour(id); ok {
		return behaviour, r
	}
	return none, Rule{}
}

// TestConstructFacts checks verdicts and messages against the specs
// (monty-0.0.18.md §2.4, monty-0.0.23.md §3-§5, §8).
func TestConstructFacts(t *testing.T) {
	tests := []struct {
		profile, id string
		want        verdict
		text        string // Rule.Text(), when not empty
	}{
		{"0.0.23", "del-stmt", rejected, "NotImplementedError: The monty syntax parser does not yet support the 'del' statement"},
		{"0.0.18", "del-stmt", rejected, "NotImplementedError: The monty syntax parser does not yet support the 'del' statement"},
		{"0.0.23", "match-stmt", rejected, "NotImplementedError: The monty syntax parser does not yet support pattern matching (match statements)"},
		{"0.0.18", "class-def", rejected, "NotImplementedError: The monty syntax parser does not yet support class definitions"},
		{"0.0.23", "class-def", none, ""},
		{"0.0.23", "class-inheritance", rejected, "NotImplementedError: The monty syntax parser does not yet support class inheritance and metaclasses"},
		{"0.0.23", "method-decorator", rejected, "NotImplementedError: The monty syntax parser does not yet support method decorators (classmethod/staticmethod/property)"},
		{"0.0.23", "class-body-other", rejected, ""},
		{"0.0.23", "class-var-complex-target", rejected, "NotImplementedError: The monty syntax parser does not yet support complex class variable targets (only `name = <expr>` is allowed)"},
		{"0.0.18", "class-inheritance", none, ""},
		{"0.0.23", "star-import", rejected, "NotImplementedError: Wildcard imports (`from ... import *`) are not supported"},
		{"0.0.23", "relative-import", rejected, "ImportError: attempted relative import with no known parent package"},
		{"0.0.23", "for-target-subscript", rejected, "SyntaxError: invalid unpacking target: subscript"},
		{"0.0.18", "fstring-spec-comma", rejected, "SyntaxError: Invalid format specifier '<spec>': ',' (comma thousands separator) is not yet supported in Monty"},
		{"0.0.23", "fstring-spec-comma", none, ""},
		{"0.0.23", "fstring-spec-alternate", none, ""},
		{"0.0.18", "fstring-spec-custom", rejected, "SyntaxError: Invalid format specifier '<spec>'"},
		{"0.0.23", "fstring-spec-custom", runtime, "ValueError: Invalid format specifier '<spec>' for object of type '<type>'"},
		{"0.0.23", "percent-format", runtime, "TypeError: unsupported operand type(s) for %: 'str' and '<type>'"},
		{"0.0.23", "matmul", runtime, "NotImplementedError: matrix multiplication (@) is not supported"},
		{"0.0.23", "exception-multi-arg", runtime, "RuntimeError: Internal error in monty: exceptions can only be called with zero or one string argument"},
		{"0.0.18", "lambda-in-comprehension", runtime, ""},
		{"0.0.23", "lambda-in-comprehension", none, ""},
		{"0.0.18", "unpack-non-sequence", runtime, ""},
		{"0.0.23", "unpack-non-sequence", none, ""},
		{"0.0.18", "path-div-computed-str", runtime, "TypeError: unsupported operand type(s) for /: 'PosixPath' and 'str'"},
		{"0.0.23", "path-div-computed-str", none, ""},
		{"0.0.18", "host-unsupported", runtime, "RuntimeError: '<name>' is not supported in this environment"},
		{"0.0.18", "filesystem", runtime, "PermissionError: Permission denied: '<path>'"},
		{"0.0.23", "host-unsupported", none, ""},
		{"0.0.23", "os-function", runtime, "NotImplementedError: OS function '<name>' not implemented with standard execution"},
		{"0.0.18", "os-function", none, ""},
		{"0.0.18", "await-external", runtime, "TypeError: '<type>' object can't be awaited"},
		{"0.0.18", "gather-external", runtime, ""},
		{"0.0.23", "await-external", none, ""},
		{"0.0.23", "dataclass-option", runtime, ""},
		{"0.0.23", "external-in-builtin-callback", runtime, "NotImplementedError: sorted() key argument: external function '<name>' is not yet supported in this context"},
		{"0.0.18", "external-in-builtin-callback", runtime, "NotImplementedError: sorted() key argument: external functions are not yet supported in this context"},
		{"0.0.23", "missing-builtin", runtime, "NameError: name '<name>' is not defined"},
		{"0.0.23", "container-ordering-compare", runtime, ""},
		{"0.0.18", "container-ordering-compare", behaviour, ""},
		{"0.0.18", "decorator-ignored", behaviour, ""},
		{"0.0.23", "decorator-ignored", none, ""},
		{"0.0.18", "later-defined-global", behaviour, ""},
		{"0.0.18", "global-unbound", behaviour, ""},
		{"0.0.23", "later-defined-global", none, ""},
		{"0.0.18", "eager-generator", behaviour, ""},
		{"0.0.23", "eager-generator", behaviour, ""},
		{"0.0.23", "dunder-protocol-ignored", behaviour, ""},
		{"0.0.18", "dunder-protocol-ignored", none, ""},
	}
	for _, tt := range tests {
		p := mustGet(t, tt.profile)
		got, r := verdictOf(p, tt.id)
		if got != tt.want {
			t.Errorf("%s %s: verdict %s, want %s", tt.profile, tt.id, got, tt.want)
			continue
		}
		if tt.text != "" && r.Text() != tt.text {
			t.Errorf("%s %s: Text() = %q\nwant %q", tt.profile, tt.id, r.Text(), tt.text)
		}
		if got != none && (r.ID != tt.id || r.Source == "") {
			t.Errorf("%s %s: ID %q, Source %q", tt.profile, tt.id, r.ID, r.Source)
		}
	}
}

func TestBehaviourRules(t *testing.T) {
	for _, name := range Names() {
		for id, r := range mustGet(t, name).Behaviours {
			if r.Exception != "" || r.Text() != r.Message || r.Message == "" {
				t.Errorf("%s %s: behaviour with exception %q, message %q", name, id, r.Exception, r.Message)
			}
		}
	}
	r, _ := Default().Behaviour("dunder-protocol-ignored")
	for _, d := range []string{"__add__", "__radd__", "__iadd__", "__neg__", "__lt__", "__len__", "__getitem__",
		"__setitem__", "__call__", "__getattr__", "__getattribute__", "__bool__", "__new__"} {
		if !r.HasName(d) {
			t.Errorf("dunder-protocol-ignored does not list %s", d)
		}
	}
	for _, d := range []string{"__init__", "__eq__", "__repr__", "__iter__", "__contains__"} {
		if r.HasName(d) {
			t.Errorf("dunder-protocol-ignored lists %s, which Monty calls", d)
		}
	}
	if got := Default().IgnoredDunders(); len(got) != len(r.Names) || !got["__add__"] {
		t.Errorf("0.0.23 IgnoredDunders() = %v", got)
	}
	if got := mustGet(t, "0.0.18").IgnoredDunders(); len(got) != 0 {
		t.Errorf("0.0.18 IgnoredDunders() = %v, want none (no classes)", got)
	}
}

func TestCases(t *testing.T) {
	tests := []struct {
		profile, id, cas, text string
	}{
		{"0.0.23", "external-in-builtin-callback", "list.sort", "NotImplementedError: sort() key argument: external function '<name>' is not yet supported in this context"},
		{"0.0.18", "external-in-builtin-callback", "list.sort", "NotImplementedError: sorted() key argument: external functions are not yet supported in this context"},
		{"0.0.23", "external-in-builtin-callback", "map", "NotImplementedError: map(): external function '<name>' is not yet supported in this context"},
		{"0.0.23", "builtin-arg-unsupported", "print-file", "TypeError: print() 'file' argument is not supported"},
		{"0.0.18", "builtin-arg-unsupported", "enumerate-start-keyword", "TypeError: enumerate expected at most 2 arguments, got 1"},
		{"0.0.23", "builtin-arg-unsupported", "enumerate-start-keyword", ""},
		{"0.0.23", "builtin-arg-unsupported", "int-base", ""},
		{"0.0.23", "dataclass-option", "order", "NotImplementedError: dataclass() does not yet support the order option"},
	}
	for _, tt := range tests {
		r, ok := mustGet(t, tt.profile).FailsAtRuntime(tt.id)
		if !ok {
			t.Errorf("%s: no runtime rule %s", tt.profile, tt.id)
			continue
		}
		c, ok := r.Case(tt.cas)
		if got := c.Text(); ok != (tt.text != "") || ok && got != tt.text {
			t.Errorf("%s %s case %s: (%q, %v), want %q", tt.profile, tt.id, tt.cas, got, ok, tt.text)
		}
	}
}

func TestBuiltinFacts(t *testing.T) {
	tests := []struct {
		profile, name string
		present       bool
	}{
		{"0.0.23", "print", true},
		{"0.0.23", "super", false},
		{"0.0.23", "format", false},
		{"0.0.23", "callable", false},
		{"0.0.23", "object", true},
		{"0.0.23", "__name__", true},
		{"0.0.23", "Ellipsis", true},
		{"0.0.23", "UnicodeEncodeError", true},
		{"0.0.18", "__name__", false},
		{"0.0.18", "Ellipsis", false},
		{"0.0.18", "object", false},
		{"0.0.18", "UnicodeEncodeError", false},
		{"0.0.18", "sorted", true},
	}
	for _, tt := range tests {
		p := mustGet(t, tt.profile)
		if got := p.HasBuiltin(tt.name); got != tt.present {
			t.Errorf("%s HasBuiltin(%s) = %v, want %v", tt.profile, tt.name, got, tt.present)
		}
		if got := p.LacksBuiltin(tt.name); got == tt.present {
			t.Errorf("%s LacksBuiltin(%s) = %v, want %v", tt.profile, tt.name, got, !tt.present)
		}
	}
	// TimeoutError is not an OSError in 0.0.18 (monty-0.0.18.md §3).
	if slices.Contains(mustGet(t, "0.0.18").Exceptions["TimeoutError"], "OSError") {
		t.Error("0.0.18: TimeoutError must not derive from OSError")
	}
	if !slices.Contains(Default().Exceptions["TimeoutError"], "OSError") {
		t.Error("0.0.23: TimeoutError must derive from OSError")
	}
}

func TestModuleFacts(t *testing.T) {
	tests := []struct {
		profile, module, attr string
		present               bool
	}{
		{"0.0.23", "math", "pi", true},
		{"0.0.23", "math", "fsum", false},
		{"0.0.23", "math", "__name__", false},
		{"0.0.23", "asyncio", "sleep", false},
		{"0.0.23", "itertools", "chain", true},
		{"0.0.23", "itertools", "groupby", false},
		{"0.0.23", "functools", "lru_cache", false},
		{"0.0.23", "dataclasses", "field", false},
		{"0.0.23", "datetime", "time", true},
		{"0.0.18", "datetime", "time", false},
		{"0.0.18", "itertools", "chain", false},
		{"0.0.18", "os", "sep", false},
		{"0.0.23", "os", "sep", true},
		{"0.0.23", "random", "random", false},
	}
	for _, tt := range tests {
		if got := mustGet(t, tt.profile).HasAttr(tt.module, tt.attr); got != tt.present {
			t.Errorf("%s HasAttr(%s, %s) = %v, want %v", tt.profile, tt.module, tt.attr, got, tt.present)
		}
	}
	for _, name := range Names() {
		m, ok := mustGet(t, name).Module("asyncio")
		if !ok || !reflect.DeepEqual(m.AttrNames(), []string{"gather", "run"}) {
			t.Errorf("%s asyncio = %v, want only gather and run", name, m)
		}
	}
	want := []string{"asyncio", "base64", "binascii", "collections", "dataclasses", "datetime", "functools",
		"itertools", "json", "math", "os", "pathlib", "re", "sys", "typing", "unicodedata"}
	if got := Default().ModuleNames(); !reflect.DeepEqual(got, want) {
		t.Errorf("0.0.23 modules = %v\nwant %v", got, want)
	}
	if got := mustGet(t, "0.0.18").ModuleNames(); len(got) != 9 {
		t.Errorf("0.0.18 modules = %v, want 9", got)
	}
}

func TestOSFunctions(t *testing.T) {
	tests := []struct {
		profile, name, rule string
	}{
		{"0.0.23", "os.getenv", "os-function"},
		{"0.0.23", "os.listdir", "os-function"},
		{"0.0.23", "open", "os-function"},
		{"0.0.23", "datetime.datetime.now", "os-function"},
		{"0.0.23", "pathlib.Path.read_text", "os-function"},
		{"0.0.23", "os.sep", ""},
		{"0.0.23", "pathlib.Path.joinpath", ""},
		{"0.0.18", "os.getenv", "host-unsupported"},
		{"0.0.18", "datetime.date.today", "host-unsupported"},
		{"0.0.18", "open", "filesystem"},
		{"0.0.18", "pathlib.Path.exists", "filesystem"},
		{"0.0.18", "os.listdir", ""},
	}
	for _, tt := range tests {
		r, ok := mustGet(t, tt.profile).OSFunction(tt.name)
		if ok != (tt.rule != "") || r.ID != tt.rule {
			t.Errorf("%s OSFunction(%s) = %q, %v; want %q", tt.profile, tt.name, r.ID, ok, tt.rule)
		}
	}
	m, _ := Default().Module("os")
	if !m.OSFunctions["getenv"] || m.OSFunctions["sep"] || !m.Has("getenv") {
		t.Errorf("0.0.23 os.OSFunctions = %v", m.OSFunctions)
	}
	if m, _ := Default().Module("pathlib"); !m.OSFunctions["Path.read_text"] {
		t.Errorf("0.0.23 pathlib.OSFunctions = %v", m.OSFunctions)
	}
}

func TestTypeMethodFacts(t *testing.T) {
	old, cur := mustGet(t, "0.0.18"), Default()
	if !old.LacksMethod("str", "format") || cur.LacksMethod("str", "format") || !cur.TypeMethods["str"].Has("format") {
		t.Error("str.format: want missing in 0.0.18, present in 0.0.23")
	}
	for _, p := range []*Profile{old, cur} {
		if !p.LacksMethod("int", "bit_length") || !p.LacksMethod("set", "difference_update") {
			t.Errorf("%s: int.bit_length and set.difference_update must be missing", p.Name)
		}
		if !p.TypeMethods["list"].Has("append") || p.LacksMethod("list", "append") {
			t.Errorf("%s: list.append must be present", p.Name)
		}
	}
	if !old.TypeMethods["datetime.date"].Attrs["year"] {
		t.Error("0.0.18: datetime.date.year must be a data attribute")
	}
}

func TestNameFlags(t *testing.T) {
	if got, want := mustGet(t, "0.0.18").Names, (NameFlags{SourceOrderGlobals: true}); got != want {
		t.Errorf("0.0.18 names = %+v, want %+v", got, want)
	}
	want := NameFlags{DunderNameDefined: true, FutureImports: true, DecoratorsApplied: true}
	if got := Default().Names; got != want {
		t.Errorf("0.0.23 names = %+v, want %+v", got, want)
	}
}
