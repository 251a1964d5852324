package syntax

import (
	"strings"
	"testing"
)

// The expected constants were read off CPython 3.11's ast.parse.
func TestCodingCookies(t *testing.T) {
	tests := []struct {
		name, src string
		value     string // the decoded string constant, when no error
		err       string // a substring of the expected error
	}{
		{"latin-1", "# -*- coding: latin-1 -*-\nx = '\xe9'\n", "é", ""},
		{"iso-8859-5 C1 control", "# coding: iso-8859-5\nx = '\xd0\x8e'\n", "а\u008e", ""},
		{"cp1251 via cp prefix", "# coding: cp1251\nx = '\xc0'\n", "А", ""},
		{"utf-8 cookie", "# coding: utf-8\nx = 'é'\n", "é", ""},
		{"ascii rejects high bytes", "# coding: ascii\nx = '\xe9'\n", "", "'ascii' codec can't decode byte 0xe9"},
		{"cp1252 undefined byte", "# coding: cp1252\nx = '\x81'\n", "", "cannot decode byte 0x81"},
		{"unknown codec", "# coding: klingon\nx = 1\n", "", "unknown encoding: klingon"},
		{"cookie on line 3 is ignored", "#\n#\n# coding: latin-1\nx = 'é'\n", "é", ""},
		{"BOM with another codec", "\ufeff# coding: latin-1\nx = 1\n", "", "encoding problem: latin-1 with BOM"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, errs := Parse("x.py", []byte(tt.src), 0)
			if tt.err != "" {
				if len(errs) == 0 || !strings.Contains(errs[0].Msg, tt.err) {
					t.Fatalf("errors = %v, want one containing %q", errs, tt.err)
				}
				return
			}
			if errs != nil {
				t.Fatalf("unexpected errors: %v", errs)
			}
			as, ok := f.Body[len(f.Body)-1].(*AssignStmt)
			if !ok {
				t.Fatalf("last statement is %T", f.Body[len(f.Body)-1])
			}
			got := DumpNode(as.Value)
			if want := "Constant(value=" + StrRepr(tt.value) + ")"; got != want {
				t.Errorf("value = %s, want %s", got, want)
			}
		})
	}
}
