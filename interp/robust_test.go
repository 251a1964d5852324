package interp

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestNoInternalErrors compiles and runs every Python file under
// ../testdata (parser, analyzer and interpreter corpora, valid or not):
// each must end in a result, a Python exception or a compile error, never
// an internal error (a recovered panic) or a hang. The sandbox corpus is
// left out: its programs are resource bombs meant to run under limits.
func TestNoInternalErrors(t *testing.T) {
	var files []string
	filepath.Walk("../testdata", func(path string, info os.FileInfo, err error) error {
		if err == nil && info.IsDir() && info.Name() == "sandbox" {
			return filepath.SkipDir
		}
		if err == nil && !info.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	if len(files) == 0 {
		t.Skip("no Python files under ../testdata")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p, err := Compile(filepath.Base(f), src, CompileOptions{})
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Errorf("%s: %v", f, err)
			}
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		_, err = p.Run(ctx, RunConfig{Stdout: io.Discard})
		cancel()
		if err != nil && strings.Contains(err.Error(), "internal error") {
			t.Errorf("%s: %v", f, err)
		}
	}
}
