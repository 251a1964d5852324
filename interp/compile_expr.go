package interp

import (
	"math"

	"github.com/monty-tools/monty-tools/syntax"
)

func (fc *fcomp) expr(e syntax.Expr) {
	old, oldMark := fc.at(e, true)
	defer fc.restore(old, oldMark)
	switch e := e.(type) {
	case *syntax.Ident:
		fc.loadName(e.Name)
	case *syntax.NumberLit:
		fc.number(e)
	case *syntax.ConstLit:
		switch e.Kind {
		case syntax.NoneConst:
			fc.emit(opLoadNone, 0)
		case syntax.TrueConst:
			fc.emit(opLoadConst, fc.constant(Bool(true)))
		case syntax.FalseConst:
			fc.emit(opLoadConst, fc.constant(Bool(false)))
		default:
			fc.emit(opLoadConst, fc.constant(EllipsisType{}))
		}
	case *syntax.StringExpr:
		fc.str(e)
	case *syntax.BoolExpr:
		var ends []int
		for i, v := range e.Values {
			fc.expr(v)
			if i < len(e.Values)-1 {
				if e.Op == syntax.And {
					ends = append(ends, fc.emit(opJumpIfFalseOrPop, 0))
				} else {
					ends = append(ends, fc.emit(opJumpIfTrueOrPop, 0))
				}
			}
		}
		for _, j := range ends {
			fc.patch(j)
		}
	case *syntax.NamedExpr:
		fc.expr(e.Value)
		fc.emit(opDup, 0)
		fc.namedStore(e.Target.Name)
	case *syntax.BinaryExpr:
		fc.expr(e.X)
		fc.expr(e.Y)
		fc.at(e, true)
		fc.emit(opBinary, int(e.Op))
	case *syntax.UnaryExpr:
		fc.expr(e.X)
		fc.at(e, true)
		fc.emit(opUnary, int(e.Op))
	case *syntax.LambdaExpr:
		fc.function("<lambda>", e, e.Params, nil, e.Body, false)
	case *syntax.CondExpr:
		fc.expr(e.Test)
		j := fc.emit(opJumpIfFalse, 0)
		fc.expr(e.Body)
		k := fc.emit(opJump, 0)
		fc.patch(j)
		fc.expr(e.Else)
		fc.patch(k)
	case *syntax.DictExpr:
		fc.dict(e)
	case *syntax.SetExpr:
		fc.sequence(e.Elts, opBuildSet, opSetAdd, opSetUpdate)
	case *syntax.ListExpr:
		fc.sequence(e.Elts, opBuildList, opListAppend, opListExtend)
	case *syntax.TupleExpr:
		if fc.sequence(e.Elts, opBuildTuple, opListAppend, opListExtend) {
			fc.emit(opListToTuple, 0)
		}
	case *syntax.CompExpr:
		fc.comprehension(e)
	case *syntax.AwaitExpr:
		fc.expr(e.X)
		fc.at(e, true)
		// Awaiting a host function's result: the host has already
		// resolved it, so a plain value passes through.
		ext := 0
		if call, ok := e.X.(*syntax.CallExpr); ok {
			if id, ok := call.Fn.(*syntax.Ident); ok && (fc.isExternalCall(id.Name) || fc.c.isDeclaredExternal(id.Name)) {
				ext = 1
			}
		}
		fc.emit(opAwait, ext)
	case *syntax.CompareExpr:
		fc.compare(e)
	case *syntax.CallExpr:
		fc.call(e)
	case *syntax.AttrExpr:
		fc.expr(e.X)
		fc.at(e, false)
		fc.emit(opLoadAttr, fc.name(e.Name.Name))
	case *syntax.SubscriptExpr:
		fc.expr(e.X)
		fc.expr(e.Index)
		fc.at(e, true)
		fc.emit(opSubscr, 0)
	case *syntax.SliceExpr:
		n := 2
		fc.optExpr(e.Lo)
		fc.optExpr(e.Hi)
		if e.Step != nil {
			fc.expr(e.Step)
			n = 3
		}
		fc.emit(opBuildSlice, n)
	case *syntax.StarredExpr:
		fc.c.fail(e, "can't use starred expression here")
	case *syntax.YieldExpr:
		fc.c.fail(e, "yield is not supported")
	default:
		fc.c.fail(e, "invalid syntax")
	}
}

func (fc *fcomp) optExpr(e syntax.Expr) {
	if e == nil {
		fc.emit(opLoadNone, 0)
	} else {
		fc.expr(e)
	}
}

// namedStore stores a walrus target: in a comprehension it binds in the
// enclosing function (or module).
func (fc *fcomp) namedStore(name string) {
	fc.storeName(name)
}

func (fc *fcomp) number(e *syntax.NumberLit) {
	switch e.Kind {
	case syntax.IntLit:
		if i, ok := e.Int64(); ok {
			fc.emit(opLoadConst, fc.constant(Int(i)))
			return
		}
		b, ok := e.Int()
		if !ok {
			fc.c.fail(e, "invalid decimal literal")
			return
		}
		fc.emit(opLoadConst, fc.constant(normBig(b)))
	case syntax.FloatLit:
		f, ok := e.Float()
		if !ok {
			f = math.Inf(1)
		}
		fc.emit(opLoadConst, fc.constant(Float(f)))
	default:
		fc.c.fail(e, "complex constants are not supported")
	}
}

func (fc *fcomp) str(e *syntax.StringExpr) {
	if !e.FString {
		var s []byte
		for _, p := range e.Parts {
			s = append(s, p.Value...)
		}
		if e.Bytes {
			fc.emit(opLoadConst, fc.constant(Bytes(s)))
		} else {
			fc.emit(opLoadConst, fc.constant(Str(s)))
		}
		return
	}
	n := 0
	for _, p := range e.Parts {
		if p.Flags&syntax.FormatStr == 0 {
			fc.emit(opLoadConst, fc.constant(Str(p.Value)))
			n++
			continue
		}
		n += fc.fstringElems(p.Elems)
	}
	fc.emit(opBuildString, n)
}

// fstringElems pushes one str per element and returns how many.
func (fc *fcomp) fstringElems(elems []syntax.FStringElem) int {
	n := 0
	for _, el := range elems {
		switch el := el.(type) {
		case *syntax.FStringText:
			fc.emit(opLoadConst, fc.constant(Str(el.Value)))
			n++
		case *syntax.FStringField:
			conv := el.Conversion
			if el.Debug != "" {
				fc.emit(opLoadConst, fc.constant(Str(el.Debug)))
				n++
				if conv == 0 && !el.HasSpec {
					conv = 'r'
				}
			}
			fc.expr(el.X)
			hasSpec := 0
			if el.HasSpec {
				k := fc.fstringElems(el.Spec)
				if k != 1 {
					fc.emit(opBuildString, k)
				}
				hasSpec = 1
			}
			c := 0
			switch conv {
			case 's':
				c = 1
			case 'r':
				c = 2
			case 'a':
				c = 3
			}
			fc.at(el, true)
			fc.emit(opFormat, c<<1|hasSpec)
			n++
		}
	}
	return n
}

// sequence builds a list, set or tuple display, with starred items.
// It reports whether it built a list that must become a tuple.
func (fc *fcomp) sequence(elts []syntax.Expr, build, add, extend opcode) bool {
	hasStar := false
	for _, e := range elts {
		if _, ok := e.(*syntax.StarredExpr); ok {
			hasStar = true
		}
	}
	if !hasStar {
		for _, e := range elts {
			fc.expr(e)
		}
		fc.emit(build, len(elts))
		return false
	}
	toTuple := build == opBuildTuple
	if toTuple {
		build = opBuildList
	}
	fc.emit(build, 0)
	for _, e := range elts {
		if s, ok := e.(*syntax.StarredExpr); ok {
			fc.expr(s.X)
			fc.emit(extend, 1)
		} else {
			fc.expr(e)
			fc.emit(add, 1)
		}
	}
	return toTuple
}

func (fc *fcomp) dict(e *syntax.DictExpr) {
	hasStar := false
	for _, it := range e.Items {
		if it.Key == nil {
			hasStar = true
		}
	}
	if !hasStar {
		for _, it := range e.Items {
			fc.expr(it.Key)
			fc.expr(it.Value)
		}
		fc.emit(opBuildDict, len(e.Items))
		return
	}
	fc.emit(opBuildDict, 0)
	for _, it := range e.Items {
		if it.Key == nil {
			fc.expr(it.Value)
			fc.emit(opDictUpdate, 1)
		} else {
			fc.expr(it.Key)
			fc.expr(it.Value)
			fc.emit(opMapAdd, 1)
		}
	}
}

func (fc *fcomp) compare(e *syntax.CompareExpr) {
	fc.expr(e.X)
	if len(e.Ops) == 1 {
		fc.expr(e.Ys[0])
		fc.at(e, true)
		fc.emit(opCompare, int(e.Ops[0]))
		return
	}
	var fails []int
	for i, op := range e.Ops {
		fc.expr(e.Ys[i])
		if i < len(e.Ops)-1 {
			fc.emit(opDup, 0)
			fc.emit(opRot3, 0)
			fc.at(e, true)
			fc.emit(opCompare, int(op))
			fails = append(fails, fc.emit(opJumpIfFalseOrPop, 0))
		} else {
			fc.at(e, true)
			fc.emit(opCompare, int(op))
		}
	}
	j := fc.emit(opJump, 0)
	for _, f := range fails {
		fc.patch(f)
	}
	// The failed comparison's result is on top of the leftover operand.
	fc.emit(opRot2, 0)
	fc.emit(opPop, 0)
	fc.patch(j)
}

func (fc *fcomp) call(e *syntax.CallExpr) {
	hasStar := false
	for _, a := range e.Args {
		if _, ok := a.(*syntax.StarredExpr); ok {
			hasStar = true
		}
	}
	for _, k := range e.Keywords {
		if k.Name == nil {
			hasStar = true
		}
	}
	// Method calls avoid building a bound method.
	if attr, ok := e.Fn.(*syntax.AttrExpr); ok && !hasStar && len(e.Keywords) == 0 {
		fc.expr(attr.X)
		fc.at(attr, false)
		name := attr.Name.Name
		fc.code.methods = append(fc.code.methods, methodSite{name: fc.name(name),
			list: listMethods[name], str: strMethods[name], dict: dictMethods[name]})
		fc.emit(opLoadMethod, len(fc.code.methods)-1)
		for _, a := range e.Args {
			fc.expr(a)
		}
		fc.at(e, true)
		fc.emit(opCallMethod, len(e.Args))
		return
	}
	callSpan := syntax.Node(e)
	if id, ok := e.Fn.(*syntax.Ident); ok && fc.isExternalCall(id.Name) {
		// Monty underlines only the name when calling it fails.
		callSpan = id
		fc.emit(opLoadExtFn, fc.name(id.Name))
	} else if attr, ok := e.Fn.(*syntax.AttrExpr); ok {
		fc.expr(attr.X)
		fc.at(attr, false)
		fc.emit(opLoadAttrCall, fc.name(attr.Name.Name))
	} else {
		fc.expr(e.Fn)
	}
	if hasStar {
		fc.sequence(e.Args, opBuildList, opListAppend, opListExtend)
		fc.emit(opListToTuple, 0)
		// Monty passes explicit keywords before ** ones.
		fc.emit(opBuildDict, 0)
		for _, k := range e.Keywords {
			if k.Name != nil {
				fc.emit(opLoadConst, fc.constant(Str(k.Name.Name)))
				fc.expr(k.Value)
				fc.emit(opMapAdd, 1)
			}
		}
		for _, k := range e.Keywords {
			if k.Name == nil {
				fc.expr(k.Value)
				fc.at(e, true)
				fc.emit(opDictUpdate, 2)
			}
		}
		fc.at(callSpan, true)
		fc.emit(opCallEx, 0)
		return
	}
	for _, a := range e.Args {
		fc.expr(a)
	}
	if len(e.Keywords) == 0 {
		fc.at(callSpan, true)
		fc.emit(opCall, len(e.Args))
		return
	}
	names := make(Tuple, len(e.Keywords))
	for i, k := range e.Keywords {
		fc.expr(k.Value)
		names[i] = Str(k.Name.Name)
	}
	fc.emit(opLoadConst, fc.constant(names))
	fc.at(callSpan, true)
	fc.emit(opCallKw, len(e.Args)+len(e.Keywords))
}

// comprehension compiles a comprehension (generator expressions are eager
// lists in Monty) into a function called at once with the first iterator.
func (fc *fcomp) comprehension(e *syntax.CompExpr) {
	sc := fc.c.ss.of[e]
	name := "<listcomp>"
	switch e.Kind {
	case syntax.SetComp:
		name = "<setcomp>"
	case syntax.DictComp:
		name = "<dictcomp>"
	case syntax.GeneratorExp:
		name = "<genexpr>"
	}
	sub := fc.c.newFcomp(name, sc)
	code := sub.code
	sub.local(".0")
	code.npos = 1
	code.isComp = true
	code.simple = true // one positional parameter: the call skips binding
	code.paramNames = []string{".0"}
	sub.setupCells()
	sub.span, sub.mark = e.Span(), true
	presize := len(e.For) == 1 && len(e.For[0].Ifs) == 0
	switch {
	case e.Kind == syntax.SetComp:
		sub.emit(opBuildSet, 0)
	case e.Kind == syntax.DictComp && presize:
		sub.emit(opBuildComp, compDict)
	case e.Kind == syntax.DictComp:
		sub.emit(opBuildDict, 0)
	case presize:
		sub.emit(opBuildComp, compList)
	default:
		sub.emit(opBuildList, 0)
	}
	sub.compLoop(e, 0)
	sub.emit(opReturn, 0)
	sub.finish()

	if code.nfree > 0 {
		fc.closureCells(code)
		fc.emit(opMakeFunction, mfClosure|fc.constant(&funcInfo{code: code})<<3)
	} else {
		fc.emit(opMakeFunction, fc.constant(&funcInfo{code: code})<<3)
	}
	fc.expr(e.For[0].Iter)
	fc.at(e.For[0].Iter, true)
	fc.emit(opGetIter, 0)
	fc.at(e, true)
	fc.emit(opCall, 1)
}

func (fc *fcomp) compLoop(e *syntax.CompExpr, i int) {
	c := e.For[i]
	if i == 0 {
		fc.emit(opLoadLocal, 0)
	} else {
		fc.expr(c.Iter)
		fc.at(c.Iter, true)
		fc.emit(opGetIter, 0)
	}
	start := fc.here()
	j := fc.emit(opForIter, 0)
	fc.assign(c.Target)
	var skips []int
	for _, cond := range c.Ifs {
		fc.expr(cond)
		skips = append(skips, fc.emit(opJumpIfFalse, 0))
	}
	if i+1 < len(e.For) {
		fc.compLoop(e, i+1)
	} else {
		depth := len(e.For) + 1
		if e.Kind == syntax.DictComp {
			fc.expr(e.Elt)
			fc.expr(e.Value)
			fc.emit(opMapAdd, depth)
		} else {
			fc.expr(e.Elt)
			if e.Kind == syntax.SetComp {
				fc.emit(opSetAdd, depth)
			} else {
				fc.emit(opListAppend, depth)
			}
		}
	}
	for _, s := range skips {
		fc.patchTo(s, start)
	}
	fc.emit(opJump, start)
	fc.patch(j)
}
