package interp

import (
	"fmt"
	"strings"
)

// ExcClass is a builtin exception class. Monty 0.0.23 cannot subclass
// exceptions, so the hierarchy is fixed by the profile.
type ExcClass struct {
	Name   string
	Base   *ExcClass
	Module string // "json" for json.JSONDecodeError; "" for builtins
}

// QualName is the class name as tracebacks show it.
func (c *ExcClass) QualName() string {
	if c.Module != "" {
		return c.Module + "." + c.Name
	}
	return c.Name
}

// ExcValue is a Python exception object.
type ExcValue struct {
	Class *ExcClass
	Args  []Value
	tb    []tbEntry // innermost first
	// uncatchable marks Monty's OS-function errors, which end the program.
	uncatchable bool
	frameless   bool
	// atDef is set for argument-binding errors, which Monty reports at
	// the called function's def line.
	atDef *Code
}

type tbEntry struct {
	code *Code
	pc   int
	at   *posInfo // overrides the instruction's position
}

// Error renders the exception as "Type: message".
func (e *ExcValue) Error() string { return e.Class.Name + ": " + e.message() }

func (e *ExcValue) message() string {
	if len(e.Args) == 0 {
		return ""
	}
	if len(e.Args) == 1 {
		if e.Class.isSubclass(excKeyError) {
			return reprValue(e.Args[0])
		}
		return strValue(e.Args[0])
	}
	return reprValue(Tuple(e.Args))
}

// isSubclass reports whether c is cls or derives from it.
func (c *ExcClass) isSubclass(cls *ExcClass) bool {
	for x := c; x != nil; x = x.Base {
		if x == cls {
			return true
		}
	}
	return false
}

// The exception classes by name, built once from the hierarchy below
// (which matches the profile's "exceptions" bases).
var excClasses = buildExcClasses()

var (
	excBaseException, excException, excTypeError, excValueError, excKeyError, excIndexError, excNameError,
	excAttributeError, excZeroDivisionError, excRuntimeError, excNotImplementedError, excAssertionError,
	excStopIteration, excOverflowError, excRecursionError, excImportError, excModuleNotFoundError,
	excUnboundLocalError, excLookupError, excMemoryError, excTimeoutError, excOSError *ExcClass
)

func buildExcClasses() map[string]*ExcClass {
	classes := map[string]*ExcClass{}
	pairs := [][2]string{
		{"BaseException", ""}, {"Exception", "BaseException"}, {"KeyboardInterrupt", "BaseException"},
		{"SystemExit", "BaseException"}, {"ArithmeticError", "Exception"}, {"AssertionError", "Exception"},
		{"AttributeError", "Exception"}, {"ImportError", "Exception"}, {"ModuleNotFoundError", "ImportError"},
		{"LookupError", "Exception"}, {"IndexError", "LookupError"}, {"KeyError", "LookupError"},
		{"MemoryError", "Exception"}, {"NameError", "Exception"}, {"UnboundLocalError", "NameError"},
		{"OSError", "Exception"}, {"FileExistsError", "OSError"}, {"FileNotFoundError", "OSError"},
		{"IsADirectoryError", "OSError"}, {"NotADirectoryError", "OSError"}, {"PermissionError", "OSError"},
		{"TimeoutError", "OSError"}, {"OverflowError", "ArithmeticError"}, {"ZeroDivisionError", "ArithmeticError"},
		{"RuntimeError", "Exception"}, {"NotImplementedError", "RuntimeError"}, {"RecursionError", "RuntimeError"},
		{"StopIteration", "Exception"}, {"SyntaxError", "Exception"}, {"TypeError", "Exception"},
		{"ValueError", "Exception"}, {"UnicodeError", "ValueError"}, {"UnicodeDecodeError", "UnicodeError"},
		{"UnicodeEncodeError", "UnicodeError"}, {"JSONDecodeError", "ValueError"}, {"FrozenInstanceError", "AttributeError"},
	}
	for _, p := range pairs {
		classes[p[0]] = &ExcClass{Name: p[0], Base: classes[p[1]]}
	}
	classes["JSONDecodeError"].Module = "json"
	return classes
}

func initExcVars() {
	if excTypeError != nil {
		return
	}
	g := func(n string) *ExcClass { return excClasses[n] }
	excBaseException, excException, excTypeError, excValueError = g("BaseException"), g("Exception"), g("TypeError"), g("ValueError")
	excKeyError, excIndexError, excNameError, excAttributeError = g("KeyError"), g("IndexError"), g("NameError"), g("AttributeError")
	excZeroDivisionError, excRuntimeError, excNotImplementedError = g("ZeroDivisionError"), g("RuntimeError"), g("NotImplementedError")
	excAssertionError, excStopIteration, excOverflowError, excRecursionError = g("AssertionError"), g("StopIteration"), g("OverflowError"), g("RecursionError")
	excImportError, excModuleNotFoundError, excUnboundLocalError = g("ImportError"), g("ModuleNotFoundError"), g("UnboundLocalError")
	excLookupError, excMemoryError, excTimeoutError, excOSError = g("LookupError"), g("MemoryError"), g("TimeoutError"), g("OSError")
}

// newExc makes an exception with a formatted message.
func newExc(cls *ExcClass, format string, args ...any) *ExcValue {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return &ExcValue{Class: cls, Args: []Value{Str(msg)}}
}

// Exception is a Python exception that ended a run.
type Exception struct {
	exc       *ExcValue
	traceback string
	line      int
}

// Error renders the exception as "Type: message".
func (e *Exception) Error() string { return e.Type() + ": " + e.Message() }

// Type is the exception's class name, "ValueError".
func (e *Exception) Type() string { return e.exc.Class.QualName() }

// Message is the exception's message as Monty reports it (for KeyError
// the key's str, where str(e) in the program gives its repr).
func (e *Exception) Message() string { return e.exc.reported() }

// reported is the message shown after "Type: " in a traceback.
func (e *ExcValue) reported() string {
	if len(e.Args) == 1 && e.Class.isSubclass(excKeyError) {
		return strValue(e.Args[0])
	}
	return e.message()
}

// Traceback is the traceback formatted as Monty prints it, ending with the
// "Type: message" line.
func (e *Exception) Traceback() string { return e.traceback }

// Line is the line of the innermost frame, or 0 for frameless errors.
func (e *Exception) Line() int { return e.line }

// Value is the exception object.
func (e *Exception) Value() Value { return e.exc }

// CompileError is a syntax error or a construct Monty refuses to load.
type CompileError struct {
	File      string
	Pos       struct{ Line, Col int }
	Type, Msg string
	traceback string
}

// Error renders the error as "file:line:col: Type: message".
func (e *CompileError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.File, e.Pos.Line, e.Pos.Col, e.Type, e.Msg)
}

// Traceback formats the error as Monty prints a load-time rejection.
func (e *CompileError) Traceback() string { return e.traceback }

func (p *Program) formatTraceback(e *ExcValue) (string, int) {
	var b strings.Builder
	line := 0
	if len(e.tb) > 0 && !e.frameless {
		b.WriteString("Traceback (most recent call last):\n")
		for i := len(e.tb) - 1; i >= 0; i-- {
			ent := e.tb[i]
			where := ent.code.Qualname
			if ent.code.isModule {
				where = "<module>"
			}
			// Monty runs comprehensions inline: their frame is shown as
			// the enclosing one.
			for i > 0 && e.tb[i-1].code.isComp {
				i--
				ent = e.tb[i]
			}
			pi := ent.code.pos[ent.pc]
			if ent.at != nil {
				pi = *ent.at
			}
			pos := p.lines().Pos(p.src, sourceOffset(pi.start))
			fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", p.filename, pos.Line, where)
			if i == 0 {
				line = pos.Line
			}
			text := string(p.lines().Text(p.src, pos.Line-1))
			text = strings.TrimRight(text, "\r\n")
			trimmed := strings.TrimLeft(text, " \t")
			indent := len(text) - len(trimmed)
			fmt.Fprintf(&b, "    %s\n", trimmed)
			if end := p.lines().Pos(p.src, sourceOffset(pi.end)); end.Line > pos.Line {
				p.writeLinesAfter(&b, pos.Line, end.Line, indent)
			} else if pi.mark && !unmarked(p.src[pi.start], ent) {
				if pad := pos.Col - 1 - indent; end.Line == pos.Line && end.Col > pos.Col && pad >= 0 {
					b.WriteString("    " + strings.Repeat(" ", pad) + strings.Repeat("~", end.Col-pos.Col) + "\n")
				}
			}
		}
	}
	b.WriteString(e.Class.QualName())
	if msg := e.reported(); msg != "" || len(e.Args) > 0 && e.Class.isSubclass(excKeyError) {
		b.WriteString(": " + msg)
	}
	return b.String(), line
}

// writeLinesAfter writes the source lines after first up to last, less
// indent columns, as Monty (like CPython 3.13) shows a position that spans
// several lines: all of them up to three lines, else the first and the
// last with "...<N lines>..." between. Blank lines count and are shown.
func (p *Program) writeLinesAfter(b *strings.Builder, first, last, indent int) {
	if last-first > 2 {
		fmt.Fprintf(b, "    ...<%d lines>...\n", last-first-1)
		first = last - 1
	}
	for line := first + 1; line <= last; line++ {
		t := strings.TrimRight(string(p.lines().Text(p.src, line-1)), "\r\n")
		if len(t) >= indent && strings.TrimSpace(t[:indent]) == "" {
			t = t[indent:]
		}
		fmt.Fprintf(b, "    %s\n", t)
	}
}

// keyError is the KeyError of a missing key. Monty keeps the key's str as
// the message, so str(e) is the repr of that string.
func keyError(key Value) *ExcValue {
	return &ExcValue{Class: excKeyError, Args: []Value{Str(strValue(key))}}
}

// unmarked reports the failures Monty shows without a '~' marker, as far
// as the corpus shows them: expressions on a dict or set display, and
// method calls on a list display.
func unmarked(first byte, ent tbEntry) bool {
	if ent.at != nil {
		return false
	}
	switch first {
	case '{':
		return true
	case '[':
		return opcode(ent.code.instrs[ent.pc]&0xff) == opCallMethod
	}
	return false
}
