package runner

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/monty-tools/monty-tools/internal/mocks"
	"github.com/monty-tools/monty-tools/interp"
)

// ReadInputs collects input values: those of file (a JSON object of
// values by name), then those of given, which win. Either may be empty.
func ReadInputs(file string, given map[string]json.RawMessage) (map[string]interp.Value, error) {
	inputs := map[string]interp.Value{}
	if file != "" {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		v, err := mocks.Value(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", file, err)
		}
		d, ok := v.(*interp.Dict)
		if !ok {
			return nil, fmt.Errorf("%s: want a JSON object of input values", file)
		}
		for _, k := range d.Keys() {
			name := string(k.(interp.Str))
			if !IsIdentifier(name) {
				return nil, fmt.Errorf("%s: input name %q is not an identifier", file, name)
			}
			val, _, _ := d.Get(k)
			inputs[name] = val
		}
	}
	for _, name := range sortedNames(given) {
		if !IsIdentifier(name) {
			return nil, fmt.Errorf("input name %q is not an identifier", name)
		}
		v, err := mocks.Value(given[name])
		if err != nil {
			return nil, fmt.Errorf("--input %s: %v", name, err)
		}
		inputs[name] = v
	}
	return inputs, nil
}

// ParseInputFlag splits a NAME=JSON flag value, adding it to inputs.
func ParseInputFlag(inputs map[string]json.RawMessage, flag string) error {
	name, text, ok := strings.Cut(flag, "=")
	if !ok || !IsIdentifier(name) {
		return fmt.Errorf("--input %q: want NAME=JSON", flag)
	}
	inputs[name] = json.RawMessage(text)
	return nil
}

// IsIdentifier reports whether s is a Python (ASCII) identifier.
func IsIdentifier(s string) bool {
	for i, c := range s {
		if !(c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && '0' <= c && c <= '9') {
			return false
		}
	}
	return s != ""
}
