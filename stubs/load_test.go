package stubs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoad(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.pyi": "def get_customer(customer_id: int) -> dict: ...\norder_id: int\n",
		"b.pyi": "from typing import Any\n\ndef fetch_rates(base: str) -> dict[str, Any]: ...\n\ndef get_customer(x): ...\norder_id: str\n",
		"c.pyi": "# é😀\r\n\"é\";\tfetch_rates: int\r\ndef bad(a,, b): ...\r\n",
	})
	// Relative paths keep the messages short and stable.
	t.Chdir(dir)
	d, errs := Load("a.pyi", "b.pyi", "missing.pyi", "c.pyi", "./a.pyi")
	wantErrs := []string{
		"b.pyi:5:5: external 'get_customer' already declared in a.pyi:1",
		"b.pyi:6:1: input 'order_id' already declared in a.pyi:2",
		"missing.pyi: cannot read stub file: no such file or directory",
		"c.pyi:2:6: external 'fetch_rates' already declared in b.pyi:3",
		"c.pyi:3:11: expected a parameter name, found ','",
	}
	if got := errStrings(errs); strings.Join(got, "\n") != strings.Join(wantErrs, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantErrs, "\n"))
	}
	if got := strings.Join(d.Files, " "); got != "a.pyi b.pyi c.pyi" {
		t.Errorf("Files = %q", got)
	}
	if f := d.Funcs["get_customer"]; f == nil || f.File != "a.pyi" || f.Signature() != "def get_customer(customer_id: int) -> dict" {
		t.Errorf("get_customer = %+v, want the declaration from a.pyi", f)
	}
	if f := d.Funcs["fetch_rates"]; f == nil || f.File != "b.pyi" {
		t.Errorf("fetch_rates = %+v, want the declaration from b.pyi", f)
	}
	if in := d.Inputs["order_id"]; in == nil || in.Type != "int" {
		t.Errorf("order_id = %+v, want int from a.pyi", in)
	}
	if _, ok := d.Inputs["fetch_rates"]; ok {
		t.Errorf("fetch_rates from c.pyi should not be an input")
	}
	if f := d.Funcs["bad"]; f == nil || f.File != "c.pyi" {
		t.Errorf("bad = %+v, want the broken def from c.pyi", f)
	}
}

func TestLoadNothing(t *testing.T) {
	d, errs := Load()
	if errs != nil || d == nil || len(d.Funcs) != 0 || len(d.Inputs) != 0 || d.Files != nil {
		t.Errorf("Load() = %+v, %v", d, errs)
	}
}

func TestLoadDirectory(t *testing.T) {
	dir := t.TempDir()
	_, errs := Load(dir)
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), dir+": cannot read stub file: ") {
		t.Errorf("errors = %v", errs)
	}
}
