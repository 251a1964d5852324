package stubs

import (
	"bytes"
	"fmt"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// callCase is a call checked against a stub. The expected messages were
// taken from CPython 3.11 and 3.12; TestCheckCallCPython compares the first
// of them with CPython when python3 is available.
type callCase struct {
	def  string // a stub def
	call string // the call, as Python source
	c    Call
	want []string // "kind [keyword]: message"
}

var callCases = []callCase{
	{"def get_customer(customer_id: int) -> dict: ...", "get_customer(1)", Call{NumPositional: 1}, nil},
	{"def get_customer(customer_id: int) -> dict: ...", "get_customer(1, 2)", Call{NumPositional: 2}, []string{
		"too-many-positional: get_customer() takes 1 positional argument but 2 were given"}},
	{"def get_customer(customer_id: int) -> dict: ...", "get_customer()", Call{}, []string{
		"missing-argument: get_customer() missing 1 required positional argument: 'customer_id'"}},
	{"def get_customer(customer_id: int) -> dict: ...", "get_customer(customer_id=1)", Call{Keywords: []string{"customer_id"}}, nil},
	{"def get_customer(customer_id: int) -> dict: ...", "get_customer(1, customer_id=2)", Call{NumPositional: 1, Keywords: []string{"customer_id"}}, []string{
		"duplicate-argument customer_id: get_customer() got multiple values for argument 'customer_id'"}},
	{"def fetch_rates(base: str, date: str | None = None): ...", "fetch_rates(base=1, dat=2)", Call{Keywords: []string{"base", "dat"}}, []string{
		"unexpected-keyword dat: fetch_rates() got an unexpected keyword argument 'dat'"}},
	{"def fetch_rates(base: str, date: str | None = None): ...", "fetch_rates(1, 2, 3)", Call{NumPositional: 3}, []string{
		"too-many-positional: fetch_rates() takes from 1 to 2 positional arguments but 3 were given"}},
	{"def f0(): ...", "f0(1)", Call{NumPositional: 1}, []string{
		"too-many-positional: f0() takes 0 positional arguments but 1 was given"}},
	{"def f0(): ...", "f0(1, 2)", Call{NumPositional: 2}, []string{
		"too-many-positional: f0() takes 0 positional arguments but 2 were given"}},
	{"def f0(): ...", "f0(a=1)", Call{Keywords: []string{"a"}}, []string{
		"unexpected-keyword a: f0() got an unexpected keyword argument 'a'"}},
	{"def f0(): ...", "f0(1, a=1)", Call{NumPositional: 1, Keywords: []string{"a"}}, []string{
		"unexpected-keyword a: f0() got an unexpected keyword argument 'a'",
		"too-many-positional: f0() takes 0 positional arguments but 1 was given"}},
	{"def f2(a, b, c=1, *, d, e=2): ...", "f2(1, 2, 3, 4, d=1)", Call{NumPositional: 4, Keywords: []string{"d"}}, []string{
		"too-many-positional: f2() takes from 2 to 3 positional arguments but 4 positional arguments (and 1 keyword-only argument) were given"}},
	{"def f2(a, b, c=1, *, d, e=2): ...", "f2(1, 2, 3, 4, d=1, e=2)", Call{NumPositional: 4, Keywords: []string{"d", "e"}}, []string{
		"too-many-positional: f2() takes from 2 to 3 positional arguments but 4 positional arguments (and 2 keyword-only arguments) were given"}},
	{"def f2(a, b, c=1, *, d, e=2): ...", "f2()", Call{}, []string{
		"missing-argument: f2() missing 2 required positional arguments: 'a' and 'b'",
		"missing-argument: f2() missing 1 required keyword-only argument: 'd'"}},
	{"def f2(a, b, c=1, *, d, e=2): ...", "f2(1, 2)", Call{NumPositional: 2}, []string{
		"missing-argument: f2() missing 1 required keyword-only argument: 'd'"}},
	{"def f2(a, b, c=1, *, d, e=2): ...", "f2(1, a=2, d=3)", Call{NumPositional: 1, Keywords: []string{"a", "d"}}, []string{
		"duplicate-argument a: f2() got multiple values for argument 'a'",
		"missing-argument: f2() missing 1 required positional argument: 'b'"}},
	{"def f2(a, b, c=1, *, d, e=2): ...", "f2(1, 2, d=1, x=3)", Call{NumPositional: 2, Keywords: []string{"d", "x"}}, []string{
		"unexpected-keyword x: f2() got an unexpected keyword argument 'x'"}},
	{"def po(a, b, /, c): ...", "po(1, b=2, c=3)", Call{NumPositional: 1, Keywords: []string{"b", "c"}}, []string{
		"unexpected-keyword b: po() got some positional-only arguments passed as keyword arguments: 'b'",
		"missing-argument: po() missing 1 required positional argument: 'b'"}},
	{"def po(a, b, /, c): ...", "po(1, 2)", Call{NumPositional: 2}, []string{
		"missing-argument: po() missing 1 required positional argument: 'c'"}},
	{"def po(a, b, /, c): ...", "po(1, 2, 3, 4)", Call{NumPositional: 4}, []string{
		"too-many-positional: po() takes 3 positional arguments but 4 were given"}},
	{"def pokw(a, /, **kw): ...", "pokw(a=1)", Call{Keywords: []string{"a"}}, []string{
		"missing-argument: pokw() missing 1 required positional argument: 'a'"}},
	{"def pokw(a, /, **kw): ...", "pokw(1, a=1, z=2)", Call{NumPositional: 1, Keywords: []string{"a", "z"}}, nil},
	{"def kwo(*, a, b, c): ...", "kwo()", Call{}, []string{
		"missing-argument: kwo() missing 3 required keyword-only arguments: 'a', 'b', and 'c'"}},
	{"def kwo(*, a, b, c): ...", "kwo(a=1)", Call{Keywords: []string{"a"}}, []string{
		"missing-argument: kwo() missing 2 required keyword-only arguments: 'b' and 'c'"}},
	{"def kwo(*, a, b, c): ...", "kwo(1, a=1, b=2, c=3)", Call{NumPositional: 1, Keywords: []string{"a", "b", "c"}}, []string{
		"too-many-positional: kwo() takes 0 positional arguments but 1 positional argument (and 3 keyword-only arguments) were given"}},
	{"def va(a, *args, b): ...", "va(1, 2, 3, b=4)", Call{NumPositional: 3, Keywords: []string{"b"}}, nil},
	{"def va(a, *args, b): ...", "va(b=1)", Call{Keywords: []string{"b"}}, []string{
		"missing-argument: va() missing 1 required positional argument: 'a'"}},
	{"async def fetch(url: str, *, timeout: float = 1.0) -> bytes: ...", "fetch('u', timeout=2)", Call{NumPositional: 1, Keywords: []string{"timeout"}}, nil},
}

// starCases involve '*x', '**x' or repeated keywords, which the CPython
// comparison does not run.
var starCases = []callCase{
	{"def get_customer(customer_id): ...", "get_customer(*xs)", Call{HasStarArgs: true}, nil},
	{"def get_customer(customer_id): ...", "get_customer(**kw)", Call{HasStarStarKwargs: true}, nil},
	{"def get_customer(customer_id): ...", "get_customer(1, 2, *xs)", Call{NumPositional: 2, HasStarArgs: true}, []string{
		"too-many-positional: get_customer() takes 1 positional argument but at least 2 were given"}},
	{"def get_customer(customer_id): ...", "get_customer(1, **kw)", Call{NumPositional: 1, HasStarStarKwargs: true}, nil},
	{"def get_customer(customer_id): ...", "get_customer(1, customer_id=2, **kw)", Call{NumPositional: 1, Keywords: []string{"customer_id"}, HasStarStarKwargs: true}, []string{
		"duplicate-argument customer_id: get_customer() got multiple values for argument 'customer_id'"}},
	{"def get_customer(customer_id): ...", "get_customer(*xs, customer_id=2)", Call{Keywords: []string{"customer_id"}, HasStarArgs: true}, nil},
	{"def get_customer(customer_id): ...", "get_customer(*xs, cid=2)", Call{Keywords: []string{"cid"}, HasStarArgs: true}, []string{
		"unexpected-keyword cid: get_customer() got an unexpected keyword argument 'cid'"}},
	{"def po(a, /, b, *, c): ...", "po(**kw)", Call{HasStarStarKwargs: true}, []string{
		"missing-argument: po() missing 1 required positional argument: 'a'"}},
	{"def po(a, /, b, *, c): ...", "po(*xs)", Call{HasStarArgs: true}, []string{
		"missing-argument: po() missing 1 required keyword-only argument: 'c'"}},
	{"def va(*args): ...", "va(1, 2, *xs)", Call{NumPositional: 2, HasStarArgs: true}, nil},
	{"def get_customer(customer_id): ...", "get_customer(customer_id=1, customer_id=2)", Call{Keywords: []string{"customer_id", "customer_id"}}, []string{
		"duplicate-argument customer_id: keyword argument repeated: customer_id"}},
	{"def po(a, b, /): ...", "po(a=1, b=2)", Call{Keywords: []string{"a", "b"}}, []string{
		"unexpected-keyword a: po() got some positional-only arguments passed as keyword arguments: 'a'",
		"unexpected-keyword b: po() got some positional-only arguments passed as keyword arguments: 'b'",
		"missing-argument: po() missing 2 required positional arguments: 'a' and 'b'"}},
}

func formatProblems(probs []CallProblem) []string {
	var out []string
	for _, p := range probs {
		kw := ""
		if p.Keyword != "" {
			kw = " " + p.Keyword
		}
		out = append(out, fmt.Sprintf("%s%s: %s", p.Kind, kw, p.Message))
	}
	return out
}

func checkCase(t *testing.T, tc callCase) {
	t.Helper()
	d, errs := Parse("s.pyi", []byte(tc.def+"\n"))
	if errs != nil || len(d.Funcs) != 1 {
		t.Fatalf("%s: bad stub: %v", tc.def, errs)
	}
	for _, f := range d.Funcs {
		got := formatProblems(f.CheckCall(tc.c))
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s / %s:\ngot  %q\nwant %q", tc.def, tc.call, got, tc.want)
		}
	}
}

func TestCheckCall(t *testing.T) {
	for _, tc := range append(append([]callCase{}, callCases...), starCases...) {
		checkCase(t, tc)
	}
}

func TestCheckCallOverloads(t *testing.T) {
	src := "@overload\ndef conv(x: int) -> str: ...\n@overload\ndef conv(x: str, *, strict: bool) -> int: ...\n"
	d, _ := Parse("s.pyi", []byte(src))
	f := d.Funcs["conv"]
	tests := []struct {
		c    Call
		want []string
	}{
		{Call{NumPositional: 1}, nil},
		{Call{NumPositional: 1, Keywords: []string{"strict"}}, nil},
		{Call{}, []string{"missing-argument: conv() missing 1 required positional argument: 'x'"}},
		{Call{NumPositional: 2}, []string{"too-many-positional: conv() takes 1 positional argument but 2 were given"}},
		{Call{NumPositional: 1, Keywords: []string{"strict", "y"}}, []string{"unexpected-keyword y: conv() got an unexpected keyword argument 'y'"}},
	}
	for _, tt := range tests {
		if got := formatProblems(f.CheckCall(tt.c)); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%+v: got %q, want %q", tt.c, got, tt.want)
		}
	}
}

// didYouMean matches the suggestion CPython 3.13 and later append to
// "unexpected keyword argument" messages.
var didYouMean = regexp.MustCompile(`\. Did you mean '[^']*'\?$`)

// TestCheckCallCPython runs callCases under CPython, when python3 is on
// PATH, and compares the TypeError each raises with the first problem
// CheckCall reports.
func TestCheckCallCPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not on PATH")
	}
	var script strings.Builder
	for i, tc := range callCases {
		fmt.Fprintf(&script, "%s\ntry:\n    %s\n    print('%d OK')\nexcept TypeError as e:\n    print('%d', e)\n",
			tc.def, tc.call, i, i)
	}
	out, err := exec.Command(py, "-c", script.String()).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	lines := strings.Split(string(bytes.TrimSpace(out)), "\n")
	if len(lines) != len(callCases) {
		t.Fatalf("python3 printed %d lines, want %d:\n%s", len(lines), len(callCases), out)
	}
	for i, tc := range callCases {
		want := fmt.Sprintf("%d OK", i)
		if len(tc.want) > 0 {
			first := tc.want[0]
			want = fmt.Sprintf("%d %s", i, first[strings.Index(first, ": ")+2:])
		}
		if got := didYouMean.ReplaceAllString(lines[i], ""); got != want {
			t.Errorf("%s / %s: CPython says %q, case says %q", tc.def, tc.call, got, want)
		}
	}
}
