package stubs

import (
	"strings"

	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// Parse reads the declarations of one stub file. It always returns a
// non-nil Decls holding everything it could read; the error list holds the
// file's syntax errors in source order and is nil when there are none.
// Redefinitions inside the file are not errors (see the package
// documentation).
func Parse(filename string, src []byte) (*Decls, []*Error) {
	f, synErrs := syntax.Parse(filename, src, 0)
	var errs []*Error
	for _, e := range synErrs {
		errs = append(errs, &Error{File: e.File, Pos: e.Pos, Span: e.Span, Msg: e.Msg})
	}
	b := &builder{
		file:  f,
		lines: source.NewLines(f.Src),
		decls: newDecls(),
	}
	b.decls.Files = []string{filename}
	b.stmts(f.Body)
	return b.decls, errs
}

// builder collects the declarations of one parsed file.
type builder struct {
	file  *syntax.File
	lines *source.Lines
	decls *Decls
}

// stmts reads the declarations among a list of module-level statements.
func (b *builder) stmts(list []syntax.Stmt) {
	for i, s := range list {
		switch s := s.(type) {
		case *syntax.FuncDef:
			b.funcDef(s)
		case *syntax.AnnAssignStmt:
			var next syntax.Stmt
			if i+1 < len(list) {
				next = list[i+1]
			}
			b.input(s, next)
		case *syntax.IfStmt:
			if isTypeChecking(s.Test) {
				b.stmts(s.Body)
			}
		}
	}
}

// funcDef records an external function, merging overloads.
func (b *builder) funcDef(s *syntax.FuncDef) {
	if s.Name == nil {
		return
	}
	fn := b.newFunc(s)
	prev := b.decls.Funcs[fn.Name]
	openGroup := prev != nil && prev.Overloads != nil && !prev.implemented
	switch {
	case openGroup && hasOverload(s.Decorators):
		prev.Overloads = append(prev.Overloads, fn)
		prev.Doc = firstNonEmpty(prev.Doc, fn.Doc)
	case openGroup:
		prev.implemented = true
		prev.Doc = firstNonEmpty(prev.Doc, fn.Doc)
	default:
		if hasOverload(s.Decorators) {
			variant := *fn
			fn.Overloads = []*Func{&variant}
		}
		delete(b.decls.Inputs, fn.Name)
		b.decls.Funcs[fn.Name] = fn
	}
}

// newFunc converts a def into a Func.
func (b *builder) newFunc(s *syntax.FuncDef) *Func {
	return &Func{
		Name:    s.Name.Name,
		Async:   s.Async,
		Params:  b.params(s.Params),
		Returns: b.text(s.Returns),
		Doc:     Docstring(s.Body),
		File:    b.file.Name,
		Span:    s.Name.Span(),
		Pos:     b.pos(s.Name),
	}
}

// params flattens a parameter list into signature order.
func (b *builder) params(ps *syntax.Params) []Param {
	if ps == nil {
		return nil
	}
	var out []Param
	add := func(p *syntax.Param, kind ParamKind) {
		if p == nil || p.Name == nil {
			return
		}
		out = append(out, Param{
			Name:       p.Name.Name,
			Kind:       kind,
			Type:       b.text(p.Annotation),
			Default:    b.text(p.Default),
			HasDefault: p.Default != nil,
		})
	}
	for _, p := range ps.PosOnly {
		add(p, PosOnly)
	}
	for _, p := range ps.Args {
		add(p, PosOrKw)
	}
	add(ps.Vararg, VarPos)
	for _, p := range ps.KwOnly {
		add(p, KwOnly)
	}
	add(ps.Kwarg, VarKw)
	return out
}

// input records an annotated module-level name; next is the statement
// after it, which may be its docstring.
func (b *builder) input(s *syntax.AnnAssignStmt, next syntax.Stmt) {
	id, ok := s.Target.(*syntax.Ident)
	if !ok || !s.Simple || isDunder(id.Name) || isTypeAlias(s.Annotation) {
		return
	}
	in := &Input{
		Name: id.Name,
		Type: b.text(s.Annotation),
		File: b.file.Name,
		Span: id.Span(),
		Pos:  b.pos(id),
	}
	if next != nil {
		in.Doc = Docstring([]syntax.Stmt{next})
	}
	delete(b.decls.Funcs, in.Name)
	b.decls.Inputs[in.Name] = in
}

// pos returns the line and column where n starts.
func (b *builder) pos(n syntax.Node) source.Pos {
	return b.lines.Pos(b.file.Src, n.Span().Start)
}

// text returns the source text of x on one line (see oneLine), or "" for a
// nil expression.
func (b *builder) text(x syntax.Expr) string {
	if x == nil {
		return ""
	}
	return oneLine(b.file.Src, x.Span(), b.file.Comments)
}

// Docstring returns the docstring that opens body, cleaned as Python's
// inspect.cleandoc does, or "". The language server shows local defs'
// docstrings the same way as the stubs'.
func Docstring(body []syntax.Stmt) string {
	if len(body) == 0 {
		return ""
	}
	es, ok := body[0].(*syntax.ExprStmt)
	if !ok {
		return ""
	}
	str, ok := es.X.(*syntax.StringExpr)
	if !ok || str.Bytes || str.FString {
		return ""
	}
	var sb strings.Builder
	for _, p := range str.Parts {
		sb.WriteString(p.Value)
	}
	return cleandoc(sb.String())
}

// isTypeChecking reports whether x is TYPE_CHECKING or x.TYPE_CHECKING.
func isTypeChecking(x syntax.Expr) bool {
	return nameOf(x) == "TYPE_CHECKING"
}

// hasOverload reports whether a decorator list holds overload or
// x.overload.
func hasOverload(decorators []syntax.Expr) bool {
	for _, d := range decorators {
		if nameOf(d) == "overload" {
			return true
		}
	}
	return false
}

// isTypeAlias reports whether an annotation is TypeAlias or x.TypeAlias.
func isTypeAlias(x syntax.Expr) bool {
	return nameOf(x) == "TypeAlias"
}

// nameOf returns the name of an identifier or the attribute name of an
// attribute expression, or "".
func nameOf(x syntax.Expr) string {
	switch x := x.(type) {
	case *syntax.Ident:
		return x.Name
	case *syntax.AttrExpr:
		if x.Name != nil {
			return x.Name.Name
		}
	}
	return ""
}

// isDunder reports whether name has the form __name__.
func isDunder(name string) bool {
	return len(name) > 4 && strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__")
}

// firstNonEmpty returns a if it is not empty, else b.
func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
