package format

import (
	"sort"
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
		b.Grow(len(src) + 4)
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
	if t.triple && !f.fieldsUnsafe(p) {
		if s, ok := f.tripleFString(p, t); ok {
			return s
		}
	}
	if t.triple || strings.Contains(t.body, "\n") || f.fieldsUnsafe(p) {
		if t.triple && !fieldHasQuote(t.body) {
			nq := normalizeTripleQuote(t, f.preferredQuote())
			qs := strings.Repeat(string(nq), 3)
			return t.prefix + qs + t.body + qs
		}
		return keep()
	}
	if q == 0 {
		// Quotes are chosen from the literal text only.
		q = chooseQuote(f.fstringText(p), t.quote, f.preferredQuote(), t.raw)
	}
	other := byte('\'')
	if q == '\'' {
		other = '"'
	}
	var b strings.Builder
	b.Grow(len(src) + 4)
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

// tripleFString formats a triple-quoted f-string whose fields are safe to
// format: the literal text keeps its lines (escapes normalised), the
// fields are formatted on one line with strings in the preferred quotes,
// which a triple-quoted string may contain, as ruff does. It reports
// false when that is impossible (preserved quotes, a field that would
// break, or text that would clash with the outer quotes).
func (f *formatter) tripleFString(p *syntax.StringPart, t strTok) (string, bool) {
	nq := f.preferredQuote()
	if nq == 0 {
		return "", false
	}
	oq := normalizeTripleQuote(t, nq)
	var b strings.Builder
	b.Grow(int(p.End-p.Start) + 8)
	b.WriteString(t.prefix)
	b.WriteString(tripleQuotes(oq))
	bodyStart := b.Len()
	for _, el := range p.Elems {
		switch el := el.(type) {
		case *syntax.FStringText:
			s := f.str[el.Start:el.End]
			if !t.raw {
				s = requoteTriple(s, false)
			}
			b.WriteString(s)
		case *syntax.FStringField:
			s, ok := f.fieldText(el, nq)
			if !ok {
				return "", false
			}
			b.WriteString(s)
		}
	}
	out := b.String()
	if body := out[bodyStart:]; strings.Contains(body, tripleQuotes(oq)) || strings.HasSuffix(body, string(oq)) {
		return "", false
	}
	return out + tripleQuotes(oq), true
}

func tripleQuotes(q byte) string {
	if q == '\'' {
		return "'''"
	}
	return `"""`
}

// fstringText is the source text of an f-string's literal pieces.
func (f *formatter) fstringText(p *syntax.StringPart) string {
	var lit strings.Builder
	for _, el := range p.Elems {
		if tx, ok := el.(*syntax.FStringText); ok {
			if lit.Len() == 0 {
				lit.Grow(int(p.End - p.Start))
			}
			lit.WriteString(f.str[tx.Start:tx.End])
		}
	}
	return lit.String()
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
		if f.commentWithin(int(fl.Start), int(fl.End)) {
			return true
		}
		for _, sp := range fl.Spec {
			// A field in the format spec is formatted like the others
			// (fieldRest), one level deep and without '='.
			if sf, ok := sp.(*syntax.FStringField); ok && (sf.Debug != "" || hasSpecField(sf)) {
				return true
			}
		}
	}
	return false
}

func hasSpecField(fl *syntax.FStringField) bool {
	for _, sp := range fl.Spec {
		if _, ok := sp.(*syntax.FStringField); ok {
			return true
		}
	}
	return false
}

// fieldText formats '{expr!c:spec}' with nested strings using quote nq.
func (f *formatter) fieldText(fl *syntax.FStringField, nq byte) (string, bool) {
	var out string
	if id, ok := fl.X.(*syntax.Ident); ok && !f.isParenthesized(id) && !f.hasComments(id) {
		out = f.str[id.Start:id.End] // what expr prints for a name, without a printer
	} else {
		out = f.fieldExpr(fl, nq)
	}
	if strings.ContainsAny(out, "\n") || strings.IndexByte(out, nq^('\''^'"')) >= 0 {
		return "", false
	}
	var b strings.Builder
	b.WriteByte('{')
	if strings.HasPrefix(out, "{") {
		b.WriteByte(' ')
	}
	b.WriteString(out)
	rest, ok := f.fieldRest(fl, nq)
	if !ok {
		return "", false
	}
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

// fieldRest is the source text after a field's expression: conversion
// and spec as written, except that fields in the spec are formatted.
func (f *formatter) fieldRest(fl *syntax.FStringField, nq byte) (string, bool) {
	from := int(fl.X.Span().End)
	if !hasSpecField(fl) {
		return f.str[from:fl.End], true
	}
	var b strings.Builder
	for _, sp := range fl.Spec {
		sf, ok := sp.(*syntax.FStringField)
		if !ok {
			continue
		}
		text, ok := f.fieldText(sf, nq)
		if !ok {
			return "", false
		}
		b.WriteString(f.str[from:sf.Start])
		b.WriteString(text)
		from = int(sf.End)
	}
	b.WriteString(f.str[from:fl.End])
	return b.String(), true
}

// fieldExpr prints a replacement field's expression on one line, with
// strings in it quoted with nq.
func (f *formatter) fieldExpr(fl *syntax.FStringField, nq byte) string {
	saved := f.opt.QuoteStyle
	if nq == '\'' {
		f.opt.QuoteStyle = "single"
	} else {
		f.opt.QuoteStyle = "double"
	}
	d := f.withLevel(lvParen, 0, func() *Doc { return f.expr(fl.X, preserve) })
	f.opt.QuoteStyle = saved
	p := &printer{width: 1 << 30, indentWidth: int32(f.opt.IndentWidth)}
	p.out = make([]byte, 0, 2*int(fl.End-fl.Start)+16)
	return string(p.print(f.group(d)))
}

// commentWithin reports a comment inside the byte range [start,end).
func (f *formatter) commentWithin(start, end int) bool {
	i := sort.Search(len(f.comments), func(i int) bool { return f.comments[i].start >= start })
	return i < len(f.comments) && f.comments[i].end <= end
}
