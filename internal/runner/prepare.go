package runner

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/monty-tools/monty-tools/config"
	"github.com/monty-tools/monty-tools/internal/mocks"
	"github.com/monty-tools/monty-tools/interp"
	"github.com/monty-tools/monty-tools/project"
	"github.com/monty-tools/monty-tools/source"
)

// Options say where a run's project, inputs and external answers come
// from. Relative paths are read against Dir.
type Options struct {
	// Dir is the folder relative paths are read against; "" is the
	// current directory.
	Dir string
	// Config is the monty.toml (or pyproject.toml) to use; "" finds it by
	// walking up from the file, as `check` does.
	Config string
	// Project is an already loaded project (the language server's); it
	// wins over Config.
	Project *project.Project
	// InputsFile is a JSON file holding an object of input values.
	InputsFile string
	// Inputs are input values as JSON texts by name; they win over
	// InputsFile's.
	Inputs map[string]json.RawMessage
	// MocksFile is a mocks document (package internal/mocks).
	MocksFile string
	// Host is the host command line (see the package comment); its words
	// are split as a POSIX shell would split them, without expansions.
	Host string
	// HostTimeout bounds each host call; zero is DefaultHostTimeout.
	HostTimeout time.Duration
	// HostStderr receives the host's standard error; nil keeps only its
	// last lines, for error messages.
	HostStderr io.Writer
	// Prompt, when not nil, asks at the terminal for the calls nothing
	// else answers.
	Prompt *Prompt
	// Debug compiles the file with line events for a debugger
	// (interp.CompileOptions.Debug).
	Debug bool
}

// DefaultHostTimeout bounds a host call when Options.HostTimeout is zero.
const DefaultHostTimeout = 30 * time.Second

// Prepared is a file ready to run once: compiled (or rejected at load
// time, as Monty would reject it), with its inputs and the answers to its
// external calls.
type Prepared struct {
	Path    string // the file, as given
	Src     []byte // its text
	Project *project.Project
	// Program is the compiled file; nil when Rejected is set.
	Program *interp.Program
	// Rejected is the load-time error Monty raises for the file (a syntax
	// error, a construct it does not support). Running a rejected file
	// reports this error.
	Rejected *interp.CompileError
	// Inputs are the input values by name.
	Inputs map[string]interp.Value
	// Externals answers and logs the run's external calls; its Call
	// method is the run's interp.ExternalFunc.
	Externals *Externals

	hostFuncs []string // the declared externals the file uses that the host answers
}

// SetupError is why a file cannot be run: a problem with the invocation
// (configuration, inputs, mocks; Exit 2) or a program that calls
// functions nobody declared (Exit 1).
type SetupError struct {
	// Exit is the command's exit code: 1 for a problem in the program,
	// 2 for a problem in the invocation.
	Exit int
	// Lines are the messages, one a line.
	Lines []string
	// Located says the lines already start with a file position
	// (path:line:col); others read best after "monty-lsp run: ".
	Located bool
	// Line and Col locate the first problem in the run's file (1-based;
	// Col in code points), or are 0 when it is elsewhere.
	Line, Col int
}

// Error returns the messages, one a line.
func (e *SetupError) Error() string { return strings.Join(e.Lines, "\n") }

// usageError is a SetupError of the invocation.
func usageError(format string, a ...any) *SetupError {
	return &SetupError{Exit: 2, Lines: []string{fmt.Sprintf(format, a...)}}
}

// Prepare loads what a run of path needs and compiles it. src is the
// file's text; nil reads the file. Every problem is a *SetupError.
func Prepare(path string, src []byte, opts Options) (*Prepared, error) {
	p := &Prepared{Path: path, Src: src, Project: opts.Project}
	if p.Src == nil {
		var err error
		if p.Src, err = os.ReadFile(path); err != nil {
			return nil, usageError("%v", err)
		}
	}
	if p.Project == nil {
		proj, err := LoadProject(path, opts.abs(opts.Config))
		if err != nil {
			var list config.ErrorList
			if errors.As(err, &list) {
				se := &SetupError{Exit: 2, Located: true}
				for _, e := range list {
					se.Lines = append(se.Lines, e.Error())
				}
				return nil, se
			}
			return nil, usageError("%v", err)
		}
		p.Project = proj
	}
	var err error
	if p.Inputs, err = ReadInputs(opts.abs(opts.InputsFile), opts.Inputs); err != nil {
		return nil, usageError("%v", err)
	}
	var doc []byte
	if opts.MocksFile != "" {
		if doc, err = os.ReadFile(opts.abs(opts.MocksFile)); err != nil {
			return nil, usageError("%v", err)
		}
	}
	mk, err := mocks.Parse(doc)
	if err != nil {
		return nil, usageError("%s: %v", opts.MocksFile, err)
	}
	p.Externals = newExternals(mk, opts, p.Path)
	if err := p.checkNames(opts); err != nil {
		return nil, err
	}
	p.Externals.functions = p.hostFuncs
	if err := p.compile(opts.Debug); err != nil {
		return nil, err
	}
	return p, nil
}

// abs reads a path against Options.Dir.
func (o *Options) abs(path string) string {
	if path == "" || o.Dir == "" || filepath.IsAbs(path) {
		return path
	}
	return filepath.Join(o.Dir, path)
}

// LoadProject loads the project of a file: the configuration cfgFile, or
// when it is "" the one found by walking up from the file; with none, the
// default configuration.
func LoadProject(path, cfgFile string) (*project.Project, error) {
	cfgFile, err := ConfigFile(path, cfgFile)
	if err != nil {
		return nil, err
	}
	cfg, err := LoadConfig(cfgFile)
	if err != nil {
		return nil, err
	}
	return project.Load(cfg)
}

// ConfigFile returns the configuration file of path: cfgFile when it is
// set, else the one found by walking up from the file's folder, or ""
// when there is none.
func ConfigFile(path, cfgFile string) (string, error) {
	if cfgFile != "" {
		return cfgFile, nil
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	return config.Find(filepath.Dir(abs))
}

// LoadConfig reads the configuration file cfgFile; "" (no configuration)
// is the default configuration, under which every file is in.
func LoadConfig(cfgFile string) (*config.Config, error) {
	if cfgFile == "" {
		return config.Default(string(filepath.Separator)), nil
	}
	return project.LoadConfig(cfgFile)
}

// checkNames runs the analyzer: a call to an external the stubs do not
// declare stops the run, as do used inputs without a value, used
// externals nothing answers and mocks of undeclared functions.
func (p *Prepared) checkNames(opts Options) error {
	_, res := p.Project.Check(p.Path, p.Src)
	mapper := source.NewMapper(p.Src)
	se := &SetupError{Exit: 1, Located: true}
	for _, d := range res.Diagnostics {
		if d.Code == "M201" {
			pos := mapper.Pos(d.Span.Start)
			se.Lines = append(se.Lines, fmt.Sprintf("%s:%d:%d: %s %s", p.Path, pos.Line, pos.Col, d.Code, d.Message))
			if se.Line == 0 {
				se.Line, se.Col = pos.Line, pos.Col
			}
		}
	}
	if len(se.Lines) > 0 {
		return se
	}
	decls := p.Project.Decls
	for _, name := range p.Externals.mocks.Names() {
		if decls == nil || decls.Funcs[name] == nil {
			return usageError("mock for %q, which the stubs do not declare as an external function", name)
		}
	}
	var unanswered, noValue []string
	for _, name := range sortedNames(res.Used) {
		if decls != nil && decls.Funcs[name] != nil {
			switch p.Externals.Source(name) {
			case "":
				unanswered = append(unanswered, name)
			case SourceHost:
				p.hostFuncs = append(p.hostFuncs, name)
			}
		}
		if p.isInput(name) && p.Inputs[name] == nil {
			noValue = append(noValue, name)
		}
	}
	if len(unanswered) > 0 {
		return usageError("no mock for external function %s (give one with --mocks, or answer calls with --host or --prompt)", quoteList(unanswered))
	}
	if len(noValue) > 0 {
		return usageError("no value for input %s (give one with --input NAME=JSON or --inputs)", quoteList(noValue))
	}
	return nil
}

// isInput reports whether the stubs or the configuration declare name as
// an input.
func (p *Prepared) isInput(name string) bool {
	if d := p.Project.Decls; d != nil && d.Inputs[name] != nil {
		return true
	}
	for _, n := range p.Project.Config.Inputs {
		if n == name {
			return true
		}
	}
	return false
}

// compile compiles the file with the given inputs and the declared
// externals. A load-time rejection is kept in Rejected: it is the run's
// outcome, not a problem of the invocation.
func (p *Prepared) compile(debug bool) error {
	opts := interp.CompileOptions{Profile: p.Project.Profile, Inputs: sortedNames(p.Inputs), Debug: debug}
	if d := p.Project.Decls; d != nil {
		opts.Externals = sortedNames(d.Funcs)
	}
	prog, err := interp.Compile(p.Path, p.Src, opts)
	if errors.As(err, &p.Rejected) {
		return nil
	}
	if err != nil {
		return usageError("%v", err)
	}
	p.Program = prog
	return nil
}

// sortedNames returns the keys of a map, sorted.
func sortedNames[V any](m map[string]V) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// quoteList renders names as 'a', 'b' for messages.
func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	return strings.Join(q, ", ")
}
