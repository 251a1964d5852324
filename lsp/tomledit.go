package lsp

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/config"
	"github.com/monty-tools/monty-tools/source"
)

// This file edits the text of a configuration file for the quick fixes:
// it appends a string to an array of the [monty] table (or
// [tool.monty] in pyproject.toml), keeping the rest of the file, its
// comments and layout, as it is. It reads only as much TOML as that
// needs: table headers, the key's line, and the array's strings and
// comments up to its closing bracket.

// configTable returns the name of the table holding Monty's settings in
// a configuration file.
func configTable(path string) string {
	if filepath.Base(path) == config.Pyproject {
		return "tool.monty"
	}
	return "monty"
}

var (
	tableHeaderRe = regexp.MustCompile(`^[ \t]*\[\[?[ \t]*([^\]]*?)[ \t]*\]`)
	tomlKeyRe     = regexp.MustCompile(`^[ \t]*"?([A-Za-z0-9_-]+)"?[ \t]*=[ \t]*`)
)

// tomlAppend returns the edit that adds value to the array key of table:
// inside the existing array, or as a new key after the table's header,
// or in a new table at the end of the file.
func tomlAppend(src []byte, table, key, value string) analysis.TextEdit {
	eol := "\n"
	if bytes.Contains(src, []byte("\r\n")) {
		eol = "\r\n"
	}
	item := tomlString(value)
	lines := source.NewLines(src)
	inTable := false
	for l := 0; l < lines.Count(); l++ {
		sp := lines.LineSpan(l)
		text := src[sp.Start:sp.End]
		if m := tableHeaderRe.FindSubmatch(text); m != nil {
			if inTable {
				break
			}
			inTable = string(m[1]) == table
			if inTable && l+1 >= lines.Count() {
				return insertAt(sp.End, eol+key+" = ["+item+"]")
			}
			continue
		}
		if m := tomlKeyRe.FindSubmatchIndex(text); inTable && m != nil && string(text[m[2]:m[3]]) == key {
			if e, ok := arrayAppend(src, sp.Start+source.Offset(m[1]), item); ok {
				return e
			}
		}
	}
	if start := tableStart(src, lines, table); start >= 0 {
		return insertAt(start, key+" = ["+item+"]"+eol)
	}
	sep := "" // ends the last line and leaves a blank one
	if len(src) > 0 {
		sep = eol
		if !bytes.HasSuffix(src, []byte("\n")) {
			sep += eol
		}
	}
	return insertAt(source.Offset(len(src)), sep+"["+table+"]"+eol+key+" = ["+item+"]"+eol)
}

// tableStart returns the start of the line after the header of table,
// or -1.
func tableStart(src []byte, lines *source.Lines, table string) source.Offset {
	for l := 0; l < lines.Count(); l++ {
		sp := lines.LineSpan(l)
		if m := tableHeaderRe.FindSubmatch(src[sp.Start:sp.End]); m != nil && string(m[1]) == table {
			return lines.Start(l + 1)
		}
	}
	return -1
}

// arrayAppend returns the edit that appends item to the array whose
// opening bracket is at off: after its last element, or after its last
// comma, or inside the empty brackets. In an array written one element
// per line with a trailing comma, the item gets a line of its own.
func arrayAppend(src []byte, off source.Offset, item string) (analysis.TextEdit, bool) {
	if int(off) >= len(src) || src[off] != '[' {
		return analysis.TextEdit{}, false
	}
	last, lastByte, elem := off+1, byte('['), source.Offset(-1)
	for i := int(off) + 1; i < len(src); {
		switch c := src[i]; {
		case c == ']':
			return appendAfter(src, last, lastByte, elem, source.Offset(i), item), true
		case c == '#':
			i = lineEnd(src, i)
		case c == '"' || c == '\'':
			elem = source.Offset(i)
			i, _ = stringEnd(src, i)
			last, lastByte = source.Offset(i), c
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		default:
			if c != ',' {
				elem = source.Offset(i)
			}
			i++
			last, lastByte = source.Offset(i), c
		}
	}
	return analysis.TextEdit{}, false
}

// appendAfter returns the edit adding item to an array closed at end
// whose last significant byte (lastByte) ends at last and whose last
// element starts at elem (-1 if none).
func appendAfter(src []byte, last source.Offset, lastByte byte, elem, end source.Offset, item string) analysis.TextEdit {
	switch lastByte {
	case '[':
		return insertAt(last, item)
	case ',':
		if e, ok := appendLine(src, last, elem, end, item); ok {
			return e
		}
		return insertAt(last, " "+item+",")
	}
	return insertAt(last, ", "+item)
}

// appendLine returns the edit adding item on a line of its own, indented
// as the last element, when the array's closing bracket is on a line
// after its trailing comma and the last element starts its line.
func appendLine(src []byte, last, elem, end source.Offset, item string) (analysis.TextEdit, bool) {
	if elem < 0 || !bytes.ContainsAny(src[last:end], "\r\n") {
		return analysis.TextEdit{}, false
	}
	lineStart := elem
	for lineStart > 0 && src[lineStart-1] != '\n' && src[lineStart-1] != '\r' {
		lineStart--
	}
	indent := string(src[lineStart:elem])
	if strings.TrimLeft(indent, " \t") != "" {
		return analysis.TextEdit{}, false
	}
	eol := "\n"
	if bytes.Contains(src, []byte("\r\n")) {
		eol = "\r\n"
	}
	return insertAt(source.Offset(lineEnd(src, int(last))), eol+indent+item+","), true
}

// insertAt is the edit inserting text at off.
func insertAt(off source.Offset, text string) analysis.TextEdit {
	return analysis.TextEdit{Span: source.Span{Start: off, End: off}, NewText: text}
}

// tomlString quotes a string as a TOML basic string.
func tomlString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}
