package profile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
)

// The top-level keys of a profile file; true marks the required ones.
var topKeys = map[string]bool{
	"name": true, "monty_version": true, "default": false,
	"generated_by": false, "measured_on": false, "names": true,
	"rejected": true, "runtime": true, "behaviours": true,
	"builtins": true, "builtins_missing": true, "exceptions": true,
	"modules": true, "os_functions": true, "type_methods": true,
}

// fileProfile is the JSON form of a profile (see the package doc).
type fileProfile struct {
	Name            string                     `json:"name"`
	MontyVersion    string                     `json:"monty_version"`
	Default         bool                       `json:"default"`
	GeneratedBy     string                     `json:"generated_by"`
	MeasuredOn      string                     `json:"measured_on"`
	Names           fileNames                  `json:"names"`
	Rejected        map[string]fileRule        `json:"rejected"`
	Runtime         map[string]fileRule        `json:"runtime"`
	Behaviours      map[string]fileRule        `json:"behaviours"`
	Builtins        []string                   `json:"builtins"`
	BuiltinsMissing []string                   `json:"builtins_missing"`
	Exceptions      map[string][]string        `json:"exceptions"`
	Modules         map[string][]string        `json:"modules"`
	OSFunctions     map[string]string          `json:"os_functions"`
	TypeMethods     map[string]fileTypeMethods `json:"type_methods"`
}

// fileNames uses pointers so that a missing flag is an error, not false.
type fileNames struct {
	SourceOrderGlobals *bool `json:"source_order_globals"`
	DunderNameDefined  *bool `json:"dunder_name_defined"`
	FutureImports      *bool `json:"future_imports"`
	DecoratorsApplied  *bool `json:"decorators_applied"`
}

type fileRule struct {
	Exception string              `json:"exception"`
	Message   string              `json:"message"`
	Trigger   string              `json:"trigger"`
	Names     []string            `json:"names"`
	Cases     map[string]fileRule `json:"cases"`
	Source    string              `json:"source"`
}

type fileTypeMethods struct {
	Methods    []string `json:"methods"`
	Attributes []string `json:"attributes"`
	Missing    []string `json:"missing"`
}

// Parse reads a profile file (see the package doc for the format) and
// checks it: unknown keys at any level, missing required keys, rules
// without a message or exception, and names that contradict each other are
// errors.
func Parse(data []byte) (*Profile, error) {
	if err := checkTopKeys(data); err != nil {
		return nil, err
	}
	var f fileProfile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("profile: %w", err)
	}
	p, err := f.build()
	if err != nil {
		if f.Name != "" {
			return nil, fmt.Errorf("profile %s: %w", f.Name, err)
		}
		return nil, fmt.Errorf("profile: %w", err)
	}
	return p, nil
}

// LoadFile reads and parses the profile file at path, so that a user can
// target a Monty version that has no embedded profile.
func LoadFile(path string) (*Profile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load profile: %w", err)
	}
	p, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("load profile %s: %w", path, err)
	}
	return p, nil
}

// checkTopKeys reports the first unknown top-level key (in sorted order)
// and then the first missing required one, naming it.
func checkTopKeys(data []byte) error {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return fmt.Errorf("profile: %w", err)
	}
	keys := make([]string, 0, len(top))
	for k := range top {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if _, ok := topKeys[k]; !ok {
			return fmt.Errorf("profile: unknown key %q", k)
		}
	}
	required := make([]string, 0, len(topKeys))
	for k, req := range topKeys {
		if req {
			required = append(required, k)
		}
	}
	sort.Strings(required)
	for _, k := range required {
		if v, ok := top[k]; !ok || string(v) == "null" {
			return fmt.Errorf("profile: missing required key %q", k)
		}
	}
	return nil
}

// build converts and validates the decoded file.
func (f *fileProfile) build() (*Profile, error) {
	if f.Name == "" || f.MontyVersion == "" {
		return nil, errors.New("name and monty_version must not be empty")
	}
	p := &Profile{
		Name: f.Name, MontyVersion: f.MontyVersion, Default: f.Default,
		GeneratedBy: f.GeneratedBy, MeasuredOn: f.MeasuredOn,
		Exceptions: f.Exceptions,
	}
	var err error
	if p.Names, err = f.Names.flags(); err != nil {
		return nil, err
	}
	if err := f.buildRules(p); err != nil {
		return nil, err
	}
	if err := f.buildNames(p); err != nil {
		return nil, err
	}
	if err := f.buildModules(p); err != nil {
		return nil, err
	}
	if err := f.buildTypeMethods(p); err != nil {
		return nil, err
	}
	return p, nil
}

func (n fileNames) flags() (NameFlags, error) {
	required := []struct {
		key string
		v   *bool
	}{
		{"source_order_globals", n.SourceOrderGlobals},
		{"dunder_name_defined", n.DunderNameDefined},
		{"future_imports", n.FutureImports},
		{"decorators_applied", n.DecoratorsApplied},
	}
	for _, r := range required {
		if r.v == nil {
			return NameFlags{}, fmt.Errorf("names: missing required key %q", r.key)
		}
	}
	return NameFlags{
		SourceOrderGlobals: *n.SourceOrderGlobals,
		DunderNameDefined:  *n.DunderNameDefined,
		FutureImports:      *n.FutureImports,
		DecoratorsApplied:  *n.DecoratorsApplied,
	}, nil
}

// buildRules converts the three rule sections; an id may be in only one.
func (f *fileProfile) buildRules(p *Profile) error {
	seen := map[string]string{}
	sections := []struct {
		name      string
		in        map[string]fileRule
		out       *map[string]Rule
		exception bool
	}{
		{"rejected", f.Rejected, &p.Rejected, true},
		{"runtime", f.Runtime, &p.Runtime, true},
		{"behaviours", f.Behaviours, &p.Behaviours, false},
	}
	for _, s := range sections {
		*s.out = make(map[string]Rule, len(s.in))
		for id, fr := range s.in {
			if prev, ok := seen[id]; ok {
				return fmt.Errorf("%s %q: also in %s", s.name, id, prev)
			}
			seen[id] = s.name
			r, err := fr.rule(id, s.exception)
			if err != nil {
				return fmt.Errorf("%s %q: %w", s.name, id, err)
			}
			(*s.out)[id] = r
		}
	}
	return nil
}

// rule converts one rule and its cases.
func (fr fileRule) rule(id string, needException bool) (Rule, error) {
	switch {
	case id == "":
		return Rule{}, errors.New("empty id")
	case fr.Message == "":
		return Rule{}, errors.New("missing message")
	case needException && fr.Exception == "":
		return Rule{}, errors.New("missing exception")
	}
	r := Rule{ID: id, Exception: fr.Exception, Message: fr.Message, Trigger: fr.Trigger, Source: fr.Source}
	if len(fr.Names) > 0 {
		r.Names = append([]string(nil), fr.Names...)
		sort.Strings(r.Names)
	}
	if len(fr.Cases) > 0 {
		r.Cases = make(map[string]Rule, len(fr.Cases))
		for cid, fc := range fr.Cases {
			c, err := fc.rule(cid, needException)
			if err != nil {
				return Rule{}, fmt.Errorf("case %q: %w", cid, err)
			}
			r.Cases[cid] = c
		}
	}
	return r, nil
}

// buildNames converts builtins and exceptions.
func (f *fileProfile) buildNames(p *Profile) error {
	p.Builtins = toSet(f.Builtins)
	p.MissingBuiltins = toSet(f.BuiltinsMissing)
	if len(p.Builtins) == 0 {
		return errors.New("builtins: empty")
	}
	for _, name := range f.BuiltinsMissing {
		if p.Builtins[name] {
			return fmt.Errorf("builtins_missing: %q is also in builtins", name)
		}
	}
	for name, bases := range f.Exceptions {
		if !p.Builtins[name] {
			return fmt.Errorf("exceptions: %q is not in builtins", name)
		}
		for _, b := range bases {
			if _, ok := f.Exceptions[b]; !ok {
				return fmt.Errorf("exceptions: base %q of %q is not an exception", b, name)
			}
		}
	}
	return nil
}

// buildModules converts modules and attaches the OS functions to them.
func (f *fileProfile) buildModules(p *Profile) error {
	p.Modules = make(map[string]*Module, len(f.Modules))
	for name, attrs := range f.Modules {
		if name == "" {
			return errors.New("modules: empty module name")
		}
		p.Modules[name] = &Module{Name: name, Attrs: toSet(attrs), OSFunctions: map[string]bool{}}
	}
	p.OSFunctions = make(map[string]string, len(f.OSFunctions))
	for q, id := range f.OSFunctions {
		if _, ok := p.Runtime[id]; !ok {
			return fmt.Errorf("os_functions: %q raises %q, which is not a runtime rule", q, id)
		}
		head, rest := splitQualified(q)
		if m, ok := p.Modules[head]; ok && rest != "" {
			attr, _ := splitQualified(rest)
			if !m.Attrs[attr] {
				return fmt.Errorf("os_functions: module %s has no attribute %q", head, attr)
			}
			m.OSFunctions[rest] = true
		} else if rest != "" || !p.Builtins[head] {
			return fmt.Errorf("os_functions: %q is neither a builtin nor a module attribute", q)
		}
		p.OSFunctions[q] = id
	}
	return nil
}

// buildTypeMethods converts type_methods; a name cannot be both present
// and missing.
func (f *fileProfile) buildTypeMethods(p *Profile) error {
	p.TypeMethods = make(map[string]*TypeMethods, len(f.TypeMethods))
	for typ, ft := range f.TypeMethods {
		t := &TypeMethods{Type: typ, Methods: toSet(ft.Methods), Attrs: toSet(ft.Attributes), Missing: toSet(ft.Missing)}
		for name := range t.Missing {
			if t.Has(name) {
				return fmt.Errorf("type_methods: %s.%s is both present and missing", typ, name)
			}
		}
		p.TypeMethods[typ] = t
	}
	return nil
}

func toSet(names []string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}
