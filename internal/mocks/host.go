package mocks

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/monty-tools/monty-tools/interp"
)

// Call is one external call of a run, as a run's call log reports it:
// arguments and result as JSON-like data (or their repr when they have no
// JSON form), and the exception when the mock raised.
type Call struct {
	Function string         `json:"function"`
	Args     []any          `json:"args"`
	Kwargs   map[string]any `json:"kwargs"`
	Result   any            `json:"result"`
	Raise    *Raise         `json:"raise,omitempty"`
}

// Host answers one run's external calls from its mocks and records them.
// A sequence mock keeps its place between calls, so use a fresh Host for
// each run.
type Host struct {
	mocks map[string]*mock
	calls []Call
}

// Parse reads a mocks document (see the package comment). Empty input and
// JSON null give a Host with no mocks. Errors name the function whose
// mock is wrong.
func Parse(data []byte) (*Host, error) {
	h := &Host{mocks: map[string]*mock{}}
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 || string(trimmed) == "null" {
		return h, nil
	}
	var raw map[string]json.RawMessage
	if err := decodeStrict(trimmed, &raw); err != nil {
		return nil, err
	}
	for _, name := range sortedKeys(raw) { // sorted, so the same file always reports the same error first
		m, err := parseMock(raw[name])
		if err != nil {
			return nil, fmt.Errorf("mock %q: %v", name, err)
		}
		h.mocks[name] = m
	}
	return h, nil
}

// FromRaw is Parse for a document already split into one JSON text per
// function, as the corpus's expected files hold it.
func FromRaw(raw map[string]json.RawMessage) (*Host, error) {
	data, err := json.Marshal(raw)
	if err != nil {
		return nil, err
	}
	return Parse(data)
}

// Names returns the mocked function names, sorted.
func (h *Host) Names() []string { return sortedKeys(h.mocks) }

// Has reports whether name has a mock.
func (h *Host) Has(name string) bool { return h.mocks[name] != nil }

// Calls returns the calls answered so far, in order.
func (h *Host) Calls() []Call { return h.calls }

// Call is the interp.ExternalFunc of a run. The interpreter hands the
// host every call of a name the program does not define; with no mock for
// it, the call raises NameError, as under the Monty CLI, and is not logged.
func (h *Host) Call(name string, args []interp.Value, kwargs []interp.KeywordArg) (interp.Value, error) {
	m := h.mocks[name]
	if m == nil {
		return nil, interp.NewException("NameError", fmt.Sprintf("name '%s' is not defined", name))
	}
	rec := Call{Function: name, Args: make([]any, len(args)), Kwargs: map[string]any{}}
	for i, a := range args {
		rec.Args[i] = Plain(a)
	}
	for _, kw := range kwargs {
		rec.Kwargs[kw.Name] = Plain(kw.Value)
	}
	v, raise, err := m.value(name, rec.Args, rec.Kwargs)
	if err != nil {
		return nil, err
	}
	if raise != nil {
		rec.Raise = raise
		h.calls = append(h.calls, rec)
		return nil, interp.NewException(raise.Type, raise.Message)
	}
	rec.Result = Plain(v)
	h.calls = append(h.calls, rec)
	return v, nil
}

// Answer answers a call of a mocked function whose arguments are already
// in Plain form, without logging it: for a caller that keeps its own log
// (internal/runner). A raise mock's exception comes back as the error.
func (h *Host) Answer(name string, args []any, kwargs map[string]any) (interp.Value, error) {
	m := h.mocks[name]
	if m == nil {
		return nil, interp.NewException("NameError", fmt.Sprintf("name '%s' is not defined", name))
	}
	v, raise, err := m.value(name, args, kwargs)
	if raise != nil {
		return nil, interp.NewException(raise.Type, raise.Message)
	}
	return v, err
}

// value is the mock's answer to a call as an interpreter value, or the
// exception it raises.
func (m *mock) value(name string, args []any, kwargs map[string]any) (interp.Value, *Raise, error) {
	out, raise := m.answer(callKey(args, kwargs))
	if raise != nil || out == nil {
		return interp.None, raise, nil
	}
	v, err := Value(out)
	if err != nil {
		return nil, nil, fmt.Errorf("mock %q: %v", name, err)
	}
	return v, nil, nil
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
