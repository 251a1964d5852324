package analysis_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/monty-tools/monty-tools/analysis"
)

// fixesDir holds the programs of TestFixesAgainstRealMonty and the
// results.json that scripts/check-fixes records from real interpreters.
var fixesDir = filepath.Join("..", "testdata", "analysis", "fixes")

const fixesGeneratedBy = "scripts/check-fixes from real Monty 0.0.23 CLI and CPython 3.11; do not edit"

// fixRun is one interpreter run recorded by scripts/check-fixes.
type fixRun struct {
	Stdout string `json:"stdout"`
	Result string `json:"result"`
}

// fixRecord is what scripts/check-fixes recorded for one program.
type fixRecord struct {
	Fixed        string `json:"fixed"`
	CPython      fixRun `json:"cpython"`
	CPythonFixed fixRun `json:"cpython_fixed"`
	Monty        fixRun `json:"monty"`
	Verdict      string `json:"verdict"`
}

// TestFixesAgainstRealMonty checks the safe fixes against what real Monty
// did with them. For every program of testdata/analysis/fixes, the current
// analyzer's fixes (applied as `check --fix` does) must produce exactly the
// fixed source that scripts/check-fixes ran under Monty 0.0.23 and CPython,
// and that run must have behaved like the original under CPython. A change
// to a fix therefore fails here until the script is rerun against the real
// interpreters.
func TestFixesAgainstRealMonty(t *testing.T) {
	recs := loadFixRecords(t)
	for _, name := range sortedPrograms(recs) {
		rec := recs[name]
		t.Run(strings.TrimSuffix(name, ".py"), func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(fixesDir, name))
			if err != nil {
				t.Fatal(err)
			}
			if got := fixAll(t, name, src); got != rec.Fixed {
				t.Errorf("the fixes of %s changed; rerun scripts/check-fixes against real Monty\n--- now ---\n%s--- recorded ---\n%s",
					name, got, rec.Fixed)
			}
			if rec.Verdict != "same" {
				t.Errorf("real Monty 0.0.23 on the fixed %s: %s\n"+
					"monty result %q, stdout:\n%s\ncpython (original) result %q, stdout:\n%s\ncpython (fixed) result %q, stdout:\n%s",
					name, rec.Verdict, rec.Monty.Result, rec.Monty.Stdout, rec.CPython.Result, rec.CPython.Stdout,
					rec.CPythonFixed.Result, rec.CPythonFixed.Stdout)
			}
		})
	}
}

// loadFixRecords reads results.json and checks that it covers exactly the
// programs of the folder.
func loadFixRecords(t *testing.T) map[string]fixRecord {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixesDir, "results.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		GeneratedBy string               `json:"generated_by"`
		Programs    map[string]fixRecord `json:"programs"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("results.json: %v", err)
	}
	if doc.GeneratedBy != fixesGeneratedBy {
		t.Fatalf("results.json: generated_by = %q, want %q", doc.GeneratedBy, fixesGeneratedBy)
	}
	files, _ := filepath.Glob(filepath.Join(fixesDir, "*.py"))
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
	}
	if got := sortedPrograms(doc.Programs); strings.Join(got, " ") != strings.Join(names, " ") {
		t.Fatalf("results.json covers %v, the folder holds %v; rerun scripts/check-fixes", got, names)
	}
	if len(names) == 0 {
		t.Fatal("no programs in " + fixesDir)
	}
	return doc.Programs
}

// fixAll applies the safe fixes the way `monty-lsp check --fix` does:
// nothing when the file does not parse, otherwise rounds of ApplyQuickFixes
// until none applies, at most five.
func fixAll(t *testing.T, name string, src []byte) string {
	t.Helper()
	_, res := analysis.CheckSource(name, src, nil)
	for _, d := range res.Diagnostics {
		if d.Code == "M001" {
			t.Fatalf("%s does not parse: %s", name, d.Message)
		}
	}
	for round := 0; round < 5; round++ {
		out, n := analysis.ApplyQuickFixes(src, res.Diagnostics)
		if n == 0 {
			break
		}
		src = out
		_, res = analysis.CheckSource(name, src, nil)
	}
	return string(src)
}

func sortedPrograms(m map[string]fixRecord) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
