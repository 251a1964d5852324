package lsp

import (
	"context"
	"regexp"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/stubs"
	"github.com/monty-tools/monty-tools/syntax"
)

// SignatureHelp shows the signature of the call whose parentheses hold
// the position, with the parameter being typed: the argument's keyword
// when it has one, else its position (the commas before it). Externals
// get their stub signature (every overload) and functions the program
// defines their header; the call is read from the text before the
// position (see cursor.go), so an unfinished call works.
func (s *server) SignatureHelp(_ context.Context, p *protocol.SignatureHelpParams) (*signatureHelp, error) {
	snap, err := s.snapshotOf(p.TextDocument.URI)
	if err != nil || !snap.Analyzable() {
		return nil, err
	}
	ns, c := s.completionNames(snap, offsetAt(snap.Mapper(), p.Position))
	call, ok := c.call(snap.Content)
	if !ok {
		return nil, nil
	}
	sigs := signaturesOf(snap, call, ns)
	if len(sigs) == 0 {
		return nil, nil
	}
	return toSignatureHelp(sigs, call, labelOffsetSupport(s.clientCaps())), nil
}

// signatureHelp is the protocol's SignatureHelp with parameter labels
// that may be offsets, which go.lsp.dev/protocol cannot express.
type signatureHelp struct {
	Signatures      []signatureInformation `json:"signatures"`
	ActiveSignature uint32                 `json:"activeSignature"`
	ActiveParameter uint32                 `json:"activeParameter"`
}

// signatureInformation is one signature of a signatureHelp.
type signatureInformation struct {
	Label         string                  `json:"label"`
	Documentation *protocol.MarkupContent `json:"documentation,omitempty"`
	Parameters    []parameterInformation  `json:"parameters"`
}

// parameterInformation is one parameter: its label is a substring of the
// signature's label or, when the client supports it, its [start, end)
// offsets in UTF-16 code units, which cannot be ambiguous.
type parameterInformation struct {
	Label any `json:"label"`
}

// callSite is the call being typed at a cursor.
type callSite struct {
	callee  string // the dotted name before the parenthesis
	arg     int    // index of the argument being typed
	keyword string // its keyword, when "name=" was typed
}

var (
	keywordArgRe = regexp.MustCompile(`^\s*([\pL_][\pL\pN_]*)\s*=(?:[^=]|$)`)
	defHeaderRe  = regexp.MustCompile(`(?:^|[^\w.])(?:def|class)\s+$`)
)

// call returns the call whose parentheses hold the cursor: the innermost
// open parenthesis that follows a name (not a keyword, and not the name
// of a def or class being written).
func (c *cursor) call(src []byte) (callSite, bool) {
	for i := len(c.open) - 1; i >= 0; i-- {
		b := c.open[i]
		if b.char != '(' {
			continue
		}
		end := b.pos
		for end > 0 && (src[end-1] == ' ' || src[end-1] == '\t') {
			end--
		}
		name := dottedNameBefore(src, end)
		head := string(src[max(0, int(end)-len(name)-16) : int(end)-len(name)])
		if name == "" || isKeyword(name) || defHeaderRe.MatchString(head) {
			return callSite{}, false
		}
		site := callSite{callee: name, arg: b.commas}
		if m := keywordArgRe.FindSubmatch(src[b.argStart:c.off]); m != nil {
			site.keyword = string(m[1])
		}
		return site, true
	}
	return callSite{}, false
}

// isKeyword reports whether a word is a hard keyword ("if (x)" is not a
// call).
func isKeyword(word string) bool {
	for t := syntax.FALSE; t <= syntax.YIELD; t++ {
		if t.String() == word {
			return true
		}
	}
	return false
}

// signature is a callable's signature, with its parameters as the stubs
// package describes them.
type signature struct {
	prefix string // "def name(" or "async def name("
	suffix string // ")" and the return annotation
	doc    string
	params []stubs.Param
}

// signaturesOf returns the signatures of a call's callee in snap: a
// function the program defines that is visible at the cursor (from ns,
// as for completion: the last analysed version while the current one is
// not), or else an external (one signature per overload). Other callees
// have none.
func signaturesOf(snap *snapshot, call callSite, ns nameSource) []signature {
	if strings.Contains(call.callee, ".") {
		return nil // module functions have no signatures in the profile
	}
	for _, n := range ns.visible(func(name string) bool { return name == call.callee }) {
		if fd, ok := n.node.(*syntax.FuncDef); ok {
			return []signature{defSignature(ns.snap.Content, fd)}
		}
		return nil // a variable or class of the program hides any external
	}
	fn := snap.Project().proj.Decls.Funcs[call.callee]
	if fn == nil {
		return nil
	}
	variants := fn.Overloads
	if len(variants) == 0 {
		variants = []*stubs.Func{fn}
	}
	out := make([]signature, 0, len(variants))
	for _, v := range variants {
		out = append(out, externalSignature(v, fn.Doc))
	}
	return out
}

// externalSignature is the signature of an external (or of one of its
// overloads, with the function's docstring).
func externalSignature(fn *stubs.Func, doc string) signature {
	sg := signature{prefix: "def " + fn.Name + "(", suffix: ")", doc: doc, params: fn.Params}
	if fn.Async {
		sg.prefix = "async " + sg.prefix
	}
	if fn.Returns != "" {
		sg.suffix += " -> " + fn.Returns
	}
	return sg
}

// defSignature is the signature of a def of the program.
func defSignature(src []byte, fd *syntax.FuncDef) signature {
	sg := signature{prefix: "def " + fd.Name.Name + "(", suffix: ")", doc: stubs.Docstring(fd.Body), params: defParams(src, fd.Params)}
	if fd.Async {
		sg.prefix = "async " + sg.prefix
	}
	if fd.Returns != nil {
		sg.suffix += " -> " + spanText(src, fd.Returns.Span())
	}
	return sg
}

// defParams describes the parameters of a def as the stubs package does.
func defParams(src []byte, ps *syntax.Params) []stubs.Param {
	if ps == nil {
		return nil
	}
	var out []stubs.Param
	add := func(p *syntax.Param, kind stubs.ParamKind) {
		if p == nil || p.Name == nil {
			return
		}
		sp := stubs.Param{Name: p.Name.Name, Kind: kind}
		if p.Annotation != nil {
			sp.Type = spanText(src, p.Annotation.Span())
		}
		if p.Default != nil {
			sp.Default, sp.HasDefault = spanText(src, p.Default.Span()), true
		}
		out = append(out, sp)
	}
	for _, p := range ps.PosOnly {
		add(p, stubs.PosOnly)
	}
	for _, p := range ps.Args {
		add(p, stubs.PosOrKw)
	}
	add(ps.Vararg, stubs.VarPos)
	for _, p := range ps.KwOnly {
		add(p, stubs.KwOnly)
	}
	add(ps.Kwarg, stubs.VarKw)
	return out
}

// spanText returns the source text of a span, with its whitespace runs
// collapsed to single spaces.
func spanText(src []byte, sp source.Span) string {
	if sp.Start < 0 || int(sp.End) > len(src) || sp.Start > sp.End {
		return ""
	}
	return strings.Join(strings.Fields(string(src[sp.Start:sp.End])), " ")
}

// label renders a signature, with the "/" and "*" markers of Python's
// syntax, and returns the byte spans of its parameters in the label.
func (sg signature) label() (string, []source.Span) {
	var b strings.Builder
	b.WriteString(sg.prefix)
	sep := func() {
		if b.Len() > len(sg.prefix) {
			b.WriteString(", ")
		}
	}
	spans := make([]source.Span, len(sg.params))
	for i, p := range sg.params {
		if p.Kind == stubs.KwOnly && (i == 0 || sg.params[i-1].Kind < stubs.VarPos) {
			sep()
			b.WriteString("*")
		}
		sep()
		start := b.Len()
		b.WriteString(p.String())
		spans[i] = source.Span{Start: source.Offset(start), End: source.Offset(b.Len())}
		if p.Kind == stubs.PosOnly && (i+1 == len(sg.params) || sg.params[i+1].Kind != stubs.PosOnly) {
			sep()
			b.WriteString("/")
		}
	}
	b.WriteString(sg.suffix)
	return b.String(), spans
}

// activeParam returns the index of the parameter an argument binds to,
// or -1: a keyword argument binds to the parameter of that name (or to
// **kwargs), the i-th positional one to the i-th positional parameter
// (or to *args).
func activeParam(params []stubs.Param, call callSite) int {
	if call.keyword != "" {
		kw := -1
		for i, p := range params {
			switch {
			case p.Name == call.keyword && (p.Kind == stubs.PosOrKw || p.Kind == stubs.KwOnly):
				return i
			case p.Kind == stubs.VarKw:
				kw = i
			}
		}
		return kw
	}
	n := 0
	for i, p := range params {
		switch p.Kind {
		case stubs.PosOnly, stubs.PosOrKw:
			if n == call.arg {
				return i
			}
			n++
		case stubs.VarPos:
			return i
		}
	}
	return -1
}

// toSignatureHelp converts signatures. The active signature is the first
// that has a parameter for the argument being typed; when none has, the
// active parameter is past the end, which highlights none.
func toSignatureHelp(sigs []signature, call callSite, offsets bool) *signatureHelp {
	h := &signatureHelp{ActiveParameter: uint32(len(sigs[0].params))}
	found := false
	for i, sg := range sigs {
		label, spans := sg.label()
		info := signatureInformation{Label: label, Parameters: []parameterInformation{}}
		if sg.doc != "" {
			info.Documentation = &protocol.MarkupContent{Kind: protocol.Markdown, Value: sg.doc}
		}
		m := source.NewMapper([]byte(label))
		for _, sp := range spans {
			var pl any = label[sp.Start:sp.End]
			if offsets {
				pl = [2]uint32{m.Position(sp.Start).Character, m.Position(sp.End).Character}
			}
			info.Parameters = append(info.Parameters, parameterInformation{Label: pl})
		}
		h.Signatures = append(h.Signatures, info)
		if a := activeParam(sg.params, call); a >= 0 && !found {
			found, h.ActiveSignature, h.ActiveParameter = true, uint32(i), uint32(a)
		}
	}
	return h
}

// labelOffsetSupport reports whether the client takes parameter labels as
// offsets.
func labelOffsetSupport(caps protocol.ClientCapabilities) bool {
	td := caps.TextDocument
	if td == nil || td.SignatureHelp == nil || td.SignatureHelp.SignatureInformation == nil {
		return false
	}
	pi := td.SignatureHelp.SignatureInformation.ParameterInformation
	return pi != nil && pi.LabelOffsetSupport
}
