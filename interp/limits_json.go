package interp

import (
	"math/big"
	"unsafe"

	"github.com/monty-tools/monty-tools/interp/pylib"
)

// jsonIn converts a value for json.dumps like toPy, but bounded: nesting
// deeper than maxDataDepth raises RecursionError (Monty's data depth
// guard), a container that contains itself raises ValueError ("Circular
// reference detected") instead of recursing forever, and the text the
// value will dump to is estimated so that the memory limit is checked
// before pylib builds it.
type jsonIn struct {
	t    *vm
	path map[unsafe.Pointer]bool // containers being converted
	size int64                   // estimated length of the JSON text
}

func (t *vm) jsonArg(v Value) (any, error) {
	c := &jsonIn{t: t, path: map[unsafe.Pointer]bool{}}
	x, err := c.conv(v, 0)
	if err != nil {
		return nil, err
	}
	if c.size > largeResult {
		if err := t.needMem(c.size); err != nil {
			return nil, err
		}
	}
	return x, nil
}

func (c *jsonIn) enter(p unsafe.Pointer, depth int) error {
	if c.path[p] {
		return newExc(excValueError, "Circular reference detected")
	}
	if depth >= maxDataDepth {
		return dataDepthError()
	}
	if len(c.path)&1023 == 1023 {
		if err := c.t.interrupted(); err != nil {
			return err
		}
	}
	c.path[p] = true
	return nil
}

func (c *jsonIn) items(vs []Value, depth int) ([]any, error) {
	out := make([]any, len(vs))
	c.size += 2 + 2*int64(len(vs))
	for i, e := range vs {
		x, err := c.conv(e, depth+1)
		if err != nil {
			return nil, err
		}
		out[i] = x
	}
	return out, nil
}

func (c *jsonIn) conv(v Value, depth int) (any, error) {
	switch x := v.(type) {
	case Str:
		c.size += int64(len(x)) + 2
	case *big.Int:
		c.size += int64(x.BitLen()/3 + 1)
	case *List:
		p := unsafe.Pointer(x)
		if err := c.enter(p, depth); err != nil {
			return nil, err
		}
		defer delete(c.path, p)
		return c.items(x.Items, depth)
	case Tuple:
		if len(x) == 0 {
			c.size += 2
			return []any{}, nil
		}
		p := unsafe.Pointer(&x[0])
		if err := c.enter(p, depth); err != nil {
			return nil, err
		}
		defer delete(c.path, p)
		return c.items(x, depth)
	case *Dict:
		p := unsafe.Pointer(x)
		if err := c.enter(p, depth); err != nil {
			return nil, err
		}
		defer delete(c.path, p)
		d := &pylib.Dict{Keys: make([]any, 0, x.live), Values: make([]any, 0, x.live)}
		c.size += 2
		for _, e := range x.entries {
			if e.dead {
				continue
			}
			k, err := c.conv(e.key, depth+1)
			if err != nil {
				return nil, err
			}
			val, err := c.conv(e.val, depth+1)
			if err != nil {
				return nil, err
			}
			c.size += 4
			d.Keys = append(d.Keys, k)
			d.Values = append(d.Values, val)
		}
		return d, nil
	default:
		c.size += 8
	}
	return toPy(c.t, v), nil
}
