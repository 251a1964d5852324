package analysis

import (
	"cmp"
	"slices"
	"strings"
	"sync"

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
	// SkipUsed leaves Result.Used nil, for a caller that checks one file
	// and only wants its diagnostics (the interpreter's Compile).
	SkipUsed bool
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
	res := c.finish()
	c.files.release()
	c.release()
	return res
}

// checkerPool holds checkers between checks: a checker is a few hundred
// bytes, which for a tiny file (the interpreter compiling `x * y`) was a
// good part of what a check allocated.
var checkerPool = sync.Pool{New: func() any { return new(checker) }}

// release empties c and returns it to the pool. Nothing a check returns
// refers to its checker.
func (c *checker) release() {
	*c = checker{}
	checkerPool.Put(c)
}

// checker holds the state of one check.
type checker struct {
	file   *syntax.File
	src    []byte
	prof   *profile.Profile
	decls  *stubs.Decls
	inputs map[string]bool // Options.Inputs when there are many, else nil
	opts   *Options        // &optsVal: the caller's Options do not escape
	diags  []Diagnostic
	res    *resolution // &resVal
	files  *fileState
	used   map[string]bool // made on the first use
	lines  *source.Lines   // built on first use

	imports           uint64          // the names imports bind, as a filter (nameBit)
	dunders           map[string]bool // the profile's ignored dunders, read once
	genFixes          map[*syntax.FuncDef][]Fix
	argCases          map[string][]string // function -> the profile's builtin-arg-unsupported cases for it
	asyncExternals    bool                // some stub declares an async external
	droppedOrOperated map[*syntax.CallExpr]bool
	extFuncs          []*stubs.Func // by symbol, for externalFunc

	optsVal Options
	resVal  resolution
}

func newChecker(f *syntax.File, opts *Options) *checker {
	if opts == nil {
		opts = &noOptions
	}
	prof := opts.Profile
	if prof == nil {
		prof = profile.Default()
	}
	decls := opts.Decls
	if decls == nil {
		decls = noDecls
	}
	c := checkerPool.Get().(*checker)
	c.file, c.src, c.prof, c.decls = f, f.Src, prof, decls
	c.optsVal = *opts
	c.opts = &c.optsVal
	if len(opts.Inputs) > 8 { // a few are searched; many are hashed
		c.inputs = make(map[string]bool, len(opts.Inputs))
		for _, name := range opts.Inputs {
			c.inputs[name] = true
		}
	}
	for _, fn := range decls.Funcs {
		c.asyncExternals = c.asyncExternals || fn.Async
	}
	return c
}

// noOptions stands for absent options; nothing writes to it.
var noOptions Options

// noDecls stands for absent stubs; nothing writes to it.
var noDecls = &stubs.Decls{}

// isInput reports whether name is an input, named by the options or the
// stubs.
func (c *checker) isInput(name string) bool {
	if c.inputs != nil {
		if c.inputs[name] {
			return true
		}
	} else if slices.Contains(c.opts.Inputs, name) {
		return true
	}
	_, ok := c.decls.Inputs[name]
	return ok
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
	var d Diagnostic
	var ok bool
	if key, cacheable := newMsgKey(msgConstruct, id, caseID, repl); cacheable {
		d, ok = c.cachedDiag(&key, func() (Diagnostic, bool) { return c.constructDiag(id, caseID, repl) })
	} else {
		d, ok = c.constructDiag(id, caseID, repl)
	}
	if !ok {
		return false
	}
	d.Span, d.Fixes = span, fixes
	c.add(d)
	return true
}

// cachedDiag returns the diagnostic make returns (without span and
// fixes), made once per file for each key.
func (c *checker) cachedDiag(key *msgKey, make func() (Diagnostic, bool)) (Diagnostic, bool) {
	f := c.files
	if f == nil {
		return make()
	}
	// Most keys have no placeholders (newMsgKey fills repl from the
	// start): a smaller key hashes faster, and the commonest few are
	// found in the memo without hashing strings at all.
	plain := key.repl[0] == ""
	var m *diagMemo
	if plain {
		short := plainKey{key.kind, key.id, key.caseID}
		m = &f.memo[short.slot()]
		if m.gen == f.gen && m.key == short {
			return m.d, m.d.Severity != 0
		}
		if d, ok := f.plainMsgs[short]; ok {
			*m = diagMemo{f.gen, short, d}
			f.memoSet = true
			return d, d.Severity != 0
		}
	} else if d, ok := f.msgs[*key]; ok {
		return d, d.Severity != 0
	}
	d, ok := make()
	if !ok {
		d = Diagnostic{} // Severity 0: no verdict
	}
	if plain {
		if f.plainMsgs == nil {
			f.plainMsgs = map[plainKey]Diagnostic{}
		}
		short := plainKey{key.kind, key.id, key.caseID}
		f.plainMsgs[short] = d
		*m = diagMemo{f.gen, short, d}
		f.memoSet = true
	} else {
		if f.msgs == nil {
			f.msgs = map[msgKey]Diagnostic{}
		}
		f.msgs[*key] = d
	}
	return d, ok
}

// diagMemo is an entry of a file's memo of diagnostics (cachedDiag), valid
// while gen is the file state's.
type diagMemo struct {
	gen uint32
	key plainKey
	d   Diagnostic
}

// memoSize is the number of entries of the memo, a power of two.
const memoSize = 64

// slot picks the memo entry of a key from its lengths and last bytes,
// which tell a file's few keys apart without hashing them.
func (k plainKey) slot() int {
	h := uint(k.kind)*0x9E37 + uint(len(k.id))*131 + uint(len(k.caseID))*17
	if n := len(k.id); n > 0 {
		h += uint(k.id[n-1]) * 7
	}
	if n := len(k.caseID); n > 0 {
		h += uint(k.caseID[n-1])*5 + uint(k.caseID[n/2])
	}
	return int(h & (memoSize - 1))
}

// plainKey is a msgKey without placeholders.
type plainKey struct {
	kind       msgKind
	id, caseID string
}

// msgKey identifies what constructDiag makes of its arguments, for the
// file's cache of messages: a file reports the same few constructs many
// times over.
type msgKey struct {
	kind       msgKind
	id, caseID string
	repl       [4]string
}

// msgKind tells the functions that share the cache apart.
type msgKind uint8

const (
	msgConstruct msgKind = iota // constructCase
	msgOS                       // checkOSFunction; id is the qualifier, caseID the function
	msgSpec                     // checkFormatSpec; caseID is the spec
)

func newMsgKey(kind msgKind, id, caseID string, repl subst) (msgKey, bool) {
	k := msgKey{kind: kind, id: id, caseID: caseID}
	if len(repl) > len(k.repl) {
		return k, false
	}
	copy(k.repl[:], repl)
	return k, true
}

// constructDiag makes the diagnostic of construct id (no span, no fixes),
// or returns false, with a zero Diagnostic, when the profile has no
// verdict on it.
func (c *checker) constructDiag(id, caseID string, repl subst) (Diagnostic, bool) {
	info := codeByConstruct[id]
	if info == nil {
		return Diagnostic{}, false
	}
	d := Diagnostic{Code: info.Code, Name: info.Name}
	if r, ok := c.prof.Rejects(id); ok {
		d.Severity, d.Message, d.Rejects = Error, r.Text(), true
	} else if r, ok := c.prof.FailsAtRuntime(id); ok {
		if cr, ok := r.Case(caseID); ok {
			r = cr
		}
		d.Severity, d.Message = Error, "fails at run time in Monty "+c.prof.MontyVersion+": "+r.Text()
	} else if r, ok := c.prof.Behaviour(id); ok {
		d.Severity, d.Message = Warning, "Monty "+c.prof.MontyVersion+": "+r.Message
	} else {
		return Diagnostic{}, false
	}
	d.Message = fillPlaceholders(repl.apply(d.Message))
	return d, true
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
	from := 0
	for {
		k := strings.IndexByte(msg[from:], '<')
		if k < 0 {
			return msg
		}
		i := from + k
		j := i + 1
		for j < len(msg) && msg[j] >= 'a' && msg[j] <= 'z' {
			j++
		}
		if j == i+1 || j == len(msg) || msg[j] != '>' {
			return msg // not a placeholder; messages hold one kind of '<' only
		}
		if msg[i:j+1] == "<expr>" {
			from = j + 1 // Monty's own wording ("only `name = <expr>` is allowed"), not a placeholder
			continue
		}
		if i > 0 && msg[i-1] == '\'' && j+1 < len(msg) && msg[j+1] == '\'' {
			i, j = i-1, j+1
		}
		msg = msg[:i] + "…" + msg[j+1:]
	}
}

// maybeRuntimeDiag makes, without its span, the warning for a run-time
// failure of the profile that happens only under a condition the source
// does not show (unless ...).
func (c *checker) maybeRuntimeDiag(id string, repl subst, unless string) (Diagnostic, bool) {
	r, ok := c.prof.FailsAtRuntime(id)
	info := codeByConstruct[id]
	if !ok || info == nil {
		return Diagnostic{}, false
	}
	return Diagnostic{Severity: Warning, Code: info.Code, Name: info.Name,
		Message: "fails at run time in Monty " + c.prof.MontyVersion + " " + unless + ": " + fillPlaceholders(repl.apply(r.Text()))}, true
}

// finish drops diagnostics silenced by '# monty: ignore' comments, sorts
// the rest by position and returns the result.
func (c *checker) finish() *Result {
	c.downgradeStarImportFixes()
	diags := c.applyIgnores(c.diags)
	// c.diags is the file state's buffer, for the next file to reuse:
	// the result gets a copy, sorted.
	diags = sortDiagnostics(diags, c.files != nil && c.files.reuse)
	if len(c.diags) == 0 {
		diags = nil // as when nothing was ever reported, without the buffer
	}
	if c.files != nil {
		c.files.diags = c.diags
	}
	return &Result{Diagnostics: diags, Used: c.used, Refs: c.res.refs}
}

// downgradeStarImportFixes keeps the star-import fix out of `check --fix`
// when some name stays unresolved: CPython's module may have provided it
// where the target Monty's does not, and naming the imports would hide
// that behind a misleading external call.
func (c *checker) downgradeStarImportFixes() {
	unresolved := false
	undefined, undeclared := codeFor("undefined-name").Code, codeFor("undeclared-external").Code
	for i := range c.diags {
		if code := c.diags[i].Code; code == undefined || code == undeclared {
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

// sortDiagnostics sorts diagnostics by position. It sorts keys of
// position and index, not the diagnostics themselves, which are large to
// move, and orders the few that start at the same offset by
// compareDiagnostics. With cp, the result is always a new slice.
func sortDiagnostics(diags []Diagnostic, cp bool) []Diagnostic {
	sorted := true
	for i := 1; i < len(diags) && sorted; i++ {
		sorted = compareDiagnostics(&diags[i-1], &diags[i]) <= 0
	}
	if sorted {
		if cp {
			return append(make([]Diagnostic, 0, len(diags)), diags...)
		}
		return diags
	}
	keys := make([]uint64, len(diags))
	for i := range diags {
		start := uint32(diags[i].Span.Start) ^ 1<<31 // in int32 order
		keys[i] = uint64(start)<<32 | uint64(i)
	}
	slices.Sort(keys)
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j]>>32 == keys[i]>>32 {
			j++
		}
		if j-i > 1 {
			slices.SortFunc(keys[i:j], func(a, b uint64) int {
				return compareDiagnostics(&diags[uint32(a)], &diags[uint32(b)])
			})
		}
		i = j
	}
	out := make([]Diagnostic, len(diags))
	for i, k := range keys {
		out[i] = diags[uint32(k)]
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
