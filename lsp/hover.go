package lsp

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/stubs"
	"github.com/monty-tools/monty-tools/syntax"
)

// Hover describes the name under the cursor: what it resolves to, with a
// signature and documentation where the server knows them.
func (s *server) Hover(_ context.Context, p *protocol.HoverParams) (*protocol.Hover, error) {
	t, err := s.targetAt(p.TextDocumentPositionParams)
	if err != nil || t.id == nil {
		return nil, err
	}
	text := hoverText(t)
	if text == "" {
		return nil, nil
	}
	r := toRange(t.snap.Mapper(), t.id.Span())
	return &protocol.Hover{Contents: protocol.MarkupContent{Kind: protocol.Markdown, Value: text}, Range: &r}, nil
}

// hoverText returns the Markdown shown for a target, or "".
func hoverText(t *target) string {
	if t.attr != nil {
		return attributeHover(t)
	}
	if !t.resolved {
		return ""
	}
	decls := t.snap.Project().proj.Decls
	name := t.id.Name
	switch t.ref.Kind {
	case analysis.Builtin:
		return builtinHover(t, name)
	case analysis.External:
		if fn := decls.Funcs[name]; fn != nil {
			return externalHover(fn)
		}
		return codeBlock("(external) " + name)
	case analysis.Input:
		return inputHover(decls.Inputs[name], name)
	case analysis.Local, analysis.Free, analysis.Global:
		return bindingHover(t)
	}
	return ""
}

// codeBlock formats Python code for a hover, followed by optional
// paragraphs.
func codeBlock(code string, paragraphs ...string) string {
	var b strings.Builder
	b.WriteString("```python\n" + code + "\n```")
	for _, p := range paragraphs {
		if p != "" {
			b.WriteString("\n\n" + p)
		}
	}
	return b.String()
}

func builtinHover(t *target, name string) string {
	prof := t.snap.Project().proj.Profile
	if bases, ok := prof.Exceptions[name]; ok {
		base := "" // the profile lists every ancestor, the direct base last
		if len(bases) > 0 {
			base = bases[len(bases)-1]
		}
		return codeBlock(fmt.Sprintf("class %s(%s)", name, base), "Built-in exception.")
	}
	return codeBlock("(builtin) "+name, builtinDocs[name])
}

func externalHover(fn *stubs.Func) string {
	return codeBlock(fn.Signature(), fn.Doc, fmt.Sprintf("External function declared in `%s`.", filepath.Base(fn.File)))
}

func inputHover(in *stubs.Input, name string) string {
	if in == nil {
		return codeBlock("(input) "+name, "Input named in the configuration.")
	}
	return codeBlock("(input) "+name+": "+in.Type, in.Doc, fmt.Sprintf("Input declared in `%s`.", filepath.Base(in.File)))
}

// bindingHover describes a name the program binds.
func bindingHover(t *target) string {
	b := t.ref.Binding
	src := t.snap.Content
	switch n := b.Node.(type) {
	case *syntax.FuncDef:
		return codeBlock(funcHeader(src, n), stubs.Docstring(n.Body))
	case *syntax.ClassDef:
		return codeBlock("class "+n.Name.Name, stubs.Docstring(n.Body))
	case *syntax.ImportStmt:
		return codeBlock("(module) " + importedModule(n, b.Def))
	case *syntax.ImportFromStmt:
		mod, name := importedName(n, b.Def)
		return codeBlock(fmt.Sprintf("(module attribute) %s.%s", mod, name))
	}
	switch {
	case b.Param:
		return codeBlock("(parameter) " + b.Name)
	case insideFunction(t.file, b.Def.Start):
		return codeBlock("(local) " + b.Name)
	}
	return codeBlock("(variable) " + b.Name)
}

// attributeHover describes x.attr where x names an imported module.
func attributeHover(t *target) string {
	x, ok := t.attr.X.(*syntax.Ident)
	if !ok {
		return ""
	}
	ref, ok := t.res.Refs[x]
	if !ok || ref.Binding == nil {
		return ""
	}
	imp, ok := ref.Binding.Node.(*syntax.ImportStmt)
	if !ok {
		return ""
	}
	mod, attr := importedModule(imp, ref.Binding.Def), t.id.Name
	prof := t.snap.Project().proj.Profile
	note := ""
	switch {
	case prof.OSFunctions[mod+"."+attr] != "":
		note = "Needs the host's operating system: Monty raises an error when it runs."
	case !prof.HasAttr(mod, attr):
		note = fmt.Sprintf("Not available in Monty %s.", prof.MontyVersion)
	}
	return codeBlock(fmt.Sprintf("(module attribute) %s.%s", mod, attr), note)
}

// importedModule returns the module an import statement binds at def:
// "a.b" for "import a.b as c", "a" for "import a.b".
func importedModule(n *syntax.ImportStmt, def source.Span) string {
	for _, a := range n.Names {
		if a.AsName != nil && a.AsName.Span() == def {
			return a.Name
		}
		if a.AsName == nil && a.Span() == def {
			mod, _, _ := strings.Cut(a.Name, ".")
			return mod
		}
	}
	return ""
}

// importedName returns the module and original name a from-import binds
// at def.
func importedName(n *syntax.ImportFromStmt, def source.Span) (string, string) {
	mod := strings.Repeat(".", n.Level) + n.Module
	for _, a := range n.Names {
		if (a.AsName != nil && a.AsName.Span() == def) || a.Span() == def {
			return mod, a.Name
		}
	}
	return mod, "?"
}

// funcHeader renders a def's first line from its source: decorators and
// the body are left out and whitespace inside the parameters is collapsed.
func funcHeader(src []byte, n *syntax.FuncDef) string {
	var b strings.Builder
	if n.Async {
		b.WriteString("async ")
	}
	b.WriteString("def " + n.Name.Name + "(")
	if n.Params != nil {
		b.WriteString(strings.Join(strings.Fields(string(src[n.Params.Start:n.Params.End])), " "))
	}
	b.WriteString(")")
	if n.Returns != nil {
		sp := n.Returns.Span()
		b.WriteString(" -> " + string(src[sp.Start:sp.End]))
	}
	return b.String()
}

// insideFunction reports whether off lies in the body of a def or a
// lambda.
func insideFunction(f *syntax.File, off source.Offset) bool {
	found := false
	syntax.Inspect(f, func(n syntax.Node) bool {
		if n == nil || found {
			return false
		}
		sp := n.Span()
		if _, isFile := n.(*syntax.File); !isFile && (off < sp.Start || off >= sp.End) {
			_, isParam := n.(*syntax.Param)
			return isParam
		}
		switch n := n.(type) {
		case *syntax.FuncDef:
			found = off >= n.Name.End
		case *syntax.LambdaExpr:
			found = true
		}
		return !found
	})
	return found
}
