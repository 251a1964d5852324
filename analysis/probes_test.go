package analysis_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/profile"
	"github.com/monty-tools/monty-tools/source"
)

// labelled is one program with the verdict real Monty gave it.
type labelled struct {
	Name    string `json:"name"`
	Code    string `json:"code"`
	Status  string `json:"status"` // parse-rejected, runtime-error, supported/ok
	Message string `json:"message"`
	Line    *int   `json:"line"`
}

// TestSpecProbes checks the analyzer against the probes of the spec, run
// on real Monty (scripts/spec-probes extracts them): a program is flagged
// with a load-time error (syntax error or rejected construct) exactly when
// Monty rejected it, at the line Monty reported.
func TestSpecProbes(t *testing.T) {
	for _, name := range []string{"monty-0.0.18", "monty-0.0.23"} {
		t.Run(name, func(t *testing.T) {
			var doc struct {
				Probes []labelled `json:"probes"`
			}
			data, err := os.ReadFile(filepath.Join("..", "testdata", "analysis", "probes", name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(data, &doc); err != nil {
				t.Fatal(err)
			}
			checkLabelled(t, name, doc.Probes)
		})
	}
}

// checkLabelled computes precision and recall of load-time rejection over
// labelled programs and fails on any disagreement.
func checkLabelled(t *testing.T, profName string, progs []labelled) {
	prof, err := profile.Get(profName)
	if err != nil {
		t.Fatal(err)
	}
	opts := &analysis.Options{Profile: prof}
	var tp, fp, fn, lineMiss int
	for _, p := range progs {
		_, res := analysis.CheckSource("main.py", []byte(p.Code), opts)
		first := firstRejection(res.Diagnostics)
		rejected := p.Status == "parse-rejected"
		switch {
		case rejected && first != nil:
			tp++
			// Syntax errors are placed as CPython places them ("'(' was
			// never closed" at the bracket), not at Monty's end of file.
			if p.Line != nil && first.Code != "M001" {
				if got := source.NewMapper([]byte(p.Code)).Pos(first.Span.Start).Line; got != *p.Line {
					lineMiss++
					t.Errorf("%s: Monty rejects at line %d (%s), we first flag line %d: %s %s", p.Name, *p.Line, p.Message, got, first.Code, first.Message)
				}
			}
		case rejected:
			fn++
			t.Errorf("%s: Monty rejects it (%s), we do not:\n%s", p.Name, p.Message, p.Code)
		case first != nil:
			fp++
			t.Errorf("%s: Monty accepts it (%s), we flag %s %s:\n%s", p.Name, p.Status, first.Code, first.Message, p.Code)
		}
	}
	t.Logf("%s: %d programs, precision %s, recall %s, rejection lines wrong: %d",
		profName, len(progs), ratio(tp, tp+fp), ratio(tp, tp+fn), lineMiss)
}

// firstRejection returns the diagnostic Monty would report when loading
// the program: the first syntax error if there is one (Monty parses the
// whole file first), else the first rejected construct in source order.
func firstRejection(diags []analysis.Diagnostic) *analysis.Diagnostic {
	var first *analysis.Diagnostic
	for i, d := range diags {
		if !d.Rejects {
			continue
		}
		if d.Code == "M001" {
			return &diags[i]
		}
		if first == nil {
			first = &diags[i]
		}
	}
	return first
}

func ratio(a, b int) string {
	if b == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.2f", float64(a)/float64(b))
}
