package config

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	toml "github.com/pelletier/go-toml/v2"
)

// FindFormat is Find for the formatter: walking up from dir, it returns
// the first monty.toml, or pyproject.toml with a [tool.monty] or a
// [tool.ruff] table, so that a project already formatted by ruff keeps
// its line length and quote style under montyfmt without a Monty table.
// It returns "" when there is none.
func FindFormat(dir string) (string, error) {
	return walkUp(dir, func(d string) (string, error) {
		if found, err := findIn(d); found != "" || err != nil {
			return found, err
		}
		return findRuff(d)
	})
}

// findRuff returns d's pyproject.toml if it has a [tool.ruff] table.
func findRuff(d string) (string, error) {
	p := filepath.Join(d, Pyproject)
	if ok, err := isFile(p); !ok || err != nil {
		return "", err
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return "", fmt.Errorf("find config: %w", err)
	}
	if !bytes.Contains(data, []byte("ruff")) {
		return "", nil
	}
	var doc struct {
		Tool map[string]any `toml:"tool"`
	}
	if err := toml.Unmarshal(data, &doc); err != nil {
		return "", nil // not ours to report: ruff's file, no Monty table
	}
	if _, ok := doc.Tool["ruff"]; ok {
		return p, nil
	}
	return "", nil
}
