package pylib

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"
)

// This file loads the goldens that scripts/pylib-goldens writes from
// CPython and holds the helpers the per-area tests share.

// pyErr is an expected exception in a golden case.
type pyErr struct {
	Type string `json:"type"`
	Msg  string `json:"msg"`
}

// loadGolden decodes testdata/name.json into v and checks its header.
func loadGolden(t *testing.T, name string, v any) {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var hdr struct {
		GeneratedBy string `json:"generated_by"`
	}
	if err := json.Unmarshal(data, &hdr); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(hdr.GeneratedBy, "scripts/pylib-goldens with CPython 3.11") {
		t.Fatalf("%s: unexpected generated_by %q", name, hdr.GeneratedBy)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatal(err)
	}
}

// checkResult compares a Go result (got, err) with a golden's out/err; it
// returns a description of the mismatch or "".
func checkResult(got string, err error, want *string, wantErr *pyErr) string {
	if wantErr != nil {
		var pe *Error
		if !errors.As(err, &pe) {
			return fmt.Sprintf("got %q, %v; want %s: %s", got, err, wantErr.Type, wantErr.Msg)
		}
		if pe.Type != wantErr.Type || pe.Msg != wantErr.Msg {
			return fmt.Sprintf("got %s: %s; want %s: %s", pe.Type, pe.Msg, wantErr.Type, wantErr.Msg)
		}
		return ""
	}
	if err != nil {
		return fmt.Sprintf("got error %v; want %q", err, *want)
	}
	if want == nil || got != *want {
		return fmt.Sprintf("got %q; want %v", got, strPtr(want))
	}
	return ""
}

func strPtr(p *string) string {
	if p == nil {
		return "<nil>"
	}
	return strconv.Quote(*p)
}

// failures caps the number of reported mismatches per test.
type failures struct {
	t     *testing.T
	n     int
	total int
}

func (f *failures) add(format string, args ...any) {
	f.t.Helper()
	f.n++
	if f.n <= 40 {
		f.t.Errorf(format, args...)
	}
}

// done reports the count. A golden section with no cases is an error: a
// renamed JSON field would otherwise decode to nothing and pass.
func (f *failures) done() {
	f.t.Helper()
	if f.total == 0 {
		f.t.Errorf("the golden section has no cases (field renamed? rerun scripts/pylib-goldens)")
	}
	if f.n > 0 {
		f.t.Errorf("%d of %d cases failed", f.n, f.total)
	} else {
		f.t.Logf("%d cases passed", f.total)
	}
}

func parseF(t *testing.T, s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("bad float in golden: %q", s)
	}
	return f
}

func parseBig(t *testing.T, s string) *big.Int {
	b, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("bad int in golden: %q", s)
	}
	return b
}

// intResult renders an int64-or-big result.
func intResult(n int64, b *big.Int) string {
	if b != nil {
		return b.String()
	}
	return strconv.FormatInt(n, 10)
}
