package mocks

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// mock is one function's canned behaviour, as decoded from its JSON form.
type mock struct {
	Return   json.RawMessage   `json:"return"`
	Sequence []json.RawMessage `json:"sequence"`
	Raise    *Raise            `json:"raise"`
	Cases    []mockCase        `json:"cases"`
	Default  json.RawMessage   `json:"default"`

	answered int // calls answered so far, for sequence
}

// Raise is the exception a "raise" mock makes every call raise.
type Raise struct {
	Type    string `json:"type"`
	Message string `json:"message"`
}

type mockCase struct {
	Args   []json.RawMessage          `json:"args"`
	Kwargs map[string]json.RawMessage `json:"kwargs"`
	Return json.RawMessage            `json:"return"`

	key string // canonical text of Args and Kwargs, computed once
}

// forms are the keys of which a mock has exactly one.
var forms = []string{"return", "sequence", "raise", "cases"}

// parseMock decodes and checks one mock.
func parseMock(def json.RawMessage) (*mock, error) {
	m := &mock{}
	if err := decodeStrict(def, m); err != nil {
		return nil, err
	}
	// The form is read from the keys, not the fields: "return": null is a
	// real answer (None), which a nil RawMessage could not tell apart.
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(def, &keys); err != nil {
		return nil, fmt.Errorf("want a JSON object")
	}
	var given []string
	for _, k := range forms {
		if _, ok := keys[k]; ok {
			given = append(given, k)
		}
	}
	if len(given) != 1 {
		return nil, fmt.Errorf(`want exactly one of "return", "sequence", "raise", "cases"; got %d`, len(given))
	}
	if _, ok := keys["default"]; ok && given[0] != "cases" {
		return nil, fmt.Errorf(`"default" goes only with "cases"`)
	}
	if given[0] == "raise" && (m.Raise == nil || m.Raise.Type == "") {
		return nil, fmt.Errorf(`"raise" needs a "type"`)
	}
	if given[0] == "sequence" && m.Sequence == nil {
		m.Sequence = []json.RawMessage{} // "sequence": null or [] still selects the form
	}
	if given[0] == "cases" && m.Cases == nil {
		m.Cases = []mockCase{}
	}
	for i := range m.Cases {
		if err := m.Cases[i].prepare(); err != nil {
			return nil, fmt.Errorf("cases[%d].%v", i, err)
		}
	}
	return m, nil
}

// prepare computes the case's key, converting its arguments as a call's
// would be, so that both sides go through the same path.
func (c *mockCase) prepare() error {
	args := make([]any, len(c.Args))
	for j, a := range c.Args {
		v, err := Value(a)
		if err != nil {
			return fmt.Errorf("args[%d]: %v", j, err)
		}
		args[j] = Plain(v)
	}
	kwargs := map[string]any{}
	for k, a := range c.Kwargs {
		v, err := Value(a)
		if err != nil {
			return fmt.Errorf("kwargs.%s: %v", k, err)
		}
		kwargs[k] = Plain(v)
	}
	c.key = callKey(args, kwargs)
	return nil
}

// callKey is a canonical text of call arguments: JSON with sorted keys,
// in which a case and a call compare equal when their values are equal
// (an int and a float of the same value both marshal as the same digits).
func callKey(args []any, kwargs map[string]any) string {
	data, err := json.Marshal([]any{args, kwargs})
	if err != nil {
		return fmt.Sprint(args, kwargs)
	}
	return string(data)
}

// answer returns the JSON text a call gives back (nil for None), or the
// exception it raises.
func (m *mock) answer(key string) (json.RawMessage, *Raise) {
	switch {
	case m.Raise != nil:
		return nil, m.Raise
	case m.Sequence != nil:
		if m.answered >= len(m.Sequence) {
			return nil, nil
		}
		m.answered++
		return m.Sequence[m.answered-1], nil
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

// decodeStrict decodes one JSON value into v, refusing unknown fields and
// anything after the value: a misspelt key in a mocks file must not
// silently become a mock that returns None.
func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return fmt.Errorf("unexpected data after the JSON value")
	}
	return nil
}
