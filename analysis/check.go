package analysis

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/monty-tools/monty-tools/profile"
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/stubs"
	"github.com/monty-tools/monty-tools/syntax"
)

// Options configure a check. The zero value checks against the default
// profile with no stubs.
type Options struct {
	Profile *profile.Profile // nil means profile.Default()
	Decls   *stubs.Decls     // externals and inputs declared in stubs; may be nil
	Inputs  []string         // extra input names from the configuration
	// Severity overrides the severity of codes, keyed by code ("M201") or
	// name ("undeclared-external"); Off drops the diagnostic.
	Severity map[string]Severity
	// KeepRefs keeps what every identifier resolves to, for the language
	// server's hover, definition and references; a plain check skips it.
	KeepRefs bool
}

// SeverityOf returns the severity of a diagnostic with the given code
// and name, as the configuration overrides it (by code first, then by
// name), or def.
func (o *Options) SeverityOf(code, name string, def Severity) Severity {
	if s, ok := o.Severity[code]; ok {
		return s
	}
	if s, ok := o.Severity[name]; ok {
		return s
	}
	return def
}

// Result is the outcome of checking one file.
type Result struct {
	Diagnostics []Diagnostic
	// Used records the inputs and externals the file refers to, so that a
	// caller checking many files can report declarations none of them use.
	Used map[string]bool
	// Refs says what each identifier resolves to (local, global, builtin,
	// input, external...), with its binding for names the program binds.
	// It is filled only when Options.KeepRefs is set.
	Refs map[*syntax.Ident]Ref
}

// CheckSource parses src and checks it.
func CheckSource(filename string, src []byte, opts *Options) (*syntax.File, *Result) {
	f, errs := syntax.Parse(filename, src, 0)
	return f, Check(f, errs, opts)
}

// Check analyses a parsed file. errs are the parser's errors for f; they
// become M001 diagnostics. The diagnostics are sorted by position.
func Check(f *syntax.File, errs syntax.ErrorList, opts *Options) *Result {
	c := newChecker(f, opts)
	for _, e := range errs {
		info := codeFor("syntax-error")
		c.add(Diagnostic{Span: e.Span, Severity: Error, Code: info.Code, Name: info.Name, Message: e.Msg, Rejects: true})
	}
	c.resolveNames()
	return c.finish()
}

// checker holds the state of one check.
type checker struct {
	file   *syntax.File
	src    []byte
	prof   *profile.Profile
	decls  *stubs.Decls
	inputs map[string]bool
	opts   *Options
	diags  []Diagnostic
	res    *resolution
	used   map[string]bool
	lines  *source.Lines // built on first use

	modBindings       map[*Binding]modRef
	importedNames     map[string]bool // names some import binds, for a cheap pre-check
	dunders           map[string]bool // the profile's ignored dunders, read once
	genFixes          map[*syntax.FuncDef][]Fix
	argCases          map[string][]string // function -> the profile's builtin-arg-unsupported cases for it
	asyncExternals    bool                // some stub declares an async external
	droppedOrOperated map[*syntax.CallExpr]bool
}

func newChecker(f *syntax.File, opts *Options) *checker {
	if opts == nil {
		opts = &Options{}
	}
	prof := opts.Profile
	if prof == nil {
		prof = profile.Default()
	}
	decls := opts.Decls
	if decls == nil {
		decls = &stubs.Decls{}
	}
	inputs := map[string]bool{}
	for _, name := range opts.Inputs {
		inputs[name] = true
	}
	for name := range decls.Inputs {
		inputs[name] = true
	}
	c := &checker{file: f, src: f.Src, prof: prof, decls: decls, inputs: inputs, opts: opts, used: map[string]bool{}}
	for _, fn := range decls.Funcs {
		c.asyncExternals = c.asyncExternals || fn.Async
	}
	return c
}

// report adds a diagnostic with the code's default severity.
func (c *checker) report(span source.Span, name, msg string, fixes ...Fix) {
	info := codeFor(name)
	c.add(Diagnostic{Span: span, Severity: info.Severity, Code: info.Code, Name: info.Name, Message: msg, Fixes: fixes})
}

func (c *checker) add(d Diagnostic) {
	d.Severity = c.opts.SeverityOf(d.Code, d.Name, d.Severity)
	if d.Severity == Off {
		return
	}
	c.diags = append(c.diags, d)
}

// construct reports the construct id at span according to the profile:
// an error if the target Monty rejects it when loading the program or
// fails when running it, a warning if it runs with a different meaning.
// It reports nothing, and returns false, when the profile has no verdict.
func (c *checker) construct(id string, span source.Span, fixes ...Fix) bool {
	return c.constructWith(id, span, nil, fixes...)
}

// constructWith is construct with placeholders such as <spec> in the
// profile's message replaced.
func (c *checker) constructWith(id string, span source.Span, repl subst, fixes ...Fix) bool {
	return c.constructCase(id, "", span, repl, fixes...)
}

// constructCase is constructWith for one of a rule's cases ("min" of
// external-in-builtin-callback), whose message is Monty's exact wording
// for that case; an unknown case falls back to the rule's own message.
func (c *checker) constructCase(id, caseID string, span source.Span, repl subst, fixes ...Fix) bool {
	info := codeByConstruct[id]
	if info == nil {
		return false
	}
	d := Diagnostic{Span: span, Code: info.Code, Name: info.Name, Fixes: fixes}
	if r, ok := c.prof.Rejects(id); ok {
		d.Severity, d.Message, d.Rejects = Error, r.Text(), true
	} else if r, ok := c.prof.FailsAtRuntime(id); ok {
		if cr, ok := r.Case(caseID); ok {
			r = cr
		}
		d.Severity, d.Message = Error, fmt.Sprintf("fails at run time in Monty %s: %s", c.prof.MontyVersion, r.Text())
	} else if r, ok := c.prof.Behaviour(id); ok {
		d.Severity, d.Message = Warning, fmt.Sprintf("Monty %s: %s", c.prof.MontyVersion, r.Message)
	} else {
		return false
	}
	d.Message = fillPlaceholders(repl.apply(d.Message))
	c.add(d)
	return true
}

// subst is a list of placeholder and value pairs for a profile message:
// {"<name>", "json"}. It is cheaper than a strings.Replacer for the one or
// two pairs a message has.
type subst []string

func (r subst) apply(s string) string {
	for i := 0; i+1 < len(r); i += 2 {
		if r[i+1] != "" { // an empty value is unknown: fillPlaceholders shows "…"
			s = strings.ReplaceAll(s, r[i], r[i+1])
		}
	}
	return s
}

// fillPlaceholders replaces the placeholders of a profile message left
// unfilled because the source does not tell their value ('<type>' of an
// unknown object) by an ellipsis.
func fillPlaceholders(msg string) string {
	for {
		i := strings.IndexByte(msg, '<')
		if i < 0 {
			return msg
		}
		j := i + 1
		for j < len(msg) && msg[j] >= 'a' && msg[j] <= 'z' {
			j++
		}
		if j == i+1 || j == len(msg) || msg[j] != '>' {
			return msg // not a placeholder; messages hold one kind of '<' only
		}
		if i > 0 && msg[i-1] == '\'' && j+1 < len(msg) && msg[j+1] == '\'' {
			i, j = i-1, j+1
		}
		msg = msg[:i] + "…" + msg[j+1:]
	}
}

// maybeRuntime reports a run-time failure of the profile that happens
// only under a condition the source does not show, as a warning.
func (c *checker) maybeRuntime(id string, span source.Span, repl subst, unless string) {
	r, ok := c.prof.FailsAtRuntime(id)
	info := codeByConstruct[id]
	if !ok || info == nil {
		return
	}
	msg := fillPlaceholders(repl.apply(r.Text()))
	c.add(Diagnostic{Span: span, Severity: Warning, Code: info.Code, Name: info.Name,
		Message: fmt.Sprintf("fails at run time in Monty %s %s: %s", c.prof.MontyVersion, unless, msg)})
}

// finish drops diagnostics silenced by '# monty: ignore' comments, sorts
// the rest by position and returns the result.
func (c *checker) finish() *Result {
	c.downgradeStarImportFixes()
	diags := c.applyIgnores(c.diags)
	diags = sortDiagnostics(diags)
	return &Result{Diagnostics: diags, Used: c.used, Refs: c.res.refs}
}

// downgradeStarImportFixes keeps the star-import fix out of `check --fix`
// when some name stays unresolved: CPython's module may have provided it
// where the target Monty's does not, and naming the imports would hide
// that behind a misleading external call.
func (c *checker) downgradeStarImportFixes() {
	unresolved := false
	for _, d := range c.diags {
		if d.Code == codeFor("undefined-name").Code || d.Code == codeFor("undeclared-external").Code {
			unresolved = true
			break
		}
	}
	if !unresolved {
		return
	}
	star := codeByConstruct["star-import"].Code
	for i := range c.diags {
		if c.diags[i].Code == star {
			for j := range c.diags[i].Fixes {
				c.diags[i].Fixes[j].Safe = false
			}
		}
	}
}

// sortDiagnostics sorts diagnostics by position. It sorts indices, not
// the diagnostics themselves, which are large to move.
func sortDiagnostics(diags []Diagnostic) []Diagnostic {
	sorted := true
	for i := 1; i < len(diags) && sorted; i++ {
		sorted = compareDiagnostics(&diags[i-1], &diags[i]) <= 0
	}
	if sorted {
		return diags
	}
	idx := make([]int32, len(diags))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(a, b int32) int { return compareDiagnostics(&diags[a], &diags[b]) })
	out := make([]Diagnostic, len(diags))
	for i, j := range idx {
		out[i] = diags[j]
	}
	return out
}

// compareDiagnostics orders diagnostics by position, then code and
// message, so that the order is the same on every run.
func compareDiagnostics(a, b *Diagnostic) int {
	if c := cmp.Compare(a.Span.Start, b.Span.Start); c != 0 {
		return c
	}
	if c := strings.Compare(a.Code, b.Code); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Span.End, b.Span.End); c != 0 {
		return c
	}
	return strings.Compare(a.Message, b.Message)
}

// text returns the source text of a span.
func (c *checker) text(sp source.Span) string {
	if sp.Start < 0 || int(sp.End) > len(c.src) || sp.Start > sp.End {
		return ""
	}
	return string(c.src[sp.Start:sp.End])
}
