package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	toml "github.com/pelletier/go-toml/v2"
)

// Config is the configuration that applies to the Monty files of one
// directory tree.
type Config struct {
	// File is the absolute path of the configuration file, or "" when
	// the configuration holds the defaults.
	File string
	// Dir is the absolute directory that relative paths and patterns are
	// taken from: the configuration file's directory.
	Dir string
	// Profile names the target Monty version; "" means the newest profile
	// the tools know.
	Profile string
	// Stubs lists the stub files, as absolute paths.
	Stubs []string
	// Inputs lists names to treat as inputs beyond those the stubs type.
	Inputs []string
	// Include lists glob patterns, relative to Dir, of the files to check;
	// when empty, every *.py file is included.
	Include []string
	// Exclude lists glob patterns, relative to Dir, of files to skip.
	Exclude []string
	// Severity maps a diagnostic code ("M201") or rule name
	// ("undeclared-external") to "error", "warning", "info", "hint" or
	// "off". It is never nil.
	Severity map[string]string
	// Format holds the formatter's settings.
	Format Format
}

// Format holds the formatter's settings.
type Format struct {
	// LineLength is the line width the formatter aims for.
	LineLength int
	// IndentWidth is the number of spaces per indentation level.
	IndentWidth int
	// QuoteStyle is "double", "single" or "preserve".
	QuoteStyle string
	// SkipMagicTrailingComma, when set, lets the formatter join a bracketed
	// list that ends in a comma if it fits on one line (ruff's
	// skip-magic-trailing-comma; Black's --skip-magic-trailing-comma).
	SkipMagicTrailingComma bool
}

// Formatter defaults, as in ruff and Black.
const (
	DefaultLineLength  = 88
	DefaultIndentWidth = 4
	DefaultQuoteStyle  = "double"
)

// Default returns the configuration used where no file configures the
// tools: no stubs, no extra inputs, every *.py file under dir, default
// severities and ruff's formatter defaults. dir is made absolute.
func Default(dir string) *Config {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return &Config{
		Dir:      dir,
		Severity: map[string]string{},
		Format: Format{
			LineLength:  DefaultLineLength,
			IndentWidth: DefaultIndentWidth,
			QuoteStyle:  DefaultQuoteStyle,
		},
	}
}

// Options holds the checks that need knowledge this package lacks. The
// zero Options accepts any profile and any severity key.
type Options struct {
	// CheckProfile, when set, validates the profile name; the text of the
	// error it returns becomes the message of an *Error at the value.
	CheckProfile func(name string) error
	// CheckSeverityKey, when set, validates each key of the severity
	// table (a code or a rule name); the text of the error it returns
	// becomes the message of an *Error at the key.
	CheckSeverityKey func(key string) error
}

// Load reads the configuration file at path with the zero Options.
func Load(path string) (*Config, error) { return Options{}.Load(path) }

// ForFile returns the configuration for the file at path with the zero
// Options.
func ForFile(path string) (*Config, error) { return Options{}.ForFile(path) }

// Load reads the configuration file at path: a pyproject.toml (by its base
// name) is read for its [tool.monty] and ruff tables, any other file as a
// monty.toml. If the file cannot be read, Load returns nil and an error
// wrapping the file system's. Otherwise it returns a Config, and, if the
// file has problems, an ErrorList describing every one of them; each
// setting with a problem keeps its default.
func (o Options) Load(path string) (*Config, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("load config %s: %w", path, err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load config %s: %w", path, err)
	}
	cfg := Default(filepath.Dir(abs))
	cfg.File = abs
	l := newLoader(path, data, o, cfg)
	if filepath.Base(path) == "pyproject.toml" {
		l.pyproject()
	} else {
		l.montyToml()
	}
	if len(l.errs) == 0 {
		return cfg, nil
	}
	sortErrors(l.errs)
	return cfg, l.errs
}

// ForFile finds the configuration for the file at path by walking up from
// the file's directory (see Find) and loads it. Where no configuration
// file exists it returns Default of the file's directory. When the file
// found has problems, ForFile returns its Config and errors as Load does.
func (o Options) ForFile(path string) (*Config, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("config for %s: %w", path, err)
	}
	dir := filepath.Dir(abs)
	found, err := Find(dir)
	if err != nil {
		return Default(dir), err
	}
	if found == "" {
		return Default(dir), nil
	}
	return o.Load(found)
}

// decodeError converts a toml.Unmarshal error into an *Error.
func (l *loader) decodeError(err error) {
	var de *toml.DecodeError
	if !errors.As(err, &de) {
		l.errs = append(l.errs, &Error{File: l.file, Msg: err.Error()})
		return
	}
	row, col := de.Position()
	l.addAt(byteOffset(l.data, row, col), "", trimTOML(de.Error()))
}
