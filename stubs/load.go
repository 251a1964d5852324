package stubs

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/monty-tools/monty-tools/source"
)

// Load reads and merges the stub files at paths, in order. It always
// returns a non-nil Decls holding every declaration it could read.
//
// The error list holds, file by file in the order given: a file that
// cannot be read (an error naming the path, with no position), the
// file's syntax errors, and each name the file declares that an earlier
// file already declared. Such a duplicate is reported at its second
// declaration ("external 'x' already declared in a.pyi:3"), and the first
// declaration is kept. A path given twice is read once.
func Load(paths ...string) (*Decls, []*Error) {
	all := newDecls()
	var errs []*Error
	seen := map[string]bool{}
	for _, p := range paths {
		key := filepath.Clean(p)
		if seen[key] {
			continue
		}
		seen[key] = true
		src, err := os.ReadFile(p)
		if err != nil {
			errs = append(errs, &Error{File: p, Msg: "cannot read stub file: " + describe(err)})
			continue
		}
		d, fileErrs := Parse(p, src)
		all.Files = append(all.Files, p)
		fileErrs = append(fileErrs, all.merge(d)...)
		sort.SliceStable(fileErrs, func(i, j int) bool { return fileErrs[i].Span.Start < fileErrs[j].Span.Start })
		errs = append(errs, fileErrs...)
	}
	return all, errs
}

// describe returns the reason of a file-system error without repeating the
// path, which the Error already names.
func describe(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// decl is a declaration of either kind, for merging.
type decl struct {
	name, kind, file string
	span             source.Span
	pos              source.Pos
	fn               *Func
	in               *Input
}

// merge adds d's declarations to all and reports each name all already
// declares.
func (all *Decls) merge(d *Decls) []*Error {
	var errs []*Error
	for _, n := range d.ordered() {
		if prev, ok := all.lookup(n.name); ok {
			msg := fmt.Sprintf("%s '%s' already declared in %s:%d", prev.kind, n.name, prev.file, prev.pos.Line)
			errs = append(errs, &Error{File: n.file, Pos: n.pos, Span: n.span, Msg: msg})
			continue
		}
		if n.fn != nil {
			all.Funcs[n.name] = n.fn
		} else {
			all.Inputs[n.name] = n.in
		}
	}
	return errs
}

// ordered returns d's declarations in source order.
func (d *Decls) ordered() []decl {
	var list []decl
	for _, f := range d.Funcs {
		list = append(list, decl{name: f.Name, kind: "external", file: f.File, span: f.Span, pos: f.Pos, fn: f})
	}
	for _, in := range d.Inputs {
		list = append(list, decl{name: in.Name, kind: "input", file: in.File, span: in.Span, pos: in.Pos, in: in})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].span.Start < list[j].span.Start })
	return list
}

// lookup returns the declaration of name in d, if any.
func (d *Decls) lookup(name string) (decl, bool) {
	if f, ok := d.Funcs[name]; ok {
		return decl{name: name, kind: "external", file: f.File, pos: f.Pos}, true
	}
	if in, ok := d.Inputs[name]; ok {
		return decl{name: name, kind: "input", file: in.File, pos: in.Pos}, true
	}
	return decl{}, false
}
