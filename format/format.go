package format

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/monty-tools/monty-tools/syntax"
)

// Options configures the formatter. The zero value means ruff's defaults.
type Options struct {
	LineLength             int    // 0 → 88
	IndentWidth            int    // 0 → 4
	QuoteStyle             string // "" or "double" (default), "single", "preserve"
	SkipMagicTrailingComma bool
}

func (o Options) normalized() Options {
	if o.LineLength <= 0 {
		o.LineLength = 88
	}
	if o.IndentWidth <= 0 {
		o.IndentWidth = 4
	}
	if o.QuoteStyle == "" {
		o.QuoteStyle = "double"
	}
	return o
}

// SyntaxError reports that the input does not parse; Errors holds one
// "file:line:col: message" entry per problem.
type SyntaxError struct {
	Errors []string
}

// Error lists the syntax errors, one per line.
func (e *SyntaxError) Error() string { return strings.Join(e.Errors, "\n") }

// UnstableError reports a formatter bug: the formatted output of File did
// not parse to the same tree or lost comments, so it was withheld.
type UnstableError struct {
	File   string
	Reason string
}

// Error names the file and what went wrong.
func (e *UnstableError) Error() string {
	return fmt.Sprintf("%s: formatter bug, output withheld: %s", e.File, e.Reason)
}

var bom = []byte("\ufeff")

// Source formats a whole file (see the package comment). It returns a
// *SyntaxError if src does not parse and an *UnstableError if the output
// would not be equivalent to the input.
func Source(filename string, src []byte, opt Options) ([]byte, error) {
	opt = opt.normalized()
	hasBOM := bytes.HasPrefix(src, bom)
	if hasBOM {
		src = src[len(bom):]
	}
	crlf := firstLineEndingCRLF(src)
	if bytes.IndexByte(src, '\r') >= 0 {
		src = normalizeNewlines(src)
	}
	f, errs := syntax.Parse(filename, src, 0)
	if len(errs) > 0 {
		se := &SyntaxError{}
		for _, e := range errs {
			se.Errors = append(se.Errors, e.Error())
		}
		return nil, se
	}
	var encode func([]byte) ([]byte, error)
	if !bytes.Equal(f.Src, src) {
		encode = encoderFor(src)
	}
	out, err := formatFile(filename, f, opt, encode)
	if err != nil {
		return nil, err
	}
	if crlf {
		out = bytes.ReplaceAll(out, []byte("\n"), []byte("\r\n"))
	}
	if hasBOM {
		out = append(append([]byte{}, bom...), out...)
	}
	return out, nil
}

// formatFile formats a parsed file and checks the result, retrying in a
// conservative mode (statements with inner comments kept verbatim) before
// giving up.
func formatFile(filename string, f *syntax.File, opt Options, encode func([]byte) ([]byte, error)) ([]byte, error) {
	check := func(out []byte) ([]byte, string) {
		// Unchanged text trivially has the same tree and comments (the
		// usual case in pre-commit and format-on-save).
		same := bytes.Equal(out, f.Src)
		if encode != nil {
			enc, err := encode(out)
			if err != nil {
				return nil, "cannot encode the output: " + err.Error()
			}
			out = enc
		}
		if same {
			return out, ""
		}
		return out, verify(f, out)
	}
	out, reason := check(formatTree(f, opt, false))
	if reason == "" {
		return out, nil
	}
	out, reason2 := check(formatTree(f, opt, true))
	if reason2 == "" {
		return out, nil
	}
	return nil, &UnstableError{File: filename, Reason: reason}
}

func formatTree(f *syntax.File, opt Options, safe bool) []byte {
	ft := newFormatter(f, opt, safe)
	doc := ft.module()
	p := &printer{width: int32(opt.LineLength), indentWidth: int32(opt.IndentWidth)}
	p.out = make([]byte, 0, len(f.Src)+len(f.Src)/8)
	p.stack = make([]item, 0, 256)
	p.fitsStack = make([]item, 0, 256)
	out := p.print(doc)
	ft.release()
	out = bytes.TrimLeft(out, "\n")
	if len(out) > 0 && out[len(out)-1] != '\n' {
		out = append(out, '\n')
	}
	if len(out) == 0 && bytes.IndexByte(f.Src, '\n') >= 0 {
		// ruff keeps a single newline for a file of blank lines.
		out = append(out, '\n')
	}
	return out
}

// Range formats the statements overlapping the byte range [start,end) of
// src. It returns the byte range of src that they span (whole lines) and
// the replacement text.
func Range(filename string, src []byte, start, end int, opt Options) (from, to int, text []byte, err error) {
	if start < 0 || end > len(src) || start > end {
		return 0, 0, nil, fmt.Errorf("%s: range [%d,%d) outside the file", filename, start, end)
	}
	if bytes.HasPrefix(src, bom) || bytes.IndexByte(src, '\r') >= 0 {
		// Offsets would shift; format the whole file instead.
		out, err := Source(filename, src, opt)
		if err != nil {
			return 0, 0, nil, err
		}
		return 0, len(src), out, nil
	}
	out, err := Source(filename, src, opt)
	if err != nil {
		return 0, 0, nil, err
	}
	f, _ := syntax.Parse(filename, src, 0)
	g, _ := syntax.Parse(filename, out, 0)
	// Find the top-level statements overlapping the range; formatting keeps
	// their number and order, so the i-th statement maps to the i-th.
	lo, hi := -1, -1
	for i, s := range f.Body {
		sp := s.Span()
		if int(sp.End) >= start && int(sp.Start) <= end {
			if lo < 0 {
				lo = i
			}
			hi = i
		}
	}
	if lo < 0 || len(g.Body) != len(f.Body) {
		if lo < 0 {
			return start, start, nil, nil
		}
		return 0, len(src), out, nil
	}
	from = lineStart(src, int(f.Body[lo].Span().Start))
	to = lineEnd(src, int(f.Body[hi].Span().End))
	gfrom := lineStart(out, int(g.Body[lo].Span().Start))
	gto := lineEnd(out, int(g.Body[hi].Span().End))
	// Keep the comments that precede the first statement with it.
	return from, to, append([]byte{}, out[gfrom:gto]...), nil
}

func lineStart(b []byte, i int) int {
	for i > 0 && b[i-1] != '\n' {
		i--
	}
	return i
}

func lineEnd(b []byte, i int) int {
	for i < len(b) && b[i] != '\n' {
		i++
	}
	if i < len(b) {
		i++
	}
	return i
}

func firstLineEndingCRLF(src []byte) bool {
	i := bytes.IndexByte(src, '\n')
	return i > 0 && src[i-1] == '\r'
}

// normalizeNewlines turns CRLF and lone CR line endings into LF.
func normalizeNewlines(src []byte) []byte {
	out := make([]byte, 0, len(src))
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\r' {
			out = append(out, '\n')
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			continue
		}
		out = append(out, c)
	}
	return out
}
