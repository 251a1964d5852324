package config

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/monty-tools/monty-tools/source"
)

// addAt records an error at a byte offset; a negative offset records it
// without a position.
func (l *loader) addAt(off int, key, msg string) {
	e := &Error{File: l.file, Key: key, Msg: msg}
	if off >= 0 {
		pos := l.lines.Pos(l.data, source.Offset(off))
		e.Line, e.Col = pos.Line, pos.Col
	}
	l.errs = append(l.errs, e)
}

// atKey records an error at the key of path.
func (l *loader) atKey(path []string, msg string) {
	off := -1
	if loc, ok := l.idx[pathKey(path)]; ok {
		off = loc.key
	}
	l.addAt(off, dotted(path), msg)
}

// atValue records an error at the value of path, or at its key when the
// value has no position of its own (a table defined by a header).
func (l *loader) atValue(path []string, msg string) {
	loc, ok := l.idx[pathKey(path)]
	switch {
	case !ok:
		l.addAt(-1, dotted(path), msg)
	case loc.value < 0:
		l.addAt(loc.key, dotted(path), msg)
	default:
		l.addAt(loc.value, dotted(path), msg)
	}
}

// atElem records an error at element i of the array at path, or at the
// array when the element has no position of its own.
func (l *loader) atElem(path []string, i int, msg string) {
	loc, ok := l.idx[pathKey(path)]
	if !ok || i >= len(loc.elems) || loc.elems[i] < 0 {
		l.atValue(path, msg)
		return
	}
	l.addAt(loc.elems[i], dotted(path), msg)
}

// dotted formats a key path as TOML writes it, quoting parts that are not
// bare keys: monty.severity."my rule".
func dotted(path []string) string {
	parts := make([]string, len(path))
	for i, p := range path {
		parts[i] = p
		if !isBareKey(p) {
			parts[i] = strconv.Quote(p)
		}
	}
	return strings.Join(parts, ".")
}

// isBareKey reports whether s can be written as a TOML bare key.
func isBareKey(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// byteOffset converts go-toml's 1-based row and byte column into an
// offset in data; go-toml counts rows by '\n' alone.
func byteOffset(data []byte, row, col int) int {
	off := 0
	for r := 1; r < row; r++ {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			return len(data)
		}
		off += i + 1
	}
	return min(off+max(col-1, 0), len(data))
}

// trimTOML removes the library's "toml: " prefix from a message.
func trimTOML(msg string) string {
	return strings.TrimPrefix(msg, "toml: ")
}
