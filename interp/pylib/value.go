package pylib

import (
	"math/big"
	"strings"
)

// Tuple is a Python tuple of pylib values (nil, bool, int, int64, *big.Int,
// float64, string, Tuple, Object). As the right operand of % it supplies
// the positional arguments.
type Tuple []any

// Mapping is an Object that % formatting may subscript with a str key, as
// CPython does for any right operand that supports subscription and is not
// a tuple or str: a dict, but also a list (whose GetItem then fails with
// TypeError "list indices must be integers or slices, not str").
type Mapping interface {
	Object
	// GetItem returns self[key] or the exception it raises (KeyError for a
	// missing dict key).
	GetItem(key string) (any, error)
}

// TypeName returns type(v).__name__ for a pylib value.
func TypeName(v any) string {
	switch v := v.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case int, int64, *big.Int:
		return "int"
	case float64:
		return "float"
	case string:
		return "str"
	case Tuple:
		return "tuple"
	case Object:
		return v.PyType()
	}
	return "object"
}

// Repr returns repr(v) for a pylib value.
func Repr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int:
		return IntRepr(int64(v))
	case int64:
		return IntRepr(v)
	case *big.Int:
		return v.String()
	case float64:
		return FloatRepr(v)
	case string:
		return StrRepr(v)
	case Tuple:
		var b strings.Builder
		b.WriteByte('(')
		for i, x := range v {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(Repr(x))
		}
		if len(v) == 1 {
			b.WriteByte(',')
		}
		b.WriteByte(')')
		return b.String()
	case Object:
		return v.PyRepr()
	}
	return "<object>"
}

// Str returns str(v) for a pylib value.
func Str(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case Object:
		return v.PyStr()
	}
	return Repr(v)
}

// ASCII returns ascii(v): repr(v) with non-ASCII code points escaped.
func ASCII(v any) string {
	if s, ok := v.(string); ok {
		return ASCIIRepr(s)
	}
	r := Repr(v)
	if IsASCII(r) {
		return r
	}
	b := make([]byte, 0, len(r)+8)
	for i := 0; i < len(r); {
		c, size := decodeRune(r, i)
		switch {
		case c < 0x80:
			b = append(b, byte(c))
		case c <= 0xff:
			b = append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
		case c <= 0xffff:
			b = appendHex(append(b, '\\', 'u'), uint32(c), 4)
		default:
			b = appendHex(append(b, '\\', 'U'), uint32(c), 8)
		}
		i += size
	}
	return string(b)
}
