package webapi

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/monty-tools/monty-tools/interp"
)

// decodeStrict decodes one JSON value into v, refusing unknown fields and
// anything after the value.
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

// valueOf converts JSON text to a Monty value. Objects become dicts in the
// order their keys are written, as Python keeps a dict's insertion order;
// integers stay integers (json.Number), so 3 and 3.0 differ as in Python.
func valueOf(data []byte) (interp.Value, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := nextValue(dec)
	if err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, fmt.Errorf("unexpected data after the JSON value")
	}
	return v, nil
}

// nextValue reads the next complete value from the token stream.
func nextValue(dec *json.Decoder) (interp.Value, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	delim, ok := tok.(json.Delim)
	if !ok {
		return interp.FromGo(tok)
	}
	if delim == '[' {
		list := &interp.List{}
		for dec.More() {
			item, err := nextValue(dec)
			if err != nil {
				return nil, err
			}
			list.Items = append(list.Items, item)
		}
		_, err := dec.Token() // ']'
		return list, err
	}
	dict := interp.NewDict()
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil, err
		}
		val, err := nextValue(dec)
		if err != nil {
			return nil, err
		}
		if err := dict.Set(interp.Str(key.(string)), val); err != nil {
			return nil, err
		}
	}
	_, err = dec.Token() // '}'
	return dict, err
}

// plainOf converts a value for JSON output: its JSON-like form when it has
// one (None, bools, numbers, strings, lists, tuples, dicts with str keys),
// otherwise its repr.
func plainOf(v interp.Value) any {
	g, err := interp.ToGo(v)
	if err != nil {
		return interp.Repr(v)
	}
	if _, err := json.Marshal(g); err != nil {
		return interp.Repr(v) // NaN and infinities have no JSON form
	}
	return g
}

// resultOf is a run's result as JSON data, or nil when it has no JSON form
// (its repr is reported beside it).
func resultOf(v interp.Value) any {
	g, err := interp.ToGo(v)
	if err != nil {
		return nil
	}
	if _, err := json.Marshal(g); err != nil {
		return nil
	}
	return g
}
