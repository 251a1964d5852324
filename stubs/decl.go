package stubs

import (
	"fmt"
	"strings"

	"github.com/monty-tools/monty-tools/source"
)

// Decls holds the declarations read from one or more stub files.
type Decls struct {
	// Funcs maps an external function's name to its declaration.
	Funcs map[string]*Func
	// Inputs maps an input's name to its declaration.
	Inputs map[string]*Input
	// Files lists the stub files read, in the order given.
	Files []string
}

// newDecls returns an empty Decls with its maps allocated.
func newDecls() *Decls {
	return &Decls{Funcs: map[string]*Func{}, Inputs: map[string]*Input{}}
}

// ParamKind says how a parameter may be passed.
type ParamKind int

// Parameter kinds, in the order they appear in a signature.
const (
	PosOnly ParamKind = iota // before '/'
	PosOrKw                  // positional or keyword
	VarPos                   // *args
	KwOnly                   // after '*' or '*args'
	VarKw                    // **kwargs
)

// String returns the kind's name as inspect.Parameter.kind prints it.
func (k ParamKind) String() string {
	switch k {
	case PosOnly:
		return "POSITIONAL_ONLY"
	case PosOrKw:
		return "POSITIONAL_OR_KEYWORD"
	case VarPos:
		return "VAR_POSITIONAL"
	case KwOnly:
		return "KEYWORD_ONLY"
	case VarKw:
		return "VAR_KEYWORD"
	}
	return fmt.Sprintf("ParamKind(%d)", int(k))
}

// Param is one parameter of an external function.
type Param struct {
	// Name is the parameter's name, without '*' or '**'.
	Name string
	// Kind says how the parameter may be passed.
	Kind ParamKind
	// Type is the annotation's source text, or "" if there is none.
	Type string
	// Default is the default value's source text, or "" if there is none.
	Default string
	// HasDefault reports whether the parameter has a default value.
	HasDefault bool
}

// String formats p as inspect.Parameter does: "b: str = 'x'", "b='x'",
// "*args: int" or "**kw".
func (p Param) String() string {
	var sb strings.Builder
	switch p.Kind {
	case VarPos:
		sb.WriteString("*")
	case VarKw:
		sb.WriteString("**")
	}
	sb.WriteString(p.Name)
	if p.Type != "" {
		sb.WriteString(": ")
		sb.WriteString(p.Type)
	}
	if p.HasDefault {
		if p.Type != "" {
			sb.WriteString(" = ")
		} else {
			sb.WriteString("=")
		}
		sb.WriteString(p.Default)
	}
	return sb.String()
}

// required reports whether a call must supply p.
func (p Param) required() bool {
	return !p.HasDefault && p.Kind != VarPos && p.Kind != VarKw
}

// Func is an external function declared by a def in a stub file.
type Func struct {
	// Name is the function's name.
	Name string
	// Async is set for 'async def'.
	Async bool
	// Params lists the parameters in signature order.
	Params []Param
	// Returns is the return annotation's source text, or "".
	Returns string
	// Doc is the docstring, cleaned as inspect.cleandoc does, or "".
	Doc string
	// File is the stub file that declares the function.
	File string
	// Span is the byte range of the function's name in File.
	Span source.Span
	// Pos is the line and column of the name.
	Pos source.Pos
	// Overloads lists the signatures of @overload-decorated variants in
	// source order; it is nil for an ordinary def. When set, the fields
	// above describe the first variant.
	Overloads []*Func

	// implemented is set once a def without @overload followed the
	// overloads, closing the group.
	implemented bool
}

// Signature formats f as a def line: "def name(a: int, /, b: str = 'x',
// *args, c: int, **kw) -> dict[str, Any]", with an "async " prefix for an
// async def and no arrow when there is no return annotation.
func (f *Func) Signature() string {
	var sb strings.Builder
	if f.Async {
		sb.WriteString("async ")
	}
	sb.WriteString("def ")
	sb.WriteString(f.Name)
	sb.WriteString("(")
	sb.WriteString(strings.Join(paramList(f.Params), ", "))
	sb.WriteString(")")
	if f.Returns != "" {
		sb.WriteString(" -> ")
		sb.WriteString(f.Returns)
	}
	return sb.String()
}

// paramList formats each parameter and inserts the '/' and '*' markers.
func paramList(params []Param) []string {
	var out []string
	seenStar := false
	for i, p := range params {
		if p.Kind != PosOnly && i > 0 && params[i-1].Kind == PosOnly {
			out = append(out, "/")
		}
		if p.Kind == VarPos {
			seenStar = true
		}
		if p.Kind == KwOnly && !seenStar {
			out = append(out, "*")
			seenStar = true
		}
		out = append(out, p.String())
	}
	if n := len(params); n > 0 && params[n-1].Kind == PosOnly {
		out = append(out, "/")
	}
	return out
}

// SnippetParams returns the required parameters as an LSP snippet for a
// call's argument list: required positional parameters as placeholders
// "${1:name}" and required keyword-only ones as "name=${2:name}", joined by
// ", ". It returns "" when no argument is required.
func (f *Func) SnippetParams() string {
	var parts []string
	n := 0
	for _, p := range f.Params {
		if !p.required() {
			continue
		}
		n++
		ph := fmt.Sprintf("${%d:%s}", n, snippetEscape(p.Name))
		if p.Kind == KwOnly {
			ph = p.Name + "=" + ph
		}
		parts = append(parts, ph)
	}
	return strings.Join(parts, ", ")
}

// snippetEscape escapes the characters that are special inside an LSP
// snippet placeholder.
func snippetEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `$`, `\$`, `}`, `\}`).Replace(s)
}

// Input is a value the host passes to a Monty program, declared by an
// annotated module-level name in a stub file.
type Input struct {
	// Name is the input's name.
	Name string
	// Type is the annotation's source text.
	Type string
	// Doc is the docstring written after the declaration, or "".
	Doc string
	// File is the stub file that declares the input.
	File string
	// Span is the byte range of the name in File.
	Span source.Span
	// Pos is the line and column of the name.
	Pos source.Pos
}

// Error is a problem found in a stub file.
type Error struct {
	// File is the stub file's path as given.
	File string
	// Pos is the line and column of the problem; the zero Pos when the
	// problem concerns the whole file (for example, it cannot be read).
	Pos source.Pos
	// Span is the byte range of the problem in File.
	Span source.Span
	// Msg describes the problem.
	Msg string
}

// Error formats e as "file:line:col: msg", or "file: msg" when e has no
// position.
func (e *Error) Error() string {
	if !e.Pos.IsValid() {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Pos.Line, e.Pos.Col, e.Msg)
}
