package interp

import "unsafe"

// Boxing strs with fewer allocations.
//
// A Str stored in a Value is boxed: Go allocates a 16-byte string header
// for the interface to point at, besides the bytes themselves, so a
// string-building builtin costs two allocations per result, and the
// header is an object the garbage collector must scan. The helpers here
// cut that down without changing what a Value holds (an interface whose
// dynamic type is Str, pointing at a string header):
//
//   - newStr makes a str whose header and bytes share one allocation: a
//     pointer-free block laid out as [header | bytes], the header pointing
//     at the bytes just behind it. The collector never scans the block,
//     and need not: the only pointer in it points into the block itself,
//     which the Value's own pointer keeps alive.
//   - strValues boxes many strs (split's parts) with their headers in one
//     shared array.
//
// Both build the interface from its two words (type, data); the layouts
// of an empty interface and of a string header are fixed by the Go ABI.

// eface is the layout of an empty interface.
type eface struct {
	typ, data unsafe.Pointer
}

// strType is the type word of a Value holding a Str.
var strType = func() unsafe.Pointer {
	var v Value = Str("")
	return (*eface)(unsafe.Pointer(&v)).typ
}()

// strHeader is the size of a string header.
const strHeader = unsafe.Sizeof("")

// newStr returns a str Value of n bytes and those bytes, which the caller
// fills in before the Value is used; they must not be written after.
func newStr(n int) (Value, []byte) {
	if n == 0 {
		return Str(""), nil
	}
	blk := make([]byte, int(strHeader)+n)
	p := unsafe.Pointer(unsafe.SliceData(blk))
	b := unsafe.Slice((*byte)(unsafe.Add(p, strHeader)), n)
	*(*string)(p) = unsafe.String(unsafe.SliceData(b), n)
	var v Value
	e := (*eface)(unsafe.Pointer(&v))
	e.typ, e.data = strType, p
	return v, b
}

// bytesStr returns s as a str Value, copied into one allocation with its
// header (newStr); use it for a freshly built s that nothing else holds.
func bytesStr(s []byte) Value {
	v, b := newStr(len(s))
	copy(b, s)
	return v
}

// strValues returns parts as Values, their headers in one array.
func strValues(parts []string) []Value {
	items := make([]Value, len(parts))
	hdrs := make([]Str, len(parts))
	for i, p := range parts {
		hdrs[i] = Str(p)
		e := (*eface)(unsafe.Pointer(&items[i]))
		e.typ, e.data = strType, unsafe.Pointer(&hdrs[i])
	}
	return items
}

// strSlab boxes strs made one at a time (json.loads's) with their headers
// in shared arrays of strSlabLen: one allocation per strSlabLen boxes, at
// the cost of an array staying alive while any of its strs does.
type strSlab struct {
	hdrs []Str
}

const strSlabLen = 32

// box returns s as a Value.
func (sl *strSlab) box(s string) Value {
	if len(sl.hdrs) == cap(sl.hdrs) {
		sl.hdrs = make([]Str, 0, strSlabLen)
	}
	sl.hdrs = append(sl.hdrs, Str(s))
	var v Value
	e := (*eface)(unsafe.Pointer(&v))
	e.typ, e.data = strType, unsafe.Pointer(&sl.hdrs[len(sl.hdrs)-1])
	return v
}
