package pygen

import (
	"fmt"
	"strings"
)

// function writes a possibly decorated, annotated function with a
// docstring and a body that ends in a return.
func (g *gen) function(async bool) {
	g.decorators()
	kw := "def"
	if async {
		kw = "async def"
	}
	name := g.name(g.rnd.pick(verbs))
	g.block(fmt.Sprintf("%s %s(%s) -> %s:", kw, name, g.params(false), g.rnd.pick(types)), func() {
		g.scope(async, g.funcBody)
	})
}

func (g *gen) funcBody() {
	g.docstring()
	for range 2 + g.rnd.intn(5) {
		g.stmt(0)
	}
	g.line("return %s", g.expr(2))
}

func (g *gen) decorators() {
	switch g.rnd.intn(5) {
	case 0:
		g.line("@cached")
	case 1:
		g.line("@retry(times=MAX_RETRIES, delay=%s, on=(%s, %s))", g.float(), g.rnd.pick(exceptions), g.rnd.pick(exceptions))
	case 2:
		g.line("@register(%q)", g.rnd.pick(entities)+"."+g.rnd.pick(verbs))
	}
}

// params returns a parameter list mixing annotations, defaults, *args,
// keyword-only parameters and **kwargs.
func (g *gen) params(method bool) string {
	var ps []string
	if method {
		ps = append(ps, "self")
	}
	for i := range 1 + g.rnd.intn(3) {
		ps = append(ps, fmt.Sprintf("%s: %s", locals[(i*5+g.rnd.intn(4))%len(locals)], g.rnd.pick(types)))
	}
	if g.rnd.chance(40) {
		ps = append(ps, fmt.Sprintf("%s=%s", g.rnd.pick(fields), g.literal()))
	}
	switch g.rnd.intn(4) {
	case 0:
		ps = append(ps, "*args")
	case 1:
		ps = append(ps, "*", fmt.Sprintf("strict: bool = %s", g.rnd.pick([]string{"True", "False"})))
	}
	if g.rnd.chance(30) {
		ps = append(ps, "**kwargs: Any")
	}
	return strings.Join(ps, ", ")
}

func (g *gen) docstring() {
	n := g.rnd.intn(10)
	if n < 4 {
		return
	}
	if n < 8 {
		g.line(`"""%s the %s %s."""`, capital(g.rnd.pick(verbs)), g.rnd.pick(entities), g.rnd.pick(fields))
		return
	}
	g.line(`"""%s each %s and report the %s.`, capital(g.rnd.pick(verbs)), g.rnd.pick(entities), g.rnd.pick(fields))
	g.blank()
	g.line("Args:")
	g.line("    %s: the %s to check, as returned by %s().", g.rnd.pick(locals), g.rnd.pick(entities), g.rnd.pick(hosts))
	g.line(`    threshold: values above this are "%s".`, g.rnd.pick(statuses))
	g.line(`"""`)
}

// class writes a dataclass, an exception class or a plain class with an
// initializer, a property and methods.
func (g *gen) class() {
	switch g.rnd.intn(3) {
	case 0:
		g.line("@dataclass(frozen=%s)", g.rnd.pick([]string{"True", "False"}))
		g.block(fmt.Sprintf("class %s:", g.className("")), func() {
			g.docstring()
			for _, f := range g.fieldNames(3 + g.rnd.intn(5)) {
				g.line("%s: %s = %s", f, g.rnd.pick(types), g.literal())
			}
			g.line("tags: list[str] = field(default_factory=list)")
			g.blank()
			g.method()
		})
	case 1:
		g.block(fmt.Sprintf("class %s(%s):", g.className("Error"), g.rnd.pick(exceptions)), func() {
			g.line(`"""Raised when a %s cannot be %sd."""`, g.rnd.pick(entities), g.rnd.pick(verbs))
			g.blank()
			g.line("code = %d", 1000+g.rnd.intn(9000))
		})
	default:
		g.plainClass()
	}
}

func (g *gen) plainClass() {
	g.block(fmt.Sprintf("class %s(Base, metaclass=Registry):", g.className("Handler")), func() {
		g.docstring()
		g.line("kind = %s", g.str())
		g.blank()
		g.block("def __init__(self, client: Client, *, limit: int = 10) -> None:", func() {
			g.line("super().__init__(client)")
			g.line("self.limit = limit")
			g.line("self._seen: set[str] = set()")
		})
		g.blank()
		g.line("@property")
		g.block(fmt.Sprintf("def %s(self) -> int:", g.rnd.pick(fields)), func() {
			g.line("return len(self._seen)")
		})
		for range 1 + g.rnd.intn(3) {
			g.blank()
			g.method()
		}
	})
}

func (g *gen) method() {
	if g.rnd.chance(20) {
		g.line("@staticmethod")
		g.block(fmt.Sprintf("def %s(%s) -> bool:", g.name(g.rnd.pick(verbs)), g.params(false)), func() {
			g.scope(false, g.funcBody)
		})
		return
	}
	g.block(fmt.Sprintf("def %s(%s):", g.name(g.rnd.pick(verbs)), g.params(true)), func() {
		g.scope(false, g.funcBody)
	})
}

func (g *gen) className(suffix string) string {
	g.serial++
	e := g.rnd.pick(entities)
	return fmt.Sprintf("%s%s%d", capital(e), suffix, g.serial)
}

// fieldNames returns n distinct field names.
func (g *gen) fieldNames(n int) []string {
	start := g.rnd.intn(len(fields))
	names := make([]string, n)
	for i := range names {
		names[i] = fields[(start+i)%len(fields)]
	}
	return names
}

// constants writes module-level tables: a multi-line dict, a list of
// tuples and a few numbers.
func (g *gen) constants() {
	name := strings.ToUpper(g.name(g.rnd.pick([]string{"rules", "limits", "weights", "routes"})))
	g.line("# %s", g.rnd.pick(comments))
	g.line("%s: dict[str, Any] = {", name)
	g.depth++
	for _, f := range g.fieldNames(4 + g.rnd.intn(8)) {
		g.line("%q: %s,", f, g.expr(1))
	}
	g.line(`"nested": {"min": %s, "max": %s, "step": %s},`, g.number(), g.number(), g.number())
	g.depth--
	g.line("}")
	g.line("%s_ORDER = [", name)
	for range 2 + g.rnd.intn(5) {
		g.line("    (%q, %s, %s),", g.rnd.pick(statuses), g.number(), g.float())
	}
	g.line("]")
	g.line("%s_PATTERN = re.compile(r\"^[A-Z]{2}-\\d{4,}(?:/%s)?$\", re.IGNORECASE)", name, g.rnd.pick(fields))
}

// script writes top-level statements: host calls, comprehensions and
// control flow, the way a short Monty program reads.
func (g *gen) script() {
	g.line("# --- %s ---", g.rnd.pick(comments))
	g.line("%s = %s(", g.rnd.pick(locals), g.rnd.pick(hosts))
	g.line("    %s,", g.expr(1))
	g.line("    region=DEFAULT_REGION,")
	g.line("    limit=%s,", g.number())
	g.line("    fields=[%s],", g.strList())
	g.line(")")
	for range 3 + g.rnd.intn(5) {
		g.stmt(0)
	}
}

// capital upper-cases the first letter of an ASCII word.
func capital(word string) string {
	return strings.ToUpper(word[:1]) + word[1:]
}
