package config

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFind(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"a/monty.toml":                "[monty]\n",
		"a/pyproject.toml":            "[tool.monty]\n",
		"a/b/c/keep":                  "",
		"a/b/pyproject.toml":          "[tool.ruff]\nline-length = 100\n# monty is mentioned only in a comment\n",
		"p/pyproject.toml":            "[project]\nname = \"x\"\n[tool.monty]\nstubs = []\n",
		"p/q/keep":                    "",
		"dotted/pyproject.toml":       "tool.monty.profile = \"x\"\n",
		"inline/pyproject.toml":       "tool = { monty = { } }\n",
		"broken/pyproject.toml":       "[tool.monty]\nstubs = [\n",
		"broken2/pyproject.toml":      "[tool.ruff\n# monty\n",
		"broken2/keep":                "",
		"dir-named/monty.toml/keep":   "",
		"dir-named/pyproject.toml":    "[tool.monty]\n",
		"ruff-only/pyproject.toml":    "[tool.ruff]\n",
		"ruff-only/inner/monty.toml":  "",
		"ruff-only/inner/deeper/keep": "",
	})
	tests := []struct {
		from, want string
	}{
		{"a", "a/monty.toml"}, // monty.toml wins over pyproject.toml
		{"a/b/c", "a/monty.toml"},
		{"p/q", "p/pyproject.toml"},
		{"dotted", "dotted/pyproject.toml"},
		{"inline", "inline/pyproject.toml"},
		{"broken", "broken/pyproject.toml"},
		{"dir-named/monty.toml", "dir-named/pyproject.toml"},
		{"ruff-only/inner/deeper", "ruff-only/inner/monty.toml"},
	}
	for _, tt := range tests {
		got, err := Find(filepath.Join(root, filepath.FromSlash(tt.from)))
		want := filepath.Join(root, filepath.FromSlash(tt.want))
		if err != nil || got != want {
			t.Errorf("Find(%s) = %q, %v; want %q", tt.from, got, err, want)
		}
	}
}

func TestFindNone(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"x/pyproject.toml": "[tool.ruff]\nline-length = 100\n",
		"y/pyproject.toml": "[tool.ruff\n# monty\n",
	})
	for _, d := range []string{"x", "y"} {
		got, err := Find(filepath.Join(root, d))
		if err != nil {
			t.Fatal(err)
		}
		// Directories above the temporary one are outside the test's
		// control; only check that nothing inside it was found.
		if rel, _ := filepath.Rel(root, got); got != "" && rel[0] != '.' {
			t.Errorf("Find(%s) = %q, want nothing inside the test tree", d, got)
		}
	}
}

func TestFindRelative(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{"monty.toml": "", "sub/keep": ""})
	t.Chdir(filepath.Join(root, "sub"))
	got, err := Find(".")
	if err != nil || got != filepath.Join(root, "monty.toml") {
		t.Errorf("Find(.) = %q, %v", got, err)
	}
}

func TestFindUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("permissions do not apply to root")
	}
	root := t.TempDir()
	write(t, root, map[string]string{"pyproject.toml": "[tool.monty]\n"})
	p := filepath.Join(root, "pyproject.toml")
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	if _, err := Find(root); err == nil {
		t.Errorf("Find over an unreadable pyproject.toml: want an error")
	}
}
