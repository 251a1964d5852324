package pygen_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/monty-tools/monty-tools/internal/pygen"
	"github.com/monty-tools/monty-tools/syntax"
)

// TestGenerate checks the package invariants on a few seeds: the output is
// deterministic, long enough, and free of syntax errors for our parser and,
// when python3 is on PATH, for CPython.
func TestGenerate(t *testing.T) {
	var files []string
	for seed := range uint64(4) {
		src := pygen.Generate(2000, seed)
		if !bytes.Equal(src, pygen.Generate(2000, seed)) {
			t.Fatalf("seed %d: two calls gave different files", seed)
		}
		if n := bytes.Count(src, []byte("\n")); n < 2000 {
			t.Errorf("seed %d: %d lines, want at least 2000", seed, n)
		}
		if _, errs := syntax.Parse("gen.py", src, 0); errs != nil {
			t.Errorf("seed %d: syntax errors:\n%v", seed, errs)
		}
		file := filepath.Join(t.TempDir(), fmt.Sprintf("seed%d.py", seed))
		if err := os.WriteFile(file, src, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, file)
	}
	cpythonParses(t, files)
}

// cpythonParses runs CPython's ast.parse on files if python3 is on PATH;
// the check is optional so that the test also passes offline.
func cpythonParses(t *testing.T, files []string) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Log("python3 not found; skipping the CPython check")
		return
	}
	script := "import ast, sys\nfor p in sys.argv[1:]: ast.parse(open(p, 'rb').read(), p)"
	out, err := exec.Command(python, append([]string{"-c", script}, files...)...).CombinedOutput()
	if err != nil {
		t.Errorf("CPython rejects a generated file: %v\n%s", err, out)
	}
}
