// Package project ties a monty.toml configuration to what the analyzer
// needs: the profile it names, the stubs it lists (loaded once), the
// severity overrides. The check command and the language server share it,
// so a file is judged the same way in the editor and in CI.
package project

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/config"
	"github.com/monty-tools/monty-tools/profile"
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/stubs"
	"github.com/monty-tools/monty-tools/syntax"
)

// Project is a loaded configuration. It is immutable once loaded and safe
// for concurrent use.
type Project struct {
	Config  *config.Config
	Profile *profile.Profile
	Decls   *stubs.Decls
	// StubErrors are problems in the stub files; they are shown on those
	// files, and the declarations that could be read are still used.
	StubErrors []*stubs.Error
	options    analysis.Options
}

// Load prepares a project from a configuration: it resolves the profile,
// loads the stubs and reads the severity overrides. A configuration that
// names an unknown profile or severity is an error with the config file's
// name; stub problems are not errors but StubErrors.
func Load(cfg *config.Config) (*Project, error) {
	prof := profile.Default()
	if cfg.Profile != "" {
		p, err := profile.Load(profilePath(cfg))
		if err != nil {
			return nil, fmt.Errorf("%s: monty.profile: %v", cfgName(cfg), err)
		}
		prof = p
	}
	sev := map[string]analysis.Severity{}
	for code, name := range cfg.Severity {
		if _, ok := analysis.LookupCode(code); !ok {
			return nil, fmt.Errorf("%s: monty.severity: unknown code %q", cfgName(cfg), code)
		}
		s, err := analysis.ParseSeverity(name)
		if err != nil {
			return nil, fmt.Errorf("%s: monty.severity.%s: %v", cfgName(cfg), code, err)
		}
		sev[code] = s
	}
	decls, errs := stubs.Load(cfg.Stubs...)
	p := &Project{Config: cfg, Profile: prof, Decls: decls, StubErrors: errs}
	p.options = analysis.Options{Profile: prof, Decls: decls, Inputs: cfg.Inputs, Severity: sev}
	return p, nil
}

// profilePath returns the profile the configuration names: an embedded
// profile's name, or a profile file (a newer Monty measured by the user),
// whose relative path is read against the configuration's folder.
func profilePath(cfg *config.Config) string {
	if isProfileFile(cfg.Profile) && !filepath.IsAbs(cfg.Profile) {
		return filepath.Join(cfg.Dir, filepath.FromSlash(cfg.Profile))
	}
	return cfg.Profile
}

func isProfileFile(name string) bool {
	return strings.HasSuffix(name, ".json") || strings.ContainsAny(name, `/\`)
}

func cfgName(cfg *config.Config) string {
	if cfg.File == "" {
		return "configuration"
	}
	return cfg.File
}

// Check parses and analyses one file of the project.
func (p *Project) Check(path string, src []byte) (*syntax.File, *analysis.Result) {
	return analysis.CheckSource(path, src, &p.options)
}

// Options returns the analyzer options of the project.
func (p *Project) Options() *analysis.Options { return &p.options }

// FileDiagnostic is a diagnostic located in a named file, for problems
// reported on stub files rather than on the file being checked.
type FileDiagnostic struct {
	Path string
	Src  []byte
	analysis.Diagnostic
}

// StubDiagnostics turns stub problems into diagnostics on the stub files.
func (p *Project) StubDiagnostics(read func(string) []byte) []FileDiagnostic {
	var out []FileDiagnostic
	info, _ := analysis.LookupCode("stub-error")
	for _, e := range p.StubErrors {
		out = append(out, FileDiagnostic{Path: e.File, Src: read(e.File), Diagnostic: analysis.Diagnostic{
			Span: e.Span, Severity: analysis.Error, Code: info.Code, Name: info.Name, Message: e.Msg}})
	}
	return out
}

// UnusedDiagnostics reports inputs and externals of the stubs that none of
// the checked files uses, as hints on their declarations.
func (p *Project) UnusedDiagnostics(used map[string]bool, read func(string) []byte) []FileDiagnostic {
	var out []FileDiagnostic
	add := func(name, code, file, what string, span source.Span) {
		if used[name] {
			return
		}
		info, _ := analysis.LookupCode(code)
		sev := p.options.SeverityOf(info.Code, info.Name, info.Severity)
		if sev == analysis.Off {
			return
		}
		out = append(out, FileDiagnostic{Path: file, Src: read(file), Diagnostic: analysis.Diagnostic{
			Span: span, Severity: sev, Code: info.Code, Name: info.Name, Unnecessary: true,
			Message: fmt.Sprintf("%s %s is declared but no checked file uses it", what, name)}})
	}
	for name, in := range p.Decls.Inputs {
		add(name, "unused-input", in.File, "input", in.Span)
	}
	for name, fn := range p.Decls.Funcs {
		add(name, "unused-external", fn.File, "external function", fn.Span)
	}
	return out
}

// ConfigOptions are the checks the configuration loader applies with
// positions: the profile must exist and severity keys must be codes or
// names of diagnostics.
var ConfigOptions = config.Options{
	CheckProfile: func(name string) error {
		if isProfileFile(name) {
			return nil // read, relative to the configuration, by Load
		}
		_, err := profile.Get(name)
		return err
	},
	CheckSeverityKey: func(key string) error {
		if _, ok := analysis.LookupCode(key); !ok {
			return fmt.Errorf("unknown diagnostic code or name %q", key)
		}
		return nil
	},
}

// LoadConfig reads a monty.toml or pyproject.toml, checking the profile
// name and severity keys so that mistakes are reported at their line.
func LoadConfig(path string) (*config.Config, error) { return ConfigOptions.Load(path) }
