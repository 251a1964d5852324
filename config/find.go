package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	toml "github.com/pelletier/go-toml/v2"
)

// Names of the files Find looks for.
const (
	MontyToml = "monty.toml"
	Pyproject = "pyproject.toml"
)

// Find walks up from dir to the file-system root and returns the absolute
// path of the first configuration file: a monty.toml, or else a
// pyproject.toml that has a [tool.monty] table. It returns "" when there is
// none. A pyproject.toml that is not valid TOML counts as configuration if
// its text mentions tool.monty, so that Load can report its errors. Find
// returns an error only when a candidate exists but cannot be examined.
func Find(dir string) (string, error) {
	return walkUp(dir, findIn)
}

// walkUp calls in for dir and each of its parents up to the file-system
// root, and returns the first file it finds or the first error.
func walkUp(dir string, in func(d string) (string, error)) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("find config from %s: %w", dir, err)
	}
	for d := abs; ; d = filepath.Dir(d) {
		found, err := in(d)
		if found != "" || err != nil {
			return found, err
		}
		if filepath.Dir(d) == d {
			return "", nil
		}
	}
}

// findIn returns the configuration file in the directory d, or "".
func findIn(d string) (string, error) {
	p := filepath.Join(d, MontyToml)
	if ok, err := isFile(p); ok || err != nil {
		return p, err
	}
	p = filepath.Join(d, Pyproject)
	ok, err := isFile(p)
	if !ok || err != nil {
		return "", err
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return "", fmt.Errorf("find config: %w", err)
	}
	if hasToolMonty(data) {
		return p, nil
	}
	return "", nil
}

// isFile reports whether a regular file (or a link to one) exists at p.
func isFile(p string) (bool, error) {
	fi, err := os.Stat(p)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("find config: %w", err)
	}
	return fi.Mode().IsRegular(), nil
}

// hasToolMonty reports whether a pyproject.toml configures Monty.
func hasToolMonty(data []byte) bool {
	if !bytes.Contains(data, []byte("monty")) {
		return false
	}
	var doc struct {
		Tool map[string]any `toml:"tool"`
	}
	if err := toml.Unmarshal(data, &doc); err != nil {
		return bytes.Contains(data, []byte("tool.monty"))
	}
	_, ok := doc.Tool["monty"]
	return ok
}
