package interp

import (
	"hash/maphash"
	"math"
	"math/big"
)

// Dict is an insertion-ordered hash map, Python's dict. Entries live in a
// slice in insertion order; index is an open-addressing table (linear
// probing, at most half full) of entry positions plus one, 0 for a free
// slot. A deleted entry stays in place, marked dead, until the dict is
// compacted, so its slot keeps probe sequences intact. A dict of at most
// smallDict entries (class namespaces, keyword arguments, JSON records)
// has no index: lookups scan the entries, and a str key is found by
// comparing strings, without hashing it.
type Dict struct {
	entries []dictEntry
	index   []int32
	shift   uint8 // 64 - log2(len(index))
	live    int
	// factory makes collections.defaultdict and Counter: a missing key
	// read with [] gets factory() (Counter: 0).
	factory Value
	kind    dictKind
}

type dictKind uint8

const (
	plainDict dictKind = iota
	defaultDict
	counterDict
)

type dictEntry struct {
	key, val Value
	hash     uint64
	dead     bool
}

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// Len is the number of keys.
func (d *Dict) Len() int { return d.live }

var seed = maphash.MakeSeed()

// hashOf is Python's hash(): equal values (1, 1.0, True) hash alike. It
// fails for unhashable values.
func hashOf(v Value) (uint64, error) { return hashAt(v, 0) }

// intHash is an int's hash: the fast paths that skip hashAt's switch for
// an Int key call it too, so that every path agrees.
func intHash(k Int) uint64 { return uint64(k) }

// hashAt is hashOf of a value nested depth tuples deep.
func hashAt(v Value, depth int) (uint64, error) {
	switch v := v.(type) {
	case Str:
		return maphash.String(seed, string(v)), nil
	case Int:
		return intHash(v), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case Float:
		f := float64(v)
		if f == math.Trunc(f) && f >= -(1<<63) && f < 1<<63 {
			return uint64(int64(f)), nil
		}
		if f == math.Trunc(f) && !math.IsInf(f, 0) {
			// Equal to a big int (1e20 == 10**20): hash as that int.
			b, _ := big.NewFloat(f).Int(nil)
			return hashAt(b, depth)
		}
		return math.Float64bits(f), nil
	case NoneType:
		return 0x9e3779b9, nil
	case *big.Int:
		return maphash.String(seed, v.String()), nil
	case Bytes:
		return maphash.String(seed, "b"+string(v)), nil
	case Tuple:
		if depth >= maxDataDepth {
			return 0, dataDepthError()
		}
		h := uint64(0x345678)
		for _, x := range v {
			xh, err := hashAt(x, depth+1)
			if err != nil {
				return 0, err
			}
			h = (h ^ xh) * 1000003
		}
		return h, nil
	case *Set:
		if !v.frozen {
			break
		}
		var h uint64 = 0x2f
		for _, e := range v.d.entries {
			if !e.dead {
				h += e.hash * 0x9e3779b97f4a7c15
			}
		}
		return h, nil
	case *DateValue:
		return uint64(v.utc().UnixMicro()), nil
	case *TimedeltaValue:
		return uint64(v.us), nil
	case *List, *Dict:
		// unhashable
	case *Instance:
		if m, ok := v.cls.lookup("__hash__"); ok && v.cls.vm != nil {
			r, err := v.cls.vm.call(m, []Value{v}, nil)
			if err != nil {
				return 0, err
			}
			return hashOf(r)
		}
		if dc := v.cls.dataclass; dc != nil && dc.frozen {
			fields := make(Tuple, len(dc.fields))
			for i, f := range dc.fields {
				fields[i], _ = v.get(f)
			}
			return hashOf(fields)
		}
		if v.cls.unhashable {
			break
		}
		return uint64(v.id), nil
	default:
		return identityHash(v), nil
	}
	return 0, newExc(excTypeError, "unhashable type: '%s'", typeName(v))
}

// smallDict is the number of entries up to which a dict has no index.
const smallDict = 8

// Get returns the value stored under key.
func (d *Dict) Get(key Value) (Value, bool, error) {
	var h uint64
	switch k := key.(type) {
	case Str:
		v, ok := d.GetStr(string(k))
		return v, ok, nil
	case Int:
		h = intHash(k) // hashAt's value, without its switch
	default:
		var err error
		if h, err = hashOf(key); err != nil {
			return nil, false, err
		}
	}
	i := d.find(key, h)
	if i < 0 {
		return nil, false, nil
	}
	return d.entries[i].val, true, nil
}

// GetStr looks up a str key.
func (d *Dict) GetStr(key string) (Value, bool) {
	if d.index == nil {
		if i := d.scanStr(Str(key)); i >= 0 {
			return d.entries[i].val, true
		}
		return nil, false
	}
	h := maphash.String(seed, key)
	mask := uint64(len(d.index) - 1)
	for i := d.slot(h); ; i = (i + 1) & mask {
		j := d.index[i]
		if j == 0 {
			return nil, false
		}
		e := &d.entries[j-1]
		if k, isStr := e.key.(Str); isStr && e.hash == h && string(k) == key && !e.dead {
			return e.val, true
		}
	}
}

// SetStr stores val under a str key; it boxes the key only when it is new.
func (d *Dict) SetStr(key string, val Value) { d.setStr(key, nil, val) }

// setStr is SetStr with the key already boxed as a Str Value, or nil.
func (d *Dict) setStr(key string, boxed Value, val Value) {
	if d.index == nil {
		if i := d.scanStr(Str(key)); i >= 0 {
			d.entries[i].val = val
			return
		}
	}
	if boxed == nil {
		boxed = Str(key)
	}
	if d.index == nil && len(d.entries) < smallDict {
		d.entries = append(d.entries, dictEntry{key: boxed, val: val, hash: maphash.String(seed, key)})
		d.live++
		return
	}
	d.setHashed(boxed, val, maphash.String(seed, key))
}

// scanStr finds a str key in a dict without index.
func (d *Dict) scanStr(key Str) int32 {
	for i := range d.entries {
		e := &d.entries[i]
		if k, ok := e.key.(Str); ok && k == key && !e.dead {
			return int32(i)
		}
	}
	return -1
}

func (d *Dict) find(key Value, h uint64) int32 {
	i, _ := d.lookup(key, h)
	return i
}

// slot is where the probe sequence for hash h starts (Fibonacci hashing,
// so that ints, which hash to themselves, spread over the table).
func (d *Dict) slot(h uint64) uint64 { return (h * 0x9e3779b97f4a7c15) >> d.shift }

// lookup finds key (hash h). It returns the entry's position, or -1 and,
// in an indexed dict, the free slot where the probe ended.
func (d *Dict) lookup(key Value, h uint64) (int32, uint64) {
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash == h && !e.dead && keyEqual(e.key, key) {
				return int32(i), 0
			}
		}
		return -1, 0
	}
	mask := uint64(len(d.index) - 1)
	for i := d.slot(h); ; i = (i + 1) & mask {
		j := d.index[i]
		if j == 0 {
			return -1, i
		}
		e := &d.entries[j-1]
		if e.hash == h && !e.dead && keyEqual(e.key, key) {
			return j - 1, i
		}
	}
}

// keyEqual is == for dict keys, which are hashable and so never recurse
// into user code.
func keyEqual(a, b Value) bool {
	switch x := a.(type) {
	case Str:
		y, ok := b.(Str)
		return ok && x == y
	case Int:
		if y, ok := b.(Int); ok {
			return x == y
		}
	}
	eq, _ := equal(a, b)
	return eq
}

// Set stores val under key.
func (d *Dict) Set(key, val Value) error {
	if k, ok := key.(Str); ok && d.index == nil {
		if i := d.scanStr(k); i >= 0 {
			e := &d.entries[i]
			e.key, e.val = key, val
			return nil
		}
		if len(d.entries) < smallDict {
			h := maphash.String(seed, string(k))
			d.entries = append(d.entries, dictEntry{key: key, val: val, hash: h})
			d.live++
			return nil
		}
	}
	if k, ok := key.(Int); ok {
		d.setHashed(key, val, intHash(k)) // hashAt's value, without its switch
		return nil
	}
	h, err := hashOf(key)
	if err != nil {
		return unhashableAs(err, key, "a dict key")
	}
	d.setHashed(key, val, h)
	return nil
}

func (d *Dict) setHashed(key, val Value, h uint64) {
	i, free := d.lookup(key, h)
	if i >= 0 {
		// Monty keeps the newer key ({1: 'a', True: 'b'} is {True: 'b'}).
		e := &d.entries[i]
		e.key, e.val = key, val
		return
	}
	d.insert(key, val, h, free)
}

// addHashed stores key (hash h) with no value unless an equal key is
// there: unlike a dict, a set keeps the member it has ({1, True} is {1}),
// in Monty as in CPython.
func (d *Dict) addHashed(key Value, h uint64) {
	i, free := d.lookup(key, h)
	if i < 0 {
		d.insert(key, None, h, free)
	}
}

// insert appends a new entry; free is the slot where lookup's probe for
// it ended.
func (d *Dict) insert(key, val Value, h uint64, free uint64) {
	d.entries = append(d.entries, dictEntry{key: key, val: val, hash: h})
	d.live++
	n := len(d.entries)
	switch {
	case d.index == nil:
		if n > smallDict {
			d.buildIndex()
		}
	case 2*n > len(d.index):
		d.buildIndex()
	default:
		d.index[free] = int32(n)
	}
}

// Delete removes key and returns its value.
func (d *Dict) Delete(key Value) (Value, bool, error) {
	h, err := hashOf(key)
	if err != nil {
		return nil, false, err
	}
	i := d.find(key, h)
	if i < 0 {
		return nil, false, nil
	}
	e := &d.entries[i]
	v := e.val
	e.dead = true
	e.key, e.val = nil, nil
	d.live--
	if len(d.entries) > 16 && d.live < len(d.entries)/2 {
		d.compact()
	}
	return v, true, nil
}

// reserve makes room for n entries in an empty dict, so that filling it
// neither grows the entries nor rebuilds the index on the way.
func (d *Dict) reserve(n int) {
	if n <= smallDict {
		return
	}
	d.entries = make([]dictEntry, 0, n)
	size, bits := 16, uint8(4)
	for size < 2*n {
		size, bits = 2*size, bits+1
	}
	d.index = make([]int32, size)
	d.shift = 64 - bits
}

// buildIndex makes an index at most half full for the live entries.
func (d *Dict) buildIndex() {
	size, bits := 16, uint8(4)
	for size < 4*len(d.entries) {
		size, bits = 2*size, bits+1
	}
	d.index = make([]int32, size)
	d.shift = 64 - bits
	mask := uint64(size - 1)
	for j := range d.entries {
		e := &d.entries[j]
		if e.dead {
			continue
		}
		i := d.slot(e.hash)
		for d.index[i] != 0 {
			i = (i + 1) & mask
		}
		d.index[i] = int32(j + 1)
	}
}

// compact drops dead entries and rebuilds the index.
func (d *Dict) compact() {
	old := d.entries
	d.entries = make([]dictEntry, 0, d.live)
	d.index = nil
	d.live = 0
	for _, e := range old {
		if !e.dead {
			d.setHashed(e.key, e.val, e.hash)
		}
	}
}

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.live)
	for _, e := range d.entries {
		if !e.dead {
			out = append(out, e.key)
		}
	}
	return out
}

// Values returns the values in insertion order.
func (d *Dict) Values() []Value {
	out := make([]Value, 0, d.live)
	for _, e := range d.entries {
		if !e.dead {
			out = append(out, e.val)
		}
	}
	return out
}

// Items returns (key, value) tuples in insertion order.
func (d *Dict) Items() []Value {
	out := make([]Value, 0, d.live)
	for _, e := range d.entries {
		if !e.dead {
			out = append(out, Tuple{e.key, e.val})
		}
	}
	return out
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	n := &Dict{}
	for _, e := range d.entries {
		if !e.dead {
			n.setHashed(e.key, e.val, e.hash)
		}
	}
	return n
}

// Clear removes every key.
func (d *Dict) Clear() {
	// A defaultdict or Counter stays one after clear().
	*d = Dict{factory: d.factory, kind: d.kind}
}

// Set is a Python set or frozenset: a Dict whose values are unused.
type Set struct {
	d      Dict
	frozen bool
}

// NewSet returns an empty set.
func NewSet() *Set { return &Set{} }

// Add inserts v.
func (s *Set) Add(v Value) error {
	if k, ok := v.(Int); ok {
		s.d.addHashed(v, intHash(k)) // hashAt's value, without its switch
		return nil
	}
	h, err := hashOf(v)
	if err != nil {
		return unhashableAs(err, v, "a set element")
	}
	s.d.addHashed(v, h)
	return nil
}

// unhashableAs rewrites "unhashable type" errors the way Monty words them
// when storing into a dict or set.
func unhashableAs(err error, v Value, as string) error {
	if e, ok := err.(*ExcValue); ok && e.Class == excTypeError {
		return newExc(excTypeError, "cannot use '%s' as %s (unhashable type: '%s')", typeName(v), as, typeName(v))
	}
	return err
}

// Has reports whether v is in s.
func (s *Set) Has(v Value) (bool, error) {
	_, ok, err := s.d.Get(v)
	return ok, err
}

// Len is the number of members.
func (s *Set) Len() int { return s.d.Len() }

// Items returns the members in insertion order.
func (s *Set) Items() []Value { return s.d.Keys() }

func (s *Set) copySet(frozen bool) *Set {
	n := &Set{frozen: frozen}
	for _, e := range s.d.entries {
		if !e.dead {
			n.d.setHashed(e.key, None, e.hash)
		}
	}
	return n
}

// dictMissing handles d[key] for a missing key of a defaultdict or Counter.
func (t *vm) dictMissing(d *Dict, key Value) (Value, error) {
	if d.kind == counterDict {
		return Int(0), nil
	}
	if _, ok := d.factory.(NoneType); ok {
		return nil, keyError(key)
	}
	v, err := t.call(d.factory, nil, nil)
	if err != nil {
		return nil, err
	}
	return v, d.Set(key, v)
}
