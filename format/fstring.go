package format

import (
	"strings"

	"github.com/monty-tools/monty-tools/syntax"
)

// fstringLiteral formats one f-string token: prefix and quotes are
// normalised and replacement-field expressions formatted on one line. Parts
// that cannot be handled safely (triple quotes, line breaks, comments,
// backslashes or quotes in fields) are kept as written. q forces the outer
// quote (0: choose).
func (f *formatter) fstringLiteral(p *syntax.StringPart, q byte) string {
	t := f.splitTok(p)
	src := f.str[p.Start:p.End]
	if t.quote == 0 {
		return src
	}
	keep := func() string {
		qs := string(t.quote)
		if t.triple {
			qs = strings.Repeat(qs, 3)
		}
		return t.prefix + qs + t.body + qs
	}
	if !t.triple && !strings.Contains(t.body, "\n") && f.fieldsUnsafe(p) && !fieldHasQuote(t.body) && !strings.Contains(t.body, "\\") {
		// Fields kept as written; only the outer quotes change.
		nq := q
		if nq == 0 {
			var lit strings.Builder
			for _, el := range p.Elems {
				if tx, ok := el.(*syntax.FStringText); ok {
					lit.WriteString(f.str[tx.Start:tx.End])
				}
			}
			nq = chooseQuote(lit.String(), t.quote, f.preferredQuote(), t.raw)
		}
		var b strings.Builder
		b.WriteString(t.prefix)
		b.WriteByte(nq)
		for _, el := range p.Elems {
			sp := el.Span()
			if tx, ok := el.(*syntax.FStringText); ok {
				b.WriteString(requote(f.str[tx.Start:tx.End], nq, t.raw, false))
			} else {
				b.WriteString(f.str[sp.Start:sp.End])
			}
		}
		b.WriteByte(nq)
		return b.String()
	}
	if t.triple || strings.Contains(t.body, "\n") || f.fieldsUnsafe(p) {
		if t.triple && !fieldHasQuote(t.body) {
			nq := normalizeTripleQuote(t, f.preferredQuote())
			qs := strings.Repeat(string(nq), 3)
			return t.prefix + qs + t.body + qs
		}
		return keep()
	}
	// Quotes are chosen from the literal text only.
	var lit strings.Builder
	for _, el := range p.Elems {
		if tx, ok := el.(*syntax.FStringText); ok {
			lit.WriteString(f.str[tx.Start:tx.End])
		}
	}
	if q == 0 {
		q = chooseQuote(lit.String(), t.quote, f.preferredQuote(), t.raw)
	}
	other := byte('\'')
	if q == '\'' {
		other = '"'
	}
	var b strings.Builder
	b.WriteString(t.prefix)
	b.WriteByte(q)
	for _, el := range p.Elems {
		switch el := el.(type) {
		case *syntax.FStringText:
			b.WriteString(requote(f.str[el.Start:el.End], q, t.raw, false))
		case *syntax.FStringField:
			s, ok := f.fieldText(el, other)
			if !ok {
				return keep()
			}
			b.WriteString(s)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// fieldsUnsafe reports replacement fields the formatter leaves alone.
func (f *formatter) fieldsUnsafe(p *syntax.StringPart) bool {
	for _, el := range p.Elems {
		fl, ok := el.(*syntax.FStringField)
		if !ok {
			continue
		}
		s := f.str[fl.Start:fl.End]
		if strings.ContainsAny(s, "\\\n") || fl.Debug != "" {
			return true
		}
		for _, c := range f.comments {
			if c.start >= int(fl.Start) && c.end <= int(fl.End) {
				return true
			}
		}
		for _, sp := range fl.Spec {
			if _, ok := sp.(*syntax.FStringField); ok {
				return true
			}
		}
	}
	return false
}

// fieldText formats '{expr!c:spec}' with nested strings using quote nq.
func (f *formatter) fieldText(fl *syntax.FStringField, nq byte) (string, bool) {
	saved := f.opt.QuoteStyle
	if nq == '\'' {
		f.opt.QuoteStyle = "single"
	} else {
		f.opt.QuoteStyle = "double"
	}
	d := f.withLevel(lvParen, 0, func() *Doc { return f.expr(fl.X, preserve) })
	f.opt.QuoteStyle = saved
	p := &printer{width: 1 << 30, indentWidth: int32(f.opt.IndentWidth)}
	out := string(p.print(f.group(d)))
	if strings.ContainsAny(out, "\n") || strings.IndexByte(out, nq^('\''^'"')) >= 0 {
		return "", false
	}
	var b strings.Builder
	b.WriteByte('{')
	if strings.HasPrefix(out, "{") {
		b.WriteByte(' ')
	}
	b.WriteString(out)
	// Conversion and spec as written, from the end of the expression.
	rest := f.str[fl.X.Span().End:fl.End]
	rest = strings.TrimLeft(rest, " \t")
	for strings.HasPrefix(rest, ")") {
		// Parentheses around the expression were printed by expr.
		rest = strings.TrimLeft(rest[1:], " \t")
	}
	if strings.HasPrefix(out, "{") && strings.HasPrefix(rest, "}") {
		b.WriteByte(' ')
	}
	b.WriteString(rest)
	return b.String(), true
}
