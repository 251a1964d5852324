package analysis

import (
	"fmt"
	"sort"
	"strings"

	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// delFixes rewrites `del d[k]` as `d.pop(k)`, which removes the same item
// and raises the same KeyError (or IndexError for a list) when it is
// missing, so the fix keeps the program's behaviour.
func (c *checker) delFixes(n *syntax.DelStmt) []Fix {
	var parts []string
	for _, t := range n.Targets {
		sub, ok := t.(*syntax.SubscriptExpr)
		if !ok {
			return nil
		}
		if _, isSlice := sub.Index.(*syntax.SliceExpr); isSlice {
			return nil
		}
		index := c.text(sub.Index.Span())
		if tup, ok := sub.Index.(*syntax.TupleExpr); ok && !tup.Parenthesized {
			index = "(" + index + ")"
		}
		parts = append(parts, fmt.Sprintf("%s.pop(%s)", c.text(sub.X.Span()), index))
	}
	if len(parts) == 0 {
		return nil
	}
	title := "Replace del with " + parts[0]
	if len(parts) > 1 {
		title = "Replace del with pop() calls"
	}
	return []Fix{{Title: title, Safe: true, Edits: []TextEdit{{Span: n.Span(), NewText: strings.Join(parts, "; ")}}}}
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
	var edits []TextEdit
	taken := 0
	for _, d := range diags {
		for _, f := range d.Fixes {
			if !f.Safe {
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
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].Span.Start < edits[j].Span.Start })
	var out []byte
	last := source.Offset(0)
	for _, e := range edits {
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
