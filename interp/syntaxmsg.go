package interp

import (
	"regexp"
	"strings"
)

// Our parser words its errors as CPython does (its goldens are CPython's);
// Monty parses with ruff's parser, whose wording differs. A run reports
// what Monty would, so the messages the corpus has shown to differ are
// reworded here; the rest keep CPython's wording.
var indentAfter = regexp.MustCompile(`^expected an indented block after (.*) on line \d+$`)

// montySyntaxMessage returns Monty's wording of a parser error message.
func montySyntaxMessage(msg string) string {
	if m := indentAfter.FindStringSubmatch(msg); m != nil && m[1] == "function definition" {
		return "Expected an indented block after function definition"
	}
	if msg == "too many nested expressions or blocks" {
		return tooDeep // our parser's own depth guard, past Monty's
	}
	if strings.HasPrefix(msg, "cannot use assignment expressions with ") {
		return "Assignment expression target must be an identifier"
	}
	return msg
}
