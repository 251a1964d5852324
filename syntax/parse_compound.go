package syntax

// This file parses compound statements: if, while, for, try, with, def,
// class and decorators. Each header ends at ':'; when the colon is missing
// the header is reported and the parser skips to it (or to the line's end)
// so that the body is still parsed as a block.

// expectColon consumes the ':' ending a compound statement header.
func (p *parser) expectColon(context string) {
	if p.got(COLON) {
		return
	}
	if p.tok == EQUAL {
		p.errorHere("expected ':' %s, found '='; maybe you meant '==' or ':='?", context)
	} else {
		p.errorHere("expected ':' %s", context)
	}
	for p.tok != COLON && p.tok != NEWLINE && p.tok != EOF {
		p.next()
	}
	p.got(COLON)
}

func (p *parser) parseIf() Stmt {
	start := p.pos
	kw := p.tok
	p.next()
	s := p.arena.ifs.new()
	s.IsElif = kw == ELIF
	s.Test = p.parseNamedExpr()
	if kw == ELIF {
		p.expectColon("after the elif condition")
		s.Body = p.parseBlock("'elif' statement", start)
	} else {
		p.expectColon("after the if condition")
		s.Body = p.parseBlock("'if' statement", start)
	}
	switch p.tok {
	case ELIF:
		m := p.arena.stmts.mark()
		p.arena.stmts.push(p.parseIf())
		s.Else = p.arena.stmts.pop(m)
	case ELSE:
		s.Else = p.parseElse()
	}
	s.Loc = loc(start, p.blockEnd(s.Body, s.Else))
	return s
}

func (p *parser) parseElse() []Stmt {
	start := p.pos
	p.next()
	p.expectColon("after 'else'")
	return p.parseBlock("'else' statement", start)
}

// blockEnd returns the end of the last statement of the last non-empty
// block, or of the previous token: a compound statement's span ends where
// its last child does, not after the following dedent.
func (p *parser) blockEnd(blocks ...[]Stmt) int {
	for i := len(blocks) - 1; i >= 0; i-- {
		if b := blocks[i]; len(b) > 0 {
			return int(b[len(b)-1].Span().End)
		}
	}
	return p.prevEnd
}

func (p *parser) parseWhile() Stmt {
	start := p.pos
	p.next()
	s := &WhileStmt{Test: p.parseNamedExpr()}
	p.expectColon("after the while condition")
	s.Body = p.parseBlock("'while' statement", start)
	if p.tok == ELSE {
		s.Else = p.parseElse()
	}
	s.Loc = loc(start, p.blockEnd(s.Body, s.Else))
	return s
}

func (p *parser) parseFor(start int, async bool) Stmt {
	p.next()
	s := p.arena.fors.alloc(ForStmt{Async: async})
	s.Target = p.parseTargets()
	p.setCtx(s.Target, Store)
	if p.expect(IN, "after the for loop's target") {
		s.Iter = p.parseStarExprs()
	} else {
		s.Iter = p.badExpr()
	}
	p.expectColon("after the for loop's iterable")
	s.Body = p.parseBlock("'for' statement", start)
	if p.tok == ELSE {
		s.Else = p.parseElse()
	}
	s.Loc = loc(start, p.blockEnd(s.Body, s.Else))
	return s
}

func (p *parser) parseTry() Stmt {
	start := p.pos
	p.next()
	p.expectColon("after 'try'")
	s := &TryStmt{Body: p.parseBlock("'try' statement", start)}
	for p.tok == EXCEPT {
		s.Handlers = append(s.Handlers, p.parseExcept(s))
	}
	if p.tok == ELSE {
		if len(s.Handlers) == 0 {
			p.errorHere("expected 'except' or 'finally' block")
		}
		s.Else = p.parseElse()
	}
	if p.tok == FINALLY {
		fstart := p.pos
		p.next()
		p.expectColon("after 'finally'")
		s.Finally = p.parseBlock("'finally' statement", fstart)
	}
	if len(s.Handlers) == 0 && s.Finally == nil && s.Else == nil {
		p.errorHere("expected 'except' or 'finally' block")
	}
	var last []Stmt
	if len(s.Handlers) > 0 {
		last = s.Handlers[len(s.Handlers)-1].Body
	}
	s.Loc = loc(start, p.blockEnd(s.Body, last, s.Else, s.Finally))
	return s
}

func (p *parser) parseExcept(try *TryStmt) *ExceptHandler {
	start := p.pos
	p.next()
	star := p.got(STAR)
	if len(try.Handlers) == 0 {
		try.Star = star
	} else if star != try.Star {
		p.errorAt(start, p.prevEnd, "cannot have both 'except' and 'except*' on the same 'try'")
	}
	h := &ExceptHandler{}
	if p.tok != COLON {
		h.Type = p.parseExpr()
		if p.tok == COMMA {
			tstart := int(h.Type.Span().Start)
			elts := []Expr{h.Type}
			for p.got(COMMA) && p.tok != COLON && p.tok != AS {
				elts = append(elts, p.parseExpr())
			}
			p.errorAt(tstart, p.prevEnd, "multiple exception types must be parenthesized")
			h.Type = &TupleExpr{Loc: loc(tstart, p.prevEnd), Elts: elts}
		}
		if p.got(AS) {
			h.Name = p.parseIdent()
		}
	} else if star {
		p.errorHere("expected one or more exception types")
	}
	p.expectColon("after the except clause")
	h.Body = p.parseBlock("'except' statement", start)
	h.Loc = loc(start, p.blockEnd(h.Body))
	return h
}

// parseWith parses a with statement, including the parenthesised form
// 'with (a as b, c):'. That form is recognised, as CPython does, only when
// the parenthesis closes right before the ':'; otherwise '(' begins an
// ordinary expression such as a tuple.
func (p *parser) parseWith(start int, async bool) Stmt {
	p.next()
	s := &WithStmt{Async: async}
	if p.tok == LPAREN && p.parenthesizedWithItems() {
		p.next()
		for p.tok != RPAREN && p.tok != EOF && p.tok != NEWLINE {
			s.Items = append(s.Items, p.parseWithItem())
			if !p.got(COMMA) {
				break
			}
		}
		p.expect(RPAREN, "after the with items")
	} else {
		for {
			s.Items = append(s.Items, p.parseWithItem())
			if !p.got(COMMA) {
				break
			}
		}
	}
	p.expectColon("after the with items")
	s.Body = p.parseBlock("'with' statement", start)
	s.Loc = loc(start, p.blockEnd(s.Body))
	return s
}

func (p *parser) parenthesizedWithItems() bool {
	return p.peek(func(s *scanner) bool {
		depth := 0
		for {
			s.next()
			switch s.tok {
			case LPAREN, LBRACK, LBRACE:
				depth++
			case RPAREN, RBRACK, RBRACE:
				if depth == 0 {
					s.next()
					return s.tok == COLON
				}
				depth--
			case NEWLINE, EOF:
				return false
			}
		}
	})
}

func (p *parser) parseWithItem() *WithItem {
	start := p.pos
	it := &WithItem{X: p.parseExpr()}
	if p.got(AS) {
		it.Target = p.parseTarget()
		p.setCtx(it.Target, Store)
	}
	it.Loc = loc(start, p.prevEnd)
	return it
}

func (p *parser) parseDecorated() Stmt {
	start := p.pos
	m := p.arena.exprs.mark()
	for p.tok == AT {
		p.next()
		p.arena.exprs.push(p.parseNamedExpr())
		if !p.got(NEWLINE) {
			p.errorHere("expected a new line after the decorator")
			p.skipLine()
			p.got(NEWLINE)
		}
	}
	decos := p.arena.exprs.pop(m)
	switch p.tok {
	case DEF:
		return p.parseFuncDef(start, decos, false)
	case CLASS:
		return p.parseClassDef(start, decos)
	case ASYNC:
		return p.parseAsync(start, decos)
	}
	p.errorHere("expected 'def' or 'class' after a decorator")
	return &BadStmt{loc(start, p.prevEnd)}
}

func (p *parser) parseAsync(start int, decos []Expr) Stmt {
	p.next()
	switch p.tok {
	case DEF:
		return p.parseFuncDef(start, decos, true)
	case FOR:
		if decos == nil {
			return p.parseFor(start, true)
		}
	case WITH:
		if decos == nil {
			return p.parseWith(start, true)
		}
	}
	p.errorHere("expected 'def', 'for' or 'with' after 'async'")
	p.skipLine()
	return &BadStmt{loc(start, p.prevEnd)}
}

func (p *parser) parseFuncDef(start int, decos []Expr, async bool) Stmt {
	defPos := p.pos
	p.next()
	s := p.arena.funcs.alloc(FuncDef{Async: async, Decorators: decos})
	s.Name = p.parseDefName()
	if p.tok == LBRACK {
		s.TypeParams = p.parseTypeParams()
	}
	pstart := p.pos
	if p.expect(LPAREN, "before the parameters") {
		s.Params = p.parseParams(RPAREN, true)
		p.expect(RPAREN, "after the parameters")
	} else {
		s.Params = &Params{Loc: loc(pstart, pstart)}
	}
	if p.got(ARROW) {
		s.Returns = p.parseExpr()
	}
	p.expectColon("after the function signature")
	s.Body = p.parseBlock("function definition", defPos)
	s.Loc = loc(start, p.blockEnd(s.Body))
	return s
}

func (p *parser) parseClassDef(start int, decos []Expr) Stmt {
	classPos := p.pos
	p.next()
	s := &ClassDef{Decorators: decos}
	s.Name = p.parseDefName()
	if p.tok == LBRACK {
		s.TypeParams = p.parseTypeParams()
	}
	if p.got(LPAREN) {
		s.Bases, s.Keywords = p.parseCallArgs()
		p.expect(RPAREN, "after the base classes")
	}
	p.expectColon("after the class name")
	s.Body = p.parseBlock("class definition", classPos)
	s.Loc = loc(start, p.blockEnd(s.Body))
	return s
}

// parseTypeParams parses a PEP 695 list '[T, *Ts, **P, U: bound]'.
func (p *parser) parseTypeParams() []*TypeParam {
	p.file.Uses312 = true
	p.next()
	var list []*TypeParam
	for p.tok != RBRACK && p.tok != NEWLINE && p.tok != EOF {
		start := p.pos
		tp := &TypeParam{}
		switch {
		case p.got(STAR):
			tp.Kind = TypeVarTuple
		case p.got(DOUBLESTAR):
			tp.Kind = ParamSpec
		}
		tp.Name = p.parseDefName()
		if tp.Name == nil {
			p.skipPast(RBRACK)
			return list
		}
		if p.got(COLON) {
			bstart := p.pos
			tp.Bound = p.parseExpr()
			if tp.Kind != TypeVar {
				p.errorAt(bstart, p.prevEnd, "cannot use a bound with a %s", map[TypeParamKind]string{ParamSpec: "ParamSpec", TypeVarTuple: "TypeVarTuple"}[tp.Kind])
			}
		}
		tp.Loc = loc(start, p.prevEnd)
		list = append(list, tp)
		if !p.got(COMMA) {
			break
		}
	}
	if len(list) == 0 {
		p.errorHere("type parameter list cannot be empty")
	}
	p.expect(RBRACK, "after the type parameters")
	return list
}
