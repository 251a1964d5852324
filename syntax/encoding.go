package syntax

import (
	"bytes"
	"regexp"
	"strings"

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
	name, start, end := findCookie(src)
	if name == "" {
		return src, nil
	}
	norm := strings.ReplaceAll(strings.ToLower(name), "_", "-")
	if norm == "utf-8" || norm == "utf8" || strings.HasPrefix(norm, "utf-8-") {
		return src, nil
	}
	if bytes.HasPrefix(src, []byte("\ufeff")) {
		return src, &rawError{start, end, "encoding problem: " + name + " with BOM"}
	}
	enc := lookupEncoding(norm)
	if enc == nil {
		return src, &rawError{start, end, "unknown encoding: " + name}
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
	case "ascii", "us-ascii":
		return charmap.Windows1252 // ASCII text decodes the same
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
