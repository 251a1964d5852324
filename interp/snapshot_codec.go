package interp

import (
	bin "encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"
)

// The value encoding of snapshots: the data a host can pass into a
// program (inputs, external results, exceptions), one tag byte per value.
// Lists, dicts and sets get a number when first written, and a later
// reference to the same object is written as that number, so sharing and
// cycles survive a round trip.
const (
	tagNone byte = iota
	tagFalse
	tagTrue
	tagInt
	tagBigInt
	tagFloat
	tagStr
	tagBytes
	tagList
	tagTuple
	tagDict
	tagSet
	tagFrozenSet
	tagRef
	tagExc
)

// maxDecodeDepth bounds the nesting a decoder accepts from untrusted bytes.
const maxDecodeDepth = 10000

// valueEncoder writes values to buf.
type valueEncoder struct {
	buf  []byte
	refs map[any]uint64
}

func (e *valueEncoder) uvarint(n uint64) { e.buf = bin.AppendUvarint(e.buf, n) }

func (e *valueEncoder) bytes(b string) {
	e.uvarint(uint64(len(b)))
	e.buf = append(e.buf, b...)
}

// ref writes a back-reference when x was written before, and otherwise
// numbers it.
func (e *valueEncoder) ref(x any) bool {
	if e.refs == nil {
		e.refs = map[any]uint64{}
	}
	if n, ok := e.refs[x]; ok {
		e.buf = append(e.buf, tagRef)
		e.uvarint(n)
		return true
	}
	e.refs[x] = uint64(len(e.refs))
	return false
}

func (e *valueEncoder) value(v Value) error {
	switch x := v.(type) {
	case NoneType:
		e.buf = append(e.buf, tagNone)
	case Bool:
		if x {
			e.buf = append(e.buf, tagTrue)
		} else {
			e.buf = append(e.buf, tagFalse)
		}
	case Int:
		e.buf = append(e.buf, tagInt)
		e.buf = bin.AppendVarint(e.buf, int64(x))
	case *big.Int:
		e.buf = append(e.buf, tagBigInt)
		b, _ := x.GobEncode()
		e.bytes(string(b))
	case Float:
		e.buf = append(e.buf, tagFloat)
		e.buf = bin.LittleEndian.AppendUint64(e.buf, math.Float64bits(float64(x)))
	case Str:
		e.buf = append(e.buf, tagStr)
		e.bytes(string(x))
	case Bytes:
		e.buf = append(e.buf, tagBytes)
		e.bytes(string(x))
	case Tuple:
		e.buf = append(e.buf, tagTuple)
		return e.items(x)
	case *List:
		if x.deque {
			return errors.New("a deque cannot be saved in a snapshot")
		}
		if e.ref(x) {
			return nil
		}
		e.buf = append(e.buf, tagList)
		return e.items(x.Items)
	case *Set:
		if e.ref(x) {
			return nil
		}
		if x.frozen {
			e.buf = append(e.buf, tagFrozenSet)
		} else {
			e.buf = append(e.buf, tagSet)
		}
		return e.items(x.Items())
	case *Dict:
		return e.dict(x)
	case *ExcValue:
		e.buf = append(e.buf, tagExc)
		e.bytes(x.Class.Name)
		return e.items(x.Args)
	default:
		return fmt.Errorf("a %s value cannot be saved in a snapshot", typeName(v))
	}
	return nil
}

func (e *valueEncoder) items(items []Value) error {
	e.uvarint(uint64(len(items)))
	for _, it := range items {
		if err := e.value(it); err != nil {
			return err
		}
	}
	return nil
}

func (e *valueEncoder) dict(d *Dict) error {
	if d.kind != plainDict {
		return errors.New("a defaultdict or Counter cannot be saved in a snapshot")
	}
	if e.ref(d) {
		return nil
	}
	e.buf = append(e.buf, tagDict)
	e.uvarint(uint64(d.Len()))
	for _, ent := range d.entries {
		if ent.dead {
			continue
		}
		if err := e.value(ent.key); err != nil {
			return err
		}
		if err := e.value(ent.val); err != nil {
			return err
		}
	}
	return nil
}

// encodeValue encodes one value on its own (its own reference numbers).
func encodeValue(v Value) ([]byte, error) {
	var e valueEncoder
	err := e.value(v)
	return e.buf, err
}

// errCorrupt reports bytes that are not a well-formed snapshot.
var errCorrupt = errors.New("snapshot data is corrupt")

// valueDecoder reads what valueEncoder wrote, trusting nothing.
type valueDecoder struct {
	buf   []byte
	refs  []Value
	depth int
}

func (d *valueDecoder) byte() (byte, error) {
	if len(d.buf) == 0 {
		return 0, errCorrupt
	}
	b := d.buf[0]
	d.buf = d.buf[1:]
	return b, nil
}

func (d *valueDecoder) uvarint() (uint64, error) {
	n, k := bin.Uvarint(d.buf)
	if k <= 0 {
		return 0, errCorrupt
	}
	d.buf = d.buf[k:]
	return n, nil
}

func (d *valueDecoder) bytes() (string, error) {
	n, err := d.uvarint()
	if err != nil || n > uint64(len(d.buf)) {
		return "", errCorrupt
	}
	s := string(d.buf[:n])
	d.buf = d.buf[n:]
	return s, nil
}

// count reads a number of items, each taking at least one byte.
func (d *valueDecoder) count() (int, error) {
	n, err := d.uvarint()
	if err != nil || n > uint64(len(d.buf)) {
		return 0, errCorrupt
	}
	return int(n), nil
}

func (d *valueDecoder) value() (Value, error) {
	if d.depth++; d.depth > maxDecodeDepth {
		return nil, errCorrupt
	}
	defer func() { d.depth-- }()
	tag, err := d.byte()
	if err != nil {
		return nil, err
	}
	switch tag {
	case tagNone:
		return None, nil
	case tagFalse:
		return Bool(false), nil
	case tagTrue:
		return Bool(true), nil
	case tagInt:
		n, k := bin.Varint(d.buf)
		if k <= 0 {
			return nil, errCorrupt
		}
		d.buf = d.buf[k:]
		return Int(n), nil
	case tagBigInt:
		s, err := d.bytes()
		b := new(big.Int)
		if err != nil || b.GobDecode([]byte(s)) != nil {
			return nil, errCorrupt
		}
		return normBig(b), nil
	case tagFloat:
		if len(d.buf) < 8 {
			return nil, errCorrupt
		}
		f := math.Float64frombits(bin.LittleEndian.Uint64(d.buf))
		d.buf = d.buf[8:]
		return Float(f), nil
	case tagStr:
		s, err := d.bytes()
		return Str(s), err
	case tagBytes:
		s, err := d.bytes()
		return Bytes(s), err
	case tagTuple:
		items, err := d.items()
		return Tuple(items), err
	case tagList:
		l := &List{}
		d.refs = append(d.refs, l)
		items, err := d.items()
		l.Items = items
		return l, err
	case tagSet, tagFrozenSet:
		return d.set(tag == tagFrozenSet)
	case tagDict:
		return d.dict()
	case tagRef:
		n, err := d.uvarint()
		if err != nil || n >= uint64(len(d.refs)) {
			return nil, errCorrupt
		}
		return d.refs[n], nil
	case tagExc:
		return d.exc()
	}
	return nil, errCorrupt
}

func (d *valueDecoder) items() ([]Value, error) {
	n, err := d.count()
	if err != nil {
		return nil, err
	}
	items := make([]Value, n)
	for i := range items {
		if items[i], err = d.value(); err != nil {
			return nil, err
		}
	}
	return items, nil
}

func (d *valueDecoder) set(frozen bool) (Value, error) {
	s := &Set{frozen: frozen}
	d.refs = append(d.refs, s)
	items, err := d.items()
	if err != nil {
		return nil, err
	}
	for _, it := range items {
		if err := s.Add(it); err != nil {
			return nil, errCorrupt
		}
	}
	return s, nil
}

func (d *valueDecoder) dict() (Value, error) {
	m := NewDict()
	d.refs = append(d.refs, m)
	n, err := d.count()
	if err != nil {
		return nil, err
	}
	for i := 0; i < n; i++ {
		k, err := d.value()
		if err != nil {
			return nil, err
		}
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		if err := m.Set(k, v); err != nil {
			return nil, errCorrupt
		}
	}
	return m, nil
}

func (d *valueDecoder) exc() (Value, error) {
	name, err := d.bytes()
	if err != nil {
		return nil, err
	}
	cls := excClasses[name]
	if cls == nil {
		return nil, fmt.Errorf("%w: unknown exception class %q", errCorrupt, name)
	}
	args, err := d.items()
	if err != nil {
		return nil, err
	}
	return &ExcValue{Class: cls, Args: args}, nil
}

// decodeValue decodes one value that must fill data.
func decodeValue(data []byte) (Value, error) {
	d := valueDecoder{buf: data}
	v, err := d.value()
	if err == nil && len(d.buf) > 0 {
		err = errCorrupt
	}
	return v, err
}
