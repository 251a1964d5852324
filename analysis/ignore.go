package analysis

import (
	"strings"

	"github.com/monty-tools/monty-tools/source"
)

// ignoreMarker starts a suppression comment: `# monty: ignore` silences
// every diagnostic that starts on the comment's line, `# monty:
// ignore[M201, undefined-name]` only those codes or names.
const ignoreMarker = "monty: ignore"

// applyIgnores drops the diagnostics silenced by suppression comments.
func (c *checker) applyIgnores(diags []Diagnostic) []Diagnostic {
	ignores := map[int][]string{} // line -> codes; nil slice entry means all
	for _, cm := range c.file.Comments {
		text := strings.TrimSpace(strings.TrimPrefix(cm.Text, "#"))
		i := strings.Index(text, ignoreMarker)
		if i < 0 {
			continue
		}
		rest := text[i+len(ignoreMarker):]
		line := c.line(cm.Start)
		if !strings.HasPrefix(rest, "[") {
			ignores[line] = append(ignores[line], "*")
			continue
		}
		end := strings.IndexByte(rest, ']')
		if end < 0 {
			end = len(rest)
		}
		for _, code := range strings.Split(rest[1:end], ",") {
			if code = strings.TrimSpace(code); code != "" {
				ignores[line] = append(ignores[line], code)
			}
		}
	}
	if len(ignores) == 0 {
		return diags
	}
	out := diags[:0]
	for _, d := range diags {
		if !ignored(ignores[c.line(d.Span.Start)], d) {
			out = append(out, d)
		}
	}
	return out
}

func ignored(codes []string, d Diagnostic) bool {
	for _, code := range codes {
		if code == "*" || code == d.Code || code == d.Name {
			return true
		}
	}
	return false
}

// IgnoreEdit returns the edit that silences d with a comment at the end
// of its line, for the language server's "ignore on this line" action.
func IgnoreEdit(src []byte, d Diagnostic) TextEdit {
	lines := source.NewLines(src)
	line := lines.LineOf(d.Span.Start)
	sp := lines.LineSpan(line)
	text := string(src[sp.Start:sp.End])
	end := sp.Start + source.Offset(len(strings.TrimRight(text, "\r\n")))
	if strings.Contains(text, "# "+ignoreMarker+"[") {
		// Extend an existing list: `# monty: ignore[M201]` -> `[M201, M202]`.
		i := strings.Index(text, "# "+ignoreMarker+"[") + len("# "+ignoreMarker+"[")
		j := strings.IndexByte(text[i:], ']')
		if j >= 0 {
			at := sp.Start + source.Offset(i+j)
			return TextEdit{Span: source.Span{Start: at, End: at}, NewText: ", " + d.Code}
		}
	}
	return TextEdit{Span: source.Span{Start: end, End: end}, NewText: "  # " + ignoreMarker + "[" + d.Code + "]"}
}
