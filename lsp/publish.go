package lsp

import (
	"strconv"
	"unicode/utf8"

	"go.lsp.dev/protocol"
)

// A large file publishes thousands of diagnostics on every keystroke;
// encoding them through reflection, and then validating the encoded
// parameters again as the notification's raw params, cost more than
// checking the edit (bench/lsp). publishFrame writes the notification
// directly: the message is the same JSON that jsonrpc2 would send,
// field for field (publish_test.go decodes both and compares).

// encodePublish returns the JSON-RPC notification that publishes diags,
// or false for diagnostics with fields it does not write (the server
// never sets them), which take the generic path.
func encodePublish(u protocol.DocumentURI, version int32, diags []protocol.Diagnostic) ([]byte, bool) {
	b := make([]byte, 0, 256+len(diags)*160)
	b = append(b, `{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":`...)
	b = appendJSONString(b, string(u))
	if version > 0 {
		b = append(b, `,"version":`...)
		b = strconv.AppendUint(b, uint64(uint32(version)), 10)
	}
	b = append(b, `,"diagnostics":[`...)
	for i := range diags {
		d := &diags[i]
		if d.CodeDescription != nil || d.RelatedInformation != nil || d.Data != nil {
			return nil, false
		}
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"range":`...)
		b = appendRange(b, d.Range)
		if d.Severity != 0 {
			b = append(b, `,"severity":`...)
			b = strconv.AppendFloat(b, float64(d.Severity), 'f', -1, 64)
		}
		switch c := d.Code.(type) {
		case nil:
		case string:
			if c != "" {
				b = append(b, `,"code":`...)
				b = appendJSONString(b, c)
			}
		default:
			return nil, false
		}
		if d.Source != "" {
			b = append(b, `,"source":`...)
			b = appendJSONString(b, d.Source)
		}
		b = append(b, `,"message":`...)
		b = appendJSONString(b, d.Message)
		if len(d.Tags) > 0 {
			b = append(b, `,"tags":[`...)
			for j, t := range d.Tags {
				if j > 0 {
					b = append(b, ',')
				}
				b = strconv.AppendFloat(b, float64(t), 'f', -1, 64)
			}
			b = append(b, ']')
		}
		b = append(b, '}')
	}
	return append(b, "]}}"...), true
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
