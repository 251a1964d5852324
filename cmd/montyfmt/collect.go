package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/monty-tools/monty-tools/config"
	"github.com/monty-tools/monty-tools/format"
)

// job is one input to format.
type job struct {
	path  string // as given or found; "" for standard input
	name  string // for messages: path, or the stdin name
	stdin bool
	opts  format.Options
}

// collector expands paths into jobs, loading each configuration once.
type collector struct {
	s       *settings
	configs map[string]*config.Config // by configuration file ("" for none)
	ignores *ignorer
}

// collect turns the settings' paths into jobs. Files named on the command
// line are always formatted; files found in folders must be *.py files
// that their configuration includes and no .gitignore excludes.
func collect(s *settings) ([]*job, error) {
	c := &collector{s: s, configs: map[string]*config.Config{}, ignores: newIgnorer()}
	if s.readsStdin() {
		name := s.stdinName
		dir := "."
		if name != "" {
			dir = filepath.Dir(name)
		} else {
			name = "-"
		}
		cfg, err := c.configFor(dir)
		if err != nil {
			return nil, err
		}
		return []*job{{name: name, stdin: true, opts: c.options(cfg)}}, nil
	}
	var jobs []*job
	seen := map[string]bool{}
	add := func(path string, cfg *config.Config) {
		abs, err := filepath.Abs(path)
		if err == nil && !seen[abs] {
			seen[abs] = true
			jobs = append(jobs, &job{path: path, name: path, opts: c.options(cfg)})
		}
	}
	for _, p := range s.paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			cfg, err := c.configFor(filepath.Dir(p))
			if err != nil {
				return nil, err
			}
			add(p, cfg)
			continue
		}
		if err := c.walk(p, add); err != nil {
			return nil, err
		}
	}
	return jobs, nil
}

// walk adds the *.py files under root that are neither excluded by their
// configuration nor ignored by git.
func (c *collector) walk(root string, add func(string, *config.Config)) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && (skipDir(d.Name()) || c.ignores.ignored(root, path, true)) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".py") || !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			return nil
		}
		if c.ignores.ignored(root, path, false) {
			return nil
		}
		cfg, err := c.configFor(filepath.Dir(path))
		if err != nil {
			return err
		}
		abs, err := filepath.Abs(path)
		if err != nil {
			return err
		}
		if cfg.Matches(abs) {
			add(path, cfg)
		}
		return nil
	})
}

// skipDir tells which folders a walk never enters, as monty-lsp check.
func skipDir(name string) bool {
	return strings.HasPrefix(name, ".") || name == "node_modules" || name == "__pycache__" || name == "venv"
}

// configFor returns the configuration for files in dir: the --config
// file, else the nearest one found (see config.FindFormat), else the
// defaults, which include every *.py file.
func (c *collector) configFor(dir string) (*config.Config, error) {
	file := c.s.configPath
	if file == "" {
		var err error
		if file, err = config.FindFormat(dir); err != nil {
			return nil, err
		}
	}
	if cfg, ok := c.configs[file]; ok {
		return cfg, nil
	}
	cfg := config.Default(string(filepath.Separator))
	if file != "" {
		var err error
		if cfg, err = config.Load(shortPath(file)); err != nil {
			return nil, err
		}
	}
	c.configs[file] = cfg
	return cfg, nil
}

// shortPath returns p relative to the working directory when it lies
// below it, for messages.
func shortPath(p string) string {
	wd, err := os.Getwd()
	if err != nil || !filepath.IsAbs(p) {
		return p
	}
	if rel, err := filepath.Rel(wd, p); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return p
}

// options merges a configuration's format settings with the flags.
func (c *collector) options(cfg *config.Config) format.Options {
	s := c.s
	o := format.FromConfig(cfg.Format)
	if s.set["line-length"] {
		o.LineLength = s.lineLength
	}
	if s.set["indent-width"] {
		o.IndentWidth = s.indentWidth
	}
	if s.set["quote-style"] {
		o.QuoteStyle = s.quoteStyle
	}
	if s.set["skip-magic-trailing-comma"] {
		o.SkipMagicTrailingComma = s.skipMagic
	}
	return o
}

// reportSetupError prints a configuration or path error: every problem
// of a configuration file with its position, or the one error.
func reportSetupError(w io.Writer, err error) {
	var list config.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Fprintln(w, e)
		}
		return
	}
	fmt.Fprintf(w, "montyfmt: %v\n", err)
}
