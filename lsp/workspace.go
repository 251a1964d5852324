package lsp

import (
	"context"

	"go.lsp.dev/protocol"
)

// watchedGlobs are the files whose changes alter projects: configuration
// files and stubs.
var watchedGlobs = []string{"**/monty.toml", "**/pyproject.toml", "**/*.pyi"}

// registerWatchers asks the client to watch the configuration and stub
// files. It runs on its own goroutine: the reply can only be read once the
// handler that asked has returned.
func (s *server) registerWatchers() {
	watchers := make([]protocol.FileSystemWatcher, 0, len(watchedGlobs))
	for _, g := range watchedGlobs {
		watchers = append(watchers, protocol.FileSystemWatcher{GlobPattern: g})
	}
	params := &protocol.RegistrationParams{Registrations: []protocol.Registration{{
		ID:              "monty-lsp-watch-projects",
		Method:          protocol.MethodWorkspaceDidChangeWatchedFiles,
		RegisterOptions: &protocol.DidChangeWatchedFilesRegistrationOptions{Watchers: watchers},
	}}}
	if _, err := s.conn.Call(s.ctx, protocol.MethodClientRegisterCapability, params, nil); err != nil && s.ctx.Err() == nil {
		s.logf(protocol.MessageTypeWarning, "registering file watchers: %v", err)
	}
}

// DidChangeWatchedFiles reloads the projects when a configuration or stub
// file changed, and checks the open documents again.
func (s *server) DidChangeWatchedFiles(_ context.Context, p *protocol.DidChangeWatchedFilesParams) error {
	for _, ev := range p.Changes {
		if ev == nil {
			continue
		}
		if path, ok := uriPath(ev.URI); ok && (isStubPath(path) || isConfigPath(path)) {
			s.reload("changed " + path)
			return nil
		}
	}
	return nil
}

// DidChangeConfiguration reads the editor's settings anew (settings.go)
// and reloads the projects, since a client sends it when the user's setup
// changed.
func (s *server) DidChangeConfiguration(ctx context.Context, p *protocol.DidChangeConfigurationParams) error {
	s.didChangeSettings(ctx, p.Settings)
	return nil
}

// DidChangeWorkspaceFolders records the new set of folders. Projects are
// found from each document's directory, so nothing else changes.
func (s *server) DidChangeWorkspaceFolders(_ context.Context, p *protocol.DidChangeWorkspaceFoldersParams) error {
	folders := s.sess.updateFolders(p.Event.Added, p.Event.Removed)
	s.logf(protocol.MessageTypeInfo, "workspace folders: %v", folders)
	return nil
}

// reload starts a new generation of projects: the problems published for
// the old generation's configuration and stub files are cleared, and every
// open document is checked again with its project loaded anew.
func (s *server) reload(reason string) {
	s.logf(protocol.MessageTypeInfo, "reloading projects: %s", reason)
	s.projMu.Lock()
	for _, u := range sortedURIs(s.projectURIs) {
		s.publish(u, 0, nil)
	}
	clear(s.projectURIs)
	snaps := s.sess.reload(s.newProjects())
	s.projMu.Unlock()
	for _, snap := range snaps {
		s.schedule(snap)
	}
	s.refreshDiagnostics()
}

// newProjects returns an empty generation of projects.
func (s *server) newProjects() *projectCache {
	c := newProjectCache(s.projectLoaded, func(format string, args ...any) {
		s.logf(protocol.MessageTypeWarning, format, args...)
	})
	if s.sess != nil {
		c.settings = s.sess.currentSettings()
	}
	return c
}
