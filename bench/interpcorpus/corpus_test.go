package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/monty-tools/monty-tools/internal/mocks"
)

var headerRE = regexp.MustCompile(`^# (inputs|mock ([A-Za-z_][A-Za-z0-9_]*)):\s?(.*)$`)

// readHeader parses a program's # inputs: and # mock NAME: lines the way
// scripts/interp-goldens does (the leading comment block only).
func readHeader(t *testing.T, src []byte) (inputs any, ms map[string]any) {
	for _, line := range strings.Split(string(src), "\n") {
		if !strings.HasPrefix(line, "#") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			break
		}
		m := headerRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		var v any
		if err := json.Unmarshal([]byte(m[3]), &v); err != nil {
			t.Fatalf("bad header JSON %q: %v", line, err)
		}
		if m[1] == "inputs" {
			inputs = v
		} else {
			if ms == nil {
				ms = map[string]any{}
			}
			ms[m[2]] = v
		}
	}
	return inputs, ms
}

// TestExpectedMatchesCorpus checks that every corpus program has an
// expected file generated from its current header, and that no expected
// file is left over from a removed program. Run scripts/interp-goldens
// after adding or editing a program.
func TestExpectedMatchesCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "interp")
	progs, _ := filepath.Glob(filepath.Join(dir, "corpus", "*.py"))
	exps, _ := filepath.Glob(filepath.Join(dir, "expected", "*.json"))
	if len(progs) < 400 {
		t.Fatalf("corpus has %d programs; want at least 400", len(progs))
	}
	if len(exps) != len(progs) {
		t.Errorf("%d programs but %d expected files", len(progs), len(exps))
	}
	for _, p := range progs {
		name := strings.TrimSuffix(filepath.Base(p), ".py")
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(filepath.Join(dir, "expected", name+".json"))
		if err != nil {
			t.Errorf("%s: no expected file (run scripts/interp-goldens)", name)
			continue
		}
		var exp struct {
			Generator string         `json:"generator"`
			File      string         `json:"file"`
			Inputs    any            `json:"inputs"`
			Mocks     map[string]any `json:"mocks"`
			Monty023  *ref           `json:"monty023"`
			Monty018  *ref           `json:"monty018"`
			CPython   *ref           `json:"cpython"`
		}
		if err := json.Unmarshal(data, &exp); err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !strings.HasPrefix(exp.Generator, "scripts/interp-goldens;") || exp.File != name+".py" {
			t.Errorf("%s: generator %q, file %q", name, exp.Generator, exp.File)
		}
		if exp.Monty023 == nil || exp.Monty018 == nil || exp.CPython == nil {
			t.Errorf("%s: a reference is missing", name)
		}
		inputs, ms := readHeader(t, src)
		if !reflect.DeepEqual(inputs, exp.Inputs) || !reflect.DeepEqual(ms, exp.Mocks) {
			t.Errorf("%s: header changed since the expected file was generated", name)
		}
	}
}

// TestHeaderMocksParse checks that every mock a corpus header declares is
// a valid mocks document for internal/mocks, so that the corpus run never
// reports a malformed header as a difference of the interpreter.
func TestHeaderMocksParse(t *testing.T) {
	progs, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "interp", "corpus", "*.py"))
	n := 0
	for _, p := range progs {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		_, ms := readHeader(t, src)
		if ms == nil {
			continue
		}
		n++
		doc, err := json.Marshal(ms)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := mocks.Parse(doc); err != nil {
			t.Errorf("%s: %v", filepath.Base(p), err)
		}
	}
	if n == 0 {
		t.Error("no corpus program declares a mock")
	}
}
