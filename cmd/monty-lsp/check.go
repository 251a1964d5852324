package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/sourcegraph/conc/iter"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/config"
	"github.com/monty-tools/monty-tools/internal/atomicfile"
	"github.com/monty-tools/monty-tools/internal/runner"
	"github.com/monty-tools/monty-tools/profile"
	"github.com/monty-tools/monty-tools/project"
	"github.com/monty-tools/monty-tools/source"
)

// checkCmd implements `monty-lsp check`: analyse files and folders, print
// diagnostics sorted by path and position, exit 1 when any is an error
// and 2 on usage or configuration errors.
func checkCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print diagnostics as a JSON array (LSP-style ranges)")
	cfgPath := fs.String("config", "", "use this monty.toml instead of searching from each file")
	profileName := fs.String("profile", "", "target Monty profile, overriding the configuration (e.g. monty-0.0.18)")
	fix := fs.Bool("fix", false, "apply safe fixes in place")
	unsafe := fs.Bool("unsafe-fixes", false, "with --fix, also apply fixes that may change behaviour (as ruff's flag)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: monty-lsp check [--json] [--config FILE] [--profile NAME] [--fix [--unsafe-fixes]] PATHS...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	if *profileName != "" {
		if _, err := profile.Get(*profileName); err != nil {
			fmt.Fprintf(stderr, "monty-lsp check: --profile: %v\n", err)
			return 2
		}
	}
	ck := &checker{cfgPath: *cfgPath, profile: *profileName, projects: map[string]*project.Project{}}
	files, err := ck.collect(fs.Args())
	if err != nil {
		var list config.ErrorList
		if errors.As(err, &list) {
			for _, e := range list {
				fmt.Fprintln(stderr, e)
			}
		} else {
			fmt.Fprintf(stderr, "monty-lsp check: %v\n", err)
		}
		return 2
	}
	mode := noFix
	if *fix {
		mode = safeFixes
		if *unsafe {
			mode = allFixes
		}
	}
	results := iter.Map(files, func(f **fileJob) *fileResult { return ck.checkFile(*f, mode) })
	out := ck.extraDiagnostics(results)
	for _, r := range results {
		if r.err != nil {
			fmt.Fprintf(stderr, "monty-lsp check: %v\n", r.err)
			return 2
		}
		out = append(out, r.diags...)
	}
	sortDiags(out)
	if *asJSON {
		writeJSON(stdout, out)
	} else {
		w := bufio.NewWriter(stdout)
		mappers := source.MapperCache{}
		for _, d := range out {
			pos := mappers.For(d.Path, d.Src).Pos(d.Span.Start)
			fmt.Fprintf(w, "%s:%d:%d: %s %s\n", d.Path, pos.Line, pos.Col, d.Code, d.Message)
		}
		w.Flush()
	}
	for _, d := range out {
		if d.Severity == analysis.Error {
			return 1
		}
	}
	return 0
}

// checker holds the state of one check run: the projects (configuration,
// profile, stubs) met so far, keyed by configuration file.
type checker struct {
	cfgPath, profile string
	mu               sync.Mutex
	projects         map[string]*project.Project
	wholeProject     map[*project.Project]bool // a folder argument covers the project
}

type fileJob struct {
	path string
	proj *project.Project
}

type fileResult struct {
	diags []project.FileDiagnostic
	used  map[string]bool
	proj  *project.Project
	err   error
}

// collect expands the arguments into files, each with its project.
// Files named explicitly are always checked; files found in folders are
// filtered by their project's include and exclude patterns.
func (ck *checker) collect(args []string) ([]*fileJob, error) {
	var jobs []*fileJob
	ck.wholeProject = map[*project.Project]bool{}
	seen := map[string]bool{} // absolute paths: a file named twice is checked once
	add := func(path string, p *project.Project) {
		abs, err := filepath.Abs(path)
		if err != nil || seen[abs] {
			return
		}
		seen[abs] = true
		jobs = append(jobs, &fileJob{path, p})
	}
	for _, arg := range args {
		info, err := os.Stat(arg)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			p, err := ck.projectFor(arg)
			if err != nil {
				return nil, err
			}
			add(arg, p)
			continue
		}
		err = filepath.WalkDir(arg, func(path string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if path != arg && skipDir(d.Name()) {
					return filepath.SkipDir
				}
				return nil
			}
			if !strings.HasSuffix(path, ".py") {
				return nil
			}
			p, err := ck.projectFor(path)
			if err != nil {
				return err
			}
			abs, err := filepath.Abs(path)
			if err != nil {
				return err
			}
			if p.Config.Matches(abs) {
				add(path, p)
				if within(arg, p.Config.Dir) {
					ck.wholeProject[p] = true
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return jobs, nil
}

// skipDir tells which folders a tree walk never enters.
func skipDir(name string) bool {
	return strings.HasPrefix(name, ".") || name == "node_modules" || name == "__pycache__" || name == "venv"
}

// within reports whether dir is the folder root or inside it.
func within(root, dir string) bool {
	r, err1 := filepath.Abs(root)
	d, err2 := filepath.Abs(dir)
	if err1 != nil || err2 != nil {
		return false
	}
	rel, err := filepath.Rel(r, d)
	return err == nil && !strings.HasPrefix(rel, "..")
}

// projectFor finds and loads (once) the project of a file.
func (ck *checker) projectFor(path string) (*project.Project, error) {
	cfgFile, err := runner.ConfigFile(path, ck.cfgPath)
	if err != nil {
		return nil, err
	}
	ck.mu.Lock()
	defer ck.mu.Unlock()
	if p, ok := ck.projects[cfgFile]; ok {
		return p, nil
	}
	cfg, err := runner.LoadConfig(cfgFile)
	if err != nil {
		return nil, err
	}
	if ck.profile != "" {
		cfg.Profile = ck.profile
	}
	p, err := project.Load(cfg)
	if err != nil {
		return nil, err
	}
	ck.projects[cfgFile] = p
	return p, nil
}

// fixMode says which fixes `check` applies.
type fixMode int

const (
	noFix     fixMode = iota
	safeFixes         // --fix
	allFixes          // --fix --unsafe-fixes
)

// checkFile checks one file, applying fixes first when asked.
func (ck *checker) checkFile(job *fileJob, fix fixMode) *fileResult {
	src, err := os.ReadFile(job.path)
	if err != nil {
		return &fileResult{err: err}
	}
	_, res := job.proj.Check(job.path, src)
	if fix != noFix {
		if src, res, err = applyFixes(job, src, res, fix); err != nil {
			return &fileResult{err: err}
		}
	}
	r := &fileResult{used: res.Used, proj: job.proj}
	for _, d := range res.Diagnostics {
		r.diags = append(r.diags, project.FileDiagnostic{Path: job.path, Src: src, Diagnostic: d})
	}
	return r
}

// applyFixes applies fixes until none is left (at most a few rounds,
// since a fix can uncover another) and writes the file atomically. A file
// that does not parse is never touched, and neither is one whose fixed
// version would not parse.
func applyFixes(job *fileJob, src []byte, res *analysis.Result, mode fixMode) ([]byte, *analysis.Result, error) {
	if hasSyntaxError(res) {
		return src, res, nil
	}
	apply := analysis.ApplyFixes
	if mode == allFixes {
		apply = analysis.ApplyQuickFixes
	}
	orig, origRes := src, res
	changed := false
	for round := 0; round < 5; round++ {
		out, n := apply(src, res.Diagnostics)
		if n == 0 {
			break
		}
		src, changed = out, true
		_, res = job.proj.Check(job.path, src)
		if hasSyntaxError(res) {
			return orig, origRes, fmt.Errorf("%s: a fix produced code that does not parse; the file is left as it was (please report this bug)", job.path)
		}
	}
	if !changed {
		return src, res, nil
	}
	return src, res, atomicfile.Replace(job.path, src)
}

func hasSyntaxError(res *analysis.Result) bool {
	for _, d := range res.Diagnostics {
		if d.Code == "M001" {
			return true
		}
	}
	return false
}

// extraDiagnostics returns the diagnostics on stub files: their problems,
// and, for projects checked as a whole, the declarations no file uses.
func (ck *checker) extraDiagnostics(results []*fileResult) []project.FileDiagnostic {
	used := map[*project.Project]map[string]bool{}
	for _, r := range results {
		if r.proj == nil {
			continue
		}
		if used[r.proj] == nil {
			used[r.proj] = map[string]bool{}
		}
		for name := range r.used {
			used[r.proj][name] = true
		}
	}
	read := func(path string) []byte { b, _ := os.ReadFile(path); return b }
	wd, _ := os.Getwd()
	rel := func(ds []project.FileDiagnostic) []project.FileDiagnostic {
		for i := range ds {
			if r, err := filepath.Rel(wd, ds[i].Path); err == nil && !strings.HasPrefix(r, "..") {
				ds[i].Path = r
			}
		}
		return ds
	}
	var out []project.FileDiagnostic
	for _, p := range ck.projects {
		out = append(out, rel(p.StubDiagnostics(read))...)
		if ck.wholeProject[p] {
			out = append(out, rel(p.UnusedDiagnostics(used[p], read))...)
		}
	}
	return out
}

func sortDiags(ds []project.FileDiagnostic) {
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].Path != ds[j].Path {
			return ds[i].Path < ds[j].Path
		}
		if ds[i].Span.Start != ds[j].Span.Start {
			return ds[i].Span.Start < ds[j].Span.Start
		}
		return ds[i].Code < ds[j].Code
	})
}

// jsonDiag is the --json form of a diagnostic: LSP ranges (0-based line,
// UTF-16 character) so that editors and scripts need no conversion.
type jsonDiag struct {
	Path     string       `json:"path"`
	Range    source.Range `json:"range"`
	Code     string       `json:"code"`
	Name     string       `json:"name"`
	Severity string       `json:"severity"`
	Message  string       `json:"message"`
	Fixes    []jsonFix    `json:"fixes,omitempty"`
	Line     int          `json:"line"`
	Column   int          `json:"column"`
	Tags     []string     `json:"tags,omitempty"`
}

type jsonFix struct {
	Title string     `json:"title"`
	Safe  bool       `json:"safe"`
	Edits []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	Range   source.Range `json:"range"`
	NewText string       `json:"newText"`
}

func writeJSON(w io.Writer, ds []project.FileDiagnostic) {
	out := make([]jsonDiag, 0, len(ds))
	mappers := source.MapperCache{}
	for _, d := range ds {
		m := mappers.For(d.Path, d.Src)
		pos := m.Pos(d.Span.Start)
		jd := jsonDiag{Path: d.Path, Range: m.Range(d.Span), Code: d.Code, Name: d.Name,
			Severity: d.Severity.String(), Message: d.Message, Line: pos.Line, Column: pos.Col}
		if d.Unnecessary {
			jd.Tags = []string{"unnecessary"}
		}
		for _, f := range d.Fixes {
			jf := jsonFix{Title: f.Title, Safe: f.Safe}
			for _, e := range f.Edits {
				jf.Edits = append(jf.Edits, jsonEdit{Range: m.Range(e.Span), NewText: e.NewText})
			}
			jd.Fixes = append(jd.Fixes, jf)
		}
		out = append(out, jd)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	enc.Encode(out)
}
