package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/monty-tools/monty-tools/format"
)

// TestUnstableLeavesFileUntouched checks the path that the real formatter
// must never take: its safety check fails (the output's AST or comments
// differ from the input's). The file must stay as it was, the message
// must name the file and call it a bug, and the exit code must be 1.
func TestUnstableLeavesFileUntouched(t *testing.T) {
	failing := map[string]formatter{
		"unstable": func(string, []byte, format.Options) ([]byte, error) {
			return []byte("changed\n"), new(format.UnstableError)
		},
		"panic": func(string, []byte, format.Options) ([]byte, error) {
			panic("index out of range")
		},
	}
	for name, f := range failing {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "rule.py")
			orig := []byte("x=1\n")
			if err := os.WriteFile(p, orig, 0o644); err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			code := runWith([]string{"-w", p}, strings.NewReader(""), &stdout, &stderr, f)
			if code != exitChanged {
				t.Errorf("exit code %d; want %d", code, exitChanged)
			}
			if got, _ := os.ReadFile(p); !bytes.Equal(got, orig) {
				t.Errorf("file changed to %q", got)
			}
			msg := stderr.String()
			if !strings.Contains(msg, p+": not formatted: this is a bug in montyfmt") {
				t.Errorf("stderr %q does not report a bug naming %s", msg, p)
			}
			if stdout.Len() != 0 {
				t.Errorf("stdout %q; want nothing", stdout.String())
			}
		})
	}
}

// TestLineEndingsAndBOM checks, with the real formatter, what the
// newline.txtar script cannot express: a mark and CRLF endings come back
// and the first line ending decides for a file that mixes them.
func TestLineEndingsAndBOM(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a=1\nb=2\n", "a = 1\nb = 2\n"},
		{"a=1\r\nb=2\r\n", "a = 1\r\nb = 2\r\n"},
		{"\uFEFFa=1\r\nb=2\n", "\uFEFFa = 1\r\nb = 2\r\n"},
		{"a=1\nb=2\r\n", "a = 1\nb = 2\n"},
		{"\uFEFFa=1\n", "\uFEFFa = 1\n"},
		{"", ""},
	}
	for _, tt := range tests {
		got, err := formatBytes("t.py", []byte(tt.in), format.Options{}, sourceFormatter)
		if err != nil || string(got) != tt.want {
			t.Errorf("formatBytes(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}
