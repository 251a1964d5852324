package syntax

// This file parses atoms: names, literals and bracketed displays.

func (p *parser) parseAtom() Expr {
	start := p.pos
	switch p.tok {
	case NAME:
		return p.parseName()
	case INT, FLOAT, IMAG:
		n := p.arena.nums.new()
		n.Loc, n.Kind, n.Raw = loc(p.pos, p.end), NumberKind(p.tok-INT), p.src[p.pos:p.end]
		p.next()
		return n
	case STRING:
		return p.parseStrings()
	case NONE, TRUE, FALSE, ELLIPSIS:
		kind := constKind(p.tok)
		p.next()
		return p.arena.consts.alloc(ConstLit{Loc: loc(start, p.prevEnd), Kind: kind})
	case LPAREN, LBRACK, LBRACE:
		if !p.enter() {
			p.leave()
			x := p.badExpr()
			p.skipNested()
			return x
		}
		defer p.leave()
		switch p.tok {
		case LPAREN:
			return p.parseParen()
		case LBRACK:
			return p.parseList()
		}
		return p.parseBrace()
	}
	if p.tok.IsKeyword() && p.keywordAssigned() {
		p.errorHere("'%s' is a keyword and cannot be used as a name", p.tok)
		return &BadExpr{loc(p.pos, p.pos)}
	}
	if p.tok.IsKeyword() {
		p.errorHere("expected an expression, found keyword '%s'", p.tok)
		return &BadExpr{loc(p.pos, p.pos)}
	}
	return p.badExpr()
}

// parseName parses the current NAME token.
func (p *parser) parseName() *Ident {
	id := p.newIdent(p.pos, p.end, p.sc.nameValue())
	p.next()
	return id
}

// skipNested skips an over-deep bracketed region without recursion.
func (p *parser) skipNested() {
	depth := 0
	for p.tok != EOF {
		switch p.tok {
		case LPAREN, LBRACK, LBRACE:
			depth++
		case RPAREN, RBRACK, RBRACE:
			depth--
		case NEWLINE:
			if depth <= 0 {
				return
			}
		}
		p.next()
		if depth <= 0 {
			return
		}
	}
}

func (p *parser) parseParen() Expr {
	start := p.pos
	p.next()
	if p.got(RPAREN) {
		return &TupleExpr{Loc: loc(start, p.prevEnd), Parenthesized: true}
	}
	if p.tok == YIELD {
		x := p.parseYield()
		p.closeBracket(RPAREN, "after the yield expression")
		return x
	}
	first := p.parseStarExpr(true)
	switch p.tok {
	case FOR, ASYNC:
		fors := p.parseComprehensions()
		p.closeBracket(RPAREN, "to close the generator expression")
		return p.arena.compExprs.alloc(CompExpr{Loc: loc(start, p.prevEnd), Kind: GeneratorExp, Elt: first, For: fors, Parenthesized: true})
	case RPAREN:
		p.next()
		if s, ok := first.(*StarredExpr); ok {
			p.errorAt(int(s.Start), int(s.End), "cannot use starred expression here")
		}
		return first
	case COMMA:
	default:
		// Without a comma this is a parenthesised expression, even
		// if the ')' is missing.
		p.closeBracket(RPAREN, "")
		return first
	}
	elts := p.parseDisplayRest(first)
	p.closeBracket(RPAREN, "to close the tuple")
	return p.newTuple(start, elts, true)
}

func (p *parser) parseList() Expr {
	start := p.pos
	p.next()
	if p.got(RBRACK) {
		return &ListExpr{Loc: loc(start, p.prevEnd)}
	}
	first := p.parseStarExpr(true)
	if p.tok == FOR || p.tok == ASYNC {
		fors := p.parseComprehensions()
		p.closeBracket(RBRACK, "to close the list comprehension")
		return p.arena.compExprs.alloc(CompExpr{Loc: loc(start, p.prevEnd), Kind: ListComp, Elt: first, For: fors})
	}
	elts := p.parseDisplayRest(first)
	p.closeBracket(RBRACK, "to close the list")
	return p.arena.listExprs.alloc(ListExpr{Loc: loc(start, p.prevEnd), Elts: elts})
}

// parseBrace parses a dict or set display or comprehension.
func (p *parser) parseBrace() Expr {
	start := p.pos
	p.next()
	if p.got(RBRACE) {
		return &DictExpr{Loc: loc(start, p.prevEnd)}
	}
	if p.tok == DOUBLESTAR {
		return p.parseDictRest(start, nil)
	}
	first := p.parseStarExpr(true)
	if p.tok == COLON {
		p.next()
		v := p.parseDictValue()
		if p.tok == FOR || p.tok == ASYNC {
			fors := p.parseComprehensions()
			p.closeBracket(RBRACE, "to close the dict comprehension")
			return p.arena.compExprs.alloc(CompExpr{Loc: loc(start, p.prevEnd), Kind: DictComp, Elt: first, Value: v, For: fors})
		}
		return p.parseDictRest(start, &DictItem{first, v})
	}
	if p.tok == FOR || p.tok == ASYNC {
		fors := p.parseComprehensions()
		p.closeBracket(RBRACE, "to close the set comprehension")
		return p.arena.compExprs.alloc(CompExpr{Loc: loc(start, p.prevEnd), Kind: SetComp, Elt: first, For: fors})
	}
	elts := p.parseDisplayRest(first)
	p.closeBracket(RBRACE, "to close the set")
	return &SetExpr{Loc: loc(start, p.prevEnd), Elts: elts}
}

// parseDisplayRest parses the elements of a tuple, list or set display
// after its first, and returns them all.
func (p *parser) parseDisplayRest(first Expr) []Expr {
	m := p.arena.exprs.mark()
	p.arena.exprs.push(first)
	for p.got(COMMA) && p.startsExpr() {
		p.arena.exprs.push(p.parseStarExpr(true))
	}
	return p.arena.exprs.pop(m)
}

// parseDictRest parses the items of a dict display after the first, if
// already parsed; the current token begins an item (or is the comma after
// the first one).
func (p *parser) parseDictRest(start int, first *DictItem) Expr {
	a := p.arena
	m := a.items.mark()
	if first != nil {
		a.items.push(*first)
	}
	if first == nil || p.got(COMMA) {
		p.parseDictItems()
	}
	p.closeBracket(RBRACE, "to close the dict")
	return a.dicts.alloc(DictExpr{Loc: loc(start, p.prevEnd), Items: a.items.pop(m)})
}

// parseDictItems parses dict items up to the closing brace, pushing each.
func (p *parser) parseDictItems() {
	for p.tok != RBRACE && p.tok != NEWLINE && p.tok != EOF {
		if p.got(DOUBLESTAR) {
			p.arena.items.push(DictItem{nil, p.parseBitOr()})
		} else {
			k := p.parseExpr()
			var v Expr
			if p.expect(COLON, "after the dict key") {
				v = p.parseDictValue()
			} else {
				v = &BadExpr{loc(p.pos, p.pos)}
			}
			p.arena.items.push(DictItem{k, v})
		}
		if !p.got(COMMA) {
			break
		}
	}
}

// parseDictValue parses the value after a dict key's ':'.
func (p *parser) parseDictValue() Expr {
	if !p.startsExpr() {
		p.errorHere("expected a value after the dict key and ':', found %s", p.describe())
		return &BadExpr{loc(p.pos, p.pos)}
	}
	return p.parseExpr()
}

// constKind maps a keyword-constant token to its ConstKind.
func constKind(t Token) ConstKind {
	switch t {
	case TRUE:
		return TrueConst
	case FALSE:
		return FalseConst
	case ELLIPSIS:
		return EllipsisConst
	}
	return NoneConst
}
