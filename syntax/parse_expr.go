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
	elts := []Expr{x}
	for p.got(COMMA) && p.startsExpr() {
		elts = append(elts, p.parseStarExpr(false))
	}
	return &TupleExpr{Loc: loc(start, p.prevEnd), Elts: elts}
}

// parseStarExpr parses '*' bitwise_or or, if named, a named expression,
// otherwise an expression.
func (p *parser) parseStarExpr(named bool) Expr {
	if p.tok == STAR {
		start := p.pos
		p.next()
		x := p.parseBitOr()
		return &StarredExpr{Loc: loc(start, p.prevEnd), X: x}
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
	elts := []Expr{x}
	for p.got(COMMA) && p.tok != IN && p.startsExpr() {
		elts = append(elts, p.parseStarOrBitOr())
	}
	return &TupleExpr{Loc: loc(start, p.prevEnd), Elts: elts}
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
	return &CondExpr{Loc: loc(start, p.prevEnd), Test: test, Body: x, Else: orelse}
}

func (p *parser) parseLambda() Expr {
	start := p.pos
	p.next()
	params := p.parseParams(COLON, false)
	p.expect(COLON, "after the lambda parameters")
	body := p.parseExpr()
	return &LambdaExpr{Loc: loc(start, p.prevEnd), Params: params, Body: body}
}

func (p *parser) parseOr() Expr {
	start := p.pos
	x := p.parseAnd()
	if p.tok != OR {
		return x
	}
	values := []Expr{x}
	for p.got(OR) {
		values = append(values, p.parseAnd())
	}
	return &BoolExpr{Loc: loc(start, p.prevEnd), Op: Or, Values: values}
}

func (p *parser) parseAnd() Expr {
	start := p.pos
	x := p.parseNot()
	if p.tok != AND {
		return x
	}
	values := []Expr{x}
	for p.got(AND) {
		values = append(values, p.parseNot())
	}
	return &BoolExpr{Loc: loc(start, p.prevEnd), Op: And, Values: values}
}

func (p *parser) parseNot() Expr {
	if p.tok != NOT {
		return p.parseComparison()
	}
	start := p.pos
	p.next()
	if !p.enter() {
		p.leave()
		return p.badExpr()
	}
	x := p.parseNot()
	p.leave()
	return &UnaryExpr{Loc: loc(start, p.prevEnd), Op: Not, X: x}
}

func (p *parser) parseComparison() Expr {
	start := p.pos
	x := p.parseBitOr()
	op, ok := p.cmpOp()
	if !ok {
		return x
	}
	c := &CompareExpr{X: x}
	for ok {
		c.Ops = append(c.Ops, op)
		c.Ys = append(c.Ys, p.parseBitOr())
		op, ok = p.cmpOp()
	}
	c.Loc = loc(start, p.prevEnd)
	return c
}

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
	x := p.parseFactor()
	for {
		bp := binaryPrec[p.tok]
		if bp.prec < minPrec || bp.prec == 0 {
			return x
		}
		p.next()
		y := p.parseBinary(bp.prec + 1)
		x = &BinaryExpr{Loc: loc(start, p.prevEnd), X: x, Op: bp.op, Y: y}
	}
}

// parseFactor parses unary '+', '-', '~' and what they apply to.
func (p *parser) parseFactor() Expr {
	var op UnaryOp
	switch p.tok {
	case PLUS:
		op = UAdd
	case MINUS:
		op = USub
	case TILDE:
		op = Invert
	default:
		return p.parsePower()
	}
	start := p.pos
	p.next()
	if !p.enter() {
		p.leave()
		return p.badExpr()
	}
	x := p.parseFactor()
	p.leave()
	return &UnaryExpr{Loc: loc(start, p.prevEnd), Op: op, X: x}
}

func (p *parser) parsePower() Expr {
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
	p.next()
	y := p.parseFactor()
	return &BinaryExpr{Loc: loc(start, p.prevEnd), X: x, Op: Pow, Y: y}
}

// parsePrimary parses an atom followed by attribute, call and subscript
// trailers.
func (p *parser) parsePrimary() Expr {
	start := p.pos
	x := p.parseAtom()
	for {
		switch p.tok {
		case DOT:
			p.next()
			name := p.parseIdent()
			if name == nil {
				name = &Ident{Loc: loc(p.pos, p.pos)}
			}
			x = &AttrExpr{Loc: loc(start, p.prevEnd), X: x, Name: name}
		case LPAREN:
			lparen := p.pos
			p.next()
			args, kws := p.parseCallArgsAt(lparen)
			p.closeBracket(RPAREN, "to close the call")
			x = &CallExpr{Loc: loc(start, p.prevEnd), Fn: x, Args: args, Keywords: kws}
		case LBRACK:
			p.next()
			idx := p.parseSlices()
			p.closeBracket(RBRACK, "to close the subscript")
			x = &SubscriptExpr{Loc: loc(start, p.prevEnd), X: x, Index: idx}
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
	elts := []Expr{x}
	for p.got(COMMA) && p.tok != RBRACK {
		elts = append(elts, p.parseSlice())
	}
	return &TupleExpr{Loc: loc(start, p.prevEnd), Elts: elts}
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
	return &SliceExpr{Loc: loc(start, p.prevEnd), Lo: lo, Hi: hi, Step: step}
}

// parseCallArgs parses arguments up to ')' for a class's bases.
func (p *parser) parseCallArgs() ([]Expr, []*Keyword) { return p.parseCallArgsAt(p.prevEnd - 1) }

// parseCallArgsAt parses call arguments; lparen is the offset of the '(',
// where a sole unparenthesised generator argument's span starts.
func (p *parser) parseCallArgsAt(lparen int) ([]Expr, []*Keyword) {
	var args []Expr
	var kws []*Keyword
	seenKw, seenDstar := false, false
	for p.tok != RPAREN && p.tok != NEWLINE && p.tok != EOF {
		start := p.pos
		switch p.tok {
		case STAR:
			p.next()
			v := p.parseExpr()
			x := &StarredExpr{Loc: loc(start, p.prevEnd), X: v}
			if seenDstar {
				p.errorAt(start, p.prevEnd, "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, x)
		case DOUBLESTAR:
			p.next()
			v := p.parseExpr()
			kws = append(kws, &Keyword{Loc: loc(start, p.prevEnd), Value: v})
			seenDstar = true
		default:
			x := p.parseNamedExpr()
			if p.tok == EQUAL {
				kws = append(kws, p.parseKeywordArg(start, x))
				seenKw = true
				break
			}
			if p.tok == FOR || p.tok == ASYNC {
				x = p.parseGenArg(lparen, x, len(args)+len(kws) == 0)
			}
			if seenDstar {
				p.errorAt(start, p.prevEnd, "positional argument follows keyword argument unpacking")
			} else if seenKw {
				p.errorAt(start, p.prevEnd, "positional argument follows keyword argument")
			}
			args = append(args, x)
		}
		if !p.got(COMMA) {
			break
		}
	}
	return args, kws
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
	return &Keyword{Loc: loc(start, p.prevEnd), Name: id, Value: v}
}

// parseGenArg parses a generator expression written as a call argument
// without its own parentheses; only a sole argument may be written so.
func (p *parser) parseGenArg(lparen int, elt Expr, first bool) Expr {
	start := int(elt.Span().Start)
	fors := p.parseComprehensions()
	sole := first && p.tok == RPAREN
	if !sole {
		p.errorAt(start, p.prevEnd, "Generator expression must be parenthesized")
		return &CompExpr{Loc: loc(start, p.prevEnd), Kind: GeneratorExp, Elt: elt, For: fors}
	}
	return &CompExpr{Loc: loc(lparen, p.end), Kind: GeneratorExp, Elt: elt, For: fors}
}

// parseComprehensions parses one or more '[async] for ... in ... [if ...]'
// clauses.
func (p *parser) parseComprehensions() []*Comprehension {
	var list []*Comprehension
	for p.tok == FOR || p.tok == ASYNC {
		start := p.pos
		c := &Comprehension{Async: p.got(ASYNC)}
		if !p.expect(FOR, "after 'async' in a comprehension") {
			break
		}
		c.Target = p.parseTargets()
		p.setCtx(c.Target, Store)
		if p.expect(IN, "in the comprehension") {
			c.Iter = p.parseOr()
		} else {
			c.Iter = p.badExpr()
		}
		for p.tok == IF {
			p.next()
			c.Ifs = append(c.Ifs, p.parseOr())
		}
		c.Loc = loc(start, p.prevEnd)
		list = append(list, c)
	}
	return list
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
