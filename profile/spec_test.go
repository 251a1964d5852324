package profile

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// specDir is ../shared/spec relative to the repository root, where the
// measured Monty specs live beside the checkout.
var specDir = filepath.Join("..", "..", "shared", "spec")

// spec is the part of monty-<version>.json the profiles are derived from.
type spec struct {
	raw                 []byte
	MontyVersion        string                     `json:"monty_version"`
	Builtins            []string                   `json:"builtins"`
	BuiltinsMissing     []string                   `json:"builtins_missing"`
	Exceptions          []string                   `json:"exceptions"`
	ExceptionBases      map[string][]string        `json:"exception_bases"`
	Modules             map[string][]string        `json:"modules"`
	UnsupportedInJSHost map[string]json.RawMessage `json:"modules_unsupported_in_js_host"`
	UnsupportedInCLI    map[string]json.RawMessage `json:"modules_unsupported_in_cli"`
	TypeMethods         map[string]struct {
		Methods        []string `json:"methods"`
		DataAttributes []string `json:"data_attributes"`
		Missing        []string `json:"missing"`
	} `json:"type_methods"`
	Constructs map[string]struct {
		Phase     string  `json:"phase"`
		Exception *string `json:"exception"`
		Message   string  `json:"message"`
		State     string  `json:"state_0.0.23"`
	} `json:"unsupported_constructs"`
	Syntax        map[string]probe `json:"syntax"`
	ProbesModules map[string]probe `json:"probes_modules"`
	ClassFeatures map[string]probe `json:"class_features"`
}

type probe struct {
	Status  string  `json:"status"`
	Message *string `json:"message"`
}

func loadSpec(t *testing.T, version string) *spec {
	t.Helper()
	if _, err := os.Stat(specDir); os.IsNotExist(err) {
		t.Skipf("no spec directory %s", specDir)
	}
	b, err := os.ReadFile(filepath.Join(specDir, "monty-"+version+".json"))
	if err != nil {
		t.Fatal(err)
	}
	s := &spec{raw: b}
	if err := json.Unmarshal(b, s); err != nil {
		t.Fatal(err)
	}
	return s
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

func keys(m map[string]bool) []string { return sortedKeys(m) }

func sortedCopy(s []string) []string {
	out := append([]string{}, s...)
	sort.Strings(out)
	return out
}

// TestProfilesMatchSpec re-derives the copied facts from the spec JSON.
func TestProfilesMatchSpec(t *testing.T) {
	for _, name := range Names() {
		p := mustGet(t, name)
		s := loadSpec(t, p.MontyVersion)
		t.Run(name, func(t *testing.T) {
			sum := sha256.Sum256(s.raw)
			if want := hex.EncodeToString(sum[:])[:16]; !strings.Contains(p.GeneratedBy, want) {
				t.Errorf("generated_by %q is not from the current spec (sha256 %s): run scripts/gen-profiles", p.GeneratedBy, want)
			}
			checkNames(t, p, s)
			checkModules(t, p, s)
			checkTypeMethods(t, p, s)
			checkConstructs(t, p, s)
			checkProbeMessages(t, p, s)
			checkOSFunctions(t, p, s)
		})
	}
}

func checkNames(t *testing.T, p *Profile, s *spec) {
	if got, want := keys(p.Builtins), sortedCopy(s.Builtins); !reflect.DeepEqual(got, want) {
		t.Errorf("builtins differ from spec:\n got %v\nwant %v", got, want)
	}
	if got, want := keys(p.MissingBuiltins), sortedCopy(s.BuiltinsMissing); !reflect.DeepEqual(got, want) {
		t.Errorf("builtins_missing differ from spec:\n got %v\nwant %v", got, want)
	}
	if len(p.Exceptions) != len(s.Exceptions) {
		t.Errorf("%d exceptions, spec has %d", len(p.Exceptions), len(s.Exceptions))
	}
	for _, e := range s.Exceptions {
		if got, want := p.Exceptions[e], sortedCopy(s.ExceptionBases[e]); !reflect.DeepEqual(sortedCopy(got), want) {
			t.Errorf("exception %s bases %v, spec %v", e, got, want)
		}
	}
	if p.Names.DunderNameDefined != p.HasBuiltin("__name__") {
		t.Error("names.dunder_name_defined disagrees with builtins")
	}
	if fut := s.Syntax["ImportFrom.future"].Status == "supported"; p.Names.FutureImports != fut {
		t.Errorf("names.future_imports = %v, probe ImportFrom.future says %v", p.Names.FutureImports, fut)
	}
}

func checkModules(t *testing.T, p *Profile, s *spec) {
	if len(p.Modules) != len(s.Modules) {
		t.Errorf("modules %v, spec has %d", p.ModuleNames(), len(s.Modules))
	}
	for name, attrs := range s.Modules {
		var want []string
		for _, a := range attrs {
			if !strings.HasPrefix(a, "__") {
				want = append(want, a)
			}
		}
		m, ok := p.Module(name)
		if !ok {
			t.Errorf("module %s missing", name)
			continue
		}
		if got := m.AttrNames(); !reflect.DeepEqual(got, sortedCopy(want)) {
			t.Errorf("module %s attrs:\n got %v\nwant %v", name, got, sortedCopy(want))
		}
	}
}

func checkTypeMethods(t *testing.T, p *Profile, s *spec) {
	if len(p.TypeMethods) != len(s.TypeMethods) {
		t.Errorf("%d types, spec has %d", len(p.TypeMethods), len(s.TypeMethods))
	}
	for typ, st := range s.TypeMethods {
		tm := p.TypeMethods[typ]
		if tm == nil {
			t.Errorf("type_methods %s missing", typ)
			continue
		}
		got := [][]string{keys(tm.Methods), keys(tm.Attrs), keys(tm.Missing)}
		want := [][]string{sortedCopy(st.Methods), sortedCopy(st.DataAttributes), sortedCopy(st.Missing)}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("type_methods %s:\n got %v\nwant %v", typ, got, want)
		}
	}
}

// checkConstructs checks where each spec construct went: parse-phase
// constructs that the version still rejects are in Rejected with the
// spec's exception and message; fixed ones are gone; a rule copied from a
// construct alone (no probe, no cases) keeps its exception and message.
func checkConstructs(t *testing.T, p *Profile, s *spec) {
	for id, c := range s.Constructs {
		still := p.MontyVersion == "0.0.18" || c.State == "still" || c.State == "new"
		verdict, r := verdictOf(p, id)
		switch {
		case c.State == "fixed" && verdict != none:
			t.Errorf("%s is fixed in %s but the profile has it as %s", id, p.MontyVersion, verdict)
		case c.Phase == "parse" && still && verdict != rejected:
			t.Errorf("%s: spec rejects it at parse time, profile says %s", id, verdict)
		case c.Phase == "parse" && !still && verdict == rejected:
			t.Errorf("%s: state %q but still rejected", id, c.State)
		}
		if verdict == none || verdict == behaviour {
			continue
		}
		if r.Source != "monty-"+p.MontyVersion+".json#unsupported_constructs/"+id || r.Cases != nil {
			continue // curated: checked against its probes below
		}
		if c.Exception == nil || r.Exception != *c.Exception || r.Message != c.Message {
			t.Errorf("%s: profile %q, spec %s: %q", id, r.Text(), deref(c.Exception), c.Message)
		}
	}
}

// checkProbeMessages checks every rule and case that cites a probe: the
// probe is a runtime error whose message matches the rule's text, with
// each <placeholder> standing for text without quotes.
func checkProbeMessages(t *testing.T, p *Profile, s *spec) {
	var rules []Rule
	for _, sec := range []map[string]Rule{p.Rejected, p.Runtime} {
		for _, r := range sec {
			rules = append(rules, r)
			for _, c := range r.Cases {
				rules = append(rules, c)
			}
		}
	}
	placeholder := regexp.MustCompile(`<[a-z]+>`)
	for _, r := range rules {
		for _, part := range strings.Split(r.Source, ", ") {
			pr, ok := s.probe(part)
			if !ok {
				continue
			}
			re := regexp.MustCompile("^" + placeholder.ReplaceAllString(regexp.QuoteMeta(r.Text()), "[^']+") + "$")
			if pr.Status != "runtime-error" || pr.Message == nil || !re.MatchString(*pr.Message) {
				t.Errorf("%s cites %s (%s %q), which does not match %q", r.ID, part, pr.Status, deref(pr.Message), r.Text())
			}
		}
	}
}

// probe finds the probe a source part such as
// "monty-0.0.23.json#syntax/fspec[%Y]" names.
func (s *spec) probe(source string) (probe, bool) {
	_, ref, ok := strings.Cut(source, "#")
	if !ok {
		return probe{}, false
	}
	section, key, _ := strings.Cut(ref, "/")
	var pr probe
	switch section {
	case "syntax":
		pr, ok = s.Syntax[key]
	case "probes_modules":
		pr, ok = s.ProbesModules[key]
	case "class_features":
		pr, ok = s.ClassFeatures[key]
	default:
		return probe{}, false
	}
	return pr, ok
}

// checkOSFunctions checks that the spec's per-module OS functions are all
// in os_functions.
func checkOSFunctions(t *testing.T, p *Profile, s *spec) {
	listing := s.UnsupportedInCLI
	if listing == nil {
		listing = s.UnsupportedInJSHost
	}
	for _, module := range []string{"os", "datetime"} {
		var names []string
		if err := json.Unmarshal(listing[module], &names); err != nil {
			t.Fatalf("spec OS functions of %s: %v", module, err)
		}
		for _, n := range names {
			if _, ok := p.OSFunction(module + "." + n); !ok {
				t.Errorf("%s.%s is not an OS function in the profile", module, n)
			}
		}
	}
	if _, ok := p.OSFunction("open"); !ok {
		t.Error("open is not an OS function in the profile")
	}
}

// TestGeneratedUpToDate runs scripts/gen-profiles --check when python3 and
// the spec are available.
func TestGeneratedUpToDate(t *testing.T) {
	if _, err := os.Stat(specDir); os.IsNotExist(err) {
		t.Skipf("no spec directory %s", specDir)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not on PATH")
	}
	out, err := exec.Command(python, filepath.Join("..", "scripts", "gen-profiles"), "--check", "--spec", specDir).CombinedOutput()
	if err != nil {
		t.Errorf("scripts/gen-profiles --check: %v\n%s", err, out)
	}
}
