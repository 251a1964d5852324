package main

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/monty-tools/monty-tools/internal/runner"
)

// lockedBuffer is a bytes.Buffer safe for a writer and a reader at once.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestProgressLine checks the progress line of long runs (shown only on
// a terminal, so the scripts never see it): it rewrites itself in place
// with the elapsed time and the calls so far, and is erased at the end.
func TestProgressLine(t *testing.T) {
	dir := t.TempDir()
	prep, err := runner.Prepare(filepath.Join(dir, "main.py"), []byte("1\n"), runner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out lockedBuffer
	p := startProgress(&out, prep.Externals, 0, time.Millisecond)
	// waitFor waits until the line was drawn n times after the output
	// so far ends with after.
	waitFor := func(after string, n int) {
		deadline := time.Now().Add(10 * time.Second)
		for time.Now().Before(deadline) {
			s := out.String()
			i := 0
			if after != "" {
				i = strings.LastIndex(s, after)
			}
			if i >= 0 && strings.Count(s[i:], "running") >= n {
				return
			}
			time.Sleep(time.Millisecond)
		}
	}
	waitFor("", 2)
	// Other output (a trace line) erases the line first and is never
	// followed by the line until released.
	p.hold()
	out.Write([]byte("trace: f() -> 1\n"))
	time.Sleep(5 * time.Millisecond)
	p.release()
	waitFor("-> 1\n", 1)
	p.stop()
	got := out.String()
	line := `\r\x1b\[Krunning [0-9]+\.[0-9]s, 0 external calls`
	if !regexp.MustCompile(`^(` + line + `){2,}\r\x1b\[Ktrace: f\(\) -> 1\n(` + line + `)+\r\x1b\[K$`).MatchString(got) {
		t.Errorf("progress output %q", got)
	}
	// A run shorter than the delay shows nothing.
	var quiet lockedBuffer
	startProgress(&quiet, prep.Externals, time.Hour, time.Millisecond).stop()
	if quiet.String() != "" {
		t.Errorf("short run wrote %q", quiet.String())
	}
}
