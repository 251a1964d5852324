package pylib

import "fmt"

// Error is a Python exception raised by a pylib function: Type is the
// exception class name ("ValueError") and Msg is str(exception) as CPython
// 3.11 words it. The interpreter turns it into its own exception value.
type Error struct {
	Type string
	Msg  string
}

// Error renders the exception the way a traceback's last line does.
func (e *Error) Error() string {
	if e.Msg == "" {
		return e.Type
	}
	return e.Type + ": " + e.Msg
}

// Errorf returns an *Error of the given type with a formatted message.
func Errorf(typ, format string, args ...any) *Error {
	return &Error{Type: typ, Msg: fmt.Sprintf(format, args...)}
}

// TypeError returns a TypeError with the message msg.
func TypeError(msg string) *Error { return &Error{Type: "TypeError", Msg: msg} }

// ValueError returns a ValueError with the message msg.
func ValueError(msg string) *Error { return &Error{Type: "ValueError", Msg: msg} }

// OverflowError returns an OverflowError with the message msg.
func OverflowError(msg string) *Error { return &Error{Type: "OverflowError", Msg: msg} }

// ZeroDivisionError returns a ZeroDivisionError with the message msg.
func ZeroDivisionError(msg string) *Error { return &Error{Type: "ZeroDivisionError", Msg: msg} }

// Object is implemented by interpreter values that pylib does not represent
// natively (lists, sets, instances, ...), so that % formatting and json can
// name their type and print them.
type Object interface {
	// PyType returns type(x).__name__.
	PyType() string
	// PyRepr returns repr(x).
	PyRepr() string
	// PyStr returns str(x).
	PyStr() string
}
