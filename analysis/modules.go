package analysis

import (
	"fmt"
	"strings"

	"github.com/monty-tools/monty-tools/syntax"
)

// modRef says that a binding holds a module, or an object reached from a
// module: `import os` binds os to ("os", ""); `from datetime import date`
// binds date to ("datetime", "date").
type modRef struct {
	module string
	path   string
}

// noteImport records, during the walk, what each import binds,
// so that attribute uses anywhere (also in functions written before the
// import) can be checked against the module's attributes.
func (c *checker) noteImport(b *Binding, module, path string) {
	if b.Node == nil && c.files.reuse {
		c.files.withNode = append(c.files.withNode, b.idx) // for release
	}
	b.mod = &modRef{module, path}
	c.files.syms.flags[b.sym] |= symImported
	c.imports |= nameBit(c.files.syms.names[b.sym])
}

// nameBit is a name's bit in a 64-bit filter of names: a name whose bit
// is clear in the filter is certainly not in its set.
func nameBit(name string) uint64 {
	if name == "" {
		return 1
	}
	return 1 << ((uint(len(name))*7 + uint(name[0]) + uint(name[len(name)-1])) & 63)
}

// checkImport reports imports of modules the profile does not have.
func (c *checker) checkImport(n *syntax.ImportStmt) {
	for _, a := range n.Names {
		if a.Name == "" || strings.HasSuffix(a.Name, ".") {
			continue // the parser reported the missing name
		}
		if _, ok := c.prof.Module(a.Name); !ok {
			c.constructWith("unknown-module", a.Span(), subst{"<name>", a.Name})
		}
	}
}

// checkImportFrom reports `from m import x` when m or m.x is missing.
func (c *checker) checkImportFrom(n *syntax.ImportFromStmt) {
	if n.Level > 0 || n.Module == "" {
		return // a relative import is reported as such; "" is a parse error
	}
	if n.Module == "__future__" && c.prof.Names.FutureImports {
		return
	}
	mod, ok := c.prof.Module(n.Module)
	if !ok {
		c.constructWith("unknown-module", n.Span(), subst{"<name>", n.Module})
		return
	}
	for _, a := range n.Names {
		if a.Name != "*" && a.Name != "" && !mod.Attrs[a.Name] {
			c.constructWith("unknown-import-name", a.Span(), subst{"<name>", a.Name, "<module>", n.Module})
		}
	}
}

// checkAttr checks `m.x` where m holds a module: the attribute must exist,
// and functions that need the host's operating system are reported.
func (c *checker) checkAttr(s *scope, n *syntax.AttrExpr) {
	if n.Ctx != syntax.Load || n.Name.Name == "" {
		return // assigning a module attribute is attribute-assignment; "" is a parse error
	}
	q, ok := c.qualifiedName(s, n.X)
	if !ok {
		return
	}
	if mod, ok := c.prof.Module(q); ok && !mod.Attrs[n.Name.Name] {
		c.constructWith("unknown-module-attr", n.Name.Span(), subst{"<module>", q, "<name>", n.Name.Name})
		return
	}
	c.checkOSFunction(n, q, n.Name.Name)
}

// qualifiedName returns the dotted name of what an expression refers to
// through imports: "os" for a name bound by `import os`, "datetime.date"
// for `date` after `from datetime import date` or for `datetime.date`,
// and "pathlib.Path" for a call `Path(...)` (an instance reached from the
// class), so that OS functions can be recognised on instances too.
func (c *checker) qualifiedName(s *scope, e syntax.Expr) (string, bool) {
	switch e := e.(type) {
	case *syntax.Ident:
		mr, ok := c.moduleOf(s, e)
		if !ok {
			return "", false
		}
		if mr.path == "" {
			return mr.module, true
		}
		return mr.module + "." + mr.path, true
	case *syntax.AttrExpr:
		q, ok := c.qualifiedName(s, e.X)
		return q + "." + e.Name.Name, ok
	case *syntax.CallExpr:
		q, ok := c.qualifiedName(s, e.Fn)
		return q, ok && q == "pathlib.Path"
	}
	return "", false
}

// checkOSFunction reports a use of a function that needs the host's
// operating system, with the error the profile says it raises: the
// function name of the module or object qualifier ("os", "getcwd"), or a
// builtin name with an empty qualifier. The name is joined only when the
// file has not met the pair before.
func (c *checker) checkOSFunction(n syntax.Node, qualifier, name string) {
	d, ok := c.cachedDiag(&msgKey{kind: msgOS, id: qualifier, caseID: name}, func() (Diagnostic, bool) {
		qualified := name
		if qualifier != "" {
			qualified = qualifier + "." + name
		}
		r, ok := c.prof.OSFunction(qualified)
		if !ok {
			return Diagnostic{}, false
		}
		info := codeFor("os-function")
		msg := subst{"<name>", shortOSName(qualified), "<path>", "..."}.apply(r.Text())
		return Diagnostic{Severity: info.Severity, Code: info.Code, Name: info.Name,
			Message: fmt.Sprintf("fails at run time in Monty %s unless the host provides it: %s", c.prof.MontyVersion, msg)}, true
	})
	if ok {
		d.Span = n.Span()
		c.add(d)
	}
}

// shortOSName is the name Monty's message uses: "datetime.now" for
// datetime.datetime.now, "Path.read_text" for pathlib.Path.read_text.
func shortOSName(q string) string {
	for _, prefix := range []string{"datetime.", "pathlib."} {
		if strings.HasPrefix(q, prefix) && strings.Count(q, ".") >= 2 {
			return strings.TrimPrefix(q, prefix)
		}
	}
	return q
}

// moduleOf returns what module a name used in s refers to, if it holds
// one.
func (c *checker) moduleOf(s *scope, id *syntax.Ident) (modRef, bool) {
	b := c.bindingOf(s, id)
	if b == nil {
		return modRef{}, false
	}
	if b.mod == nil {
		return modRef{}, false
	}
	return *b.mod, true
}

// bindingOf returns the binding a name used in s refers to, without
// reporting anything: the checks run before or after the name itself is
// resolved.
func (c *checker) bindingOf(s *scope, id *syntax.Ident) *Binding {
	if ref, ok := c.res.refs[id]; ok {
		return ref.Binding
	}
	ref, _ := c.lookupName(s, id.Name)
	return ref.Binding
}
