package syntax

import (
	"strings"
	"testing"

	"github.com/monty-tools/monty-tools/source"
)

// The expected strings in this file were printed by CPython 3.11.7
// (python3 -c 'import ast; print(ast.dump(ast.parse(src)))'), or by CPython
// 3.12.7 (the pyodide 0.27 build) for the cases marked py312. The trees are
// built by hand so that these tests do not depend on the parser.

// Helpers for building trees; the dt prefix keeps them clear of the
// parser's names.

func dtName(s string) *Ident  { return &Ident{Name: s} }
func dtStore(s string) *Ident { return &Ident{Name: s, Ctx: Store} }
func dtInt(raw string) *NumberLit {
	return &NumberLit{Kind: IntLit, Raw: raw}
}
func dtFloat(raw string) *NumberLit { return &NumberLit{Kind: FloatLit, Raw: raw} }
func dtImag(raw string) *NumberLit  { return &NumberLit{Kind: ImagLit, Raw: raw} }
func dtNone() *ConstLit             { return &ConstLit{Kind: NoneConst} }
func dtStr(v string) *StringExpr    { return &StringExpr{Parts: []*StringPart{{Value: v}}} }
func dtExpr(e Expr) Stmt            { return &ExprStmt{X: e} }
func dtPass() Stmt                  { return &PassStmt{} }
func dtParam(name string) *Param    { return &Param{Name: dtName(name)} }

// dtStrs joins parts into one string expression.
func dtStrs(parts ...*StringPart) *StringExpr {
	e := &StringExpr{Parts: parts, Bytes: true}
	for _, p := range parts {
		if p.Flags&FormatStr != 0 {
			e.FString = true
		}
		if p.Flags&BytesStr == 0 {
			e.Bytes = false
		}
	}
	return e
}

func dtPlain(v string) *StringPart { return &StringPart{Value: v} }
func dtU(v string) *StringPart     { return &StringPart{Flags: UnicodeStr, Value: v} }
func dtB(v string) *StringPart     { return &StringPart{Flags: BytesStr, Value: v} }
func dtF(elems ...FStringElem) *StringPart {
	return &StringPart{Flags: FormatStr, Elems: elems}
}
func dtText(s string) *FStringText { return &FStringText{Value: s} }
func dtField(x Expr) *FStringField { return &FStringField{X: x} }
func dtSpec(x Expr, spec ...FStringElem) *FStringField {
	return &FStringField{X: x, HasSpec: true, Spec: spec}
}

type dumpCase struct {
	src  string // the Python source the tree stands for
	body []Stmt
	want string
}

func runDumpCases(t *testing.T, py312 bool, cases []dumpCase) {
	t.Helper()
	for _, c := range cases {
		got := Dump(&File{Body: c.body, Uses312: py312})
		if got != c.want {
			t.Errorf("Dump of %q:\n got: %s\nwant: %s", c.src, got, c.want)
		}
	}
}

func TestDumpStatements(t *testing.T) {
	runDumpCases(t, false, []dumpCase{
		{
			src:  "",
			body: nil,
			want: `Module(body=[], type_ignores=[])`,
		},
		{
			src:  "x",
			body: []Stmt{dtExpr(dtName("x"))},
			want: `Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])`,
		},
		{
			src: "import a.b as c, d",
			body: []Stmt{&ImportStmt{Names: []*Alias{
				{Name: "a.b", AsName: dtName("c")}, {Name: "d"}}}},
			want: `Module(body=[Import(names=[alias(name='a.b', asname='c'), alias(name='d')])], type_ignores=[])`,
		},
		{
			src: "from . import x\nfrom ..m import y as z\nfrom m import *",
			body: []Stmt{
				&ImportFromStmt{Level: 1, Names: []*Alias{{Name: "x"}}},
				&ImportFromStmt{Module: "m", Level: 2, Names: []*Alias{{Name: "y", AsName: dtName("z")}}},
				&ImportFromStmt{Module: "m", Names: []*Alias{{Name: "*"}}},
			},
			want: `Module(body=[ImportFrom(names=[alias(name='x')], level=1), ImportFrom(module='m', names=[alias(name='y', asname='z')], level=2), ImportFrom(module='m', names=[alias(name='*')], level=0)], type_ignores=[])`,
		},
		{
			src: "@dec\ndef f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n    pass",
			body: []Stmt{&FuncDef{
				Decorators: []Expr{dtName("dec")},
				Name:       dtName("f"),
				Params: &Params{
					PosOnly: []*Param{dtParam("a")},
					Args:    []*Param{{Name: dtName("b"), Annotation: dtName("int"), Default: dtInt("1")}},
					Vararg:  dtParam("args"),
					KwOnly:  []*Param{dtParam("c"), {Name: dtName("d"), Default: dtInt("2")}},
					Kwarg:   dtParam("kw"),
				},
				Returns: dtNone(),
				Body:    []Stmt{dtPass()},
			}},
			want: `Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b', annotation=Name(id='int', ctx=Load()))], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[Name(id='dec', ctx=Load())], returns=Constant(value=None))], type_ignores=[])`,
		},
		{
			src: "def f(a=1, /, b=2, *, c=3, d):\n    pass",
			body: []Stmt{&FuncDef{
				Name: dtName("f"),
				Params: &Params{
					PosOnly: []*Param{{Name: dtName("a"), Default: dtInt("1")}},
					Args:    []*Param{{Name: dtName("b"), Default: dtInt("2")}},
					KwOnly:  []*Param{{Name: dtName("c"), Default: dtInt("3")}, dtParam("d")},
					Star:    true,
				},
				Body: []Stmt{dtPass()},
			}},
			want: `Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[Constant(value=3), None], defaults=[Constant(value=1), Constant(value=2)]), body=[Pass()], decorator_list=[])], type_ignores=[])`,
		},
		{
			src: "async def g(*a: int, **k: str):\n    await x\n    async for i in j:\n        pass\n    async with a as b, c:\n        pass",
			body: []Stmt{&FuncDef{
				Async: true,
				Name:  dtName("g"),
				Params: &Params{
					Vararg: &Param{Name: dtName("a"), Annotation: dtName("int")},
					Kwarg:  &Param{Name: dtName("k"), Annotation: dtName("str")},
				},
				Body: []Stmt{
					dtExpr(&AwaitExpr{X: dtName("x")}),
					&ForStmt{Async: true, Target: dtStore("i"), Iter: dtName("j"), Body: []Stmt{dtPass()}},
					&WithStmt{Async: true, Items: []*WithItem{{X: dtName("a"), Target: dtStore("b")}, {X: dtName("c")}}, Body: []Stmt{dtPass()}},
				},
			}},
			want: `Module(body=[AsyncFunctionDef(name='g', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a', annotation=Name(id='int', ctx=Load())), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k', annotation=Name(id='str', ctx=Load())), defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=Load()))), AsyncFor(target=Name(id='i', ctx=Store()), iter=Name(id='j', ctx=Load()), body=[Pass()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], decorator_list=[])], type_ignores=[])`,
		},
		{
			src: "@d\nclass C(B, metaclass=M, **kw):\n    pass\nclass D:\n    pass",
			body: []Stmt{
				&ClassDef{
					Decorators: []Expr{dtName("d")},
					Name:       dtName("C"),
					Bases:      []Expr{dtName("B")},
					Keywords:   []*Keyword{{Name: dtName("metaclass"), Value: dtName("M")}, {Value: dtName("kw")}},
					Body:       []Stmt{dtPass()},
				},
				&ClassDef{Name: dtName("D"), Body: []Stmt{dtPass()}},
			},
			want: `Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], body=[Pass()], decorator_list=[Name(id='d', ctx=Load())]), ClassDef(name='D', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])`,
		},
		{
			src: "x: int = 1\n(y): int\ny.z: str\nx += 1\nx = y = 1, 2\ndel x, y[0]",
			body: []Stmt{
				&AnnAssignStmt{Target: dtStore("x"), Annotation: dtName("int"), Value: dtInt("1"), Simple: true},
				&AnnAssignStmt{Target: dtStore("y"), Annotation: dtName("int")},
				&AnnAssignStmt{Target: &AttrExpr{X: dtName("y"), Name: dtName("z"), Ctx: Store}, Annotation: dtName("str")},
				&AugAssignStmt{Target: dtStore("x"), Op: Add, Value: dtInt("1")},
				&AssignStmt{Targets: []Expr{dtStore("x"), dtStore("y")}, Value: &TupleExpr{Elts: []Expr{dtInt("1"), dtInt("2")}}},
				&DelStmt{Targets: []Expr{&Ident{Name: "x", Ctx: Del}, &SubscriptExpr{X: dtName("y"), Index: dtInt("0"), Ctx: Del}}},
			},
			want: `Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1), AnnAssign(target=Name(id='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0), AnnAssign(target=Attribute(value=Name(id='y', ctx=Load()), attr='z', ctx=Store()), annotation=Name(id='str', ctx=Load()), simple=0), AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1)), Assign(targets=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load())), Delete(targets=[Name(id='x', ctx=Del()), Subscript(value=Name(id='y', ctx=Load()), slice=Constant(value=0), ctx=Del())])], type_ignores=[])`,
		},
		{
			src: "for x, *y in z:\n    pass\nelse:\n    pass\nwhile x:\n    break\nelse:\n    continue",
			body: []Stmt{
				&ForStmt{
					Target: &TupleExpr{Elts: []Expr{dtStore("x"), &StarredExpr{X: dtStore("y"), Ctx: Store}}, Ctx: Store},
					Iter:   dtName("z"), Body: []Stmt{dtPass()}, Else: []Stmt{dtPass()},
				},
				&WhileStmt{Test: dtName("x"), Body: []Stmt{&BreakStmt{}}, Else: []Stmt{&ContinueStmt{}}},
			},
			want: `Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store()), Starred(value=Name(id='y', ctx=Store()), ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[Pass()]), While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[])`,
		},
		{
			src: "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
			body: []Stmt{&IfStmt{
				Test: dtName("a"), Body: []Stmt{dtPass()},
				Else: []Stmt{&IfStmt{Test: dtName("b"), Body: []Stmt{dtPass()}, Else: []Stmt{dtPass()}, IsElif: true}},
			}},
			want: `Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[])`,
		},
		{
			src: "try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\ntry:\n    pass\nexcept* E:\n    pass",
			body: []Stmt{
				&TryStmt{
					Body: []Stmt{dtPass()},
					Handlers: []*ExceptHandler{
						{Type: dtName("E"), Name: dtName("e"), Body: []Stmt{dtPass()}},
						{Body: []Stmt{dtPass()}},
					},
					Else:    []Stmt{dtPass()},
					Finally: []Stmt{dtPass()},
				},
				&TryStmt{Body: []Stmt{dtPass()}, Handlers: []*ExceptHandler{{Type: dtName("E"), Body: []Stmt{dtPass()}}}, Star: true},
			},
			want: `Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()]), TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])`,
		},
		{
			src: "def f():\n    global g, h\n    nonlocal n\n    return\n    return 1\n    raise\n    raise E from None\n    assert x, 'm'\n    assert y",
			body: []Stmt{&FuncDef{Name: dtName("f"), Body: []Stmt{
				&GlobalStmt{Names: []*Ident{dtName("g"), dtName("h")}},
				&NonlocalStmt{Names: []*Ident{dtName("n")}},
				&ReturnStmt{},
				&ReturnStmt{Value: dtInt("1")},
				&RaiseStmt{},
				&RaiseStmt{Exc: dtName("E"), Cause: dtNone()},
				&AssertStmt{Test: dtName("x"), Msg: dtStr("m")},
				&AssertStmt{Test: dtName("y")},
			}}},
			want: `Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Global(names=['g', 'h']), Nonlocal(names=['n']), Return(), Return(value=Constant(value=1)), Raise(), Raise(exc=Name(id='E', ctx=Load()), cause=Constant(value=None)), Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='m')), Assert(test=Name(id='y', ctx=Load()))], decorator_list=[])], type_ignores=[])`,
		},
		{
			src:  "raise E from c",
			body: []Stmt{&RaiseStmt{Exc: dtName("E"), Cause: dtName("c")}},
			want: `Module(body=[Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='c', ctx=Load()))], type_ignores=[])`,
		},
		{
			src:  "def f(x): pass\nx = 1; y",
			body: []Stmt{&FuncDef{Name: dtName("f"), Params: &Params{Args: []*Param{dtParam("x")}}, Body: []Stmt{dtPass()}}, &AssignStmt{Targets: []Expr{dtStore("x")}, Value: dtInt("1")}, dtExpr(dtName("y"))},
			want: `Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[]), Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Expr(value=Name(id='y', ctx=Load()))], type_ignores=[])`,
		},
	})
}

func TestDumpMatch(t *testing.T) {
	runDumpCases(t, false, []dumpCase{
		{
			src: "match s:\n    case 1 | -2 | 3+4j | 's' | b'b':\n        pass\n    case None:\n        pass\n    case True:\n        pass\n    case False:\n        pass\n    case [a, *rest, *_]:\n        pass\n    case {'k': v, 1: _, **r}:\n        pass\n    case {}:\n        pass\n    case C(a, b=c, d=[]) if g:\n        pass\n    case x:\n        pass\n    case _:\n        pass\n    case (a as b):\n        pass\n    case a.b.c:\n        pass\n    case ():\n        pass",
			body: []Stmt{&MatchStmt{Subject: dtName("s"), Cases: []*MatchCase{
				{Pattern: &OrPattern{Patterns: []Pattern{
					&ValuePattern{Value: dtInt("1")},
					&ValuePattern{Value: &UnaryExpr{Op: USub, X: dtInt("2")}},
					&ValuePattern{Value: &BinaryExpr{X: dtInt("3"), Op: Add, Y: dtImag("4j")}},
					&ValuePattern{Value: dtStr("s")},
					&ValuePattern{Value: dtStrs(dtB("b"))},
				}}, Body: []Stmt{dtPass()}},
				{Pattern: &SingletonPattern{Kind: NoneConst}, Body: []Stmt{dtPass()}},
				{Pattern: &SingletonPattern{Kind: TrueConst}, Body: []Stmt{dtPass()}},
				{Pattern: &SingletonPattern{Kind: FalseConst}, Body: []Stmt{dtPass()}},
				{Pattern: &SequencePattern{Patterns: []Pattern{
					&AsPattern{Name: dtName("a")}, &StarPattern{Name: dtName("rest")}, &StarPattern{},
				}}, Body: []Stmt{dtPass()}},
				{Pattern: &MappingPattern{
					Keys:     []Expr{dtStr("k"), dtInt("1")},
					Patterns: []Pattern{&AsPattern{Name: dtName("v")}, &AsPattern{}},
					Rest:     dtName("r"),
				}, Body: []Stmt{dtPass()}},
				{Pattern: &MappingPattern{}, Body: []Stmt{dtPass()}},
				{Pattern: &ClassPattern{
					Cls:         dtName("C"),
					Patterns:    []Pattern{&AsPattern{Name: dtName("a")}},
					KwdAttrs:    []*Ident{dtName("b"), dtName("d")},
					KwdPatterns: []Pattern{&AsPattern{Name: dtName("c")}, &SequencePattern{}},
				}, Guard: dtName("g"), Body: []Stmt{dtPass()}},
				{Pattern: &AsPattern{Name: dtName("x")}, Body: []Stmt{dtPass()}},
				{Pattern: &AsPattern{}, Body: []Stmt{dtPass()}},
				{Pattern: &AsPattern{Pattern: &AsPattern{Name: dtName("a")}, Name: dtName("b")}, Body: []Stmt{dtPass()}},
				{Pattern: &ValuePattern{Value: &AttrExpr{X: &AttrExpr{X: dtName("a"), Name: dtName("b")}, Name: dtName("c")}}, Body: []Stmt{dtPass()}},
				{Pattern: &SequencePattern{}, Body: []Stmt{dtPass()}},
			}}},
			want: `Module(body=[Match(subject=Name(id='s', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2))), MatchValue(value=BinOp(left=Constant(value=3), op=Add(), right=Constant(value=4j))), MatchValue(value=Constant(value='s')), MatchValue(value=Constant(value=b'b'))]), body=[Pass()]), match_case(pattern=MatchSingleton(value=None), body=[Pass()]), match_case(pattern=MatchSingleton(value=True), body=[Pass()]), match_case(pattern=MatchSingleton(value=False), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchStar(name='rest'), MatchStar()]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value='k'), Constant(value=1)], patterns=[MatchAs(name='v'), MatchAs()], rest='r'), body=[Pass()]), match_case(pattern=MatchMapping(keys=[], patterns=[]), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='C', ctx=Load()), patterns=[MatchAs(name='a')], kwd_attrs=['b', 'd'], kwd_patterns=[MatchAs(name='c'), MatchSequence(patterns=[])]), guard=Name(id='g', ctx=Load()), body=[Pass()]), match_case(pattern=MatchAs(name='x'), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchAs(name='a'), name='b'), body=[Pass()]), match_case(pattern=MatchValue(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load())), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[]), body=[Pass()])])], type_ignores=[])`,
		},
	})
}

func TestDumpExpressions(t *testing.T) {
	runDumpCases(t, false, []dumpCase{
		{
			src: "lambda: 0\nlambda x, *, y=1: x\nx if y else z",
			body: []Stmt{
				dtExpr(&LambdaExpr{Params: &Params{}, Body: dtInt("0")}),
				dtExpr(&LambdaExpr{Params: &Params{Args: []*Param{dtParam("x")}, KwOnly: []*Param{{Name: dtName("y"), Default: dtInt("1")}}, Star: true}, Body: dtName("x")}),
				dtExpr(&CondExpr{Test: dtName("y"), Body: dtName("x"), Else: dtName("z")}),
			},
			want: `Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0))), Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[arg(arg='y')], kw_defaults=[Constant(value=1)], defaults=[]), body=Name(id='x', ctx=Load()))), Expr(value=IfExp(test=Name(id='y', ctx=Load()), body=Name(id='x', ctx=Load()), orelse=Name(id='z', ctx=Load())))], type_ignores=[])`,
		},
		{
			src: "{a: b, **c}\n{}\n{1, 2}\n[x, y]\n()",
			body: []Stmt{
				dtExpr(&DictExpr{Items: []DictItem{{Key: dtName("a"), Value: dtName("b")}, {Value: dtName("c")}}}),
				dtExpr(&DictExpr{}),
				dtExpr(&SetExpr{Elts: []Expr{dtInt("1"), dtInt("2")}}),
				dtExpr(&ListExpr{Elts: []Expr{dtName("x"), dtName("y")}}),
				dtExpr(&TupleExpr{Parenthesized: true}),
			},
			want: `Module(body=[Expr(value=Dict(keys=[Name(id='a', ctx=Load()), None], values=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())])), Expr(value=Dict(keys=[], values=[])), Expr(value=Set(elts=[Constant(value=1), Constant(value=2)])), Expr(value=List(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load())), Expr(value=Tuple(elts=[], ctx=Load()))], type_ignores=[])`,
		},
		{
			src: "[x for x in y if z if w for q in r]\n{x for x in y}\n{k: v async for k, v in y}\n(x for x in y)\nf(x for x in y)",
			body: []Stmt{
				dtExpr(&CompExpr{Kind: ListComp, Elt: dtName("x"), For: []*Comprehension{
					{Target: dtStore("x"), Iter: dtName("y"), Ifs: []Expr{dtName("z"), dtName("w")}},
					{Target: dtStore("q"), Iter: dtName("r")},
				}}),
				dtExpr(&CompExpr{Kind: SetComp, Elt: dtName("x"), For: []*Comprehension{{Target: dtStore("x"), Iter: dtName("y")}}}),
				dtExpr(&CompExpr{Kind: DictComp, Elt: dtName("k"), Value: dtName("v"), For: []*Comprehension{
					{Async: true, Target: &TupleExpr{Elts: []Expr{dtStore("k"), dtStore("v")}, Ctx: Store}, Iter: dtName("y")},
				}}),
				dtExpr(&CompExpr{Kind: GeneratorExp, Elt: dtName("x"), For: []*Comprehension{{Target: dtStore("x"), Iter: dtName("y")}}, Parenthesized: true}),
				dtExpr(&CallExpr{Fn: dtName("f"), Args: []Expr{&CompExpr{Kind: GeneratorExp, Elt: dtName("x"), For: []*Comprehension{{Target: dtStore("x"), Iter: dtName("y")}}}}}),
			},
			want: `Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='z', ctx=Load()), Name(id='w', ctx=Load())], is_async=0), comprehension(target=Name(id='q', ctx=Store()), iter=Name(id='r', ctx=Load()), ifs=[], is_async=0)])), Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])), Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)])), Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])`,
		},
		{
			src: "f(*a, b, *c, d=1, **e)\na < b <= c is not d not in e == f != g > h >= i is j in k",
			body: []Stmt{
				dtExpr(&CallExpr{Fn: dtName("f"),
					Args:     []Expr{&StarredExpr{X: dtName("a")}, dtName("b"), &StarredExpr{X: dtName("c")}},
					Keywords: []*Keyword{{Name: dtName("d"), Value: dtInt("1")}, {Value: dtName("e")}},
				}),
				dtExpr(&CompareExpr{X: dtName("a"),
					Ops: []CmpOp{Lt, LtE, IsNot, NotIn, Eq, NotEq, Gt, GtE, Is, In},
					Ys: []Expr{dtName("b"), dtName("c"), dtName("d"), dtName("e"), dtName("f"), dtName("g"),
						dtName("h"), dtName("i"), dtName("j"), dtName("k")},
				}),
			},
			want: `Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load()), Starred(value=Name(id='c', ctx=Load()), ctx=Load())], keywords=[keyword(arg='d', value=Constant(value=1)), keyword(value=Name(id='e', ctx=Load()))])), Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), IsNot(), NotIn(), Eq(), NotEq(), Gt(), GtE(), Is(), In()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load()), Name(id='h', ctx=Load()), Name(id='i', ctx=Load()), Name(id='j', ctx=Load()), Name(id='k', ctx=Load())]))], type_ignores=[])`,
		},
		{
			src: "a.b[c:d:e, ::, 1:]\nnot x; -x; +x; ~x\na and b and c or d\n(x := 1)",
			body: []Stmt{
				dtExpr(&SubscriptExpr{X: &AttrExpr{X: dtName("a"), Name: dtName("b")}, Index: &TupleExpr{Elts: []Expr{
					&SliceExpr{Lo: dtName("c"), Hi: dtName("d"), Step: dtName("e")},
					&SliceExpr{},
					&SliceExpr{Lo: dtInt("1")},
				}}}),
				dtExpr(&UnaryExpr{Op: Not, X: dtName("x")}),
				dtExpr(&UnaryExpr{Op: USub, X: dtName("x")}),
				dtExpr(&UnaryExpr{Op: UAdd, X: dtName("x")}),
				dtExpr(&UnaryExpr{Op: Invert, X: dtName("x")}),
				dtExpr(&BoolExpr{Op: Or, Values: []Expr{&BoolExpr{Op: And, Values: []Expr{dtName("a"), dtName("b"), dtName("c")}}, dtName("d")}}),
				// The parser may leave the target's Ctx as Load; Dump prints Store.
				dtExpr(&NamedExpr{Target: dtName("x"), Value: dtInt("1")}),
			},
			want: `Module(body=[Expr(value=Subscript(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), slice=Tuple(elts=[Slice(lower=Name(id='c', ctx=Load()), upper=Name(id='d', ctx=Load()), step=Name(id='e', ctx=Load())), Slice(), Slice(lower=Constant(value=1))], ctx=Load()), ctx=Load())), Expr(value=UnaryOp(op=Not(), operand=Name(id='x', ctx=Load()))), Expr(value=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load()))), Expr(value=UnaryOp(op=UAdd(), operand=Name(id='x', ctx=Load()))), Expr(value=UnaryOp(op=Invert(), operand=Name(id='x', ctx=Load()))), Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]), Name(id='d', ctx=Load())])), Expr(value=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1)))], type_ignores=[])`,
		},
		{
			src: "a + b - c * d / e // f % g ** h @ i << j >> k\na | b ^ c & d",
			body: []Stmt{dtExpr(
				&BinaryExpr{
					X: &BinaryExpr{
						X: &BinaryExpr{
							X:  &BinaryExpr{X: dtName("a"), Op: Add, Y: dtName("b")},
							Op: Sub,
							Y: &BinaryExpr{
								X: &BinaryExpr{
									X:  &BinaryExpr{X: &BinaryExpr{X: &BinaryExpr{X: dtName("c"), Op: Mult, Y: dtName("d")}, Op: Div, Y: dtName("e")}, Op: FloorDiv, Y: dtName("f")},
									Op: Mod,
									Y:  &BinaryExpr{X: dtName("g"), Op: Pow, Y: dtName("h")},
								},
								Op: MatMult, Y: dtName("i"),
							},
						},
						Op: LShift, Y: dtName("j"),
					},
					Op: RShift, Y: dtName("k"),
				}),
				dtExpr(&BinaryExpr{X: dtName("a"), Op: BitOr, Y: &BinaryExpr{X: dtName("b"), Op: BitXor,
					Y: &BinaryExpr{X: dtName("c"), Op: BitAnd, Y: dtName("d")}}}),
			},
			want: `Module(body=[Expr(value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='c', ctx=Load()), op=Mult(), right=Name(id='d', ctx=Load())), op=Div(), right=Name(id='e', ctx=Load())), op=FloorDiv(), right=Name(id='f', ctx=Load())), op=Mod(), right=BinOp(left=Name(id='g', ctx=Load()), op=Pow(), right=Name(id='h', ctx=Load()))), op=MatMult(), right=Name(id='i', ctx=Load()))), op=LShift(), right=Name(id='j', ctx=Load())), op=RShift(), right=Name(id='k', ctx=Load()))), Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=Name(id='d', ctx=Load())))))], type_ignores=[])`,
		},
		{
			src: "...\nNone\nTrue\nFalse\ndef g():\n    yield\n    yield x\n    yield from y\n    x = yield",
			body: []Stmt{
				dtExpr(&ConstLit{Kind: EllipsisConst}),
				dtExpr(dtNone()),
				dtExpr(&ConstLit{Kind: TrueConst}),
				dtExpr(&ConstLit{Kind: FalseConst}),
				&FuncDef{Name: dtName("g"), Body: []Stmt{
					dtExpr(&YieldExpr{}),
					dtExpr(&YieldExpr{X: dtName("x")}),
					dtExpr(&YieldExpr{X: dtName("y"), From: true}),
					&AssignStmt{Targets: []Expr{dtStore("x")}, Value: &YieldExpr{}},
				}},
			},
			want: `Module(body=[Expr(value=Constant(value=Ellipsis)), Expr(value=Constant(value=None)), Expr(value=Constant(value=True)), Expr(value=Constant(value=False)), FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield()), Expr(value=Yield(value=Name(id='x', ctx=Load()))), Expr(value=YieldFrom(value=Name(id='y', ctx=Load()))), Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], decorator_list=[])], type_ignores=[])`,
		},
		{
			src: "1.5; 10; 0x1F; 0o17; 0B101; 1_000; 00; 1e100; 1j; 1.5J; 0j; 1e400; 123456789012345678901234567890; 1_0.0_1e-1_0",
			body: []Stmt{
				dtExpr(dtFloat("1.5")), dtExpr(dtInt("10")), dtExpr(dtInt("0x1F")), dtExpr(dtInt("0o17")),
				dtExpr(dtInt("0B101")), dtExpr(dtInt("1_000")), dtExpr(dtInt("00")), dtExpr(dtFloat("1e100")),
				dtExpr(dtImag("1j")), dtExpr(dtImag("1.5J")), dtExpr(dtImag("0j")), dtExpr(dtFloat("1e400")),
				dtExpr(dtInt("123456789012345678901234567890")), dtExpr(dtFloat("1_0.0_1e-1_0")),
			},
			want: `Module(body=[Expr(value=Constant(value=1.5)), Expr(value=Constant(value=10)), Expr(value=Constant(value=31)), Expr(value=Constant(value=15)), Expr(value=Constant(value=5)), Expr(value=Constant(value=1000)), Expr(value=Constant(value=0)), Expr(value=Constant(value=1e+100)), Expr(value=Constant(value=1j)), Expr(value=Constant(value=1.5j)), Expr(value=Constant(value=0j)), Expr(value=Constant(value=inf)), Expr(value=Constant(value=123456789012345678901234567890)), Expr(value=Constant(value=1.001e-09))], type_ignores=[])`,
		},
	})
}

func TestDumpStrings(t *testing.T) {
	x, y, w := dtName("x"), dtName("y"), dtName("w")
	runDumpCases(t, false, []dumpCase{
		{src: `'a' 'b'`, body: []Stmt{dtExpr(dtStrs(dtPlain("a"), dtPlain("b")))}, want: `Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[])`},
		{src: `b'a' b'c'`, body: []Stmt{dtExpr(dtStrs(dtB("a"), dtB("c")))}, want: `Module(body=[Expr(value=Constant(value=b'ac'))], type_ignores=[])`},
		{src: `u'a' 'b'`, body: []Stmt{dtExpr(dtStrs(dtU("a"), dtPlain("b")))}, want: `Module(body=[Expr(value=Constant(value='ab', kind='u'))], type_ignores=[])`},
		{src: `'a' u'b'`, body: []Stmt{dtExpr(dtStrs(dtPlain("a"), dtU("b")))}, want: `Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[])`},
		{src: `u''`, body: []Stmt{dtExpr(dtStrs(dtU("")))}, want: `Module(body=[Expr(value=Constant(value='', kind='u'))], type_ignores=[])`},
		{src: `''`, body: []Stmt{dtExpr(dtStrs(dtPlain("")))}, want: `Module(body=[Expr(value=Constant(value=''))], type_ignores=[])`},
		{src: `'\U00031350' '\u0cf3'`, body: []Stmt{dtExpr(dtStrs(dtPlain("\U00031350"), dtPlain("\u0cf3")))}, want: `Module(body=[Expr(value=Constant(value='\U00031350\u0cf3'))], type_ignores=[])`},
		{src: `"it's"`, body: []Stmt{dtExpr(dtStr("it's"))}, want: `Module(body=[Expr(value=Constant(value="it's"))], type_ignores=[])`},
		{src: `'\x00\t\n\r\\ é 😀 \u200b \ud800'`, body: []Stmt{dtExpr(dtStr("\x00\t\n\r\\ é 😀 \u200b \xed\xa0\x80"))}, want: `Module(body=[Expr(value=Constant(value='\x00\t\n\r\\ é 😀 \u200b \ud800'))], type_ignores=[])`},
		{src: `b'\x00\t\'"\xff'`, body: []Stmt{dtExpr(dtStrs(dtB("\x00\t'\"\xff")))}, want: `Module(body=[Expr(value=Constant(value=b'\x00\t\'"\xff'))], type_ignores=[])`},
		{src: `f""`, body: []Stmt{dtExpr(dtStrs(dtF()))}, want: `Module(body=[Expr(value=JoinedStr(values=[]))], type_ignores=[])`},
		{src: `f"" "a"`, body: []Stmt{dtExpr(dtStrs(dtF(), dtPlain("a")))}, want: `Module(body=[Expr(value=JoinedStr(values=[Constant(value='a')]))], type_ignores=[])`},
		{src: `f"" ""`, body: []Stmt{dtExpr(dtStrs(dtF(), dtPlain("")))}, want: `Module(body=[Expr(value=JoinedStr(values=[]))], type_ignores=[])`},
		{src: `"a" f"{x}" "b"`, body: []Stmt{dtExpr(dtStrs(dtPlain("a"), dtF(dtField(x)), dtPlain("b")))}, want: `Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='b')]))], type_ignores=[])`},
		{src: `f"a{x}b" f"{y}"`, body: []Stmt{dtExpr(dtStrs(dtF(dtText("a"), dtField(x), dtText("b")), dtF(dtField(y))))}, want: `Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='b'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)]))], type_ignores=[])`},
		{src: `f"a" "b" f"c"`, body: []Stmt{dtExpr(dtStrs(dtF(dtText("a")), dtPlain("b"), dtF(dtText("c"))))}, want: `Module(body=[Expr(value=JoinedStr(values=[Constant(value='abc')]))], type_ignores=[])`},
		{src: `f"{x:}"`, body: []Stmt{dtExpr(dtStrs(dtF(dtSpec(x))))}, want: `Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[]))]))], type_ignores=[])`},
		{src: `f"{x:>{w}}"`, body: []Stmt{dtExpr(dtStrs(dtF(dtSpec(x, dtText(">"), dtField(w)))))}, want: `Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))]))], type_ignores=[])`},
		{src: `f"{x!r:^10}"`, body: []Stmt{dtExpr(dtStrs(dtF(&FStringField{X: x, Conversion: 'r', HasSpec: true, Spec: []FStringElem{dtText("^10")}})))}, want: `Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='^10')]))]))], type_ignores=[])`},
		{src: `f"{x!s}{x!a}"`, body: []Stmt{dtExpr(dtStrs(dtF(&FStringField{X: x, Conversion: 's'}, &FStringField{X: x, Conversion: 'a'})))}, want: `Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=115), FormattedValue(value=Name(id='x', ctx=Load()), conversion=97)]))], type_ignores=[])`},
		{src: `f"{x=}"`, body: []Stmt{dtExpr(dtStrs(dtF(&FStringField{X: x, Debug: "x="})))}, want: `Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])`},
		{src: `f"{ x = }"`, body: []Stmt{dtExpr(dtStrs(dtF(&FStringField{X: x, Debug: " x = "})))}, want: `Module(body=[Expr(value=JoinedStr(values=[Constant(value=' x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])`},
		{src: `f"{x=:>5}"`, body: []Stmt{dtExpr(dtStrs(dtF(&FStringField{X: x, Debug: "x=", HasSpec: true, Spec: []FStringElem{dtText(">5")}})))}, want: `Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>5')]))]))], type_ignores=[])`},
		{src: `f"{x=:}"`, body: []Stmt{dtExpr(dtStrs(dtF(&FStringField{X: x, Debug: "x=", HasSpec: true})))}, want: `Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[]))]))], type_ignores=[])`},
		{src: `f"{x=!s}"`, body: []Stmt{dtExpr(dtStrs(dtF(&FStringField{X: x, Debug: "x=", Conversion: 's'})))}, want: `Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115)]))], type_ignores=[])`},
		{src: `"a" f"{x=}" "b"`, body: []Stmt{dtExpr(dtStrs(dtPlain("a"), dtF(&FStringField{X: x, Debug: "x="}), dtPlain("b")))}, want: `Module(body=[Expr(value=JoinedStr(values=[Constant(value='ax='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), Constant(value='b')]))], type_ignores=[])`},
		{src: `f"{{}}"`, body: []Stmt{dtExpr(dtStrs(dtF(dtText("{}"))))}, want: `Module(body=[Expr(value=JoinedStr(values=[Constant(value='{}')]))], type_ignores=[])`},
		{src: `f"{x:{y}:}"`, body: []Stmt{dtExpr(dtStrs(dtF(dtSpec(x, dtField(y), dtText(":")))))}, want: `Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value=':')]))]))], type_ignores=[])`},
		{src: `f"{x:a{y=}}"`, body: []Stmt{dtExpr(dtStrs(dtF(dtSpec(x, dtText("a"), &FStringField{X: y, Debug: "y="}))))}, want: `Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='ay='), FormattedValue(value=Name(id='y', ctx=Load()), conversion=114)]))]))], type_ignores=[])`},
		{src: `f"{x:{y:}}"`, body: []Stmt{dtExpr(dtStrs(dtF(dtSpec(x, dtSpec(y)))))}, want: `Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[]))]))]))], type_ignores=[])`},
		{src: `f"{x:{y!r:>5}}"`, body: []Stmt{dtExpr(dtStrs(dtF(dtSpec(x, &FStringField{X: y, Conversion: 'r', HasSpec: true, Spec: []FStringElem{dtText(">5")}}))))}, want: `Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>5')]))]))]))], type_ignores=[])`},
		{src: `f"{f'{x}'}"`, body: []Stmt{dtExpr(dtStrs(dtF(dtField(dtStrs(dtF(dtField(x)))))))}, want: `Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]), conversion=-1)]))], type_ignores=[])`},
		{src: `u"a" f"{x}" "b"`, body: []Stmt{dtExpr(dtStrs(dtU("a"), dtF(dtField(x)), dtPlain("b")))}, want: `Module(body=[Expr(value=JoinedStr(values=[Constant(value='a', kind='u'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='b', kind='u')]))], type_ignores=[])`},
		{src: `u"" f"{x=}" f"{y:a}"`, body: []Stmt{dtExpr(dtStrs(dtU(""), dtF(&FStringField{X: x, Debug: "x="}), dtF(dtSpec(y, dtText("a")))))}, want: `Module(body=[Expr(value=JoinedStr(values=[Constant(value='x=', kind='u'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='a')]))]))], type_ignores=[])`},
		{src: `f"{x}" u"a" "b"`, body: []Stmt{dtExpr(dtStrs(dtF(dtField(x)), dtU("a"), dtPlain("b")))}, want: `Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='ab')]))], type_ignores=[])`},
		{src: `f"{x:\N{DIGIT ONE}}"`, body: []Stmt{dtExpr(dtStrs(dtF(dtSpec(x, dtText("1")))))}, want: `Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='1')]))]))], type_ignores=[])`},
	})
}

// TestDumpUppercaseU checks that, with the source at hand, a U prefix does
// not give kind='u'.
func TestDumpUppercaseU(t *testing.T) {
	cases := []struct {
		src  string
		body func(src string) []Stmt
		want string
	}{
		{
			src: `U"a" u"b"`,
			body: func(string) []Stmt {
				return []Stmt{dtExpr(dtStrs(
					&StringPart{Loc: Loc{0, 4}, Flags: UnicodeStr, Value: "a"},
					&StringPart{Loc: Loc{5, 9}, Flags: UnicodeStr, Value: "b"}))}
			},
			want: `Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[])`,
		},
		{
			src: `u"a" U"b"`,
			body: func(string) []Stmt {
				return []Stmt{dtExpr(dtStrs(
					&StringPart{Loc: Loc{0, 4}, Flags: UnicodeStr, Value: "a"},
					&StringPart{Loc: Loc{5, 9}, Flags: UnicodeStr, Value: "b"}))}
			},
			want: `Module(body=[Expr(value=Constant(value='ab', kind='u'))], type_ignores=[])`,
		},
		{
			src: `U"a" f"{x}"`,
			body: func(string) []Stmt {
				return []Stmt{dtExpr(dtStrs(
					&StringPart{Loc: Loc{0, 4}, Flags: UnicodeStr, Value: "a"},
					&StringPart{Loc: Loc{5, 11}, Flags: FormatStr, Elems: []FStringElem{dtField(dtName("x"))}}))}
			},
			want: `Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])`,
		},
	}
	for _, c := range cases {
		got := Dump(&File{Src: []byte(c.src), Body: c.body(c.src)})
		if got != c.want {
			t.Errorf("Dump of %q:\n got: %s\nwant: %s", c.src, got, c.want)
		}
	}
}

func TestDump312(t *testing.T) {
	x, y := dtName("x"), dtName("y")
	tv := func(name string) *TypeParam { return &TypeParam{Name: dtName(name)} }
	runDumpCases(t, true, []dumpCase{
		{
			src:  "type X = int",
			body: []Stmt{&TypeAliasStmt{Name: dtName("X"), Value: dtName("int")}},
			want: `Module(body=[TypeAlias(name=Name(id='X', ctx=Store()), type_params=[], value=Name(id='int', ctx=Load()))], type_ignores=[])`,
		},
		{
			src: "type X[T: int, U: (a, b), *Ts, **P] = list[T]",
			body: []Stmt{&TypeAliasStmt{Name: dtStore("X"), TypeParams: []*TypeParam{
				{Name: dtName("T"), Bound: dtName("int")},
				{Name: dtName("U"), Bound: &TupleExpr{Elts: []Expr{dtName("a"), dtName("b")}, Parenthesized: true}},
				{Kind: TypeVarTuple, Name: dtName("Ts")},
				{Kind: ParamSpec, Name: dtName("P")},
			}, Value: &SubscriptExpr{X: dtName("list"), Index: dtName("T")}}},
			want: `Module(body=[TypeAlias(name=Name(id='X', ctx=Store()), type_params=[TypeVar(name='T', bound=Name(id='int', ctx=Load())), TypeVar(name='U', bound=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())), TypeVarTuple(name='Ts'), ParamSpec(name='P')], value=Subscript(value=Name(id='list', ctx=Load()), slice=Name(id='T', ctx=Load()), ctx=Load()))], type_ignores=[])`,
		},
		{
			src: "@d\ndef f[T](x: T) -> T:\n    pass\nasync def g():\n    pass",
			body: []Stmt{
				&FuncDef{Decorators: []Expr{dtName("d")}, Name: dtName("f"), TypeParams: []*TypeParam{tv("T")},
					Params:  &Params{Args: []*Param{{Name: dtName("x"), Annotation: dtName("T")}}},
					Returns: dtName("T"), Body: []Stmt{dtPass()}},
				&FuncDef{Async: true, Name: dtName("g"), Body: []Stmt{dtPass()}},
			},
			want: `Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x', annotation=Name(id='T', ctx=Load()))], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='d', ctx=Load())], returns=Name(id='T', ctx=Load()), type_params=[TypeVar(name='T')]), AsyncFunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], type_params=[])], type_ignores=[])`,
		},
		{
			src: "class C[T](B, k=1):\n    pass\nclass D:\n    pass",
			body: []Stmt{
				&ClassDef{Name: dtName("C"), TypeParams: []*TypeParam{tv("T")}, Bases: []Expr{dtName("B")},
					Keywords: []*Keyword{{Name: dtName("k"), Value: dtInt("1")}}, Body: []Stmt{dtPass()}},
				&ClassDef{Name: dtName("D"), Body: []Stmt{dtPass()}},
			},
			want: `Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='k', value=Constant(value=1))], body=[Pass()], decorator_list=[], type_params=[TypeVar(name='T')]), ClassDef(name='D', bases=[], keywords=[], body=[Pass()], decorator_list=[], type_params=[])], type_ignores=[])`,
		},
		{src: `u"a" f"{x}" "b"`, body: []Stmt{dtExpr(dtStrs(dtU("a"), dtF(dtField(x)), dtPlain("b")))}, want: `Module(body=[Expr(value=JoinedStr(values=[Constant(value='a', kind='u'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='b')]))], type_ignores=[])`},
		{src: `f"{x}" u"a" "b"`, body: []Stmt{dtExpr(dtStrs(dtF(dtField(x)), dtU("a"), dtPlain("b")))}, want: `Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='ab', kind='u')]))], type_ignores=[])`},
		{src: `u"" f"{x=}" f"{y}" u"" "c"`, body: []Stmt{dtExpr(dtStrs(dtU(""), dtF(&FStringField{X: x, Debug: "x="}), dtF(dtField(y)), dtU(""), dtPlain("c")))}, want: `Module(body=[Expr(value=JoinedStr(values=[Constant(value='x=', kind='u'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='c', kind='u')]))], type_ignores=[])`},
		{src: `u"a" f"{x}" f"" "c"`, body: []Stmt{dtExpr(dtStrs(dtU("a"), dtF(dtField(x)), dtF(), dtPlain("c")))}, want: `Module(body=[Expr(value=JoinedStr(values=[Constant(value='a', kind='u'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='c')]))], type_ignores=[])`},
		{src: `f"{"a"}"`, body: []Stmt{dtExpr(dtStrs(dtF(dtField(dtStr("a")))))}, want: `Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='a'), conversion=-1)]))], type_ignores=[])`},
		{src: `f"{x:{y:{x}}}"`, body: []Stmt{dtExpr(dtStrs(dtF(dtSpec(x, dtSpec(y, dtField(x))))))}, want: `Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))]))]))], type_ignores=[])`},
		{src: `'\U00031350'`, body: []Stmt{dtExpr(dtStr("\U00031350"))}, want: `Module(body=[Expr(value=Constant(value='𱍐'))], type_ignores=[])`},
	})
}

// TestDump312NamedEscapeSpec checks CPython 3.12's quirk of printing a
// format spec that holds only text with a \N{...} escape as a Constant.
func TestDump312NamedEscapeSpec(t *testing.T) {
	x, y := dtName("x"), dtName("y")
	cases := []struct {
		src  string
		spec []FStringElem
		want string
	}{
		// Spans below are those of the spec text in src.
		{src: `f"{x:\N{DIGIT ONE}}"`, spec: []FStringElem{&FStringText{Loc: Loc{5, 18}, Value: "1"}}, want: `Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=Constant(value='1'))]))], type_ignores=[])`},
		{src: `f"{x:a\N{DIGIT ONE}b}"`, spec: []FStringElem{&FStringText{Loc: Loc{5, 20}, Value: "a1b"}}, want: `Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=Constant(value='a1b'))]))], type_ignores=[])`},
		{src: `f"{x:\\N{y}}"`, spec: []FStringElem{&FStringText{Loc: Loc{5, 8}, Value: `\N`}, dtField(y)}, want: `Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='\\N'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)]))]))], type_ignores=[])`},
		{src: `f"{x:\N{DIGIT ONE}{y}}"`, spec: []FStringElem{&FStringText{Loc: Loc{5, 18}, Value: "1"}, dtField(y)}, want: `Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='1'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)]))]))], type_ignores=[])`},
		{src: `f"{x:\\}"`, spec: []FStringElem{&FStringText{Loc: Loc{5, 7}, Value: `\`}}, want: `Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='\\')]))]))], type_ignores=[])`},
	}
	for _, c := range cases {
		body := []Stmt{dtExpr(dtStrs(&StringPart{Loc: Loc{0, source.Offset(len(c.src))}, Flags: FormatStr,
			Elems: []FStringElem{&FStringField{X: x, HasSpec: true, Spec: c.spec}}}))}
		got := Dump(&File{Src: []byte(c.src), Body: body, Uses312: true})
		if got != c.want {
			t.Errorf("Dump of %q:\n got: %s\nwant: %s", c.src, got, c.want)
		}
	}
}

func TestDumpBad(t *testing.T) {
	f := &File{Body: []Stmt{
		&BadStmt{},
		dtExpr(&BadExpr{}),
		&MatchStmt{Subject: dtName("x"), Cases: []*MatchCase{{Pattern: &BadPattern{}, Body: []Stmt{dtPass()}}}},
		dtExpr(&BinaryExpr{X: dtName("a"), Op: Add}),
		dtExpr(dtInt("0x")),
	}}
	got := Dump(f)
	for _, want := range []string{"BadStmt()", "Expr(value=BadExpr())", "pattern=BadPattern()", "right=Nil()", "BadNumber('0x')"} {
		if !strings.Contains(got, want) {
			t.Errorf("Dump = %s\nwant it to contain %s", got, want)
		}
	}
}

func TestDumpNode(t *testing.T) {
	cases := []struct {
		n    Node
		want string
	}{
		{dtName("x"), "Name(id='x', ctx=Load())"},
		{dtPass(), "Pass()"},
		{&AsPattern{}, "MatchAs()"},
		{&Params{}, "arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[])"},
		{dtParam("a"), "arg(arg='a')"},
		{&Keyword{Value: dtName("k")}, "keyword(value=Name(id='k', ctx=Load()))"},
		{&Alias{Name: "m"}, "alias(name='m')"},
		{&WithItem{X: dtName("a")}, "withitem(context_expr=Name(id='a', ctx=Load()))"},
		{&ExceptHandler{}, "ExceptHandler(body=[])"},
		{&MatchCase{Pattern: &AsPattern{}}, "match_case(pattern=MatchAs(), body=[])"},
		{&TypeParam{Kind: ParamSpec, Name: dtName("P")}, "ParamSpec(name='P')"},
		{&Comprehension{Target: dtStore("x"), Iter: dtName("y")}, "comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)"},
		{dtU("a"), "Constant(value='a', kind='u')"},
		{dtText("t"), "Constant(value='t')"},
		{dtField(dtName("x")), "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)"},
		{&File{}, "Module(body=[], type_ignores=[])"},
	}
	for _, c := range cases {
		if got := DumpNode(c.n); got != c.want {
			t.Errorf("DumpNode(%T) = %s, want %s", c.n, got, c.want)
		}
	}
}

// BenchmarkDump dumps a synthetic module with many statements.
func BenchmarkDump(b *testing.B) {
	var body []Stmt
	for i := 0; i < 2000; i++ {
		body = append(body,
			&AssignStmt{Targets: []Expr{dtStore("x")}, Value: &BinaryExpr{X: dtInt("12345"), Op: Add, Y: dtFloat("1.5")}},
			dtExpr(&CallExpr{Fn: &AttrExpr{X: dtName("obj"), Name: dtName("method")}, Args: []Expr{dtStr("hello world")},
				Keywords: []*Keyword{{Name: dtName("k"), Value: dtStrs(dtF(dtText("a"), dtField(dtName("v")), dtText("b")))}}}),
		)
	}
	f := &File{Body: body}
	b.ReportAllocs()
	for b.Loop() {
		_ = Dump(f)
	}
}
