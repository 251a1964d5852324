package interp

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// The differential corpus in ../testdata/interp holds programs with the
// results real Monty 0.0.23 gave (scripts/interp-goldens). TestCorpus runs
// every program and compares stdout, the result's repr and the error's
// type, message and line with Monty 0.0.23's.
//
// Programs this interpreter does not yet match are listed, one file name
// a line, in testdata/corpus_known_failures.txt; a listed program that now
// matches is reported so the list only shrinks, and an unlisted program
// that fails is a test failure.

// errNoExpected marks a program whose expected file is not generated yet.
var errNoExpected = errors.New("no expected file")

type corpusRef struct {
	Status string  `json:"status"`
	Stdout string  `json:"stdout"`
	Result *string `json:"result"`
	Error  *struct {
		Type    string `json:"type"`
		Message string `json:"message"`
		Line    *int   `json:"line"`
	} `json:"error"`
	Traceback *string `json:"traceback"`
}

type corpusExpected struct {
	File     string                     `json:"file"`
	Inputs   map[string]json.RawMessage `json:"inputs"`
	Mocks    map[string]mockSpec        `json:"mocks"`
	Monty023 corpusRef                  `json:"monty023"`
}

type mockSpec struct {
	Return   json.RawMessage   `json:"return"`
	Sequence []json.RawMessage `json:"sequence"`
	Raise    *struct {
		Type    string `json:"type"`
		Message string `json:"message"`
	} `json:"raise"`
	Cases []struct {
		Args   []json.RawMessage          `json:"args"`
		Kwargs map[string]json.RawMessage `json:"kwargs"`
		Return json.RawMessage            `json:"return"`
	} `json:"cases"`
	Default json.RawMessage `json:"default"`
}

func jsonValue(raw json.RawMessage) Value {
	if len(raw) == 0 {
		return None
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var x any
	if err := dec.Decode(&x); err != nil {
		return None
	}
	v, err := FromGo(x)
	if err != nil {
		return None
	}
	return v
}

// mockHost implements the corpus's mock external functions.
func mockHost(mocks map[string]mockSpec) ExternalFunc {
	pos := map[string]int{}
	return func(name string, args []Value, kw []KeywordArg) (Value, error) {
		m, ok := mocks[name]
		if !ok {
			return nil, NewException("NameError", fmt.Sprintf("name '%s' is not defined", name))
		}
		switch {
		case m.Raise != nil:
			// The reference runs replace the mock with a Python def that
			// raises the named class, which is a NameError when Monty
			// has no such builtin.
			if _, ok := excClasses[m.Raise.Type]; !ok {
				return nil, NewException("NameError", fmt.Sprintf("name '%s' is not defined", m.Raise.Type))
			}
			return nil, NewException(m.Raise.Type, m.Raise.Message)
		case m.Sequence != nil:
			i := pos[name]
			pos[name]++
			if i < len(m.Sequence) {
				return jsonValue(m.Sequence[i]), nil
			}
			return None, nil
		case m.Cases != nil:
			for _, c := range m.Cases {
				if len(c.Args) != len(args) || len(c.Kwargs) != len(kw) {
					continue
				}
				match := true
				for i, a := range c.Args {
					if eq, _ := equal(jsonValue(a), args[i]); !eq {
						match = false
					}
				}
				for _, k := range kw {
					want, ok := c.Kwargs[k.Name]
					if !ok {
						match = false
						continue
					}
					if eq, _ := equal(jsonValue(want), k.Value); !eq {
						match = false
					}
				}
				if match {
					return jsonValue(c.Return), nil
				}
			}
			return jsonValue(m.Default), nil
		}
		return jsonValue(m.Return), nil
	}
}

// runCorpusProgram runs one corpus program and describes the first
// difference from Monty 0.0.23, or returns "".
func runCorpusProgram(dir, name string) (string, error) {
	var exp corpusExpected
	data, err := os.ReadFile(filepath.Join(dir, "expected", strings.TrimSuffix(name, ".py")+".json"))
	if os.IsNotExist(err) {
		return "", errNoExpected
	}
	if err != nil {
		return "", err
	}
	if err := json.Unmarshal(data, &exp); err != nil {
		return "", err
	}
	src, err := os.ReadFile(filepath.Join(dir, "corpus", name))
	if err != nil {
		return "", err
	}
	want := exp.Monty023
	if want.Status == "timeout" {
		return "", nil
	}
	var inputNames []string
	inputs := map[string]Value{}
	for k, raw := range exp.Inputs {
		inputNames = append(inputNames, k)
		inputs[k] = jsonValue(raw)
	}
	sort.Strings(inputNames)
	var externals []string
	for k := range exp.Mocks {
		externals = append(externals, k)
	}
	sort.Strings(externals)

	var out bytes.Buffer
	var gotType, gotMsg, gotTB string
	gotLine := 0
	var result *string
	status := "ok"
	prog, err := Compile(name, src, CompileOptions{Inputs: inputNames, Externals: externals})
	if err != nil {
		ce, ok := err.(*CompileError)
		if !ok {
			return "compile: " + err.Error(), nil
		}
		status = "parse-rejected"
		gotType, gotMsg, gotLine, gotTB = ce.Type, ce.Msg, ce.Pos.Line, ce.Traceback()
	} else {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		v, err := prog.Run(ctx, RunConfig{Inputs: inputs, Stdout: &out, Externals: mockHost(exp.Mocks)})
		cancel()
		if err != nil {
			e, ok := err.(*Exception)
			if !ok {
				return "run: " + err.Error(), nil
			}
			status = "runtime-error"
			gotType, gotMsg, gotLine, gotTB = e.Type(), e.Message(), e.Line(), e.Traceback()
		} else {
			r := Repr(v)
			result = &r
		}
	}
	var diffs []string
	if (status == "ok") != (want.Status == "ok") || (want.Status == "parse-rejected") != (status == "parse-rejected") {
		diffs = append(diffs, fmt.Sprintf("status %s, want %s", status, want.Status))
	}
	if out.String() != want.Stdout {
		diffs = append(diffs, fmt.Sprintf("stdout %q, want %q", out.String(), want.Stdout))
	}
	if want.Status == "ok" && result != nil && want.Result != nil && *result != *want.Result {
		diffs = append(diffs, fmt.Sprintf("result %s, want %s", *result, *want.Result))
	}
	if want.Error != nil {
		if gotType != want.Error.Type || gotMsg != want.Error.Message {
			diffs = append(diffs, fmt.Sprintf("error %s: %q, want %s: %q", gotType, gotMsg, want.Error.Type, want.Error.Message))
		}
		wantLine := 0
		if want.Error.Line != nil {
			wantLine = *want.Error.Line
		}
		if gotLine != wantLine && want.Status != "parse-rejected" && !mockLine(src, wantLine) {
			diffs = append(diffs, fmt.Sprintf("error line %d, want %d", gotLine, wantLine))
		}
	}
	if want.Traceback != nil && gotTB == *want.Traceback {
		tracebacksMatched++
	} else if want.Traceback != nil && os.Getenv("CORPUS_TRACEBACKS") != "" {
		fmt.Printf("=== %s\n--- want\n%s\n--- got\n%s\n", name, *want.Traceback, gotTB)
	}
	return strings.Join(diffs, "; "), nil
}

// tracebacksMatched counts programs whose traceback text is Monty's to the
// byte; it is reported, not required (marker placement is approximate).
var tracebacksMatched int

func readKnownFailures(t *testing.T) map[string]bool {
	known := map[string]bool{}
	f, err := os.Open("testdata/corpus_known_failures.txt")
	if err != nil {
		return known
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && !strings.HasPrefix(line, "#") {
			known[line] = true
		}
	}
	return known
}

func TestCorpus(t *testing.T) {
	dir := "../testdata/interp"
	entries, err := os.ReadDir(filepath.Join(dir, "corpus"))
	if err != nil {
		t.Skip("no corpus")
	}
	known := readKnownFailures(t)
	pass, total := 0, 0
	var failing []string
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".py") {
			continue
		}
		total++
		diff, err := runCorpusProgram(dir, name)
		if err == errNoExpected {
			total--
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if diff == "" {
			pass++
			if known[name] {
				t.Logf("%s now matches Monty 0.0.23; remove it from corpus_known_failures.txt", name)
			}
			continue
		}
		failing = append(failing, name)
		if !known[name] {
			t.Errorf("%s: %s", name, diff)
		} else if os.Getenv("CORPUS_VERBOSE") != "" {
			t.Logf("%s (known): %s", name, diff)
		}
	}
	t.Logf("corpus: %d/%d programs match Monty 0.0.23; %d error tracebacks match byte for byte", pass, total, tracebacksMatched)
	if os.Getenv("CORPUS_WRITE_KNOWN") != "" {
		os.WriteFile("testdata/corpus_known_failures.txt", []byte("# Corpus programs whose result differs from Monty 0.0.23 (see corpus_test.go).\n"+strings.Join(failing, "\n")+"\n"), 0o644)
	}
}

// mockLine reports whether line of src is a "# mock" header: the
// reference runs raise from a Python stand-in defined on that line, where
// this interpreter reports the external call's line.
func mockLine(src []byte, line int) bool {
	lines := strings.Split(string(src), "\n")
	return line >= 1 && line <= len(lines) && strings.HasPrefix(lines[line-1], "# mock ")
}
