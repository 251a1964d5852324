package syntax

import (
	"fmt"
	"sort"
	"sync"

	"github.com/monty-tools/monty-tools/source"
)

// Mode controls optional parser behaviour. No modes are defined yet; the
// parameter keeps the signature stable as they arrive.
type Mode uint

// maxDepth bounds the nesting of expressions and blocks, so that hostile
// input cannot exhaust the stack. CPython's own parser stops near 200
// nested parentheses; real code is far below this.
const maxDepth = 1000

// Parse parses a Python 3.12 module. It always returns a tree: where the
// source is broken the tree holds BadExpr, BadStmt or BadPattern nodes, and
// the returned list describes each problem. The list is nil when the file
// is free of syntax errors. Parse never panics and always terminates.
func Parse(filename string, src []byte, mode Mode) (*File, ErrorList) {
	src, cookieErr := decodeSource(src)
	text := string(src)
	f := &File{Name: filename, Src: src}
	p := newParser(text, f)
	if cookieErr != nil {
		p.errList = append(p.errList, *cookieErr)
	}
	p.sc.init(text, p.errHandler(), &f.Comments)
	p.sc.blanks = &f.BlankLines
	p.next()
	f.Body = p.parseFileBody()
	f.Loc = loc(0, len(text))
	errs := makeErrorList(filename, src, p.errList)
	p.release()
	return f, errs
}

// parser is a recursive-descent parser with one token of lookahead; the
// few places that need more (soft keywords, parenthesised with-items) scan
// ahead on a copy of the scanner.
type parser struct {
	sc   scanner // by value, saving an indirection per token
	src  string
	file *File
	errs *[]rawError

	tok        Token
	pos, end   int  // span of the current token
	prevEnd    int  // end of the previous token
	lastErrPos int  // suppress cascades: no new error at or before this offset
	stmtStart  int  // start of the current logical line's statement
	atUnclosed bool // the current NEWLINE or EOF ends a line the scanner found brackets unclosed on
	depth      int
	arena      *arena
	errh       func(int, int, string) // p.scanError, cached
	errList    []rawError             // what errs points to in a top-level parser
}

type rawError struct {
	start, end int
	msg        string
}

// parsers recycles top-level parsers: a parser with its arena is about
// 2 KB, more than the whole tree of a short program, and its scratch
// stacks (the arena's lists, the scanner's indentation stack) can serve
// the next parse as they are. Only what the tree does not own is kept.
var parsers = sync.Pool{New: func() any { return &parser{arena: &arena{}} }}

// newParser returns a parser for the module src, whose errors it collects
// in its errList; release hands it back once the tree is built.
func newParser(src string, f *File) *parser {
	p := parsers.Get().(*parser)
	p.src, p.file, p.lastErrPos = src, f, -1
	p.errs = &p.errList
	if len(src) < shortSource {
		p.arena.startSmall()
		if len(src) < tinySource {
			p.arena.startTiny()
		}
	}
	return p
}

// release scrubs p of everything the parse produced (which belongs to the
// tree or the caller now) and returns it to the pool.
func (p *parser) release() {
	a, errh, indents, brackets := p.arena, p.errh, p.sc.indents, p.sc.brackets
	a.reset()
	clear(p.errList)
	*p = parser{arena: a, errh: errh, errList: p.errList[:0]}
	p.sc.indents, p.sc.brackets = indents[:0], brackets[:0]
	parsers.Put(p)
}

func (p *parser) next() {
	p.prevEnd = p.end
	p.sc.next()
	p.tok, p.pos, p.end = p.sc.tok, p.sc.start, p.sc.end
	p.atUnclosed = p.sc.unclosed
}

func (p *parser) scanError(start, end int, msg string) {
	*p.errs = append(*p.errs, rawError{start, end, msg})
	if start > p.lastErrPos {
		p.lastErrPos = start
	}
}

// errorAt records a syntax error unless an earlier one already covers this
// position, which keeps one mistake from producing a cascade.
func (p *parser) errorAt(start, end int, format string, args ...any) {
	if start <= p.lastErrPos {
		return
	}
	if len(args) > 0 {
		format = fmt.Sprintf(format, args...)
	}
	*p.errs = append(*p.errs, rawError{start, end, format})
	p.lastErrPos = start
}

// errorHere reports an error at the current token, unless that token ends
// a line whose unclosed brackets the scanner has already reported: what is
// missing there is the closing bracket, and saying so again (or that an
// expression or ')' was expected) would only repeat the first error.
func (p *parser) errorHere(format string, args ...any) {
	if p.atUnclosed {
		return
	}
	p.errorAt(p.pos, p.end, format, args...)
}

func (p *parser) got(t Token) bool {
	if p.tok == t {
		p.next()
		return true
	}
	return false
}

// expect consumes a t token, or reports what was expected.
func (p *parser) expect(t Token, context string) bool {
	if p.got(t) {
		return true
	}
	if context != "" {
		p.errorHere("expected '%s' %s", t, context)
	} else {
		p.errorHere("expected '%s'", t)
	}
	return false
}

// describe names the current token for an error message.
func (p *parser) describe() string {
	switch p.tok {
	case NAME:
		return fmt.Sprintf("name '%s'", p.src[p.pos:p.end])
	case INT, FLOAT, IMAG:
		return "number"
	case STRING:
		return "string"
	case NEWLINE:
		return "end of line"
	case INDENT:
		return "indent"
	case DEDENT:
		return "dedent"
	case EOF:
		return "end of file"
	}
	return "'" + p.tok.String() + "'"
}

// skipLine skips to the end of the logical line, leaving NEWLINE current.
func (p *parser) skipLine() {
	for p.tok != NEWLINE && p.tok != EOF {
		p.next()
	}
}

// skipPast skips tokens up to and including the closer that matches an
// already consumed opener, stopping early at the end of the logical line.
func (p *parser) skipPast(closer Token) {
	depth := 0
	for p.tok != NEWLINE && p.tok != EOF {
		switch p.tok {
		case LPAREN, LBRACK, LBRACE:
			depth++
		case RPAREN, RBRACK, RBRACE:
			if depth == 0 {
				if p.tok == closer {
					p.next()
				}
				return
			}
			depth--
		}
		p.next()
	}
}

// enter guards recursion depth; callers must call leave when it returns true.
func (p *parser) enter() bool {
	p.depth++
	if p.depth > maxDepth {
		p.errorHere("too many nested expressions or blocks")
		return false
	}
	return true
}

func (p *parser) leave() { p.depth-- }

// lineOf returns the 1-based line of an offset, for messages that mention
// another line ("after 'if' statement on line 3").
func (p *parser) lineOf(off int) int {
	line := 1
	for i := 0; i < off && i < len(p.src); i++ {
		switch p.src[i] {
		case '\n':
			line++
		case '\r':
			if i+1 >= len(p.src) || p.src[i+1] != '\n' {
				line++
			}
		}
	}
	return line
}

// peek runs f on a copy of the scanner positioned after the current token,
// for the few decisions that need more than one token of lookahead. The
// copy reports no errors and records no comments.
func (p *parser) peek(f func(s *scanner) bool) bool {
	a := p.arena
	c := p.sc
	c.errh = nil
	c.comments = nil
	// The copy gets stacks of its own, reusing the arrays of the last.
	c.brackets = append(a.peekBrackets[:0], p.sc.brackets...)
	c.indents = append(a.peekIndents[:0], p.sc.indents...)
	ok := f(&c)
	a.peekBrackets, a.peekIndents = c.brackets, c.indents
	return ok
}

// ErrorList is a list of syntax errors sorted by position. It implements
// error.
type ErrorList []*Error

// Error is a syntax error at a span of the source.
type Error struct {
	File string
	Span source.Span
	Pos  source.Pos // 1-based line and column (in code points) of Span.Start
	Msg  string
}

// Error formats the error as "file:line:col: msg".
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Pos.Line, e.Pos.Col, e.Msg)
}

// Error returns the first error's text and a count of the rest.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0].Error(), len(l)-1)
}

// Err returns l as an error, or nil if l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

func makeErrorList(filename string, src []byte, raw []rawError) ErrorList {
	if len(raw) == 0 {
		return nil
	}
	sort.SliceStable(raw, func(i, j int) bool { return raw[i].start < raw[j].start })
	lines := source.NewLines(src)
	list := make(ErrorList, 0, len(raw))
	for i, r := range raw {
		if i > 0 && r.start == raw[i-1].start && r.msg == raw[i-1].msg {
			continue
		}
		// Scanners of nested f-string fields may point one past their
		// end at end of input; keep every span inside the file.
		start := min(max(r.start, 0), len(src))
		end := min(max(start, r.end), len(src))
		sp := source.Span{Start: source.Offset(start), End: source.Offset(end)}
		list = append(list, &Error{File: filename, Span: sp, Pos: lines.Pos(src, sp.Start), Msg: r.msg})
	}
	return list
}
