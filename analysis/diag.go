package analysis

import (
	"fmt"
	"strings"

	"github.com/monty-tools/monty-tools/source"
)

// Severity is how serious a diagnostic is; the values follow LSP's order
// so that the server can convert them directly.
type Severity int

// Severities, most serious first. Off silences a code through the
// configuration.
const (
	Error Severity = iota + 1
	Warning
	Info
	Hint
	Off
)

var severityNames = [...]string{Error: "error", Warning: "warning", Info: "info", Hint: "hint", Off: "off"}

// String returns the severity's configuration name ("error", "warning"...).
func (s Severity) String() string {
	if s >= Error && s <= Off {
		return severityNames[s]
	}
	return fmt.Sprintf("Severity(%d)", int(s))
}

// ParseSeverity reads a severity as written in monty.toml.
func ParseSeverity(name string) (Severity, error) {
	for s := Error; s <= Off; s++ {
		if strings.EqualFold(name, severityNames[s]) {
			return s, nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want error, warning, info, hint or off)", name)
}

// Diagnostic is one finding in a file.
type Diagnostic struct {
	Span     source.Span
	Severity Severity
	Code     string // stable code, "M102"
	Name     string // kebab-case name, "unsupported-del"
	Message  string
	Fixes    []Fix
	// Rejects is set when the target Monty refuses to load a program with
	// this problem (a syntax error or a rejected construct): nothing of it
	// runs. Other errors fail only when the code runs.
	Rejects bool
	// Unnecessary marks unused declarations, which editors fade out.
	Unnecessary bool
}

// Fix is a set of edits that resolves a diagnostic.
type Fix struct {
	Title string
	Edits []TextEdit
	// Safe fixes keep the program's behaviour; `check --fix` applies only
	// those.
	Safe bool
}

// TextEdit replaces the bytes of Span with NewText.
type TextEdit struct {
	Span    source.Span
	NewText string
}
