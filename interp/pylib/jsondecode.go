package pylib

import (
	"math/big"
	"strconv"
	"strings"
)

// JSONLoads returns json.loads(s) for a str s: nil, bool, int64 or
// *big.Int, float64, string, []any and *Dict (duplicate keys keep the
// first position and the last value). Syntax errors are *Error{Type:
// "JSONDecodeError"} with CPython's message, "Expecting value: line 1
// column 1 (char 0)", positions counted in code points.
func JSONLoads(s string) (any, error) { return JSONLoadsWith[any](s, plainJSON{}) }

// JSONBuilder makes the values JSONLoadsWith returns, so that an
// interpreter gets its own values without a second conversion pass. The
// slices List and Dict are given are the decoder's scratch space, reused
// once they return: a builder copies what it keeps. Dict's keys are
// distinct.
type JSONBuilder[V any] interface {
	Null() V
	Bool(b bool) V
	Int(n int64) V
	BigInt(n *big.Int) V
	Float(f float64) V
	Str(s string) V
	List(items []V) V
	Dict(keys []string, values []V) V
}

// JSONLoadsWith is JSONLoads building its result with b.
func JSONLoadsWith[V any](s string, b JSONBuilder[V]) (V, error) {
	d := jsonDec[V]{decoder: decoder{s: s}, b: b}
	var zero V
	if strings.HasPrefix(s, "\ufeff") {
		return zero, d.errAt("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0)
	}
	i := d.ws(0)
	v, end, err := d.value(i, 0)
	if err != nil {
		return zero, err
	}
	end = d.ws(end)
	if end != len(s) {
		return zero, d.errAt("Extra data", end)
	}
	return v, nil
}

// plainJSON builds JSONLoads's plain values.
type plainJSON struct{}

func (plainJSON) Null() any             { return nil }
func (plainJSON) Bool(b bool) any       { return b }
func (plainJSON) Int(n int64) any       { return n }
func (plainJSON) BigInt(n *big.Int) any { return n }
func (plainJSON) Float(f float64) any   { return f }
func (plainJSON) Str(s string) any      { return s }
func (plainJSON) List(items []any) any  { return append([]any{}, items...) }
func (plainJSON) Dict(keys []string, values []any) any {
	d := &Dict{Keys: make([]any, len(keys)), Values: append([]any(nil), values...)}
	for i, k := range keys {
		d.Keys[i] = k
	}
	return d
}

type decoder struct{ s string }

// jsonDec is a decoder with the builder of its values. The items of the
// arrays and objects being scanned are pushed on vals (and an object's
// keys on keys) and popped when the builder has taken them, so that
// scanning allocates no growing slice per container.
type jsonDec[V any] struct {
	decoder
	b    JSONBuilder[V]
	vals []V
	keys []string
}

// errAt builds a JSONDecodeError at byte offset i.
func (d *decoder) errAt(msg string, i int) error {
	pos := cpCount(d.s, i)
	line := strings.Count(d.s[:i], "\n") + 1
	col := pos + 1
	if nl := strings.LastIndexByte(d.s[:i], '\n'); nl >= 0 {
		col = pos - cpCount(d.s, nl)
	}
	return &Error{Type: "JSONDecodeError", Msg: msg + ": line " + strconv.Itoa(line) +
		" column " + strconv.Itoa(col) + " (char " + strconv.Itoa(pos) + ")"}
}

// ws skips JSON whitespace from i.
func (d *decoder) ws(i int) int {
	for i < len(d.s) {
		switch d.s[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// value scans one JSON value at i (CPython's scan_once).
func (d *jsonDec[V]) value(i, depth int) (V, int, error) {
	s := d.s
	var zero V
	if i >= len(s) {
		return zero, i, d.errAt("Expecting value", i)
	}
	switch c := s[i]; {
	case c == '"':
		str, next, err := d.str(i + 1)
		if err != nil {
			return zero, next, err
		}
		return d.b.Str(str), next, nil
	case c == '{':
		if depth >= maxJSONDepth {
			return zero, i, &Error{Type: "RecursionError",
				Msg: "maximum recursion depth exceeded while decoding a JSON object from a unicode string"}
		}
		return d.object(i+1, depth+1)
	case c == '[':
		if depth >= maxJSONDepth {
			return zero, i, &Error{Type: "RecursionError",
				Msg: "maximum recursion depth exceeded while decoding a JSON array from a unicode string"}
		}
		return d.array(i+1, depth+1)
	case strings.HasPrefix(s[i:], "null"):
		return d.b.Null(), i + 4, nil
	case strings.HasPrefix(s[i:], "true"):
		return d.b.Bool(true), i + 4, nil
	case strings.HasPrefix(s[i:], "false"):
		return d.b.Bool(false), i + 5, nil
	case strings.HasPrefix(s[i:], "NaN"):
		return d.b.Float(nan()), i + 3, nil
	case strings.HasPrefix(s[i:], "Infinity"):
		return d.b.Float(inf(1)), i + 8, nil
	case strings.HasPrefix(s[i:], "-Infinity"):
		return d.b.Float(inf(-1)), i + 9, nil
	}
	return d.number(i)
}

// number scans a JSON number at i; a non-number is "Expecting value".
func (d *jsonDec[V]) number(start int) (V, int, error) {
	var zero V
	s := d.s
	i := start
	if s[i] == '-' {
		i++
		if i >= len(s) {
			return zero, start, d.errAt("Expecting value", start)
		}
	}
	switch c := s[i]; {
	case c >= '1' && c <= '9':
		i++
		for i < len(s) && isDigitByte(s[i]) {
			i++
		}
	case c == '0':
		i++
	default:
		return zero, start, d.errAt("Expecting value", start)
	}
	i, isFloat := d.fraction(i)
	text := s[start:i]
	if isFloat {
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !isRangeErr(err) {
			return zero, start, d.errAt("Expecting value", start)
		}
		return d.b.Float(f), i, nil
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		return d.b.Int(n), i, nil
	}
	digits := len(text)
	if text[0] == '-' {
		digits--
	}
	if digits > MaxStrDigits {
		return zero, start, ValueError("Exceeds the limit (4300 digits) for integer string conversion: value has " +
			strconv.Itoa(digits) + " digits; use sys.set_int_max_str_digits() to increase the limit")
	}
	b, _ := new(big.Int).SetString(text, 10)
	return d.b.BigInt(b), i, nil
}

// fraction scans an optional fraction and exponent after the integer
// digits ending at i; an exponent without digits is left unread.
func (d *decoder) fraction(i int) (int, bool) {
	s := d.s
	isFloat := false
	if i+1 < len(s) && s[i] == '.' && isDigitByte(s[i+1]) {
		isFloat = true
		i += 2
		for i < len(s) && isDigitByte(s[i]) {
			i++
		}
	}
	if i+1 < len(s) && (s[i] == 'e' || s[i] == 'E') {
		e := i
		i++
		if i+1 < len(s) && (s[i] == '-' || s[i] == '+') {
			i++
		}
		for i < len(s) && isDigitByte(s[i]) {
			i++
		}
		if isDigitByte(s[i-1]) {
			isFloat = true
		} else {
			i = e
		}
	}
	return i, isFloat
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// str scans a string body starting just after its opening quote.
func (d *decoder) str(i int) (string, int, error) {
	s := d.s
	begin := i - 1
	var b []byte
	chunk := i
	for {
		for i < len(s) && s[i] != '"' && s[i] != '\\' {
			if s[i] <= 0x1f {
				return "", i, d.errAt("Invalid control character at", i)
			}
			i++
		}
		if i >= len(s) {
			return "", i, d.errAt("Unterminated string starting at", begin)
		}
		if s[i] == '"' {
			if b == nil {
				return s[chunk:i], i + 1, nil
			}
			return string(append(b, s[chunk:i]...)), i + 1, nil
		}
		b = append(b, s[chunk:i]...)
		i++ // past the backslash
		if i >= len(s) {
			return "", i, d.errAt("Unterminated string starting at", begin)
		}
		c := s[i]
		if c != 'u' {
			esc, ok := simpleEscape(c)
			if !ok {
				return "", i, d.errAt("Invalid \\escape", i-1)
			}
			b = append(b, esc)
			i++
			chunk = i
			continue
		}
		r, next, err := d.unicodeEscape(i)
		if err != nil {
			return "", i, err
		}
		b = appendRune(b, r)
		i, chunk = next, next
	}
}

func simpleEscape(c byte) (byte, bool) {
	switch c {
	case '"', '\\', '/':
		return c, true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	}
	return 0, false
}

// unicodeEscape decodes \uXXXX (u at byte u), joining a following low
// surrogate escape into one code point as CPython does.
func (d *decoder) unicodeEscape(u int) (rune, int, error) {
	s := d.s
	r, ok := hex4(s, u+1)
	if !ok || u+5 >= len(s) {
		return 0, u, d.errAt("Invalid \\uXXXX escape", u)
	}
	next := u + 5
	if r >= 0xD800 && r <= 0xDBFF && next+6 < len(s)+0 && strings.HasPrefix(s[next:], "\\u") {
		r2, ok := hex4(s, next+2)
		if !ok {
			return 0, u, d.errAt("Invalid \\uXXXX escape", next+1)
		}
		if r2 >= 0xDC00 && r2 <= 0xDFFF {
			return 0x10000 + (r-0xD800)<<10 + (r2 - 0xDC00), next + 6, nil
		}
	}
	return r, next, nil
}

// hex4 parses four hex digits at s[i:].
func hex4(s string, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	var r rune
	for _, c := range []byte(s[i : i+4]) {
		v := digitVal(c)
		if v >= 16 {
			return 0, false
		}
		r = r<<4 | rune(v)
	}
	return r, true
}

// object scans an object body after '{'. A repeated key keeps its first
// position and takes the last value; small objects find repeats by a scan.
func (d *jsonDec[V]) object(i, depth int) (V, int, error) {
	s := d.s
	var zero V
	mark, vmark := len(d.keys), len(d.vals)
	defer func() { d.keys, d.vals = d.keys[:mark], d.vals[:vmark] }()
	var index map[string]int
	i = d.ws(i)
	if i < len(s) && s[i] == '}' {
		return d.b.Dict(nil, nil), i + 1, nil
	}
	for {
		if i >= len(s) || s[i] != '"' {
			return zero, i, d.errAt("Expecting property name enclosed in double quotes", i)
		}
		key, next, err := d.str(i + 1)
		if err != nil {
			return zero, i, err
		}
		i = d.ws(next)
		if i >= len(s) || s[i] != ':' {
			return zero, i, d.errAt("Expecting ':' delimiter", i)
		}
		i = d.ws(i + 1)
		v, next, err := d.value(i, depth)
		if err != nil {
			return zero, i, err
		}
		at := -1
		if index != nil {
			if j, ok := index[key]; ok {
				at = j
			}
		} else {
			for j, k := range d.keys[mark:] {
				if k == key {
					at = j
					break
				}
			}
		}
		if at >= 0 {
			d.vals[vmark+at] = v
		} else {
			n := len(d.keys) - mark
			if index != nil {
				index[key] = n
			}
			d.keys = append(d.keys, key)
			d.vals = append(d.vals, v)
			if index == nil && n >= 16 {
				index = make(map[string]int, 2*n)
				for j, k := range d.keys[mark:] {
					index[k] = j
				}
			}
		}
		i = d.ws(next)
		if i < len(s) && s[i] == '}' {
			return d.b.Dict(d.keys[mark:], d.vals[vmark:]), i + 1, nil
		}
		if i >= len(s) || s[i] != ',' {
			return zero, i, d.errAt("Expecting ',' delimiter", i)
		}
		i = d.ws(i + 1)
	}
}

// array scans an array body after '['.
func (d *jsonDec[V]) array(i, depth int) (V, int, error) {
	s := d.s
	var zero V
	i = d.ws(i)
	if i < len(s) && s[i] == ']' {
		return d.b.List(nil), i + 1, nil
	}
	mark := len(d.vals)
	defer func() { d.vals = d.vals[:mark] }()
	for {
		v, next, err := d.value(i, depth)
		if err != nil {
			return zero, i, err
		}
		d.vals = append(d.vals, v)
		i = d.ws(next)
		if i < len(s) && s[i] == ']' {
			return d.b.List(d.vals[mark:]), i + 1, nil
		}
		if i >= len(s) || s[i] != ',' {
			return zero, i, d.errAt("Expecting ',' delimiter", i)
		}
		i = d.ws(i + 1)
	}
}
