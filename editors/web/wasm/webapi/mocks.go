package webapi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/monty-tools/monty-tools/interp"
)

// A mock is the canned behaviour of one external function, in the JSON
// forms of `monty-lsp run --mocks`; exactly one of return, sequence, raise
// and cases is given:
//
//	{"return": V}                         every call returns V
//	{"sequence": [V1, V2, ...]}           calls return V1, V2, ..., then None
//	{"raise": {"type": T, "message": M}}  every call raises T(M)
//	{"cases": [{"args": [...], "kwargs": {...}, "return": V}, ...], "default": V}
//	                                      the first case equal to the call's
//	                                      arguments decides, else default (None)
type mock struct {
	Return   json.RawMessage   `json:"return"`
	Sequence []json.RawMessage `json:"sequence"`
	Raise    *Raise            `json:"raise"`
	Cases    []mockCase        `json:"cases"`
	Default  json.RawMessage   `json:"default"`

	calls int // calls answered, for sequence
}

// Raise is the exception a mock raises.
type Raise struct {
	Type    string `json:"type"`
	Message string `json:"message"`
}

type mockCase struct {
	Args   []json.RawMessage          `json:"args"`
	Kwargs map[string]json.RawMessage `json:"kwargs"`
	Return json.RawMessage            `json:"return"`
	key    string                     // canonical form of args and kwargs
}

// ExternalCall is one external call of a run, as the run's trace reports it.
type ExternalCall struct {
	Function string         `json:"function"`
	Args     []any          `json:"args"`
	Kwargs   map[string]any `json:"kwargs"`
	Result   any            `json:"result"`
	Raise    *Raise         `json:"raise,omitempty"`
}

// parseMocks reads a JSON object from function name to mock. Problems
// name the function.
func parseMocks(data []byte) (map[string]*mock, error) {
	mocks := map[string]*mock{}
	if len(bytes.TrimSpace(data)) == 0 || string(bytes.TrimSpace(data)) == "null" {
		return mocks, nil
	}
	var raw map[string]json.RawMessage
	if err := decodeStrict(data, &raw); err != nil {
		return nil, fmt.Errorf("mocks: %v", err)
	}
	for name, def := range raw {
		m, err := parseMock(def)
		if err != nil {
			return nil, fmt.Errorf("mock %q: %v", name, err)
		}
		mocks[name] = m
	}
	return mocks, nil
}

func parseMock(def json.RawMessage) (*mock, error) {
	m := &mock{}
	if err := decodeStrict(def, m); err != nil {
		return nil, err
	}
	// Which forms are present is read from the keys: "return": null is
	// a value, not an absent field.
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(def, &keys); err != nil {
		return nil, err
	}
	var forms []string
	for _, k := range []string{"return", "sequence", "raise", "cases"} {
		if _, ok := keys[k]; ok {
			forms = append(forms, k)
		}
	}
	if len(forms) != 1 {
		return nil, fmt.Errorf(`want exactly one of "return", "sequence", "raise", "cases"; got %d`, len(forms))
	}
	if _, ok := keys["default"]; ok && forms[0] != "cases" {
		return nil, fmt.Errorf(`"default" goes only with "cases"`)
	}
	if forms[0] == "raise" && (m.Raise == nil || m.Raise.Type == "") {
		return nil, fmt.Errorf(`"raise" needs a "type"`)
	}
	for i := range m.Cases {
		c := &m.Cases[i]
		args := make([]any, len(c.Args))
		for j, a := range c.Args {
			v, err := valueOf(a)
			if err != nil {
				return nil, fmt.Errorf("cases[%d].args[%d]: %v", i, j, err)
			}
			args[j] = plainOf(v)
		}
		kwargs := map[string]any{}
		for k, a := range c.Kwargs {
			v, err := valueOf(a)
			if err != nil {
				return nil, fmt.Errorf("cases[%d].kwargs.%s: %v", i, k, err)
			}
			kwargs[k] = plainOf(v)
		}
		c.key = callKey(args, kwargs)
	}
	return m, nil
}

// callKey is a canonical text of call arguments: JSON with sorted keys,
// in which a case of the mocks and a call of the program compare equal
// when their values are equal (1 and 1.0 both read 1, as 1 == 1.0).
func callKey(args []any, kwargs map[string]any) string {
	data, err := json.Marshal([]any{args, kwargs})
	if err != nil {
		return fmt.Sprint(args, kwargs)
	}
	return string(data)
}

// answer returns the JSON a call gives back, or the exception it raises.
func (m *mock) answer(key string) (json.RawMessage, *Raise) {
	switch {
	case m.Raise != nil:
		return nil, m.Raise
	case m.Sequence != nil:
		m.calls++
		if m.calls > len(m.Sequence) {
			return nil, nil
		}
		return m.Sequence[m.calls-1], nil
	case m.Cases != nil:
		for _, c := range m.Cases {
			if c.key == key {
				return c.Return, nil
			}
		}
		return m.Default, nil
	}
	return m.Return, nil
}

// host answers a run's external calls from mocks and records them.
type host struct {
	mocks map[string]*mock
	calls []ExternalCall
}

// call is the interp.ExternalFunc of a run.
func (h *host) call(name string, args []interp.Value, kwargs []interp.KeywordArg) (interp.Value, error) {
	rec := ExternalCall{Function: name, Args: make([]any, len(args)), Kwargs: map[string]any{}}
	for i, a := range args {
		rec.Args[i] = plainOf(a)
	}
	for _, kw := range kwargs {
		rec.Kwargs[kw.Name] = plainOf(kw.Value)
	}
	m := h.mocks[name]
	if m == nil {
		return nil, fmt.Errorf("no mock for external function %q", name)
	}
	out, raise := m.answer(callKey(rec.Args, rec.Kwargs))
	if raise != nil {
		rec.Raise = raise
		h.calls = append(h.calls, rec)
		return nil, interp.NewException(raise.Type, raise.Message)
	}
	v := interp.None
	if out != nil {
		var err error
		if v, err = valueOf(out); err != nil {
			return nil, fmt.Errorf("mock %q: %v", name, err)
		}
	}
	rec.Result = plainOf(v)
	h.calls = append(h.calls, rec)
	return v, nil
}

// sortedKeys returns a map's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
