package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/monty-tools/monty-tools/internal/pygen"
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// externals are the host functions that pygen's files call; the project's
// stubs declare them, as a Monty project would.
var externals = []string{"fetch_records", "send_email", "get_user", "lookup_rate", "call_llm",
	"log_event", "search_docs", "update_ticket", "notify", "get_weather", "load_policy",
	"store_result", "retry", "register", "timer"}

// inputs are the free names that pygen's files read.
var inputs = []string{"width", "options", "extra", "retries", "defaults", "failures"}

// project is one generated Monty project: a directory with monty.toml,
// host.pyi and one Python file of about lines lines.
type project struct {
	dir, file, uri string
	src            []byte
	lines          int
	idents         []source.Position // the middle of every identifier
	edit           source.Position   // where the typed edits go
}

// newProject writes the project for a file of at least lines lines under
// parent.
func newProject(parent string, lines int, seed uint64) (*project, error) {
	dir := filepath.Join(parent, fmt.Sprintf("lines-%d", lines))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	quoted := make([]string, len(inputs))
	for i, in := range inputs {
		quoted[i] = fmt.Sprintf("%q", in)
	}
	toml := "[monty]\nstubs = [\"host.pyi\"]\ninputs = [" + strings.Join(quoted, ", ") + "]\n"
	stubs := "from typing import Any\n\n"
	for _, f := range externals {
		stubs += "def " + f + "(*args: Any, **kwargs: Any) -> Any: ...\n"
	}
	p := &project{dir: dir, file: filepath.Join(dir, "rules.py"), src: pygen.Generate(lines, seed)}
	p.uri = "file://" + filepath.ToSlash(p.file)
	p.lines = strings.Count(string(p.src), "\n")
	for name, text := range map[string][]byte{"monty.toml": []byte(toml), "host.pyi": []byte(stubs), "rules.py": p.src} {
		if err := os.WriteFile(filepath.Join(dir, name), text, 0o644); err != nil {
			return nil, err
		}
	}
	return p, p.findIdents()
}

// findIdents records the middle of each identifier of at least two
// characters, and picks for the edits the first identifier of at least
// four characters in the second half of the file.
func (p *project) findIdents() error {
	f, errs := syntax.Parse(p.file, p.src, 0)
	if len(errs) > 0 {
		return fmt.Errorf("generated file does not parse: %v", errs[0])
	}
	m := source.NewMapper(p.src)
	found := false
	syntax.Inspect(f, func(n syntax.Node) bool {
		id, ok := n.(*syntax.Ident)
		if !ok || id.End-id.Start < 2 || int(id.End-id.Start) != len(id.Name) {
			return true // skip short names and names NFKC changed
		}
		mid := m.Position(id.Start + (id.End-id.Start)/2)
		p.idents = append(p.idents, mid)
		if !found && id.End-id.Start >= 4 && int(mid.Line) >= p.lines/2 {
			p.edit, found = mid, true
		}
		return true
	})
	if !found || len(p.idents) == 0 {
		return fmt.Errorf("no identifier to edit in %s", p.file)
	}
	return nil
}
