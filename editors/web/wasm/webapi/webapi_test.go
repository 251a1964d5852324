package webapi

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// call runs an operation through Call and decodes the result into out,
// failing the test on an error response.
func call(t *testing.T, op string, req any, out any) {
	t.Helper()
	data, err := json.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	var resp struct {
		Result json.RawMessage `json:"result"`
		Error  string          `json:"error"`
	}
	if err := json.Unmarshal(Call(op, data), &resp); err != nil {
		t.Fatal(err)
	}
	if resp.Error != "" {
		t.Fatalf("%s: error response: %s", op, resp.Error)
	}
	if err := json.Unmarshal(resp.Result, out); err != nil {
		t.Fatalf("%s: decoding %s: %v", op, resp.Result, err)
	}
}

// callError runs an operation that must fail and returns its message.
func callError(t *testing.T, op, req string) string {
	t.Helper()
	var resp struct {
		Result json.RawMessage `json:"result"`
		Error  string          `json:"error"`
	}
	if err := json.Unmarshal(Call(op, []byte(req)), &resp); err != nil {
		t.Fatal(err)
	}
	if resp.Error == "" {
		t.Fatalf("%s %s: want an error, got %s", op, req, resp.Result)
	}
	return resp.Error
}

func TestRequestErrors(t *testing.T) {
	for _, tc := range []struct{ op, req, want string }{
		{"nope", `{}`, `unknown operation "nope"`},
		{"check", `{"source": "x", "profil": "monty-0.0.18"}`, `unknown field "profil"`},
		{"check", `{"source": 1}`, "bad request"},
		{"check", `{"source": "x", "profile": "monty-9"}`, `profile "monty-9"`},
		{"check", `{"source": "x", "inputs": ["not a name"]}`, `"not a name" is not an identifier`},
		{"format", `{"source": "x", "quoteStyle": "back"}`, "quoteStyle"},
		{"run", `{"source": "x", "limits": {"timeoutMs": -1}}`, "timeoutMs"},
		{"run", `{"source": "x", "inputs": [1]}`, "want a JSON object"},
		{"run", `{"source": "f()", "mocks": {"f": {}}}`, `mock "f": want exactly one`},
		{"run", `{"source": "f()", "mocks": {"f": {"return": 1, "default": 2}}}`, `"default" goes only with "cases"`},
		{"run", `{"source": "f()", "mocks": {"f": {"raise": {"message": "m"}}}}`, `"raise" needs a "type"`},
	} {
		if got := callError(t, tc.op, tc.req); !strings.Contains(got, tc.want) {
			t.Errorf("%s %s: error %q, want it to contain %q", tc.op, tc.req, got, tc.want)
		}
	}
}

func TestCheckRangesAreUTF16(t *testing.T) {
	var res CheckResult
	call(t, "check", CheckRequest{Source: "s = \"\U0001F600\"; del s\n"}, &res)
	if len(res.Diagnostics) != 1 {
		t.Fatalf("diagnostics: %+v", res.Diagnostics)
	}
	d := res.Diagnostics[0]
	if d.Code != "M102" || d.Range.Start.Character != 10 || d.Range.End.Character != 15 || d.Severity != 1 {
		t.Errorf("got %+v, want M102 error at characters 10-15", d)
	}
}

func TestStubsAreCached(t *testing.T) {
	d1, _ := parseStubs("def f() -> int: ...\n")
	d2, _ := parseStubs("def f() -> int: ...\n")
	d3, _ := parseStubs("def g() -> int: ...\n")
	if d1 != d2 {
		t.Error("the same stub text was parsed twice")
	}
	if d3 == d1 || d3.Funcs["g"] == nil {
		t.Error("a new stub text was not parsed")
	}
}

func TestRunMocksAndTrace(t *testing.T) {
	src := "a = f(1)\nb = f(2, k=True)\nc = g()\nd = g()\n[a, b, c, d]\n"
	var res RunResult
	call(t, "run", map[string]any{"source": src, "mocks": map[string]any{
		"f": map[string]any{"cases": []any{map[string]any{"args": []any{2}, "kwargs": map[string]any{"k": true}, "return": "two"}}, "default": 0},
		"g": map[string]any{"sequence": []any{1.5}},
	}}, &res)
	if res.Error != nil {
		t.Fatalf("error: %+v", res.Error)
	}
	if res.Repr == nil || *res.Repr != "[0, 'two', 1.5, None]" {
		t.Errorf("repr %v, want [0, 'two', 1.5, None]", res.Repr)
	}
	got, _ := json.Marshal(res.Calls)
	want := `[{"function":"f","args":[1],"kwargs":{},"result":0},{"function":"f","args":[2],"kwargs":{"k":true},"result":"two"},` +
		`{"function":"g","args":[],"kwargs":{},"result":1.5},{"function":"g","args":[],"kwargs":{},"result":null}]`
	if string(got) != want {
		t.Errorf("calls\n got %s\nwant %s", got, want)
	}
}

func TestRunMissingInputValue(t *testing.T) {
	var res RunResult
	call(t, "run", RunRequest{Source: "print(limit)\n", Stubs: "limit: int\n"}, &res)
	if res.Error == nil || res.Error.Type != "HostError" || res.Error.Message != "no value for input 'limit'" {
		t.Errorf("error %+v, want a HostError for the input", res.Error)
	}
}

func TestClockDeadline(t *testing.T) {
	ctx := clockDeadline{Context: context.Background(), deadline: time.Now().Add(-time.Millisecond)}
	if ctx.Err() != context.DeadlineExceeded {
		t.Errorf("past deadline: Err() = %v", ctx.Err())
	}
	ctx.deadline = time.Now().Add(time.Hour)
	if ctx.Err() != nil {
		t.Errorf("future deadline: Err() = %v", ctx.Err())
	}
}

func TestCappedBuffer(t *testing.T) {
	b := &cappedBuffer{max: 5}
	for _, s := range []string{"abc", "def", "g"} {
		if n, err := b.Write([]byte(s)); n != len(s) || err != nil {
			t.Fatalf("Write(%q) = %d, %v", s, n, err)
		}
	}
	if b.String() != "abcde" || !b.dropped {
		t.Errorf("kept %q (dropped %v), want \"abcde\" and dropped", b.String(), b.dropped)
	}
}

func TestCompleteAndHover(t *testing.T) {
	stubs := "def fetch(url: str) -> str:\n    \"\"\"Gets a page.\"\"\"\n    ...\n"
	var items CompletionResult
	call(t, "complete", map[string]any{"source": "fet", "position": map[string]int{"line": 0, "character": 3}, "stubs": stubs}, &items)
	found := false
	for _, it := range items.Items {
		if it.Label == "fetch" {
			found = it.Detail == "def fetch(url: str) -> str" && !it.IsSnippet && it.Range.Start.Character == 0 && it.Range.End.Character == 3
		}
	}
	if !found {
		t.Errorf("no fetch item with its signature and range in %+v", items.Items)
	}
	var h *HoverResult
	call(t, "hover", map[string]any{"source": "fetch('x')\n", "position": map[string]int{"line": 0, "character": 1}, "stubs": stubs}, &h)
	if h == nil || !strings.Contains(h.Contents, "Gets a page.") || h.Range.End.Character != 5 {
		t.Errorf("hover %+v", h)
	}
}
