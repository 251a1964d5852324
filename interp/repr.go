package interp

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/monty-tools/monty-tools/interp/pylib"
)

// Repr returns Python's repr() of v.
func Repr(v Value) string { return reprValue(v) }

func reprValue(v Value) string {
	var t *vm
	s, err := t.repr(v)
	if err != nil {
		return "<repr failed: " + err.Error() + ">"
	}
	return s
}

func strValue(v Value) string {
	if s, ok := v.(Str); ok {
		return string(s)
	}
	var t *vm
	s, err := t.str(v)
	if err != nil {
		return "<str failed: " + err.Error() + ">"
	}
	return s
}

// str is Python's str().
// strOf is str(v) as a Value: a str is itself, and an int's or float's
// text is boxed together with its header (bytesStr).
func (t *vm) strOf(v Value) (Value, error) {
	switch x := v.(type) {
	case Str:
		return v, nil
	case Int:
		var a [20]byte
		return bytesStr(strconv.AppendInt(a[:0], int64(x), 10)), nil
	case Float:
		var a [32]byte
		return bytesStr(pylib.AppendFloatRepr(a[:0], float64(x))), nil
	}
	s, err := t.str(v)
	if err != nil {
		return nil, err
	}
	return Str(s), nil
}

func (t *vm) str(v Value) (string, error) {
	switch x := v.(type) {
	case Str:
		return string(x), nil
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	case Float:
		return pylib.FloatRepr(float64(x)), nil
	case *ExcValue:
		return x.message(), nil
	case *PathValue:
		return x.path, nil
	case *DateValue:
		return x.pyStr(), nil
	case *TimedeltaValue:
		return x.pyStr(), nil
	case *TZValue:
		return x.pyStr(), nil
	case *Instance:
		if m, ok := x.cls.lookup("__str__"); ok {
			r, err := x.cls.vm.call(m, []Value{x}, nil)
			if err != nil {
				return "", err
			}
			s, ok := r.(Str)
			if !ok {
				return "", newExc(excTypeError, "__str__ returned non-string (type %s)", typeName(r))
			}
			return string(s), nil
		}
	}
	return t.repr(v)
}

// repr is Python's repr().
func (t *vm) repr(v Value) (string, error) {
	switch x := v.(type) {
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	case Str:
		return strRepr(string(x)), nil
	}
	var b strings.Builder
	err := t.reprTo(&b, v, 0)
	return b.String(), err
}

func (t *vm) reprTo(b *strings.Builder, v Value, depth int) error {
	if depth >= reprCutDepth-1 && reprCut(b, v, depth) {
		return nil
	}
	if depth > reprCutDepth+10 {
		return newExc(excRecursionError, "maximum recursion depth exceeded while getting the repr of an object")
	}
	var tmp [64]byte // the text of a scalar, written without a string of its own
	switch x := v.(type) {
	case Int:
		b.Write(strconv.AppendInt(tmp[:0], int64(x), 10))
	case *big.Int:
		s, err := pylib.BigStr(x) // the 4300-digit limit
		if err != nil {
			return fromPylib(err)
		}
		b.WriteString(s)
	case Float:
		b.Write(pylib.AppendFloatRepr(tmp[:0], float64(x)))
	case Bool:
		if x {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case NoneType:
		b.WriteString("None")
	case Str:
		b.Write(pylib.AppendStrRepr(tmp[:0], string(x), false))
	case Bytes:
		b.WriteString(bytesRepr(string(x)))
	case *List:
		if x.deque {
			b.WriteString("deque(")
		}
		b.WriteByte('[')
		for i, it := range x.Items {
			if i > 0 {
				b.WriteString(", ")
			}
			if it == v {
				b.WriteString("[...]")
				continue
			}
			if err := t.reprTo(b, it, depth+1); err != nil {
				return err
			}
		}
		b.WriteByte(']')
		if x.deque {
			if x.maxlen >= 0 {
				fmt.Fprintf(b, ", maxlen=%d", x.maxlen)
			}
			b.WriteByte(')')
		}
	case Tuple:
		b.WriteByte('(')
		for i, it := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := t.reprTo(b, it, depth+1); err != nil {
				return err
			}
		}
		if len(x) == 1 {
			b.WriteByte(',')
		}
		b.WriteByte(')')
	case *Dict:
		switch x.kind {
		case defaultDict:
			b.WriteString("defaultdict(")
			if err := t.reprTo(b, x.factory, depth+1); err != nil {
				return err
			}
			b.WriteString(", ")
		case counterDict:
			b.WriteString("Counter(")
		}
		if x.kind == counterDict && x.Len() == 0 {
			b.WriteString(")")
			return nil
		}
		b.WriteByte('{')
		first := true
		for _, e := range x.entries {
			if e.dead {
				continue
			}
			if !first {
				b.WriteString(", ")
			}
			first = false
			if err := t.reprTo(b, e.key, depth+1); err != nil {
				return err
			}
			b.WriteString(": ")
			if e.val == v {
				b.WriteString("{...}")
				continue
			}
			if err := t.reprTo(b, e.val, depth+1); err != nil {
				return err
			}
		}
		b.WriteByte('}')
		if x.kind != plainDict {
			b.WriteByte(')')
		}
	case *Set:
		items := x.Items()
		if len(items) == 0 {
			if x.frozen {
				b.WriteString("frozenset()")
			} else {
				b.WriteString("set()")
			}
			return nil
		}
		if x.frozen {
			b.WriteString("frozenset(")
		}
		b.WriteByte('{')
		for i, it := range items {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := t.reprTo(b, it, depth+1); err != nil {
				return err
			}
		}
		b.WriteByte('}')
		if x.frozen {
			b.WriteByte(')')
		}
	case *Range:
		if x.Step == 1 {
			fmt.Fprintf(b, "range(%d, %d)", x.Start, x.Stop)
		} else {
			fmt.Fprintf(b, "range(%d, %d, %d)", x.Start, x.Stop, x.Step)
		}
	case *Slice:
		b.WriteString("slice(")
		for i, p := range []Value{x.Start, x.Stop, x.Step} {
			if i > 0 {
				b.WriteString(", ")
			}
			t.reprTo(b, p, depth+1)
		}
		b.WriteByte(')')
	case *Function:
		fmt.Fprintf(b, "<function '%s' at 0x%x>", x.code.Qualname, identityHash(x)&0xffffff)
	case *Builtin:
		if x.recvType != "" {
			fmt.Fprintf(b, "<built-in method %s of %s object>", x.Name, x.recvType)
		} else {
			fmt.Fprintf(b, "<built-in function %s>", x.Name)
		}
	case *BoundMethod:
		if fn, ok := x.Fn.(*Function); ok {
			fmt.Fprintf(b, "<bound method %s of ", fn.code.Qualname)
			if err := t.reprTo(b, x.Self, depth+1); err != nil {
				return err
			}
			b.WriteByte('>')
		} else {
			fmt.Fprintf(b, "<built-in method %s>", x.Fn.(*Builtin).Name)
		}
	case *Class:
		fmt.Fprintf(b, "<class '%s'>", x.Name)
	case *TypeObject:
		fmt.Fprintf(b, "<class '%s'>", x.Name)
	case *ExcClass:
		fmt.Fprintf(b, "<class '%s'>", x.Name)
	case *ExcValue:
		b.WriteString(x.Class.Name + "(")
		for i, a := range x.Args {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := t.reprTo(b, a, depth+1); err != nil {
				return err
			}
		}
		b.WriteByte(')')
	case *Instance:
		s, err := x.cls.vm.instanceRepr(x)
		if err != nil {
			return err
		}
		b.WriteString(s)
	case *Module:
		fmt.Fprintf(b, "<module '%s'>", x.Name)
	case EllipsisType:
		b.WriteString("Ellipsis")
	case NotImplementedType:
		b.WriteString("NotImplemented")
	case *Coroutine:
		if x.gather != nil {
			fmt.Fprintf(b, "<gather(%d)>", len(x.gather))
		} else {
			fmt.Fprintf(b, "<coroutine object %s>", x.name)
		}
	case *Iterator:
		fmt.Fprintf(b, "<%s object>", x.kind)
	case *DictView:
		name := [...]string{"dict_keys", "dict_values", "dict_items"}[x.kind]
		b.WriteString(name + "(")
		items, _ := t.iterate(x)
		t.reprTo(b, &List{Items: items}, depth+1)
		b.WriteByte(')')
	case *ExternalFn:
		fmt.Fprintf(b, "<external function %s>", x.Name)
	case *PathValue:
		fmt.Fprintf(b, "PosixPath(%s)", strRepr(x.path))
	default:
		if r, ok := v.(interface{ pyRepr() string }); ok {
			b.WriteString(r.pyRepr())
			return nil
		}
		fmt.Fprintf(b, "<%s object>", typeName(v))
	}
	return nil
}

// strRepr is repr() of a str.
func strRepr(s string) string { return pylib.StrRepr(s) }

func bytesRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// reprCutDepth is how deep Monty 0.0.23 writes nested containers: past it
// a list shows as "[...]" and a dict as "{...}", as a cycle does (a list
// nested 100 000 deep has a repr of 2003 characters, a dict of 7005).
const reprCutDepth = 1000

// reprCut writes the cut form of a container nested too deep; it reports
// false for values written in full at this depth.
func reprCut(b *strings.Builder, v Value, depth int) bool {
	switch v.(type) {
	case *List:
		b.WriteString("[...]")
	case Tuple:
		b.WriteString("(...)")
	case *Set:
		b.WriteString("{...}")
	case *Dict:
		if depth < reprCutDepth {
			return false
		}
		b.WriteString("{...}")
	default:
		return false
	}
	return true
}
