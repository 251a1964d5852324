package format

import (
	"reflect"
	"strings"
	"testing"

	"github.com/monty-tools/monty-tools/syntax"
)

// TestFastCompareFields pins the fields of every node type that
// equalfast.go compares by hand: a new field must be added there (and
// here), or the safety check would silently ignore it.
func TestFastCompareFields(t *testing.T) {
	want := []struct {
		v      any
		fields string
	}{
		{syntax.Ident{}, "Loc Name Ctx"},
		{syntax.AttrExpr{}, "Loc X Name Ctx"},
		{syntax.CallExpr{}, "Loc Fn Args Keywords"},
		{syntax.Keyword{}, "Loc Name Value"},
		{syntax.NumberLit{}, "Loc Kind Raw"},
		{syntax.ConstLit{}, "Loc Kind"},
		{syntax.StringExpr{}, "Loc Parts Bytes FString"},
		{syntax.StringPart{}, "Loc Flags Value Elems"},
		{syntax.BinaryExpr{}, "Loc X Op Y"},
		{syntax.BoolExpr{}, "Loc Op Values"},
		{syntax.UnaryExpr{}, "Loc Op X"},
		{syntax.CompareExpr{}, "Loc X Ops Ys"},
		{syntax.SubscriptExpr{}, "Loc X Index Ctx"},
		{syntax.TupleExpr{}, "Loc Elts Ctx Parenthesized"},
		{syntax.ListExpr{}, "Loc Elts Ctx"},
		{syntax.SetExpr{}, "Loc Elts"},
		{syntax.DictExpr{}, "Loc Items"},
		{syntax.DictItem{}, "Key Value"},
		{syntax.CondExpr{}, "Loc Test Body Else"},
		{syntax.StarredExpr{}, "Loc X Ctx"},
		{syntax.SliceExpr{}, "Loc Lo Hi Step"},
		{syntax.AwaitExpr{}, "Loc X"},
		{syntax.YieldExpr{}, "Loc X From"},
		{syntax.NamedExpr{}, "Loc Target Value"},
		{syntax.CompExpr{}, "Loc Kind Elt Value For Parenthesized"},
		{syntax.Comprehension{}, "Loc Async Target Iter Ifs"},
		{syntax.ExprStmt{}, "Loc X"},
		{syntax.AssignStmt{}, "Loc Targets Value"},
		{syntax.AugAssignStmt{}, "Loc Target Op Value"},
		{syntax.AnnAssignStmt{}, "Loc Target Annotation Value Simple"},
		{syntax.PassStmt{}, "Loc"},
		{syntax.BreakStmt{}, "Loc"},
		{syntax.ContinueStmt{}, "Loc"},
		{syntax.ReturnStmt{}, "Loc Value"},
		{syntax.DelStmt{}, "Loc Targets"},
		{syntax.RaiseStmt{}, "Loc Exc Cause"},
		{syntax.AssertStmt{}, "Loc Test Msg"},
		{syntax.ImportStmt{}, "Loc Names"},
		{syntax.ImportFromStmt{}, "Loc Module Level Names Parens"},
		{syntax.Alias{}, "Loc Name AsName"},
		{syntax.IfStmt{}, "Loc Test Body Else IsElif"},
		{syntax.WhileStmt{}, "Loc Test Body Else"},
		{syntax.ForStmt{}, "Loc Async Target Iter Body Else"},
		{syntax.WithStmt{}, "Loc Async Items Body"},
		{syntax.WithItem{}, "Loc X Target"},
		{syntax.TryStmt{}, "Loc Body Handlers Else Finally Star"},
		{syntax.ExceptHandler{}, "Loc Type Name Body"},
		{syntax.FuncDef{}, "Loc Async Decorators Name TypeParams Params Returns Body"},
		{syntax.ClassDef{}, "Loc Decorators Name TypeParams Bases Keywords Body"},
		{syntax.Params{}, "Loc PosOnly Args Vararg KwOnly Kwarg Star"},
		{syntax.Param{}, "Loc Name Annotation Default"},
	}
	for _, w := range want {
		v, fields := w.v, w.fields
		rt := reflect.TypeOf(v)
		var got []string
		for i := 0; i < rt.NumField(); i++ {
			got = append(got, rt.Field(i).Name)
		}
		if g := strings.Join(got, " "); g != fields {
			t.Errorf("syntax.%s has fields %q; equalfast.go compares %q", rt.Name(), g, fields)
		}
	}
}

// TestTreesEqual checks that the comparison tells programs apart that
// differ in any compared respect, and accepts the formatter's rewrites.
func TestTreesEqual(t *testing.T) {
	same := [][2]string{
		{"x = 'a' 'b'\n", "x = \"ab\"\n"},
		{"x = (a + b)\n", "x = a + b\n"},
		{"del (a, b)\n", "del a, b\n"},
		{"f(a,\n  b)\n", "f(a, b)\n"},
		{"x = 0XFF\n", "x = 0xFF\n"},
		{"from m import (a)\n", "from m import a\n"},
		{"def f(a, *, b=1, **k) -> int:\n    '''  doc  '''\n", "def f(a, *, b=1, **k) -> int:\n    '''doc'''\n"},
		{"x = f'{a!r:>{w}}' 'b'\n", "x = f'{a!r:>{w}}b'\n"},
		{"x = b'a' b'b'\n", "x = b'ab'\n"},
		{"x = f'{a=}'\n", "x = f'a={a!r}'\n"},
		{"x = 'a' f'{b:>{w}}' f'c'\n", "x = f'a{b:>{w}}c'\n"},
		{"x = f'{a:{w}x}'\n", "x = f\"{a:{w}x}\"\n"},
	}
	for _, p := range same {
		if d := treesEqual(parse(t, p[0]), parse(t, p[1])); d != "" {
			t.Errorf("%q vs %q: %s, want equal", p[0], p[1], d)
		}
	}
	differ := [][2]string{
		{"a.b\n", "a.c\n"},
		{"a.b = 1\n", "a = 1\n"},
		{"f(a, b)\n", "f(b, a)\n"},
		{"f(a, k=b)\n", "f(a, j=b)\n"},
		{"f(a, **k)\n", "f(a, k=k)\n"},
		{"x = 1\n", "x = 2\n"},
		{"x = 1.0\n", "x = 1\n"},
		{"x = None\n", "x = True\n"},
		{"x = 'ab'\n", "x = 'a'\n"},
		{"x = 'ab'\n", "x = b'ab'\n"},
		{"x = 'a' 'b'\n", "x = 'a' 'c'\n"},
		{"x = f'{a}'\n", "x = f'{b}'\n"},
		{"x = f'{a!r}'\n", "x = f'{a!s}'\n"},
		{"x = f'{a:>3}'\n", "x = f'{a:<3}'\n"},
		{"x = f'{a:{w}}'\n", "x = f'{a:{v}}'\n"},
		{"x = f'{a}{b}'\n", "x = f'{a}x{b}'\n"},
		{"x = f'{a=}'\n", "x = f'{a}'\n"},
		{"x = f'{a}'\n", "x = b'{a}'\n"},
		{"x = f'{a}' 'b'\n", "x = f'{a}' 'c'\n"},
		{"x = a + b\n", "x = a - b\n"},
		{"x = (a + b) * c\n", "x = a + b * c\n"},
		{"x = a and b\n", "x = a or b\n"},
		{"x = -a\n", "x = ~a\n"},
		{"x = a < b < c\n", "x = a < b <= c\n"},
		{"x = a[1]\n", "x = a[2]\n"},
		{"x = a[1:2]\n", "x = a[1:2:3]\n"},
		{"x = (a, b)\n", "x = [a, b]\n"},
		{"x = {a, b}\n", "x = {a, c}\n"},
		{"x = {a: b}\n", "x = {a: c}\n"},
		{"x = a if b else c\n", "x = a if c else b\n"},
		{"f(*a)\n", "f(a)\n"},
		{"def f():\n    yield a\n", "def f():\n    yield from a\n"},
		{"async def f():\n    await a\n", "async def f():\n    await b\n"},
		{"x = (y := a)\n", "x = (z := a)\n"},
		{"x = [a for a in b if c]\n", "x = [a for a in b if d]\n"},
		{"x = [a for a in b]\n", "x = {a for a in b}\n"},
		{"x += 1\n", "x -= 1\n"},
		{"x: int = 1\n", "x: str = 1\n"},
		{"x: int\n", "(x): int\n"},
		{"return\n", "return a\n"},
		{"del a, b\n", "del a\n"},
		{"raise a from b\n", "raise a from c\n"},
		{"assert a, b\n", "assert a, c\n"},
		{"import a.b as c\n", "import a.b as d\n"},
		{"from . import a\n", "from .. import a\n"},
		{"if a:\n    pass\nelif b:\n    pass\n", "if a:\n    pass\nelse:\n    if b:\n        pass\n"},
		{"while a:\n    pass\n", "while a:\n    pass\nelse:\n    pass\n"},
		{"async def f():\n    for a in b:\n        pass\n", "async def f():\n    async for a in b:\n        pass\n"},
		{"with a as b:\n    pass\n", "with a as c:\n    pass\n"},
		{"try:\n    pass\nexcept E as e:\n    pass\n", "try:\n    pass\nexcept E as f:\n    pass\n"},
		{"def f(a, b=1):\n    pass\n", "def f(a, b=2):\n    pass\n"},
		{"def f(a, /, b):\n    pass\n", "def f(a, b):\n    pass\n"},
		{"def f(*, a):\n    pass\n", "def f(a):\n    pass\n"},
		{"def f(**k):\n    pass\n", "def f(*k):\n    pass\n"},
		{"@d\ndef f():\n    pass\n", "def f():\n    pass\n"},
		{"class A(B):\n    pass\n", "class A(C):\n    pass\n"},
		{"class A(m=B):\n    pass\n", "class A(m=C):\n    pass\n"},
		{"x = 1\ny = 2\n", "x = 1\n"},
	}
	for _, p := range differ {
		if d := treesEqual(parse(t, p[0]), parse(t, p[1])); d == "" {
			t.Errorf("%q vs %q: equal, want a difference", p[0], p[1])
		}
	}
}

func parse(t *testing.T, src string) *syntax.File {
	t.Helper()
	f, errs := syntax.Parse("t.py", []byte(src), 0)
	if len(errs) > 0 {
		t.Fatalf("%q: %v", src, errs[0])
	}
	return f
}
