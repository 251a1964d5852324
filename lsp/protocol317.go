package lsp

import (
	"encoding/json"

	"go.lsp.dev/protocol"
)

// This file holds the parts of initialize that go.lsp.dev/protocol
// v0.12.0 (LSP 3.15) cannot express: the client capabilities of LSP 3.16
// and 3.17 features the server uses (pull diagnostics, inlay hints), and
// the server capabilities it advertises for them. The initialize
// parameters are decoded twice, once into the library's type and once
// for these extra fields, and the result is the library's capabilities
// with the extra fields added.

// initializeParams are initialize's parameters.
type initializeParams struct {
	protocol.InitializeParams
	extra extraClientCapabilities
}

// extraClientCapabilities are the client capabilities that the
// protocol library lacks.
type extraClientCapabilities struct {
	// pullDiagnostics is set when the client sent
	// capabilities.textDocument.diagnostic (LSP 3.17).
	pullDiagnostics bool
	// diagnosticRefresh is set when the client accepts
	// workspace/diagnostic/refresh (LSP 3.17).
	diagnosticRefresh bool
}

// UnmarshalJSON decodes the parameters and the extra capabilities.
func (p *initializeParams) UnmarshalJSON(data []byte) error {
	if err := json.Unmarshal(data, &p.InitializeParams); err != nil {
		return err
	}
	var raw struct {
		Capabilities struct {
			TextDocument struct {
				Diagnostic json.RawMessage `json:"diagnostic"`
			} `json:"textDocument"`
			Workspace struct {
				Diagnostics struct {
					RefreshSupport bool `json:"refreshSupport"`
				} `json:"diagnostics"`
			} `json:"workspace"`
		} `json:"capabilities"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return err
	}
	p.extra = extraClientCapabilities{pullDiagnostics: present(raw.Capabilities.TextDocument.Diagnostic),
		diagnosticRefresh: raw.Capabilities.Workspace.Diagnostics.RefreshSupport}
	return nil
}

// present reports whether a JSON value was sent and is not null.
func present(raw json.RawMessage) bool { return len(raw) > 0 && string(raw) != "null" }

// initializeResult is initialize's result.
type initializeResult struct {
	Capabilities serverCapabilities   `json:"capabilities"`
	ServerInfo   *protocol.ServerInfo `json:"serverInfo,omitempty"`
}

// serverCapabilities are the library's server capabilities plus those of
// LSP 3.17.
type serverCapabilities struct {
	protocol.ServerCapabilities
	// InlayHintProvider advertises textDocument/inlayHint.
	InlayHintProvider bool `json:"inlayHintProvider,omitempty"`
	// DiagnosticProvider advertises textDocument/diagnostic.
	DiagnosticProvider *diagnosticOptions `json:"diagnosticProvider,omitempty"`
}

// diagnosticOptions are LSP 3.17's DiagnosticOptions.
type diagnosticOptions struct {
	// InterFileDependencies is set since a change to a stub or
	// configuration file changes the diagnostics of programs.
	InterFileDependencies bool `json:"interFileDependencies"`
	// WorkspaceDiagnostics is false: only open documents are checked.
	WorkspaceDiagnostics bool `json:"workspaceDiagnostics"`
}

// semanticTokensOptions are the semantic tokens capabilities with the
// legend, which the library's SemanticTokensOptions lacks.
type semanticTokensOptions struct {
	Legend protocol.SemanticTokensLegend `json:"legend"`
	Range  bool                          `json:"range"`
	Full   bool                          `json:"full"`
}
