package lsp

import (
	"slices"
	"strconv"
	"unicode/utf8"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/source"
)

// A large file publishes thousands of diagnostics on every keystroke;
// encoding them through reflection, and then validating the encoded
// parameters again as the notification's raw params, cost more than
// checking the edit (bench/lsp). The notification is written directly
// instead, into a pooled frame (frame.go), and the analyzer's diagnostics
// of a document are encoded without converting them to
// protocol.Diagnostic values first: the message is the same JSON that
// jsonrpc2 would send, field for field (publish_test.go decodes both and
// compares).

// appendPublish appends the JSON-RPC notification that publishes diags to
// b, or returns false for diagnostics with fields it does not write (the
// server never sets them), which take the generic path.
func appendPublish(b []byte, u protocol.DocumentURI, version int32, diags []protocol.Diagnostic) ([]byte, bool) {
	b = appendPublishStart(b, u, version, len(diags))
	b, ok := appendProtocolDiagnostics(b, diags, true)
	return append(b, "]}}"...), ok
}

// appendAnalysisDiagnostic appends d as toDiagnostic converts it, its
// span converted by c.
func appendAnalysisDiagnostic(b []byte, c *source.RangeCursor, d *analysis.Diagnostic) []byte {
	var tags []protocol.DiagnosticTag
	if d.Unnecessary {
		tags = unnecessary
	}
	r := c.Range(d.Span)
	return appendDiagnostic(b, protocol.Range{Start: toPosition(r.Start), End: toPosition(r.End)},
		protocol.DiagnosticSeverity(d.Severity), d.Code, diagSource, d.Message, tags)
}

// unnecessary are the tags of an unused declaration.
var unnecessary = []protocol.DiagnosticTag{protocol.DiagnosticTagUnnecessary}

// appendPublishStart appends the notification up to its diagnostics.
func appendPublishStart(b []byte, u protocol.DocumentURI, version int32, n int) []byte {
	b = slices.Grow(b, 256+n*320)
	b = append(b, `{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":`...)
	b = appendJSONString(b, string(u))
	if version > 0 {
		b = append(b, `,"version":`...)
		b = strconv.AppendUint(b, uint64(uint32(version)), 10)
	}
	return append(b, `,"diagnostics":[`...)
}

// appendProtocolDiagnostics appends diags, after a comma unless first,
// or reports false for a diagnostic with fields it does not write.
func appendProtocolDiagnostics(b []byte, diags []protocol.Diagnostic, first bool) ([]byte, bool) {
	for i := range diags {
		d := &diags[i]
		code := ""
		switch c := d.Code.(type) {
		case nil:
		case string:
			code = c
		default:
			return b, false
		}
		if d.CodeDescription != nil || d.RelatedInformation != nil || d.Data != nil {
			return b, false
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = appendDiagnostic(b, d.Range, d.Severity, code, d.Source, d.Message, d.Tags)
	}
	return b, true
}

// appendDiagnostic appends one diagnostic; zero fields are left out, as
// encoding/json leaves out protocol.Diagnostic's.
func appendDiagnostic(b []byte, r protocol.Range, sev protocol.DiagnosticSeverity, code, src, msg string, tags []protocol.DiagnosticTag) []byte {
	b = append(b, `{"range":`...)
	b = appendRange(b, r)
	if sev != 0 {
		b = append(b, `,"severity":`...)
		if n := int(sev); protocol.DiagnosticSeverity(n) == sev && n >= 1 && n <= 9 {
			b = append(b, '0'+byte(n)) // every severity LSP defines
		} else {
			b = strconv.AppendFloat(b, float64(sev), 'f', -1, 64)
		}
	}
	if code != "" {
		b = append(b, `,"code":`...)
		b = appendJSONString(b, code)
	}
	if src != "" {
		b = append(b, `,"source":`...)
		b = appendJSONString(b, src)
	}
	b = append(b, `,"message":`...)
	b = appendJSONString(b, msg)
	if len(tags) > 0 {
		b = append(b, `,"tags":[`...)
		for j, t := range tags {
			if j > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendFloat(b, float64(t), 'f', -1, 64)
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

func appendRange(b []byte, r protocol.Range) []byte {
	b = append(b, `{"start":{"line":`...)
	b = strconv.AppendUint(b, uint64(r.Start.Line), 10)
	b = append(b, `,"character":`...)
	b = strconv.AppendUint(b, uint64(r.Start.Character), 10)
	b = append(b, `},"end":{"line":`...)
	b = strconv.AppendUint(b, uint64(r.End.Line), 10)
	b = append(b, `,"character":`...)
	b = strconv.AppendUint(b, uint64(r.End.Character), 10)
	return append(b, "}}"...)
}

// appendJSONString appends s as a JSON string: quotes, backslashes and
// control characters escaped, invalid UTF-8 replaced by U+FFFD, and
// U+2028 and U+2029 escaped as encoding/json does.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
