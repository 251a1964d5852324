package lsp

import (
	"bytes"
	"context"
	"sort"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// FoldingRange returns the foldable regions of the document, as whole
// lines: the body of each compound statement and clause (from its header
// line), brackets and strings spanning several lines, blocks of two or
// more comment lines, and runs of import statements.
func (s *server) FoldingRange(_ context.Context, p *protocol.FoldingRangeParams) ([]protocol.FoldingRange, error) {
	snap, err := s.snapshotOf(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	f := snap.Parsed()
	fo := &folder{src: snap.Content, lines: snap.Mapper().Lines()}
	fo.stmts(f.Body)
	fo.brackets(f)
	fo.comments(f.Comments)
	fo.imports(f.Body)
	return fo.result(), nil
}

// folder collects folding ranges.
type folder struct {
	src   []byte
	lines *source.Lines
	out   []protocol.FoldingRange
}

func (fo *folder) line(off source.Offset) int { return fo.lines.LineOf(off) }

// add records a fold of lines start..end when it spans several lines.
func (fo *folder) add(start, end int, kind protocol.FoldingRangeKind) {
	if end > start {
		fo.out = append(fo.out, protocol.FoldingRange{StartLine: uint32(start), EndLine: uint32(end), Kind: kind})
	}
}

// body folds a clause from its header line to the end of its body.
func (fo *folder) body(header int, body []syntax.Stmt) {
	if len(body) == 0 {
		return
	}
	fo.add(header, fo.line(body[len(body)-1].Span().End), "")
	fo.stmts(body)
}

// clause folds a clause introduced by a keyword line ("else", "finally")
// that the tree does not record: the nearest line at or above the body's
// first statement that starts with the keyword.
func (fo *folder) clause(keyword string, body []syntax.Stmt) {
	if len(body) == 0 {
		return
	}
	first := fo.line(body[0].Span().Start)
	header := first
	for l := first; l >= 0 && l >= first-50; l-- {
		if bytes.HasPrefix(bytes.TrimLeft(fo.lines.Text(fo.src, l), " \t"), []byte(keyword)) {
			header = l
			break
		}
	}
	fo.body(header, body)
}

// stmts folds the compound statements of a list, recursively.
func (fo *folder) stmts(list []syntax.Stmt) {
	for _, st := range list {
		fo.stmt(st)
	}
}

func (fo *folder) stmt(st syntax.Stmt) {
	start := fo.line(st.Span().Start)
	switch n := st.(type) {
	case *syntax.FuncDef:
		fo.body(fo.line(n.Name.Start), n.Body)
	case *syntax.ClassDef:
		fo.body(fo.line(n.Name.Start), n.Body)
	case *syntax.IfStmt:
		fo.body(start, n.Body)
		if len(n.Else) == 1 && isElif(n.Else[0]) {
			fo.stmt(n.Else[0])
		} else {
			fo.clause("else", n.Else)
		}
	case *syntax.ForStmt:
		fo.body(start, n.Body)
		fo.clause("else", n.Else)
	case *syntax.WhileStmt:
		fo.body(start, n.Body)
		fo.clause("else", n.Else)
	case *syntax.WithStmt:
		fo.body(start, n.Body)
	case *syntax.TryStmt:
		fo.body(start, n.Body)
		for _, h := range n.Handlers {
			fo.body(fo.line(h.Start), h.Body)
		}
		fo.clause("else", n.Else)
		fo.clause("finally", n.Finally)
	case *syntax.MatchStmt:
		if len(n.Cases) > 0 {
			fo.add(start, fo.line(n.Cases[len(n.Cases)-1].End), "")
		}
		for _, c := range n.Cases {
			fo.body(fo.line(c.Start), c.Body)
		}
	}
}

func isElif(st syntax.Stmt) bool {
	n, ok := st.(*syntax.IfStmt)
	return ok && n.IsElif
}

// brackets folds bracketed expressions and strings that span several
// lines. When the closing bracket starts its line, that line stays
// visible.
func (fo *folder) brackets(f *syntax.File) {
	syntax.Inspect(f, func(n syntax.Node) bool {
		if n == nil {
			return false
		}
		sp := n.Span()
		switch n := n.(type) {
		case *syntax.CallExpr:
			fo.bracket(n.Fn.Span().End, sp.End)
		case *syntax.ListExpr, *syntax.DictExpr, *syntax.SetExpr, *syntax.StringExpr:
			fo.bracket(sp.Start, sp.End)
		case *syntax.TupleExpr:
			if n.Parenthesized {
				fo.bracket(sp.Start, sp.End)
			}
		case *syntax.CompExpr:
			if n.Parenthesized {
				fo.bracket(sp.Start, sp.End)
			}
		case *syntax.ImportFromStmt:
			if n.Parens {
				fo.bracket(sp.Start, sp.End)
			}
		}
		return true
	})
}

func (fo *folder) bracket(start, end source.Offset) {
	if end <= start {
		return
	}
	first, last := fo.line(start), fo.line(end-1)
	closing := fo.lines.Start(last)
	if len(bytes.TrimSpace(fo.src[closing:end-1])) == 0 {
		last-- // the closing token starts its line
	}
	fo.add(first, last, "")
}

// comments folds runs of two or more lines holding only a comment.
func (fo *folder) comments(list []syntax.Comment) {
	runStart, runEnd := -1, -1
	flush := func() {
		fo.add(runStart, runEnd, protocol.CommentFoldingRange)
	}
	for _, c := range list {
		l := fo.line(c.Start)
		if len(bytes.TrimSpace(fo.src[fo.lines.Start(l):c.Start])) != 0 {
			continue // a comment after code
		}
		if l != runEnd+1 || runStart < 0 {
			flush()
			runStart = l
		}
		runEnd = l
	}
	flush()
}

// imports folds runs of consecutive import statements.
func (fo *folder) imports(body []syntax.Stmt) {
	start, end := -1, -1
	for i := 0; i <= len(body); i++ {
		if i < len(body) && isImport(body[i]) {
			if start < 0 {
				start = fo.line(body[i].Span().Start)
			}
			end = fo.line(body[i].Span().End)
			continue
		}
		fo.add(start, end, protocol.ImportsFoldingRange)
		start, end = -1, -1
	}
}

func isImport(st syntax.Stmt) bool {
	switch st.(type) {
	case *syntax.ImportStmt, *syntax.ImportFromStmt:
		return true
	}
	return false
}

// result returns the folds sorted by start line, outer first, without
// duplicates.
func (fo *folder) result() []protocol.FoldingRange {
	sort.Slice(fo.out, func(i, j int) bool {
		a, b := fo.out[i], fo.out[j]
		if a.StartLine != b.StartLine {
			return a.StartLine < b.StartLine
		}
		return a.EndLine > b.EndLine
	})
	out := fo.out[:0]
	for i, r := range fo.out {
		if i == 0 || r != fo.out[i-1] {
			out = append(out, r)
		}
	}
	return out
}
