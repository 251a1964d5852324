package interp

import (
	"math"
	"math/big"
	"strings"

	"github.com/monty-tools/monty-tools/interp/pylib"
	"github.com/monty-tools/monty-tools/syntax"
)

type binOp = syntax.BinOp
type cmpOp = syntax.CmpOp

var binOpSym = [...]string{"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}
var cmpOpSym = [...]string{"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"}

// fromPylib turns a pylib error into a Python exception. Monty words
// every ZeroDivisionError as "division by zero".
func fromPylib(err error) error {
	if e, ok := err.(*pylib.Error); ok {
		if e.Type == "ZeroDivisionError" {
			return newExc(excZeroDivisionError, "division by zero")
		}
		cls := excClasses[e.Type]
		if cls == nil {
			cls = excValueError
		}
		return &ExcValue{Class: cls, Args: []Value{Str(e.Msg)}}
	}
	return err
}

// intFast is the int64 fast path of the arithmetic operators; ok is false
// when the result needs a big int or an error.
func intFast(op binOp, a, b Int) (Value, bool) {
	switch op {
	case syntax.Add:
		r := a + b
		if (r > a) == (b > 0) {
			return mkInt(r), true
		}
	case syntax.Sub:
		r := a - b
		if (r < a) == (b > 0) {
			return mkInt(r), true
		}
	case syntax.Mult:
		if r, ok := pylib.MulInt64(int64(a), int64(b)); ok {
			return mkInt(Int(r)), true
		}
	case syntax.FloorDiv:
		if b > 0 && a >= 0 {
			return mkInt(a / b), true
		}
	case syntax.Mod:
		if b > 0 {
			r := a % b
			if r < 0 {
				r += b
			}
			return mkInt(r), true
		}
	case syntax.BitAnd:
		return mkInt(a & b), true
	case syntax.BitOr:
		return mkInt(a | b), true
	case syntax.BitXor:
		return mkInt(a ^ b), true
	}
	return nil, false
}

func intCompare(op cmpOp, a, b Int) bool {
	switch op {
	case syntax.Eq, syntax.Is:
		return a == b
	case syntax.NotEq, syntax.IsNot:
		return a != b
	case syntax.Lt:
		return a < b
	case syntax.LtE:
		return a <= b
	case syntax.Gt:
		return a > b
	case syntax.GtE:
		return a >= b
	}
	return false
}

func toBig(v Value) *big.Int {
	switch x := v.(type) {
	case Int:
		return big.NewInt(int64(x))
	case *big.Int:
		return x
	case Bool:
		if x {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	}
	return nil
}

// asFloat converts an int or float operand to float64.
func asFloat(v Value) (float64, bool, error) {
	switch x := v.(type) {
	case Float:
		return float64(x), true, nil
	case Int:
		return float64(x), true, nil
	case Bool:
		if x {
			return 1, true, nil
		}
		return 0, true, nil
	case *big.Int:
		f, err := pylib.BigToFloat(x)
		return f, true, fromPylib(err)
	}
	return 0, false, nil
}

func isIntLike(v Value) bool {
	switch v.(type) {
	case Int, *big.Int, Bool:
		return true
	}
	return false
}

func unsupported(op binOp, x, y Value, inplace bool) error {
	sym := binOpSym[op]
	if inplace {
		sym += "="
	}
	return newExc(excTypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, typeName(x), typeName(y))
}

// binaryCore applies an arithmetic or bitwise operator; binary
// (limits_ops.go) wraps it with the resource checks.
func binaryCore(t *vm, op binOp, x, y Value, inplace bool) (Value, error) {
	if op == syntax.MatMult {
		return nil, newExc(excNotImplementedError, "matrix multiplication (@) is not supported")
	}
	_, xb := x.(Bool)
	_, yb := y.(Bool)
	if xb || yb {
		// Monty: bools take no part in arithmetic.
		return nil, unsupported(op, x, y, inplace)
	}
	if isIntLike(x) && isIntLike(y) {
		return intBinary(op, x, y, inplace)
	}
	if xf, ok, err := asFloat(x); ok {
		if yf, ok2, err2 := asFloat(y); ok2 {
			if err != nil {
				return nil, err
			}
			if err2 != nil {
				return nil, err2
			}
			return floatBinary(op, xf, yf, x, y, inplace)
		}
	}
	switch a := x.(type) {
	case Str:
		switch op {
		case syntax.Add:
			if b, ok := y.(Str); ok {
				return a + b, nil
			}
			return nil, newExc(excTypeError, "can only concatenate str (not \"%s\") to str", typeName(y))
		case syntax.Mult:
			if n, ok := y.(Int); ok {
				return Str(repeatStr(string(a), int64(n))), nil
			}
		case syntax.Mod:
			return nil, newExc(excTypeError, "unsupported operand type(s) for %%: 'str' and '%s'", typeName(y))
		}
	case Bytes:
		switch op {
		case syntax.Add:
			if b, ok := y.(Bytes); ok {
				return a + b, nil
			}
			return nil, unsupported(op, x, y, inplace)
		case syntax.Mult:
			if n, ok := y.(Int); ok {
				return Bytes(repeatStr(string(a), int64(n))), nil
			}
		}
	case *List:
		switch op {
		case syntax.Add:
			if b, ok := y.(*List); ok {
				if inplace {
					a.Items = append(a.Items, b.Items...)
					return a, nil
				}
				items := make([]Value, 0, len(a.Items)+len(b.Items))
				items = append(items, a.Items...)
				return &List{Items: append(items, b.Items...)}, nil
			}
			if inplace {
				items, err := t.iterate(y)
				if err != nil {
					return nil, err
				}
				a.Items = append(a.Items, items...)
				return a, nil
			}
			return nil, newExc(excTypeError, "can only concatenate list (not \"%s\") to list", typeName(y))
		case syntax.Mult:
			if n, ok := y.(Int); ok {
				items := repeatItems(a.Items, int64(n))
				if inplace {
					a.Items = items
					return a, nil
				}
				return &List{Items: items}, nil
			}
		}
	case Tuple:
		switch op {
		case syntax.Add:
			if b, ok := y.(Tuple); ok {
				items := make(Tuple, 0, len(a)+len(b))
				items = append(items, a...)
				return append(items, b...), nil
			}
			return nil, newExc(excTypeError, "can only concatenate tuple (not \"%s\") to tuple", typeName(y))
		case syntax.Mult:
			if n, ok := y.(Int); ok {
				return Tuple(repeatItems(a, int64(n))), nil
			}
		}
	case *Set:
		if b, ok := y.(*Set); ok {
			return setBinary(op, a, b, inplace)
		}
	case *Dict:
		// dict | dict is not supported by Monty; Counters add.
		if b, ok := y.(*Dict); ok && a.kind == counterDict && b.kind == counterDict && (op == syntax.Add || op == syntax.Sub) {
			return counterArith(t, op, a, b)
		}
	}
	if n, ok := x.(Int); ok && op == syntax.Mult {
		switch b := y.(type) {
		case Str:
			return Str(repeatStr(string(b), int64(n))), nil
		case *List:
			return &List{Items: repeatItems(b.Items, int64(n))}, nil
		case Tuple:
			return Tuple(repeatItems(b, int64(n))), nil
		case Bytes:
			return Bytes(repeatStr(string(b), int64(n))), nil
		}
	}
	if r, ok, err := dateBinary(op, x, y); ok || err != nil {
		return r, err
	}
	if p, ok := x.(*PathValue); ok && op == syntax.Div {
		return p.join(y)
	}
	return nil, unsupported(op, x, y, inplace)
}

func repeatStr(s string, n int64) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat(s, int(n))
}

func repeatItems(items []Value, n int64) []Value {
	if n <= 0 {
		return []Value{}
	}
	out := make([]Value, 0, len(items)*int(n))
	for i := int64(0); i < n; i++ {
		out = append(out, items...)
	}
	return out
}

func intBinary(op binOp, x, y Value, inplace bool) (Value, error) {
	if a, ok := x.(Int); ok {
		if b, ok := y.(Int); ok {
			if r, ok := intFast(op, a, b); ok {
				return r, nil
			}
			switch op {
			case syntax.Div:
				f, err := pylib.TrueDivInt(int64(a), int64(b))
				return Float(f), fromPylib(err)
			case syntax.FloorDiv:
				q, ok, err := pylib.FloorDivInt64(int64(a), int64(b))
				if err != nil {
					return nil, fromPylib(err)
				}
				if ok {
					return Int(q), nil
				}
			case syntax.Mod:
				m, err := pylib.ModInt64(int64(a), int64(b))
				if err != nil {
					return nil, fromPylib(err)
				}
				return Int(m), nil
			case syntax.Pow:
				if b < 0 {
					f, err := pylib.FloatPow(float64(a), float64(b))
					return Float(f), fromPylib(err)
				}
				if r, ok := pylib.PowInt64(int64(a), int64(b)); ok {
					return Int(r), nil
				}
			case syntax.LShift:
				if b < 0 {
					return nil, newExc(excValueError, "negative shift count")
				}
				if r, ok := pylib.LshiftInt64(int64(a), int64(b)); ok {
					return Int(r), nil
				}
			case syntax.RShift:
				if b < 0 {
					return nil, newExc(excValueError, "negative shift count")
				}
				return Int(pylib.RshiftInt64(int64(a), int64(b))), nil
			}
		}
	}
	a, b := toBig(x), toBig(y)
	var r big.Int
	switch op {
	case syntax.Add:
		r.Add(a, b)
	case syntax.Sub:
		r.Sub(a, b)
	case syntax.Mult:
		r.Mul(a, b)
	case syntax.Div:
		f, err := pylib.TrueDivBig(a, b)
		return Float(f), fromPylib(err)
	case syntax.FloorDiv:
		q, err := pylib.FloorDivBig(a, b)
		if err != nil {
			return nil, fromPylib(err)
		}
		return normBig(q), nil
	case syntax.Mod:
		m, err := pylib.ModBig(a, b)
		if err != nil {
			return nil, fromPylib(err)
		}
		return normBig(m), nil
	case syntax.Pow:
		if b.Sign() < 0 {
			af, _ := pylib.BigToFloat(a)
			bf, _ := pylib.BigToFloat(b)
			f, err := pylib.FloatPow(af, bf)
			return Float(f), fromPylib(err)
		}
		if !b.IsInt64() {
			return nil, newExc(excOverflowError, "exponent too large")
		}
		p, err := pylib.PowBig(a, b.Int64())
		if err != nil {
			return nil, fromPylib(err)
		}
		return normBig(p), nil
	case syntax.LShift, syntax.RShift:
		if b.Sign() < 0 {
			return nil, newExc(excValueError, "negative shift count")
		}
		if !b.IsInt64() {
			return nil, newExc(excOverflowError, "too many digits in integer")
		}
		if op == syntax.LShift {
			p, err := pylib.LshiftBig(a, b.Int64())
			if err != nil {
				return nil, fromPylib(err)
			}
			return normBig(p), nil
		}
		return normBig(pylib.RshiftBig(a, b.Int64())), nil
	case syntax.BitAnd:
		r.And(a, b)
	case syntax.BitOr:
		r.Or(a, b)
	case syntax.BitXor:
		r.Xor(a, b)
	default:
		return nil, unsupported(op, x, y, inplace)
	}
	return normBig(&r), nil
}

func floatBinary(op binOp, a, b float64, x, y Value, inplace bool) (Value, error) {
	switch op {
	case syntax.Add:
		return Float(a + b), nil
	case syntax.Sub:
		return Float(a - b), nil
	case syntax.Mult:
		return Float(a * b), nil
	case syntax.Div:
		if b == 0 {
			return nil, newExc(excZeroDivisionError, "division by zero")
		}
		return Float(a / b), nil
	case syntax.FloorDiv:
		r, err := pylib.FloatFloorDiv(a, b)
		return Float(r), fromPylib(err)
	case syntax.Mod:
		r, err := pylib.FloatMod(a, b)
		return Float(r), fromPylib(err)
	case syntax.Pow:
		r, err := pylib.FloatPow(a, b)
		if e, ok := err.(*pylib.Error); ok && e.Type == "OverflowError" {
			// Monty returns inf where CPython raises.
			return Float(math.Inf(1)), nil
		}
		return Float(r), fromPylib(err)
	}
	return nil, unsupported(op, x, y, inplace)
}

func setBinary(op binOp, a, b *Set, inplace bool) (Value, error) {
	var out *Set
	if inplace {
		out = a
	}
	switch op {
	case syntax.BitOr:
		if out == nil {
			out = a.copySet(a.frozen)
		}
		for _, v := range b.Items() {
			out.Add(v)
		}
		return out, nil
	case syntax.BitAnd, syntax.Sub:
		res := &Set{frozen: a.frozen}
		for _, v := range a.Items() {
			in, _ := b.Has(v)
			if in == (op == syntax.BitAnd) {
				res.Add(v)
			}
		}
		if inplace {
			a.d = res.d
			return a, nil
		}
		return res, nil
	case syntax.BitXor:
		res := &Set{frozen: a.frozen}
		for _, v := range a.Items() {
			if in, _ := b.Has(v); !in {
				res.Add(v)
			}
		}
		for _, v := range b.Items() {
			if in, _ := a.Has(v); !in {
				res.Add(v)
			}
		}
		if inplace {
			a.d = res.d
			return a, nil
		}
		return res, nil
	}
	return nil, unsupported(op, a, b, inplace)
}

func unary(t *vm, op int, x Value) (Value, error) {
	switch syntax.UnaryOp(op) {
	case syntax.Not:
		return Bool(!truth(x)), nil
	case syntax.USub:
		switch v := x.(type) {
		case Int:
			if r, ok := pylib.NegInt64(int64(v)); ok {
				return Int(r), nil
			}
			return new(big.Int).Neg(toBig(v)), nil
		case *big.Int:
			return normBig(new(big.Int).Neg(v)), nil
		case Float:
			return -v, nil
		case Bool:
			if v {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		if d, ok := x.(*TimedeltaValue); ok {
			return &TimedeltaValue{-d.us}, nil
		}
		return nil, newExc(excTypeError, "bad operand type for unary -: '%s'", typeName(x))
	case syntax.UAdd:
		switch v := x.(type) {
		case Int, *big.Int, Float:
			return v, nil
		case Bool:
			if v {
				return Int(1), nil
			}
			return Int(0), nil
		}
		return nil, newExc(excTypeError, "bad operand type for unary +: '%s'", typeName(x))
	case syntax.Invert:
		switch v := x.(type) {
		case Int:
			return ^v, nil
		case *big.Int:
			return normBig(new(big.Int).Not(v)), nil
		case Bool:
			if v {
				return Int(-2), nil
			}
			return Int(-1), nil
		}
		return nil, newExc(excTypeError, "bad operand type for unary ~: '%s'", typeName(x))
	}
	return nil, newExc(excTypeError, "bad operand")
}

// compare evaluates one comparison operator.
func compare(t *vm, op cmpOp, x, y Value) (Value, error) {
	switch op {
	case syntax.Eq:
		eq, err := t.equal(x, y)
		return Bool(eq), err
	case syntax.NotEq:
		eq, err := t.equal(x, y)
		return Bool(!eq), err
	case syntax.Is:
		return Bool(isSame(x, y)), nil
	case syntax.IsNot:
		return Bool(!isSame(x, y)), nil
	case syntax.In, syntax.NotIn:
		in, err := t.contains(y, x)
		if op == syntax.NotIn {
			in = !in
		}
		return Bool(in), err
	}
	c, err := order(t, op, x, y)
	return Bool(c), err
}

// order evaluates <, <=, >, >=.
func order(t *vm, op cmpOp, x, y Value) (bool, error) {
	c, ok, err := cmp3(t, x, y)
	if err != nil {
		return false, err
	}
	if !ok {
		return false, newExc(excTypeError, "'%s' not supported between instances of '%s' and '%s'", cmpOpSym[op], typeName(x), typeName(y))
	}
	switch op {
	case syntax.Lt:
		return c < 0, nil
	case syntax.LtE:
		return c <= 0, nil
	case syntax.Gt:
		return c > 0, nil
	case syntax.GtE:
		return c >= 0, nil
	}
	return false, nil
}

// cmp3 orders two values of comparable types; ok is false when they are
// not orderable. A NaN compares unordered, reported as 2.
func cmp3(t *vm, x, y Value) (int, bool, error) {
	if isIntLike(x) && isIntLike(y) {
		a, aok := x.(Int)
		b, bok := y.(Int)
		if aok && bok {
			switch {
			case a < b:
				return -1, true, nil
			case a > b:
				return 1, true, nil
			}
			return 0, true, nil
		}
		if xb, ok := x.(Bool); ok {
			x = boolInt(xb)
		}
		if yb, ok := y.(Bool); ok {
			y = boolInt(yb)
		}
		return toBig(x).Cmp(toBig(y)), true, nil
	}
	if xf, ok, _ := asFloat(x); ok {
		if yf, ok, _ := asFloat(y); ok {
			if _, isBig := x.(*big.Int); isBig {
				return -floatBigCmp(yf, x.(*big.Int)), true, nil
			}
			if _, isBig := y.(*big.Int); isBig {
				return floatBigCmp(xf, y.(*big.Int)), true, nil
			}
			switch {
			case xf < yf:
				return -1, true, nil
			case xf > yf:
				return 1, true, nil
			case xf == yf:
				return 0, true, nil
			}
			return 2, true, nil
		}
	}
	if c, ok := dateCompare(x, y); ok {
		return c, true, nil
	}
	switch a := x.(type) {
	case Str:
		if b, ok := y.(Str); ok {
			return strings.Compare(string(a), string(b)), true, nil
		}
	case Bytes:
		if b, ok := y.(Bytes); ok {
			return strings.Compare(string(a), string(b)), true, nil
		}
	case *List:
		if b, ok := y.(*List); ok {
			return seqCmp(t, a.Items, b.Items)
		}
	case Tuple:
		if b, ok := y.(Tuple); ok {
			return seqCmp(t, a, b)
		}
	}
	return 0, false, nil
}

func boolInt(b Bool) Int {
	if b {
		return 1
	}
	return 0
}

func floatBigCmp(f float64, b *big.Int) int {
	if math.IsInf(f, 0) {
		if f > 0 {
			return 1
		}
		return -1
	}
	bf := new(big.Float).SetInt(b)
	return big.NewFloat(f).Cmp(bf)
}

func seqCmp(t *vm, a, b []Value) (int, bool, error) {
	if err := t.enterData(); err != nil {
		return 0, false, err
	}
	defer t.leaveData()
	for i := 0; i < len(a) && i < len(b); i++ {
		eq, err := t.equal(a[i], b[i])
		if err != nil {
			return 0, false, err
		}
		if eq {
			continue
		}
		c, ok, err := cmp3(t, a[i], b[i])
		if err != nil || !ok {
			if err == nil {
				err = newExc(excTypeError, "'<' not supported between instances of '%s' and '%s'", typeName(a[i]), typeName(b[i]))
			}
			return 0, false, err
		}
		return c, true, nil
	}
	switch {
	case len(a) < len(b):
		return -1, true, nil
	case len(a) > len(b):
		return 1, true, nil
	}
	return 0, true, nil
}

// dictEqual is == of two dicts of the same length. It is not part of
// vm.equal because its defer would make every call of vm.equal pay for
// the defer machinery (a function with many returns gets no open-coded
// defers).
func (t *vm) dictEqual(a, b *Dict) (bool, error) {
	if err := t.enterData(); err != nil {
		return false, err
	}
	defer t.leaveData()
	for _, e := range a.entries {
		if e.dead {
			continue
		}
		v, found, err := b.Get(e.key)
		if err != nil || !found {
			return false, err
		}
		if eq, err := t.equal(e.val, v); err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// equal is Python's ==, without user __eq__ (see vm.equal).
func equal(x, y Value) (bool, error) {
	var t *vm
	return t.equal(x, y)
}

// equal is Python's ==. t may be nil when no user code can be involved.
func (t *vm) equal(x, y Value) (bool, error) {
	switch a := x.(type) {
	case Int:
		switch b := y.(type) {
		case Int:
			return a == b, nil
		case Float:
			c, _, _ := cmp3(t, x, y)
			return c == 0, nil
		case Bool:
			return a == boolInt(b), nil
		case *big.Int:
			return false, nil
		}
		return false, nil
	case Str:
		b, ok := y.(Str)
		return ok && a == b, nil
	case NoneType:
		_, ok := y.(NoneType)
		return ok, nil
	case Bool:
		if b, ok := y.(Bool); ok {
			return a == b, nil
		}
		if isIntLike(y) || isFloat(y) {
			return t.equal(boolInt(a), y)
		}
		return false, nil
	case Float:
		switch y.(type) {
		case Float, Int, Bool, *big.Int:
			c, _, _ := cmp3(t, x, y)
			return c == 0, nil
		}
		return false, nil
	case *big.Int:
		switch y.(type) {
		case *big.Int, Float:
			c, _, _ := cmp3(t, x, y)
			return c == 0, nil
		}
		return false, nil
	case Bytes:
		b, ok := y.(Bytes)
		return ok && a == b, nil
	case *List:
		b, ok := y.(*List)
		if !ok {
			return false, nil
		}
		return t.seqEqual(a.Items, b.Items)
	case Tuple:
		b, ok := y.(Tuple)
		if !ok {
			return false, nil
		}
		return t.seqEqual(a, b)
	case *Dict:
		b, ok := y.(*Dict)
		if !ok || a.Len() != b.Len() {
			return false, nil
		}
		return t.dictEqual(a, b)
	case *Set:
		b, ok := y.(*Set)
		if !ok || a.Len() != b.Len() {
			return false, nil
		}
		for _, v := range a.Items() {
			if in, _ := b.Has(v); !in {
				return false, nil
			}
		}
		return true, nil
	case *Range:
		b, ok := y.(*Range)
		if !ok {
			return false, nil
		}
		return a.Len() == b.Len() && (a.Len() == 0 || a.Start == b.Start && (a.Len() == 1 || a.Step == b.Step)), nil
	case *DateValue, *TimedeltaValue:
		c, ok := dateCompare(x, y)
		return ok && c == 0, nil
	case *TZValue:
		b, ok := y.(*TZValue)
		return ok && a.offset == b.offset, nil
	case *Instance:
		if m, ok := a.cls.lookup("__eq__"); ok && a.cls.vm != nil {
			r, err := a.cls.vm.call(m, []Value{a, y}, nil)
			if err != nil {
				return false, err
			}
			if _, ok := r.(NotImplementedType); !ok {
				return truth(r), nil
			}
		} else if tu, ok := tupleOf(a); ok {
			if b, ok := y.(Tuple); ok {
				return t.seqEqual(tu, b)
			}
			if b, ok := y.(*Instance); ok {
				if tb, ok := tupleOf(b); ok {
					return t.seqEqual(tu, tb)
				}
			}
			return false, nil
		} else if dc := a.cls.dataclass; dc != nil {
			b, ok := y.(*Instance)
			if !ok || b.cls != a.cls {
				return false, nil
			}
			for _, f := range dc.fields {
				av, _ := a.get(f)
				bv, _ := b.get(f)
				if eq, err := t.equal(av, bv); err != nil || !eq {
					return false, err
				}
			}
			return true, nil
		}
		return isSame(x, y), nil
	}
	if b, ok := y.(*Instance); ok {
		return t.equal(b, x)
	}
	return isSame(x, y), nil
}

func isFloat(v Value) bool { _, ok := v.(Float); return ok }

func (t *vm) seqEqual(a, b []Value) (bool, error) {
	if len(a) != len(b) {
		return false, nil
	}
	if err := t.enterData(); err != nil {
		return false, err
	}
	for i := range a {
		if isSame(a[i], b[i]) {
			continue
		}
		eq, err := t.equal(a[i], b[i])
		if err != nil || !eq {
			t.leaveData()
			return false, err
		}
	}
	t.leaveData()
	return true, nil
}
