package lsp

import (
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/profile"
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/stubs"
	"github.com/monty-tools/monty-tools/syntax"
)

// Completion offers what can be typed at the position, read from the
// text before it so that it works in code being typed (see cursor.go):
// after "import" or "from", the modules of the profile; after
// "from m import", m's attributes; after "name.", the attributes of the
// module name is bound to; elsewhere the names the program binds that
// are visible there, the inputs, the externals of the stubs (with a
// snippet of their required arguments), the builtins and the keywords.
// Nothing the profile lacks or rejects is offered: missing builtins,
// functions that need the host's operating system, modules Monty does
// not have, keywords of rejected statements. Inside strings and comments
// nothing is offered. Only the candidates that can match the identifier
// typed before the cursor are sent, at most maxCompletionItems of them
// (completelist.go), and the program's names may come from an earlier
// version's analysis while the current one's is not ready
// (completebase.go).
func (s *server) Completion(_ context.Context, p *protocol.CompletionParams) (*completionList, error) {
	snap, err := s.snapshotOf(p.TextDocument.URI)
	if err != nil || !snap.Analyzable() {
		return nil, err
	}
	off := offsetAt(snap.Mapper(), p.Position)
	items, cut := s.completionItems(snap, off, snippetSupport(s.clientCaps()), maxCompletionItems,
		&completionData{URI: snap.URI, At: off})
	return &completionList{IsIncomplete: cut, Items: items}, nil
}

// completionItems returns the completion items at off in snap, at most
// limit of them (all when limit is 0), and whether some were dropped;
// snippets says whether the client accepts snippet insert texts. Items
// with documentation carry it, or carry data instead when data is not nil
// (completionItem/resolve then adds it, see CompletionResolve). s may be
// nil (standalone.go): no background analysis is started then.
func (s *server) completionItems(snap *snapshot, off source.Offset, snippets bool, limit int, data *completionData) ([]protocol.CompletionItem, bool) {
	c, cands := s.completionCandidates(snap, off)
	cands, cut := keepBest(cands, c.prefix, limit)
	return toCompletionItems(snap.Mapper(), c, cands, snippets && !callFollows(snap.Content, c.off), data), cut
}

// completionCandidates returns the cursor at off in snap and the
// candidates there.
func (s *server) completionCandidates(snap *snapshot, off source.Offset) (*cursor, []candidate) {
	ns, c := s.completionNames(snap, off)
	if c.inString || c.inComment {
		return c, nil
	}
	return c, completions(snap, c, ns)
}

// candidate is one completion before conversion.
type candidate struct {
	label   string
	kind    protocol.CompletionItemKind
	detail  string
	doc     string // Markdown
	snippet string // the text to insert as a snippet; "" inserts the label
	rank    int    // sort group: program names first, keywords last
}

// Sort groups of candidates.
const (
	rankProgram = iota
	rankHost
	rankBuiltin
	rankKeyword
)

var (
	importRe     = regexp.MustCompile(`^\s*import\s+(?:[\w.]+(?:\s+as\s+\w+)?\s*,\s*)*$`)
	fromRe       = regexp.MustCompile(`^\s*from\s+$`)
	fromImportRe = regexp.MustCompile(`^\s*from\s+([\w.]+)\s+import\s+\(?\s*(?:\w+(?:\s+as\s+\w+)?\s*,\s*)*$`)
	newNameRe    = regexp.MustCompile(`(?:^\s*(?:async\s+)?(?:def|class)|\bas)\s+$`)
)

// completions returns the candidates for a cursor in snap that can
// match the identifier typed before it (see matchesTyped); the program's
// names come from ns.
func completions(snap *snapshot, c *cursor, ns nameSource) []candidate {
	prof := snap.Project().proj.Profile
	stmt := c.statementText(snap.Content)
	recv, dotted := c.receiver(snap.Content)
	switch {
	case importRe.MatchString(stmt) || fromRe.MatchString(stmt):
		if dotted {
			return nil // no package of the profile has submodules
		}
		return matching(moduleCandidates(prof), c.prefix)
	case fromImportRe.MatchString(stmt):
		return matching(attrCandidates(prof, fromImportRe.FindStringSubmatch(stmt)[1]), c.prefix)
	case dotted:
		first, _, _ := strings.Cut(recv, ".")
		if mod := importedAs(ns.visible(func(n string) bool { return n == first }), recv); mod != "" {
			return matching(attrCandidates(prof, mod), c.prefix)
		}
		return nil
	case newNameRe.MatchString(stmt):
		return nil
	}
	return nameCandidates(snap, c, ns)
}

// matching returns the candidates that can match typed, in place.
func matching(cands []candidate, typed string) []candidate {
	if typed == "" {
		return cands
	}
	out := cands[:0]
	for _, c := range cands {
		if matchesTyped(c.label, typed) {
			out = append(out, c)
		}
	}
	return out
}

// statementText returns the text before the prefix that decides the kind
// of completion: the cursor's line or, inside parentheses, the text from
// the line of the outermost open parenthesis (a multi-line from-import),
// with line breaks as spaces.
func (c *cursor) statementText(src []byte) string {
	from := c.start
	if len(c.open) > 0 {
		from = c.open[0].pos
	}
	for from > 0 && src[from-1] != '\n' && src[from-1] != '\r' {
		from--
	}
	return lineBreaks.Replace(string(src[from:c.start]))
}

// lineBreaks replaces line breaks by spaces.
var lineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

// importedAs returns the module a dotted name designates when its first
// part is bound by an import ("os" for "os" after "import os", "a.b" for
// "c" after "import a.b as c"), or "".
func importedAs(names []scopeName, dotted string) string {
	first, rest, hasRest := strings.Cut(dotted, ".")
	for _, n := range names {
		imp, ok := n.node.(*syntax.ImportStmt)
		if n.name != first || !ok {
			continue
		}
		mod := importAliasModule(imp, first)
		if mod != "" && hasRest {
			mod += "." + rest
		}
		return mod
	}
	return ""
}

// importAliasModule returns the module an import statement binds to name.
func importAliasModule(imp *syntax.ImportStmt, name string) string {
	for _, a := range imp.Names {
		if a.AsName != nil && a.AsName.Name == name {
			return a.Name
		}
		if first, _, _ := strings.Cut(a.Name, "."); a.AsName == nil && first == name {
			return first
		}
	}
	return ""
}

// moduleCandidates returns the modules Monty can import.
func moduleCandidates(prof *profile.Profile) []candidate {
	var out []candidate
	for _, name := range prof.ModuleNames() {
		out = append(out, candidate{label: name, kind: protocol.CompletionItemKindModule, detail: "(module) " + name})
	}
	return out
}

// attrCandidates returns the attributes of a module that Monty has and
// that do not need the host's operating system.
func attrCandidates(prof *profile.Profile, mod string) []candidate {
	m, ok := prof.Module(mod)
	if !ok {
		return nil
	}
	var out []candidate
	for _, attr := range m.AttrNames() {
		if prof.OSFunctions[mod+"."+attr] != "" || m.OSFunctions[attr] {
			continue
		}
		out = append(out, candidate{label: attr, kind: protocol.CompletionItemKindProperty,
			detail: fmt.Sprintf("(module attribute) %s.%s", mod, attr)})
	}
	return out
}

// nameCandidates returns every name that can be used at the cursor and
// can match the identifier typed before it.
func nameCandidates(snap *snapshot, c *cursor, ns nameSource) []candidate {
	var keep func(string) bool
	if c.prefix != "" {
		keep = func(name string) bool { return matchesTyped(name, c.prefix) }
	}
	out := programCandidates(ns.snap, ns.visible(keep))
	for _, cand := range snap.Project().staticCandidates() {
		if keep == nil || keep(cand.label) {
			out = append(out, cand)
		}
	}
	return out
}

// staticCandidates returns the candidates that depend only on the
// project: its inputs and externals, the builtins and the keywords,
// computed once per project.
func (e *projectEntry) staticCandidates() []candidate {
	e.candOnce.Do(func() {
		prof := e.proj.Profile
		e.cands = hostCandidates(e)
		e.cands = append(e.cands, builtinCandidates(prof)...)
		e.cands = append(e.cands, keywordCandidates(prof)...)
		e.cands = slices.Clip(e.cands)
	})
	return e.cands
}

// programCandidates describes the names the program binds.
func programCandidates(snap *snapshot, names []scopeName) []candidate {
	var out []candidate
	for _, n := range names {
		if n.module > 0 {
			out = append(out, snap.moduleCandidates()[n.module-1])
			continue
		}
		out = append(out, programCandidate(snap, n))
	}
	return out
}

// moduleCandidates describes the names the program binds at module level
// (snapshot.moduleNames), once per snapshot: a large module has hundreds.
func (s *snapshot) moduleCandidates() []candidate {
	s.moduleCandsOnce.Do(func() {
		s.moduleCands = make([]candidate, len(s.moduleNames))
		for i, n := range s.moduleNames {
			s.moduleCands[i] = programCandidate(s, n)
		}
	})
	return s.moduleCands
}

// programCandidate describes a name the program binds.
func programCandidate(snap *snapshot, n scopeName) candidate {
	c := candidate{label: n.name, kind: protocol.CompletionItemKindVariable, detail: "(variable) " + n.name, rank: rankProgram}
	switch node := n.node.(type) {
	case *syntax.FuncDef:
		c.kind, c.detail, c.doc = protocol.CompletionItemKindFunction, funcHeader(snap.Content, node), stubs.Docstring(node.Body)
	case *syntax.ClassDef:
		c.kind, c.detail, c.doc = protocol.CompletionItemKindClass, "class "+n.name, stubs.Docstring(node.Body)
	case *syntax.ImportStmt:
		c.kind, c.detail = protocol.CompletionItemKindModule, "(module) "+importAliasModule(node, n.name)
	case *syntax.ImportFromStmt:
		c.detail = "(imported) " + n.name
	default:
		if n.binding != nil && n.binding.Param {
			c.detail = "(parameter) " + n.name
		}
	}
	return c
}

// hostCandidates describes the inputs and externals of a project.
func hostCandidates(e *projectEntry) []candidate {
	decls := e.proj.Decls
	var out []candidate
	for _, name := range sortedKeys(decls.Funcs) {
		fn := decls.Funcs[name]
		doc := strings.TrimSpace(fn.Doc + "\n\n" + fmt.Sprintf("External function declared in `%s`.", filepath.Base(fn.File)))
		out = append(out, candidate{label: name, kind: protocol.CompletionItemKindFunction, detail: fn.Signature(),
			doc: doc, snippet: callSnippet(fn), rank: rankHost})
	}
	for _, name := range sortedKeys(decls.Inputs) {
		in := decls.Inputs[name]
		out = append(out, candidate{label: name, kind: protocol.CompletionItemKindVariable,
			detail: "(input) " + name + ": " + in.Type, doc: in.Doc, rank: rankHost})
	}
	for _, name := range e.opts.Inputs {
		if decls.Inputs[name] == nil {
			out = append(out, candidate{label: name, kind: protocol.CompletionItemKindVariable, detail: "(input) " + name, rank: rankHost})
		}
	}
	return out
}

// callSnippet returns the snippet of a call of an external: its required
// arguments as placeholders, the cursor inside the parentheses when all
// are optional.
func callSnippet(fn *stubs.Func) string {
	switch params := fn.SnippetParams(); {
	case params != "":
		return fn.Name + "(" + params + ")$0"
	case len(fn.Params) > 0:
		return fn.Name + "($0)"
	}
	return fn.Name + "()"
}

// builtinCandidates returns the builtins of the profile, without those
// that need the host's operating system.
func builtinCandidates(prof *profile.Profile) []candidate {
	var out []candidate
	for _, name := range sortedKeys(prof.Builtins) {
		if prof.OSFunctions[name] != "" || prof.MissingBuiltins[name] {
			continue
		}
		c := candidate{label: name, kind: protocol.CompletionItemKindFunction, detail: "(builtin) " + name,
			doc: builtinDocs[name], rank: rankBuiltin}
		if _, exc := prof.Exceptions[name]; exc || builtinTypes[name] {
			c.kind, c.detail = protocol.CompletionItemKindClass, "(builtin class) "+name
		}
		if name == "True" || name == "False" || name == "None" {
			c.kind, c.rank = protocol.CompletionItemKindKeyword, rankKeyword
		}
		out = append(out, c)
	}
	return out
}

// builtinTypes are the builtins that are classes, other than exceptions.
var builtinTypes = map[string]bool{
	"bool": true, "bytearray": true, "bytes": true, "complex": true, "dict": true, "float": true,
	"frozenset": true, "int": true, "list": true, "object": true, "property": true, "range": true,
	"set": true, "slice": true, "str": true, "tuple": true, "type": true, "memoryview": true,
}

// keywordConstructs maps the keywords that start a statement or
// expression to the construct of the profile they introduce; keywords of
// rejected constructs are not offered.
var keywordConstructs = map[string]string{
	"class": "class-def", "del": "del-stmt", "yield": "yield", "match": "match-stmt", "case": "match-stmt", "type": "type-alias",
}

// keywordCandidates returns Python's keywords, and the soft keywords
// that start statements, less those of constructs the profile rejects.
func keywordCandidates(prof *profile.Profile) []candidate {
	words := []string{"match", "case"}
	for t := syntax.FALSE; t <= syntax.YIELD; t++ {
		words = append(words, t.String())
	}
	sort.Strings(words)
	var out []candidate
	for _, w := range words {
		if id, ok := keywordConstructs[w]; ok {
			if _, rejected := prof.Rejects(id); rejected {
				continue
			}
		}
		out = append(out, candidate{label: w, kind: protocol.CompletionItemKindKeyword, rank: rankKeyword})
	}
	return out
}

// toCompletionItems converts candidates, each label once (the first
// wins), replacing the prefix being typed. The documentation of a
// candidate is left for completionItem/resolve, with data, when data is
// not nil.
func toCompletionItems(m *source.Mapper, c *cursor, cands []candidate, snippets bool, data *completionData) []protocol.CompletionItem {
	rng := toRange(m, source.Span{Start: c.start, End: c.off})
	items := make([]protocol.CompletionItem, 0, len(cands))
	edits := make([]protocol.TextEdit, len(cands))
	seen := make(map[string]bool, len(cands))
	for i, cand := range cands {
		if seen[cand.label] {
			continue
		}
		seen[cand.label] = true
		edits[i] = protocol.TextEdit{Range: rng, NewText: cand.label}
		item := protocol.CompletionItem{Label: cand.label, Kind: cand.kind, Detail: cand.detail,
			SortText: strconv.Itoa(cand.rank) + cand.label, TextEdit: &edits[i]}
		switch {
		case cand.doc != "" && data != nil:
			item.Data = data
		case cand.doc != "":
			item.Documentation = protocol.MarkupContent{Kind: protocol.Markdown, Value: cand.doc}
		}
		if snippets && cand.snippet != "" {
			item.TextEdit.NewText, item.InsertTextFormat = cand.snippet, protocol.InsertTextFormatSnippet
		}
		items = append(items, item)
	}
	return items
}

// snippetSupport reports whether the client accepts snippets in
// completions.
func snippetSupport(caps protocol.ClientCapabilities) bool {
	td := caps.TextDocument
	return td != nil && td.Completion != nil && td.Completion.CompletionItem != nil && td.Completion.CompletionItem.SnippetSupport
}

// callFollows reports whether an opening parenthesis follows the cursor
// (possibly after the rest of the name), so that a completion must not
// insert another argument list.
func callFollows(src []byte, off source.Offset) bool {
	i := int(off)
	for i < len(src) && isIdentByte(src[i]) {
		i++
	}
	return i < len(src) && src[i] == '('
}

// isIdentByte reports whether an ASCII byte can continue an identifier.
func isIdentByte(b byte) bool {
	return b == '_' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// sortedKeys returns a map's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
