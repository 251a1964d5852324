package lsp

import (
	"context"
	"sort"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/profile"
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// Semantic tokens classify the names of a program by what the analyzer
// resolved them to, which a TextMate grammar cannot know: the externals
// the host provides (type "function" with modifier "external"), the
// inputs it passes ("variable" with "input" and "readonly"), builtins
// ("defaultLibrary"), parameters, modules, functions and classes of the
// program ("declaration" where they are bound). Keywords, strings and
// numbers are included so that the first token of a construct the
// profile rejects can carry the modifier "unsupported" (taken from the
// analyzer's diagnostics with Rejects set; syntax errors are not
// constructs). Operators and comments are left to the grammar.
//
// Tokens never overlap: an f-string's text is split around its
// replacement fields, whose expressions are tokens of their own, and a
// token that spans lines (a triple-quoted string) is sent as one token
// per line, since clients need not support multi-line tokens. Keywords
// are not nodes of the tree, so they are found in the text between the
// other tokens, outside comments.

// Token types, in the legend's order.
const (
	tokNamespace = iota
	tokClass
	tokFunction
	tokParameter
	tokVariable
	tokProperty
	tokKeyword
	tokString
	tokNumber
)

// Token modifiers, as bits in the legend's order.
const (
	modDeclaration = 1 << iota
	modReadonly
	modDefaultLibrary
	modExternal
	modInput
	modUnsupported
)

// tokenLegend returns the legend the server advertises; "external",
// "input" and "unsupported" are the server's own modifiers.
func tokenLegend() protocol.SemanticTokensLegend {
	return protocol.SemanticTokensLegend{
		TokenTypes: []protocol.SemanticTokenTypes{
			protocol.SemanticTokenNamespace, protocol.SemanticTokenClass, protocol.SemanticTokenFunction,
			protocol.SemanticTokenParameter, protocol.SemanticTokenVariable, protocol.SemanticTokenProperty,
			protocol.SemanticTokenKeyword, protocol.SemanticTokenString, protocol.SemanticTokenNumber,
		},
		TokenModifiers: []protocol.SemanticTokenModifiers{
			protocol.SemanticTokenModifierDeclaration, protocol.SemanticTokenModifierReadonly,
			protocol.SemanticTokenModifierDefaultLibrary, "external", "input", "unsupported",
		},
	}
}

// SemanticTokensFull returns the tokens of a whole document.
func (s *server) SemanticTokensFull(_ context.Context, p *protocol.SemanticTokensParams) (*protocol.SemanticTokens, error) {
	snap, err := s.snapshotOf(p.TextDocument.URI)
	if err != nil || !snap.Analyzable() {
		return nil, err
	}
	all := source.Span{Start: 0, End: source.Offset(len(snap.Content))}
	return &protocol.SemanticTokens{Data: encodeTokens(snap.Mapper(), semanticTokens(snap), all)}, nil
}

// SemanticTokensRange returns the tokens that overlap a range.
func (s *server) SemanticTokensRange(_ context.Context, p *protocol.SemanticTokensRangeParams) (*protocol.SemanticTokens, error) {
	snap, err := s.snapshotOf(p.TextDocument.URI)
	if err != nil || !snap.Analyzable() {
		return nil, err
	}
	m := snap.Mapper()
	return &protocol.SemanticTokens{Data: encodeTokens(m, semanticTokens(snap), fromRange(m, p.Range))}, nil
}

// semToken is one token before encoding.
type semToken struct {
	span source.Span
	typ  int
	mods int
}

// tokenBuilder collects the tokens of a file.
type tokenBuilder struct {
	src     []byte
	res     *analysis.Result
	prof    *profile.Profile
	attrs   map[*syntax.Ident]bool // attribute names of x.attr
	kwnames map[*syntax.Ident]bool // keyword argument names
	toks    []semToken
}

// semanticTokens returns the tokens of a snapshot, sorted and disjoint.
func semanticTokens(snap *snapshot) []semToken {
	f, res := snap.Resolved()
	b := &tokenBuilder{src: snap.Content, res: res, prof: snap.Project().proj.Profile,
		attrs: map[*syntax.Ident]bool{}, kwnames: map[*syntax.Ident]bool{}}
	syntax.Inspect(f, b.visit)
	b.keywords(f.Comments)
	b.markUnsupported(res.Diagnostics)
	return b.toks
}

// add records a token; empty spans are dropped.
func (b *tokenBuilder) add(sp source.Span, typ, mods int) {
	if sp.Start < sp.End && int(sp.End) <= len(b.src) {
		b.toks = append(b.toks, semToken{span: sp, typ: typ, mods: mods})
	}
}

// visit is the syntax.Inspect callback that collects the tokens of
// nodes.
func (b *tokenBuilder) visit(n syntax.Node) bool {
	switch n := n.(type) {
	case *syntax.Ident:
		typ, mods := b.classify(n)
		b.add(n.Span(), typ, mods)
	case *syntax.AttrExpr:
		b.attrs[n.Name] = true
	case *syntax.Keyword:
		b.kwnames[n.Name] = true
	case *syntax.NumberLit:
		b.add(n.Span(), tokNumber, 0)
	case *syntax.ConstLit:
		if n.Kind != syntax.EllipsisConst {
			b.add(n.Span(), tokKeyword, 0)
		}
	case *syntax.StringPart:
		b.stringPart(n)
	case *syntax.ImportStmt:
		for _, a := range n.Names {
			b.moduleName(a.Start, a.Name)
		}
	case *syntax.ImportFromStmt:
		b.fromModule(n)
	}
	return true
}

// classify returns the type and modifiers of an identifier.
func (b *tokenBuilder) classify(id *syntax.Ident) (int, int) {
	switch {
	case b.attrs[id]:
		return tokProperty, 0
	case b.kwnames[id]:
		return tokParameter, 0
	}
	r, resolved := b.res.Refs[id]
	if !resolved && b.prof.HasBuiltin(id.Name) {
		r.Kind = analysis.Builtin // in an annotation, which is not resolved
	}
	switch r.Kind {
	case analysis.External:
		return tokFunction, modExternal
	case analysis.Input:
		return tokVariable, modInput | modReadonly
	case analysis.Builtin:
		if _, exc := b.prof.Exceptions[id.Name]; exc || builtinTypes[id.Name] {
			return tokClass, modDefaultLibrary
		}
		return tokFunction, modDefaultLibrary
	}
	if r.Binding == nil {
		return tokVariable, 0
	}
	mods := 0
	if r.Binding.Def == id.Span() {
		mods = modDeclaration
	}
	return bindingType(r.Binding), mods
}

// bindingType returns the token type of a name the program binds.
func bindingType(bd *analysis.Binding) int {
	switch bd.Node.(type) {
	case *syntax.FuncDef:
		return tokFunction
	case *syntax.ClassDef:
		return tokClass
	case *syntax.ImportStmt:
		return tokNamespace
	}
	if bd.Param {
		return tokParameter
	}
	return tokVariable
}

// stringPart adds a string literal, around the replacement fields of an
// f-string.
func (b *tokenBuilder) stringPart(part *syntax.StringPart) {
	start := part.Start
	for _, el := range part.Elems {
		if field, ok := el.(*syntax.FStringField); ok {
			b.add(source.Span{Start: start, End: field.Start}, tokString, 0)
			start = field.End
		}
	}
	b.add(source.Span{Start: start, End: part.End}, tokString, 0)
}

// moduleName adds the dotted module name written at off.
func (b *tokenBuilder) moduleName(off source.Offset, name string) {
	end := off + source.Offset(len(name))
	if name != "" && name != "*" && int(end) <= len(b.src) && string(b.src[off:end]) == name {
		b.add(source.Span{Start: off, End: end}, tokNamespace, 0)
	}
}

// fromModule adds the module of "from module import ...".
func (b *tokenBuilder) fromModule(n *syntax.ImportFromStmt) {
	i := int(n.Start) + len("from")
	for i < int(n.End) && (b.src[i] == ' ' || b.src[i] == '\t' || b.src[i] == '\\' || b.src[i] == '\n' || b.src[i] == '\r') {
		i++
	}
	for i < int(n.End) && b.src[i] == '.' {
		i++
	}
	b.moduleName(source.Offset(i), n.Module)
}

// keywords adds the keywords, found between the other tokens outside
// comments, and sorts the tokens.
func (b *tokenBuilder) keywords(comments []syntax.Comment) {
	taken := make([]source.Span, 0, len(b.toks)+len(comments))
	for _, t := range b.toks {
		taken = append(taken, t.span)
	}
	for _, c := range comments {
		taken = append(taken, c.Span())
	}
	sort.Slice(taken, func(i, j int) bool { return taken[i].Start < taken[j].Start })
	pos := source.Offset(0)
	for _, sp := range append(taken, source.Span{Start: source.Offset(len(b.src)), End: source.Offset(len(b.src))}) {
		if sp.Start > pos {
			b.gapKeywords(pos, sp.Start)
		}
		pos = max(pos, sp.End)
	}
	sort.SliceStable(b.toks, func(i, j int) bool { return b.toks[i].span.Start < b.toks[j].span.Start })
	b.toks = disjoint(b.toks)
}

// gapKeywords adds the keywords among the words of src[from:to].
func (b *tokenBuilder) gapKeywords(from, to source.Offset) {
	for i := from; i < to; {
		if !isIdentByte(b.src[i]) && b.src[i] < 0x80 {
			i++
			continue
		}
		j := i
		for j < to && (isIdentByte(b.src[j]) || b.src[j] >= 0x80) {
			j++
		}
		if word := string(b.src[i:j]); keywordWords[word] {
			b.add(source.Span{Start: i, End: j}, tokKeyword, 0)
		}
		i = j
	}
}

// keywordWords are the hard keywords and the soft keywords that start
// statements; a word between tokens is never a name, so a soft keyword
// there is one.
var keywordWords = func() map[string]bool {
	m := map[string]bool{"match": true, "case": true, "type": true}
	for t := syntax.FALSE; t <= syntax.YIELD; t++ {
		m[t.String()] = true
	}
	return m
}()

// disjoint drops the tokens that overlap an earlier one.
func disjoint(toks []semToken) []semToken {
	out := toks[:0]
	end := source.Offset(0)
	for _, t := range toks {
		if t.span.Start >= end {
			out = append(out, t)
			end = t.span.End
		}
	}
	return out
}

// markUnsupported sets the modifier "unsupported" on the first token of
// each construct the profile rejects.
func (b *tokenBuilder) markUnsupported(diags []analysis.Diagnostic) {
	for _, d := range diags {
		if !d.Rejects || d.Code == "M001" {
			continue
		}
		end := max(d.Span.End, d.Span.Start+1)
		i := sort.Search(len(b.toks), func(i int) bool { return b.toks[i].span.End > d.Span.Start })
		if i < len(b.toks) && b.toks[i].span.Start < end {
			b.toks[i].mods |= modUnsupported
		}
	}
}

// encodeTokens encodes the tokens that overlap span as the protocol's
// relative integers, one token per line of a multi-line token, with
// UTF-16 positions and lengths.
func encodeTokens(m *source.Mapper, toks []semToken, span source.Span) []uint32 {
	lines := m.Lines()
	data := []uint32{}
	var prevLine, prevChar uint32
	for _, t := range toks {
		if t.span.End <= span.Start || t.span.Start >= span.End {
			continue
		}
		for l := lines.LineOf(t.span.Start); l <= lines.LineOf(t.span.End); l++ {
			ls := lines.LineSpan(l)
			piece := source.Span{Start: max(t.span.Start, ls.Start), End: min(t.span.End, ls.End)}
			if piece.Start >= piece.End {
				continue
			}
			r := m.Range(piece)
			delta := r.Start.Character
			if r.Start.Line == prevLine {
				delta -= prevChar
			}
			data = append(data, r.Start.Line-prevLine, delta, r.End.Character-r.Start.Character, uint32(t.typ), uint32(t.mods))
			prevLine, prevChar = r.Start.Line, r.Start.Character
		}
	}
	return data
}
