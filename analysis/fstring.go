package analysis

import (
	"strings"

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
	var b strings.Builder
	var span source.Span
	for i, e := range n.Spec {
		t, ok := e.(*syntax.FStringText)
		if !ok {
			return
		}
		if i == 0 {
			span.Start = t.Start
		}
		span.End = t.End
		b.WriteString(t.Value)
	}
	spec := b.String()
	if len(n.Spec) == 0 {
		span = n.Span()
	}
	id := formatSpecProblem(spec)
	if id == "" {
		return
	}
	repl := subst{"<spec>", spec}
	if _, atRuntime := c.prof.FailsAtRuntime(id); atRuntime && id == "fstring-spec-custom" {
		// A custom spec fails at run time only for values that do not
		// define it (dates do), which the source rarely shows.
		c.maybeRuntime(id, span, repl, "unless the value is a date or datetime")
		return
	}
	c.constructWith(id, span, repl)
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
	r := []rune(s)
	i := 0
	isAlign := func(c rune) bool { return c == '<' || c == '>' || c == '=' || c == '^' }
	if len(r) >= 2 && isAlign(r[1]) {
		i = 2
	} else if len(r) >= 1 && isAlign(r[0]) {
		i = 1
	}
	if i < len(r) && (r[i] == '+' || r[i] == '-' || r[i] == ' ') {
		i++
	}
	if i < len(r) && r[i] == 'z' && i+1 < len(r) {
		fs.z = true
		i++
	}
	if i < len(r) && r[i] == '#' {
		fs.alternate = true
		i++
	}
	for i < len(r) && r[i] >= '0' && r[i] <= '9' { // '0' flag and width
		i++
	}
	if i < len(r) && (r[i] == ',' || r[i] == '_') {
		fs.grouping = byte(r[i])
		i++
	}
	if i < len(r) && r[i] == '.' {
		i++
		start := i
		for i < len(r) && r[i] >= '0' && r[i] <= '9' {
			i++
		}
		if i == start {
			return fs, false
		}
	}
	if i < len(r) {
		fs.typ = r[i]
		i++
	}
	return fs, i == len(r)
}
