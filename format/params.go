package format

import (
	"strings"

	"github.com/monty-tools/monty-tools/syntax"
)

// paramEntry is one entry of a parameter list: a parameter or a '/' or
// '*' separator (n nil).
type paramEntry struct {
	n   syntax.Node
	doc *Doc
	end int
}

func (f *formatter) param(p *syntax.Param, prefix string) *Doc {
	parts := []*Doc{f.text(prefix), f.text(p.Name.Name)}
	if p.Annotation != nil {
		parts = append(parts, f.text(": "), f.expr(p.Annotation, preserve))
	}
	if p.Default != nil {
		if p.Annotation != nil {
			parts = append(parts, f.text(" = "))
		} else {
			parts = append(parts, f.text("="))
		}
		parts = append(parts, f.exprNoTrail(p.Default))
	}
	return f.concat(parts...)
}

// tokenAfter returns the offset just after the next occurrence of the
// byte b at or after p (skipping trivia and commas).
func (f *formatter) tokenAfter(p int, b byte) int {
	q := f.nextTokenStart(p)
	for q < len(f.src) && f.src[q] != b {
		q = f.nextTokenStart(q + 1)
	}
	return q + 1
}

func (f *formatter) paramEntries(ps *syntax.Params) []paramEntry {
	var out []paramEntry
	add := func(p *syntax.Param, prefix string) {
		// A Param's span is its name; the entry ends after the default.
		end := int(p.End)
		if p.Annotation != nil && int(p.Annotation.Span().End) > end {
			end = int(p.Annotation.Span().End)
		}
		if p.Default != nil && int(p.Default.Span().End) > end {
			end = int(p.Default.Span().End)
		}
		for q := f.nextTokenStart(end); q < len(f.src) && f.src[q] == ')'; q = f.nextTokenStart(q + 1) {
			end = q + 1 // parentheses around the default
		}
		out = append(out, paramEntry{p, f.param(p, prefix), end})
	}
	for _, p := range ps.PosOnly {
		add(p, "")
	}
	if len(ps.PosOnly) > 0 {
		end := f.tokenAfter(int(ps.PosOnly[len(ps.PosOnly)-1].End), '/')
		out = append(out, paramEntry{nil, f.text("/"), end})
	}
	for _, p := range ps.Args {
		add(p, "")
	}
	if ps.Vararg != nil {
		add(ps.Vararg, "*")
	} else if ps.Star || len(ps.KwOnly) > 0 {
		start := int(ps.Start)
		if n := len(out); n > 0 {
			start = out[n-1].end
		}
		end := f.tokenAfter(start, '*')
		out = append(out, paramEntry{nil, f.text("*"), end})
	}
	for _, p := range ps.KwOnly {
		add(p, "")
	}
	if ps.Kwarg != nil {
		add(ps.Kwarg, "**")
	}
	return out
}

// params formats a def's parameter list with its parentheses.
func (f *formatter) params(ps *syntax.Params, def *syntax.FuncDef) *Doc {
	if ps == nil || paramCount(ps) == 0 {
		var dang []*comment
		if ps != nil {
			dang = f.danglingOf(ps)
		}
		return f.emptyParenthesized("(", dang, ")")
	}
	entries := f.paramEntries(ps)
	last := entries[len(entries)-1].end
	close := f.nextTokenStart(last)
	if close < len(f.src) && f.src[close] == ',' {
		close = f.nextTokenStart(close + 1)
	}
	build := f.parenthesized
	if len(f.danglingOf(ps)) == 0 && f.lv != lvExpr {
		// The parentheses break with the whole signature (Black's
		// left-hand split), before the return annotation does.
		build = func(open string, fn func() *Doc, close string, _ []*comment) *Doc {
			return f.concat(f.text(open), f.softBlockIndent(f.withLevel(lvParen, 0, fn)), f.text(close))
		}
	}
	return build("(", func() *Doc {
		items := make([]*Doc, len(entries))
		nodes := make([]syntax.Node, len(entries))
		for i, e := range entries {
			items[i] = e.doc
			nodes[i] = e.n
			if e.n != nil {
				items[i] = f.withLeading(e.n, e.doc)
			}
		}
		j := f.joinCommaEnds(items, nodes, entries[len(entries)-1].end, close+1)
		if len(items) == 1 {
			// Black adds a trailing comma when it splits a lone parameter.
			return j
		}
		return f.group(j)
	}, ")", f.danglingOf(ps))
}

// joinCommaEnds is joinComma where nodes may be nil (separators) and the
// last entry ends at lastEnd.
func (f *formatter) joinCommaEnds(items []*Doc, nodes []syntax.Node, lastEnd, end int) *Doc {
	parts := make([]*Doc, 0, 4*len(items))
	n := len(items) - 1
	for i, it := range items {
		parts = append(parts, it)
		var own []*comment
		if nodes[i] != nil {
			for _, c := range f.trailingOf(nodes[i]) {
				if c.ownLine {
					own = append(own, c)
				} else {
					parts = append(parts, f.trailingEOL(c))
				}
			}
		}
		if i < n {
			parts = append(parts, f.text(","), f.ownLineTrail(own), softLineOrSpace)
			continue
		}
		magic := f.magicTrailingComma(lastEnd, end) || f.opt.SkipMagicTrailingComma == false && f.src[f.prevTokenStart(end-1)] == ',' && f.prevTokenStart(end-1) >= lastEnd
		parts = append(parts, f.ifBreaks(0, f.text(",")))
		if magic {
			parts = append(parts, expandParent)
		}
		parts = append(parts, f.ownLineTrail(own))
	}
	return f.concat(parts...)
}

func (f *formatter) lambdaParams(ps *syntax.Params) *Doc {
	entries := f.paramEntries(ps)
	parts := []*Doc{}
	for i, e := range entries {
		if i > 0 {
			parts = append(parts, f.text(", "))
		}
		parts = append(parts, e.doc)
	}
	return f.concat(parts...)
}

func (f *formatter) typeParamsAt(tps []*syntax.TypeParam) *Doc {
	end := f.tokenAfter(int(tps[len(tps)-1].End), ']') - 1
	return f.parenthesized("[", func() *Doc {
		items := make([]*Doc, len(tps))
		nodes := make([]syntax.Node, len(tps))
		for i, tp := range tps {
			pre := ""
			switch tp.Kind {
			case syntax.ParamSpec:
				pre = "**"
			case syntax.TypeVarTuple:
				pre = "*"
			}
			d := f.concat(f.text(pre), f.text(tp.Name.Name))
			if tp.Bound != nil {
				d = f.concat(d, f.text(": "), f.expr(tp.Bound, preserve))
			}
			items[i] = d
			nodes[i] = tp
		}
		return f.joinComma(items, nodes, end, true)
	}, "]", nil)
}

// ---- patterns ----

func (f *formatter) pattern(p syntax.Pattern, top bool) *Doc {
	if f.isParenthesized(p) {
		if _, ok := p.(*syntax.OrPattern); ok && top {
			return f.patternInner(p, true)
		}
		return f.parenthesized("(", func() *Doc { return f.patternInner(p, false) }, ")", nil)
	}
	return f.patternInner(p, top)
}

func (f *formatter) patternInner(p syntax.Pattern, top bool) *Doc {
	switch p := p.(type) {
	case *syntax.ValuePattern:
		return f.expr(p.Value, preserve)
	case *syntax.SingletonPattern:
		return f.text([...]string{"None", "True", "False", "..."}[p.Kind])
	case *syntax.StarPattern:
		if p.Name == nil {
			return f.text("*_")
		}
		return f.text("*" + p.Name.Name)
	case *syntax.AsPattern:
		if p.Pattern == nil {
			if p.Name == nil {
				return f.text("_")
			}
			return f.text(p.Name.Name)
		}
		return f.concat(f.pattern(p.Pattern, false), f.text(" as "), f.text(p.Name.Name))
	case *syntax.OrPattern:
		build := func() []*Doc {
			parts := []*Doc{}
			for i, q := range p.Patterns {
				if i > 0 {
					parts = append(parts, f.inParensSoftLineOrSpace(), f.text("| "))
				}
				parts = append(parts, f.pattern(q, false))
			}
			return parts
		}
		if top {
			return f.parenIfExpandsFn(func() *Doc { return f.concat(build()...) })
		}
		return f.inParensGroup(build()...)
	case *syntax.SequencePattern:
		open := f.src[p.Start]
		end := int(p.End)
		items := make([]*Doc, len(p.Patterns))
		nodes := make([]syntax.Node, len(p.Patterns))
		for i, q := range p.Patterns {
			items[i] = f.pattern(q, false)
			nodes[i] = q
		}
		switch open {
		case '[':
			if len(items) == 0 {
				return f.text("[]")
			}
			return f.parenthesized("[", func() *Doc { return f.joinComma(items, nodes, end-1, true) }, "]", nil)
		case '(':
			if len(items) == 0 {
				return f.text("()")
			}
			if len(items) == 1 {
				return f.parenthesized("(", func() *Doc { return f.concat(items[0], f.text(",")) }, ")", nil)
			}
			return f.parenthesized("(", func() *Doc { return f.joinComma(items, nodes, end-1, true) }, ")", nil)
		}
		if len(items) == 1 {
			return f.concat(items[0], f.text(","))
		}
		return f.parenIfExpandsFn(func() *Doc { return f.joinComma(items, nodes, end, true) })
	case *syntax.MappingPattern:
		n := len(p.Keys)
		if n == 0 && p.Rest == nil {
			return f.text("{}")
		}
		items := []*Doc{}
		nodes := []syntax.Node{}
		for i := range p.Keys {
			items = append(items, f.concat(f.expr(p.Keys[i], preserve), f.text(": "), f.pattern(p.Patterns[i], false)))
			nodes = append(nodes, p.Patterns[i])
		}
		if p.Rest != nil {
			items = append(items, f.text("**"+p.Rest.Name))
			nodes = append(nodes, p.Rest)
		}
		return f.parenthesized("{", func() *Doc { return f.joinComma(items, nodes, int(p.End)-1, true) }, "}", nil)
	case *syntax.ClassPattern:
		items := []*Doc{}
		nodes := []syntax.Node{}
		open := f.nextTokenStart(int(p.Cls.Span().End))
		for _, q := range p.Patterns {
			if pp := f.prevTokenStart(int(q.Span().Start)); pp == open {
				items = append(items, f.patternInner(q, false))
			} else {
				items = append(items, f.pattern(q, false))
			}
			nodes = append(nodes, q)
		}
		for i, k := range p.KwdAttrs {
			items = append(items, f.concat(f.text(k.Name), f.text("="), f.pattern(p.KwdPatterns[i], false)))
			nodes = append(nodes, p.KwdPatterns[i])
		}
		cls := f.expr(p.Cls, preserve)
		if len(items) == 0 {
			return f.concat(cls, f.text("()"))
		}
		return f.concat(cls, f.parenthesized("(", func() *Doc { return f.group(f.joinComma(items, nodes, int(p.End)-1, true)) }, ")", nil))
	}
	sp := p.Span()
	return f.text(f.str[sp.Start:sp.End])
}

// ---- docstrings ----

// docstringStmt formats a docstring statement, if s is one.
func (f *formatter) docstringStmt(s *syntax.ExprStmt) (*Doc, bool) {
	if f.docStmt != syntax.Stmt(s) {
		return nil, false
	}
	str, ok := s.X.(*syntax.StringExpr)
	if !ok || len(str.Parts) != 1 || f.isParenthesized(str) || f.hasComments(str) {
		return nil, false
	}
	t := f.splitTok(str.Parts[0])
	if t.quote == 0 {
		return nil, false
	}
	body := t.body
	if strings.Contains(body, "\\\n") {
		return nil, false
	}
	q := t.quote
	pref := f.preferredQuote()
	if pref != 0 {
		pref = '"'
	}
	if t.triple {
		q = normalizeTripleQuote(t, pref)
	} else {
		q = chooseQuote(body, t.quote, pref, t.raw)
		body = requote(body, q, t.raw, false)
	}
	if t.triple && !t.raw {
		body = requoteTriple(body, false)
	}
	qs := string(q)
	if t.triple {
		qs = strings.Repeat(qs, 3)
	}
	body = strings.ReplaceAll(body, "\r\n", "\n")
	lines := strings.Split(body, "\n")
	parts := []*Doc{f.text(t.prefix + qs)}
	first := strings.TrimRight(lines[0], " \t\f\v")
	firstTrim := strings.TrimLeft(first, " \t\f\v")
	if strings.HasPrefix(firstTrim, string(q)) {
		parts = append(parts, space)
	}
	if firstTrim != "" {
		parts = append(parts, f.text(firstTrim))
	}
	rest := body[len(lines[0]):]
	if strings.TrimSpace(rest) == "" {
		if needsChaperone(first, q) || first == "" && body != "" {
			parts = append(parts, space)
		}
		parts = append(parts, f.text(qs))
		return f.concat(parts...), true
	}
	// Common indentation of the other non-blank lines.
	minIndent := -1
	for _, l := range lines[1:] {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if w := indentWidth(l); minIndent < 0 || w < minIndent {
			minIndent = w
		}
	}
	last := len(lines) - 1
	for i, l := range lines[1:] {
		parts = append(parts, literalLine)
		l = strings.TrimRight(l, " \t\f\v")
		if strings.TrimSpace(l) == "" {
			if i+1 == last {
				parts = append(parts, f.text(qs))
				return f.concat(parts...), true
			}
			continue
		}
		w := indentWidth(l)
		content := strings.TrimLeft(l, " \t\f")
		rel := w - minIndent
		if rel > 0 {
			content = strings.Repeat(" ", rel) + content
		}
		if i+1 == last {
			if needsChaperone(content, q) {
				content += " "
			}
			parts = append(parts, f.text(content+qs))
			return f.concat(parts...), true
		}
		parts = append(parts, f.text(content))
	}
	parts = append(parts, f.text(qs))
	return f.concat(parts...), true
}

func needsChaperone(s string, q byte) bool {
	end := len(s)
	if strings.HasSuffix(s, string(q)) {
		end--
	}
	n := 0
	for i := end - 1; i >= 0 && s[i] == '\\'; i-- {
		n++
	}
	if end < len(s) {
		// A final quote needs a space unless it is escaped.
		return n%2 == 0
	}
	return n%2 == 1
}

// indentWidth is the column of the first non-blank character (tabs to multiples of 8).
func indentWidth(l string) int {
	w := 0
	for _, c := range l {
		switch c {
		case ' ':
			w++
		case '\t':
			w = (w/8 + 1) * 8
		case '\f':
		default:
			return w
		}
	}
	return w
}
