package pygen

import (
	"fmt"
	"strings"
)

// expr returns an expression nested at most d levels deep.
func (g *gen) expr(d int) string {
	if d <= 0 {
		return g.atom()
	}
	switch g.rnd.intn(16) {
	case 0, 1:
		return fmt.Sprintf("%s %s %s", g.expr(d-1), g.rnd.pick(arith), g.atom())
	case 2:
		return g.cond()
	case 3, 4, 5:
		return g.call(d - 1)
	case 6:
		return fmt.Sprintf("%s if %s else %s", g.atom(), g.cond(), g.expr(d-1))
	case 7:
		return g.fstring()
	case 8:
		return g.comprehension()
	case 9:
		return g.dict(d - 1)
	case 10:
		return fmt.Sprintf("[%s, %s, %s]", g.expr(d-1), g.atom(), g.literal())
	case 11:
		if g.rnd.chance(30) {
			return fmt.Sprintf("lambda x, y=%s: x.%s > y", g.number(), g.rnd.pick(fields))
		}
		return fmt.Sprintf("%s[%s:%s]", g.rnd.pick(locals), g.number(), g.rnd.pick([]string{"", "-1", "limit"}))
	default:
		return g.atom()
	}
}

// cond returns a boolean expression: comparisons, chains, membership and
// identity tests joined by and, or and not.
func (g *gen) cond() string {
	switch g.rnd.intn(7) {
	case 0:
		return fmt.Sprintf("%s %s %s", g.atom(), g.rnd.pick(compare), g.number())
	case 1:
		return fmt.Sprintf("0 <= %s.%s < %s", g.rnd.pick(locals), g.rnd.pick(fields), g.number())
	case 2:
		return fmt.Sprintf("%s.get(%q) in (%s)", g.rnd.pick(locals), g.rnd.pick(fields), g.strList())
	case 3:
		return fmt.Sprintf("%s is not None and not %s", g.atom(), g.atom())
	case 4:
		return fmt.Sprintf("(%s or %s) and %s(%s)", g.atom(), g.atom(), g.rnd.pick([]string{"any", "all"}), g.genexp())
	case 5:
		return fmt.Sprintf("isinstance(%s, (%s, %s))", g.rnd.pick(locals), g.rnd.pick(types[:4]), "list")
	default:
		return fmt.Sprintf("%s[%q] == %q", g.rnd.pick(locals), g.rnd.pick(fields), g.rnd.pick(statuses))
	}
}

// atom returns a name, attribute, subscript, method call or literal.
func (g *gen) atom() string {
	switch g.rnd.intn(9) {
	case 0, 1:
		return g.rnd.pick(locals)
	case 2:
		return g.rnd.pick(locals) + "." + g.rnd.pick(fields)
	case 3:
		return fmt.Sprintf("%s[%q]", g.rnd.pick(locals), g.rnd.pick(fields))
	case 4:
		return fmt.Sprintf("%s.get(%q, %s)", g.rnd.pick(locals), g.rnd.pick(fields), g.literal())
	case 5:
		return fmt.Sprintf("self.%s[-1]", g.rnd.pick(fields))
	default:
		return g.literal()
	}
}

// call returns a host or builtin call with positional, keyword, *args and
// **kwargs arguments.
func (g *gen) call(d int) string {
	args := []string{g.expr(d)}
	for range g.rnd.intn(3) {
		args = append(args, fmt.Sprintf("%s=%s", g.rnd.pick(fields), g.atom()))
	}
	if g.rnd.chance(15) {
		args = append(args, "*extra", "**options")
	}
	fn := g.rnd.pick(hosts)
	if g.rnd.chance(30) {
		fn = g.rnd.pick(locals) + "." + g.rnd.pick(verbs)
	}
	return fn + "(" + strings.Join(args, ", ") + ")"
}

func (g *gen) comprehension() string {
	v, src := g.rnd.pick([]string{"x", "r", "o"}), g.rnd.pick(locals)
	switch g.rnd.intn(4) {
	case 0:
		return fmt.Sprintf("[%s.%s for %s in %s if %s.%s %s %s]", v, g.rnd.pick(fields), v, src, v, g.rnd.pick(fields), g.rnd.pick(compare), g.number())
	case 1:
		return fmt.Sprintf("{%s[%q]: %s for %s in %s}", v, g.rnd.pick(fields), v, v, src)
	case 2:
		return fmt.Sprintf("{t.lower() for %s in %s for t in %s.%s}", v, src, v, g.rnd.pick(fields))
	default:
		return fmt.Sprintf("sum(%s)", g.genexp())
	}
}

func (g *gen) genexp() string {
	return fmt.Sprintf("x.%s * %s for x in %s if x", g.rnd.pick(fields), g.float(), g.rnd.pick(locals))
}

func (g *gen) dict(d int) string {
	entries := make([]string, 0, 4)
	for _, f := range g.fieldNames(2 + g.rnd.intn(3)) {
		entries = append(entries, fmt.Sprintf("%q: %s", f, g.expr(d)))
	}
	if g.rnd.chance(20) {
		entries = append(entries, "**defaults")
	}
	return "{" + strings.Join(entries, ", ") + "}"
}

// literal returns a constant: a number, string, bytes, bool or None.
func (g *gen) literal() string {
	switch g.rnd.intn(10) {
	case 0, 1, 2:
		return g.number()
	case 3:
		return g.float()
	case 4, 5, 6:
		return g.str()
	case 7:
		return g.rnd.pick([]string{"True", "False", "None"})
	case 8:
		return g.rnd.pick(oddStrings)
	default:
		return fmt.Sprintf("(%s, %s)", g.number(), g.str())
	}
}

func (g *gen) number() string {
	switch g.rnd.intn(8) {
	case 0:
		return fmt.Sprintf("%d_%03d", 1+g.rnd.intn(99), g.rnd.intn(1000))
	case 1:
		return fmt.Sprintf("0x%X", g.rnd.intn(1<<16))
	case 2:
		return g.float()
	default:
		return fmt.Sprint(g.rnd.intn(1000))
	}
}

func (g *gen) float() string {
	switch g.rnd.intn(4) {
	case 0:
		return fmt.Sprintf("%de-%d", 1+g.rnd.intn(9), 1+g.rnd.intn(6))
	case 1:
		return fmt.Sprintf("%d.%d", g.rnd.intn(100), g.rnd.intn(100))
	default:
		return fmt.Sprintf("0.%02d", g.rnd.intn(100))
	}
}

// str returns a plain string literal, sometimes single-quoted.
func (g *gen) str() string {
	s := g.rnd.pick(statuses)
	if g.rnd.chance(40) {
		s = g.rnd.pick(entities) + "." + g.rnd.pick(fields)
	}
	if g.rnd.chance(25) {
		return "'" + s + "'"
	}
	return `"` + s + `"`
}

// message returns an error or log message: an f-string or a plain string.
func (g *gen) message() string {
	if g.rnd.chance(50) {
		return g.fstring()
	}
	return g.str()
}

func (g *gen) strList() string {
	return fmt.Sprintf("%s, %s, %s", g.str(), g.str(), g.str())
}

// fstring returns an f-string with replacement fields, conversions and
// format specs. Fields only hold single-quoted strings and no
// backslashes, which Python 3.11 requires inside a double-quoted f-string.
func (g *gen) fstring() string {
	e := g.rnd.pick(entities)
	switch g.rnd.intn(4) {
	case 0:
		return fmt.Sprintf(`f"%s {%s.%s!r} has %s {%s:.2f}"`, e, g.rnd.pick(locals), g.rnd.pick(fields), g.rnd.pick(fields), g.rnd.pick(locals))
	case 1:
		return fmt.Sprintf(`f"{%s['%s']:>{width}} / {len(%s)} %s"`, g.rnd.pick(locals), g.rnd.pick(fields), g.rnd.pick(locals), g.rnd.pick(statuses))
	case 2:
		return fmt.Sprintf(`f'%s={%s + 1:,} at {datetime.now():%%Y-%%m-%%d}'`, g.rnd.pick(fields), g.rnd.pick(locals))
	default:
		return fmt.Sprintf(`f"{%s=} " f"{%s.upper()}\t(%s)"`, g.rnd.pick(locals), g.rnd.pick(locals), e)
	}
}

var (
	arith   = []string{"+", "-", "*", "/", "//", "%", "**", "|", "&", "@"}
	compare = []string{"<", "<=", ">", ">=", "==", "!="}
	// oddStrings covers the rarer literal forms: escapes, raw, bytes,
	// non-ASCII text, implicit concatenation and triple quotes.
	oddStrings = []string{
		`"line one\nline two\t\u00e9\x41"`,
		`r"C:\temp\new\files\*.csv"`,
		`b"\x00\x01binary\xff"`,
		`"café ☕ 😀"`,
		`"a long message " "continued " 'and finished'`,
		`"""triple "quoted" text"""`,
		`rb'^\d+$'`,
		`3.5j`,
		`0o755`,
		`0b1010_0101`,
	}
)
