package stubs

import (
	"fmt"
	"strings"
)

// Call describes the arguments of a call site, for [Func.CheckCall].
type Call struct {
	// NumPositional counts the positional arguments, not counting '*x'.
	NumPositional int
	// Keywords lists the names of the 'name=value' arguments in order.
	Keywords []string
	// HasStarArgs is set when the call passes '*x'.
	HasStarArgs bool
	// HasStarStarKwargs is set when the call passes '**x'.
	HasStarStarKwargs bool
}

// Kinds of CallProblem.
const (
	TooManyPositional = "too-many-positional"
	MissingArgument   = "missing-argument"
	UnexpectedKeyword = "unexpected-keyword"
	DuplicateArgument = "duplicate-argument"
)

// CallProblem is a way in which a call does not fit a signature.
type CallProblem struct {
	// Kind is one of TooManyPositional, MissingArgument, UnexpectedKeyword
	// and DuplicateArgument.
	Kind string
	// Message is the TypeError message CPython raises for the problem,
	// such as "get_customer() takes 1 positional argument but 2 were
	// given".
	Message string
	// Keyword is the keyword argument involved, or "".
	Keyword string
}

// CheckCall binds a call's arguments to f's parameters as CPython does and
// returns every problem it finds, in the order CPython checks them:
// keyword problems in call order, then too many positional arguments, then
// missing positional and missing keyword-only arguments. CPython raises
// only the first; each message here is the one CPython raises when that
// problem is the only one, except that a call with '*x' reports too many
// positional arguments as "at least N were given".
//
// Arguments passed through '*x' or '**x' are unknown, so only certain
// problems are reported: with '*x' no positional parameter is missing and a
// keyword can collide only with an explicit positional argument; with '**x'
// only positional-only and explicit-keyword problems remain. A keyword
// repeated at the call site is reported as CPython's SyntaxError
// "keyword argument repeated: x".
//
// For a function with overloads, the result is nil when any variant
// accepts the call, and otherwise the problems of the variant with the
// fewest (the first of those tied).
func (f *Func) CheckCall(c Call) []CallProblem {
	if len(f.Overloads) == 0 {
		return bindCall(f.Name, f.Params, c)
	}
	var best []CallProblem
	for i, o := range f.Overloads {
		probs := bindCall(f.Name, o.Params, c)
		if len(probs) == 0 {
			return nil
		}
		if i == 0 || len(probs) < len(best) {
			best = probs
		}
	}
	return best
}

// binding is the state of matching one call against one parameter list.
type binding struct {
	name       string
	positional []Param // PosOnly and PosOrKw parameters, in order
	kwOnly     []Param
	varPos     bool
	varKw      bool
	filled     map[string]bool // parameters known to have a value
	kwOnlyGot  int             // keyword-only parameters given by keyword
	call       Call
	problems   []CallProblem
}

// bindCall checks c against params for the function called name.
func bindCall(name string, params []Param, c Call) []CallProblem {
	b := &binding{name: name, call: c, filled: map[string]bool{}}
	for _, p := range params {
		switch p.Kind {
		case PosOnly, PosOrKw:
			b.positional = append(b.positional, p)
		case KwOnly:
			b.kwOnly = append(b.kwOnly, p)
		case VarPos:
			b.varPos = true
		case VarKw:
			b.varKw = true
		}
	}
	for i := 0; i < min(c.NumPositional, len(b.positional)); i++ {
		b.filled[b.positional[i].Name] = true
	}
	b.keywords()
	b.tooMany()
	b.missingPositional()
	b.missingKwOnly()
	return b.problems
}

// add records a problem.
func (b *binding) add(kind, keyword, format string, args ...any) {
	b.problems = append(b.problems, CallProblem{Kind: kind, Message: fmt.Sprintf(format, args...), Keyword: keyword})
}

// keywords binds each explicit keyword argument.
func (b *binding) keywords() {
	seen := map[string]bool{}
	for _, k := range b.call.Keywords {
		if seen[k] {
			b.add(DuplicateArgument, k, "keyword argument repeated: %s", k)
			continue
		}
		seen[k] = true
		switch i, p := b.find(k); {
		case p == nil && b.varKw:
			// Collected by **kwargs.
		case p == nil && i >= 0:
			b.add(UnexpectedKeyword, k, "%s() got some positional-only arguments passed as keyword arguments: '%s'", b.name, k)
		case p == nil:
			b.add(UnexpectedKeyword, k, "%s() got an unexpected keyword argument '%s'", b.name, k)
		case b.filled[k]:
			b.add(DuplicateArgument, k, "%s() got multiple values for argument '%s'", b.name, k)
		default:
			b.filled[k] = true
			if p.Kind == KwOnly {
				b.kwOnlyGot++
			}
		}
	}
}

// find returns the parameter a keyword names, or nil. When the keyword
// names a positional-only parameter, find returns nil and that parameter's
// index; otherwise the index is -1.
func (b *binding) find(k string) (int, *Param) {
	for i := range b.positional {
		if b.positional[i].Name != k {
			continue
		}
		if b.positional[i].Kind == PosOnly {
			return i, nil
		}
		return -1, &b.positional[i]
	}
	for i := range b.kwOnly {
		if b.kwOnly[i].Name == k {
			return -1, &b.kwOnly[i]
		}
	}
	return -1, nil
}

// tooMany reports more positional arguments than parameters, in CPython's
// words (ceval.c, too_many_positional).
func (b *binding) tooMany() {
	given, most := b.call.NumPositional, len(b.positional)
	if b.varPos || given <= most {
		return
	}
	defaults := 0
	for _, p := range b.positional {
		if p.HasDefault {
			defaults++
		}
	}
	sig, plural := fmt.Sprint(most), most != 1
	if defaults > 0 {
		sig, plural = fmt.Sprintf("from %d to %d", most-defaults, most), true
	}
	kwSig := ""
	if b.kwOnlyGot > 0 {
		kwSig = fmt.Sprintf(" positional argument%s (and %d keyword-only argument%s)",
			pluralS(given != 1), b.kwOnlyGot, pluralS(b.kwOnlyGot != 1))
	}
	verb := "were"
	if given == 1 && b.kwOnlyGot == 0 {
		verb = "was"
	}
	atLeast := ""
	if b.call.HasStarArgs {
		atLeast = "at least "
	}
	b.add(TooManyPositional, "", "%s() takes %s positional argument%s but %s%d%s %s given",
		b.name, sig, pluralS(plural), atLeast, given, kwSig, verb)
}

// missingPositional reports required positional parameters without a
// value, unless '*x' or '**x' might supply them.
func (b *binding) missingPositional() {
	if b.call.HasStarArgs {
		return
	}
	var names []string
	for _, p := range b.positional {
		if !p.required() || b.filled[p.Name] || (b.call.HasStarStarKwargs && p.Kind == PosOrKw) {
			continue
		}
		names = append(names, p.Name)
	}
	b.missing("positional", names)
}

// missingKwOnly reports required keyword-only parameters without a value,
// unless '**x' might supply them.
func (b *binding) missingKwOnly() {
	if b.call.HasStarStarKwargs {
		return
	}
	var names []string
	for _, p := range b.kwOnly {
		if p.required() && !b.filled[p.Name] {
			names = append(names, p.Name)
		}
	}
	b.missing("keyword-only", names)
}

// missing reports missing arguments of one kind in CPython's words
// (ceval.c, missing_arguments).
func (b *binding) missing(kind string, names []string) {
	if len(names) == 0 {
		return
	}
	b.add(MissingArgument, "", "%s() missing %d required %s argument%s: %s",
		b.name, len(names), kind, pluralS(len(names) != 1), nameList(names))
}

// nameList quotes names and joins them as CPython does: 'a', 'a' and 'b',
// or 'a', 'b', and 'c'.
func nameList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	switch len(q) {
	case 1:
		return q[0]
	case 2:
		return q[0] + " and " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
}

// pluralS returns "s" when plural is set.
func pluralS(plural bool) string {
	if plural {
		return "s"
	}
	return ""
}
