package analysis

import (
	"fmt"
	"sort"
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
}

// Result is the outcome of checking one file.
type Result struct {
	Diagnostics []Diagnostic
	// Used records the inputs and externals the file refers to, so that a
	// caller checking many files can report declarations none of them use.
	Used map[string]bool
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
	c.checkSupport()
	c.resolveNames()
	c.checkCompile()
	c.checkRuntime()
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
	return &checker{file: f, src: f.Src, prof: prof, decls: decls, inputs: inputs, opts: opts, used: map[string]bool{}}
}

// report adds a diagnostic with the code's default severity.
func (c *checker) report(span source.Span, name, msg string, fixes ...Fix) {
	info := codeFor(name)
	c.add(Diagnostic{Span: span, Severity: info.Severity, Code: info.Code, Name: info.Name, Message: msg, Fixes: fixes})
}

func (c *checker) add(d Diagnostic) {
	if s, ok := c.opts.Severity[d.Code]; ok {
		d.Severity = s
	} else if s, ok := c.opts.Severity[d.Name]; ok {
		d.Severity = s
	}
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
func (c *checker) constructWith(id string, span source.Span, repl *strings.Replacer, fixes ...Fix) bool {
	info := codeByConstruct[id]
	if info == nil {
		return false
	}
	d := Diagnostic{Span: span, Code: info.Code, Name: info.Name, Fixes: fixes}
	if r, ok := c.prof.Rejects(id); ok {
		d.Severity, d.Message, d.Rejects = Error, r.Text(), true
	} else if r, ok := c.prof.FailsAtRuntime(id); ok {
		d.Severity, d.Message = Error, fmt.Sprintf("fails at run time in Monty %s: %s", c.prof.MontyVersion, r.Text())
	} else if r, ok := c.prof.Behaviour(id); ok {
		d.Severity, d.Message = Warning, fmt.Sprintf("Monty %s: %s", c.prof.MontyVersion, r.Message)
	} else {
		return false
	}
	if repl != nil {
		d.Message = repl.Replace(d.Message)
	}
	c.add(d)
	return true
}

// maybeRuntime reports a run-time failure of the profile that happens
// only under a condition the source does not show, as a warning.
func (c *checker) maybeRuntime(id string, span source.Span, repl *strings.Replacer, unless string) {
	r, ok := c.prof.FailsAtRuntime(id)
	info := codeByConstruct[id]
	if !ok || info == nil {
		return
	}
	msg := r.Text()
	if repl != nil {
		msg = repl.Replace(msg)
	}
	c.add(Diagnostic{Span: span, Severity: Warning, Code: info.Code, Name: info.Name,
		Message: fmt.Sprintf("fails at run time in Monty %s %s: %s", c.prof.MontyVersion, unless, msg)})
}

// finish drops diagnostics silenced by '# monty: ignore' comments, sorts
// the rest by position and returns the result.
func (c *checker) finish() *Result {
	diags := c.applyIgnores(c.diags)
	sort.SliceStable(diags, func(i, j int) bool {
		a, b := diags[i].Span, diags[j].Span
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return diags[i].Code < diags[j].Code
	})
	return &Result{Diagnostics: diags, Used: c.used}
}

// text returns the source text of a span.
func (c *checker) text(sp source.Span) string {
	if sp.Start < 0 || int(sp.End) > len(c.src) || sp.Start > sp.End {
		return ""
	}
	return string(c.src[sp.Start:sp.End])
}
