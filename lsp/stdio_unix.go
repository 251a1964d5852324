//go:build unix

package lsp

import (
	"os"
	"syscall"
)

// pollable returns a pollable *os.File for a pipe or a socket (editors
// start servers with either), whose reads Close can
// interrupt, or f itself for other files.
func pollable(f *os.File) *os.File {
	info, err := f.Stat()
	if err != nil || info.Mode()&(os.ModeNamedPipe|os.ModeSocket) == 0 {
		return f
	}
	fd := f.Fd()
	if err := syscall.SetNonblock(int(fd), true); err != nil {
		return f
	}
	return os.NewFile(fd, f.Name()) // a non-blocking descriptor makes a pollable File
}
