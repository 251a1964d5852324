package lsp

import (
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestGrowPipe checks that Stdio enlarges a pipe on stdout to pipeSize,
// or to the system's limit when that is lower.
func TestGrowPipe(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	Stdio(strings.NewReader(""), w)
	size, _, errno := syscall.Syscall(syscall.SYS_FCNTL, w.Fd(), syscall.F_GETPIPE_SZ, 0)
	if errno != 0 {
		t.Fatal(errno)
	}
	want := pipeSize
	if data, err := os.ReadFile("/proc/sys/fs/pipe-max-size"); err == nil {
		if limit, err := strconv.Atoi(strings.TrimSpace(string(data))); err == nil {
			want = min(want, limit)
		}
	}
	if int(size) < want {
		t.Errorf("stdout pipe holds %d bytes, want %d", size, want)
	}
}
