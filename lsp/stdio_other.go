//go:build !unix

package lsp

import "os"

// pollable returns f: outside Unix, stdin stays as it is.
func pollable(f *os.File) *os.File { return f }
