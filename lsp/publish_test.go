package lsp

import (
	"encoding/json"
	"reflect"
	"testing"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/source"
)

// TestEncodePublishMatchesJSONRPC checks that the hand-written
// publishDiagnostics notification decodes to the same value as the one
// jsonrpc2 encodes, with messages that need escaping.
func TestEncodePublishMatchesJSONRPC(t *testing.T) {
	r := protocol.Range{Start: protocol.Position{Line: 3, Character: 4}, End: protocol.Position{Line: 70000, Character: 1}}
	diags := []protocol.Diagnostic{
		{Range: r, Severity: protocol.DiagnosticSeverityError, Code: "M201", Source: "monty",
			Message: "name 'x' is \"not\" defined\n\t<here> & \\ there \x01 é 😀 \u2028 bad:\xff"},
		{Range: r, Severity: protocol.DiagnosticSeverityHint, Code: "M301", Source: "monty", Message: "unused",
			Tags: []protocol.DiagnosticTag{protocol.DiagnosticTagUnnecessary}},
		{Range: r, Message: "no severity, code or source"},
		{Range: r, Severity: 2.5, Message: "a severity no client sends, written as encoding/json writes it"},
		{Range: r, Severity: 12, Message: "so is this one"},
	}
	for _, version := range []int32{0, 7} {
		for _, ds := range [][]protocol.Diagnostic{{}, diags} {
			got, ok := appendPublish(nil, "file:///a%20b/r\"x.py", version, ds)
			if !ok {
				t.Fatal("appendPublish refused the diagnostics")
			}
			params := &protocol.PublishDiagnosticsParams{URI: "file:///a%20b/r\"x.py", Diagnostics: ds}
			if version > 0 {
				params.Version = uint32(version)
			}
			n, err := jsonrpc2.NewNotification(protocol.MethodTextDocumentPublishDiagnostics, params)
			if err != nil {
				t.Fatal(err)
			}
			want, err := n.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			var g, w any
			if err := json.Unmarshal(got, &g); err != nil {
				t.Fatalf("invalid JSON %s: %v", got, err)
			}
			if err := json.Unmarshal(want, &w); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(g, w) {
				t.Errorf("appendPublish:\n%s\njsonrpc2:\n%s", got, want)
			}
		}
	}
	if _, ok := appendPublish(nil, "file:///x", 1, []protocol.Diagnostic{{Code: 12}}); ok {
		t.Error("a numeric code should take the generic path")
	}
}

// TestDocumentPublishMatchesConversion checks that the analyzer's
// diagnostics encoded directly give the notification of their conversion
// by toDiagnostics (severities the configuration turned off left out,
// unused names tagged), with a run's diagnostic after them.
func TestDocumentPublishMatchesConversion(t *testing.T) {
	src := []byte("x = 'é😀'\r\n\ty = x\nz = 1\n")
	m := source.NewMapper(src)
	ds := []analysis.Diagnostic{
		{Span: source.Span{Start: 5, End: 13}, Severity: analysis.Error, Code: "M201", Message: "bad \"é\"\n"},
		{Span: source.Span{Start: 0, End: 1}, Severity: analysis.Off, Code: "M999", Message: "turned off"},
		{Span: source.Span{Start: 17, End: 18}, Severity: analysis.Hint, Code: "M301", Message: "unused", Unnecessary: true},
		{Span: source.Span{Start: 21, End: 22}, Severity: analysis.Warning, Message: "no code"},
	}
	run := []protocol.Diagnostic{{Severity: protocol.DiagnosticSeverityError, Source: "monty run", Message: "ZeroDivisionError"}}
	var cache pubCache // the same text each time: the later encodings are copies
	for _, extra := range [][]protocol.Diagnostic{nil, run} {
		for _, ds := range [][]analysis.Diagnostic{nil, ds[1:2], ds, ds} {
			got, ok := cache.appendPublish(nil, "file:///r.py", 3, m, src, ds, extra)
			want, _ := appendPublish(nil, "file:///r.py", 3, append(toDiagnostics(m, ds), extra...))
			var g, w any
			if err := json.Unmarshal(got, &g); err != nil || !ok {
				t.Fatalf("invalid JSON %s (%v): %v", got, ok, err)
			}
			_ = json.Unmarshal(want, &w)
			if !reflect.DeepEqual(g, w) {
				t.Errorf("direct:\n%s\nconverted:\n%s", got, want)
			}
		}
	}
}
