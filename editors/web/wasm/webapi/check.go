package webapi

import (
	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/project"
	"github.com/monty-tools/monty-tools/source"
)

// CheckRequest asks for the diagnostics of a program.
type CheckRequest struct {
	Source string `json:"source"`
	Target
}

// CheckResult holds the diagnostics of the program and those of the stub
// text (syntax errors, declarations the program does not use), each with
// ranges in its own text.
type CheckResult struct {
	Diagnostics     []Diagnostic `json:"diagnostics"`
	StubDiagnostics []Diagnostic `json:"stubDiagnostics"`
}

// Diagnostic is an analyzer finding in LSP form.
type Diagnostic struct {
	Range source.Range `json:"range"`
	// Severity is LSP's: 1 error, 2 warning, 3 information, 4 hint.
	Severity analysis.Severity `json:"severity"`
	Code     string            `json:"code"` // "M102"
	Name     string            `json:"name"` // "unsupported-del"
	Message  string            `json:"message"`
	// Rejects is set when Monty refuses to load a program with this
	// problem; Unnecessary marks unused declarations (shown faded).
	Rejects     bool  `json:"rejects"`
	Unnecessary bool  `json:"unnecessary"`
	Fixes       []Fix `json:"fixes"`
}

// Fix is a set of edits that resolves a diagnostic; Safe fixes keep the
// program's behaviour.
type Fix struct {
	Title string     `json:"title"`
	Safe  bool       `json:"safe"`
	Edits []TextEdit `json:"edits"`
}

// TextEdit replaces Range with NewText.
type TextEdit struct {
	Range   source.Range `json:"range"`
	NewText string       `json:"newText"`
}

func check(req CheckRequest) (any, error) {
	t, err := req.Target.resolve()
	if err != nil {
		return nil, err
	}
	src := []byte(req.Source)
	_, res := analysis.CheckSource("main.py", src, &t.opts)
	out := CheckResult{Diagnostics: toDiagnostics(source.NewMapper(src), res.Diagnostics)}

	stubSrc := []byte(req.Stubs)
	var stubDiags []analysis.Diagnostic
	p := &project.Project{Profile: t.prof, Decls: t.decls, StubErrors: t.stubErrs}
	read := func(string) []byte { return stubSrc }
	for _, d := range p.StubDiagnostics(read) {
		stubDiags = append(stubDiags, d.Diagnostic)
	}
	for _, d := range p.UnusedDiagnostics(res.Used, read) {
		stubDiags = append(stubDiags, d.Diagnostic)
	}
	out.StubDiagnostics = toDiagnostics(source.NewMapper(stubSrc), stubDiags)
	return out, nil
}

// toDiagnostics converts analyzer diagnostics, never returning nil so
// that the JSON has an array.
func toDiagnostics(m *source.Mapper, diags []analysis.Diagnostic) []Diagnostic {
	out := make([]Diagnostic, 0, len(diags))
	for _, d := range diags {
		fixes := make([]Fix, 0, len(d.Fixes))
		for _, f := range d.Fixes {
			edits := make([]TextEdit, 0, len(f.Edits))
			for _, e := range f.Edits {
				edits = append(edits, TextEdit{Range: m.Range(e.Span), NewText: e.NewText})
			}
			fixes = append(fixes, Fix{Title: f.Title, Safe: f.Safe, Edits: edits})
		}
		out = append(out, Diagnostic{Range: m.Range(d.Span), Severity: d.Severity, Code: d.Code, Name: d.Name,
			Message: d.Message, Rejects: d.Rejects, Unnecessary: d.Unnecessary, Fixes: fixes})
	}
	return out
}
