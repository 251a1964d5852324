package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// write creates the files of a map, relative to dir, and their
// directories.
func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestDefault(t *testing.T) {
	dir := t.TempDir()
	got := Default(dir)
	want := &Config{
		Dir:      dir,
		Severity: map[string]string{},
		Format:   Format{LineLength: 88, IndentWidth: 4, QuoteStyle: "double"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Default = %+v, want %+v", got, want)
	}
}

func TestLoadValid(t *testing.T) {
	tests := []struct {
		name  string
		file  string // base name of the config file
		src   string
		check func(t *testing.T, dir string, c *Config)
	}{{
		name: "full monty.toml",
		file: "monty.toml",
		src: `[monty]
profile = "monty-0.0.23"   # target version
stubs = ["host.pyi", "./sub/extra.pyi", "/abs/other.pyi"]
inputs = ["order_id", "é_total"]
include = ["rules/**/*.py", "./main.py"]
exclude = ["rules/legacy/**"]

[monty.severity]
M201 = "warning"
undeclared-external = "off"
"M1 01" = "hint"

[monty.format]
line-length = 100
indent-width = 2
quote-style = "single"
`,
		check: func(t *testing.T, dir string, c *Config) {
			want := &Config{
				File:     filepath.Join(dir, "monty.toml"),
				Dir:      dir,
				Profile:  "monty-0.0.23",
				Stubs:    []string{filepath.Join(dir, "host.pyi"), filepath.Join(dir, "sub", "extra.pyi"), "/abs/other.pyi"},
				Inputs:   []string{"order_id", "é_total"},
				Include:  []string{"rules/**/*.py", "main.py"},
				Exclude:  []string{"rules/legacy/**"},
				Severity: map[string]string{"M201": "warning", "undeclared-external": "off", "M1 01": "hint"},
				Format:   Format{LineLength: 100, IndentWidth: 2, QuoteStyle: "single"},
			}
			if !reflect.DeepEqual(c, want) {
				t.Errorf("got  %+v\nwant %+v", c, want)
			}
		},
	}, {
		name: "empty monty.toml gives defaults",
		file: "monty.toml",
		src:  "# nothing yet\n",
		check: func(t *testing.T, dir string, c *Config) {
			want := Default(dir)
			want.File = filepath.Join(dir, "monty.toml")
			if !reflect.DeepEqual(c, want) {
				t.Errorf("got %+v, want %+v", c, want)
			}
		},
	}, {
		name: "inline tables and dotted keys",
		file: "monty.toml",
		src:  "monty.stubs = ['h.pyi']\nmonty.format = { quote-style = 'preserve' }\nmonty.severity.M101 = 'error'\r\n",
		check: func(t *testing.T, dir string, c *Config) {
			if !reflect.DeepEqual(c.Stubs, []string{filepath.Join(dir, "h.pyi")}) || c.Format.QuoteStyle != "preserve" || c.Severity["M101"] != "error" {
				t.Errorf("got %+v", c)
			}
		},
	}, {
		name: "pyproject with tool.monty and ruff fallbacks",
		file: "pyproject.toml",
		src: `[project]
name = "rules"
version = "1.0"

[tool.ruff]
line-length = 120
indent-width = 2

[tool.ruff.format]
quote-style = "single"
skip-magic-trailing-comma = true

[tool.monty]
stubs = ["host.pyi"]

[tool.monty.format]
quote-style = "preserve"
`,
		check: func(t *testing.T, dir string, c *Config) {
			want := Format{LineLength: 120, IndentWidth: 2, QuoteStyle: "preserve", SkipMagicTrailingComma: true}
			if c.Format != want || len(c.Stubs) != 1 || c.File != filepath.Join(dir, "pyproject.toml") {
				t.Errorf("got %+v", c)
			}
		},
	}, {
		name: "pyproject ruff indent-width under format; bad ruff values are ignored",
		file: "pyproject.toml",
		src:  "[tool.ruff]\nline-length = \"wide\"\nunknown-ruff-key = 1\n[tool.ruff.format]\nindent-width = 8\nquote-style = \"fancy\"\nskip-magic-trailing-comma = \"yes\"\n[tool.monty]\n",
		check: func(t *testing.T, dir string, c *Config) {
			want := Format{LineLength: 88, IndentWidth: 8, QuoteStyle: "double"}
			if c.Format != want {
				t.Errorf("got %+v, want %+v", c.Format, want)
			}
		},
	}, {
		name: "tool.monty.format overrides ruff's skip-magic-trailing-comma",
		file: "pyproject.toml",
		src:  "[tool.ruff.format]\nskip-magic-trailing-comma = true\n[tool.monty.format]\nskip-magic-trailing-comma = false\n",
		check: func(t *testing.T, dir string, c *Config) {
			if c.Format.SkipMagicTrailingComma {
				t.Errorf("got %+v, want SkipMagicTrailingComma false", c.Format)
			}
		},
	}, {
		name: "pyproject without tool.monty",
		file: "pyproject.toml",
		src:  "[tool.black]\nline-length = 79\n[tool.ruff]\nline-length = 99\n",
		check: func(t *testing.T, dir string, c *Config) {
			if c.Format.LineLength != 99 || c.Profile != "" {
				t.Errorf("got %+v", c)
			}
		},
	}, {
		name: "pyproject dotted tool.monty keys",
		file: "pyproject.toml",
		src:  "tool.monty.profile = \"monty-0.0.22\"\ntool.monty.inputs = []\n",
		check: func(t *testing.T, dir string, c *Config) {
			if c.Profile != "monty-0.0.22" || len(c.Inputs) != 0 {
				t.Errorf("got %+v", c)
			}
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, dir, map[string]string{tt.file: tt.src})
			c, err := Load(filepath.Join(dir, tt.file))
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			tt.check(t, dir, c)
		})
	}
}

func TestLoadMissing(t *testing.T) {
	c, err := Load(filepath.Join(t.TempDir(), "monty.toml"))
	if c != nil || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load = %v, %v; want nil and a not-exist error", c, err)
	}
	var ce *Error
	if errors.As(err, &ce) {
		t.Errorf("a read failure should not be an *Error: %v", ce)
	}
}

func TestOptionsHooks(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"monty.toml": "[monty]\nprofile = \"monty-9\"\n[monty.severity]\nM201 = \"off\"\nM999 = \"off\"\n"})
	t.Chdir(dir)
	o := Options{
		CheckProfile: func(name string) error {
			if name != "monty-0.0.23" {
				return errors.New(`unknown profile "` + name + `" (known: monty-0.0.23)`)
			}
			return nil
		},
		CheckSeverityKey: func(key string) error {
			if key != "M201" {
				return errors.New("unknown diagnostic code or name")
			}
			return nil
		},
	}
	c, err := o.Load("monty.toml")
	checkErrors(t, err, []string{
		`monty.toml:2:11: monty.profile: unknown profile "monty-9" (known: monty-0.0.23)`,
		`monty.toml:5:1: monty.severity.M999: unknown diagnostic code or name`,
	})
	if c.Profile != "" || !reflect.DeepEqual(c.Severity, map[string]string{"M201": "off"}) {
		t.Errorf("got %+v", c)
	}
}

func TestForFile(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"proj/monty.toml":       "[monty]\nprofile = \"p\"\n",
		"proj/rules/a/check.py": "",
		"bare/x.py":             "",
		"broken/monty.toml":     "[monty\n",
		"broken/y.py":           "",
	})
	c, err := ForFile(filepath.Join(dir, "proj", "rules", "a", "check.py"))
	if err != nil || c.Profile != "p" || c.Dir != filepath.Join(dir, "proj") {
		t.Errorf("ForFile(proj/...) = %+v, %v", c, err)
	}
	c, err = ForFile(filepath.Join(dir, "bare", "x.py"))
	if err != nil || c.File != "" || c.Dir != filepath.Join(dir, "bare") {
		t.Errorf("ForFile(bare/x.py) = %+v, %v", c, err)
	}
	c, err = ForFile(filepath.Join(dir, "broken", "y.py"))
	var ce *Error
	if c == nil || c.File != filepath.Join(dir, "broken", "monty.toml") || !errors.As(err, &ce) || ce.Line != 1 {
		t.Errorf("ForFile(broken/y.py) = %+v, %v", c, err)
	}
}
