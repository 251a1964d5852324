package config

import (
	"path/filepath"
	"testing"
)

func TestFindFormat(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"ruff/pyproject.toml":          "[tool.ruff]\nline-length = 100\n",
		"ruff/src/keep":                "",
		"ruff-fmt/pyproject.toml":      "[tool.ruff.format]\nquote-style = \"single\"\n",
		"monty-wins/monty.toml":        "[monty]\n",
		"monty-wins/pyproject.toml":    "[tool.ruff]\n",
		"nested/pyproject.toml":        "[tool.ruff]\n",
		"nested/inner/monty.toml":      "",
		"nested/inner/deeper/keep":     "",
		"other/pyproject.toml":         "[tool.black]\nline-length = 79\n# ruff is only mentioned\n",
		"other/sub/keep":               "",
		"broken-ruff/pyproject.toml":   "[tool.ruff\n",
		"broken-monty/pyproject.toml":  "[tool.monty]\nstubs = [\n",
		"outer-ruff/pyproject.toml":    "[tool.ruff]\n",
		"outer-ruff/plain/keep":        "",
		"outer-ruff/plain/sub/keep.py": "",
	})
	tests := []struct {
		from, want string
	}{
		{"ruff/src", "ruff/pyproject.toml"},
		{"ruff-fmt", "ruff-fmt/pyproject.toml"},
		{"monty-wins", "monty-wins/monty.toml"},
		{"nested/inner/deeper", "nested/inner/monty.toml"},
		{"broken-monty", "broken-monty/pyproject.toml"},
		{"outer-ruff/plain/sub", "outer-ruff/pyproject.toml"},
	}
	for _, tt := range tests {
		got, err := FindFormat(filepath.Join(root, filepath.FromSlash(tt.from)))
		want := filepath.Join(root, filepath.FromSlash(tt.want))
		if err != nil || got != want {
			t.Errorf("FindFormat(%s) = %q, %v; want %q", tt.from, got, err, want)
		}
	}
	// Files that configure neither tool are passed over.
	for _, from := range []string{"other/sub", "broken-ruff"} {
		got, err := FindFormat(filepath.Join(root, filepath.FromSlash(from)))
		if err != nil || (got != "" && filepath.Dir(got) == filepath.Join(root, filepath.FromSlash(from))) {
			t.Errorf("FindFormat(%s) = %q, %v; want it to skip that directory", from, got, err)
		}
	}
}
