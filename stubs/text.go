package stubs

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// oneLine returns the source text of span for use in a one-line
// signature. Text on one line is returned as written. Text that spans lines
// inside brackets loses its comments and line breaks: each break and the
// indentation after it become one space, or nothing right after an opening
// bracket or before a closing one, where a trailing comma is dropped too.
// Text holding a triple-quoted string is returned as written, since its
// line breaks may be part of a value.
func oneLine(src []byte, span source.Span, comments []syntax.Comment) string {
	start, end := int(span.Start), int(span.End)
	if start < 0 || end > len(src) || start > end {
		return ""
	}
	raw := src[start:end]
	if !bytes.ContainsAny(raw, "\r\n") || bytes.Contains(raw, []byte(`"""`)) || bytes.Contains(raw, []byte(`'''`)) {
		return string(raw)
	}
	skip := commentEnds(comments, start, end)
	var out []byte
	for i := start; i < end; {
		c := src[i]
		switch {
		case skip[i] > 0:
			i = skip[i]
		case c == '\\' && i+1 < end && (src[i+1] == '\n' || src[i+1] == '\r'):
			i++
		case c == '\n' || c == '\r':
			i = skipBreak(src, i, end, skip)
			out = joinBreak(out, src, i, end)
		default:
			out = append(out, c)
			i++
		}
	}
	return string(out)
}

// commentEnds maps the start offset of each comment inside [start, end) to
// its end offset.
func commentEnds(comments []syntax.Comment, start, end int) map[int]int {
	m := map[int]int{}
	for _, c := range comments {
		if int(c.Start) >= start && int(c.End) <= end {
			m[int(c.Start)] = int(c.End)
		}
	}
	return m
}

// skipBreak skips a run of line breaks, whitespace and comments starting at
// i and returns the offset after it.
func skipBreak(src []byte, i, end int, skip map[int]int) int {
	for i < end {
		switch {
		case skip[i] > 0:
			i = skip[i]
		case src[i] == '\\' && i+1 < end && (src[i+1] == '\n' || src[i+1] == '\r'):
			i++
		case strings.IndexByte(" \t\f\r\n", src[i]) >= 0:
			i++
		default:
			return i
		}
	}
	return i
}

// joinBreak appends the separator that replaces a line break to out; next
// is the offset of the text after the break.
func joinBreak(out, src []byte, next, end int) []byte {
	out = bytes.TrimRight(out, " \t\f")
	closing := next < end && strings.IndexByte(")]}", src[next]) >= 0
	switch {
	case len(out) == 0:
		return out
	case closing && out[len(out)-1] == ',':
		return out[:len(out)-1]
	case closing || strings.IndexByte("([{", out[len(out)-1]) >= 0:
		return out
	}
	return append(out, ' ')
}

// cleandoc removes a docstring's indentation as Python's inspect.cleandoc
// does: tabs expand to 8 columns, leading whitespace goes from the first
// line, the smallest indentation of the other non-blank lines goes from
// each of them, and leading and trailing blank lines are dropped.
func cleandoc(doc string) string {
	doc = strings.ReplaceAll(doc, "\r\n", "\n")
	doc = strings.ReplaceAll(doc, "\r", "\n")
	lines := strings.Split(expandTabs(doc), "\n")
	margin := -1
	for _, l := range lines[1:] {
		content := strings.TrimLeftFunc(l, unicode.IsSpace)
		if content == "" {
			continue
		}
		if indent := len(l) - len(content); margin < 0 || indent < margin {
			margin = indent
		}
	}
	lines[0] = strings.TrimLeftFunc(lines[0], unicode.IsSpace)
	for i := 1; i < len(lines) && margin > 0; i++ {
		lines[i] = lines[i][min(margin, len(lines[i])):]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// expandTabs replaces each tab with spaces up to the next multiple of 8
// columns, as str.expandtabs does; columns restart after each newline.
func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var sb strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			n := 8 - col%8
			sb.WriteString(strings.Repeat(" ", n))
			col += n
		case '\n':
			sb.WriteRune(r)
			col = 0
		default:
			sb.WriteRune(r)
			col++
		}
	}
	return sb.String()
}
