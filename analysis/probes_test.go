package analysis_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/profile"
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// labelled is one program with the verdict real Monty gave it.
type labelled struct {
	Name    string `json:"name"`
	Code    string `json:"code"`
	Status  string `json:"status"` // parse-rejected, runtime-error, supported/ok
	Message string `json:"message"`
	Line    *int   `json:"line"`
	Col     *int   `json:"col"` // 1-based, in characters, when Monty gave one
}

// TestSpecProbes checks the analyzer against the probes of the spec, run
// on real Monty (scripts/spec-probes extracts them): a program is flagged
// with a load-time error (syntax error or rejected construct) exactly when
// Monty rejected it, at the line Monty reported.
func TestSpecProbes(t *testing.T) {
	for _, name := range []string{"monty-0.0.18", "monty-0.0.23"} {
		t.Run(name, func(t *testing.T) {
			checkLabelled(t, name, readProbes(t, name), map[string]bool{})
		})
	}
}

// checkLabelled computes precision and recall of load-time rejection over
// labelled programs and fails on any disagreement.
func checkLabelled(t *testing.T, profName string, progs []labelled, seen map[string]bool) {
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
			seen[first.Name] = true
			// Syntax errors are placed as CPython places them ("'(' was
			// never closed" at the bracket), not at Monty's end of file.
			if p.Line != nil && first.Code != "M001" {
				got := source.NewMapper([]byte(p.Code)).Pos(first.Span.Start)
				if got.Line != *p.Line || p.Col != nil && got.Col != *p.Col {
					lineMiss++
					t.Errorf("%s: Monty rejects at %d:%s (%s), we first flag %d:%d: %s %s", p.Name, *p.Line, colText(p.Col), p.Message, got.Line, got.Col, first.Code, first.Message)
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
// whole file first); else the first rejected construct in source order;
// else a class member shadowing a captured variable (M142); else the
// first of the errors CPython's compiler finds (break outside a
// loop, global and nonlocal misuse, duplicate parameters), which Monty
// reports only when nothing else is rejected.
func firstRejection(diags []analysis.Diagnostic) *analysis.Diagnostic {
	var first, mid, late *analysis.Diagnostic
	for i, d := range diags {
		switch {
		case !d.Rejects:
		case d.Code == "M001":
			return &diags[i]
		case d.Code == "M142": // found once the file is parsed, before the compiler's errors
			if mid == nil {
				mid = &diags[i]
			}
		case d.Code >= "M130" && d.Code < "M140":
			if late == nil {
				late = &diags[i]
			}
		case first == nil:
			first = &diags[i]
		}
	}
	switch {
	case first != nil:
		return first
	case mid != nil:
		return mid
	}
	return late
}

func ratio(a, b int) string {
	if b == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.2f", float64(a)/float64(b))
}

func colText(c *int) string {
	if c == nil {
		return "?"
	}
	return fmt.Sprint(*c)
}

// TestCorpus checks the analyzer against our own corpus of programs
// labelled by real Monty (scripts/label-corpus), with the same rule as
// TestSpecProbes, and checks that together the two labelled sets make
// every construct each profile rejects show up in a program Monty
// rejected for it.
func TestCorpus(t *testing.T) {
	dir := filepath.Join("..", "testdata", "analysis", "corpus")
	var labels struct {
		Files map[string]map[string]struct {
			Status  string `json:"status"`
			Message string `json:"message"`
			Line    *int   `json:"line"`
			Col     *int   `json:"col"`
		} `json:"files"`
	}
	data, err := os.ReadFile(filepath.Join(dir, "labels.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &labels); err != nil {
		t.Fatal(err)
	}
	for _, version := range []string{"0.0.18", "0.0.23"} {
		t.Run("monty-"+version, func(t *testing.T) {
			var progs []labelled
			for name, byVersion := range labels.Files {
				l := byVersion[version]
				code, err := os.ReadFile(filepath.Join(dir, name))
				if err != nil {
					t.Fatal(err)
				}
				// A program CPython's parser rejects is the parser's to report,
				// unless ours accepts it (3.12 syntax, or a construct such as
				// [*x for x in y] that CPython refuses in its parser but Monty
				// refuses later, with its own message).
				if byVersion["cpython311"].Status == "syntax-error" && !strings.HasSuffix(name, "_py312.py") {
					if _, errs := syntax.Parse(name, code, 0); len(errs) > 0 {
						continue
					}
				}
				progs = append(progs, labelled{Name: name, Code: string(code), Status: l.Status, Message: l.Message, Line: l.Line, Col: l.Col})
			}
			sort.Slice(progs, func(i, j int) bool { return progs[i].Name < progs[j].Name })
			seen := map[string]bool{}
			checkLabelled(t, "monty-"+version, progs, seen)
			checkLabelled(t, "monty-"+version, readProbes(t, "monty-"+version), seen)
			prof, _ := profile.Get("monty-" + version)
			for id := range prof.Rejected {
				if info, ok := analysis.CodeForConstruct(id); !ok {
					t.Errorf("profile rejects %q, which no diagnostic code reports", id)
				} else if !seen[info.Name] {
					t.Errorf("no labelled program rejected by Monty exercises %s (%s)", id, info.Code)
				}
			}
		})
	}
}

func readProbes(t *testing.T, name string) []labelled {
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
	return doc.Probes
}
