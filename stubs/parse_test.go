package stubs

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/monty-tools/monty-tools/source"
)

// summary renders Decls as sorted lines that tests compare: one line per
// external ("pos signature | doc") and per input ("pos name: type | doc").
func summary(d *Decls) []string {
	var out []string
	for _, f := range d.Funcs {
		line := fmt.Sprintf("%s %s", f.Pos, f.Signature())
		if f.Doc != "" {
			line += fmt.Sprintf(" | %q", f.Doc)
		}
		if len(f.Overloads) > 0 {
			var sigs []string
			for _, o := range f.Overloads {
				sigs = append(sigs, o.Signature())
			}
			line += " | overloads: " + strings.Join(sigs, "; ")
		}
		out = append(out, line)
	}
	for _, in := range d.Inputs {
		line := fmt.Sprintf("%s %s: %s", in.Pos, in.Name, in.Type)
		if in.Doc != "" {
			line += fmt.Sprintf(" | %q", in.Doc)
		}
		out = append(out, line)
	}
	sort.Slice(out, func(i, j int) bool {
		var li, ci, lj, cj int
		fmt.Sscanf(out[i], "%d:%d", &li, &ci)
		fmt.Sscanf(out[j], "%d:%d", &lj, &cj)
		return li < lj || li == lj && ci < cj
	})
	return out
}

func errStrings(errs []*Error) []string {
	var out []string
	for _, e := range errs {
		out = append(out, e.Error())
	}
	return out
}

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
		errs []string
	}{{
		name: "sync def with docstring",
		src: `def get_customer(customer_id: int) -> dict[str, Any]:
    """Fetch a customer.

    Returns the customer's record.
    """
    ...
`,
		want: []string{`1:5 def get_customer(customer_id: int) -> dict[str, Any] | "Fetch a customer.\n\nReturns the customer's record."`},
	}, {
		name: "async def without annotations",
		src:  "async def fetch(url, timeout=10): ...\n",
		want: []string{"1:11 async def fetch(url, timeout=10)"},
	}, {
		name: "every parameter kind",
		src:  "def f(a: int, /, b: str = 'x', *args, c: int, d=None, **kw) -> dict[str, Any]: ...\n",
		want: []string{"1:5 def f(a: int, /, b: str = 'x', *args, c: int, d=None, **kw) -> dict[str, Any]"},
	}, {
		name: "bare star and trailing slash",
		src:  "def g(a, *, b: bool = False): ...\ndef h(a, b, /): ...\ndef k(*args: int, **kwargs: str) -> None: ...\n",
		want: []string{
			"1:5 def g(a, *, b: bool = False)",
			"2:5 def h(a, b, /)",
			"3:5 def k(*args: int, **kwargs: str) -> None",
		},
	}, {
		name: "multi-line signature loses comments and breaks",
		src: `def m(
    a: dict[
        str,  # the key
        int,
    ],
    b: int = (1 +
              2),  # trailing
) -> list[
    int
]:
    ...
`,
		want: []string{"1:5 def m(a: dict[str, int], b: int = 1 + 2) -> list[int]"}, // the span of a parenthesised expression excludes the parentheses, as in CPython
	}, {
		name: "body other than ellipsis",
		src:  "def add(x: int, y: int) -> int:\n    'Add two numbers.'\n    return x + y\n",
		want: []string{`1:5 def add(x: int, y: int) -> int | "Add two numbers."`},
	}, {
		name: "later definition wins",
		src:  "def f(a): ...\ndef f(a, b): ...\nx: int\nx: str\n",
		want: []string{"2:5 def f(a, b)", "4:1 x: str"},
	}, {
		name: "redefinition across kinds",
		src:  "f: int\ndef f(): ...\ndef g(): ...\ng: str\n",
		want: []string{"2:5 def f()", "4:1 g: str"},
	}, {
		name: "overloads merge into the first",
		src: `from typing import overload
import typing

@overload
def conv(x: int) -> str: ...
@typing.overload
def conv(x: str, *, strict: bool = True) -> int:
    """Convert a value."""
def conv(x, strict=True):
    """Implementation doc is not used."""
`,
		want: []string{`5:5 def conv(x: int) -> str | "Convert a value." | overloads: def conv(x: int) -> str; def conv(x: str, *, strict: bool = True) -> int`},
	}, {
		name: "implementation docstring fills in",
		src:  "@overload\ndef f(x: int) -> int: ...\n@overload\ndef f(x: str) -> str: ...\ndef f(x):\n    'Doc.'\n",
		want: []string{`2:5 def f(x: int) -> int | "Doc." | overloads: def f(x: int) -> int; def f(x: str) -> str`},
	}, {
		name: "overload after an implementation starts again",
		src:  "@overload\ndef f(x: int): ...\ndef f(x): ...\n@overload\ndef f(y: str): ...\n",
		want: []string{"5:5 def f(y: str) | overloads: def f(y: str)"},
	}, {
		name: "classes, imports and assignments are ignored",
		src: `from typing import Any, TypedDict
import datetime as dt

class Customer(TypedDict):
    id: int
    name: str
    def method(self) -> None: ...

Json = dict[str, Any]
Alias: TypeAlias = list[int]
Other: typing.TypeAlias = int
__all__: list[str] = ["lookup"]

def lookup(c: Customer) -> Json: ...
`,
		want: []string{"14:5 def lookup(c: Customer) -> Json"},
	}, {
		name: "inputs with and without docstrings",
		src: `order_id: int
"""The order to process."""
limit: int = 10
verbose: bool
def f(): ...
"""Not a docstring of verbose."""
(paren): int
obj.attr: int
`,
		want: []string{
			`1:1 order_id: int | "The order to process."`,
			"3:1 limit: int",
			"4:1 verbose: bool",
			"5:5 def f()",
		},
	}, {
		name: "if TYPE_CHECKING is read, other ifs are not",
		src: `from typing import TYPE_CHECKING
import typing
import sys
if TYPE_CHECKING:
    from decimal import Decimal
    def price(sku: str) -> Decimal: ...
    currency: str
else:
    def ignored(): ...
if typing.TYPE_CHECKING:
    async def rate(a: str, b: str) -> float: ...
if sys.version_info >= (3, 12):
    def also_ignored(): ...
`,
		want: []string{"6:9 def price(sku: str) -> Decimal", "7:5 currency: str", "11:15 async def rate(a: str, b: str) -> float"},
	}, {
		name: "positions count code points, with tab and CRLF",
		src:  "# é😀\r\n\"é😀\";\tx: int\r\n'Doc of x.'\r\nasync\tdef é(a: int) -> None: ...\r\n",
		want: []string{`2:7 x: int | "Doc of x."`, "4:11 async def é(a: int) -> None"},
	}, {
		name: "docstring indentation is cleaned",
		src:  "def f():\n    \"\"\"  Summary.\n\n\tIndented by tab.\n      More.\n\n    \"\"\"\n",
		want: []string{`1:5 def f() | "Summary.\n\n  Indented by tab.\nMore."`}, // as inspect.cleandoc
	}, {
		name: "syntax errors keep what parsed",
		src:  "def ok(a: int) -> int: ...\ndef bad(a,, b): ...\nx: int\n",
		want: []string{"1:5 def ok(a: int) -> int", "2:5 def bad(a, b)", "3:1 x: int"},
		errs: []string{"s.pyi:2:11: expected a parameter name, found ','"},
	}, {
		name: "syntax error positions count code points",
		src:  "\"é😀\";\tdef (x): ...\nz: int = \n",
		want: []string{"2:1 z: int"},
		errs: []string{
			"s.pyi:1:7: expected an expression, found keyword 'def'",
			"s.pyi:2:10: expected an expression, found end of line",
		},
	}, {
		name: "unclosed parameter list",
		src:  "def f(a: int\n\ny: str\n",
		want: []string{"1:5 def f(a: int)"},
		errs: []string{"s.pyi:1:6: '(' was never closed", "s.pyi:3:1: expected ')' after the parameters"},
	}, {
		name: "empty file",
		src:  "",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, errs := Parse("s.pyi", []byte(tt.src))
			if got := summary(d); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("decls:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if got := errStrings(errs); strings.Join(got, "\n") != strings.Join(tt.errs, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.errs, "\n"))
			}
			if len(d.Files) != 1 || d.Files[0] != "s.pyi" {
				t.Errorf("Files = %q, want [s.pyi]", d.Files)
			}
		})
	}
}

func TestParseFields(t *testing.T) {
	src := "def f(a: int, /, b: str = 'x', *args: int, c, **kw) -> None: ...\nx: int\n"
	d, errs := Parse("s.pyi", []byte(src))
	if errs != nil {
		t.Fatalf("unexpected errors: %v", errs)
	}
	f := d.Funcs["f"]
	want := []Param{
		{Name: "a", Kind: PosOnly, Type: "int"},
		{Name: "b", Kind: PosOrKw, Type: "str", Default: "'x'", HasDefault: true},
		{Name: "args", Kind: VarPos, Type: "int"},
		{Name: "c", Kind: KwOnly},
		{Name: "kw", Kind: VarKw},
	}
	if fmt.Sprint(f.Params) != fmt.Sprint(want) {
		t.Errorf("Params = %+v, want %+v", f.Params, want)
	}
	if f.File != "s.pyi" || f.Span.Start != 4 || f.Span.End != 5 || f.Returns != "None" || f.Async {
		t.Errorf("func fields = %q %v %q %v", f.File, f.Span, f.Returns, f.Async)
	}
	x := d.Inputs["x"]
	if x.File != "s.pyi" || x.Span.Start != source.Offset(len(src)-7) || x.Name != "x" || x.Type != "int" {
		t.Errorf("input fields = %+v", x)
	}
}

func TestParamKindString(t *testing.T) {
	got := fmt.Sprint(PosOnly, PosOrKw, VarPos, KwOnly, VarKw, ParamKind(9))
	want := "POSITIONAL_ONLY POSITIONAL_OR_KEYWORD VAR_POSITIONAL KEYWORD_ONLY VAR_KEYWORD ParamKind(9)"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestSnippetParams(t *testing.T) {
	tests := []struct{ src, want string }{
		{"def f(): ...", ""},
		{"def f(a, b=1, *args, **kw): ...", "${1:a}"},
		{"def f(a, /, b, *, c, d=2): ...", "${1:a}, ${2:b}, c=${3:c}"},
		{"def f(*, key): ...", "key=${1:key}"},
	}
	for _, tt := range tests {
		d, _ := Parse("s.pyi", []byte(tt.src))
		if got := d.Funcs["f"].SnippetParams(); got != tt.want {
			t.Errorf("%s: SnippetParams() = %q, want %q", tt.src, got, tt.want)
		}
	}
}

func TestErrorWithoutPosition(t *testing.T) {
	e := &Error{File: "host.pyi", Msg: "cannot read stub file: no such file or directory"}
	if got, want := e.Error(), "host.pyi: cannot read stub file: no such file or directory"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
