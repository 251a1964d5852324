package config

import (
	"fmt"
	"sort"
)

// Error is a problem in a configuration file.
type Error struct {
	// File is the configuration file's path as given to Load.
	File string
	// Line is the 1-based line of the problem, or 0 when it has none.
	Line int
	// Col is the 1-based column of the problem, counted in code points.
	Col int
	// Key is the dotted key involved, such as "monty.stubs", or "" for a
	// TOML syntax error.
	Key string
	// Msg describes the problem.
	Msg string
}

// Error formats e as "file:line:col: key: msg", leaving out the key when
// there is none and the line and column when they are unknown.
func (e *Error) Error() string {
	s := e.File
	if e.Line > 0 {
		s += fmt.Sprintf(":%d:%d", e.Line, e.Col)
	}
	if e.Key != "" {
		s += ": " + e.Key
	}
	return s + ": " + e.Msg
}

// ErrorList is the non-empty list of problems found in one configuration
// file, sorted by position. errors.As finds its first *Error.
type ErrorList []*Error

// Error returns the first error's text and a count of the rest.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0].Error(), len(l)-1)
}

// Unwrap returns the errors of the list, for errors.As and errors.Is.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// sortErrors orders l by line and column, keeping the order of errors at
// one position.
func sortErrors(l ErrorList) {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].Line != l[j].Line {
			return l[i].Line < l[j].Line
		}
		return l[i].Col < l[j].Col
	})
}
