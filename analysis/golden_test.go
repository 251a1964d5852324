package analysis_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/config"
	"github.com/monty-tools/monty-tools/project"
	"github.com/monty-tools/monty-tools/source"
)

var update = flag.Bool("update", false, "rewrite the fixed.py sections of testdata/analysis/*.txtar")

// TestGoldens runs every testdata/analysis/*.txtar case. A case holds
// in.py and optionally monty.toml, stub files and fixed.py. Lines of in.py
// carry `# want "regexp"` comments: each diagnostic must match one marker
// on its first line (matched against "CODE message"), and each marker one
// diagnostic. fixed.py, when present, is in.py with every safe fix
// applied.
func TestGoldens(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "analysis", "*.txtar"))
	if len(files) == 0 {
		t.Fatal("no cases found")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			runGolden(t, file)
		})
	}
}

func runGolden(t *testing.T, file string) {
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var src []byte
	var fixed, quick *txtar.File
	for i, f := range ar.Files {
		switch f.Name {
		case "in.py":
			src = f.Data
		case "fixed.py":
			fixed = &ar.Files[i]
		case "quickfixed.py":
			quick = &ar.Files[i]
		}
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if src == nil {
		t.Fatal("no in.py section")
	}
	proj := loadProject(t, dir)
	path := filepath.Join(dir, "in.py")
	_, res := proj.Check(path, src)
	checkWants(t, src, res.Diagnostics)
	checkFixed(t, file, ar, fixed, src, res.Diagnostics, analysis.ApplyFixes)
	checkFixed(t, file, ar, quick, src, res.Diagnostics, analysis.ApplyQuickFixes)
}

// checkFixed compares the source with fixes applied to a section:
// fixed.py for the safe fixes `check --fix` applies, quickfixed.py for
// every fix an editor offers.
func checkFixed(t *testing.T, file string, ar *txtar.Archive, want *txtar.File, src []byte, diags []analysis.Diagnostic,
	apply func([]byte, []analysis.Diagnostic) ([]byte, int)) {
	t.Helper()
	if want == nil {
		return
	}
	got, _ := apply(src, diags)
	if *update {
		want.Data = got
		if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(got) != string(want.Data) {
		t.Errorf("%s: fixes give:\n%s\nwant:\n%s", want.Name, got, want.Data)
	}
}

func loadProject(t *testing.T, dir string) *project.Project {
	t.Helper()
	cfg := config.Default(dir)
	if _, err := os.Stat(filepath.Join(dir, "monty.toml")); err == nil {
		c, err := project.LoadConfig(filepath.Join(dir, "monty.toml"))
		if err != nil {
			t.Fatal(err)
		}
		cfg = c
	}
	proj, err := project.Load(cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range proj.StubErrors {
		t.Errorf("stub error: %v", e)
	}
	return proj
}

var wantRe = regexp.MustCompile(`#\s*want((?:\s+"(?:[^"\\]|\\.)*")+)`)
var quotedRe = regexp.MustCompile(`"((?:[^"\\]|\\.)*)"`)

// checkWants matches diagnostics against the `# want` markers.
func checkWants(t *testing.T, src []byte, diags []analysis.Diagnostic) {
	t.Helper()
	type want struct {
		re      *regexp.Regexp
		matched bool
	}
	wants := map[int][]*want{}
	for i, line := range strings.Split(string(src), "\n") {
		m := wantRe.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		for _, q := range quotedRe.FindAllStringSubmatch(m[1], -1) {
			wants[i+1] = append(wants[i+1], &want{re: regexp.MustCompile(strings.ReplaceAll(q[1], `\"`, `"`))})
		}
	}
	m := source.NewMapper(src)
	for _, d := range diags {
		line := m.Pos(d.Span.Start).Line
		text := fmt.Sprintf("%s %s", d.Code, d.Message)
		found := false
		for _, w := range wants[line] {
			if !w.matched && w.re.MatchString(text) {
				w.matched, found = true, true
				break
			}
		}
		if !found {
			t.Errorf("%d: unexpected diagnostic: %s", line, text)
		}
	}
	for line, ws := range wants {
		for _, w := range ws {
			if !w.matched {
				t.Errorf("%d: no diagnostic matched %q", line, w.re)
			}
		}
	}
}
