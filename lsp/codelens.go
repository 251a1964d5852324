package lsp

import (
	"context"

	"go.lsp.dev/protocol"
)

// CodeLens offers "▶ Run" (monty.run, served here) and "Debug"
// (monty.debug, a client command) at the top of a Monty file: a file of a
// project with a configuration, or one the client opened as language
// "monty". Other Python files, stubs and configuration files get none.
func (s *server) CodeLens(_ context.Context, p *protocol.CodeLensParams) ([]protocol.CodeLens, error) {
	snap, err := s.snapshotOf(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	path, isFile := uriPath(snap.URI)
	if !isFile || isStubPath(path) || isConfigPath(path) || !s.isMontyFile(snap) {
		return []protocol.CodeLens{}, nil
	}
	top := protocol.Range{}
	args := []any{string(snap.URI)}
	return []protocol.CodeLens{
		{Range: top, Command: &protocol.Command{Title: "▶ Run", Command: CommandRun, Arguments: args}},
		{Range: top, Command: &protocol.Command{Title: "Debug", Command: CommandDebug, Arguments: args}},
	}, nil
}

// isMontyFile reports whether the server knows the document as Monty: a
// monty.toml (or pyproject [tool.monty]) governs it, or the client sent
// it as language "monty".
func (s *server) isMontyFile(snap *snapshot) bool {
	if snap.Project().configFile != "" {
		return true
	}
	return s.runs.language(snap.URI) == "monty"
}

// setLanguage records the language the client opened a document with;
// "" forgets it (the document closed).
func (r *runState) setLanguage(u protocol.DocumentURI, lang string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.langs == nil {
		r.langs = map[protocol.DocumentURI]string{}
	}
	if lang == "" {
		delete(r.langs, u)
		return
	}
	r.langs[u] = lang
}

// language returns the language a document was opened with.
func (r *runState) language(u protocol.DocumentURI) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.langs[u]
}
