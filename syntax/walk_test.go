package syntax

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// inspectTrace returns the nodes Inspect visits as "Type" or "Type:name",
// with ")" for each f(nil).
func inspectTrace(n Node, prune func(Node) bool) string {
	var out []string
	Inspect(n, func(n Node) bool {
		if n == nil {
			out = append(out, ")")
			return true
		}
		s := fmt.Sprintf("%T", n)[len("*syntax."):]
		if id, ok := n.(*Ident); ok {
			s += ":" + id.Name
		}
		out = append(out, s)
		return prune == nil || !prune(n)
	})
	return strings.Join(out, " ")
}

func TestInspectOrder(t *testing.T) {
	// @d
	// def f[T](a: int = 1, *r, k, **kw) -> g(x, k=1, *y):
	//     return f"{v:{w}}"
	fn := &FuncDef{
		Decorators: []Expr{dtName("d")},
		Name:       dtName("f"),
		TypeParams: []*TypeParam{{Name: dtName("T")}},
		Params: &Params{
			Args:   []*Param{{Name: dtName("a"), Annotation: dtName("int"), Default: dtInt("1")}},
			Vararg: dtParam("r"),
			KwOnly: []*Param{dtParam("k")},
			Kwarg:  dtParam("kw"),
		},
		Returns: &CallExpr{
			Fn:       dtName("g"),
			Args:     []Expr{&Ident{Loc: Loc{10, 11}, Name: "x"}, &StarredExpr{Loc: Loc{18, 20}, X: dtName("y")}},
			Keywords: []*Keyword{{Loc: Loc{13, 16}, Name: dtName("k"), Value: dtInt("1")}},
		},
		Body: []Stmt{&ReturnStmt{Value: dtStrs(dtF(dtSpec(dtName("v"), dtField(dtName("w")))))}},
	}
	got := inspectTrace(&File{Body: []Stmt{fn}}, nil)
	want := "File FuncDef Ident:d ) Ident:f ) TypeParam Ident:T ) ) " +
		"Params Param Ident:a ) Ident:int ) NumberLit ) ) Param Ident:r ) ) Param Ident:k ) ) Param Ident:kw ) ) ) " +
		"CallExpr Ident:g ) Ident:x ) Keyword Ident:k ) NumberLit ) ) StarredExpr Ident:y ) ) ) " +
		"ReturnStmt StringExpr StringPart FStringField Ident:v ) FStringField Ident:w ) ) ) ) ) ) ) )"
	if got != want {
		t.Errorf("trace:\n got: %s\nwant: %s", got, want)
	}
}

func TestInspectPrune(t *testing.T) {
	f := &File{Body: []Stmt{
		dtExpr(&BinaryExpr{X: dtName("a"), Op: Add, Y: &CallExpr{Fn: dtName("g"), Args: []Expr{dtName("b")}}}),
	}}
	got := inspectTrace(f, func(n Node) bool { _, ok := n.(*CallExpr); return ok })
	want := "File ExprStmt BinaryExpr Ident:a ) CallExpr ) ) )"
	if got != want {
		t.Errorf("trace:\n got: %s\nwant: %s", got, want)
	}
}

func TestInspectAllNodes(t *testing.T) {
	// One of everything; checks that every child is reached once and that
	// the calls to f(nil) balance.
	x := func() Expr { return dtName("x") }
	body := []Stmt{
		&ImportStmt{Names: []*Alias{{Name: "a", AsName: dtName("b")}}},
		&ImportFromStmt{Module: "m", Names: []*Alias{{Name: "c"}}},
		&ClassDef{Name: dtName("C"), Bases: []Expr{x()}, Keywords: []*Keyword{{Value: x()}}, Body: []Stmt{&PassStmt{}}},
		&TypeAliasStmt{Name: dtName("X"), TypeParams: []*TypeParam{{Kind: ParamSpec, Name: dtName("P")}}, Value: x()},
		&AssignStmt{Targets: []Expr{&TupleExpr{Elts: []Expr{x(), &StarredExpr{X: x()}}}}, Value: &ListExpr{Elts: []Expr{x()}}},
		&AugAssignStmt{Target: x(), Value: x()},
		&AnnAssignStmt{Target: x(), Annotation: x(), Value: x()},
		&DelStmt{Targets: []Expr{x()}},
		&RaiseStmt{Exc: x(), Cause: x()},
		&AssertStmt{Test: x(), Msg: x()},
		&GlobalStmt{Names: []*Ident{dtName("g")}},
		&NonlocalStmt{Names: []*Ident{dtName("n")}},
		&IfStmt{Test: x(), Body: []Stmt{&BreakStmt{}}, Else: []Stmt{&ContinueStmt{}}},
		&WhileStmt{Test: x(), Body: []Stmt{&BadStmt{}}},
		&ForStmt{Target: x(), Iter: x(), Body: []Stmt{&PassStmt{}}},
		&WithStmt{Items: []*WithItem{{X: x(), Target: x()}}, Body: []Stmt{&PassStmt{}}},
		&TryStmt{Body: []Stmt{&PassStmt{}}, Handlers: []*ExceptHandler{{Type: x(), Name: dtName("e"), Body: []Stmt{&PassStmt{}}}}},
		&MatchStmt{Subject: x(), Cases: []*MatchCase{{
			Pattern: &OrPattern{Patterns: []Pattern{
				&ValuePattern{Value: x()},
				&SingletonPattern{},
				&SequencePattern{Patterns: []Pattern{&StarPattern{Name: dtName("s")}}},
				&MappingPattern{Keys: []Expr{x()}, Patterns: []Pattern{&AsPattern{Name: dtName("v")}}, Rest: dtName("r")},
				&ClassPattern{Cls: x(), Patterns: []Pattern{&BadPattern{}}, KwdAttrs: []*Ident{dtName("k")}, KwdPatterns: []Pattern{&AsPattern{}}},
			}},
			Guard: x(),
			Body:  []Stmt{&PassStmt{}},
		}}},
		dtExpr(&BoolExpr{Values: []Expr{
			&NamedExpr{Target: dtName("n"), Value: x()},
			&UnaryExpr{X: x()},
			&LambdaExpr{Params: &Params{}, Body: x()},
			&CondExpr{Test: x(), Body: x(), Else: x()},
			&DictExpr{Items: []DictItem{{Key: x(), Value: x()}, {Value: x()}}},
			&SetExpr{Elts: []Expr{x()}},
			&CompExpr{Kind: DictComp, Elt: x(), Value: x(), For: []*Comprehension{{Target: x(), Iter: x(), Ifs: []Expr{x()}}}},
			&AwaitExpr{X: x()},
			&YieldExpr{},
			&CompareExpr{X: x(), Ops: []CmpOp{Lt}, Ys: []Expr{x()}},
			&AttrExpr{X: x(), Name: dtName("attr")},
			&SubscriptExpr{X: x(), Index: &SliceExpr{Lo: x(), Step: x()}},
			&ConstLit{}, &BadExpr{}, dtStrs(dtF(dtText("t"))),
		}}),
	}
	depth, visits, maxDepth := 0, 0, 0
	idents := 0
	Inspect(&File{Body: body}, func(n Node) bool {
		if n == nil {
			depth--
			if depth < 0 {
				t.Fatalf("unbalanced f(nil)")
			}
			return true
		}
		if _, ok := n.(*Ident); ok {
			idents++
		}
		visits++
		depth++
		maxDepth = max(maxDepth, depth)
		return true
	})
	if depth != 0 {
		t.Errorf("depth at end = %d", depth)
	}
	// Every identifier built above: each x() and dtName call.
	const wantIdents = 63
	if idents != wantIdents {
		t.Errorf("visited %d identifiers, want %d", idents, wantIdents)
	}
	if want := countNodes(reflect.ValueOf(&File{Body: body})); visits != want {
		t.Errorf("visited %d nodes, want %d", visits, want)
	}
	if maxDepth < 5 {
		t.Errorf("maxDepth = %d", maxDepth)
	}
}

// countNodes counts the nodes reachable from v through struct fields,
// slices and interfaces, as a reference for Inspect; File.Comments is
// skipped, as Inspect does not visit comments.
func countNodes(v reflect.Value) int {
	nodeType := reflect.TypeFor[Node]()
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return 0
		}
		return countNodes(v.Elem())
	case reflect.Pointer:
		if v.IsNil() {
			return 0
		}
		n := countNodes(v.Elem())
		if v.Type().Implements(nodeType) {
			n++
		}
		return n
	case reflect.Slice:
		n := 0
		for i := 0; i < v.Len(); i++ {
			n += countNodes(v.Index(i))
		}
		return n
	case reflect.Struct:
		n := 0
		for i := 0; i < v.NumField(); i++ {
			if v.Type() == reflect.TypeFor[File]() && v.Type().Field(i).Name == "Comments" {
				continue
			}
			n += countNodes(v.Field(i))
		}
		return n
	}
	return 0
}

func TestInspectNil(t *testing.T) {
	Inspect(nil, func(Node) bool { t.Fatal("f called for nil"); return true })
}

func TestBlankLines(t *testing.T) {
	src := "x = 1\n\n   \ndef f():\n\n    # c\n\n    return (1,\n\n 2)\n\t\n"
	f, errs := Parse("b.py", []byte(src), 0)
	if errs != nil {
		t.Fatal(errs)
	}
	var got []int
	for _, off := range f.BlankLines {
		got = append(got, int(off))
	}
	// Lines 2, 3, 5, 7 and 11 are blank; line 6 is a comment, line 9 is
	// inside brackets.
	want := []int{6, 7, 20, 29, len(src) - 2}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("BlankLines = %v, want %v", got, want)
	}
}
