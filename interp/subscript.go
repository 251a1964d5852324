package interp

import (
	"math/big"
	"unicode/utf8"
)

// index converts a subscript to an int, with Python's messages.
func toIndex(v Value, what string) (int64, error) {
	switch x := v.(type) {
	case Int:
		return int64(x), nil
	case Bool:
		return int64(boolInt(x)), nil
	case *big.Int:
		return 0, newExc(excIndexError, "cannot fit 'int' into an index-sized integer")
	}
	return 0, newExc(excTypeError, "%s indices must be integers or slices, not %s", what, typeName(v))
}

// sliceIndices resolves a slice against a length, as slice.indices does.
func sliceIndices(sl *Slice, n int64) (start, stop, step int64, err error) {
	step = 1
	if _, ok := sl.Step.(NoneType); !ok {
		step, err = sliceInt(sl.Step)
		if err != nil {
			return
		}
		if step == 0 {
			err = newExc(excValueError, "slice step cannot be zero")
			return
		}
	}
	lower, upper := int64(0), n
	if step < 0 {
		lower, upper = -1, n-1
	}
	bound := func(v Value, def int64) (int64, error) {
		if _, ok := v.(NoneType); ok {
			return def, nil
		}
		i, err := sliceInt(v)
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i += n
			if i < lower {
				i = lower
			}
		} else if i > upper {
			i = upper
		}
		return i, nil
	}
	if step > 0 {
		start, err = bound(sl.Start, lower)
		if err == nil {
			stop, err = bound(sl.Stop, upper)
		}
	} else {
		start, err = bound(sl.Start, upper)
		if err == nil {
			stop, err = bound(sl.Stop, lower)
		}
	}
	return
}

func sliceInt(v Value) (int64, error) {
	switch x := v.(type) {
	case Int:
		return int64(x), nil
	case Bool:
		return int64(boolInt(x)), nil
	case *big.Int:
		if x.Sign() < 0 {
			return -1 << 62, nil
		}
		return 1 << 62, nil
	}
	return 0, newExc(excTypeError, "slice indices must be integers or None or have an __index__ method")
}

func sliceItems(items []Value, sl *Slice) ([]Value, error) {
	start, stop, step, err := sliceIndices(sl, int64(len(items)))
	if err != nil {
		return nil, err
	}
	var out []Value
	if step == 1 {
		if start < stop {
			out = make([]Value, stop-start)
			copy(out, items[start:stop])
		}
		return out, nil
	}
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		out = append(out, items[i])
	}
	return out, nil
}

func (t *vm) getItem(x, key Value) (Value, error) {
	switch c := x.(type) {
	case *List:
		if sl, ok := key.(*Slice); ok {
			items, err := sliceItems(c.Items, sl)
			if items == nil {
				items = []Value{}
			}
			return &List{Items: items}, err
		}
		i, err := toIndex(key, "list")
		if err != nil {
			return nil, newExc(excTypeError, "list indices must be integers, not '%s'", typeName(key))
		}
		n := int64(len(c.Items))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, newExc(excIndexError, "list index out of range")
		}
		return c.Items[i], nil
	case Tuple:
		if sl, ok := key.(*Slice); ok {
			items, err := sliceItems(c, sl)
			if items == nil {
				items = Tuple{}
			}
			return Tuple(items), err
		}
		i, err := toIndex(key, "tuple")
		if err != nil {
			return nil, err
		}
		n := int64(len(c))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, newExc(excIndexError, "tuple index out of range")
		}
		return c[i], nil
	case *Dict:
		v, ok, err := c.Get(key)
		if err != nil {
			return nil, err
		}
		if !ok {
			if c.factory != nil {
				return t.dictMissing(c, key)
			}
			return nil, keyError(key)
		}
		return v, nil
	case Str:
		s := string(c)
		if sl, ok := key.(*Slice); ok {
			return strSlice(s, sl)
		}
		i, err := toIndex(key, "string")
		if err != nil {
			return nil, err
		}
		if isASCII(s) {
			n := int64(len(s))
			if i < 0 {
				i += n
			}
			if i < 0 || i >= n {
				return nil, newExc(excIndexError, "string index out of range")
			}
			return Str(s[i : i+1]), nil
		}
		n := int64(utf8.RuneCountInString(s))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, newExc(excIndexError, "string index out of range")
		}
		off := runeOffset(s, i)
		r, size := utf8.DecodeRuneInString(s[off:])
		if r == utf8.RuneError && size == 1 {
			return Str(string(r)), nil // as []rune(s) decodes a stray byte
		}
		return Str(s[off : off+size]), nil
	case Bytes:
		if sl, ok := key.(*Slice); ok {
			items := make([]Value, len(c))
			for i := range items {
				items[i] = Int(c[i])
			}
			out, err := sliceItems(items, sl)
			b := make([]byte, len(out))
			for i, v := range out {
				b[i] = byte(v.(Int))
			}
			return Bytes(b), err
		}
		i, err := toIndex(key, "byte")
		if err != nil {
			return nil, err
		}
		n := int64(len(c))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, newExc(excIndexError, "index out of range")
		}
		return Int(c[i]), nil
	case *Range:
		if sl, ok := key.(*Slice); ok {
			start, stop, step, err := sliceIndices(sl, c.Len())
			if err != nil {
				return nil, err
			}
			return &Range{Start: c.Start + start*c.Step, Stop: c.Start + stop*c.Step, Step: step * c.Step}, nil
		}
		i, err := toIndex(key, "range")
		if err != nil {
			return nil, err
		}
		n := c.Len()
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, newExc(excIndexError, "range object index out of range")
		}
		return Int(c.Start + i*c.Step), nil
	case *Match:
		return c.group(key)
	case *Instance:
		if tu, ok := tupleOf(c); ok {
			return t.getItem(tu, key)
		}
	case *ExcClass, *TypeObject:
		// typing-style subscripts such as list[int] are annotations only.
		return x, nil
	}
	return nil, newExc(excTypeError, "'%s' object is not subscriptable", typeName(x))
}

func isASCII(s string) bool {
	for ; len(s) >= 8; s = s[8:] {
		// Eight bytes at a time (the compiler makes this one load).
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		if w&0x8080808080808080 != 0 {
			return false
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// runeOffset is the byte offset of code point i of s (0 <= i <= its
// length in code points), decoded as []rune(s) does.
func runeOffset(s string, i int64) int {
	off := 0
	for ; i > 0; i-- {
		if s[off] < utf8.RuneSelf {
			off++
		} else {
			_, size := utf8.DecodeRuneInString(s[off:])
			off += size
		}
	}
	return off
}

func strSlice(s string, sl *Slice) (Value, error) {
	if isASCII(s) {
		start, stop, step, err := sliceIndices(sl, int64(len(s)))
		if err != nil {
			return nil, err
		}
		if step == 1 {
			if start >= stop {
				return Str(""), nil
			}
			return Str(s[start:stop]), nil
		}
		var b []byte
		for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
			b = append(b, s[i])
		}
		return Str(b), nil
	}
	if _, ok := sl.Step.(NoneType); ok {
		// A plain slice is a substring: find its ends without decoding
		// the whole string into runes.
		start, stop, _, err := sliceIndices(sl, int64(utf8.RuneCountInString(s)))
		if err != nil {
			return nil, err
		}
		if start >= stop {
			return Str(""), nil
		}
		a := runeOffset(s, start)
		sub := s[a : a+runeOffset(s[a:], stop-start)]
		if utf8.ValidString(sub) {
			return Str(sub), nil
		}
		return Str(string([]rune(sub))), nil // stray bytes become U+FFFD
	}
	runes := []rune(s)
	start, stop, step, err := sliceIndices(sl, int64(len(runes)))
	if err != nil {
		return nil, err
	}
	var out []rune
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		out = append(out, runes[i])
	}
	return Str(string(out)), nil
}

func (t *vm) setItem(x, key, val Value) error {
	switch c := x.(type) {
	case *List:
		if _, ok := key.(*Slice); ok {
			return newExc(excTypeError, "list indices must be integers or slices, not slice")
		}
		i, err := toIndex(key, "list")
		if err != nil {
			return err
		}
		n := int64(len(c.Items))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return newExc(excIndexError, "list assignment index out of range")
		}
		c.Items[i] = val
		return nil
	case *Dict:
		n := len(c.entries)
		if err := c.Set(key, val); err != nil {
			return err
		}
		if len(c.entries) > n {
			return t.alloc(int(entrySize))
		}
		return nil
	}
	return newExc(excTypeError, "'%s' object does not support item assignment", typeName(x))
}
