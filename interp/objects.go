package interp

import (
	"math/big"
	"reflect"
)

// Function is a Python function made by def or lambda.
type Function struct {
	code       *Code
	defaults   []Value
	kwdefaults *Dict
	closure    []*Cell
}

// Name is the function's name.
func (f *Function) Name() string { return f.code.Name }

// KeywordArg is one name=value argument of a call.
type KeywordArg struct {
	Name  string
	Value Value
}

// Builtin is a function implemented in Go. Args may alias the VM stack:
// an implementation that keeps them must copy.
type Builtin struct {
	Name string
	Fn   func(t *vm, args []Value, kw []KeywordArg) (Value, error)
	// recvType names the type of a method's receiver ("list"), for messages.
	recvType string
}

// BoundMethod is a function read through an instance.
type BoundMethod struct {
	Self Value
	Fn   Value
}

// Class is a user class (Monty 0.0.23 has no inheritance).
type Class struct {
	Name       string
	attrs      *Dict
	unhashable bool // defines __eq__ without __hash__
	dataclass  *dataclassInfo
	fields     []string // annotated names in the class body, in order
	namedtuple bool     // made by collections.namedtuple
	vm         *vm
	// nattrs is the most attributes an instance has had (at most
	// maxPrealloc): new instances reserve room for that many.
	nattrs int
	// root is the shape of an instance without attributes; nshapes counts
	// the shared shapes grown from it (instance.go).
	root       shape
	nshapes    int
	shapeBytes int64 // the memory of the shared shapes, for limits
	// ver counts changes to attrs (and to dataclass), so that what was
	// read from them and cached (attrcache.go) is not used after a change.
	ver uint64
	// init is attrs' __init__ (nil when none) as of version initAt-1.
	init   Value
	initAt uint64
}

type dataclassInfo struct {
	fields []string
	frozen bool
	eq     bool
}

// Instance is an instance of a user class. Its attribute values are in
// vals, in the order they were first set, named by shape (instance.go).
type Instance struct {
	cls   *Class
	shape *shape
	vals  []Value
	id    int64
}

// Module is an imported module.
type Module struct {
	Name  string
	attrs map[string]Value
}

// ExternalFn stands for a function the host provides.
type ExternalFn struct{ Name string }

// Coroutine is the result of calling an async def: its frame runs when it
// is awaited.
type Coroutine struct {
	frame   *Frame
	name    string
	awaited bool
	// gather holds the coroutines of asyncio.gather(...).
	gather []Value
	// fut is set for a call to an async host function (embed.go).
	fut *future
}

// TypeObject is a builtin type used as a value (int, str, list...).
type TypeObject struct {
	Name string
	call func(t *vm, args []Value, kw []KeywordArg) (Value, error)
}

func identityHash(v Value) uint64 {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		return uint64(rv.Pointer())
	}
	return 0
}

var _ = big.NewInt
