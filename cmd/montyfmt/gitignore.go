package main

import (
	"os"
	"path/filepath"
	"strings"

	gitignore "github.com/sabhiram/go-gitignore"
)

// ignorer answers whether git ignores a path, from the .gitignore files
// of the path's folders. Each folder's file applies to the paths below
// it, as in git. Folders are read from the repository root (the nearest
// folder above with a .git entry) down, or from the walk's root when
// there is no repository, so that a stray .gitignore outside the project
// has no say. A "!pattern" in a deeper file does not re-include what an
// upper file ignores (git's rule that a path inside an ignored folder
// cannot be re-included makes this rare).
type ignorer struct {
	files map[string]*gitignore.GitIgnore // by folder; nil when it has none
	tops  map[string]string               // walk root -> first folder to read
}

func newIgnorer() *ignorer {
	return &ignorer{files: map[string]*gitignore.GitIgnore{}, tops: map[string]string{}}
}

// ignored reports whether a .gitignore between the top folder of root and
// path's folder matches path.
func (g *ignorer) ignored(root, path string, isDir bool) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	top := g.top(root)
	for dir := filepath.Dir(abs); ; dir = filepath.Dir(dir) {
		if gi := g.load(dir); gi != nil {
			rel, err := filepath.Rel(dir, abs)
			if err == nil {
				rel = filepath.ToSlash(rel)
				if isDir {
					rel += "/"
				}
				if gi.MatchesPath(rel) {
					return true
				}
			}
		}
		if dir == top || filepath.Dir(dir) == dir || !strings.HasPrefix(dir, top) {
			return false
		}
	}
}

// top returns the folder where .gitignore files start to count for a
// walk from root.
func (g *ignorer) top(root string) string {
	if t, ok := g.tops[root]; ok {
		return t
	}
	abs, err := filepath.Abs(root)
	if err != nil {
		return root
	}
	t := abs
	for d := abs; ; d = filepath.Dir(d) {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			t = d
			break
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	g.tops[root] = t
	return t
}

// load returns the compiled .gitignore of dir, or nil.
func (g *ignorer) load(dir string) *gitignore.GitIgnore {
	if gi, ok := g.files[dir]; ok {
		return gi
	}
	gi, err := gitignore.CompileIgnoreFile(filepath.Join(dir, ".gitignore"))
	if err != nil {
		gi = nil // no file, or unreadable: nothing is ignored
	}
	g.files[dir] = gi
	return gi
}
