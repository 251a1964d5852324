package config

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// Patterns are doublestar globs matched against slash-separated paths
// relative to Config.Dir: '*' matches within one path element, '**' any
// number of elements, and '?', '[...]' and '{a,b}' as usual. A pattern also
// matches every file below a directory it matches, so "build" or
// "rules/legacy" exclude whole trees as "rules/legacy/**" does.

// patterns decodes an include or exclude list, checking that each pattern
// is relative and compiles; a leading "./" and a trailing "/" are
// dropped.
func (l *loader) patterns(p []string, v any) []string {
	list, ok := l.stringList(p, v)
	if !ok {
		return nil
	}
	var out []string
	for i, s := range list {
		pat := strings.TrimPrefix(s, "./")
		if len(pat) > 1 {
			pat = strings.TrimSuffix(pat, "/")
		}
		switch {
		case pat == "":
			l.atElem(p, i, "expected a non-empty pattern")
		case path.IsAbs(pat) || filepath.IsAbs(pat):
			l.atElem(p, i, fmt.Sprintf("pattern %q must be relative to the directory of the config file", s))
		case !doublestar.ValidatePattern(pat):
			l.atElem(p, i, fmt.Sprintf("invalid glob pattern %q", s))
		default:
			out = append(out, pat)
		}
	}
	return out
}

// Matches reports whether the configuration covers the file at path: the
// file lies inside Dir, no Exclude pattern matches it, and an Include
// pattern matches it, or Include is empty and the file's name ends in
// ".py". A relative path is taken relative to Dir. A file that an Include
// pattern reaches only through its directory must also end in ".py".
func (c *Config) Matches(p string) bool {
	rel, ok := c.relative(p)
	if !ok {
		return false
	}
	if file, dir := matchAny(c.Exclude, rel); file || dir {
		return false
	}
	isPy := strings.HasSuffix(rel, ".py")
	if len(c.Include) == 0 {
		return isPy
	}
	file, dir := matchAny(c.Include, rel)
	return file || dir && isPy
}

// relative returns p relative to c.Dir with forward slashes, and false if
// p lies outside c.Dir.
func (c *Config) relative(p string) (string, bool) {
	if !filepath.IsAbs(p) {
		p = filepath.Join(c.Dir, p)
	}
	rel, err := filepath.Rel(c.Dir, p)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// matchAny reports whether a pattern matches rel itself (file) or one of
// the directories above it (dir).
func matchAny(patterns []string, rel string) (file, dir bool) {
	for _, pat := range patterns {
		if doublestar.MatchUnvalidated(pat, rel) {
			file = true
		}
		for i := strings.IndexByte(rel, '/'); i >= 0; {
			if doublestar.MatchUnvalidated(pat, rel[:i]) {
				dir = true
			}
			next := strings.IndexByte(rel[i+1:], '/')
			if next < 0 {
				break
			}
			i += next + 1
		}
	}
	return file, dir
}
