package format

import (
	"sort"
	"strings"

	"github.com/monty-tools/monty-tools/syntax"
)

// verify checks that out parses to the same tree as f (positions ignored,
// docstring whitespace normalised as the formatter does) and keeps every
// comment. It returns "" if so, else what differs.
func verify(f *syntax.File, out []byte) string {
	g, errs := syntax.Parse(f.Name, out, 0)
	if len(errs) > 0 {
		return "output does not parse: " + errs[0].Error()
	}
	if d := treesEqual(f, g); d != "" {
		return "syntax tree changed: " + d
	}
	if a, b := commentKeys(f), commentKeys(g); strings.Join(a, "\x00") != strings.Join(b, "\x00") {
		return "comments changed: " + commentDiff(a, b)
	}
	return ""
}

// commentKeys lists the comments' texts without whitespace, sorted.
func commentKeys(f *syntax.File) []string {
	keys := make([]string, len(f.Comments))
	for i, c := range f.Comments {
		keys[i] = strings.Join(strings.Fields(strings.TrimPrefix(c.Text, "#")), "")
	}
	sort.Strings(keys)
	return keys
}

// commentDiff names a comment present in one sorted list but not the other.
func commentDiff(a, b []string) string {
	count := map[string]int{}
	for _, k := range a {
		count[k]++
	}
	for _, k := range b {
		count[k]--
	}
	for k, n := range count {
		if n > 0 {
			return "lost #" + k
		}
		if n < 0 {
			return "duplicated #" + k
		}
	}
	return ""
}
