package interp

// Instance attributes are stored by shape, as V8's hidden classes and
// CPython's shared-key dicts do: instances of a class that set the same
// attributes in the same order share one shape, which names them, and
// each instance keeps only its values. An instance is then one small
// allocation (a dict per instance made creating objects, a large part of
// what class-heavy programs do, several times more costly in GC).
//
// Shapes only grow: Monty has no attribute deletion. A shape reached from
// its class's root shape by the same names in the same order is always
// the same shape, so two instances with one shape have the same names at
// the same indexes. Instances that would grow a class's shape tree past
// bounds get a private shape instead, which grows in place like a dict.

// shape names the attributes of the instances that have it.
type shape struct {
	names []string
	// index maps a name to its position once names is too long to scan.
	index map[string]int32
	// next holds, for a shared shape, the shapes that adding a name leads
	// to.
	next []shapeEdge
	// private marks a shape owned by one instance (see with).
	private bool
}

type shapeEdge struct {
	name string
	to   *shape
}

const (
	// scanNames is the number of names up to which find scans.
	scanNames = 8
	// maxSharedNames and maxShapes bound a class's shared shapes (and so
	// the memory their name lists take) when a program sets attributes
	// with computed names (setattr) or in many orders.
	maxSharedNames = 32
	maxShapes      = 256
	// maxPrealloc is the most attribute slots allocInstance reserves.
	maxPrealloc = 8
)

// find returns the index of name, or -1.
func (s *shape) find(name string) int {
	if s.index != nil {
		if i, ok := s.index[name]; ok {
			return int(i)
		}
		return -1
	}
	for i, n := range s.names {
		if n == name {
			return i
		}
	}
	return -1
}

// with returns the shape of an instance of c with shape s once name (not
// in s) is added.
func (s *shape) with(c *Class, name string) *shape {
	if s.private {
		s.names = append(s.names, name)
		s.indexLast()
		return s
	}
	for _, e := range s.next {
		if e.name == name {
			return e.to
		}
	}
	n := len(s.names)
	to := &shape{names: append(s.names[:n:n], name)}
	if n >= maxSharedNames || c.nshapes >= maxShapes {
		to.private = true
	}
	if len(to.names) > scanNames {
		to.index = make(map[string]int32, len(to.names))
		for i, nm := range to.names {
			to.index[nm] = int32(i)
		}
	}
	if !to.private {
		s.next = append(s.next, shapeEdge{name, to})
		c.nshapes++
		c.shapeBytes += to.size() + edgeSize
	}
	return to
}

// edgeSize is the bytes of a shapeEdge, for memory limits.
const edgeSize = 24

// size is about the bytes s takes (its edges aside), for memory limits:
// limits_walk.go counts a class's shared shapes with the class and a
// private shape with its instance.
func (s *shape) size() int64 {
	n := 48 + int64(cap(s.names))*16
	if s.index != nil {
		n += int64(len(s.index)) * 32
	}
	return n
}

// indexLast keeps a private shape's index up to date after an append.
func (s *shape) indexLast() {
	n := len(s.names)
	if s.index == nil {
		if n <= scanNames {
			return
		}
		s.index = make(map[string]int32, n)
		for i, nm := range s.names[:n-1] {
			s.index[nm] = int32(i)
		}
	}
	s.index[s.names[n-1]] = int32(n - 1)
}

// get returns the instance attribute name (not a class attribute).
func (x *Instance) get(name string) (Value, bool) {
	if i := x.shape.find(name); i >= 0 {
		return x.vals[i], true
	}
	return nil, false
}

// set sets the instance attribute name.
func (x *Instance) set(name string, v Value) {
	if i := x.shape.find(name); i >= 0 {
		x.vals[i] = v
		return
	}
	x.shape = x.shape.with(x.cls, name)
	x.vals = append(x.vals, v)
	if n := len(x.vals); n > x.cls.nattrs && n <= maxPrealloc {
		x.cls.nattrs = n
	}
}

// names returns the instance's attribute names, in the order they were
// first set. The caller must not change the slice.
func (x *Instance) names() []string { return x.shape.names }

// clone returns a copy of x with the same attributes and id.
func (x *Instance) clone() *Instance {
	n := &Instance{cls: x.cls, shape: x.shape, vals: append([]Value(nil), x.vals...), id: x.id}
	if x.shape.private {
		n.shape = &shape{names: append([]string(nil), x.shape.names...), private: true}
		if x.shape.index != nil {
			n.shape.index = make(map[string]int32, len(x.shape.index))
			for k, i := range x.shape.index {
				n.shape.index[k] = i
			}
		}
	}
	return n
}

// allocInstance makes an instance of c without attributes. The instance
// and room for as many attribute values as c's instances have had so far
// (Class.nattrs) come from one allocation.
func allocInstance(c *Class, id int64) *Instance {
	var inst *Instance
	switch c.nattrs {
	case 0:
		inst = &Instance{}
	case 1:
		b := &struct {
			inst Instance
			v    [1]Value
		}{}
		inst = &b.inst
		inst.vals = b.v[:0]
	case 2:
		b := &struct {
			inst Instance
			v    [2]Value
		}{}
		inst = &b.inst
		inst.vals = b.v[:0]
	case 3:
		b := &struct {
			inst Instance
			v    [3]Value
		}{}
		inst = &b.inst
		inst.vals = b.v[:0]
	case 4:
		b := &struct {
			inst Instance
			v    [4]Value
		}{}
		inst = &b.inst
		inst.vals = b.v[:0]
	default:
		b := &struct {
			inst Instance
			v    [maxPrealloc]Value
		}{}
		inst = &b.inst
		inst.vals = b.v[:0:c.nattrs]
	}
	inst.cls, inst.shape, inst.id = c, &c.root, id
	return inst
}
