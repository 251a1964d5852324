package syntax

import (
	"strconv"

	"github.com/monty-tools/monty-tools/source"
)

// Dump returns the text that CPython's ast.dump(ast.parse(src)) prints for
// the module f: field names shown, no attributes, no indentation. The output
// is CPython 3.11's, unless f.Uses312 is set, in which case it is CPython
// 3.12's (type_params fields, TypeAlias and the 3.12 rules for
// concatenating f-strings). Nodes that could not be parsed print as
// BadExpr(), BadStmt() or BadPattern(), and a missing required node as
// Nil(), none of which CPython ever prints.
//
// f.Src, when present, is consulted for details the tree does not record:
// whether a u prefix is lowercase (U does not set kind='u') and, for 3.12,
// whether an f-string format spec contains a \N{...} escape.
func Dump(f *File) string {
	if f == nil {
		return ""
	}
	d := dumper{src: f.Src, py312: f.Uses312}
	// Dumps run about three times the size of the source.
	d.buf = make([]byte, 0, 4*len(f.Src)+64)
	d.module(f)
	return string(d.buf)
}

// DumpNode returns the ast.dump text of a single node in the style of
// CPython 3.11, or of CPython 3.12 for a *File with Uses312 set. Without
// the file's source, a u or U string prefix is taken to be a lowercase u. A
// *StringPart dumps as if it were a StringExpr of its own, an *FStringText
// as a Constant and an *FStringField as a FormattedValue; a *Comment dumps
// as Comment(text=...).
func DumpNode(n Node) string {
	if f, ok := n.(*File); ok {
		return Dump(f)
	}
	d := dumper{}
	switch n := n.(type) {
	case Expr:
		d.expr(n)
	case Stmt:
		d.stmt(n)
	case Pattern:
		d.pattern(n)
	case *Params:
		d.arguments(n)
	case *Param:
		d.arg(n)
	case *Keyword:
		d.keyword(n)
	case *Comprehension:
		d.comprehension(n)
	case *WithItem:
		d.withItem(n)
	case *ExceptHandler:
		d.handler(n)
	case *MatchCase:
		d.matchCase(n)
	case *Alias:
		d.alias(n)
	case *TypeParam:
		d.typeParam(n)
	case *StringPart:
		d.stringExpr(&StringExpr{Loc: n.Loc, Parts: []*StringPart{n},
			Bytes: n.Flags&BytesStr != 0, FString: n.Flags&FormatStr != 0})
	case *FStringText:
		d.raw("Constant(value=")
		d.str(n.Value)
		d.raw(")")
	case *FStringField:
		d.formattedValue(n, false)
	case *Comment:
		d.raw("Comment(text=")
		d.str(n.Text)
		d.raw(")")
	default:
		d.raw("Nil()")
	}
	return string(d.buf)
}

// dumper accumulates the dump of one tree in buf.
type dumper struct {
	buf   []byte
	src   []byte
	py312 bool
	// lit collects the literal text of the current run of adjacent
	// f-string constants. It is always empty when the dumper recurses into
	// an expression, so nested f-strings can share it.
	lit []byte
}

func (d *dumper) raw(s string) { d.buf = append(d.buf, s...) }

// str writes repr(s) for a Python str.
func (d *dumper) str(s string) { d.buf = appendStrRepr(d.buf, s, !d.py312) }

func (d *dumper) bool01(b bool) {
	if b {
		d.buf = append(d.buf, '1')
	} else {
		d.buf = append(d.buf, '0')
	}
}

func (d *dumper) module(f *File) {
	d.raw("Module(body=")
	d.stmts(f.Body)
	d.raw(", type_ignores=[])")
}

func (d *dumper) stmts(list []Stmt) {
	d.buf = append(d.buf, '[')
	for i, s := range list {
		if i > 0 {
			d.raw(", ")
		}
		d.stmt(s)
	}
	d.buf = append(d.buf, ']')
}

func (d *dumper) exprs(list []Expr) {
	d.buf = append(d.buf, '[')
	for i, e := range list {
		if i > 0 {
			d.raw(", ")
		}
		d.expr(e)
	}
	d.buf = append(d.buf, ']')
}

func (d *dumper) patterns(list []Pattern) {
	d.buf = append(d.buf, '[')
	for i, p := range list {
		if i > 0 {
			d.raw(", ")
		}
		d.pattern(p)
	}
	d.buf = append(d.buf, ']')
}

// names writes a list of identifiers as a list of strings.
func (d *dumper) names(list []*Ident) {
	d.buf = append(d.buf, '[')
	for i, id := range list {
		if i > 0 {
			d.raw(", ")
		}
		d.ident(id)
	}
	d.buf = append(d.buf, ']')
}

// ident writes the name of id as a string.
func (d *dumper) ident(id *Ident) {
	if id == nil {
		d.raw("Nil()")
		return
	}
	d.str(id.Name)
}

// opt writes ", name=value" (or "name=value" when first is true) if e is
// not nil, and reports whether anything has been written so far.
func (d *dumper) opt(written bool, name string, e Expr) bool {
	if e == nil {
		return written
	}
	if written {
		d.raw(", ")
	}
	d.raw(name)
	d.expr(e)
	return true
}

// optIdent is opt for an identifier field.
func (d *dumper) optIdent(written bool, name string, id *Ident) bool {
	if id == nil {
		return written
	}
	if written {
		d.raw(", ")
	}
	d.raw(name)
	d.str(id.Name)
	return true
}

func (d *dumper) ctx(c Ctx) {
	switch c {
	case Store:
		d.raw("Store()")
	case Del:
		d.raw("Del()")
	default:
		d.raw("Load()")
	}
}

var binOpNames = [...]string{
	Add: "Add()", Sub: "Sub()", Mult: "Mult()", MatMult: "MatMult()", Div: "Div()",
	Mod: "Mod()", Pow: "Pow()", LShift: "LShift()", RShift: "RShift()", BitOr: "BitOr()",
	BitXor: "BitXor()", BitAnd: "BitAnd()", FloorDiv: "FloorDiv()",
}

var unaryOpNames = [...]string{Invert: "Invert()", Not: "Not()", UAdd: "UAdd()", USub: "USub()"}

var cmpOpNames = [...]string{
	Eq: "Eq()", NotEq: "NotEq()", Lt: "Lt()", LtE: "LtE()", Gt: "Gt()", GtE: "GtE()",
	Is: "Is()", IsNot: "IsNot()", In: "In()", NotIn: "NotIn()",
}

func (d *dumper) binOp(op BinOp) {
	if int(op) < len(binOpNames) {
		d.raw(binOpNames[op])
	} else {
		d.raw("BadOp()")
	}
}

// ---- Statements ----

func (d *dumper) stmt(s Stmt) {
	switch s := s.(type) {
	case *ExprStmt:
		d.raw("Expr(value=")
		d.expr(s.X)
		d.raw(")")
	case *AssignStmt:
		d.raw("Assign(targets=")
		d.exprs(s.Targets)
		d.raw(", value=")
		d.expr(s.Value)
		d.raw(")")
	case *AugAssignStmt:
		d.raw("AugAssign(target=")
		d.expr(s.Target)
		d.raw(", op=")
		d.binOp(s.Op)
		d.raw(", value=")
		d.expr(s.Value)
		d.raw(")")
	case *AnnAssignStmt:
		d.raw("AnnAssign(target=")
		d.expr(s.Target)
		d.raw(", annotation=")
		d.expr(s.Annotation)
		d.opt(true, "value=", s.Value)
		d.raw(", simple=")
		d.bool01(s.Simple)
		d.raw(")")
	case *TypeAliasStmt:
		d.raw("TypeAlias(name=Name(id=")
		d.ident(s.Name)
		d.raw(", ctx=Store()), type_params=")
		d.typeParams(s.TypeParams)
		d.raw(", value=")
		d.expr(s.Value)
		d.raw(")")
	case *PassStmt:
		d.raw("Pass()")
	case *BreakStmt:
		d.raw("Break()")
	case *ContinueStmt:
		d.raw("Continue()")
	case *ReturnStmt:
		d.raw("Return(")
		d.opt(false, "value=", s.Value)
		d.raw(")")
	case *DelStmt:
		d.raw("Delete(targets=")
		d.exprs(s.Targets)
		d.raw(")")
	case *RaiseStmt:
		d.raw("Raise(")
		w := d.opt(false, "exc=", s.Exc)
		d.opt(w, "cause=", s.Cause)
		d.raw(")")
	case *AssertStmt:
		d.raw("Assert(test=")
		d.expr(s.Test)
		d.opt(true, "msg=", s.Msg)
		d.raw(")")
	case *GlobalStmt:
		d.raw("Global(names=")
		d.names(s.Names)
		d.raw(")")
	case *NonlocalStmt:
		d.raw("Nonlocal(names=")
		d.names(s.Names)
		d.raw(")")
	case *ImportStmt:
		d.raw("Import(names=")
		d.aliases(s.Names)
		d.raw(")")
	case *ImportFromStmt:
		d.raw("ImportFrom(")
		if s.Module != "" {
			d.raw("module=")
			d.str(s.Module)
			d.raw(", ")
		}
		d.raw("names=")
		d.aliases(s.Names)
		d.raw(", level=")
		d.buf = strconv.AppendInt(d.buf, int64(s.Level), 10)
		d.raw(")")
	case *IfStmt:
		d.raw("If(test=")
		d.expr(s.Test)
		d.raw(", body=")
		d.stmts(s.Body)
		d.raw(", orelse=")
		d.stmts(s.Else)
		d.raw(")")
	case *WhileStmt:
		d.raw("While(test=")
		d.expr(s.Test)
		d.raw(", body=")
		d.stmts(s.Body)
		d.raw(", orelse=")
		d.stmts(s.Else)
		d.raw(")")
	case *ForStmt:
		if s.Async {
			d.raw("AsyncFor(target=")
		} else {
			d.raw("For(target=")
		}
		d.expr(s.Target)
		d.raw(", iter=")
		d.expr(s.Iter)
		d.raw(", body=")
		d.stmts(s.Body)
		d.raw(", orelse=")
		d.stmts(s.Else)
		d.raw(")")
	case *WithStmt:
		if s.Async {
			d.raw("AsyncWith(items=[")
		} else {
			d.raw("With(items=[")
		}
		for i, it := range s.Items {
			if i > 0 {
				d.raw(", ")
			}
			d.withItem(it)
		}
		d.raw("], body=")
		d.stmts(s.Body)
		d.raw(")")
	case *TryStmt:
		if s.Star {
			d.raw("TryStar(body=")
		} else {
			d.raw("Try(body=")
		}
		d.stmts(s.Body)
		d.raw(", handlers=[")
		for i, h := range s.Handlers {
			if i > 0 {
				d.raw(", ")
			}
			d.handler(h)
		}
		d.raw("], orelse=")
		d.stmts(s.Else)
		d.raw(", finalbody=")
		d.stmts(s.Finally)
		d.raw(")")
	case *FuncDef:
		if s.Async {
			d.raw("AsyncFunctionDef(name=")
		} else {
			d.raw("FunctionDef(name=")
		}
		d.ident(s.Name)
		d.raw(", args=")
		d.arguments(s.Params)
		d.raw(", body=")
		d.stmts(s.Body)
		d.raw(", decorator_list=")
		d.exprs(s.Decorators)
		d.opt(true, "returns=", s.Returns)
		if d.py312 {
			d.raw(", type_params=")
			d.typeParams(s.TypeParams)
		}
		d.raw(")")
	case *ClassDef:
		d.raw("ClassDef(name=")
		d.ident(s.Name)
		d.raw(", bases=")
		d.exprs(s.Bases)
		d.raw(", keywords=")
		d.keywords(s.Keywords)
		d.raw(", body=")
		d.stmts(s.Body)
		d.raw(", decorator_list=")
		d.exprs(s.Decorators)
		if d.py312 {
			d.raw(", type_params=")
			d.typeParams(s.TypeParams)
		}
		d.raw(")")
	case *MatchStmt:
		d.raw("Match(subject=")
		d.expr(s.Subject)
		d.raw(", cases=[")
		for i, c := range s.Cases {
			if i > 0 {
				d.raw(", ")
			}
			d.matchCase(c)
		}
		d.raw("])")
	case *BadStmt:
		d.raw("BadStmt()")
	case nil:
		d.raw("Nil()")
	default:
		d.raw("BadStmt()")
	}
}

func (d *dumper) aliases(list []*Alias) {
	d.buf = append(d.buf, '[')
	for i, a := range list {
		if i > 0 {
			d.raw(", ")
		}
		d.alias(a)
	}
	d.buf = append(d.buf, ']')
}

func (d *dumper) alias(a *Alias) {
	if a == nil {
		d.raw("Nil()")
		return
	}
	d.raw("alias(name=")
	d.str(a.Name)
	d.optIdent(true, "asname=", a.AsName)
	d.raw(")")
}

func (d *dumper) withItem(it *WithItem) {
	if it == nil {
		d.raw("Nil()")
		return
	}
	d.raw("withitem(context_expr=")
	d.expr(it.X)
	d.opt(true, "optional_vars=", it.Target)
	d.raw(")")
}

func (d *dumper) handler(h *ExceptHandler) {
	if h == nil {
		d.raw("Nil()")
		return
	}
	d.raw("ExceptHandler(")
	w := d.opt(false, "type=", h.Type)
	w = d.optIdent(w, "name=", h.Name)
	if w {
		d.raw(", ")
	}
	d.raw("body=")
	d.stmts(h.Body)
	d.raw(")")
}

func (d *dumper) matchCase(c *MatchCase) {
	if c == nil {
		d.raw("Nil()")
		return
	}
	d.raw("match_case(pattern=")
	d.pattern(c.Pattern)
	d.opt(true, "guard=", c.Guard)
	d.raw(", body=")
	d.stmts(c.Body)
	d.raw(")")
}

func (d *dumper) typeParams(list []*TypeParam) {
	d.buf = append(d.buf, '[')
	for i, tp := range list {
		if i > 0 {
			d.raw(", ")
		}
		d.typeParam(tp)
	}
	d.buf = append(d.buf, ']')
}

func (d *dumper) typeParam(tp *TypeParam) {
	if tp == nil {
		d.raw("Nil()")
		return
	}
	switch tp.Kind {
	case ParamSpec:
		d.raw("ParamSpec(name=")
	case TypeVarTuple:
		d.raw("TypeVarTuple(name=")
	default:
		d.raw("TypeVar(name=")
	}
	d.ident(tp.Name)
	d.opt(true, "bound=", tp.Bound)
	d.raw(")")
}

// arguments writes p as CPython's arguments node. CPython keeps defaults
// apart from the parameters: defaults lists those of the trailing
// positional parameters, and kw_defaults has one entry per keyword-only
// parameter, None where it has no default.
func (d *dumper) arguments(p *Params) {
	if p == nil {
		d.raw("arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[])")
		return
	}
	d.raw("arguments(posonlyargs=")
	d.args(p.PosOnly)
	d.raw(", args=")
	d.args(p.Args)
	if p.Vararg != nil {
		d.raw(", vararg=")
		d.arg(p.Vararg)
	}
	d.raw(", kwonlyargs=")
	d.args(p.KwOnly)
	d.raw(", kw_defaults=[")
	for i, a := range p.KwOnly {
		if i > 0 {
			d.raw(", ")
		}
		if a == nil || a.Default == nil {
			d.raw("None")
		} else {
			d.expr(a.Default)
		}
	}
	d.raw("]")
	if p.Kwarg != nil {
		d.raw(", kwarg=")
		d.arg(p.Kwarg)
	}
	d.raw(", defaults=[")
	n := 0
	for _, list := range [2][]*Param{p.PosOnly, p.Args} {
		for _, a := range list {
			if a == nil || a.Default == nil {
				continue
			}
			if n > 0 {
				d.raw(", ")
			}
			d.expr(a.Default)
			n++
		}
	}
	d.raw("])")
}

func (d *dumper) args(list []*Param) {
	d.buf = append(d.buf, '[')
	for i, a := range list {
		if i > 0 {
			d.raw(", ")
		}
		d.arg(a)
	}
	d.buf = append(d.buf, ']')
}

func (d *dumper) arg(a *Param) {
	if a == nil {
		d.raw("Nil()")
		return
	}
	d.raw("arg(arg=")
	d.ident(a.Name)
	d.opt(true, "annotation=", a.Annotation)
	d.raw(")")
}

func (d *dumper) keywords(list []*Keyword) {
	d.buf = append(d.buf, '[')
	for i, k := range list {
		if i > 0 {
			d.raw(", ")
		}
		d.keyword(k)
	}
	d.buf = append(d.buf, ']')
}

func (d *dumper) keyword(k *Keyword) {
	if k == nil {
		d.raw("Nil()")
		return
	}
	d.raw("keyword(")
	if d.optIdent(false, "arg=", k.Name) {
		d.raw(", ")
	}
	d.raw("value=")
	d.expr(k.Value)
	d.raw(")")
}

func (d *dumper) comprehension(c *Comprehension) {
	if c == nil {
		d.raw("Nil()")
		return
	}
	d.raw("comprehension(target=")
	d.expr(c.Target)
	d.raw(", iter=")
	d.expr(c.Iter)
	d.raw(", ifs=")
	d.exprs(c.Ifs)
	d.raw(", is_async=")
	d.bool01(c.Async)
	d.raw(")")
}

// ---- Expressions ----

func (d *dumper) expr(e Expr) {
	switch e := e.(type) {
	case *Ident:
		d.raw("Name(id=")
		d.str(e.Name)
		d.raw(", ctx=")
		d.ctx(e.Ctx)
		d.raw(")")
	case *NumberLit:
		d.number(e)
	case *ConstLit:
		d.raw("Constant(value=")
		d.constKind(e.Kind)
		d.raw(")")
	case *StringExpr:
		d.stringExpr(e)
	case *BoolExpr:
		if e.Op == Or {
			d.raw("BoolOp(op=Or(), values=")
		} else {
			d.raw("BoolOp(op=And(), values=")
		}
		d.exprs(e.Values)
		d.raw(")")
	case *NamedExpr:
		d.raw("NamedExpr(target=")
		if e.Target == nil {
			d.raw("Nil()")
		} else {
			// The target of := is always stored to.
			d.raw("Name(id=")
			d.str(e.Target.Name)
			d.raw(", ctx=Store())")
		}
		d.raw(", value=")
		d.expr(e.Value)
		d.raw(")")
	case *BinaryExpr:
		d.raw("BinOp(left=")
		d.expr(e.X)
		d.raw(", op=")
		d.binOp(e.Op)
		d.raw(", right=")
		d.expr(e.Y)
		d.raw(")")
	case *UnaryExpr:
		d.raw("UnaryOp(op=")
		if int(e.Op) < len(unaryOpNames) {
			d.raw(unaryOpNames[e.Op])
		} else {
			d.raw("BadOp()")
		}
		d.raw(", operand=")
		d.expr(e.X)
		d.raw(")")
	case *LambdaExpr:
		d.raw("Lambda(args=")
		d.arguments(e.Params)
		d.raw(", body=")
		d.expr(e.Body)
		d.raw(")")
	case *CondExpr:
		d.raw("IfExp(test=")
		d.expr(e.Test)
		d.raw(", body=")
		d.expr(e.Body)
		d.raw(", orelse=")
		d.expr(e.Else)
		d.raw(")")
	case *DictExpr:
		d.raw("Dict(keys=[")
		for i, it := range e.Items {
			if i > 0 {
				d.raw(", ")
			}
			if it.Key == nil {
				d.raw("None")
			} else {
				d.expr(it.Key)
			}
		}
		d.raw("], values=[")
		for i, it := range e.Items {
			if i > 0 {
				d.raw(", ")
			}
			d.expr(it.Value)
		}
		d.raw("])")
	case *SetExpr:
		d.raw("Set(elts=")
		d.exprs(e.Elts)
		d.raw(")")
	case *ListExpr:
		d.raw("List(elts=")
		d.exprs(e.Elts)
		d.raw(", ctx=")
		d.ctx(e.Ctx)
		d.raw(")")
	case *TupleExpr:
		d.raw("Tuple(elts=")
		d.exprs(e.Elts)
		d.raw(", ctx=")
		d.ctx(e.Ctx)
		d.raw(")")
	case *CompExpr:
		switch e.Kind {
		case SetComp:
			d.raw("SetComp(elt=")
		case DictComp:
			d.raw("DictComp(key=")
		case GeneratorExp:
			d.raw("GeneratorExp(elt=")
		default:
			d.raw("ListComp(elt=")
		}
		d.expr(e.Elt)
		if e.Kind == DictComp {
			d.raw(", value=")
			d.expr(e.Value)
		}
		d.raw(", generators=[")
		for i, c := range e.For {
			if i > 0 {
				d.raw(", ")
			}
			d.comprehension(c)
		}
		d.raw("])")
	case *AwaitExpr:
		d.raw("Await(value=")
		d.expr(e.X)
		d.raw(")")
	case *YieldExpr:
		if e.From {
			d.raw("YieldFrom(value=")
			d.expr(e.X)
		} else {
			d.raw("Yield(")
			d.opt(false, "value=", e.X)
		}
		d.raw(")")
	case *CompareExpr:
		d.raw("Compare(left=")
		d.expr(e.X)
		d.raw(", ops=[")
		for i, op := range e.Ops {
			if i > 0 {
				d.raw(", ")
			}
			if int(op) < len(cmpOpNames) {
				d.raw(cmpOpNames[op])
			} else {
				d.raw("BadOp()")
			}
		}
		d.raw("], comparators=")
		d.exprs(e.Ys)
		d.raw(")")
	case *CallExpr:
		d.raw("Call(func=")
		d.expr(e.Fn)
		d.raw(", args=")
		d.exprs(e.Args)
		d.raw(", keywords=")
		d.keywords(e.Keywords)
		d.raw(")")
	case *AttrExpr:
		d.raw("Attribute(value=")
		d.expr(e.X)
		d.raw(", attr=")
		d.ident(e.Name)
		d.raw(", ctx=")
		d.ctx(e.Ctx)
		d.raw(")")
	case *SubscriptExpr:
		d.raw("Subscript(value=")
		d.expr(e.X)
		d.raw(", slice=")
		d.expr(e.Index)
		d.raw(", ctx=")
		d.ctx(e.Ctx)
		d.raw(")")
	case *SliceExpr:
		d.raw("Slice(")
		w := d.opt(false, "lower=", e.Lo)
		w = d.opt(w, "upper=", e.Hi)
		d.opt(w, "step=", e.Step)
		d.raw(")")
	case *StarredExpr:
		d.raw("Starred(value=")
		d.expr(e.X)
		d.raw(", ctx=")
		d.ctx(e.Ctx)
		d.raw(")")
	case *BadExpr:
		d.raw("BadExpr()")
	case nil:
		d.raw("Nil()")
	default:
		d.raw("BadExpr()")
	}
}

func (d *dumper) constKind(k ConstKind) {
	switch k {
	case TrueConst:
		d.raw("True")
	case FalseConst:
		d.raw("False")
	case EllipsisConst:
		d.raw("Ellipsis")
	default:
		d.raw("None")
	}
}

func (d *dumper) number(n *NumberLit) {
	d.raw("Constant(value=")
	ok := false
	switch n.Kind {
	case IntLit:
		d.buf, ok = appendIntRepr(d.buf, n.Raw)
	case FloatLit:
		var f float64
		if f, ok = parseFloatLit(n.Raw); ok {
			d.buf = AppendFloatRepr(d.buf, f)
		}
	case ImagLit:
		var f float64
		if f, ok = n.Imag(); ok {
			d.buf = AppendImagRepr(d.buf, f)
		}
	}
	if !ok {
		d.raw("BadNumber(")
		d.str(n.Raw)
		d.raw(")")
	}
	d.raw(")")
}

// ---- Strings ----

// lowerU reports whether p has a lowercase u prefix, the only one for which
// CPython sets a constant's kind to 'u'. The flags do not tell u from U, so
// the source is consulted when available.
func (d *dumper) lowerU(p *StringPart) bool {
	if p == nil || p.Flags&UnicodeStr == 0 {
		return false
	}
	if i := int(p.Start); i >= 0 && i < len(d.src) {
		return d.src[i] != 'U'
	}
	return true
}

func (d *dumper) stringExpr(e *StringExpr) {
	fstring := e.FString
	for _, p := range e.Parts {
		if p != nil && p.Flags&FormatStr != 0 {
			fstring = true
		}
	}
	if fstring {
		d.joinedStr(e)
		return
	}
	d.raw("Constant(value=")
	var v string
	if len(e.Parts) == 1 && e.Parts[0] != nil {
		v = e.Parts[0].Value
	} else {
		d.lit = d.lit[:0]
		for _, p := range e.Parts {
			if p != nil {
				d.lit = append(d.lit, p.Value...)
			}
		}
		v = string(d.lit)
		d.lit = d.lit[:0]
	}
	if e.Bytes {
		d.buf = AppendBytesRepr(d.buf, v)
		d.raw(")")
		return
	}
	d.str(v)
	if len(e.Parts) > 0 && d.lowerU(e.Parts[0]) {
		d.raw(", kind='u'")
	}
	d.raw(")")
}

// joiner builds the values list of a JoinedStr: literal texts are
// collected in dumper.lit and written as one Constant when a
// FormattedValue or the end of the list follows; empty runs are dropped.
type joiner struct {
	d *dumper
	n int // values written so far
	// started is set once the current run of literal texts has begun,
	// even if only with empty text.
	started bool
	// kindU is set when the Constant written for the current run gets
	// kind='u'.
	kindU bool
}

// text adds literal text to the current run; u tells whether the text
// comes from a string with a lowercase u prefix, which under CPython 3.12
// rules gives the run kind 'u' when it starts the run.
func (j *joiner) text(s string, u bool) {
	if !j.started {
		j.started = true
		if j.d.py312 {
			j.kindU = u
		}
	}
	j.d.lit = append(j.d.lit, s...)
}

// flush writes the pending run of literal text, if not empty.
func (j *joiner) flush() {
	d := j.d
	if len(d.lit) > 0 {
		j.sep()
		d.raw("Constant(value=")
		d.buf = appendStrRepr(d.buf, string(d.lit), !d.py312)
		if j.kindU {
			d.raw(", kind='u'")
		}
		d.raw(")")
	}
	d.lit = d.lit[:0]
	j.started = false
	if d.py312 {
		j.kindU = false
	}
}

func (j *joiner) sep() {
	if j.n > 0 {
		j.d.raw(", ")
	}
	j.n++
}

// field adds a replacement field, preceded by its debug text.
func (j *joiner) field(f *FStringField, raw bool) {
	if f.Debug != "" {
		j.text(f.Debug, false)
	}
	j.flush()
	j.sep()
	j.d.formattedValue(f, raw)
}

// elems adds the pieces of an f-string or format spec; empty texts are
// skipped, as CPython drops them before concatenating.
func (j *joiner) elems(list []FStringElem, raw bool) {
	for _, el := range list {
		switch el := el.(type) {
		case *FStringText:
			if el.Value != "" {
				j.text(el.Value, false)
			}
		case *FStringField:
			j.field(el, raw)
		}
	}
}

// joinedStr writes a string expression with f-string parts as CPython's
// JoinedStr: the pieces of all parts in order, adjacent literal text merged
// into one Constant, empty text dropped. Under CPython 3.11 every top-level
// Constant gets kind 'u' when the first part has a lowercase u prefix; under
// 3.12 a Constant gets it when the first literal of its run (empty or not)
// is a plain string with that prefix.
func (d *dumper) joinedStr(e *StringExpr) {
	d.raw("JoinedStr(values=[")
	j := joiner{d: d}
	if !d.py312 && len(e.Parts) > 0 {
		j.kindU = d.lowerU(e.Parts[0])
	}
	for _, p := range e.Parts {
		if p == nil {
			continue
		}
		if p.Flags&FormatStr == 0 {
			j.text(p.Value, d.lowerU(p))
			continue
		}
		j.elems(p.Elems, p.Flags&RawStr != 0)
	}
	j.flush()
	d.raw("])")
}

// formattedValue writes a replacement field as CPython's FormattedValue.
// raw tells whether the enclosing f-string has an r prefix.
func (d *dumper) formattedValue(f *FStringField, raw bool) {
	d.raw("FormattedValue(value=")
	d.expr(f.X)
	d.raw(", conversion=")
	switch {
	case f.Conversion != 0:
		d.buf = strconv.AppendInt(d.buf, int64(f.Conversion), 10)
	case f.Debug != "" && !f.HasSpec:
		// '{x=}' without a spec implies !r.
		d.raw("114")
	default:
		d.raw("-1")
	}
	if f.HasSpec {
		d.raw(", format_spec=")
		if d.py312 && d.specIsConstant(f.Spec, raw) {
			// CPython 3.12 folds a spec made only of text that the
			// tokenizer split (at \N{...} escapes) into a bare Constant.
			d.lit = d.lit[:0]
			for _, el := range f.Spec {
				d.lit = append(d.lit, el.(*FStringText).Value...)
			}
			d.raw("Constant(value=")
			d.buf = appendStrRepr(d.buf, string(d.lit), !d.py312)
			d.raw(")")
			d.lit = d.lit[:0]
		} else {
			d.raw("JoinedStr(values=[")
			j := joiner{d: d}
			j.elems(f.Spec, raw)
			j.flush()
			d.raw("])")
		}
	}
	d.raw(")")
}

// specIsConstant reports whether CPython 3.12 prints the format spec spec
// as a Constant rather than a JoinedStr: when it holds only literal text
// and, in a non-raw f-string, a \N{...} escape.
func (d *dumper) specIsConstant(spec []FStringElem, raw bool) bool {
	if raw || len(spec) == 0 {
		return false
	}
	found := false
	for _, el := range spec {
		t, ok := el.(*FStringText)
		if !ok {
			return false
		}
		if !found && d.hasNamedEscape(t.Span()) {
			found = true
		}
	}
	return found
}

// hasNamedEscape reports whether the source text in sp contains a \N{
// escape.
func (d *dumper) hasNamedEscape(sp source.Span) bool {
	start, end := int(sp.Start), int(sp.End)
	if start < 0 || end > len(d.src) || start >= end {
		return false
	}
	s := d.src[start:end]
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			if i+2 < len(s) && s[i+1] == 'N' && s[i+2] == '{' {
				return true
			}
			i++ // skip the escaped character
		}
	}
	return false
}

// ---- Patterns ----

func (d *dumper) pattern(p Pattern) {
	switch p := p.(type) {
	case *ValuePattern:
		d.raw("MatchValue(value=")
		d.expr(p.Value)
		d.raw(")")
	case *SingletonPattern:
		d.raw("MatchSingleton(value=")
		d.constKind(p.Kind)
		d.raw(")")
	case *SequencePattern:
		d.raw("MatchSequence(patterns=")
		d.patterns(p.Patterns)
		d.raw(")")
	case *MappingPattern:
		d.raw("MatchMapping(keys=")
		d.exprs(p.Keys)
		d.raw(", patterns=")
		d.patterns(p.Patterns)
		d.optIdent(true, "rest=", p.Rest)
		d.raw(")")
	case *ClassPattern:
		d.raw("MatchClass(cls=")
		d.expr(p.Cls)
		d.raw(", patterns=")
		d.patterns(p.Patterns)
		d.raw(", kwd_attrs=")
		d.names(p.KwdAttrs)
		d.raw(", kwd_patterns=")
		d.patterns(p.KwdPatterns)
		d.raw(")")
	case *StarPattern:
		d.raw("MatchStar(")
		d.optIdent(false, "name=", p.Name)
		d.raw(")")
	case *AsPattern:
		d.raw("MatchAs(")
		w := false
		if p.Pattern != nil {
			d.raw("pattern=")
			d.pattern(p.Pattern)
			w = true
		}
		d.optIdent(w, "name=", p.Name)
		d.raw(")")
	case *OrPattern:
		d.raw("MatchOr(patterns=")
		d.patterns(p.Patterns)
		d.raw(")")
	case *BadPattern:
		d.raw("BadPattern()")
	case nil:
		d.raw("Nil()")
	default:
		d.raw("BadPattern()")
	}
}
