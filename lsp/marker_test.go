package lsp

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"go.lsp.dev/protocol"
	"golang.org/x/tools/txtar"
)

// update rewrites the golden sections of the marker tests (see
// TestMarkers); review the result with git diff.
var update = flag.Bool("update", false, "rewrite the golden sections of testdata/markers/*.txtar")

// TestMarkers runs the marker tests in testdata/markers, in the manner of
// gopls's marker tests.
//
// Each archive is a small workspace: its files are written to a temporary
// directory, which becomes the single workspace folder, and every .py
// file is opened. The archive's comment says what the case tests; a
// comment line "crlf: NAME" converts file NAME to CRLF line endings first.
// Sections whose name starts with "@" are not files but golden outputs.
//
// Markers are comments of the form #@name(arg, ...); several markers on
// one line are separated by commas: #@hover("x", re"..."), def("x", X). A marker refers to the code before it on its line or, when it
// stands alone on its line, to the nearest line above that has code.
// Arguments are:
//
//	"text"     the first occurrence of text in that code: a range (the
//	           text, or the part between « and » in it) and a position
//	           (the range's start, or where a ^ is; put ^ before any «)
//	re"expr"   a regular expression
//	"$"        the end of the line, after any marker (where a syntax error
//	           at the end of a line is reported)
//	NAME       a location named by a loc marker, or a golden section @NAME
//
// The markers are:
//
//	#@loc(NAME, "text")              names a location, in any file (stubs too)
//	#@diag("text", CODE)             a diagnostic with CODE starts at text;
//	#@diag("text", CODE, re"msg")    ... and its message matches
//	#@hover("text", re"md")          the hover's Markdown matches
//	#@nohover("text")                no hover
//	#@def("text", NAME)              go to definition lands on location NAME
//	#@nodef("text")                  no definition
//	#@refs("text", NAME, ...)        references (with the declaration) are exactly these
//	#@highlight("text", NAME, ...)   document highlights are exactly these
//	#@rename("text", "new", GOLDEN)  renaming gives the file in section @GOLDEN
//	#@renameerr("text", re"msg")     renaming is refused with a matching message
//	#@actions("text", "title", ...)  the code actions at text have exactly these titles
//	#@fix("text", "title", GOLDEN)   applying that code action gives section @GOLDEN
//	#@symbols(GOLDEN)                the document symbols render as section @GOLDEN
//	#@folding(GOLDEN)                the folding ranges render as section @GOLDEN
//	#@complete("text", "a", ...)     the completions at text include these labels
//	#@nocomplete("text", "a", ...)   ... include none of them (with no labels: there are none)
//	#@completeitem("text", "a", re"x")  completion a, rendered as "kind=K detail=D
//	                                 insert=I doc=D", matches
//	#@signature("text", "sig", "p")  the active signature's label is sig and its active
//	                                 parameter's label p ("" for none)
//	#@nosignature("text")            no signature help
//	#@tokens(GOLDEN)                 the file's semantic tokens render as section @GOLDEN,
//	                                 one `line:col "text" type.modifier...` line per token
//	                                 (1-based line, UTF-16 column)
//	#@tokenrange("text", GOLDEN)     ... the tokens of the range of text
//	#@inlays(GOLDEN)                 the file's inlay hints render as section @GOLDEN,
//	                                 each with its line and the hint shown in ⟨⟩
//	#@wsfix("text", "title", GOLDEN) applying that code action renders as section
//	                                 @GOLDEN: each file it creates or changes as
//	                                 "=== name ===" (or "=== name (created) ===")
//	                                 followed by its new content
//
// In code being typed a marker comment ends the line, so that the text
// before the cursor is what an editor would send; the syntax errors this
// makes need diag markers like any other diagnostic.
//
// Every diagnostic published on a file of the archive must be matched by
// a diag marker, and every diag marker by a diagnostic; pulling the
// diagnostics of a Python file (textDocument/diagnostic) must give the
// published ones. Expected positions
// are computed here, independently of source.Mapper, in UTF-16 code units.
func TestMarkers(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "markers", "*.txtar"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no marker tests: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			t.Parallel()
			runMarkerArchive(t, file)
		})
	}
}

// markerCase is one archive being run.
type markerCase struct {
	t       *testing.T
	path    string
	ar      *txtar.Archive
	dir     string
	client  *testClient
	files   map[string][]byte // file name -> content as written
	locs    map[string]markerLoc
	markers []*marker
	dirty   bool // a golden section was updated
}

// markerLoc is a location in a file of the archive.
type markerLoc struct {
	file string
	uri  protocol.DocumentURI
	pos  protocol.Position // the caret, or the start
	rng  protocol.Range
}

// marker is one #@name(args) annotation.
type marker struct {
	name string
	args []markerArg
	file string
	line int    // 0-based line the marker refers to
	code string // that line's text before any marker
	at   string // file:line of the marker, for messages
}

// markerArg is one argument: a string, a regular expression or a name.
type markerArg struct {
	kind byte // '"', 'r' or 'n'
	s    string
}

func runMarkerArchive(t *testing.T, path string) {
	ar, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	mc := &markerCase{t: t, path: path, ar: ar, files: map[string][]byte{}, locs: map[string]markerLoc{}}
	mc.writeFiles()
	mc.parseMarkers()
	mc.client = newTestClient(t, Options{})
	mc.client.initialize(mc.dir)
	var opened []protocol.DocumentURI
	for _, name := range mc.fileNames() {
		if strings.HasSuffix(name, ".py") {
			u := mc.uri(name)
			mc.client.open(u, 1, string(mc.files[name]))
			opened = append(opened, u)
		}
	}
	for _, u := range opened {
		mc.client.diagnostics(u, 1)
	}
	mc.checkDiagnostics()
	mc.checkPullDiagnostics(opened)
	for _, m := range mc.markers {
		mc.run(m)
	}
	if mc.dirty {
		if err := os.WriteFile(path, txtar.Format(ar), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// writeFiles writes the archive's files to a temporary directory.
func (mc *markerCase) writeFiles() {
	crlf := map[string]bool{}
	for _, line := range strings.Split(string(mc.ar.Comment), "\n") {
		if name, ok := strings.CutPrefix(line, "crlf: "); ok {
			crlf[strings.TrimSpace(name)] = true
		}
	}
	files := map[string]string{}
	for _, f := range mc.ar.Files {
		if strings.HasPrefix(f.Name, "@") {
			continue
		}
		data := string(f.Data)
		if crlf[f.Name] {
			data = strings.ReplaceAll(data, "\n", "\r\n")
		}
		files[f.Name] = data
		mc.files[f.Name] = []byte(data)
	}
	mc.dir = writeFiles(mc.t, files)
}

func (mc *markerCase) fileNames() []string {
	var names []string
	for name := range mc.files {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

func (mc *markerCase) uri(name string) protocol.DocumentURI {
	return pathURI(filepath.Join(mc.dir, filepath.FromSlash(name)))
}

// lines splits content into lines without their terminators.
func lines(content []byte) []string {
	ls := strings.Split(string(content), "\n")
	for i, l := range ls {
		ls[i] = strings.TrimSuffix(l, "\r")
	}
	return ls
}

// parseMarkers reads the markers of every Python and stub file; loc
// markers are resolved at once so that other markers can use them.
func (mc *markerCase) parseMarkers() {
	for _, name := range mc.fileNames() {
		if !strings.HasSuffix(name, ".py") && !strings.HasSuffix(name, ".pyi") {
			continue
		}
		codeLine := -1
		ls := lines(mc.files[name])
		for i, l := range ls {
			at := strings.Index(l, "#@")
			if at < 0 {
				codeLine = i
				continue
			}
			if strings.TrimSpace(l[:at]) != "" {
				codeLine = i
			}
			for _, m := range mc.parseMarkerList(l[at+2:], fmt.Sprintf("%s:%d", name, i+1)) {
				m.file, m.line = name, max(codeLine, i)
				if codeLine >= 0 {
					m.line, m.code = codeLine, codeOf(ls[codeLine])
				}
				if m.name == "loc" {
					mc.locs[mc.argName(m, 0)] = mc.locate(m, 1)
					continue
				}
				mc.markers = append(mc.markers, m)
			}
		}
	}
}

// codeOf returns a line's text before its first marker.
func codeOf(line string) string {
	if at := strings.Index(line, "#@"); at >= 0 {
		return line[:at]
	}
	return line
}

// parseMarkerList parses the text after "#@": one or more markers separated
// by commas, each name(args).
func (mc *markerCase) parseMarkerList(text, at string) []*marker {
	var out []*marker
	rest := strings.TrimSpace(text)
	for rest != "" {
		open := strings.IndexByte(rest, '(')
		if open <= 0 {
			mc.t.Fatalf("%s: malformed marker %q", at, rest)
		}
		m := &marker{name: strings.TrimSpace(rest[:open]), at: at}
		rest = strings.TrimSpace(rest[open+1:])
		for !strings.HasPrefix(rest, ")") {
			var a markerArg
			a, rest = mc.parseArg(rest, at)
			m.args = append(m.args, a)
			rest = strings.TrimSpace(rest)
			if strings.HasPrefix(rest, ",") {
				rest = strings.TrimSpace(rest[1:])
			} else if !strings.HasPrefix(rest, ")") {
				mc.t.Fatalf("%s: expected , or ) in marker %s at %q", at, m.name, rest)
			}
		}
		out = append(out, m)
		rest = strings.TrimSpace(rest[1:])
		rest = strings.TrimSpace(strings.TrimPrefix(rest, ","))
	}
	return out
}

// parseArg parses one marker argument at the start of text.
func (mc *markerCase) parseArg(text, at string) (markerArg, string) {
	quoted := func(s string) (string, string) {
		q, err := strconv.QuotedPrefix(s)
		if err != nil {
			mc.t.Fatalf("%s: bad quoted argument at %q", at, s)
		}
		v, _ := strconv.Unquote(q)
		return v, s[len(q):]
	}
	switch {
	case strings.HasPrefix(text, `re"`):
		v, rest := quoted(text[2:])
		return markerArg{'r', v}, rest
	case strings.HasPrefix(text, `"`):
		v, rest := quoted(text)
		return markerArg{'"', v}, rest
	}
	end := strings.IndexAny(text, ",) ")
	if end <= 0 {
		mc.t.Fatalf("%s: bad argument at %q", at, text)
	}
	return markerArg{'n', text[:end]}, text[end:]
}

// locate resolves argument i of m, a "text" on the marker's line or the
// name of a location.
func (mc *markerCase) locate(m *marker, i int) markerLoc {
	if i >= len(m.args) {
		mc.t.Fatalf("%s: %s needs a location as argument %d", m.at, m.name, i+1)
	}
	a := m.args[i]
	if a.kind == 'n' {
		loc, ok := mc.locs[a.s]
		if !ok {
			mc.t.Fatalf("%s: unknown location %s", m.at, a.s)
		}
		return loc
	}
	if a.s == "$" && a.kind == '"' {
		end := protocol.Position{Line: uint32(m.line), Character: uint32(len(utf16.Encode([]rune(lines(mc.files[m.file])[m.line]))))}
		return markerLoc{file: m.file, uri: mc.uri(m.file), pos: end, rng: protocol.Range{Start: end, End: end}}
	}
	caret := strings.Index(a.s, "^")
	text := strings.Replace(a.s, "^", "", 1)
	// «» delimit the range inside a longer text.
	from, to := strings.Index(text, "«"), strings.Index(text, "»")
	text = strings.Replace(strings.Replace(text, "«", "", 1), "»", "", 1)
	col := strings.Index(m.code, text)
	if a.kind != '"' || col < 0 {
		mc.t.Fatalf("%s: %q not found in %q", m.at, text, m.code)
	}
	start, end := col, col+len(text)
	if from >= 0 && to > from {
		start, end = col+from, col+to-len("«")
	}
	pos := func(byteCol int) protocol.Position {
		return protocol.Position{Line: uint32(m.line), Character: uint32(len(utf16.Encode([]rune(m.code[:byteCol]))))}
	}
	at := start
	if caret >= 0 {
		at = col + caret // the caret counts in the text with «» removed before it
	}
	return markerLoc{file: m.file, uri: mc.uri(m.file), pos: pos(at), rng: protocol.Range{Start: pos(start), End: pos(end)}}
}

func (mc *markerCase) argName(m *marker, i int) string {
	if i >= len(m.args) || m.args[i].kind != 'n' {
		mc.t.Fatalf("%s: %s needs a name as argument %d", m.at, m.name, i+1)
	}
	return m.args[i].s
}

func (mc *markerCase) argString(m *marker, i int) string {
	if i >= len(m.args) || m.args[i].kind != '"' {
		mc.t.Fatalf("%s: %s needs a string as argument %d", m.at, m.name, i+1)
	}
	return m.args[i].s
}

func (mc *markerCase) argRegexp(m *marker, i int) *regexp.Regexp {
	if i >= len(m.args) || m.args[i].kind != 'r' {
		mc.t.Fatalf("%s: %s needs a regexp as argument %d", m.at, m.name, i+1)
	}
	re, err := regexp.Compile(m.args[i].s)
	if err != nil {
		mc.t.Fatalf("%s: %v", m.at, err)
	}
	return re
}

// golden compares got with the golden section named by argument i,
// rewriting it under -update.
func (mc *markerCase) golden(m *marker, i int, got string) {
	name := "@" + mc.argName(m, i)
	got = strings.ReplaceAll(got, "\r\n", "\n") // goldens are LF even for CRLF inputs
	for k := range mc.ar.Files {
		f := &mc.ar.Files[k]
		if f.Name != name {
			continue
		}
		if string(f.Data) == got {
			return
		}
		if *update {
			f.Data, mc.dirty = []byte(got), true
			return
		}
		mc.t.Errorf("%s: %s: section %s differs:\n--- got ---\n%s--- want ---\n%s", m.at, m.name, name, got, f.Data)
		return
	}
	if *update {
		mc.ar.Files = append(mc.ar.Files, txtar.File{Name: name, Data: []byte(got)})
		mc.dirty = true
		return
	}
	mc.t.Errorf("%s: no section %s; got:\n%s", m.at, name, got)
}

func (mc *markerCase) posParams(loc markerLoc) protocol.TextDocumentPositionParams {
	return protocol.TextDocumentPositionParams{TextDocument: protocol.TextDocumentIdentifier{URI: loc.uri}, Position: loc.pos}
}

// run checks one marker.
func (mc *markerCase) run(m *marker) {
	switch m.name {
	case "diag": // checked by checkDiagnostics
	case "hover", "nohover":
		mc.hover(m)
	case "def", "nodef":
		mc.definition(m)
	case "refs":
		mc.references(m)
	case "highlight":
		mc.highlight(m)
	case "rename", "renameerr":
		mc.rename(m)
	case "actions", "fix":
		mc.codeActions(m)
	case "symbols":
		mc.symbols(m)
	case "folding":
		mc.folding(m)
	case "complete", "nocomplete", "completeitem":
		mc.complete(m)
	case "signature", "nosignature":
		mc.signature(m)
	case "tokens", "tokenrange":
		mc.tokens(m)
	case "inlays":
		mc.inlays(m)
	case "wsfix":
		mc.workspaceFix(m)
	case "format", "rangeformat":
		mc.formatting(m)
	default:
		mc.t.Errorf("%s: unknown marker %s", m.at, m.name)
	}
}
