package syntax

// This file parses match statements and their patterns. 'match' and
// 'case' are soft keywords: a line starting with the name 'match' is a
// match statement only if its logical line ends with ':' (see
// isMatchStmt), so 'match = re.match(x)' and 'match(x)' stay ordinary.

// isMatchStmt reports whether the current NAME starts a match statement.
func (p *parser) isMatchStmt() bool {
	if p.src[p.pos:p.end] != "match" {
		return false
	}
	return p.peek(func(s *scanner) bool {
		s.next()
		switch s.tok {
		case COLON:
			// 'match:' cannot be anything else (an annotation needs a
			// type), so it is a match statement missing its subject.
			s.next()
			return s.tok == NEWLINE
		case NAME, INT, FLOAT, IMAG, STRING, LPAREN, LBRACK, LBRACE, MINUS,
			PLUS, TILDE, NOT, LAMBDA, AWAIT, NONE, TRUE, FALSE, ELLIPSIS, STAR:
		default:
			return false
		}
		last := s.tok
		for s.tok != NEWLINE && s.tok != EOF && s.tok != INDENT && s.tok != DEDENT {
			last = s.tok
			s.next()
		}
		if last == COLON {
			return true
		}
		// A header missing its ':' still counts when the next line is
		// an indented 'case'.
		if s.tok != NEWLINE {
			return false
		}
		s.next()
		if s.tok != INDENT {
			return false
		}
		s.next()
		return s.tok == NAME && s.src[s.start:s.end] == "case"
	})
}

func (p *parser) isSoftKeyword(word string) bool {
	return p.tok == NAME && p.src[p.pos:p.end] == word
}

func (p *parser) parseMatch() Stmt {
	start := p.pos
	p.next()
	s := &MatchStmt{}
	sstart := p.pos
	if p.tok == COLON {
		p.errorHere("expected the subject of the match statement before ':'")
		s.Subject = &BadExpr{loc(p.pos, p.pos)}
	} else {
		s.Subject = p.parseStarExpr(true)
	}
	if p.tok == COMMA {
		elts := []Expr{s.Subject}
		for p.got(COMMA) && p.tok != COLON {
			elts = append(elts, p.parseStarExpr(true))
		}
		s.Subject = &TupleExpr{Loc: loc(sstart, p.prevEnd), Elts: elts}
	}
	p.expectColon("after the match subject")
	if !p.got(NEWLINE) || !p.got(INDENT) {
		p.errorHere("expected an indented block after 'match' statement on line %d", p.lineOf(start))
		s.Loc = loc(start, p.prevEnd)
		return s
	}
	for p.tok != DEDENT && p.tok != EOF {
		if p.got(NEWLINE) {
			continue
		}
		if !p.isSoftKeyword("case") {
			p.errorHere("expected 'case' in the match statement, found %s", p.describe())
			m := p.arena.stmts.mark()
			p.parseStmtLine()
			p.arena.stmts.drop(m)
			continue
		}
		s.Cases = append(s.Cases, p.parseCase())
	}
	p.got(DEDENT)
	end := p.prevEnd
	if n := len(s.Cases); n > 0 {
		end = int(s.Cases[n-1].End)
	}
	s.Loc = loc(start, end)
	return s
}

func (p *parser) parseCase() *MatchCase {
	start := p.pos
	p.next()
	c := &MatchCase{Pattern: p.parsePatterns()}
	if p.got(IF) {
		c.Guard = p.parseNamedExpr()
	}
	p.expectColon("after the case pattern")
	c.Body = p.parseBlock("'case' statement", start)
	c.Loc = loc(start, p.blockEnd(c.Body))
	return c
}

// parsePatterns parses a case's pattern, where a top-level comma makes an
// unparenthesised sequence pattern.
func (p *parser) parsePatterns() Pattern {
	start := p.pos
	first := p.parseMaybeStarPattern()
	if p.tok != COMMA {
		return first
	}
	pats := []Pattern{first}
	for p.got(COMMA) && p.tok != COLON && p.tok != IF {
		pats = append(pats, p.parseMaybeStarPattern())
	}
	return &SequencePattern{Loc: loc(start, p.prevEnd), Patterns: pats}
}

func (p *parser) parseMaybeStarPattern() Pattern {
	if p.tok != STAR {
		return p.parsePattern()
	}
	start := p.pos
	p.next()
	sp := &StarPattern{}
	if id := p.parseIdent(); id != nil && id.Name != "_" {
		sp.Name = id
	}
	sp.Loc = loc(start, p.prevEnd)
	return sp
}

// parsePattern parses an or-pattern with an optional 'as name'.
func (p *parser) parsePattern() Pattern {
	start := p.pos
	x := p.parseOrPattern()
	if !p.got(AS) {
		return x
	}
	name := p.parseIdent()
	if name != nil && name.Name == "_" {
		p.errorAt(int(name.Start), int(name.End), "cannot use '_' as a target")
	}
	return &AsPattern{Loc: loc(start, p.prevEnd), Pattern: x, Name: name}
}

func (p *parser) parseOrPattern() Pattern {
	start := p.pos
	first := p.parseClosedPattern()
	if p.tok != VBAR {
		return first
	}
	pats := []Pattern{first}
	for p.got(VBAR) {
		pats = append(pats, p.parseClosedPattern())
	}
	return &OrPattern{Loc: loc(start, p.prevEnd), Patterns: pats}
}

func (p *parser) parseClosedPattern() Pattern {
	if !p.enter() {
		p.leave()
		p.skipNested()
		return &BadPattern{loc(p.pos, p.pos)}
	}
	defer p.leave()
	start := p.pos
	switch p.tok {
	case NAME:
		return p.parseNamePattern()
	case INT, FLOAT, IMAG, MINUS, STRING:
		x := p.parseLiteralPatternExpr()
		return &ValuePattern{Loc: loc(start, p.prevEnd), Value: x}
	case NONE, TRUE, FALSE:
		kind := constKind(p.tok)
		p.next()
		return &SingletonPattern{Loc: loc(start, p.prevEnd), Kind: kind}
	case LPAREN:
		return p.parseGroupPattern()
	case LBRACK:
		p.next()
		pats := p.parseSequencePatterns(RBRACK)
		p.closeBracket(RBRACK, "to close the sequence pattern")
		return &SequencePattern{Loc: loc(start, p.prevEnd), Patterns: pats}
	case LBRACE:
		return p.parseMappingPattern()
	}
	p.errorHere("expected a pattern, found %s", p.describe())
	return &BadPattern{loc(p.pos, p.pos)}
}

// parseNamePattern parses a capture, the wildcard, a dotted value or a
// class pattern.
func (p *parser) parseNamePattern() Pattern {
	start := p.pos
	id := p.parseIdent()
	var x Expr = id
	dotted := false
	for p.tok == DOT {
		dotted = true
		p.next()
		name := p.parseIdent()
		if name == nil {
			return &BadPattern{loc(start, p.prevEnd)}
		}
		x = &AttrExpr{Loc: loc(start, p.prevEnd), X: x, Name: name}
	}
	switch {
	case p.tok == LPAREN:
		return p.parseClassPattern(start, x)
	case dotted:
		return &ValuePattern{Loc: loc(start, p.prevEnd), Value: x}
	case id.Name == "_":
		return &AsPattern{Loc: loc(start, p.prevEnd)}
	}
	id.Ctx = Store
	return &AsPattern{Loc: loc(start, p.prevEnd), Name: id}
}

// parseLiteralPatternExpr parses a number, a signed number, a complex
// literal 'a+bj' or strings, as the expression a value pattern compares.
func (p *parser) parseLiteralPatternExpr() Expr {
	start := p.pos
	if p.tok == STRING {
		x := p.parseStrings()
		if x.(*StringExpr).FString {
			sp := x.Span()
			p.errorAt(int(sp.Start), int(sp.End), "patterns may only match literals and attribute lookups")
		}
		return x
	}
	x := p.parseSignedNumber()
	if p.tok != PLUS && p.tok != MINUS {
		return x
	}
	op := Add
	if p.tok == MINUS {
		op = Sub
	}
	p.next()
	if p.tok == INT || p.tok == FLOAT {
		p.errorHere("imaginary number required in complex literal")
	}
	y := p.parseSignedNumber()
	return &BinaryExpr{Loc: loc(start, p.prevEnd), X: x, Op: op, Y: y}
}

func (p *parser) parseSignedNumber() Expr {
	start := p.pos
	neg := p.got(MINUS)
	if p.tok != INT && p.tok != FLOAT && p.tok != IMAG {
		p.errorHere("expected a number, found %s", p.describe())
		return &BadExpr{loc(p.pos, p.pos)}
	}
	var x Expr = &NumberLit{Loc: loc(p.pos, p.end), Kind: NumberKind(p.tok - INT), Raw: p.src[p.pos:p.end]}
	p.next()
	if neg {
		x = &UnaryExpr{Loc: loc(start, p.prevEnd), Op: USub, X: x}
	}
	return x
}

func (p *parser) parseGroupPattern() Pattern {
	start := p.pos
	p.next()
	if p.got(RPAREN) {
		return &SequencePattern{Loc: loc(start, p.prevEnd)}
	}
	first := p.parseMaybeStarPattern()
	if p.tok != COMMA {
		p.closeBracket(RPAREN, "to close the pattern")
		if _, ok := first.(*StarPattern); ok {
			return &SequencePattern{Loc: loc(start, p.prevEnd), Patterns: []Pattern{first}}
		}
		return first
	}
	pats := []Pattern{first}
	p.next()
	pats = append(pats, p.parseSequencePatterns(RPAREN)...)
	p.closeBracket(RPAREN, "to close the sequence pattern")
	return &SequencePattern{Loc: loc(start, p.prevEnd), Patterns: pats}
}

func (p *parser) parseSequencePatterns(closer Token) []Pattern {
	var pats []Pattern
	for p.tok != closer && p.tok != NEWLINE && p.tok != EOF {
		pats = append(pats, p.parseMaybeStarPattern())
		if !p.got(COMMA) {
			break
		}
	}
	return pats
}

func (p *parser) parseMappingPattern() Pattern {
	start := p.pos
	p.next()
	m := &MappingPattern{}
	for p.tok != RBRACE && p.tok != NEWLINE && p.tok != EOF {
		if p.got(DOUBLESTAR) {
			m.Rest = p.parseIdent()
		} else {
			if m.Rest != nil {
				p.errorHere("double star pattern must be the last in a mapping pattern")
			}
			m.Keys = append(m.Keys, p.parseMappingKey())
			p.expect(COLON, "after the mapping pattern key")
			m.Patterns = append(m.Patterns, p.parsePattern())
		}
		if !p.got(COMMA) {
			break
		}
	}
	p.closeBracket(RBRACE, "to close the mapping pattern")
	m.Loc = loc(start, p.prevEnd)
	return m
}

func (p *parser) parseMappingKey() Expr {
	start := p.pos
	switch p.tok {
	case NONE, TRUE, FALSE:
		kind := constKind(p.tok)
		p.next()
		return &ConstLit{Loc: loc(start, p.prevEnd), Kind: kind}
	case NAME:
		var x Expr = p.parseIdent()
		dotted := false
		for p.got(DOT) {
			dotted = true
			name := p.parseIdent()
			if name == nil {
				break
			}
			x = &AttrExpr{Loc: loc(start, p.prevEnd), X: x, Name: name}
		}
		if !dotted {
			p.errorAt(start, p.prevEnd, "mapping pattern keys may only match literals and attribute lookups")
		}
		return x
	}
	return p.parseLiteralPatternExpr()
}

func (p *parser) parseClassPattern(start int, cls Expr) Pattern {
	p.next()
	c := &ClassPattern{Cls: cls}
	for p.tok != RPAREN && p.tok != NEWLINE && p.tok != EOF {
		if p.tok == NAME && p.peek(func(s *scanner) bool { s.next(); return s.tok == EQUAL }) {
			c.KwdAttrs = append(c.KwdAttrs, p.parseIdent())
			p.next()
			c.KwdPatterns = append(c.KwdPatterns, p.parsePattern())
		} else {
			pstart := p.pos
			pat := p.parsePattern()
			if len(c.KwdAttrs) > 0 {
				p.errorAt(pstart, p.prevEnd, "positional patterns follow keyword patterns")
			}
			c.Patterns = append(c.Patterns, pat)
		}
		if !p.got(COMMA) {
			break
		}
	}
	p.closeBracket(RPAREN, "to close the class pattern")
	c.Loc = loc(start, p.prevEnd)
	return c
}
