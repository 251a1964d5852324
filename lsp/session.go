package lsp

import (
	"fmt"
	"sort"
	"sync"

	"go.lsp.dev/protocol"
)

// session holds the state the client's notifications change: the open
// documents, each as its latest snapshot, the workspace folders and the
// current generation of projects.
//
// Only the connection's reader goroutine changes a session (didOpen,
// didChange, didClose, watched-file changes), so the documents change in
// the order the client sent its notifications. Other goroutines read
// snapshots. The lock is never held during I/O, so the reader never waits
// for the client to read.
type session struct {
	mu       sync.Mutex
	docs     map[protocol.DocumentURI]*snapshot
	projects *projectCache
	folders  []protocol.WorkspaceFolder
	settings *settingsStore // the editor's settings (settings.go)
}

func newSession(projects *projectCache) *session {
	return &session{docs: map[protocol.DocumentURI]*snapshot{}, projects: projects}
}

// open records a newly opened document; opening an open document
// replaces it.
func (ss *session) open(u protocol.DocumentURI, version int32, text string) *snapshot {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	snap := newSnapshot(u, version, []byte(text), ss.projects)
	ss.docs[u] = snap
	return snap
}

// change applies edits to an open document and returns its new snapshot.
// A version that does not increase is accepted, since the client's text is
// the truth, but reported in the error alongside the snapshot.
func (ss *session) change(u protocol.DocumentURI, version int32, changes []contentChange) (*snapshot, error) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	old, ok := ss.docs[u]
	if !ok {
		return nil, fmt.Errorf("didChange of %s, which is not open", u)
	}
	content, m := applyChanges(old, changes)
	snap := old.next(version, content, ss.projects)
	if m != nil {
		snap.mapperOnce.Do(func() { snap.mapper = m })
	}
	ss.docs[u] = snap
	if version <= old.Version {
		return snap, fmt.Errorf("didChange of %s: version %d does not follow %d", u, version, old.Version)
	}
	return snap, nil
}

// close forgets a document and returns its last snapshot.
func (ss *session) close(u protocol.DocumentURI) (*snapshot, bool) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	snap, ok := ss.docs[u]
	delete(ss.docs, u)
	return snap, ok
}

// get returns the current snapshot of an open document.
func (ss *session) get(u protocol.DocumentURI) (*snapshot, bool) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	snap, ok := ss.docs[u]
	return snap, ok
}

// reload starts a new generation of projects and returns new snapshots of
// every open document (same content and version) that belong to it, in
// URI order.
func (ss *session) reload(projects *projectCache) []*snapshot {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	ss.projects = projects
	out := make([]*snapshot, 0, len(ss.docs))
	for u, old := range ss.docs {
		snap := old.withProjects(projects)
		ss.docs[u] = snap
		out = append(out, snap)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].URI < out[j].URI })
	return out
}

// currentProjects returns the current project generation.
func (ss *session) currentProjects() *projectCache {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	return ss.projects
}

// isCurrent reports whether snap is still its document's current
// snapshot.
func (ss *session) isCurrent(snap *snapshot) bool {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	return ss.docs[snap.URI] == snap
}

// setFolders replaces the workspace folders.
func (ss *session) setFolders(folders []protocol.WorkspaceFolder) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	ss.folders = append([]protocol.WorkspaceFolder(nil), folders...)
}

// updateFolders applies a workspace folder change event.
func (ss *session) updateFolders(added, removed []protocol.WorkspaceFolder) []protocol.WorkspaceFolder {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	gone := map[string]bool{}
	for _, f := range removed {
		gone[f.URI] = true
	}
	var kept []protocol.WorkspaceFolder
	for _, f := range ss.folders {
		if !gone[f.URI] {
			kept = append(kept, f)
		}
	}
	ss.folders = append(kept, added...)
	return append([]protocol.WorkspaceFolder(nil), ss.folders...)
}

// setSettings records the editor's settings, which the next project
// generation uses, and reports whether they changed.
func (ss *session) setSettings(st *settingsStore) bool {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	changed := !sameSettings(ss.settings, st)
	ss.settings = st
	return changed
}

// currentSettings returns the editor's settings.
func (ss *session) currentSettings() *settingsStore {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	return ss.settings
}

// workspaceFolders returns the workspace folders.
func (ss *session) workspaceFolders() []protocol.WorkspaceFolder {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	return append([]protocol.WorkspaceFolder(nil), ss.folders...)
}
