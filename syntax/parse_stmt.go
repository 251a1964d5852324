package syntax

// This file parses statements and blocks. Recovery is by line: a simple
// statement that does not end where it should is reported once and the rest
// of its logical line is skipped; a broken compound-statement header skips
// to its ':' so that the body still parses.

func (p *parser) parseFileBody() []Stmt {
	m := p.arena.stmts.mark()
	for p.tok != EOF {
		switch p.tok {
		case NEWLINE, DEDENT:
			p.next()
			continue
		}
		p.parseStmtOrBlock()
	}
	return p.arena.stmts.pop(m)
}

// parseStmtOrBlock parses one statement line, or an indented block that
// no header asked for, and pushes what it finds on the statement stack.
func (p *parser) parseStmtOrBlock() {
	switch p.tok {
	case INDENT:
		p.parseOrphanBlock()
	case NEWLINE:
		p.next()
	default:
		p.parseStmtLine()
	}
}

// parseStmtLine parses one statement line (which may hold several simple
// statements) and pushes it, guaranteeing progress.
func (p *parser) parseStmtLine() {
	start := p.pos
	startTok := p.tok
	p.stmtStart = start
	p.parseStmt()
	if p.pos == start && p.tok == startTok && p.tok != EOF {
		p.errorHere("unexpected %s", p.describe())
		p.next()
	}
}

// parseOrphanBlock parses an indented block that follows a line that is
// not a compound statement header, and pushes its statements as if they
// belonged to the enclosing block.
// After a line that already has an error (most often a header missing its
// ':', or one the parser did not recognise) the block is that line's
// body, so it is parsed without a further error; otherwise the indent
// itself is the error. Either way the block keeps its statements, and its
// DEDENT ends it rather than the enclosing block.
func (p *parser) parseOrphanBlock() {
	if p.lastErrPos < p.stmtStart {
		p.errorHere("unexpected indent")
	}
	p.next()
	if !p.enter() {
		p.leave()
		p.skipBlock()
		return
	}
	p.parseStmts()
	p.got(DEDENT)
	p.leave()
}

// parseStmts parses statements up to the DEDENT (or EOF) that ends the
// current block, pushing them on the statement stack.
func (p *parser) parseStmts() {
	for p.tok != DEDENT && p.tok != EOF {
		p.parseStmtOrBlock()
	}
}

// parseBlock parses the suite after a compound statement's ':'. A missing
// block is not reported when the header already had an error: the block
// is usually there, just not recognised as this header's.
func (p *parser) parseBlock(what string, headerStart int) []Stmt {
	m := p.arena.stmts.mark()
	if p.tok != NEWLINE {
		if p.tok == EOF || p.tok == INDENT || p.tok == DEDENT {
			p.missingBlock(what, headerStart)
			return nil
		}
		p.parseSimpleStmts()
		return p.arena.stmts.pop(m)
	}
	p.next()
	if p.tok != INDENT {
		p.missingBlock(what, headerStart)
		return nil
	}
	p.next()
	if !p.enter() {
		p.leave()
		p.skipBlock()
		return nil
	}
	p.parseStmts()
	p.got(DEDENT)
	p.leave()
	return p.arena.stmts.pop(m)
}

// missingBlock reports that the header starting at headerStart has no
// block, unless the header itself already had an error.
func (p *parser) missingBlock(what string, headerStart int) {
	if p.lastErrPos >= headerStart {
		return
	}
	p.errorHere("expected an indented block after %s on line %d", what, p.lineOf(headerStart))
}

// skipBlock skips an over-deep indented block entirely.
func (p *parser) skipBlock() {
	level := 1
	for p.tok != EOF && level > 0 {
		switch p.tok {
		case INDENT:
			level++
		case DEDENT:
			level--
		}
		p.next()
	}
}

// parseStmt parses a compound statement, or a line of simple statements,
// and pushes the result on the statement stack.
func (p *parser) parseStmt() {
	if p.tok.IsKeyword() && p.keywordAssigned() {
		p.errorHere("'%s' is a keyword and cannot be used as a name", p.tok)
		p.arena.stmts.push(p.badStmtLine())
		return
	}
	if s := p.parseCompoundStmt(); s != nil {
		p.arena.stmts.push(s)
		return
	}
	p.parseSimpleStmts()
}

// parseCompoundStmt parses a compound statement, or a stray clause of
// one, or returns nil if the current token does not begin one.
func (p *parser) parseCompoundStmt() Stmt {
	switch p.tok {
	case ELIF, ELSE, EXCEPT, FINALLY:
		p.errorHere("'%s' %s", p.tok, clauseParents[p.tok])
		return p.badStmtLine()
	case IF:
		return p.parseIf()
	case WHILE:
		return p.parseWhile()
	case FOR:
		return p.parseFor(p.pos, false)
	case TRY:
		return p.parseTry()
	case WITH:
		return p.parseWith(p.pos, false)
	case DEF:
		return p.parseFuncDef(p.pos, nil, false)
	case CLASS:
		return p.parseClassDef(p.pos, nil)
	case AT:
		return p.parseDecorated()
	case ASYNC:
		return p.parseAsync(p.pos, nil)
	case NAME:
		if p.isMatchStmt() {
			return p.parseMatch()
		}
	}
	return nil
}

// clauseParents completes the message for a clause found where a
// statement should start.
var clauseParents = map[Token]string{
	ELIF:    "without a matching 'if'",
	ELSE:    "without a matching 'if', 'for', 'while' or 'try'",
	EXCEPT:  "without a matching 'try'",
	FINALLY: "without a matching 'try'",
}

// keywordAssigned reports whether the current token, a keyword, is
// followed by '=' (not '=='), as in 'class = 1': a keyword used as a
// variable. None, True and False are left to the assignment checks, which
// name them.
func (p *parser) keywordAssigned() bool {
	switch p.tok {
	case NONE, TRUE, FALSE:
		return false
	}
	i := p.end
	for i < len(p.src) && (p.src[i] == ' ' || p.src[i] == '\t') {
		i++
	}
	return i < len(p.src) && p.src[i] == '=' && (i+1 == len(p.src) || p.src[i+1] != '=')
}

// badStmtLine skips the rest of a logical line that cannot be parsed and
// returns it as a BadStmt. An indented block after it is parsed as an
// orphan block without a further error.
func (p *parser) badStmtLine() Stmt {
	start := p.pos
	p.skipLine()
	s := &BadStmt{loc(start, p.prevEnd)}
	p.got(NEWLINE)
	return s
}

// parseSimpleStmts parses simple statements separated by ';' up to the end
// of the line, pushing each on the statement stack.
func (p *parser) parseSimpleStmts() {
	for {
		p.arena.stmts.push(p.parseSimpleStmt())
		if p.tok != SEMI {
			break
		}
		p.next()
		if p.tok == NEWLINE || p.tok == EOF {
			break
		}
	}
	if p.tok != NEWLINE && p.tok != EOF {
		last := p.arena.stmts.top()
		if name := py2Statement(last); name != "" && p.startsExpr() {
			p.errorAt(int(last.Span().Start), p.end, "Missing parentheses in call to '%s'. Did you mean %s(...)?", name, name)
		} else {
			p.errorHere("unexpected %s; expected end of statement", p.describe())
		}
		p.skipLine()
	}
	p.got(NEWLINE)
}

// py2Statement returns "print" or "exec" if s is that bare name, which
// followed by an expression is a Python 2 statement.
func py2Statement(s Stmt) string {
	if e, ok := s.(*ExprStmt); ok {
		if id, ok := e.X.(*Ident); ok && (id.Name == "print" || id.Name == "exec") {
			return id.Name
		}
	}
	return ""
}

func (p *parser) parseSimpleStmt() Stmt {
	start := p.pos
	switch p.tok {
	case PASS:
		p.next()
		return &PassStmt{loc(start, p.prevEnd)}
	case BREAK:
		p.next()
		return &BreakStmt{loc(start, p.prevEnd)}
	case CONTINUE:
		p.next()
		return &ContinueStmt{loc(start, p.prevEnd)}
	case RETURN:
		p.next()
		var x Expr
		if !p.atStmtEnd() {
			x = p.parseStarExprs()
		}
		r := p.arena.returns.new()
		r.Loc, r.Value = loc(start, p.prevEnd), x
		return r
	case RAISE:
		return p.parseRaise()
	case GLOBAL, NONLOCAL:
		return p.parseGlobal()
	case DEL:
		return p.parseDel()
	case ASSERT:
		p.next()
		s := p.arena.asserts.alloc(AssertStmt{Test: p.parseExpr()})
		if p.got(COMMA) {
			s.Msg = p.parseExpr()
		}
		s.Loc = loc(start, p.prevEnd)
		return s
	case IMPORT:
		return p.parseImport()
	case FROM:
		return p.parseFromImport()
	case NAME:
		if p.isTypeAlias() {
			return p.parseTypeAlias()
		}
	}
	return p.parseExprStmt()
}

func (p *parser) atStmtEnd() bool {
	return p.tok == NEWLINE || p.tok == SEMI || p.tok == EOF
}

func (p *parser) parseRaise() Stmt {
	start := p.pos
	p.next()
	s := p.arena.raises.new()
	if !p.atStmtEnd() {
		s.Exc = p.parseExpr()
		if p.got(FROM) {
			s.Cause = p.parseExpr()
		}
	}
	s.Loc = loc(start, p.prevEnd)
	return s
}

func (p *parser) parseGlobal() Stmt {
	start, kw := p.pos, p.tok
	p.next()
	var names []*Ident
	for {
		if id := p.parseIdent(); id != nil {
			names = append(names, id)
		}
		if !p.got(COMMA) {
			break
		}
	}
	if kw == GLOBAL {
		return &GlobalStmt{loc(start, p.prevEnd), names}
	}
	return &NonlocalStmt{loc(start, p.prevEnd), names}
}

func (p *parser) parseDel() Stmt {
	start := p.pos
	p.next()
	m := p.arena.exprs.mark()
	for !p.atStmtEnd() {
		x := p.parseStarOrBitOr()
		p.setCtx(x, Del)
		p.arena.exprs.push(x)
		if !p.got(COMMA) {
			break
		}
	}
	targets := p.arena.exprs.pop(m)
	if len(targets) == 0 {
		p.errorHere("expected an expression after 'del'")
	}
	return p.arena.dels.alloc(DelStmt{loc(start, p.prevEnd), targets})
}

// parseIdent parses a NAME or reports an error and returns nil.
func (p *parser) parseIdent() *Ident {
	if p.tok != NAME {
		if p.tok.IsKeyword() {
			p.errorHere("'%s' is a keyword and cannot be used as a name", p.tok)
		} else {
			p.errorHere("expected a name, found %s", p.describe())
		}
		return nil
	}
	return p.parseName()
}

// parseDefName parses the name a def, class, type alias or type parameter
// must have. A missing one is an empty Ident where the name should be,
// never nil, so that passes over the tree can rely on these names.
func (p *parser) parseDefName() *Ident {
	if id := p.parseIdent(); id != nil {
		return id
	}
	return &Ident{Loc: loc(p.pos, p.pos)}
}

// parseExprStmt parses an expression statement or any assignment form.
func (p *parser) parseExprStmt() Stmt {
	start := p.pos
	var x Expr
	if p.tok == YIELD {
		x = p.parseYield()
	} else {
		x = p.parseStarExprs()
	}
	switch p.tok {
	case EQUAL:
		return p.parseAssign(start, x)
	case COLON:
		return p.parseAnnAssign(start, x)
	}
	if aug := augOps[p.tok]; aug.ok {
		p.checkAugTarget(x)
		p.next()
		var v Expr
		if p.tok == YIELD {
			v = p.parseYield()
		} else {
			v = p.parseStarExprs()
		}
		return p.arena.augAssigns.alloc(AugAssignStmt{loc(start, p.prevEnd), x, aug.op, v})
	}
	s := p.arena.exprStmts.new()
	s.Loc, s.X = loc(start, p.prevEnd), x
	return s
}

// augOps gives each augmented assignment token its operator.
var augOps = [numTokens]struct {
	op BinOp
	ok bool
}{
	PLUSEQ: {Add, true}, MINUSEQ: {Sub, true}, STAREQ: {Mult, true}, ATEQ: {MatMult, true},
	SLASHEQ: {Div, true}, PERCENTEQ: {Mod, true}, DSTAREQ: {Pow, true}, LSHIFTEQ: {LShift, true},
	RSHIFTEQ: {RShift, true}, VBAREQ: {BitOr, true}, CIRCUMEQ: {BitXor, true},
	AMPEREQ: {BitAnd, true}, DSLASHEQ: {FloorDiv, true},
}

func (p *parser) checkAugTarget(x Expr) {
	switch x := x.(type) {
	case *Ident, *AttrExpr, *SubscriptExpr:
		p.setCtx(x, Store)
	case *BadExpr:
	default:
		sp := x.Span()
		p.errorAt(int(sp.Start), int(sp.End), "'%s' is an illegal expression for augmented assignment", exprKind(x))
	}
}

func (p *parser) parseAssign(start int, first Expr) Stmt {
	a := p.arena
	m := a.exprs.mark()
	value := first
	for p.got(EQUAL) {
		a.exprs.push(value) // the previous value is a target
		if p.tok == YIELD {
			value = p.parseYield()
		} else {
			value = p.parseStarExprs()
		}
	}
	targets := a.exprs.pop(m)
	for _, t := range targets {
		p.setCtx(t, Store)
	}
	s := a.assigns.new()
	s.Loc, s.Targets, s.Value = loc(start, p.prevEnd), targets, value
	return s
}

func (p *parser) parseAnnAssign(start int, target Expr) Stmt {
	p.next()
	s := p.arena.annAssigns.alloc(AnnAssignStmt{Target: target})
	switch t := target.(type) {
	case *Ident:
		s.Simple = p.src[start] != '('
	case *AttrExpr, *SubscriptExpr:
	case *TupleExpr:
		p.errorAt(int(t.Start), int(t.End), "only single target (not tuple) can be annotated")
	case *ListExpr:
		p.errorAt(int(t.Start), int(t.End), "only single target (not list) can be annotated")
	default:
		sp := t.Span()
		p.errorAt(int(sp.Start), int(sp.End), "illegal target for annotation")
	}
	p.setCtx(target, Store)
	s.Annotation = p.parseExpr()
	if p.got(EQUAL) {
		if p.tok == YIELD {
			s.Value = p.parseYield()
		} else {
			s.Value = p.parseStarExprs()
		}
	}
	s.Loc = loc(start, p.prevEnd)
	return s
}

// isTypeAlias reports whether a statement starting with the NAME 'type' is
// a type alias: 'type' NAME followed by '=' or '['.
func (p *parser) isTypeAlias() bool {
	if p.src[p.pos:p.end] != "type" {
		return false
	}
	return p.peek(func(s *scanner) bool {
		s.next()
		if s.tok != NAME {
			return false
		}
		s.next()
		return s.tok == EQUAL || s.tok == LBRACK
	})
}

func (p *parser) parseTypeAlias() Stmt {
	start := p.pos
	p.next()
	p.file.Uses312 = true
	s := &TypeAliasStmt{Name: p.parseDefName()}
	if s.Name != nil {
		s.Name.Ctx = Store
	}
	if p.tok == LBRACK {
		s.TypeParams = p.parseTypeParams()
	}
	p.expect(EQUAL, "in type alias")
	s.Value = p.parseExpr()
	s.Loc = loc(start, p.prevEnd)
	return s
}

func (p *parser) parseImport() Stmt {
	start := p.pos
	p.next()
	s := &ImportStmt{}
	for {
		a := &Alias{}
		astart := p.pos
		if len(s.Names) == 0 && p.atStmtEnd() {
			p.errorHere("expected a module name after 'import'")
			break
		}
		a.Name = p.parseDottedName()
		if p.got(AS) {
			a.AsName = p.parseIdent()
		}
		a.Loc = loc(astart, p.prevEnd)
		s.Names = append(s.Names, a)
		if !p.got(COMMA) {
			break
		}
	}
	s.Loc = loc(start, p.prevEnd)
	return s
}

// parseDottedName parses 'a.b.c' and returns it with normalised names.
func (p *parser) parseDottedName() string {
	id := p.parseIdent()
	if id == nil {
		return ""
	}
	name := id.Name
	for p.tok == DOT {
		p.next()
		if id = p.parseIdent(); id == nil {
			break
		}
		name += "." + id.Name
	}
	return name
}

func (p *parser) parseFromImport() Stmt {
	start := p.pos
	p.next()
	s := &ImportFromStmt{}
	for p.tok == DOT || p.tok == ELLIPSIS {
		s.Level += p.end - p.pos
		p.next()
	}
	switch {
	case p.tok == IMPORT && s.Level == 0:
		p.errorHere("expected a module name after 'from'")
	case p.tok != IMPORT || s.Level == 0:
		s.Module = p.parseDottedName()
	}
	if !p.expect(IMPORT, "after the module name") {
		p.skipLine()
		s.Loc = loc(start, p.prevEnd)
		return s
	}
	if p.tok == STAR {
		s.Names = []*Alias{{Loc: loc(p.pos, p.end), Name: "*"}}
		p.next()
	} else {
		s.Parens = p.got(LPAREN)
		s.Names = p.parseImportNames(s.Parens)
		if s.Parens {
			p.expect(RPAREN, "after the imported names")
		}
	}
	s.Loc = loc(start, p.prevEnd)
	return s
}

func (p *parser) parseImportNames(parens bool) []*Alias {
	var names []*Alias
	for {
		astart := p.pos
		if len(names) == 0 && p.atStmtEnd() {
			p.errorHere("expected the names to import after 'import'")
			break
		}
		id := p.parseIdent()
		if id == nil {
			break
		}
		a := &Alias{Name: id.Name}
		if p.got(AS) {
			a.AsName = p.parseIdent()
		}
		a.Loc = loc(astart, p.prevEnd)
		names = append(names, a)
		if !p.got(COMMA) {
			break
		}
		if parens && p.tok == RPAREN {
			break
		}
		if !parens && p.atStmtEnd() {
			p.errorAt(p.prevEnd-1, p.prevEnd, "trailing comma not allowed without surrounding parentheses")
			break
		}
	}
	return names
}
