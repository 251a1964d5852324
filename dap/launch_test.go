package dap

import (
	"encoding/json"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// TestVSCodeLaunchAttributes keeps the VS Code extension's launch.json
// schema and the adapter's launch arguments the same set (noDebug aside:
// VS Code sets it for "Run Without Debugging").
func TestVSCodeLaunchAttributes(t *testing.T) {
	data, err := os.ReadFile("../editors/vscode/package.json")
	if err != nil {
		t.Fatal(err)
	}
	var pkg struct {
		Contributes struct {
			Debuggers []struct {
				Type                    string `json:"type"`
				ConfigurationAttributes struct {
					Launch struct {
						Properties map[string]json.RawMessage `json:"properties"`
					} `json:"launch"`
				} `json:"configurationAttributes"`
			} `json:"debuggers"`
		} `json:"contributes"`
	}
	if err := json.Unmarshal(data, &pkg); err != nil {
		t.Fatal(err)
	}
	var schema []string
	for _, d := range pkg.Contributes.Debuggers {
		if d.Type == "monty" {
			for k := range d.ConfigurationAttributes.Launch.Properties {
				schema = append(schema, k)
			}
		}
	}
	var ours []string
	rt := reflect.TypeOf(launchArgs{})
	for i := 0; i < rt.NumField(); i++ {
		if tag, _, _ := strings.Cut(rt.Field(i).Tag.Get("json"), ","); tag != "noDebug" {
			ours = append(ours, tag)
		}
	}
	sort.Strings(schema)
	sort.Strings(ours)
	if !reflect.DeepEqual(schema, ours) {
		t.Errorf("package.json launch properties %v, adapter arguments %v", schema, ours)
	}
}

func TestHitConditions(t *testing.T) {
	for _, tc := range []struct {
		cond string
		hits []int // hit counts that match, of 1..6
	}{
		{"3", []int{3}}, {"== 2", []int{2}}, {">= 5", []int{5, 6}}, {"> 4", []int{5, 6}}, {"% 3", []int{3, 6}},
	} {
		var got []int
		for h := 1; h <= 6; h++ {
			if hitMatches(tc.cond, h) {
				got = append(got, h)
			}
		}
		if !reflect.DeepEqual(got, tc.hits) {
			t.Errorf("%q matches %v, want %v", tc.cond, got, tc.hits)
		}
	}
	if hitConditionError("every other") == "" || hitConditionError(">= 2") != "" {
		t.Error("hit condition checking")
	}
}
