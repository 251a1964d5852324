package syntax

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/ianaindex"
)

// PEP 263: a comment on line 1 or 2 may declare the source encoding.
var codingCookie = regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

// decodeSource returns src as UTF-8, transcoding it when a PEP 263 coding
// cookie names another encoding. Offsets in the tree then refer to the
// UTF-8 text, which File.Src holds. A bad cookie is reported at its span.
func decodeSource(src []byte) ([]byte, *rawError) {
	bom := 0
	if bytes.HasPrefix(src, []byte("\ufeff")) {
		bom = 3
	}
	name, start, end := findCookie(src[bom:])
	if name == "" {
		return src, nil
	}
	start, end = start+bom, end+bom
	norm := strings.ReplaceAll(strings.ToLower(name), "_", "-")
	if norm == "utf-8" || norm == "utf8" || strings.HasPrefix(norm, "utf-8-") {
		return src, nil
	}
	if bom > 0 {
		return src, &rawError{start, end, "encoding problem: " + name + " with BOM"}
	}
	if norm == "ascii" || norm == "us-ascii" {
		for i, b := range src {
			if b >= 0x80 {
				return src, &rawError{i, i + 1, fmt.Sprintf("'ascii' codec can't decode byte 0x%02x", b)}
			}
		}
		return src, nil
	}
	enc := lookupEncoding(norm)
	if enc == nil {
		return src, &rawError{start, end, "unknown encoding: " + name}
	}
	if cm, ok := enc.(*charmap.Charmap); ok {
		return decodeCharmap(cm, strings.HasPrefix(norm, "iso"), src)
	}
	out, err := enc.NewDecoder().Bytes(src)
	if err != nil {
		return src, &rawError{start, end, "cannot decode the source as " + name}
	}
	return out, nil
}

// findCookie returns the encoding named on line 1, or on line 2 when line 1
// is a comment or blank, with the name's byte span.
func findCookie(src []byte) (string, int, int) {
	off := 0
	for line := 0; line < 2 && off < len(src); line++ {
		end := bytes.IndexAny(src[off:], "\r\n")
		if end < 0 {
			end = len(src) - off
		}
		text := src[off : off+end]
		if m := codingCookie.FindSubmatchIndex(text); m != nil {
			return string(text[m[2]:m[3]]), off + m[2], off + m[3]
		}
		if t := bytes.TrimLeft(text, " \t\f"); len(t) > 0 && t[0] != '#' {
			break
		}
		off += end
		if off < len(src) && src[off] == '\r' {
			off++
		}
		if off < len(src) && src[off] == '\n' {
			off++
		}
	}
	return "", 0, 0
}

// lookupEncoding maps a Python codec name to an encoding.
func lookupEncoding(name string) encoding.Encoding {
	switch name {
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "iso-latin-1":
		return charmap.ISO8859_1
	}
	if strings.HasPrefix(name, "cp") {
		name = "windows-" + name[2:]
	}
	if strings.HasPrefix(name, "iso8859-") {
		name = "iso-8859-" + name[len("iso8859-"):]
	}
	enc, err := ianaindex.IANA.Encoding(name)
	if err != nil || enc == nil {
		return nil
	}
	return enc
}

// decodeCharmap decodes a single-byte encoding. Python's ISO 8859 codecs
// map 0x80-0x9F to the C1 controls U+0080-U+009F, where x/text yields
// U+FFFD; keep Python's reading so string constants match CPython.
// Other code pages leave some bytes undefined; Python rejects those.
func decodeCharmap(cm *charmap.Charmap, iso bool, src []byte) ([]byte, *rawError) {
	out := make([]byte, 0, len(src)+len(src)/4)
	for i, b := range src {
		r := cm.DecodeByte(b)
		if r == utf8.RuneError {
			if !iso || b < 0x80 || b > 0x9f {
				return src, &rawError{i, i + 1, fmt.Sprintf("cannot decode byte 0x%02x: it maps to no character in this encoding", b)}
			}
			r = rune(b)
		}
		out = utf8.AppendRune(out, r)
	}
	return out, nil
}
