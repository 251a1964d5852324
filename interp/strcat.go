package interp

import "unsafe"

// String concatenation in a loop (s += piece) copies the whole string each
// time when done with Go's +, which makes building a long string quadratic.
// CPython avoids that by resizing a string it holds the only reference to;
// Go strings have no reference count, so instead the VM keeps one growable
// byte buffer and builds long concatenation results in it. A result ends
// at the buffer's used length; when the left operand of the next
// concatenation is a string that ends exactly there, the right operand is
// copied into the free capacity behind it and the result is a longer view
// of the same bytes. Bytes already inside some string are never written
// again (only the free tail is), so every existing string stays immutable,
// whoever holds it.

// concatMin is the length from which a concatenation result goes through
// the buffer; shorter ones are cheaper with Go's +.
const concatMin = 64

// concat returns a + b.
func (t *vm) concat(a, b Str) Value {
	n := len(a) + len(b)
	if len(a) == 0 || len(b) == 0 {
		return a + b
	}
	if n < concatMin {
		v, buf := newStr(n)
		copy(buf[copy(buf, a):], b)
		return v
	}
	buf := t.strBuf
	if len(a) <= len(buf) && cap(buf)-len(buf) >= len(b) &&
		unsafe.StringData(string(a)) == unsafe.SliceData(buf[len(buf)-len(a):]) {
		// a ends where the buffer's used part ends: append in place.
		buf = append(buf, b...)
		t.strBuf = buf
		return Str(unsafe.String(unsafe.StringData(string(a)), n))
	}
	buf = make([]byte, 0, 2*n)
	buf = append(buf, a...)
	buf = append(buf, b...)
	t.strBuf = buf
	return Str(unsafe.String(unsafe.SliceData(buf), n))
}
