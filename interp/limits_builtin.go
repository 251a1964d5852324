package interp

import (
	"strings"
)

// Resource checks around builtin calls. A builtin that builds a large
// result from small arguments ("x".ljust(10**10), s.replace("x", "xx"),
// "".join(parts)) is checked before it runs, from an estimate of its
// result; after it returns, its result and the growth of the container it
// was called on (list.append, set.add, deque.extend...) are counted as
// allocations.

// callBuiltin calls a builtin function or method.
func (t *vm) callBuiltin(c *Builtin, args []Value, kw []KeywordArg) (Value, error) {
	if !t.lim.active() {
		if c.recvType != "" && len(args) > 0 {
			if n := builtinEstimate(c, args); n > hostMaxResult {
				return nil, memoryError(n, hostMaxResult)
			}
		}
		return c.Fn(t, args, kw)
	}
	if c.recvType != "" && len(args) > 0 {
		if n := builtinEstimate(c, args); n > largeResult {
			if err := t.needMem(n); err != nil {
				return nil, err
			}
		}
	}
	var before int64
	if len(args) > 0 {
		before = containerBytes(args[0])
	}
	r, err := c.Fn(t, args, kw)
	if err != nil {
		return nil, err
	}
	n := valueSize(r)
	if len(args) > 0 {
		n += max(containerBytes(args[0])-before, 0)
	}
	return r, t.alloc(int(n))
}

// containerBytes is the size of a mutable container's items.
func containerBytes(v Value) int64 {
	switch x := v.(type) {
	case *List:
		return int64(len(x.Items)) * slotSize
	case *Dict:
		return int64(len(x.entries)) * entrySize
	case *Set:
		return int64(len(x.d.entries)) * entrySize
	}
	return 0
}

// builtinEstimate is the size a str or bytes method's result will have,
// for the methods whose result can be much larger than their arguments.
func builtinEstimate(c *Builtin, args []Value) int64 {
	if c.recvType != "str" && c.recvType != "bytes" {
		return 0
	}
	self, _ := seqBytes(args[0])
	switch c.Name {
	case "ljust", "rjust", "center", "zfill":
		if len(args) > 1 {
			if w, ok := args[1].(Int); ok {
				return int64(w) * 4 // a fill character is at most 4 bytes
			}
		}
	case "replace":
		if len(args) < 3 {
			return 0
		}
		old, ok1 := textOf(args[1])
		nw, ok2 := textOf(args[2])
		if !ok1 || !ok2 || len(nw) <= len(old) {
			return 0
		}
		s, _ := textOf(args[0])
		var k int64
		if old == "" {
			k = int64(len(s)) + 1
		} else {
			k = int64(strings.Count(s, old))
		}
		if len(args) > 3 {
			if c, ok := args[3].(Int); ok && c >= 0 && int64(c) < k {
				k = int64(c)
			}
		}
		return self + mulSat(k, int64(len(nw)-len(old)))
	case "join":
		if len(args) < 2 {
			return 0
		}
		var items []Value
		switch x := args[1].(type) {
		case *List:
			items = x.Items
		case Tuple:
			items = x
		}
		n := mulSat(self, int64(max(len(items)-1, 0)))
		for _, it := range items {
			l, _ := seqBytes(it)
			n += l
		}
		return n
	case "expandtabs":
		s, _ := textOf(args[0])
		size := int64(8)
		if len(args) > 1 {
			if w, ok := args[1].(Int); ok {
				size = int64(w)
			}
		}
		return self + mulSat(int64(strings.Count(s, "\t")), size)
	}
	return 0
}

// textOf is the text of a str or bytes.
func textOf(v Value) (string, bool) {
	switch x := v.(type) {
	case Str:
		return string(x), true
	case Bytes:
		return string(x), true
	}
	return "", false
}

// specWidth is the width in a format spec ("[[fill]align][sign][z][#][0]
// [width]..."), or 0.
func specWidth(spec string) int64 {
	i := 0
	if len(spec) >= 2 && strings.ContainsRune("<>=^", rune(spec[1])) {
		i = 2
	} else if len(spec) >= 1 && strings.ContainsRune("<>=^", rune(spec[0])) {
		i = 1
	}
	for i < len(spec) && strings.IndexByte("+- z#0", spec[i]) >= 0 {
		i++
	}
	var w int64
	for ; i < len(spec) && spec[i] >= '0' && spec[i] <= '9'; i++ {
		w = mulSat(w, 10) + int64(spec[i]-'0')
		if w > 1<<50 {
			return 1 << 50
		}
	}
	return w
}

// needFormat checks a format spec's width against the memory limit.
func (t *vm) needFormat(spec string) error {
	if t == nil || len(spec) < 6 {
		return nil
	}
	if w := specWidth(spec); w > hostMaxResult {
		return memoryError(w, hostMaxResult)
	}
	if !t.lim.active() {
		return nil
	}
	return t.needMem(specWidth(spec))
}
