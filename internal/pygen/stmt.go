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

// maxNest bounds the nesting of compound statements inside one body.
const maxNest = 2

// stmt writes one statement at nesting level nest: a compound statement
// a quarter of the time while nesting allows, else a simple one.
func (g *gen) stmt(nest int) {
	if nest < maxNest && g.rnd.chance(25) {
		g.compound(nest)
		return
	}
	g.simple()
}

// body writes the 1–4 statements of a compound statement's block.
func (g *gen) body(nest int) {
	for range 1 + g.rnd.intn(4) {
		g.stmt(nest + 1)
	}
}

// compound writes a compound statement, if and for being the most common
// as in testdata/syntax/ok/prog_*.py.
func (g *gen) compound(nest int) {
	switch n := g.rnd.intn(40); {
	case n < 24:
		g.ifStmt(nest)
	case n < 34:
		g.forStmt(nest)
	case n < 36:
		g.whileStmt(nest)
	case n < 38:
		g.tryStmt(nest)
	case n < 39:
		g.withStmt(nest)
	default:
		g.matchStmt(nest)
	}
}

func (g *gen) ifStmt(nest int) {
	cond := g.cond()
	if g.rnd.chance(20) {
		cond = fmt.Sprintf("(n := len(%s)) > %d", g.rnd.pick(locals), g.rnd.intn(100))
	}
	g.block("if "+cond+":", func() { g.body(nest) })
	for range g.rnd.intn(3) {
		g.block("elif "+g.cond()+":", func() { g.body(nest) })
	}
	if g.rnd.chance(50) {
		g.block("else:", func() { g.body(nest) })
	}
}

func (g *gen) forStmt(nest int) {
	var head string
	switch g.rnd.intn(5) {
	case 0:
		head = fmt.Sprintf("for i, %s in enumerate(%s, start=1):", g.rnd.pick(locals), g.rnd.pick(locals))
	case 1:
		head = fmt.Sprintf("for key, value in sorted(%s.items(), key=lambda kv: kv[1], reverse=True):", g.rnd.pick(locals))
	case 2:
		head = fmt.Sprintf("for a, b in zip(%s, %s[1:]):", g.rnd.pick(locals), g.rnd.pick(locals))
	case 3:
		head = fmt.Sprintf("for attempt in range(%d):", 1+g.rnd.intn(5))
	default:
		head = fmt.Sprintf("for %s in %s:", g.rnd.pick(locals), g.atom())
	}
	if g.inAsync && g.rnd.chance(25) {
		head = "async " + head
	}
	g.loop(head, nest)
	if g.rnd.chance(10) {
		g.block("else:", func() { g.line("log.info(%s)", g.fstring()) })
	}
}

func (g *gen) whileStmt(nest int) {
	g.loop(fmt.Sprintf("while %s and retries < MAX_RETRIES:", g.cond()), nest)
}

// loop writes a loop with the loop flag set for its body, which may then
// break and continue.
func (g *gen) loop(head string, nest int) {
	outer := g.inLoop
	g.inLoop = true
	g.block(head, func() { g.body(nest) })
	g.inLoop = outer
}

func (g *gen) tryStmt(nest int) {
	g.block("try:", func() { g.body(nest) })
	switch g.rnd.intn(3) {
	case 0:
		g.block(fmt.Sprintf("except (%s, %s) as exc:", g.rnd.pick(exceptions), g.rnd.pick(exceptions)), func() {
			g.line("log.warning(\"%s failed: %%s\", exc, exc_info=True)", g.rnd.pick(hosts))
			g.line("raise %s(%s) from exc", g.rnd.pick(exceptions), g.fstring())
		})
	case 1:
		g.block(fmt.Sprintf("except %s:", g.rnd.pick(exceptions)), func() { g.body(nest) })
		g.block("else:", func() { g.body(nest) })
	default:
		g.block("except Exception as err:", func() {
			g.line(`failures.append({"where": %s, "error": str(err)})`, g.str())
		})
	}
	if g.rnd.chance(30) {
		g.block("finally:", func() { g.line("%s.close()", g.rnd.pick(locals)) })
	}
}

func (g *gen) withStmt(nest int) {
	head := fmt.Sprintf("with open(%s, encoding=\"utf-8\") as fh, timer(%s) as t:", g.str(), g.str())
	if g.inAsync && g.rnd.chance(50) {
		head = fmt.Sprintf("async with session.get(%s, timeout=TIMEOUT_S) as resp:", g.fstring())
	}
	g.block(head, func() { g.body(nest) })
}

func (g *gen) matchStmt(nest int) {
	g.block(fmt.Sprintf("match %s[%q]:", g.rnd.pick(locals), g.rnd.pick(fields)), func() {
		g.block(fmt.Sprintf("case %q | %q:", g.rnd.pick(statuses), g.rnd.pick(statuses)), func() { g.body(nest) })
		g.block(fmt.Sprintf("case {%q: int(n), **rest} if n > %d:", g.rnd.pick(fields), g.rnd.intn(50)), func() { g.body(nest) })
		g.block("case [first, *others]:", func() { g.body(nest) })
		g.block("case _:", func() { g.line("pass") })
	})
}

// simple writes one simple statement, or occasionally a comment line.
func (g *gen) simple() {
	switch n := g.rnd.intn(24); {
	case n < 6:
		g.line("%s = %s", g.rnd.pick(locals), g.expr(1))
	case n < 8:
		g.line("%s: %s = %s", g.rnd.pick(locals), g.rnd.pick(types), g.expr(1))
	case n < 10:
		g.line("%s %s %s", g.rnd.pick(locals), g.rnd.pick([]string{"+=", "-=", "*=", "|=", "//="}), g.expr(1))
	case n < 11:
		g.line("%s, %s = %s, %s", g.rnd.pick(locals), g.rnd.pick(locals), g.expr(1), g.expr(1))
	case n < 14:
		g.line("%s", g.call(1))
	case n < 15:
		g.line("assert %s, %s", g.cond(), g.str())
	case n < 16:
		g.line("raise %s(%s)", g.rnd.pick(exceptions), g.message())
	case n < 17:
		g.line("del %s[%s]", g.rnd.pick(locals), g.str())
	case n < 18:
		g.line("# %s", g.rnd.pick(comments)) // a comment is no statement: one follows
		g.line("%s = %s", g.rnd.pick(locals), g.call(0))
	case n < 20:
		g.line("%s[%s] = %s  # %s", g.rnd.pick(locals), g.str(), g.expr(1), g.rnd.pick(comments))
	default:
		g.flow()
	}
}

// flow writes a statement whose validity depends on the context: return,
// break, continue or await; outside such a context, a plain call.
func (g *gen) flow() {
	switch {
	case g.inLoop && g.rnd.chance(50):
		g.line("%s", g.rnd.pick([]string{"break", "continue"}))
	case g.inAsync:
		g.line("%s = await %s", g.rnd.pick(locals), g.call(1))
	case g.inFunc:
		g.line("return %s", g.expr(1))
	default:
		g.line("print(%s, sep=\"\\t\", file=sys.stderr)", g.fstring())
	}
}
