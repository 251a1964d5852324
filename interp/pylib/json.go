package pylib

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Dict is an insertion-ordered dict of pylib values, the form JSONLoads
// returns JSON objects in (keys are strings there) and one of the forms
// JSONDumps accepts.
type Dict struct {
	Keys, Values []any
}

// List is implemented by interpreter sequences (list, tuple) so JSONDumps
// can walk them without copying. Implementations must be comparable (e.g.
// pointers): identity is used to detect circular references.
type List interface {
	Len() int
	At(i int) any
}

// Map is implemented by interpreter dicts for JSONDumps, with the same
// comparability requirement as List.
type Map interface {
	Len() int
	Item(i int) (key, value any)
}

// JSONOptions are json.dumps's keyword arguments.
type JSONOptions struct {
	// Indent is nil for indent=None (everything on one line), else the
	// string for one level (" "*n for an int n, "" for n <= 0).
	Indent *string
	// Separators is nil for the default: (", ", ": ") without indent,
	// (",", ": ") with it.
	Separators    *[2]string
	SortKeys      bool
	EnsureASCII   bool
	AllowNaN      bool
	SkipKeys      bool
	CheckCircular bool
}

// DefaultJSONOptions returns json.dumps's defaults.
func DefaultJSONOptions() JSONOptions {
	return JSONOptions{EnsureASCII: true, AllowNaN: true, CheckCircular: true}
}

// maxJSONDepth stands in for CPython's recursion limit.
const maxJSONDepth = 990

// JSONDumps returns json.dumps(v, **opts). v is built from nil, bool, int,
// int64, *big.Int, float64, string, []any and Tuple (arrays), *Dict, List,
// Map, and Object (which is not serialisable: TypeError "Object of type X
// is not JSON serializable").
func JSONDumps(v any, opts JSONOptions) (string, error) {
	e := encoder{opts: opts, itemSep: ", ", keySep: ": "}
	if opts.Indent != nil {
		e.itemSep = ","
	}
	if opts.Separators != nil {
		e.itemSep, e.keySep = opts.Separators[0], opts.Separators[1]
	}
	if err := e.value(v, 0); err != nil {
		return "", err
	}
	return string(e.buf), nil
}

type encoder struct {
	opts            JSONOptions
	itemSep, keySep string
	buf             []byte
	stack           []any // containers being encoded, for the circular check
}

func (e *encoder) value(v any, depth int) error {
	switch x := v.(type) {
	case nil:
		e.buf = append(e.buf, "null"...)
	case bool:
		if x {
			e.buf = append(e.buf, "true"...)
		} else {
			e.buf = append(e.buf, "false"...)
		}
	case int:
		e.buf = strconv.AppendInt(e.buf, int64(x), 10)
	case int64:
		e.buf = strconv.AppendInt(e.buf, x, 10)
	case *big.Int:
		e.buf = x.Append(e.buf, 10)
	case float64:
		s, err := e.float(x)
		if err != nil {
			return err
		}
		e.buf = append(e.buf, s...)
	case string:
		e.buf = AppendJSONString(e.buf, x, e.opts.EnsureASCII)
	case []any:
		var id any
		if len(x) > 0 {
			id = &x[0]
		}
		return e.array(id, len(x), func(i int) any { return x[i] }, depth)
	case Tuple:
		return e.array(nil, len(x), func(i int) any { return x[i] }, depth)
	case List:
		return e.array(x, x.Len(), x.At, depth)
	case *Dict:
		return e.object(x, len(x.Keys), func(i int) (any, any) { return x.Keys[i], x.Values[i] }, depth)
	case Map:
		return e.object(x, x.Len(), x.Item, depth)
	default:
		return TypeError("Object of type " + TypeName(v) + " is not JSON serializable")
	}
	return nil
}

// float renders a float value or key: repr, or NaN/Infinity/-Infinity.
func (e *encoder) float(f float64) (string, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if !e.opts.AllowNaN {
			return "", ValueError("Out of range float values are not JSON compliant")
		}
		switch {
		case math.IsNaN(f):
			return "NaN", nil
		case f > 0:
			return "Infinity", nil
		}
		return "-Infinity", nil
	}
	return FloatRepr(f), nil
}

// enter pushes a container for the circular-reference and depth checks.
func (e *encoder) enter(id any, depth int) error {
	if depth >= maxJSONDepth {
		return &Error{Type: "RecursionError", Msg: "maximum recursion depth exceeded while encoding a JSON object"}
	}
	if e.opts.CheckCircular && id != nil {
		for _, s := range e.stack {
			if s == id {
				return ValueError("Circular reference detected")
			}
		}
	}
	e.stack = append(e.stack, id)
	return nil
}

// newline writes the line break and indentation for the given level.
func (e *encoder) newline(level int) {
	e.buf = append(e.buf, '\n')
	for i := 0; i < level; i++ {
		e.buf = append(e.buf, *e.opts.Indent...)
	}
}

func (e *encoder) array(id any, n int, at func(int) any, depth int) error {
	if n == 0 {
		e.buf = append(e.buf, "[]"...)
		return nil
	}
	if err := e.enter(id, depth); err != nil {
		return err
	}
	e.buf = append(e.buf, '[')
	for i := 0; i < n; i++ {
		if i > 0 {
			e.buf = append(e.buf, e.itemSep...)
		}
		if e.opts.Indent != nil {
			e.newline(depth + 1)
		}
		if err := e.value(at(i), depth+1); err != nil {
			return err
		}
	}
	if e.opts.Indent != nil {
		e.newline(depth)
	}
	e.buf = append(e.buf, ']')
	e.stack = e.stack[:len(e.stack)-1]
	return nil
}

func (e *encoder) object(id any, n int, item func(int) (any, any), depth int) error {
	if n == 0 {
		e.buf = append(e.buf, "{}"...)
		return nil
	}
	if err := e.enter(id, depth); err != nil {
		return err
	}
	order, err := e.keyOrder(n, item)
	if err != nil {
		return err
	}
	e.buf = append(e.buf, '{')
	first := true
	for _, i := range order {
		k, v := item(i)
		ks, ok, err := e.key(k)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if !first {
			e.buf = append(e.buf, e.itemSep...)
		}
		first = false
		if e.opts.Indent != nil {
			e.newline(depth + 1)
		}
		e.buf = AppendJSONString(e.buf, ks, e.opts.EnsureASCII)
		e.buf = append(e.buf, e.keySep...)
		if err := e.value(v, depth+1); err != nil {
			return err
		}
	}
	if e.opts.Indent != nil {
		e.newline(depth)
	}
	e.buf = append(e.buf, '}')
	e.stack = e.stack[:len(e.stack)-1]
	return nil
}

// key converts a dict key to its JSON string; ok is false for a key that
// skipkeys drops.
func (e *encoder) key(k any) (string, bool, error) {
	switch x := k.(type) {
	case string:
		return x, true, nil
	case float64:
		s, err := e.float(x)
		return s, err == nil, err
	case bool:
		if x {
			return "true", true, nil
		}
		return "false", true, nil
	case nil:
		return "null", true, nil
	case int:
		return strconv.Itoa(x), true, nil
	case int64:
		return strconv.FormatInt(x, 10), true, nil
	case *big.Int:
		return x.String(), true, nil
	}
	if e.opts.SkipKeys {
		return "", false, nil
	}
	return "", false, TypeError("keys must be str, int, float, bool or None, not " + TypeName(k))
}

// keyOrder returns the item indices in output order: insertion order, or
// sorted by key with the comparisons CPython's list.sort makes (a count of
// the first run, then binary insertion), so mixed key types fail with the
// same TypeError.
func (e *encoder) keyOrder(n int, item func(int) (any, any)) ([]int, error) {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	if !e.opts.SortKeys || n < 2 {
		return order, nil
	}
	err := ShortSort(order, func(a, b int) (bool, error) {
		ka, _ := item(a)
		kb, _ := item(b)
		return lessKey(ka, kb)
	})
	if err != nil {
		return nil, err
	}
	return order, nil
}

// lessKey is a < b for dict keys: str with str, numbers with numbers;
// anything else is CPython's TypeError.
func lessKey(a, b any) (bool, error) {
	if sa, ok := a.(string); ok {
		if sb, ok := b.(string); ok {
			return sa < sb, nil
		}
	} else if na, ok := toBigFloat(a); ok {
		if nb, ok := toBigFloat(b); ok {
			if na == nil || nb == nil { // NaN compares false
				return false, nil
			}
			return na.Cmp(nb) < 0, nil
		}
	}
	return false, TypeError("'<' not supported between instances of '" + TypeName(a) + "' and '" + TypeName(b) + "'")
}

// toBigFloat returns a number as an exact big.Float (nil for NaN).
func toBigFloat(v any) (*big.Float, bool) {
	switch x := v.(type) {
	case bool:
		if x {
			return big.NewFloat(1), true
		}
		return big.NewFloat(0), true
	case int:
		return new(big.Float).SetInt64(int64(x)), true
	case int64:
		return new(big.Float).SetInt64(x), true
	case *big.Int:
		return new(big.Float).SetInt(x), true
	case float64:
		if math.IsNaN(x) {
			return nil, true
		}
		return big.NewFloat(x), true
	}
	return nil, false
}

// AppendJSONString appends s as a JSON string literal: ", \ and control
// characters escaped, and with ensureASCII also DEL and every non-ASCII code
// point as \uXXXX (astral ones as surrogate pairs).
func AppendJSONString(b []byte, s string, ensureASCII bool) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if jsonPlain[c] || c == 0x7f && !ensureASCII {
			i++
			continue
		}
		if c >= utf8.RuneSelf && !ensureASCII {
			i++
			continue
		}
		b = append(b, s[start:i]...)
		if c < utf8.RuneSelf {
			b = appendJSONEscape(b, rune(c))
			i++
		} else {
			r, size := decodeRune(s, i)
			if r >= 0x10000 {
				r -= 0x10000
				b = appendJSONEscape(b, 0xD800+(r>>10))
				b = appendJSONEscape(b, 0xDC00+(r&0x3FF))
			} else {
				b = appendJSONEscape(b, r)
			}
			i += size
		}
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// jsonPlain marks the bytes a JSON string holds as they are: printable
// ASCII but " and \.
var jsonPlain = func() (t [256]bool) {
	for c := 0x20; c < 0x7f; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

func appendJSONEscape(b []byte, r rune) []byte {
	switch r {
	case '"':
		return append(b, '\\', '"')
	case '\\':
		return append(b, '\\', '\\')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	}
	return appendHex(append(b, '\\', 'u'), uint32(r), 4)
}

// jsonIndent is a helper for callers converting json.dumps's indent
// argument: an int n gives n spaces (none if n <= 0).
func jsonIndent(n int) *string {
	s := strings.Repeat(" ", max(n, 0))
	return &s
}

// JSONIndent returns the Indent option for indent=n (an int).
func JSONIndent(n int) *string { return jsonIndent(n) }
