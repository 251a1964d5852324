package interp

import (
	"math/big"

	"github.com/monty-tools/monty-tools/syntax"
)

// binary applies an arithmetic or bitwise operator. Under a memory limit a
// result estimated larger than largeResult is checked before it is built
// (Monty's check: the memory in use plus the new size), so "x" * 10**10
// fails at once; every result is counted as an allocation.
func binary(t *vm, op binOp, x, y Value, inplace bool) (Value, error) {
	if t == nil || !t.lim.active() {
		if n := binaryEstimate(op, x, y); n > hostMaxResult {
			return nil, memoryError(n, hostMaxResult)
		}
		return binaryCore(t, op, x, y, inplace)
	}
	if n := binaryEstimate(op, x, y); n > largeResult {
		if err := t.needMem(n); err != nil {
			return nil, err
		}
	}
	if op == syntax.Pow || op == syntax.Mult {
		if r, ok, err := t.bigArith(op, x, y); ok {
			return r, err
		}
	}
	r, err := binaryCore(t, op, x, y, inplace)
	if err != nil {
		return nil, err
	}
	return r, t.alloc(int(valueSize(r)))
}

// active reports whether any limit other than recursion depth is set, or
// usage is measured: only then are results accounted.
func (l *limiter) active() bool {
	return l.measure || l.allocNext != maxInt64 || !l.deadline.IsZero()
}

const maxInt64 = 1<<63 - 1

// valueSize is the shallow size of a freshly built result.
func valueSize(v Value) int64 {
	switch x := v.(type) {
	case Str:
		return int64(len(x))
	case Bytes:
		return int64(len(x))
	case *big.Int:
		return 32 + int64(len(x.Bits()))*8
	case *List:
		return 40 + int64(len(x.Items))*slotSize
	case Tuple:
		return 24 + int64(len(x))*slotSize
	case *Dict:
		return 64 + int64(len(x.entries))*entrySize
	case *Set:
		return 64 + int64(len(x.d.entries))*entrySize
	}
	return 0
}

// seqLen is the length in bytes of a str or bytes, or the slot size of a
// list's or tuple's items; ok is false for other values.
func seqBytes(v Value) (int64, bool) {
	switch x := v.(type) {
	case Str:
		return int64(len(x)), true
	case Bytes:
		return int64(len(x)), true
	case *List:
		return int64(len(x.Items)) * slotSize, true
	case Tuple:
		return int64(len(x)) * slotSize, true
	}
	return 0, false
}

// intBits is the bit length of an int, and whether v is one.
func intBits(v Value) (int64, bool) {
	switch x := v.(type) {
	case Int:
		return int64(big.NewInt(int64(x)).BitLen()), true
	case *big.Int:
		return int64(x.BitLen()), true
	}
	return 0, false
}

func intValue(v Value) (int64, bool) {
	switch x := v.(type) {
	case Int:
		return int64(x), true
	case *big.Int:
		if x.IsInt64() {
			return x.Int64(), true
		}
		if x.Sign() > 0 {
			return maxInt64, true
		}
		return -maxInt64, true
	}
	return 0, false
}

// binaryEstimate is the size in bytes a result will have, for the
// operations that can make a large result from small operands: sequence
// repeat, int *, ** and <<; 0 for the rest.
func binaryEstimate(op binOp, x, y Value) int64 {
	switch op {
	case syntax.Mult:
		if n, ok := intValue(y); ok {
			if l, ok := seqBytes(x); ok {
				return mulSat(l, n)
			}
		}
		if n, ok := intValue(x); ok {
			if l, ok := seqBytes(y); ok {
				return mulSat(l, n)
			}
		}
		if a, ok := intBits(x); ok {
			if b, ok := intBits(y); ok {
				return (a + b) / 8
			}
		}
	case syntax.Pow:
		if a, ok := intBits(x); ok && a > 1 {
			if e, ok := intValue(y); ok && e > 0 {
				return mulSat(a, e) / 8
			}
		}
	case syntax.LShift:
		if a, ok := intBits(x); ok && a > 0 {
			if n, ok := intValue(y); ok && n > 0 {
				return a/8 + n/8
			}
		}
	case syntax.Add:
		if a, ok := seqBytes(x); ok {
			if b, ok := seqBytes(y); ok {
				return a + b
			}
		}
	}
	return 0
}

// mulSat is a*b for non-negative sizes, saturating instead of overflowing.
func mulSat(a, b int64) int64 {
	if a <= 0 || b <= 0 {
		return 0
	}
	if a > maxInt64/b {
		return maxInt64 / 2
	}
	return a * b
}
