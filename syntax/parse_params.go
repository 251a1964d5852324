package syntax

// parseParams parses a def's parameter list (annotations allowed) up to
// closer, or a lambda's (no annotations) up to ':'. The checks CPython's
// grammar makes on the order of '/', '*', '**' and defaults are reported
// here; duplicate names are left to later passes, as in CPython.
func (p *parser) parseParams(closer Token, annotated bool) *Params {
	ps := p.arena.paramLists.new()
	start := p.pos
	st := paramState{starPos: -1, mark: p.arena.paramList.mark()}
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
	p.popParams(ps, &st)
	if ps.Star && len(ps.KwOnly) == 0 {
		p.errorAt(st.starPos, st.starPos+1, "named arguments must follow bare *")
	}
	ps.Loc = loc(start, max(start, p.prevEnd))
	if len(ps.PosOnly)+len(ps.Args)+len(ps.KwOnly) == 0 && ps.Vararg == nil && ps.Kwarg == nil {
		ps.Loc = loc(start, start)
	}
	return ps
}

// paramState tracks what a parameter list has seen so far. The named
// parameters are pushed on the arena's stack in source order: the
// positional ones come first (once '*' is seen, all that follow are
// keyword-only), and of those, the ones before the last '/' are
// positional-only.
type paramState struct {
	seenStar, seenDefault bool
	starPos               int
	mark                  int // where the parameters begin on the stack
	posOnly, args, kwOnly int // how many of each kind are on the stack
}

// popParams moves the named parameters from the stack into ps.
func (p *parser) popParams(ps *Params, st *paramState) {
	all := p.arena.paramList.pop(st.mark)
	// Each group keeps the exact size, so appending to one cannot
	// overwrite the next.
	ps.PosOnly = sublist(all, 0, st.posOnly)
	ps.Args = sublist(all, st.posOnly, st.posOnly+st.args)
	ps.KwOnly = sublist(all, st.posOnly+st.args, len(all))
}

// sublist returns list[i:j] with no spare capacity, or nil if it is empty.
func sublist[T any](list []T, i, j int) []T {
	if i == j {
		return nil
	}
	return list[i:j:j]
}

// parseOneParam parses one entry of a parameter list into ps.
func (p *parser) parseOneParam(ps *Params, st *paramState, closer Token, annotated bool) {
	switch p.tok {
	case SLASH:
		p.paramSlash(st)
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
			return
		case st.seenStar:
			st.kwOnly++
		case prm.Default != nil:
			st.seenDefault = true
			st.args++
		default:
			if st.seenDefault {
				sp := prm.Span()
				p.errorAt(int(sp.Start), int(sp.End), "non-default argument follows default argument")
			}
			st.args++
		}
		p.arena.paramList.push(prm)
	}
}

// paramSlash handles a '/': the positional parameters so far become
// positional-only.
func (p *parser) paramSlash(st *paramState) {
	switch {
	case st.seenStar:
		p.errorHere("/ must be ahead of *")
	case st.posOnly > 0:
		p.errorHere("/ may appear only once")
	case st.args == 0:
		p.errorHere("at least one argument must precede /")
	}
	st.posOnly += st.args
	st.args = 0
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
	prm := p.arena.params.new()
	prm.Name = name
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
