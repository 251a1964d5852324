package analysis

import (
	"strings"
	"unicode/utf8"

	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// checkFormatSpec reports f-string format specs the profile rejects. Only
// literal specs are judged: a spec with nested fields ('{x:{w}}') is only
// known at run time.
func (c *checker) checkFormatSpec(n *syntax.FStringField) {
	if !n.HasSpec {
		return
	}
	var span source.Span
	spec := ""
	for i, e := range n.Spec {
		t, ok := e.(*syntax.FStringText)
		if !ok {
			return
		}
		if i == 0 {
			span.Start = t.Start
		}
		span.End = t.End
		spec += t.Value
	}
	if len(n.Spec) == 0 {
		span = n.Span()
	}
	// A file repeats its few specs: what a spec gets is made once.
	d, ok := c.cachedDiag(&msgKey{kind: msgSpec, caseID: spec}, func() (Diagnostic, bool) { return c.formatSpecDiag(spec) })
	if ok {
		d.Span = span
		c.add(d)
	}
}

// formatSpecDiag makes the diagnostic of a literal format spec, without
// its span, or returns false when the spec is fine.
func (c *checker) formatSpecDiag(spec string) (Diagnostic, bool) {
	id := formatSpecProblem(spec)
	if id == "" {
		return Diagnostic{}, false
	}
	repl := subst{"<spec>", spec}
	if _, atRuntime := c.prof.FailsAtRuntime(id); atRuntime {
		// A spec Monty accepts when loading fails at run time only for
		// values that do not define it (dates define '%Y'), which the
		// source rarely shows.
		return c.maybeRuntimeDiag(id, repl, "unless the value is a date or datetime")
	}
	return c.constructDiag(id, "", repl)
}

// formatSpecProblem classifies a literal format spec by the construct ids
// of the profiles: "" for a plain standard spec, or the id of the first
// feature a restricted Monty might reject. A spec that fits the grammar
// with any single character as its type, and has no '%', is only custom
// (the value's type decides at run time); anything else is invalid.
func formatSpecProblem(spec string) string {
	fs, ok := parseFormatSpec(spec)
	switch {
	case !ok && strings.ContainsRune(spec, '%'):
		return "fstring-spec-custom"
	case !ok:
		return "fstring-spec-invalid"
	case fs.grouping == ',':
		return "fstring-spec-comma"
	case fs.grouping == '_':
		return "fstring-spec-underscore"
	case fs.alternate:
		return "fstring-spec-alternate"
	case fs.z:
		return "fstring-spec-z"
	case fs.typ != 0 && !strings.ContainsRune("bcdeEfFgGnosxX%", fs.typ):
		return "fstring-spec-custom"
	}
	return ""
}

// formatSpec is a parsed format specifier:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type], with
// any one character as the type. A lone 'z' is read as a type, as
// Monty's parser does.
type formatSpec struct {
	z         bool // the negative-zero option of Python 3.11
	alternate bool
	grouping  byte
	typ       rune
}

func parseFormatSpec(s string) (formatSpec, bool) {
	var fs formatSpec
	isAlign := func(c byte) bool { return c == '<' || c == '>' || c == '=' || c == '^' }
	i := 0
	// The fill may be any character, so decode one before an alignment.
	if _, n := utf8.DecodeRuneInString(s); n > 0 && n < len(s) && isAlign(s[n]) {
		i = n + 1
	} else if len(s) > 0 && isAlign(s[0]) {
		i = 1
	}
	if i < len(s) && (s[i] == '+' || s[i] == '-' || s[i] == ' ') {
		i++
	}
	if i+1 < len(s) && s[i] == 'z' {
		fs.z = true
		i++
	}
	if i < len(s) && s[i] == '#' {
		fs.alternate = true
		i++
	}
	for i < len(s) && s[i] >= '0' && s[i] <= '9' { // '0' flag and width
		i++
	}
	if i < len(s) && (s[i] == ',' || s[i] == '_') {
		fs.grouping = s[i]
		i++
	}
	if i < len(s) && s[i] == '.' {
		i++
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == start {
			return fs, false
		}
	}
	if i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		fs.typ = r
		i += n
	}
	return fs, i == len(s)
}
