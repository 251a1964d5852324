package pygen

import "fmt"

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
