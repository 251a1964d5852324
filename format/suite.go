package format

import (
	"strings"

	"github.com/monty-tools/monty-tools/syntax"
)

// suiteKind tells what kind of block a statement list is.
type suiteKind uint8

const (
	suiteTop suiteKind = iota
	suiteFunc
	suiteClass
	suiteOther
)

// module formats the whole file.
func (f *formatter) module() *Doc {
	f.lv, f.stmtLevel = lvTop, lvTop
	body := f.suite(f.file.Body, suiteTop)
	parts := []*Doc{body}
	if d := f.danglingOf(f.file); len(d) > 0 {
		// A file with nothing but comments.
		for i, c := range d {
			if i > 0 {
				parts = append(parts, f.emptyLines(f.linesBefore(c.start)))
			}
			parts = append(parts, f.commentDoc(c))
		}
	}
	parts = append(parts, hardLine)
	return f.concat(parts...)
}

func isDefOrClass(s syntax.Node) bool {
	switch s.(type) {
	case *syntax.FuncDef, *syntax.ClassDef:
		return true
	}
	return false
}

func isImport(s syntax.Node) bool {
	switch s.(type) {
	case *syntax.ImportStmt, *syntax.ImportFromStmt:
		return true
	}
	return false
}

func isCompound(s syntax.Node) bool {
	switch s.(type) {
	case *syntax.IfStmt, *syntax.WhileStmt, *syntax.ForStmt, *syntax.WithStmt, *syntax.TryStmt,
		*syntax.FuncDef, *syntax.ClassDef, *syntax.MatchStmt:
		return true
	}
	return false
}

func (f *formatter) hasTrailingOwnLine(n syntax.Node) bool {
	for _, c := range f.trailingOf(n) {
		if c.ownLine {
			return true
		}
	}
	return false
}

// needsEmptyAfter reports whether the statement ends in a (nested) def or
// class that is not followed by its own trailing comments.
func (f *formatter) needsEmptyAfter(s syntax.Node) bool {
	for n := s; n != nil; {
		if f.hasTrailingOwnLine(n) {
			return false
		}
		if isDefOrClass(n) {
			return true
		}
		l := lastChildStmt(n)
		if l == nil {
			return false
		}
		n = l
	}
	return false
}

// endWithComments is the end of s including its trailing comments.
func (f *formatter) endWithComments(s syntax.Node) int {
	end := int(s.Span().End)
	for n := s; n != nil; {
		for _, c := range f.trailingOf(n) {
			if c.end > end {
				end = c.end
			}
		}
		l := lastChildStmt(n)
		if l == nil {
			break
		}
		n = l
	}
	return end
}

// docstringOf returns the docstring expression of a body, if any.
func docstringOf(body []syntax.Stmt) *syntax.StringExpr {
	if len(body) == 0 {
		return nil
	}
	es, ok := body[0].(*syntax.ExprStmt)
	if !ok {
		return nil
	}
	s, ok := es.X.(*syntax.StringExpr)
	if !ok || s.Bytes || s.FString {
		return nil
	}
	return s
}

func isFmtOff(c *comment) bool {
	t := strings.TrimSpace(strings.TrimPrefix(c.text, "#"))
	return t == "fmt: off" || t == "yapf: disable" || t == "fmt:off"
}

func isFmtOn(c *comment) bool {
	t := strings.TrimSpace(strings.TrimPrefix(c.text, "#"))
	return t == "fmt: on" || t == "yapf: enable" || t == "fmt:on"
}

func isFmtSkip(c *comment) bool {
	t := strings.TrimSpace(strings.TrimPrefix(c.text, "#"))
	for _, part := range strings.Split(t, "#") {
		p := strings.TrimSpace(part)
		if p == "fmt: skip" || p == "fmt:skip" {
			return true
		}
	}
	return false
}

// suite formats a statement list with Black's blank-line rules.
func (f *formatter) suite(stmts []syntax.Stmt, kind suiteKind) *Doc {
	top := kind == suiteTop
	olv := f.lv
	if top {
		f.lv = lvTop
	} else {
		f.lv = lvCompound
	}
	defer func() { f.lv = olv }()
	f.stmtLevel = f.lv
	parts := make([]*Doc, 0, 4*len(stmts))
	var doc *syntax.StringExpr
	if kind != suiteOther {
		doc = docstringOf(stmts)
	}
	for i := 0; i < len(stmts); i++ {
		s := stmts[i]
		lead := f.leadingOf(s)
		if i == 0 {
			if kind == suiteFunc && doc == nil {
				start := int(s.Span().Start)
				if len(lead) > 0 {
					start = lead[0].start
				}
				if f.linesBefore(start) > 1 && f.prevTokenIsColon(start) {
					parts = append(parts, emptyLine)
				}
			}
			if kind == suiteOther && isDefOrClass(s) && len(lead) == 0 {
				parts = append(parts, emptyLine)
			}
		} else if f.tightNext {
			f.tightNext = false
			parts = append(parts, hardLine)
		} else {
			parts = append(parts, f.separator(stmts[i-1], s, kind, i == 1 && kind == suiteClass && docstringOf(stmts) != nil))
		}
		// `a; b  # fmt: skip`: the whole line stays as written.
		if j := f.skippedLine(stmts, i); j > i {
			tr := f.trailingOf(stmts[j])
			tr[0].done = true
			for k := i; k <= j; k++ {
				f.markDone(stmts[k])
			}
			parts = append(parts, f.leadingComments(lead), f.verbatim(int(s.Span().Start), int(stmts[j].Span().End)),
				f.text("  "+strings.TrimRight(tr[0].text, " \t")), f.trailingComments(tr[1:]))
			i = j
			continue
		}
		// fmt: off region.
		if off := fmtOffIndex(lead); off >= 0 {
			j, d := f.fmtOffRegion(stmts, i, off)
			parts = append(parts, d)
			i = j
			continue
		}
		if isDefOrClass(s) && len(lead) > 0 {
			parts = append(parts, f.leadingCommentsDef(lead))
		} else {
			parts = append(parts, f.leadingComments(lead))
		}
		if i == 0 && doc != nil {
			f.docStmt, f.docKind = s, kind
		}
		parts = append(parts, f.stmtWithTrailing(s))
		f.docStmt = nil
	}
	return f.concat(parts...)
}

// prevTokenIsColon reports whether the token before p is a block's colon
// (so that p starts the first line of a body, not the rest of a one-liner).
func (f *formatter) prevTokenIsColon(p int) bool {
	q := f.prevTokenStart(p)
	return q >= 0 && f.src[q] == ':'
}

func fmtOffIndex(cs []*comment) int {
	for i, c := range cs {
		if c.ownLine && isFmtOff(c) {
			return i
		}
	}
	return -1
}

// fmtOffRegion prints the statements from stmts[i] (whose leading comment
// off is '# fmt: off') up to a '# fmt: on' verbatim. It returns the index
// of the last statement consumed.
func (f *formatter) fmtOffRegion(stmts []syntax.Stmt, i, off int) (int, *Doc) {
	lead := f.leadingOf(stmts[i])
	pre := f.leadingComments(lead[:off])
	start := lead[off].start
	j := i
	end := f.endWithComments(stmts[i])
	for k := i; k < len(stmts); k++ {
		if k > i {
			ls := f.leadingOf(stmts[k])
			if idx := fmtOnIndex(ls); idx >= 0 {
				// The region ends with this statement's fmt: on comment,
				// which stays attached to the verbatim text.
				end = ls[idx].end
				f.cmOf(stmts[k]).leading = ls[idx+1:]
				f.tightNext = true
				break
			}
		}
		j = k
		end = f.endWithComments(stmts[k])
		if tr := f.trailingOf(deepestLast(stmts[k])); len(tr) > 0 {
			if c := tr[len(tr)-1]; c.ownLine && isFmtOn(c) {
				// Trailing fmt: on closes the region.
				end = c.end
				break
			}
		}
	}
	for _, c := range f.comments {
		if c.start >= start && c.end <= end {
			c.done = true
		}
	}
	for k := i; k <= j; k++ {
		f.markDone(stmts[k])
	}
	return j, f.concat(pre, f.verbatim(start, end))
}

func fmtOnIndex(cs []*comment) int {
	for i, c := range cs {
		if c.ownLine && isFmtOn(c) {
			return i
		}
	}
	return -1
}

// markDone marks all comments inside n as printed.
func (f *formatter) markDone(n syntax.Node) {
	sp := n.Span()
	for _, c := range f.comments {
		if c.start >= int(sp.Start) && c.end <= int(sp.End) {
			c.done = true
		}
	}
}

// verbatim prints source text as is, line by line (trailing whitespace trimmed).
func (f *formatter) verbatim(start, end int) *Doc {
	s := f.str[start:end]
	lines := strings.Split(s, "\n")
	parts := make([]*Doc, 0, 2*len(lines))
	for k, l := range lines {
		if k > 0 {
			parts = append(parts, &Doc{k: kText, s: "\n", w: -1})
		}
		l = strings.TrimRight(l, " \t\f\r")
		if l != "" {
			parts = append(parts, &Doc{k: kText, s: l, w: textWidth(l)})
		}
	}
	return f.concat(parts...)
}

// leadingCommentsDef formats the leading comments of a def or class: a
// blank line after them is widened to the blank lines a def needs.
func (f *formatter) leadingCommentsDef(cs []*comment) *Doc {
	parts := make([]*Doc, 0, 2*len(cs))
	for k, c := range cs {
		parts = append(parts, f.commentDoc(c))
		n := f.linesAfter(c.end)
		if k == len(cs)-1 && n > 1 {
			if f.lv == lvTop {
				parts = append(parts, emptyLine, emptyLine)
			} else {
				parts = append(parts, emptyLine)
			}
			continue
		}
		parts = append(parts, f.emptyLines(n))
	}
	return f.concat(parts...)
}

// separator returns the line breaks between two statements of a block.
func (f *formatter) separator(prev, cur syntax.Stmt, kind suiteKind, afterClassDoc bool) *Doc {
	top := kind == suiteTop
	lead := f.leadingOf(cur)
	next := int(cur.Span().Start)
	if len(lead) > 0 {
		next = lead[0].start
	}
	end := f.endWithComments(prev)
	nl := f.newlinesBetween(end, next)
	if fp, ok := prev.(*syntax.FuncDef); ok && isStubBody(fp.Body) && nl <= 1 && len(lead) == 0 {
		if _, ok := cur.(*syntax.FuncDef); ok {
			// Consecutive stubs (overloads) may stay together.
			return hardLine
		}
	}
	if isDefOrClass(cur) || f.needsEmptyAfter(prev) {
		if top {
			return f.concat(emptyLine, emptyLine)
		}
		return emptyLine
	}
	if isImport(prev) && (!isImport(cur) || len(lead) > 0) {
		if top && nl > 2 {
			return f.concat(emptyLine, emptyLine)
		}
		return emptyLine
	}
	if afterClassDoc {
		return emptyLine
	}
	if top && f.isModuleDocstring(prev) {
		return emptyLine
	}
	return f.emptyLines(nl)
}

func (f *formatter) trailingOwnLineDeep(s syntax.Node) bool {
	for n := s; n != nil; n = lastChildStmt(n) {
		if f.hasTrailingOwnLine(n) {
			return true
		}
	}
	return false
}

// stmtWithTrailing formats a statement followed by its trailing comments.
func (f *formatter) stmtWithTrailing(s syntax.Stmt) *Doc {
	tr := f.trailingOf(s)
	if len(tr) > 0 && !tr[0].ownLine && isFmtSkip(tr[0]) && !isCompound(s) {
		tr[0].done = true
		f.markDone(s)
		rest := f.trailingComments(tr[1:])
		sp := s.Span()
		return f.concat(f.verbatim(int(sp.Start), int(sp.End)), f.text("  "), f.text(strings.TrimRight(tr[0].text, " \t")), rest)
	}
	if d := f.skippedHeader(s); d != nil {
		return f.concat(d, f.trailingComments(f.trailingOf(s)))
	}
	if f.safe && f.hasInnerComments(s) {
		f.markDone(s)
		sp := s.Span()
		return f.concat(f.verbatim(int(sp.Start), int(sp.End)), f.trailingComments(tr))
	}
	d := f.stmt(s)
	tr = f.trailingOf(s) // the statement may have printed some inline
	if f.docStmt == s && f.docKind == suiteClass && len(tr) > 0 && tr[0].ownLine {
		// The blank line after a class docstring comes before its comments.
		rest := tr[1:]
		return f.concat(d, emptyLine, f.commentDoc(tr[0]), f.trailingComments(rest))
	}
	if isDefOrClass(s) {
		return f.concat(d, f.defTrailingComments(s, tr))
	}
	return f.concat(d, f.trailingComments(tr))
}

// defTrailingComments puts the blank lines a def needs before its first
// own-line trailing comment.
func (f *formatter) defTrailingComments(s syntax.Stmt, tr []*comment) *Doc {
	if len(tr) == 0 {
		return nil
	}
	parts := []*Doc{}
	first := true
	for _, c := range tr {
		if !c.ownLine {
			parts = append(parts, f.trailingEOL(c))
			continue
		}
		if first {
			first = false
			if f.lv == lvTop {
				parts = append(parts, emptyLine, emptyLine)
			} else {
				parts = append(parts, emptyLine)
			}
		} else {
			parts = append(parts, f.emptyLines(f.linesBefore(c.start)))
		}
		parts = append(parts, f.commentDoc(c))
	}
	return f.concat(parts...)
}

// hasInnerComments reports comments attached inside a statement (not to
// the statement itself or to statements of its blocks).
func (f *formatter) hasInnerComments(s syntax.Stmt) bool {
	found := false
	var walk func(n syntax.Node) bool
	walk = func(n syntax.Node) bool {
		if n == nil || found {
			return false
		}
		if n != syntax.Node(s) && isStmtLike(n) {
			return false
		}
		if c := f.cmOf(n); c != nil && n != syntax.Node(s) && (len(c.leading) > 0 || len(c.trailing) > 0 || len(c.dangling) > 0) {
			found = true
			return false
		}
		if c := f.cmOf(n); c != nil && n == syntax.Node(s) && len(c.dangling) > 0 {
			found = true
			return false
		}
		return true
	}
	syntax.Inspect(s, walk)
	return found
}

// block formats the body of a compound statement after its colon.
func (f *formatter) block(body []syntax.Stmt, kind suiteKind) *Doc {
	if len(body) == 0 {
		return nil
	}
	hdr := f.cmOf(body[0])
	var hd *Doc
	if hdr != nil && len(hdr.header) > 0 {
		ps := []*Doc{}
		for _, c := range hdr.header {
			if c.done {
				continue // printed with a verbatim header
			}
			ps = append(ps, f.trailingEOL(c))
		}
		hd = f.concat(ps...)
	}
	if (kind == suiteFunc || kind == suiteClass) && isStubBody(body) && !f.hasComments(body[0]) && (hdr == nil || len(hdr.header) == 0) {
		if c := f.cmOf(body[0]); c == nil || len(c.leading)+len(c.trailing) == 0 {
			return f.text(" ...")
		}
	}
	olv := f.lv
	inner := f.suite(body, kind)
	f.lv = olv
	f.stmtLevel = olv
	return f.concat(hd, f.indent(hardLine, inner))
}

// clauseHeader formats the line breaks and comments before a clause
// keyword (else, elif, except, finally, case).
func (f *formatter) clauseHeader(first syntax.Node, prevBody syntax.Node) *Doc {
	var cs []*comment
	if c := f.cmOf(first); c != nil {
		cs = c.clause
	}
	if len(cs) > 0 {
		parts := []*Doc{f.emptyLines(f.linesBefore(cs[0].start))}
		for _, c := range cs {
			parts = append(parts, f.commentDoc(c), f.emptyLines(f.linesAfter(c.end)))
		}
		return f.concat(parts...)
	}
	if prevBody == nil {
		return hardLine
	}
	end := f.endWithComments(prevBody)
	kw := f.nextTokenStart(end)
	return f.emptyLines(f.newlinesBetween(end, kw))
}

// isStubBody reports a body that is just '...'.
func isStubBody(body []syntax.Stmt) bool {
	if len(body) != 1 {
		return false
	}
	es, ok := body[0].(*syntax.ExprStmt)
	if !ok {
		return false
	}
	c, ok := es.X.(*syntax.ConstLit)
	return ok && c.Kind == syntax.EllipsisConst
}

func (f *formatter) isModuleDocstring(s syntax.Stmt) bool {
	return len(f.file.Body) > 0 && f.file.Body[0] == s && docstringOf(f.file.Body) != nil
}

// bodyOf returns the first block of a compound statement.
func bodyOf(s syntax.Stmt) []syntax.Stmt {
	switch s := s.(type) {
	case *syntax.IfStmt:
		return s.Body
	case *syntax.WhileStmt:
		return s.Body
	case *syntax.ForStmt:
		return s.Body
	case *syntax.WithStmt:
		return s.Body
	case *syntax.FuncDef:
		return s.Body
	case *syntax.ClassDef:
		return s.Body
	case *syntax.TryStmt:
		return s.Body
	}
	return nil
}

// skippedHeader formats a compound statement whose header ends in
// '# fmt: skip': the header stays as written, the body is formatted.
func (f *formatter) skippedHeader(s syntax.Stmt) *Doc {
	body := bodyOf(s)
	if len(body) == 0 {
		return nil
	}
	hdr := f.cmOf(body[0])
	if hdr == nil || len(hdr.header) == 0 || !isFmtSkip(hdr.header[0]) {
		return nil
	}
	switch s.(type) {
	case *syntax.IfStmt, *syntax.WhileStmt, *syntax.ForStmt, *syntax.WithStmt:
	default:
		return nil
	}
	start := int(s.Span().Start)
	colon := f.prevTokenStart(int(body[0].Span().Start))
	c := hdr.header[0]
	c.done = true
	for _, x := range f.comments {
		if x.start >= start && x.end <= colon {
			return nil // comments inside the header: leave it to the normal path
		}
	}
	saved := hdr.header
	hdr.header = hdr.header[1:]
	defer func() { hdr.header = saved }()
	head := f.concat(f.verbatim(start, colon+1), f.text("  "+strings.TrimRight(c.text, " \t")))
	switch st := s.(type) {
	case *syntax.IfStmt:
		rest := f.elseClause(st.Else, lastStmt(st.Body))
		if len(st.Else) == 1 {
			if e, ok := st.Else[0].(*syntax.IfStmt); ok && e.IsElif {
				rest = f.concat(f.clauseHeader(e, lastStmt(st.Body)), f.ifStmt(e))
			}
		}
		return f.concat(head, f.block(st.Body, suiteOther), rest)
	case *syntax.WhileStmt:
		return f.concat(head, f.block(st.Body, suiteOther), f.elseClause(st.Else, lastStmt(st.Body)))
	case *syntax.ForStmt:
		return f.concat(head, f.block(st.Body, suiteOther), f.elseClause(st.Else, lastStmt(st.Body)))
	case *syntax.WithStmt:
		return f.concat(head, f.block(st.Body, suiteOther))
	}
	return nil
}

// skippedLine returns j > i when stmts[i..j] share one line and the last
// ends with '# fmt: skip'.
func (f *formatter) skippedLine(stmts []syntax.Stmt, i int) int {
	line := f.lineOf(int(stmts[i].Span().Start))
	j := i
	for j+1 < len(stmts) && f.lineOf(int(stmts[j+1].Span().Start)) == line {
		j++
	}
	if j == i || isCompound(stmts[j]) {
		return i
	}
	tr := f.trailingOf(stmts[j])
	if len(tr) > 0 && !tr[0].ownLine && isFmtSkip(tr[0]) {
		return j
	}
	return i
}
