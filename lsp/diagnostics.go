package lsp

import (
	"runtime"
	"sort"
	"sync"
	"time"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/project"
	"github.com/monty-tools/monty-tools/source"
)

// diagnoser schedules the checks that produce diagnostics. Each document
// has at most one goroutine checking it and at most one waiting job, the
// latest: an edit replaces the waiting snapshot, so a flood of edits costs
// one pending check per document, not one per edit. Because one goroutine
// at a time handles a document, its publications are ordered; a result is
// published only if its snapshot is still the document's current one when
// the publication starts, so diagnostics of an old version are never sent
// once a newer edit has been applied. A check superseded while it runs
// completes (the analyzer cannot be interrupted) and its result is
// dropped. Checks never run on the connection's reader.
type diagnoser struct {
	mu      sync.Mutex
	pending map[protocol.DocumentURI]diagJob // the latest job not started
	running map[protocol.DocumentURI]bool    // a goroutine handles the document
	slots   chan struct{}                    // bounds the checks running at once
}

// diagJob is what a document's goroutine does next: check a snapshot, or
// clear the diagnostics of a closed document.
type diagJob struct {
	snap  *snapshot
	uri   protocol.DocumentURI
	clear bool
}

// maxParallelChecks bounds the checks running at once: one per processor.
func maxParallelChecks() int { return max(1, runtime.GOMAXPROCS(0)) }

func newDiagnoser() *diagnoser {
	return &diagnoser{
		pending: map[protocol.DocumentURI]diagJob{},
		running: map[protocol.DocumentURI]bool{},
		slots:   make(chan struct{}, maxParallelChecks()),
	}
}

// schedule asks for the diagnostics of snap, superseding any waiting job
// of the same document.
func (s *server) schedule(snap *snapshot) {
	if snap.Analyzable() {
		s.enqueue(diagJob{snap: snap, uri: snap.URI})
	}
}

// scheduleClear asks for the diagnostics of a closed document to be
// cleared, after any publication already under way.
func (s *server) scheduleClear(u protocol.DocumentURI) {
	s.enqueue(diagJob{uri: u, clear: true})
}

func (s *server) enqueue(job diagJob) {
	d := s.diags
	d.mu.Lock()
	d.pending[job.uri] = job
	start := !d.running[job.uri]
	d.running[job.uri] = true
	d.mu.Unlock()
	if start && !s.goTracked(func() { s.diagnoseLoop(job.uri) }) {
		d.mu.Lock()
		delete(d.running, job.uri)
		delete(d.pending, job.uri)
		d.mu.Unlock()
	}
}

// diagnoseLoop does the waiting jobs of one document until none is left.
func (s *server) diagnoseLoop(u protocol.DocumentURI) {
	for {
		job, ok := s.diags.next(u, s.ctx.Err() != nil)
		switch {
		case !ok:
			return
		case job.clear:
			if _, open := s.sess.get(u); !open && !s.pullsDiagnostics() {
				s.publish(u, 0, nil)
			}
		case s.opts.Debounce > 0 && !s.settle(u):
			// a newer job arrived while waiting
		default:
			s.diagnose(job.snap)
		}
	}
}

// next takes the waiting job of u; when there is none (or the session is
// ending) it ends the document's goroutine and reports false.
func (d *diagnoser) next(u protocol.DocumentURI, stopping bool) (diagJob, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	job, ok := d.pending[u]
	delete(d.pending, u)
	if !ok || stopping {
		delete(d.running, u)
		return diagJob{}, false
	}
	return job, true
}

// settle waits for the debounce delay and reports whether no newer job
// for u arrived meanwhile.
func (s *server) settle(u protocol.DocumentURI) bool {
	t := time.NewTimer(s.opts.Debounce)
	defer t.Stop()
	select {
	case <-t.C:
	case <-s.ctx.Done():
		return false
	}
	d := s.diags
	d.mu.Lock()
	defer d.mu.Unlock()
	_, newer := d.pending[u]
	return !newer
}

// clear drops every waiting job.
func (d *diagnoser) clear() {
	d.mu.Lock()
	clear(d.pending)
	d.mu.Unlock()
}

// documentDiagnostics converts ds, the diagnostics of snap, for the
// client, with the error of a run of that version (command.go).
func (s *server) documentDiagnostics(snap *snapshot, ds []analysis.Diagnostic) []protocol.Diagnostic {
	return append(toDiagnostics(snap.Mapper(), ds), s.runs.of(snap)...)
}

// diagnose checks snap and publishes its diagnostics if it is still the
// document's current snapshot. For a client that pulls diagnostics
// (pulldiag.go) it only checks it, so that the pull finds them ready.
func (s *server) diagnose(snap *snapshot) {
	if !s.sess.isCurrent(snap) {
		return // superseded before the check started
	}
	select {
	case s.diags.slots <- struct{}{}:
	case <-s.ctx.Done():
		return
	}
	ds := snap.Diagnostics()
	<-s.diags.slots
	s.analyses.Add(1)
	if snap.diagsPanic != nil {
		s.logf(protocol.MessageTypeError, "analyzer bug on %s version %d: %v", snap.URI, snap.Version, snap.diagsPanic)
	}
	if snap.tracker.firstCheck() {
		snap.tracker.warm()
	} else {
		defer snap.tracker.warm() // for the next edit, once the diagnostics are out
	}
	if s.pullsDiagnostics() {
		return // checked for the pull that follows, not published
	}
	if s.sess.isCurrent(snap) {
		s.publishDocument(snap, ds)
		if s.opts.published != nil {
			s.opts.published(snap, time.Since(snap.created))
		}
	}
}

// publishDocument sends the diagnostics of snap, ds and those of a run of
// that version, encoding ds directly (publish.go).
func (s *server) publishDocument(snap *snapshot, ds []analysis.Diagnostic) {
	f := newFrame()
	defer f.release()
	b, ok := snap.tracker.pub.appendPublish(f.b, snap.URI, snap.Version, snap.Mapper(), snap.Content, ds, s.runs.of(snap))
	if !ok {
		s.publish(snap.URI, snap.Version, s.documentDiagnostics(snap, ds))
		return
	}
	f.b = b
	s.writePublish(f)
}

// writePublish writes an encoded publication, unless the session ended.
func (s *server) writePublish(f *frame) {
	if s.ctx.Err() != nil {
		return
	}
	if err := s.raw.write(f); err != nil {
		s.logLocal(protocol.MessageTypeLog, "publish diagnostics: "+err.Error())
	}
}

// publish sends a document's diagnostics. Open documents publish only
// from their diagnoser goroutine, configuration and stub files only under
// server.projMu, so the publications of one URI are ordered.
func (s *server) publish(u protocol.DocumentURI, version int32, diags []protocol.Diagnostic) {
	if diags == nil {
		diags = []protocol.Diagnostic{}
	}
	f := newFrame()
	defer f.release()
	if b, ok := appendPublish(f.b, u, version, diags); ok {
		f.b = b
		s.writePublish(f)
		return
	}
	params := &protocol.PublishDiagnosticsParams{URI: u, Diagnostics: diags}
	if version > 0 {
		params.Version = uint32(version)
	}
	s.notify(protocol.MethodTextDocumentPublishDiagnostics, params)
}

// toDiagnostics converts the analyzer's diagnostics, leaving out those the
// configuration turned off.
func toDiagnostics(m *source.Mapper, ds []analysis.Diagnostic) []protocol.Diagnostic {
	out := make([]protocol.Diagnostic, 0, len(ds))
	for _, d := range ds {
		if shown(&d) {
			out = append(out, toDiagnostic(m, d))
		}
	}
	return out
}

// shown reports whether d is sent to the client: the configuration turns
// a code off by giving it a severity outside LSP's.
func shown(d *analysis.Diagnostic) bool {
	return d.Severity >= analysis.Error && d.Severity <= analysis.Hint
}

// diagSource is the source of every diagnostic of the analyzer.
const diagSource = "monty"

// toDiagnostic converts one diagnostic: its severity values are LSP's,
// its source is "monty" and unused declarations are tagged unnecessary.
func toDiagnostic(m *source.Mapper, d analysis.Diagnostic) protocol.Diagnostic {
	pd := protocol.Diagnostic{
		Range:    toRange(m, d.Span),
		Severity: protocol.DiagnosticSeverity(d.Severity),
		Code:     d.Code,
		Source:   diagSource,
		Message:  d.Message,
	}
	if d.Unnecessary {
		pd.Tags = unnecessary
	}
	return pd
}

// projectLoaded publishes the problems of a newly loaded project's
// configuration and stub files on those files, unless a reload made the
// project's generation obsolete meanwhile.
func (s *server) projectLoaded(c *projectCache, e *projectEntry) {
	byURI := projectDiagnostics(e.diags)
	s.projMu.Lock()
	defer s.projMu.Unlock()
	if s.sess.currentProjects() != c {
		return
	}
	for _, u := range sortedURIs(byURI) {
		s.publish(u, 0, byURI[u])
		s.projectURIs[u] = true
	}
}

// projectDiagnostics groups diagnostics on configuration and stub files
// by file.
func projectDiagnostics(fds []project.FileDiagnostic) map[protocol.DocumentURI][]protocol.Diagnostic {
	out := map[protocol.DocumentURI][]protocol.Diagnostic{}
	mappers := source.MapperCache{}
	for _, fd := range fds {
		u := pathURI(fd.Path)
		out[u] = append(out[u], toDiagnostic(mappers.For(fd.Path, fd.Src), fd.Diagnostic))
	}
	return out
}

func sortedURIs[V any](m map[protocol.DocumentURI]V) []protocol.DocumentURI {
	out := make([]protocol.DocumentURI, 0, len(m))
	for u := range m {
		out = append(out, u)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}
