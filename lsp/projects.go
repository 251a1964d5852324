package lsp

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/config"
	"github.com/monty-tools/monty-tools/project"
	"github.com/monty-tools/monty-tools/source"
)

// projectCache is one generation of loaded projects: a project per
// configuration file found by walking up from a document's directory,
// plus a default project for documents that no configuration covers.
// A change to a configuration or stub file replaces the whole cache, so a
// cache never needs invalidating: entries are loaded once and then
// immutable.
type projectCache struct {
	// onLoad is called once for each entry after it loads, from the
	// goroutine that first needed it.
	onLoad func(*projectCache, *projectEntry)
	logf   func(format string, args ...any)
	// settings are the editor's settings of this generation, the
	// fallback for what configuration files do not set (settings.go).
	settings *settingsStore

	mu      sync.Mutex
	dirs    map[string]string        // directory -> configuration file ("" for none)
	entries map[string]*projectEntry // configuration file ("" for the default) -> entry
}

// projectEntry is a loaded project with the analyzer options the server
// uses for it and the problems found in its configuration and stubs.
type projectEntry struct {
	configFile string // "" for the default project
	dir        string

	once  sync.Once
	proj  *project.Project
	opts  analysis.Options         // the project's analyzer options
	diags []project.FileDiagnostic // problems in the configuration and stub files

	stubMu   sync.Mutex
	stubMaps map[string]*source.Mapper

	candOnce sync.Once
	cands    []candidate // completion candidates of the project (complete.go)
}

func newProjectCache(onLoad func(*projectCache, *projectEntry), logf func(string, ...any)) *projectCache {
	return &projectCache{onLoad: onLoad, logf: logf, dirs: map[string]string{}, entries: map[string]*projectEntry{}}
}

// forFile returns the loaded project of the file at path; an empty path
// (a document that is not a file) gets the default project. Only the
// directories above path are examined, never those below.
func (c *projectCache) forFile(path string) *projectEntry {
	dir, cfg := "", ""
	if path != "" {
		dir = filepath.Dir(path)
		cfg = c.configFor(dir)
	}
	c.mu.Lock()
	e := c.entries[cfg]
	if e == nil {
		e = &projectEntry{configFile: cfg, dir: dir}
		c.entries[cfg] = e
	}
	c.mu.Unlock()
	e.once.Do(func() {
		e.load(c.logf, c.settings)
		if c.onLoad != nil {
			c.onLoad(c, e)
		}
	})
	return e
}

// configFor returns the configuration file that governs dir, caching the
// answer of config.Find.
func (c *projectCache) configFor(dir string) string {
	c.mu.Lock()
	cfg, ok := c.dirs[dir]
	c.mu.Unlock()
	if ok {
		return cfg
	}
	cfg, err := config.Find(dir)
	if err != nil {
		c.logf("finding the configuration of %s: %v", dir, err)
	}
	c.mu.Lock()
	c.dirs[dir] = cfg
	c.mu.Unlock()
	return cfg
}

// load reads the configuration and the stubs, and fills in what the
// configuration does not set from the editor's settings. A configuration
// with problems still yields a project: the settings that could be read
// are used and the problems become diagnostics on the configuration file.
func (e *projectEntry) load(logf func(string, ...any), settings *settingsStore) {
	cfg := config.Default(e.dir)
	dir := e.dir
	if e.configFile != "" {
		dir = filepath.Dir(e.configFile)
		loaded, err := project.LoadConfig(e.configFile)
		if err != nil {
			logf("configuration %s: %v", e.configFile, err)
			e.diags = append(e.diags, configDiagnostics(e.configFile, err)...)
		}
		if loaded != nil {
			cfg = loaded
		}
	}
	cfg = applySettings(cfg, settings.forDir(dir), logf)
	p, err := project.Load(cfg)
	if err != nil {
		logf("project %s: %v", e.configFile, err)
		e.diags = append(e.diags, configDiagnostic(e.configFile, nil, source.Span{}, err.Error()))
		fallback := *cfg
		fallback.Profile, fallback.Severity = "", map[string]string{}
		if p, err = project.Load(&fallback); err != nil {
			p, _ = project.Load(config.Default(e.dir))
		}
	}
	e.proj = p
	e.opts = *p.Options()
	e.diags = append(e.diags, p.StubDiagnostics(readFile)...)
}

// readFile returns a file's content, or nil when it cannot be read.
func readFile(path string) []byte {
	data, _ := os.ReadFile(path)
	return data
}

// configDiagnostics turns the error of project.LoadConfig into
// diagnostics on the configuration file.
func configDiagnostics(file string, err error) []project.FileDiagnostic {
	src := readFile(file)
	var list config.ErrorList
	if !errors.As(err, &list) {
		return []project.FileDiagnostic{configDiagnostic(file, src, source.Span{}, err.Error())}
	}
	var out []project.FileDiagnostic
	for _, e := range list {
		msg := e.Msg
		if e.Key != "" {
			msg = e.Key + ": " + msg
		}
		out = append(out, configDiagnostic(file, src, lineColSpan(src, e.Line, e.Col), msg))
	}
	return out
}

// configDiagnostic is an M302 config-error diagnostic.
func configDiagnostic(file string, src []byte, span source.Span, msg string) project.FileDiagnostic {
	info, _ := analysis.LookupCode("config-error")
	return project.FileDiagnostic{Path: file, Src: src, Diagnostic: analysis.Diagnostic{
		Span: span, Severity: analysis.Error, Code: info.Code, Name: info.Name, Message: msg}}
}

// lineColSpan returns the span from a 1-based line and code point column
// to the end of that line; line 0 means no position.
func lineColSpan(src []byte, line, col int) source.Span {
	if line <= 0 {
		return source.Span{}
	}
	ls := source.NewLines(src).LineSpan(line - 1)
	off := ls.Start
	for i := 1; i < col && off < ls.End; i++ {
		_, n := utf8.DecodeRune(src[off:ls.End])
		off += source.Offset(n)
	}
	return source.Span{Start: off, End: ls.End}
}

// stubMapper returns the mapper of a stub file of the project, read from
// disk once, for locations inside the stubs.
func (e *projectEntry) stubMapper(path string) *source.Mapper {
	e.stubMu.Lock()
	defer e.stubMu.Unlock()
	if m, ok := e.stubMaps[path]; ok {
		return m
	}
	if e.stubMaps == nil {
		e.stubMaps = map[string]*source.Mapper{}
	}
	m := source.NewMapper(readFile(path))
	e.stubMaps[path] = m
	return m
}

// isStubPath reports whether a path names a stub file, which the server
// does not analyse as a program.
func isStubPath(path string) bool { return strings.HasSuffix(path, ".pyi") }

// isConfigPath reports whether a path names a configuration file that can
// change the project of the documents below it.
func isConfigPath(path string) bool {
	base := filepath.Base(path)
	return base == "monty.toml" || base == "pyproject.toml"
}
