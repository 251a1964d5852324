package interp

import (
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"unsafe"

	"github.com/monty-tools/monty-tools/interp/pylib"
)

// jsonImpl is the json module over pylib's CPython-exact encoder and
// decoder.
func jsonImpl() map[string]Value {
	dec := excClasses["JSONDecodeError"]
	return map[string]Value{
		"JSONDecodeError": dec,
		"dumps":           fn("dumps", jsonDumps),
		"loads": fn("loads", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := argsCheck("loads", args, kw, 1, 1); err != nil {
				return nil, err
			}
			var s string
			switch x := args[0].(type) {
			case Str:
				s = string(x)
			case Bytes:
				s = string(x)
			default:
				return nil, newExc(excTypeError, "the JSON object must be str, bytes or bytearray, not %s", typeName(args[0]))
			}
			v, err := pylib.JSONLoadsWith[Value](s, &jsonValues{})
			if err != nil {
				if e, ok := err.(*pylib.Error); ok && e.Type == "JSONDecodeError" {
					return nil, &ExcValue{Class: dec, Args: []Value{Str(e.Msg)}}
				}
				return nil, fromPylib(err)
			}
			return v, nil
		}),
	}
}

func jsonDumps(t *vm, args []Value, kw []KeywordArg) (Value, error) {
	if len(args) != 1 {
		return nil, newExc(excTypeError, "dumps() takes 1 positional argument but %d were given", len(args))
	}
	opts := pylib.DefaultJSONOptions()
	for _, k := range kw {
		switch k.Name {
		case "indent":
			switch x := k.Value.(type) {
			case NoneType:
			case Int:
				opts.Indent = pylib.JSONIndent(int(x))
			case Bool: // an int: True indents by one space, False by none
				n := 0
				if x {
					n = 1
				}
				opts.Indent = pylib.JSONIndent(n)
			case Str:
				s := string(x)
				opts.Indent = &s
			default:
				return nil, newExc(excTypeError, "indent must be None, an integer or a string")
			}
		case "separators":
			items, err := t.iterate(k.Value)
			if err != nil || len(items) > 2 {
				return nil, newExc(excValueError, "too many values to unpack (expected 2)")
			}
			if len(items) < 2 {
				return nil, newExc(excValueError, "not enough values to unpack (expected 2, got %d)", len(items))
			}
			a, _ := items[0].(Str)
			b, _ := items[1].(Str)
			opts.Separators = &[2]string{string(a), string(b)}
		case "sort_keys":
			opts.SortKeys = truth(k.Value)
		case "ensure_ascii":
			opts.EnsureASCII = truth(k.Value)
		case "allow_nan":
			opts.AllowNaN = truth(k.Value)
		case "skipkeys":
			opts.SkipKeys = truth(k.Value)
		default:
			return nil, newExc(excTypeError, "JSONEncoder.__init__() got an unexpected keyword argument '%s'", k.Name)
		}
	}
	size, err := t.jsonArg(args[0])
	if err != nil {
		return nil, err
	}
	return t.jsonEncode(args[0], opts, size)
}

// jsonEnc writes json.dumps's text straight from interpreter values. The
// text is pylib.JSONDumps's (CPython's separators, escapes and float
// repr); dicts follow Monty: a dict's keys are all checked (or skipped,
// with skipkeys) before its values are encoded and before sort_keys
// sorts them, and an empty result is "{}". The value has passed
// jsonCheck: no cycles, nesting below maxDataDepth.
type jsonEnc struct {
	t               *vm
	opts            pylib.JSONOptions
	itemSep, keySep string
	buf             []byte
	order           []int32 // positions of the dict entries being written, a stack shared by every level
}

// jsonEncode returns json.dumps(v); size is jsonCheck's estimate of the
// text's length.
func (t *vm) jsonEncode(v Value, opts pylib.JSONOptions, size int64) (Value, error) {
	e := jsonEnc{t: t, opts: opts, itemSep: ", ", keySep: ": "}
	if opts.Indent != nil {
		e.itemSep = ","
	}
	if opts.Separators != nil {
		e.itemSep, e.keySep = opts.Separators[0], opts.Separators[1]
	}
	e.buf = make([]byte, 0, min(size, 1<<20)+16)
	if err := e.value(v, 0); err != nil {
		return nil, err
	}
	if len(e.buf) < cap(e.buf)/2 {
		return Str(e.buf), nil // copy rather than hold on to the slack
	}
	// The buffer is never written again, so the str can share it.
	return Str(unsafe.String(unsafe.SliceData(e.buf), len(e.buf))), nil
}

func (e *jsonEnc) value(v Value, depth int) error {
	switch x := v.(type) {
	case Str:
		e.buf = pylib.AppendJSONString(e.buf, string(x), e.opts.EnsureASCII)
	case Int:
		e.buf = strconv.AppendInt(e.buf, int64(x), 10)
	case Float:
		return e.float(float64(x))
	case Bool:
		e.bool(bool(x))
	case NoneType:
		e.buf = append(e.buf, "null"...)
	case *big.Int:
		e.buf = x.Append(e.buf, 10)
	case *List:
		return e.array(x.Items, depth)
	case Tuple:
		return e.array(x, depth)
	case *Dict:
		return e.object(x, depth)
	default:
		return newExc(excTypeError, "Object of type %s is not JSON serializable", typeName(v))
	}
	return nil
}

func (e *jsonEnc) bool(b bool) {
	if b {
		e.buf = append(e.buf, "true"...)
	} else {
		e.buf = append(e.buf, "false"...)
	}
}

// float writes a float's repr, or NaN/Infinity/-Infinity when allowed.
func (e *jsonEnc) float(f float64) error {
	switch {
	case !math.IsNaN(f) && !math.IsInf(f, 0):
		e.buf = pylib.AppendFloatRepr(e.buf, f)
	case !e.opts.AllowNaN:
		return newExc(excValueError, "Out of range float values are not JSON compliant: %s", pylib.FloatRepr(f))
	case math.IsNaN(f):
		e.buf = append(e.buf, "NaN"...)
	case f > 0:
		e.buf = append(e.buf, "Infinity"...)
	default:
		e.buf = append(e.buf, "-Infinity"...)
	}
	return nil
}

// newline writes the line break and indentation for the given level.
func (e *jsonEnc) newline(level int) {
	e.buf = append(e.buf, '\n')
	for i := 0; i < level; i++ {
		e.buf = append(e.buf, *e.opts.Indent...)
	}
}

// sep writes what goes before the i-th item of an array or object.
func (e *jsonEnc) sep(i, depth int) {
	if i > 0 {
		e.buf = append(e.buf, e.itemSep...)
	}
	if e.opts.Indent != nil {
		e.newline(depth + 1)
	}
}

// end closes an array or object.
func (e *jsonEnc) end(c byte, depth int) {
	if e.opts.Indent != nil {
		e.newline(depth)
	}
	e.buf = append(e.buf, c)
}

func (e *jsonEnc) array(items []Value, depth int) error {
	if len(items) == 0 {
		e.buf = append(e.buf, "[]"...)
		return nil
	}
	e.buf = append(e.buf, '[')
	for i, x := range items {
		e.sep(i, depth)
		if err := e.value(x, depth+1); err != nil {
			return err
		}
	}
	e.end(']', depth)
	return nil
}

func (e *jsonEnc) object(d *Dict, depth int) error {
	skipped, err := e.checkKeys(d)
	if err != nil {
		return err
	}
	if !skipped && !e.opts.SortKeys {
		// The common case: every entry, in insertion order.
		if d.live == 0 {
			e.buf = append(e.buf, "{}"...)
			return nil
		}
		e.buf = append(e.buf, '{')
		n := 0
		for i := range d.entries {
			if en := &d.entries[i]; !en.dead {
				if err := e.item(en, n, depth); err != nil {
					return err
				}
				n++
			}
		}
		e.end('}', depth)
		return nil
	}
	mark := len(e.order)
	defer func() { e.order = e.order[:mark] }()
	for i := range d.entries {
		if en := &d.entries[i]; !en.dead && jsonKeyOK(en.key) {
			e.order = append(e.order, int32(i))
		}
	}
	order := e.order[mark:]
	if len(order) == 0 {
		e.buf = append(e.buf, "{}"...)
		return nil
	}
	if e.opts.SortKeys {
		if err := e.sortKeys(d, order); err != nil {
			return err
		}
	}
	e.buf = append(e.buf, '{')
	for n, i := range order {
		if err := e.item(&d.entries[i], n, depth); err != nil {
			return err
		}
	}
	e.end('}', depth)
	return nil
}

// item writes the n-th key and value of an object.
func (e *jsonEnc) item(en *dictEntry, n, depth int) error {
	e.sep(n, depth)
	if err := e.key(en.key); err != nil {
		return err
	}
	e.buf = append(e.buf, e.keySep...)
	return e.value(en.val, depth+1)
}

// jsonKeyOK tells whether json.dumps can write k as a key.
func jsonKeyOK(k Value) bool {
	switch k.(type) {
	case Str, Int, Float, Bool, NoneType, *big.Int:
		return true
	}
	return false
}

// checkKeys checks d's keys before any of its values is written, as Monty
// does; skipped is whether skipkeys drops some.
func (e *jsonEnc) checkKeys(d *Dict) (skipped bool, err error) {
	for i := range d.entries {
		en := &d.entries[i]
		if en.dead {
			continue
		}
		if _, ok := en.key.(Str); ok {
			continue
		}
		if !jsonKeyOK(en.key) {
			if !e.opts.SkipKeys {
				return false, newExc(excTypeError, "keys must be str, int, float, bool or None, not %s", typeName(en.key))
			}
			skipped = true
		}
	}
	return skipped, nil
}

// key writes a dict key as a JSON string; a key that is not a str
// becomes its JSON text, which needs no escaping.
func (e *jsonEnc) key(k Value) error {
	if s, ok := k.(Str); ok {
		e.buf = pylib.AppendJSONString(e.buf, string(s), e.opts.EnsureASCII)
		return nil
	}
	e.buf = append(e.buf, '"')
	if err := e.value(k, 0); err != nil {
		return err
	}
	e.buf = append(e.buf, '"')
	return nil
}

// sortKeys orders the entries at positions pos by key. Str keys (the
// usual case) are distinct, so any sort gives <'s order; other keys are
// compared with the comparisons CPython's list.sort makes on a short list
// (a count of the first run, then binary insertion), so mixed key types
// fail with the same TypeError.
func (e *jsonEnc) sortKeys(d *Dict, pos []int32) error {
	allStr := true
	for _, i := range pos {
		if _, ok := d.entries[i].key.(Str); !ok {
			allStr = false
			break
		}
	}
	if allStr {
		slices.SortFunc(pos, func(a, b int32) int {
			return strings.Compare(string(d.entries[a].key.(Str)), string(d.entries[b].key.(Str)))
		})
		return nil
	}
	return pylib.ShortSort(pos, func(a, b int32) (bool, error) {
		return order(e.t, cmpOp(2), d.entries[a].key, d.entries[b].key)
	})
}

// jsonValues builds json.loads's result directly as Values. Object keys
// repeat (a list of records has the same few keys in every record), so
// the boxed Str of a recent key is kept in a small cache and shared.
type jsonValues struct {
	keys [32]struct {
		s string
		v Value
	}
	strs strSlab
}

func (*jsonValues) Null() Value             { return None }
func (*jsonValues) Bool(b bool) Value       { return Bool(b) }
func (*jsonValues) Int(n int64) Value       { return mkInt(Int(n)) }
func (*jsonValues) BigInt(n *big.Int) Value { return normBig(n) }
func (*jsonValues) Float(f float64) Value   { return Float(f) }
func (b *jsonValues) Str(s string) Value    { return b.strs.box(s) }
func (*jsonValues) List(items []Value) Value {
	return &List{Items: append(make([]Value, 0, len(items)), items...)}
}
func (b *jsonValues) Dict(keys []string, values []Value) Value {
	d := &Dict{entries: make([]dictEntry, 0, len(keys))}
	for i, k := range keys {
		d.setStr(k, b.key(k), values[i])
	}
	return d
}

// key returns k boxed, from the cache when it was a recent key.
func (b *jsonValues) key(k string) Value {
	h := len(k)
	if h > 0 {
		h = h*31 + int(k[0])*7 + int(k[len(k)-1])
	}
	c := &b.keys[h&31]
	if c.v == nil || c.s != k {
		c.s, c.v = k, Str(k)
	}
	return c.v
}
