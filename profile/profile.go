package profile

import (
	"sort"
	"strings"
)

// Profile is what one Monty version supports. It is immutable: see the
// package documentation.
type Profile struct {
	Name         string // "monty-0.0.23"
	MontyVersion string // "0.0.23"
	Default      bool   // the profile used when none is named
	GeneratedBy  string // the script and spec that produced the file
	MeasuredOn   string // the Monty package the spec was measured on

	// Rejected holds the constructs Monty refuses when it loads a program,
	// Runtime those that load but raise when executed, and Behaviours the
	// silent differences from CPython, each keyed by construct id.
	Rejected   map[string]Rule
	Runtime    map[string]Rule
	Behaviours map[string]Rule

	Builtins        map[string]bool     // names in the builtin scope
	MissingBuiltins map[string]bool     // CPython builtins Monty lacks
	Exceptions      map[string][]string // exception name -> base classes
	Modules         map[string]*Module  // importable modules by name
	// OSFunctions maps a qualified name that exists but needs the host's
	// operating system ("os.getenv", "open", "pathlib.Path.read_text") to
	// the id of the Runtime rule it raises.
	OSFunctions map[string]string
	TypeMethods map[string]*TypeMethods // builtin type name -> its methods
	Names       NameFlags
}

// NameFlags are the names and binding rules Monty treats specially.
type NameFlags struct {
	// SourceOrderGlobals means a function body only sees module-level names
	// bound textually before its def: a call to a name bound later becomes
	// an external call and any other use a NameError.
	SourceOrderGlobals bool
	// DunderNameDefined means __name__ exists (and is "__main__").
	DunderNameDefined bool
	// FutureImports means "from __future__ import ..." is accepted.
	FutureImports bool
	// DecoratorsApplied means decorators are evaluated and applied; when
	// false they are parsed and ignored.
	DecoratorsApplied bool
}

// Rule is one construct's verdict: the exception Monty raises and its exact
// message, or for a behaviour a sentence that explains the difference.
type Rule struct {
	ID        string          // construct id, "del-stmt"; a case's own id for a case
	Exception string          // "NotImplementedError"; empty for behaviours
	Message   string          // Monty's message without the exception prefix
	Trigger   string          // what triggers it, in words
	Names     []string        // names the rule is about, sorted; may be nil
	Cases     map[string]Rule // per-form rules with exact messages; may be nil
	Source    string          // the spec entries the facts come from
}

// Text returns the rule as Monty prints it: "NotImplementedError: The monty
// syntax parser does not yet support the 'del' statement". A rule without
// an exception (a behaviour) is just its message.
func (r Rule) Text() string {
	if r.Exception == "" {
		return r.Message
	}
	return r.Exception + ": " + r.Message
}

// Case returns the form of r named id ("list.sort" of
// external-in-builtin-callback), whose message is exact for that form.
func (r Rule) Case(id string) (Rule, bool) {
	c, ok := r.Cases[id]
	return c, ok
}

// HasName reports whether name is one of the names the rule is about.
func (r Rule) HasName(name string) bool {
	i := sort.SearchStrings(r.Names, name)
	return i < len(r.Names) && r.Names[i] == name
}

// Module is an importable module and the attributes it has.
type Module struct {
	Name  string
	Attrs map[string]bool // public attribute names
	// OSFunctions holds the attributes, as paths relative to the module
	// ("getenv", "datetime.now", "Path.read_text"), that exist but raise
	// the profile's OS-function error.
	OSFunctions map[string]bool
}

// Has reports whether the module has the attribute.
func (m *Module) Has(attr string) bool { return m.Attrs[attr] }

// AttrNames returns the module's attribute names, sorted.
func (m *Module) AttrNames() []string { return sortedKeys(m.Attrs) }

// TypeMethods lists what a builtin type has, as measured: methods, data
// attributes, and CPython names it lacks. A name in none of the three was
// not measured (for example Path I/O methods, which are OS functions).
type TypeMethods struct {
	Type    string // "str", "datetime.date"
	Methods map[string]bool
	Attrs   map[string]bool
	Missing map[string]bool
}

// Has reports whether the type has the method or data attribute.
func (t *TypeMethods) Has(name string) bool { return t.Methods[name] || t.Attrs[name] }

// Rejects returns the rule for a construct Monty refuses when it loads the
// program.
func (p *Profile) Rejects(id string) (Rule, bool) {
	r, ok := p.Rejected[id]
	return r, ok
}

// FailsAtRuntime returns the rule for a construct that loads but raises
// when executed.
func (p *Profile) FailsAtRuntime(id string) (Rule, bool) {
	r, ok := p.Runtime[id]
	return r, ok
}

// Behaviour returns the rule for a construct that runs with a meaning
// different from CPython's.
func (p *Profile) Behaviour(id string) (Rule, bool) {
	r, ok := p.Behaviours[id]
	return r, ok
}

// HasBuiltin reports whether name exists in Monty's builtin scope.
func (p *Profile) HasBuiltin(name string) bool { return p.Builtins[name] }

// LacksBuiltin reports whether name is a CPython builtin that Monty does
// not have.
func (p *Profile) LacksBuiltin(name string) bool { return p.MissingBuiltins[name] }

// Module returns the importable module called name.
func (p *Profile) Module(name string) (*Module, bool) {
	m, ok := p.Modules[name]
	return m, ok
}

// ModuleNames returns the names of the importable modules, sorted.
func (p *Profile) ModuleNames() []string {
	names := make([]string, 0, len(p.Modules))
	for name := range p.Modules {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// HasAttr reports whether module is importable and has attr.
func (p *Profile) HasAttr(module, attr string) bool {
	m, ok := p.Modules[module]
	return ok && m.Attrs[attr]
}

// OSFunction returns the Runtime rule raised by a qualified name that
// needs the host's operating system ("os.getenv", "open",
// "datetime.datetime.now").
func (p *Profile) OSFunction(qualified string) (Rule, bool) {
	id, ok := p.OSFunctions[qualified]
	if !ok {
		return Rule{}, false
	}
	r, ok := p.Runtime[id]
	return r, ok
}

// LacksMethod reports whether the builtin type typ is measured to lack the
// method or attribute name.
func (p *Profile) LacksMethod(typ, name string) bool {
	t, ok := p.TypeMethods[typ]
	return ok && t.Missing[name]
}

// splitQualified splits "pathlib.Path.read_text" at the first dot.
func splitQualified(q string) (head, rest string) {
	head, rest, _ = strings.Cut(q, ".")
	return head, rest
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// IgnoredDunders returns the set of dunder methods that Monty never calls
// on a user class (the names of the dunder-protocol-ignored behaviour), or
// an empty set when the profile has no such behaviour. The set is a fresh
// copy.
func (p *Profile) IgnoredDunders() map[string]bool {
	r, ok := p.Behaviours["dunder-protocol-ignored"]
	if !ok {
		return map[string]bool{}
	}
	return toSet(r.Names)
}
