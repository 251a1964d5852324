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
func JSONLoads(s string) (any, error) {
	d := decoder{s: s}
	if strings.HasPrefix(s, "\ufeff") {
		return nil, d.errAt("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0)
	}
	i := d.ws(0)
	v, end, err := d.value(i, 0)
	if err != nil {
		return nil, err
	}
	end = d.ws(end)
	if end != len(s) {
		return nil, d.errAt("Extra data", end)
	}
	return v, nil
}

type decoder struct{ s string }

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
func (d *decoder) value(i, depth int) (any, int, error) {
	s := d.s
	if i >= len(s) {
		return nil, i, d.errAt("Expecting value", i)
	}
	switch c := s[i]; {
	case c == '"':
		return d.str(i + 1)
	case c == '{':
		if depth >= maxJSONDepth {
			return nil, i, &Error{Type: "RecursionError",
				Msg: "maximum recursion depth exceeded while decoding a JSON object from a unicode string"}
		}
		return d.object(i+1, depth+1)
	case c == '[':
		if depth >= maxJSONDepth {
			return nil, i, &Error{Type: "RecursionError",
				Msg: "maximum recursion depth exceeded while decoding a JSON array from a unicode string"}
		}
		return d.array(i+1, depth+1)
	case strings.HasPrefix(s[i:], "null"):
		return nil, i + 4, nil
	case strings.HasPrefix(s[i:], "true"):
		return true, i + 4, nil
	case strings.HasPrefix(s[i:], "false"):
		return false, i + 5, nil
	case strings.HasPrefix(s[i:], "NaN"):
		return nan(), i + 3, nil
	case strings.HasPrefix(s[i:], "Infinity"):
		return inf(1), i + 8, nil
	case strings.HasPrefix(s[i:], "-Infinity"):
		return inf(-1), i + 9, nil
	}
	return d.number(i)
}

// number scans a JSON number at i; a non-number is "Expecting value".
func (d *decoder) number(start int) (any, int, error) {
	s := d.s
	i := start
	if s[i] == '-' {
		i++
		if i >= len(s) {
			return nil, start, d.errAt("Expecting value", start)
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
		return nil, start, d.errAt("Expecting value", start)
	}
	i, isFloat := d.fraction(i)
	text := s[start:i]
	if isFloat {
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !isRangeErr(err) {
			return nil, start, d.errAt("Expecting value", start)
		}
		return f, i, nil
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		return n, i, nil
	}
	digits := len(text)
	if text[0] == '-' {
		digits--
	}
	if digits > MaxStrDigits {
		return nil, start, ValueError("Exceeds the limit (4300 digits) for integer string conversion: value has " +
			strconv.Itoa(digits) + " digits; use sys.set_int_max_str_digits() to increase the limit")
	}
	b, _ := new(big.Int).SetString(text, 10)
	return b, i, nil
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
func (d *decoder) str(i int) (any, int, error) {
	s := d.s
	begin := i - 1
	var b []byte
	chunk := i
	for {
		for i < len(s) && s[i] != '"' && s[i] != '\\' {
			if s[i] <= 0x1f {
				return nil, i, d.errAt("Invalid control character at", i)
			}
			i++
		}
		if i >= len(s) {
			return nil, i, d.errAt("Unterminated string starting at", begin)
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
			return nil, i, d.errAt("Unterminated string starting at", begin)
		}
		c := s[i]
		if c != 'u' {
			esc, ok := simpleEscape(c)
			if !ok {
				return nil, i, d.errAt("Invalid \\escape", i-1)
			}
			b = append(b, esc)
			i++
			chunk = i
			continue
		}
		r, next, err := d.unicodeEscape(i)
		if err != nil {
			return nil, i, err
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

// object scans an object body after '{'.
func (d *decoder) object(i, depth int) (any, int, error) {
	s := d.s
	obj := &Dict{}
	var index map[string]int
	i = d.ws(i)
	if i < len(s) && s[i] == '}' {
		return obj, i + 1, nil
	}
	for {
		if i >= len(s) || s[i] != '"' {
			return nil, i, d.errAt("Expecting property name enclosed in double quotes", i)
		}
		k, next, err := d.str(i + 1)
		if err != nil {
			return nil, i, err
		}
		i = d.ws(next)
		if i >= len(s) || s[i] != ':' {
			return nil, i, d.errAt("Expecting ':' delimiter", i)
		}
		i = d.ws(i + 1)
		v, next, err := d.value(i, depth)
		if err != nil {
			return nil, i, err
		}
		key := k.(string)
		if index == nil {
			index = make(map[string]int)
		}
		if at, dup := index[key]; dup {
			obj.Values[at] = v
		} else {
			index[key] = len(obj.Keys)
			obj.Keys = append(obj.Keys, key)
			obj.Values = append(obj.Values, v)
		}
		i = d.ws(next)
		if i < len(s) && s[i] == '}' {
			return obj, i + 1, nil
		}
		if i >= len(s) || s[i] != ',' {
			return nil, i, d.errAt("Expecting ',' delimiter", i)
		}
		i = d.ws(i + 1)
	}
}

// array scans an array body after '['.
func (d *decoder) array(i, depth int) (any, int, error) {
	s := d.s
	arr := []any{}
	i = d.ws(i)
	if i < len(s) && s[i] == ']' {
		return arr, i + 1, nil
	}
	for {
		v, next, err := d.value(i, depth)
		if err != nil {
			return nil, i, err
		}
		arr = append(arr, v)
		i = d.ws(next)
		if i < len(s) && s[i] == ']' {
			return arr, i + 1, nil
		}
		if i >= len(s) || s[i] != ',' {
			return nil, i, d.errAt("Expecting ',' delimiter", i)
		}
		i = d.ws(i + 1)
	}
}
