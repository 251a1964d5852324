package lsp

import (
	"fmt"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// snapshot is one version of an open document. It is immutable: an edit
// makes a new snapshot. What is derived from the content (the line index,
// the parse tree and the analysis) is computed on first use, once per
// snapshot, and shared by every feature and by the diagnostics, which
// may ask for it from several goroutines at once.
type snapshot struct {
	// URI names the document as the client does.
	URI protocol.DocumentURI
	// Version is the client's version of the content.
	Version int32
	// Content is the document's text. It must not be modified.
	Content []byte

	created  time.Time     // when the edit was applied, for latency measurements
	path     string        // file path; "" for URIs without one
	projects *projectCache // the project generation the snapshot belongs to

	mapperOnce sync.Once
	mapper     *source.Mapper

	projectOnce sync.Once
	project     *projectEntry

	checkOnce sync.Once
	checkDone atomic.Bool // checkOnce has finished
	file      *syntax.File
	result    *analysis.Result
	syntaxOK  bool // the file parsed without errors

	// tracker links the document's versions for the incremental
	// diagnostics (incremental.go); diags are this version's.
	tracker    *incTracker
	diagsOnce  sync.Once
	diags      []analysis.Diagnostic
	diagsPanic any // checkPanic, when the diagnostics came from Check
	// checkPanic is the value of a panic of the analyzer on this
	// snapshot (an analyzer bug), which the diagnostics log.
	checkPanic any

	parseOnce sync.Once
	pfile     *syntax.File // Parsed's own parse

	resolveOnce  sync.Once
	resolvedDone atomic.Bool      // resolveOnce has finished
	rfile        *syntax.File     // the tree Refs of rresult point into
	rresult      *analysis.Result // the analysis with Result.Refs filled

	moduleNamesOnce sync.Once
	moduleNames     []scopeName // the names bound at module level (scope.go)
	moduleCandsOnce sync.Once
	moduleCands     []candidate // their completion candidates (complete.go)
}

// newSnapshot returns the snapshot of a document's content.
func newSnapshot(u protocol.DocumentURI, version int32, content []byte, projects *projectCache) *snapshot {
	path, _ := uriPath(u)
	return &snapshot{URI: u, Version: version, Content: content, path: path, projects: projects, created: time.Now(),
		tracker: &incTracker{}}
}

// next returns the snapshot of the document's next version.
func (s *snapshot) next(version int32, content []byte, projects *projectCache) *snapshot {
	snap := newSnapshot(s.URI, version, content, projects)
	snap.tracker = s.tracker
	return snap
}

// withProjects returns a snapshot of the same content and version that
// belongs to another project generation, so that it is checked again.
func (s *snapshot) withProjects(projects *projectCache) *snapshot {
	return s.next(s.Version, s.Content, projects)
}

// Mapper returns the position mapper of the snapshot's content.
func (s *snapshot) Mapper() *source.Mapper {
	s.mapperOnce.Do(func() { s.mapper = source.NewMapper(s.Content) })
	return s.mapper
}

// Analyzable reports whether the document is a Monty program. Stub files
// and configuration files are open in editors too, but they are not
// programs: their problems are reported through the project.
func (s *snapshot) Analyzable() bool {
	return !isStubPath(s.path) && !isConfigPath(s.path)
}

// Check returns the parse tree and the analysis of the snapshot, computing
// them on first use with the document's project.
func (s *snapshot) Check() (*syntax.File, *analysis.Result) {
	s.checkOnce.Do(func() {
		s.file, s.result, s.syntaxOK, s.checkPanic = checkSafely(s.name(), s.Content, &s.Project().opts)
		s.checkDone.Store(true)
	})
	return s.file, s.result
}

// Parsed returns a parse tree of the snapshot for the features that need
// no analysis (symbols, folding ranges, locating a call): the tree of an
// analysis already made, else a parse of its own, made once. Editors ask
// for symbols and folding ranges after every edit, and the diagnostics of
// an edit need no full check: those requests must not make one.
func (s *snapshot) Parsed() *syntax.File {
	switch {
	case s.resolvedDone.Load():
		return s.rfile
	case s.checkDone.Load():
		return s.file
	}
	s.parseOnce.Do(func() { s.pfile, _ = syntax.Parse(s.name(), s.Content, 0) })
	return s.pfile
}

// Diagnostics returns the diagnostics of the snapshot and their fixes:
// those of a full check (Check), computed incrementally from the last
// version whose diagnostics were computed when that is possible (then
// without the fixes that depend on the whole module, see localFixes).
func (s *snapshot) Diagnostics() []analysis.Diagnostic {
	s.diagsOnce.Do(func() {
		opts := &s.Project().opts
		s.diags, _ = incrementalDiagnostics(s.tracker, s.name(), opts, s.Content, func() (*syntax.File, []analysis.Diagnostic, bool) {
			f, res := s.Check()
			s.diagsPanic = s.checkPanic
			return f, res.Diagnostics, s.syntaxOK && s.checkPanic == nil
		})
	})
	return s.diags
}

// Resolved returns a parse tree and an analysis of it that records what
// every identifier resolves to (Result.Refs), for hover, definition,
// references, completion and semantic tokens. Keeping the names costs the
// analyzer its shortcuts, so it is a second analysis made on the first
// request that needs it, never on the path of each keystroke's
// diagnostics (which do not need Check's either, see Diagnostics). Use
// the returned tree with the result: Refs is keyed by its identifiers.
func (s *snapshot) Resolved() (*syntax.File, *analysis.Result) {
	s.resolveOnce.Do(func() {
		opts := s.Project().opts
		opts.KeepRefs = true
		start := time.Now()
		s.rfile, s.rresult, _, _ = checkSafely(s.name(), s.Content, &opts)
		s.resolvedDone.Store(true)
		s.tracker.resolved.note(s, time.Since(start))
	})
	return s.rfile, s.rresult
}

// name is the file name the analyzer reports: the path, or the URI for
// documents without one.
func (s *snapshot) name() string {
	if s.path == "" {
		return string(s.URI)
	}
	return s.path
}

// checkSafely runs the analyzer. A panic in it is an analyzer bug; rather
// than end the session on a file being typed, it is returned, and the
// result holds only the syntax errors of the file.
func checkSafely(name string, src []byte, opts *analysis.Options) (f *syntax.File, res *analysis.Result, parsed bool, panicked any) {
	defer func() {
		v := recover()
		if v == nil {
			return
		}
		panicked = fmt.Sprintf("%v\n%s", v, debug.Stack())
		var errs syntax.ErrorList
		f, errs = syntax.Parse(name, src, 0)
		res = &analysis.Result{Used: map[string]bool{}, Refs: map[*syntax.Ident]analysis.Ref{}}
		info, _ := analysis.LookupCode("syntax-error")
		for _, e := range errs {
			res.Diagnostics = append(res.Diagnostics, analysis.Diagnostic{Span: e.Span, Severity: analysis.Error,
				Code: info.Code, Name: info.Name, Message: e.Msg, Rejects: true})
		}
	}()
	f, errs := syntax.Parse(name, src, 0)
	res = analysis.Check(f, errs, opts)
	return f, res, len(errs) == 0, nil
}

// Project returns the project the snapshot was checked with.
func (s *snapshot) Project() *projectEntry {
	s.projectOnce.Do(func() { s.project = s.projects.forFile(s.path) })
	return s.project
}
