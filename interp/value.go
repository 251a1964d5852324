package interp

import (
	"math"
	"math/big"
	"unsafe"
)

// Value is a Python value. The concrete types are the ones in this file:
// small immutable values are Go values (Int, Float, Bool, Str, None), and
// mutable or shared objects are pointers, so a Value is always cheap to
// copy and never needs a Go closure, which keeps frames plain data.
type Value interface{}

// Int is a Python int that fits in 64 bits; larger ints are *big.Int.
type Int int64

// Float is a Python float.
type Float float64

// Bool is a Python bool.
type Bool bool

// NoneType is the type of None.
type NoneType struct{}

// None is Python's None.
var None Value = NoneType{}

// Str is a Python str (UTF-8).
type Str string

// Bytes is a Python bytes value, one Go byte per Python byte.
type Bytes string

// EllipsisType is the type of Ellipsis ("...").
type EllipsisType struct{}

// NotImplementedType is the type of NotImplemented.
type NotImplementedType struct{}

// List is a Python list. A collections.deque is a List with deque set
// (maxlen < 0 for no limit), so iteration, len, in and indexing are
// shared.
type List struct {
	Items  []Value
	deque  bool
	maxlen int
}

// Tuple is a Python tuple. It is a slice, so Values must never be compared
// with ==; identity goes through isSame.
type Tuple []Value

// Range is a Python range.
type Range struct{ Start, Stop, Step int64 }

// Slice is a Python slice object; each part is None when absent.
type Slice struct{ Start, Stop, Step Value }

// Cell holds a variable shared between a function and its closures.
type Cell struct{ V Value }

// unbound marks a local, global or cell that has no value yet. It is never
// visible to Python code.
type unboundType struct{}

var unbound Value = unboundType{}

func newBig(i int64) *big.Int { return big.NewInt(i) }

// normBig turns a big int that fits in 64 bits back into an Int.
func normBig(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	return b
}

// typeName is the Python type name used in messages.
func typeName(v Value) string {
	switch v := v.(type) {
	case Int, *big.Int:
		return "int"
	case Float:
		return "float"
	case Bool:
		return "bool"
	case NoneType:
		return "NoneType"
	case Str:
		return "str"
	case Bytes:
		return "bytes"
	case *List:
		if v.deque {
			return "deque"
		}
		return "list"
	case Tuple:
		return "tuple"
	case *Dict:
		return "dict"
	case *Set:
		if v.frozen {
			return "frozenset"
		}
		return "set"
	case *Range:
		return "range"
	case *Slice:
		return "slice"
	case *Function:
		return "function"
	case *Builtin:
		return "builtin_function_or_method"
	case *BoundMethod:
		return "function" // Monty 0.0.23: type(obj.method) is function
	case *Class:
		return "type"
	case *Instance:
		return v.cls.Name
	case *ExcValue:
		return v.Class.Name
	case *ExcClass, *TypeObject:
		return "type"
	case *Module:
		return "module"
	case EllipsisType:
		return "ellipsis"
	case NotImplementedType:
		return "NotImplementedType"
	case *PathValue:
		return "PosixPath"
	case *DictView:
		return [...]string{"dict_keys", "dict_values", "dict_items"}[v.kind]
	case *ExternalFn:
		return "function"
	case *DateValue:
		if v.datetime {
			return "datetime.datetime"
		}
		return "datetime.date"
	case *TimedeltaValue:
		return "datetime.timedelta"
	case *TZValue:
		return "datetime.timezone"
	case *Pattern:
		return "re.Pattern"
	case *Match:
		return "re.Match"
	case *Coroutine:
		return "coroutine"
	case *Iterator:
		return v.kind
	}
	return "object"
}

// truth is Python's truth test.
func truth(v Value) bool {
	switch v := v.(type) {
	case Bool:
		return bool(v)
	case Int:
		return v != 0
	case NoneType:
		return false
	case Str:
		return v != ""
	case Float:
		return v != 0
	case *List:
		return len(v.Items) > 0
	case Tuple:
		return len(v) > 0
	case *Dict:
		return v.Len() > 0
	case *Set:
		return v.d.Len() > 0
	case *big.Int:
		return v.Sign() != 0
	case Bytes:
		return v != ""
	case *Range:
		return v.Len() > 0
	}
	return true
}

// Len returns the number of items in the range.
func (r *Range) Len() int64 {
	if r.Step > 0 {
		if r.Start >= r.Stop {
			return 0
		}
		return (r.Stop - r.Start + r.Step - 1) / r.Step
	}
	if r.Start <= r.Stop {
		return 0
	}
	return (r.Start - r.Stop - r.Step - 1) / (-r.Step)
}

// isSame is Python's "is".
func isSame(a, b Value) bool {
	switch x := a.(type) {
	case NoneType:
		_, ok := b.(NoneType)
		return ok
	case Bool:
		y, ok := b.(Bool)
		return ok && x == y
	case Int:
		y, ok := b.(Int)
		return ok && x == y
	case Str:
		y, ok := b.(Str)
		return ok && x == y
	case Float:
		// Same bits: a NaN is itself (nan in [nan] is True).
		y, ok := b.(Float)
		return ok && math.Float64bits(float64(x)) == math.Float64bits(float64(y))
	case Tuple:
		y, ok := b.(Tuple)
		if !ok || len(x) != len(y) {
			return false
		}
		return len(x) == 0 || &x[0] == &y[0]
	case Bytes:
		y, ok := b.(Bytes)
		return ok && x == y
	case EllipsisType:
		_, ok := b.(EllipsisType)
		return ok
	case NotImplementedType:
		_, ok := b.(NotImplementedType)
		return ok
	case *big.Int:
		return a == b
	}
	// Every other Value is a pointer, so interface equality is identity.
	return a == b
}

// smallInts holds the small ints for Values to point at, so that
// arithmetic on small values does not allocate when the result is stored
// in a Value (the runtime does the same for values below 256). It is a
// pointer-free global: the collector neither scans it nor marks its
// elements, where a table of boxed Values cost every collection 33,792
// pointers to follow, in every program that links this package (the
// language server's included).
var smallInts = func() (a [smallIntMax - smallIntMin]Int) {
	for i := range a {
		a[i] = Int(i + smallIntMin)
	}
	return a
}()

const (
	smallIntMin = -1024
	smallIntMax = 1 << 15
)

// mkInt boxes an int, without allocating for small values.
func mkInt(i Int) Value {
	if i >= smallIntMin && i < smallIntMax {
		// An Int Value whose data word is then pointed at the table: its
		// type word needs no initialization order.
		var v Value = Int(0)
		(*eface)(unsafe.Pointer(&v)).data = unsafe.Pointer(&smallInts[i-smallIntMin])
		return v
	}
	return i
}
