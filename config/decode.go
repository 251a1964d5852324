package config

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	toml "github.com/pelletier/go-toml/v2"

	"github.com/monty-tools/monty-tools/source"
)

// Keys of the [monty] and [monty.format] tables, for suggestions.
var (
	montyKeys  = []string{"profile", "stubs", "inputs", "include", "exclude", "severity", "format"}
	formatKeys = []string{"line-length", "indent-width", "quote-style", "skip-magic-trailing-comma"}
)

// Allowed values and ranges.
var (
	severities  = []string{"error", "warning", "info", "hint", "off"}
	quoteStyles = []string{"double", "single", "preserve"}
)

const (
	maxLineLength  = 320 // as ruff
	maxIndentWidth = 16  // as ruff
)

// loader decodes one configuration file into a Config, collecting errors.
type loader struct {
	file  string // the path as given, for messages
	data  []byte
	opts  Options
	cfg   *Config
	idx   keyIndex
	lines *source.Lines
	errs  ErrorList
}

func newLoader(file string, data []byte, o Options, cfg *Config) *loader {
	return &loader{file: file, data: data, opts: o, cfg: cfg, lines: source.NewLines(data)}
}

// parse decodes the TOML document and indexes its keys; on a syntax error
// it records the error and returns false.
func (l *loader) parse() (map[string]any, bool) {
	var root map[string]any
	if err := toml.Unmarshal(l.data, &root); err != nil {
		l.decodeError(err)
		return nil, false
	}
	l.idx = indexKeys(l.data)
	return root, true
}

// montyToml decodes a monty.toml: a [monty] table and nothing else.
func (l *loader) montyToml() {
	root, ok := l.parse()
	if !ok {
		return
	}
	for _, k := range sortedKeys(root) {
		if k != "monty" {
			l.unknown([]string{k}, []string{"monty"})
		}
	}
	if v, ok := root["monty"]; ok {
		l.monty([]string{"monty"}, v)
	}
}

// pyproject decodes the [tool.ruff] and [tool.monty] tables of a
// pyproject.toml and ignores the rest.
func (l *loader) pyproject() {
	root, ok := l.parse()
	if !ok {
		return
	}
	tool, _ := root["tool"].(map[string]any)
	l.ruff(tool["ruff"])
	if v, ok := tool["monty"]; ok {
		l.monty([]string{"tool", "monty"}, v)
	}
}

// monty decodes the [monty] (or [tool.monty]) table at path.
func (l *loader) monty(path []string, v any) {
	tbl, ok := l.table(path, v)
	if !ok {
		return
	}
	for _, k := range sortedKeys(tbl) {
		p, v := child(path, k), tbl[k]
		switch k {
		case "profile":
			l.profile(p, v)
		case "stubs":
			l.stubs(p, v)
		case "inputs":
			l.inputs(p, v)
		case "include":
			l.cfg.Include = l.patterns(p, v)
		case "exclude":
			l.cfg.Exclude = l.patterns(p, v)
		case "severity":
			l.severity(p, v)
		case "format":
			l.format(p, v)
		default:
			l.unknown(p, montyKeys)
		}
	}
}

// profile decodes the profile name and passes it to the caller's hook.
func (l *loader) profile(path []string, v any) {
	s, ok := v.(string)
	if !ok {
		l.atValue(path, "expected a string")
		return
	}
	if l.opts.CheckProfile != nil && s != "" {
		if err := l.opts.CheckProfile(s); err != nil {
			l.atValue(path, err.Error())
			return
		}
	}
	l.cfg.Profile = s
}

// stubs decodes the stub paths, made absolute against the config's
// directory.
func (l *loader) stubs(path []string, v any) {
	list, ok := l.stringList(path, v)
	if !ok {
		return
	}
	var out []string
	for i, s := range list {
		if s == "" {
			l.atElem(path, i, "expected a non-empty path")
			continue
		}
		if !filepath.IsAbs(s) {
			s = filepath.Join(l.cfg.Dir, filepath.FromSlash(s))
		}
		out = append(out, filepath.Clean(s))
	}
	l.cfg.Stubs = out
}

// inputs decodes the extra input names, each a Python identifier.
func (l *loader) inputs(path []string, v any) {
	list, ok := l.stringList(path, v)
	if !ok {
		return
	}
	var out []string
	for i, s := range list {
		if !isIdentifier(s) {
			l.atElem(path, i, fmt.Sprintf("%q is not a valid Python identifier", s))
			continue
		}
		out = append(out, s)
	}
	l.cfg.Inputs = out
}

// severity decodes the per-code severity overrides.
func (l *loader) severity(path []string, v any) {
	tbl, ok := l.table(path, v)
	if !ok {
		return
	}
	for _, k := range sortedKeys(tbl) {
		p := child(path, k)
		s, ok := tbl[k].(string)
		if !ok || !contains(severities, s) {
			l.atValue(p, "expected one of "+quoteList(severities))
			continue
		}
		if l.opts.CheckSeverityKey != nil {
			if err := l.opts.CheckSeverityKey(k); err != nil {
				l.atKey(p, err.Error())
				continue
			}
		}
		l.cfg.Severity[k] = s
	}
}

// format decodes the [monty.format] table.
func (l *loader) format(path []string, v any) {
	tbl, ok := l.table(path, v)
	if !ok {
		return
	}
	for _, k := range sortedKeys(tbl) {
		p, v := child(path, k), tbl[k]
		switch k {
		case "line-length":
			l.intIn(p, v, maxLineLength, &l.cfg.Format.LineLength)
		case "indent-width":
			l.intIn(p, v, maxIndentWidth, &l.cfg.Format.IndentWidth)
		case "quote-style":
			if s, ok := v.(string); ok && contains(quoteStyles, s) {
				l.cfg.Format.QuoteStyle = s
			} else {
				l.atValue(p, "expected one of "+quoteList(quoteStyles))
			}
		case "skip-magic-trailing-comma":
			if b, ok := v.(bool); ok {
				l.cfg.Format.SkipMagicTrailingComma = b
			} else {
				l.atValue(p, "expected true or false")
			}
		default:
			l.unknown(p, formatKeys)
		}
	}
}

// ruff applies ruff's formatter settings, ignoring values of the wrong
// type or out of range, which are ruff's to report.
func (l *loader) ruff(v any) {
	ruff, _ := v.(map[string]any)
	format, _ := ruff["format"].(map[string]any)
	f := &l.cfg.Format
	if n, ok := ruff["line-length"].(int64); ok && n >= 1 && n <= maxLineLength {
		f.LineLength = int(n)
	}
	for _, t := range []map[string]any{ruff, format} {
		if n, ok := t["indent-width"].(int64); ok && n >= 1 && n <= maxIndentWidth {
			f.IndentWidth = int(n)
		}
	}
	if s, ok := format["quote-style"].(string); ok && contains(quoteStyles, s) {
		f.QuoteStyle = s
	}
	if b, ok := format["skip-magic-trailing-comma"].(bool); ok {
		f.SkipMagicTrailingComma = b
	}
}

// table checks that v is a table.
func (l *loader) table(path []string, v any) (map[string]any, bool) {
	tbl, ok := v.(map[string]any)
	if !ok {
		l.atValue(path, "expected a table")
	}
	return tbl, ok
}

// stringList checks that v is an array of strings.
func (l *loader) stringList(path []string, v any) ([]string, bool) {
	arr, ok := v.([]any)
	if !ok {
		l.atValue(path, "expected an array of strings")
		return nil, false
	}
	out := make([]string, len(arr))
	for i, e := range arr {
		s, ok := e.(string)
		if !ok {
			l.atElem(path, i, "expected an array of strings")
			return nil, false
		}
		out[i] = s
	}
	return out, true
}

// intIn stores v in *dst if it is an integer from 1 to hi.
func (l *loader) intIn(path []string, v any, hi int, dst *int) {
	n, ok := v.(int64)
	if !ok || n < 1 || n > int64(hi) {
		l.atValue(path, fmt.Sprintf("expected an integer from 1 to %d", hi))
		return
	}
	*dst = int(n)
}

// unknown reports a key this package does not know, suggesting a close
// known key.
func (l *loader) unknown(path []string, known []string) {
	msg := "unknown key"
	if s := suggest(path[len(path)-1], known); s != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", s)
	}
	l.atKey(path, msg)
}

// child returns path extended by k, without sharing path's array.
func child(path []string, k string) []string {
	return append(path[:len(path):len(path)], k)
}

// sortedKeys returns a table's keys in order.
func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// contains reports whether list holds s.
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// quoteList formats values as `"a", "b", "c"`.
func quoteList(values []string) string {
	q := make([]string, len(values))
	for i, v := range values {
		q[i] = fmt.Sprintf("%q", v)
	}
	return strings.Join(q, ", ")
}
