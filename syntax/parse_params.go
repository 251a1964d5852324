package syntax

// parseParams parses a def's parameter list (annotations allowed) up to
// closer, or a lambda's (no annotations) up to ':'. The checks CPython's
// grammar makes on the order of '/', '*', '**' and defaults are reported
// here; duplicate names are left to later passes, as in CPython.
func (p *parser) parseParams(closer Token, annotated bool) *Params {
	ps := &Params{}
	start := p.pos
	st := paramState{starPos: -1}
	for p.tok != closer && p.tok != NEWLINE && p.tok != EOF {
		if ps.Kwarg != nil {
			p.errorHere("arguments cannot follow var-keyword argument")
			p.skipParam(closer)
		} else {
			p.parseOneParam(ps, &st, closer, annotated)
		}
		if !p.got(COMMA) {
			break
		}
	}
	if ps.Star && len(ps.KwOnly) == 0 {
		p.errorAt(st.starPos, st.starPos+1, "named arguments must follow bare *")
	}
	ps.Loc = loc(start, max(start, p.prevEnd))
	if len(ps.PosOnly)+len(ps.Args)+len(ps.KwOnly) == 0 && ps.Vararg == nil && ps.Kwarg == nil {
		ps.Loc = loc(start, start)
	}
	return ps
}

// paramState tracks what a parameter list has seen so far.
type paramState struct {
	seenStar, seenDefault bool
	starPos               int
}

// parseOneParam parses one entry of a parameter list into ps.
func (p *parser) parseOneParam(ps *Params, st *paramState, closer Token, annotated bool) {
	switch p.tok {
	case SLASH:
		p.paramSlash(ps, st.seenStar)
	case STAR:
		if st.seenStar {
			p.errorHere("* argument may appear only once")
		}
		st.seenStar, st.starPos = true, p.pos
		p.next()
		if p.tok == COMMA || p.tok == closer {
			ps.Star = true
		} else {
			ps.Vararg = p.parseParam(annotated, true, false)
		}
	case DOUBLESTAR:
		p.next()
		ps.Kwarg = p.parseParam(annotated, false, false)
	default:
		prm := p.parseParam(annotated, false, true)
		switch {
		case prm == nil:
			p.skipParam(closer)
		case st.seenStar:
			ps.KwOnly = append(ps.KwOnly, prm)
		case prm.Default != nil:
			st.seenDefault = true
			ps.Args = append(ps.Args, prm)
		default:
			if st.seenDefault {
				sp := prm.Span()
				p.errorAt(int(sp.Start), int(sp.End), "non-default argument follows default argument")
			}
			ps.Args = append(ps.Args, prm)
		}
	}
}

func (p *parser) paramSlash(ps *Params, seenStar bool) {
	switch {
	case seenStar:
		p.errorHere("/ must be ahead of *")
	case len(ps.PosOnly) > 0:
		p.errorHere("/ may appear only once")
	case len(ps.Args) == 0:
		p.errorHere("at least one argument must precede /")
	}
	ps.PosOnly = append(ps.PosOnly, ps.Args...)
	ps.Args = nil
	p.next()
}

// skipParam skips a malformed parameter up to the next ',' or the closer.
func (p *parser) skipParam(closer Token) {
	for p.tok != COMMA && p.tok != closer && p.tok != NEWLINE && p.tok != EOF {
		switch p.tok {
		case LPAREN:
			p.next()
			p.skipPast(RPAREN)
		case LBRACK:
			p.next()
			p.skipPast(RBRACK)
		case LBRACE:
			p.next()
			p.skipPast(RBRACE)
		default:
			p.next()
		}
	}
}

// parseParam parses 'name[: annotation][= default]'. A *args annotation may
// be starred ('*args: *Ts').
func (p *parser) parseParam(annotated, starAnnotation, withDefault bool) *Param {
	start := p.pos
	if p.tok != NAME && !p.tok.IsKeyword() {
		p.errorHere("expected a parameter name, found %s", p.describe())
		return nil
	}
	name := p.parseIdent()
	if name == nil {
		return nil
	}
	prm := &Param{Name: name}
	if annotated && p.got(COLON) {
		if starAnnotation && p.tok == STAR {
			sstart := p.pos
			p.next()
			x := p.parseExpr()
			prm.Annotation = &StarredExpr{Loc: loc(sstart, p.prevEnd), X: x}
		} else {
			prm.Annotation = p.parseExpr()
		}
	}
	if p.tok == EQUAL {
		if !withDefault {
			p.errorHere("var-positional and var-keyword arguments cannot have default values")
		}
		p.next()
		prm.Default = p.parseExpr()
	}
	prm.Loc = loc(start, p.prevEnd)
	if prm.Default != nil {
		// CPython's arg node spans the name and annotation only.
		if prm.Annotation != nil {
			prm.End = prm.Annotation.Span().End
		} else {
			prm.End = name.End
		}
	}
	return prm
}
