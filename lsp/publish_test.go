package lsp

import (
	"encoding/json"
	"reflect"
	"testing"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
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
	}
	for _, version := range []int32{0, 7} {
		for _, ds := range [][]protocol.Diagnostic{{}, diags} {
			got, ok := encodePublish("file:///a%20b/r\"x.py", version, ds)
			if !ok {
				t.Fatal("encodePublish refused the diagnostics")
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
				t.Errorf("encodePublish:\n%s\njsonrpc2:\n%s", got, want)
			}
		}
	}
	if _, ok := encodePublish("file:///x", 1, []protocol.Diagnostic{{Code: 12}}); ok {
		t.Error("a numeric code should take the generic path")
	}
}
