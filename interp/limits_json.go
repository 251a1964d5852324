package interp

import (
	"math/big"
	"unsafe"
)

// jsonCheck walks a value before json.dumps encodes it, without building
// anything: nesting deeper than maxDataDepth raises RecursionError
// (Monty's data depth guard), a container that contains itself raises
// ValueError ("Circular reference detected") instead of recursing forever,
// and the text the value will dump to is estimated so that the memory
// limit is checked before the text is built. The encoders that run after
// it rely on all three: they neither check depth nor look for cycles.
type jsonCheck struct {
	t     *vm
	stack []unsafe.Pointer        // containers being walked, outermost first
	deep  map[unsafe.Pointer]bool // the ones past jsonScan in stack
	size  int64                   // estimated length of the JSON text
	n     int                     // containers entered, for interruption checks
}

// jsonScan is how many of the outermost containers on the stack are
// looked up by a scan; deeper ones go through a map, so that a deep
// nesting costs no quadratic time.
const jsonScan = 32

// jsonArg checks v for json.dumps and returns the estimated length of its
// JSON text.
func (t *vm) jsonArg(v Value) (int64, error) {
	c := &jsonCheck{t: t}
	if err := c.walk(v, 0); err != nil {
		return 0, err
	}
	if c.size > largeResult {
		if err := t.needMem(c.size); err != nil {
			return 0, err
		}
	}
	return c.size, nil
}

func (c *jsonCheck) enter(p unsafe.Pointer, depth int) error {
	for _, q := range c.stack[:min(len(c.stack), jsonScan)] {
		if q == p {
			return newExc(excValueError, "Circular reference detected")
		}
	}
	if len(c.stack) >= jsonScan {
		if c.deep[p] {
			return newExc(excValueError, "Circular reference detected")
		}
	}
	if depth >= maxDataDepth {
		return dataDepthError()
	}
	c.n++
	if c.n&1023 == 0 {
		if err := c.t.interrupted(); err != nil {
			return err
		}
	}
	if len(c.stack) >= jsonScan {
		if c.deep == nil {
			c.deep = map[unsafe.Pointer]bool{}
		}
		c.deep[p] = true
	}
	c.stack = append(c.stack, p)
	return nil
}

func (c *jsonCheck) leave() {
	n := len(c.stack) - 1
	if n >= jsonScan {
		delete(c.deep, c.stack[n])
	}
	c.stack = c.stack[:n]
}

func (c *jsonCheck) items(vs []Value, depth int) error {
	c.size += 2 + 2*int64(len(vs))
	for _, e := range vs {
		if err := c.walk(e, depth+1); err != nil {
			return err
		}
	}
	return nil
}

func (c *jsonCheck) walk(v Value, depth int) error {
	switch x := v.(type) {
	case Str:
		c.size += int64(len(x)) + 2
	case *big.Int:
		c.size += int64(x.BitLen()/3 + 1)
	case *List:
		if err := c.enter(unsafe.Pointer(x), depth); err != nil {
			return err
		}
		err := c.items(x.Items, depth)
		c.leave()
		return err
	case Tuple:
		if len(x) == 0 {
			c.size += 2
			return nil
		}
		if err := c.enter(unsafe.Pointer(&x[0]), depth); err != nil {
			return err
		}
		err := c.items(x, depth)
		c.leave()
		return err
	case *Dict:
		if err := c.enter(unsafe.Pointer(x), depth); err != nil {
			return err
		}
		err := c.dict(x, depth)
		c.leave()
		return err
	default:
		c.size += 8
	}
	return nil
}

func (c *jsonCheck) dict(x *Dict, depth int) error {
	c.size += 2
	for i := range x.entries {
		e := &x.entries[i]
		if e.dead {
			continue
		}
		if err := c.walk(e.key, depth+1); err != nil {
			return err
		}
		if err := c.walk(e.val, depth+1); err != nil {
			return err
		}
		c.size += 4
	}
	return nil
}
