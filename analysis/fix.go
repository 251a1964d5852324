package analysis

import (
	"fmt"
	"sort"
	"strings"

	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// delFixes rewrites `del d[k]` as `d.pop(k)`, which removes the same item
// and raises KeyError (IndexError for a list) when it is missing. That is
// del's meaning only for dicts and lists: a deque's pop takes no index, a
// Counter's del of a missing key is no error. So the fix is safe, applied
// by `check --fix`, only when the source shows the container is a dict or
// a list (an input typed so in the stubs, or a name only ever assigned a
// dict or list display); elsewhere it is offered as a quick fix.
func (c *checker) delFixes(s *scope, n *syntax.DelStmt) []Fix {
	var parts []string
	safe := true
	for _, t := range n.Targets {
		sub, ok := t.(*syntax.SubscriptExpr)
		if !ok {
			return nil
		}
		index, ok := c.popArgument(sub.Index)
		if !ok {
			return nil
		}
		parts = append(parts, c.receiver(sub.X)+".pop("+index+")")
		safe = safe && c.isDictOrList(s, sub.X)
	}
	if len(parts) == 0 {
		return nil
	}
	title := "Replace del with " + parts[0]
	if len(parts) > 1 {
		title = "Replace del with pop() calls"
	}
	return []Fix{{Title: title, Safe: safe, Edits: []TextEdit{{Span: n.Span(), NewText: strings.Join(parts, "; ")}}}}
}

// popArgument turns a subscript's index into pop's argument: a slice has
// no pop form, and a bare tuple index needs its parentheses (and a comma
// when it has one element).
func (c *checker) popArgument(index syntax.Expr) (string, bool) {
	switch x := index.(type) {
	case *syntax.SliceExpr:
		return "", false
	case *syntax.TupleExpr:
		for _, e := range x.Elts {
			if _, isSlice := e.(*syntax.SliceExpr); isSlice {
				return "", false
			}
		}
		text := c.text(x.Span())
		if x.Parenthesized {
			return text, true
		}
		if len(x.Elts) == 1 && !strings.HasSuffix(strings.TrimSpace(text), ",") {
			text += ","
		}
		return "(" + text + ")", true
	}
	return c.text(index.Span()), true
}

// receiver returns the source of the expression `.pop` is called on,
// parenthesised unless it is a primary (a name, attribute, subscript,
// call or display), to which `.pop` binds as it should.
func (c *checker) receiver(x syntax.Expr) string {
	text := c.text(x.Span())
	switch x := x.(type) {
	case *syntax.Ident, *syntax.AttrExpr, *syntax.SubscriptExpr, *syntax.CallExpr,
		*syntax.DictExpr, *syntax.ListExpr, *syntax.SetExpr, *syntax.StringExpr:
		return text
	case *syntax.TupleExpr:
		if x.Parenthesized {
			return text
		}
	case *syntax.CompExpr:
		if x.Kind != syntax.GeneratorExp || x.Parenthesized {
			return text
		}
	}
	return "(" + text + ")"
}

// isDictOrList reports whether the source shows that x is a dict or a
// list: an input whose stub type is one, or a name of s every assignment
// so far gave a dict or list.
func (c *checker) isDictOrList(s *scope, x syntax.Expr) bool {
	id, ok := x.(*syntax.Ident)
	if !ok {
		return false
	}
	if b := c.bindingOf(s, id); b != nil {
		return b.container == containerDictOrList
	}
	if in := c.decls.Inputs[id.Name]; in != nil {
		t := strings.TrimSpace(in.Type)
		for _, prefix := range []string{"dict", "Dict", "list", "List"} {
			if strings.HasPrefix(t, prefix) {
				return true
			}
		}
	}
	return false
}

// starImportFixes replaces `from m import *` by the names of m that the
// file uses.
func (c *checker) starImportFixes(n *syntax.ImportFromStmt) []Fix {
	mod, ok := c.prof.Module(n.Module)
	if !ok || n.Level > 0 {
		return nil
	}
	used := map[string]bool{}
	syntax.Inspect(c.file, func(x syntax.Node) bool {
		if id, ok := x.(*syntax.Ident); ok && id.Ctx == syntax.Load && mod.Attrs[id.Name] {
			used[id.Name] = true
		}
		return true
	})
	if len(used) == 0 {
		return nil
	}
	names := make([]string, 0, len(used))
	for name := range used {
		names = append(names, name)
	}
	sort.Strings(names)
	text := fmt.Sprintf("from %s import %s", n.Module, strings.Join(names, ", "))
	return []Fix{{Title: "Import the names used: " + strings.Join(names, ", "), Safe: true,
		Edits: []TextEdit{{Span: n.Span(), NewText: text}}}}
}

// ApplyFixes applies the first safe fix of each diagnostic to src, skipping
// fixes that overlap one already taken, and returns the new source and the
// number of fixes applied. Callers re-check the result; a second round may
// apply fixes that overlapped in the first.
func ApplyFixes(src []byte, diags []Diagnostic) ([]byte, int) {
	return applyFixes(src, diags, true)
}

// ApplyQuickFixes is ApplyFixes for the fixes an editor offers, safe or
// not; tests use it to check what each quick fix does.
func ApplyQuickFixes(src []byte, diags []Diagnostic) ([]byte, int) {
	return applyFixes(src, diags, false)
}

func applyFixes(src []byte, diags []Diagnostic, safeOnly bool) ([]byte, int) {
	var edits []TextEdit
	taken := 0
	for _, d := range diags {
		for _, f := range d.Fixes {
			if safeOnly && !f.Safe {
				continue
			}
			if overlapsAny(edits, f.Edits) {
				break
			}
			edits = append(edits, f.Edits...)
			taken++
			break
		}
	}
	// Insertions go before a replacement starting at the same offset; an
	// edit overlapping one already applied is dropped rather than trusted.
	sort.SliceStable(edits, func(i, j int) bool {
		a, b := edits[i].Span, edits[j].Span
		return a.Start < b.Start || a.Start == b.Start && a.End < b.End
	})
	var out []byte
	last := source.Offset(0)
	for _, e := range edits {
		if e.Span.Start < last || int(e.Span.End) > len(src) {
			continue
		}
		out = append(out, src[last:e.Span.Start]...)
		out = append(out, e.NewText...)
		last = e.Span.End
	}
	out = append(out, src[last:]...)
	return out, taken
}

func overlapsAny(have, add []TextEdit) bool {
	for _, a := range add {
		for _, h := range have {
			if a.Span.Start < h.Span.End && h.Span.Start < a.Span.End || a.Span == h.Span {
				return true
			}
		}
	}
	return false
}

// generatorFixes turns a generator function into one that builds and
// returns a list: `yield x` appends x, `yield from xs` extends, a bare
// return returns the list. It offers the fix only when every yield is a
// statement of the function itself and no return carries a value. The
// result is eager, so the fix is not marked safe: code that relies on
// laziness (next(), infinite generators) changes behaviour.
func (c *checker) generatorFixes(fn *syntax.FuncDef) []Fix {
	if f, ok := c.genFixes[fn]; ok {
		return f
	}
	f := c.buildGeneratorFix(fn)
	if c.genFixes == nil {
		c.genFixes = map[*syntax.FuncDef][]Fix{}
	}
	c.genFixes[fn] = f
	return f
}

func (c *checker) buildGeneratorFix(fn *syntax.FuncDef) []Fix {
	if len(fn.Body) == 0 {
		return nil
	}
	name := "_items"
	for i := 2; c.usesName(fn, name); i++ {
		name = fmt.Sprintf("_items%d", i)
	}
	var edits []TextEdit
	ok := true
	var visit func(list []syntax.Stmt)
	visit = func(list []syntax.Stmt) {
		for _, st := range list {
			if !ok {
				return
			}
			edit, handled := c.generatorStmtEdit(st, name)
			if handled {
				if edit == nil {
					ok = false
					return
				}
				edits = append(edits, *edit)
				continue
			}
			if !c.noYieldOutsideStatements(st) {
				ok = false
				return
			}
			for _, body := range childBlocks(st) {
				visit(body)
			}
		}
	}
	visit(fn.Body)
	if !ok || len(edits) == 0 {
		return nil
	}
	first := fn.Body[0]
	if isDocstring(first) && len(fn.Body) > 1 {
		first = fn.Body[1]
	}
	indent := c.indentOf(first.Span().Start)
	lineStart := first.Span().Start - source.Offset(len(indent))
	if lineStart == 0 || c.src[lineStart-1] != '\n' && c.src[lineStart-1] != '\r' || indent == "" {
		return nil // a body on the def's own line: no block to insert into
	}
	edits = append(edits, TextEdit{Span: source.Span{Start: lineStart, End: lineStart}, NewText: indent + name + " = []\n"})
	last := fn.Body[len(fn.Body)-1]
	if _, isReturn := last.(*syntax.ReturnStmt); !isReturn {
		end := c.lineEnd(last.Span().End) // after a trailing comment
		edits = append(edits, TextEdit{Span: source.Span{Start: end, End: end}, NewText: "\n" + indent + "return " + name})
	}
	return []Fix{{Title: "Build and return a list instead of yielding", Edits: edits}}
}

// generatorStmtEdit rewrites one statement of a generator: a yield
// statement or a return. It reports handled=false for other statements,
// and a nil edit when the statement cannot be rewritten.
func (c *checker) generatorStmtEdit(st syntax.Stmt, name string) (*TextEdit, bool) {
	switch st := st.(type) {
	case *syntax.ExprStmt:
		y, ok := st.X.(*syntax.YieldExpr)
		if !ok {
			return nil, false
		}
		val := "None"
		if y.X != nil {
			val = c.text(y.X.Span())
		}
		method := "append"
		if y.From {
			method = "extend"
		}
		return &TextEdit{Span: st.Span(), NewText: name + "." + method + "(" + val + ")"}, true
	case *syntax.ReturnStmt:
		if st.Value != nil {
			return nil, true // a generator's return value has no list form
		}
		return &TextEdit{Span: st.Span(), NewText: "return " + name}, true
	}
	return nil, false
}

// noYieldOutsideStatements reports whether the statement's own
// expressions (not its nested blocks, nor nested functions) are free of
// yield: a yield used as a value cannot become an append.
func (c *checker) noYieldOutsideStatements(st syntax.Stmt) bool {
	switch st.(type) {
	case *syntax.FuncDef, *syntax.ClassDef:
		return true // a scope of its own
	}
	clean := true
	syntax.Inspect(st, func(n syntax.Node) bool {
		if n == nil || !clean {
			return false
		}
		if n != syntax.Node(st) {
			switch n.(type) {
			case syntax.Stmt, *syntax.LambdaExpr:
				return false // nested blocks are visited by the caller
			}
		}
		if _, ok := n.(*syntax.YieldExpr); ok {
			clean = false
		}
		return clean
	})
	return clean
}

// childBlocks returns the statement lists nested in a compound statement,
// not counting nested functions and classes, which are separate scopes.
func childBlocks(st syntax.Stmt) [][]syntax.Stmt {
	switch st := st.(type) {
	case *syntax.IfStmt:
		return [][]syntax.Stmt{st.Body, st.Else}
	case *syntax.ForStmt:
		return [][]syntax.Stmt{st.Body, st.Else}
	case *syntax.WhileStmt:
		return [][]syntax.Stmt{st.Body, st.Else}
	case *syntax.WithStmt:
		return [][]syntax.Stmt{st.Body}
	case *syntax.TryStmt:
		blocks := [][]syntax.Stmt{st.Body, st.Else, st.Finally}
		for _, h := range st.Handlers {
			blocks = append(blocks, h.Body)
		}
		return blocks
	case *syntax.MatchStmt:
		var blocks [][]syntax.Stmt
		for _, mc := range st.Cases {
			blocks = append(blocks, mc.Body)
		}
		return blocks
	}
	return nil
}

func isDocstring(st syntax.Stmt) bool {
	es, ok := st.(*syntax.ExprStmt)
	if !ok {
		return false
	}
	s, ok := es.X.(*syntax.StringExpr)
	return ok && !s.FString
}

// usesName reports whether name occurs anywhere in the function.
func (c *checker) usesName(fn *syntax.FuncDef, name string) bool {
	found := false
	syntax.Inspect(fn, func(n syntax.Node) bool {
		if id, ok := n.(*syntax.Ident); ok && id.Name == name {
			found = true
		}
		return !found
	})
	return found
}

// indentOf returns the whitespace between the start of off's line and off.
func (c *checker) indentOf(off source.Offset) string {
	i := int(off)
	for i > 0 && (c.src[i-1] == ' ' || c.src[i-1] == '\t') {
		i--
	}
	return string(c.src[i:off])
}

// lineEnd returns the offset of the end of off's line, before its line
// terminator.
func (c *checker) lineEnd(off source.Offset) source.Offset {
	i := int(off)
	for i < len(c.src) && c.src[i] != '\n' && c.src[i] != '\r' {
		i++
	}
	return source.Offset(i)
}
