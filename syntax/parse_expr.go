package syntax

// This file parses expressions. The grammar levels follow CPython's:
// star_expressions > named_expression > expression (ternary, lambda) >
// disjunction > conjunction > inversion > comparison > binary operators
// (precedence climbing) > factor > power > await > primary > atom.

// parseStarExprs parses a comma-separated list of expressions, any of
// them starred, as a tuple when there is a comma (CPython's
// star_expressions).
func (p *parser) parseStarExprs() Expr {
	start := p.pos
	x := p.parseStarExpr(false)
	if p.tok != COMMA {
		return x
	}
	m := p.arena.exprs.mark()
	p.arena.exprs.push(x)
	for p.got(COMMA) && p.startsExpr() {
		p.arena.exprs.push(p.parseStarExpr(false))
	}
	return p.newTuple(start, p.arena.exprs.pop(m), false)
}

// newTuple returns a TupleExpr of elts from start to the previous token.
func (p *parser) newTuple(start int, elts []Expr, parenthesized bool) *TupleExpr {
	t := p.arena.tuples.new()
	t.Loc, t.Elts, t.Parenthesized = loc(start, p.prevEnd), elts, parenthesized
	return t
}

// parseStarExpr parses '*' bitwise_or or, if named, a named expression,
// otherwise an expression.
func (p *parser) parseStarExpr(named bool) Expr {
	if p.tok == STAR {
		start := p.pos
		p.next()
		x := p.parseBitOr()
		return p.arena.starreds.alloc(StarredExpr{Loc: loc(start, p.prevEnd), X: x})
	}
	if named {
		return p.parseNamedExpr()
	}
	return p.parseExpr()
}

// parseStarOrBitOr parses a single target of del, for or with.
func (p *parser) parseStarOrBitOr() Expr {
	if p.tok == STAR {
		start := p.pos
		p.next()
		x := p.parseBitOr()
		return &StarredExpr{Loc: loc(start, p.prevEnd), X: x}
	}
	return p.parseBitOr()
}

// parseTargets parses the target list of a for loop or comprehension,
// where 'in' must not be taken for a comparison.
func (p *parser) parseTargets() Expr {
	start := p.pos
	x := p.parseStarOrBitOr()
	if p.tok != COMMA {
		return x
	}
	m := p.arena.exprs.mark()
	p.arena.exprs.push(x)
	for p.got(COMMA) && p.tok != IN && p.startsExpr() {
		p.arena.exprs.push(p.parseStarOrBitOr())
	}
	return p.newTuple(start, p.arena.exprs.pop(m), false)
}

// parseTarget parses the target after 'as' in a with item.
func (p *parser) parseTarget() Expr { return p.parseStarOrBitOr() }

// parseNamedExpr parses 'name := value' or an expression.
func (p *parser) parseNamedExpr() Expr {
	start := p.pos
	x := p.parseExpr()
	if p.tok != WALRUS {
		return x
	}
	id, ok := x.(*Ident)
	if !ok {
		sp := x.Span()
		p.errorAt(int(sp.Start), int(sp.End), "cannot use assignment expressions with %s", exprKind(x))
		p.next()
		p.parseExpr()
		return x
	}
	p.next()
	id.Ctx = Store
	v := p.parseExpr()
	return &NamedExpr{Loc: loc(start, p.prevEnd), Target: id, Value: v}
}

// parseExpr parses a conditional expression or lambda (CPython's
// expression).
func (p *parser) parseExpr() Expr {
	if p.tok == LAMBDA {
		return p.parseLambda()
	}
	start := p.pos
	x := p.parseOr()
	if p.tok != IF {
		return x
	}
	p.next()
	test := p.parseOr()
	if !p.expect(ELSE, "in the conditional expression") {
		return &CondExpr{Loc: loc(start, p.prevEnd), Test: test, Body: x, Else: p.badExpr()}
	}
	orelse := p.parseExpr()
	return p.arena.conds.alloc(CondExpr{Loc: loc(start, p.prevEnd), Test: test, Body: x, Else: orelse})
}

func (p *parser) parseLambda() Expr {
	start := p.pos
	p.next()
	params := p.parseParams(COLON, false)
	p.expect(COLON, "after the lambda parameters")
	body := p.parseExpr()
	return &LambdaExpr{Loc: loc(start, p.prevEnd), Params: params, Body: body}
}

// parseOr parses a disjunction: 'or' over 'and' over 'not' over
// comparisons over binary operators over unary ones over a primary.
//
// Most expressions are a lone primary, so rather than descend through a
// function per level, parseOr parses the first primary itself (unless a
// prefix operator comes first) and then climbs back up through the levels,
// calling only those whose operator follows: the same tree with a few
// calls less per expression.
func (p *parser) parseOr() Expr {
	start := p.pos
	var x Expr
	switch p.tok {
	case NOT:
		x = p.parseNotExpr()
	case PLUS, MINUS, TILDE, AWAIT:
		x = p.parseComparison()
	default: // as parseComparison would, with its calls inlined
		x = p.parsePrimary()
		if p.tok == DOUBLESTAR {
			x = p.parsePowerRest(start, x)
		}
		if binaryPrec[p.tok].prec != 0 {
			x = p.parseBinaryRest(start, x, 1)
		}
		if mayCompare[p.tok] {
			x = p.parseComparisonRest(start, x)
		}
	}
	if p.tok == AND {
		x = p.parseBoolRest(start, x, And)
	}
	if p.tok == OR {
		x = p.parseBoolRest(start, x, Or)
	}
	return x
}

// parseAnd parses a conjunction: 'and' over 'not' over comparisons.
func (p *parser) parseAnd() Expr {
	start := p.pos
	x := p.parseNot()
	if p.tok == AND {
		x = p.parseBoolRest(start, x, And)
	}
	return x
}

// parseBoolRest parses the operands after first of a chain of 'and' or of
// 'or', which starts at start; the current token is the first operator.
func (p *parser) parseBoolRest(start int, first Expr, op BoolOp) Expr {
	tok := AND
	if op == Or {
		tok = OR
	}
	m := p.arena.exprs.mark()
	p.arena.exprs.push(first)
	for p.got(tok) {
		var y Expr
		if op == Or {
			y = p.parseAnd()
		} else {
			y = p.parseNot()
		}
		p.arena.exprs.push(y)
	}
	b := p.arena.bools.new()
	b.Loc, b.Op, b.Values = loc(start, p.prevEnd), op, p.arena.exprs.pop(m)
	return b
}

// parseNot parses an inversion: 'not' over a comparison.
func (p *parser) parseNot() Expr {
	if p.tok != NOT {
		return p.parseComparison()
	}
	return p.parseNotExpr()
}

// parseNotExpr parses 'not' and the inversion it applies to.
func (p *parser) parseNotExpr() Expr {
	start := p.pos
	p.next()
	if !p.enter() {
		p.leave()
		return p.badExpr()
	}
	x := p.parseNot()
	p.leave()
	return p.newUnary(start, Not, x)
}

func (p *parser) parseComparison() Expr {
	start := p.pos
	x := p.parseBitOr()
	if !mayCompare[p.tok] { // the common case, decided without a call
		return x
	}
	return p.parseComparisonRest(start, x)
}

// parseComparisonRest parses the operators and operands of a comparison
// chain after its first operand x, which starts at start.
func (p *parser) parseComparisonRest(start int, x Expr) Expr {
	op, ok := p.cmpOp()
	if !ok {
		return x
	}
	a := p.arena
	opsMark, ysMark := a.cmpOps.mark(), a.exprs.mark()
	for ok {
		a.cmpOps.push(op)
		a.exprs.push(p.parseBitOr())
		op, ok = p.cmpOp()
	}
	c := a.compares.new()
	c.Loc, c.X, c.Ops, c.Ys = loc(start, p.prevEnd), x, a.cmpOps.pop(opsMark), a.exprs.pop(ysMark)
	return c
}

// mayCompare holds the tokens that begin a comparison operator ('not'
// only if 'in' follows it).
var mayCompare = [numTokens]bool{EQEQUAL: true, NOTEQUAL: true, LESS: true, LESSEQUAL: true,
	GREATER: true, GREATEREQ: true, IN: true, IS: true, NOT: true}

// cmpOp consumes a comparison operator, including 'not in' and 'is not'.
func (p *parser) cmpOp() (CmpOp, bool) {
	var op CmpOp
	switch p.tok {
	case EQEQUAL:
		op = Eq
	case NOTEQUAL:
		op = NotEq
	case LESS:
		op = Lt
	case LESSEQUAL:
		op = LtE
	case GREATER:
		op = Gt
	case GREATEREQ:
		op = GtE
	case IN:
		op = In
	case IS:
		p.next()
		if p.got(NOT) {
			return IsNot, true
		}
		return Is, true
	case NOT:
		if !p.peek(func(s *scanner) bool { s.next(); return s.tok == IN }) {
			return 0, false
		}
		p.next()
		p.next()
		return NotIn, true
	default:
		return 0, false
	}
	p.next()
	return op, true
}

// binaryPrec gives each binary operator token its precedence (higher binds
// tighter) and operator; 0 means not a binary operator.
var binaryPrec = [numTokens]struct {
	prec int8
	op   BinOp
}{
	VBAR:       {1, BitOr},
	CIRCUMFLEX: {2, BitXor},
	AMPER:      {3, BitAnd},
	LSHIFT:     {4, LShift},
	RSHIFT:     {4, RShift},
	PLUS:       {5, Add},
	MINUS:      {5, Sub},
	STAR:       {6, Mult},
	SLASH:      {6, Div},
	DSLASH:     {6, FloorDiv},
	PERCENT:    {6, Mod},
	AT:         {6, MatMult},
}

// parseBitOr parses the binary operators from '|' down to '*' (CPython's
// bitwise_or).
func (p *parser) parseBitOr() Expr { return p.parseBinary(1) }

func (p *parser) parseBinary(minPrec int8) Expr {
	start := p.pos
	return p.parseBinaryRest(start, p.parseFactor(), minPrec)
}

// parseBinaryRest parses the binary operators of at least minPrec and
// their operands after the first operand x, which starts at start.
func (p *parser) parseBinaryRest(start int, x Expr, minPrec int8) Expr {
	for {
		bp := binaryPrec[p.tok]
		if bp.prec < minPrec || bp.prec == 0 {
			return x
		}
		p.next()
		y := p.parseBinary(bp.prec + 1)
		b := p.arena.binaries.new()
		b.Loc, b.X, b.Op, b.Y = loc(start, p.prevEnd), x, bp.op, y
		x = b
	}
}

// parseFactor parses unary '+', '-', '~' and what they apply to, or
// else a power: ['await'] primary ['**' factor]. (The power is parsed
// here rather than by a function of its own, to save a call per operand.)
func (p *parser) parseFactor() Expr {
	switch p.tok {
	case PLUS, MINUS, TILDE:
		return p.parseUnary()
	}
	start := p.pos
	var x Expr
	if p.tok == AWAIT {
		p.next()
		v := p.parsePrimary()
		x = &AwaitExpr{Loc: loc(start, p.prevEnd), X: v}
	} else {
		x = p.parsePrimary()
	}
	if p.tok != DOUBLESTAR {
		return x
	}
	return p.parsePowerRest(start, x)
}

// parsePowerRest parses '**' and the factor after the power's base x,
// which starts at start.
func (p *parser) parsePowerRest(start int, x Expr) Expr {
	p.next()
	y := p.parseFactor()
	return &BinaryExpr{Loc: loc(start, p.prevEnd), X: x, Op: Pow, Y: y}
}

// parseUnary parses a unary '+', '-' or '~' and the factor it applies to.
func (p *parser) parseUnary() Expr {
	op := Invert
	switch p.tok {
	case PLUS:
		op = UAdd
	case MINUS:
		op = USub
	}
	start := p.pos
	p.next()
	if !p.enter() {
		p.leave()
		return p.badExpr()
	}
	x := p.parseFactor()
	p.leave()
	return p.newUnary(start, op, x)
}

// newUnary returns a UnaryExpr of op and x from start to the previous
// token.
func (p *parser) newUnary(start int, op UnaryOp, x Expr) *UnaryExpr {
	u := p.arena.unaries.new()
	u.Loc, u.Op, u.X = loc(start, p.prevEnd), op, x
	return u
}

// parsePrimary parses an atom followed by attribute, call and subscript
// trailers.
func (p *parser) parsePrimary() Expr {
	start := p.pos
	var x Expr
	if p.tok == NAME { // the commonest atom, without the call to parseAtom
		x = p.parseName()
	} else {
		x = p.parseAtom()
	}
	for {
		switch p.tok {
		case DOT:
			p.next()
			name := p.parseIdent()
			if name == nil {
				name = &Ident{Loc: loc(p.pos, p.pos)}
			}
			a := p.arena.attrs.new()
			a.Loc, a.X, a.Name = loc(start, p.prevEnd), x, name
			x = a
		case LPAREN:
			lparen := p.pos
			p.next()
			args, kws := p.parseCallArgsAt(lparen)
			p.closeBracket(RPAREN, "to close the call")
			c := p.arena.calls.new()
			c.Loc, c.Fn, c.Args, c.Keywords = loc(start, p.prevEnd), x, args, kws
			x = c
		case LBRACK:
			p.next()
			idx := p.parseSlices()
			p.closeBracket(RBRACK, "to close the subscript")
			s := p.arena.subscripts.new()
			s.Loc, s.X, s.Index = loc(start, p.prevEnd), x, idx
			x = s
		default:
			return x
		}
	}
}

// closeBracket consumes the closing bracket of a construct, or reports it
// missing and skips to it. When what follows could start another element,
// the likelier mistake is a missing comma, and the message says so.
func (p *parser) closeBracket(t Token, context string) {
	if p.got(t) {
		return
	}
	if context != "" {
		context = " " + context
	}
	hint := ""
	if p.startsExpr() && p.tok != STAR {
		hint = "; perhaps you forgot a comma?"
	}
	p.errorHere("expected '%s'%s, found %s%s", t, context, p.describe(), hint)
	p.skipPast(t)
}

func (p *parser) parseSlices() Expr {
	start := p.pos
	x := p.parseSlice()
	if p.tok != COMMA {
		if _, ok := x.(*StarredExpr); ok { // a[*b] indexes with a 1-tuple
			return &TupleExpr{Loc: loc(start, p.prevEnd), Elts: []Expr{x}}
		}
		return x
	}
	m := p.arena.exprs.mark()
	p.arena.exprs.push(x)
	for p.got(COMMA) && p.tok != RBRACK {
		p.arena.exprs.push(p.parseSlice())
	}
	return p.newTuple(start, p.arena.exprs.pop(m), false)
}

func (p *parser) parseSlice() Expr {
	start := p.pos
	if p.tok == STAR {
		return p.parseStarExpr(false)
	}
	var lo, hi, step Expr
	if p.tok != COLON {
		lo = p.parseNamedExpr()
		if p.tok != COLON {
			return lo
		}
	}
	p.next()
	if p.tok != COLON && p.startsExpr() {
		hi = p.parseExpr()
	}
	if p.got(COLON) && p.startsExpr() {
		step = p.parseExpr()
	}
	return p.arena.slices.alloc(SliceExpr{Loc: loc(start, p.prevEnd), Lo: lo, Hi: hi, Step: step})
}

// parseCallArgs parses arguments up to ')' for a class's bases.
func (p *parser) parseCallArgs() ([]Expr, []*Keyword) { return p.parseCallArgsAt(p.prevEnd - 1) }

// parseCallArgsAt parses call arguments; lparen is the offset of the '(',
// where a sole unparenthesised generator argument's span starts.
func (p *parser) parseCallArgsAt(lparen int) ([]Expr, []*Keyword) {
	a := p.arena
	argsMark, kwsMark := a.exprs.mark(), a.kwargs.mark()
	seenKw, seenDstar := false, false
	for p.tok != RPAREN && p.tok != NEWLINE && p.tok != EOF {
		start := p.pos
		switch p.tok {
		case STAR:
			p.next()
			v := p.parseExpr()
			x := p.arena.starreds.alloc(StarredExpr{Loc: loc(start, p.prevEnd), X: v})
			if seenDstar {
				p.errorAt(start, p.prevEnd, "iterable argument unpacking follows keyword argument unpacking")
			}
			a.exprs.push(x)
		case DOUBLESTAR:
			p.next()
			v := p.parseExpr()
			a.kwargs.push(a.keywords.alloc(Keyword{Loc: loc(start, p.prevEnd), Value: v}))
			seenDstar = true
		default:
			x := p.parseNamedExpr()
			if p.tok == EQUAL {
				a.kwargs.push(p.parseKeywordArg(start, x))
				seenKw = true
				break
			}
			if p.tok == FOR || p.tok == ASYNC {
				first := a.exprs.mark() == argsMark && a.kwargs.mark() == kwsMark
				x = p.parseGenArg(lparen, x, first)
			}
			if seenDstar {
				p.errorAt(start, p.prevEnd, "positional argument follows keyword argument unpacking")
			} else if seenKw {
				p.errorAt(start, p.prevEnd, "positional argument follows keyword argument")
			}
			a.exprs.push(x)
		}
		if !p.got(COMMA) {
			break
		}
	}
	return a.exprs.pop(argsMark), a.kwargs.pop(kwsMark)
}

func (p *parser) parseKeywordArg(start int, x Expr) *Keyword {
	p.next()
	v := p.parseExpr()
	id, ok := x.(*Ident)
	if !ok {
		sp := x.Span()
		p.errorAt(int(sp.Start), int(sp.End), "expression cannot contain assignment, perhaps you meant \"==\"?")
		id = &Ident{Loc: Loc(sp)}
	}
	k := p.arena.keywords.new()
	k.Loc, k.Name, k.Value = loc(start, p.prevEnd), id, v
	return k
}

// parseGenArg parses a generator expression written as a call argument
// without its own parentheses; only a sole argument may be written so.
func (p *parser) parseGenArg(lparen int, elt Expr, first bool) Expr {
	start := int(elt.Span().Start)
	fors := p.parseComprehensions()
	sole := first && p.tok == RPAREN
	if !sole {
		p.errorAt(start, p.prevEnd, "Generator expression must be parenthesized")
		return p.arena.compExprs.alloc(CompExpr{Loc: loc(start, p.prevEnd), Kind: GeneratorExp, Elt: elt, For: fors})
	}
	return p.arena.compExprs.alloc(CompExpr{Loc: loc(lparen, p.end), Kind: GeneratorExp, Elt: elt, For: fors})
}

// parseComprehensions parses one or more '[async] for ... in ... [if ...]'
// clauses.
func (p *parser) parseComprehensions() []*Comprehension {
	a := p.arena
	m := a.forList.mark()
	for p.tok == FOR || p.tok == ASYNC {
		start := p.pos
		async := p.got(ASYNC)
		if !p.expect(FOR, "after 'async' in a comprehension") {
			break
		}
		c := a.comps.new()
		c.Async = async
		c.Target = p.parseTargets()
		p.setCtx(c.Target, Store)
		if p.expect(IN, "in the comprehension") {
			c.Iter = p.parseOr()
		} else {
			c.Iter = p.badExpr()
		}
		ifsMark := a.exprs.mark()
		for p.tok == IF {
			p.next()
			a.exprs.push(p.parseOr())
		}
		c.Ifs = a.exprs.pop(ifsMark)
		c.Loc = loc(start, p.prevEnd)
		a.forList.push(c)
	}
	return a.forList.pop(m)
}

func (p *parser) parseYield() Expr {
	start := p.pos
	p.next()
	if p.got(FROM) {
		x := p.parseExpr()
		return &YieldExpr{Loc: loc(start, p.prevEnd), X: x, From: true}
	}
	y := &YieldExpr{}
	if p.startsExpr() {
		y.X = p.parseStarExprs()
	}
	y.Loc = loc(start, p.prevEnd)
	return y
}

// badExpr returns an empty BadExpr at the current token and reports that an
// expression was expected there.
func (p *parser) badExpr() Expr {
	p.errorHere("expected an expression, found %s", p.describe())
	return &BadExpr{loc(p.pos, p.pos)}
}

// startsExpr reports whether the current token can begin an expression.
func (p *parser) startsExpr() bool {
	switch p.tok {
	case NAME, INT, FLOAT, IMAG, STRING, LPAREN, LBRACK, LBRACE, MINUS, PLUS,
		TILDE, NOT, LAMBDA, AWAIT, NONE, TRUE, FALSE, ELLIPSIS, STAR, YIELD:
		return true
	}
	return false
}

// setCtx marks x as an assignment (Store) or deletion (Del) target and
// reports targets that cannot be assigned.
func (p *parser) setCtx(x Expr, ctx Ctx) {
	switch x := x.(type) {
	case *Ident:
		x.Ctx = ctx
	case *AttrExpr:
		x.Ctx = ctx
	case *SubscriptExpr:
		x.Ctx = ctx
	case *StarredExpr:
		if ctx == Del {
			p.errorAt(int(x.Start), int(x.End), "cannot delete starred")
		}
		x.Ctx = ctx
		p.setCtx(x.X, ctx)
	case *TupleExpr:
		x.Ctx = ctx
		for _, e := range x.Elts {
			p.setCtx(e, ctx)
		}
	case *ListExpr:
		x.Ctx = ctx
		for _, e := range x.Elts {
			p.setCtx(e, ctx)
		}
	case *BadExpr, nil:
	default:
		verb := "assign to"
		if ctx == Del {
			verb = "delete"
		}
		sp := x.Span()
		p.errorAt(int(sp.Start), int(sp.End), "cannot %s %s", verb, exprKind(x))
	}
}

// exprKind names an expression's kind for error messages, as CPython does.
func exprKind(x Expr) string {
	switch x := x.(type) {
	case *CallExpr:
		return "function call"
	case *NumberLit:
		return "literal"
	case *StringExpr:
		if x.FString {
			return "f-string expression"
		}
		return "literal"
	case *ConstLit:
		return [...]string{"None", "True", "False", "ellipsis"}[x.Kind]
	case *CompareExpr:
		return "comparison"
	case *LambdaExpr:
		return "lambda"
	case *CondExpr:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	case *DictExpr:
		return "dict literal"
	case *SetExpr:
		return "set display"
	case *TupleExpr:
		return "tuple"
	case *ListExpr:
		return "list"
	case *YieldExpr:
		return "yield expression"
	case *AwaitExpr:
		return "await expression"
	case *StarredExpr:
		return "starred"
	case *CompExpr:
		return [...]string{"list comprehension", "set comprehension", "dict comprehension", "generator expression"}[x.Kind]
	case *AttrExpr:
		return "attribute"
	case *SubscriptExpr:
		return "subscript"
	}
	return "expression"
}
