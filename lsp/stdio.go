package lsp

import (
	"io"
	"os"
)

// Stdio joins a process's standard input and output into the connection
// Serve needs. When stdin is a pipe (how editors start servers) it is
// switched to non-blocking mode where the platform allows, so that
// closing the connection at exit interrupts the pending read instead of
// leaving it blocked until the client closes the pipe. When stdout is a
// pipe it is enlarged where the platform allows (see pipeSize).
func Stdio(stdin io.Reader, stdout io.Writer) io.ReadWriteCloser {
	if f, ok := stdin.(*os.File); ok {
		stdin = pollable(f)
	}
	if f, ok := stdout.(*os.File); ok {
		growPipe(f)
	}
	return &stdio{in: stdin, out: stdout}
}

// stdio is the connection of Stdio.
type stdio struct {
	in  io.Reader
	out io.Writer
}

func (s *stdio) Read(p []byte) (int, error)  { return s.in.Read(p) }
func (s *stdio) Write(p []byte) (int, error) { return s.out.Write(p) }

// Close closes stdin, which ends a pending read when stdin is pollable.
// Stdout stays open: the process may still write to it as it exits.
func (s *stdio) Close() error {
	if c, ok := s.in.(io.Closer); ok {
		return c.Close()
	}
	return nil
}
