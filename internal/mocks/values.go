package mocks

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/monty-tools/monty-tools/interp"
)

// Value converts one JSON text to a Monty value. Objects become dicts in
// the order their keys are written, because a Python dict keeps insertion
// order and a Go map would lose it; integers stay integers, so 3 and 3.0
// reach the program as int and float.
func Value(data []byte) (interp.Value, error) {
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

// Plain converts a value for a call log: its JSON-like form when it has
// one (None, bools, numbers, strings, lists, tuples, dicts with str keys),
// otherwise its repr, so that every argument can be shown.
func Plain(v interp.Value) any {
	if g, ok := jsonForm(v); ok {
		return g
	}
	return interp.Repr(v)
}

// Result is a run's result as JSON data, or nil when it has no JSON form
// (a function, an instance, a dict with non-str keys, NaN...): a caller
// shows the repr beside it.
func Result(v interp.Value) any {
	g, _ := jsonForm(v)
	return g
}

// jsonForm is v as Go data that encoding/json can write, if it has one.
func jsonForm(v interp.Value) (any, bool) {
	g, err := interp.ToGo(v)
	if err != nil {
		return nil, false
	}
	if _, err := json.Marshal(g); err != nil {
		return nil, false // NaN and the infinities have no JSON form
	}
	return g, true
}
