package lsp

import (
	"os"
	"syscall"
)

// pipeSize is the capacity asked for the pipe stdout writes to: the
// diagnostics of a large file (a hundred kilobytes on every keystroke)
// then fit in one write, instead of a 64 KiB pipe blocking the server
// until the editor has read the first part, and the answer of a request
// written after them is not held up by that wait. 1 MiB is Linux's
// default limit for unprivileged processes (/proc/sys/fs/pipe-max-size).
// Editors that start the server on a socket pair (libuv does, for VS Code
// and Neovim) already get a buffer of about 200 KiB.
const pipeSize = 1 << 20

// growPipe enlarges the pipe f writes to, where it is one; failures leave
// it as it was.
func growPipe(f *os.File) {
	info, err := f.Stat()
	if err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		return
	}
	raw, err := f.SyscallConn()
	if err != nil {
		return
	}
	_ = raw.Control(func(fd uintptr) {
		_, _, _ = syscall.Syscall(syscall.SYS_FCNTL, fd, syscall.F_SETPIPE_SZ, pipeSize)
	})
}
