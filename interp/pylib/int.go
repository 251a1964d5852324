package pylib

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
)

// AddInt64 returns a+b and whether it did not overflow.
func AddInt64(a, b int64) (int64, bool) {
	r := a + b
	return r, (r > a) == (b > 0)
}

// SubInt64 returns a-b and whether it did not overflow.
func SubInt64(a, b int64) (int64, bool) {
	r := a - b
	return r, (r < a) == (b > 0)
}

// MulInt64 returns a*b and whether it did not overflow.
func MulInt64(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	hi, lo := bits.Mul64(uabs(a), uabs(b))
	neg := (a < 0) != (b < 0)
	if hi != 0 {
		return 0, false
	}
	if neg {
		if lo > 1<<63 {
			return 0, false
		}
		return int64(-lo), true
	}
	if lo >= 1<<63 {
		return 0, false
	}
	return int64(lo), true
}

func uabs(a int64) uint64 {
	if a < 0 {
		return uint64(-a)
	}
	return uint64(a)
}

// NegInt64 returns -a and whether it did not overflow.
func NegInt64(a int64) (int64, bool) { return -a, a != math.MinInt64 }

// AbsInt64 returns abs(a) and whether it did not overflow.
func AbsInt64(a int64) (int64, bool) {
	if a < 0 {
		return NegInt64(a)
	}
	return a, true
}

// PowInt64 returns base**exp for exp >= 0 and whether it did not overflow.
func PowInt64(base, exp int64) (int64, bool) {
	r := int64(1)
	for exp > 0 {
		var ok bool
		if exp&1 == 1 {
			if r, ok = MulInt64(r, base); !ok {
				return 0, false
			}
		}
		exp >>= 1
		if exp > 0 {
			if base, ok = MulInt64(base, base); !ok {
				return 0, false
			}
		}
	}
	return r, true
}

// LshiftInt64 returns a << n for n >= 0 and whether it did not overflow.
func LshiftInt64(a, n int64) (int64, bool) {
	if a == 0 {
		return 0, true
	}
	if n >= 63 {
		return 0, false
	}
	r := a << uint(n)
	return r, r>>uint(n) == a
}

// RshiftInt64 returns a >> n for n >= 0 (an arithmetic shift: floor division
// by 2**n).
func RshiftInt64(a, n int64) int64 {
	if n >= 63 {
		if a < 0 {
			return -1
		}
		return 0
	}
	return a >> uint(n)
}

// ShiftCountError is the error of a shift by a negative count.
func ShiftCountError() error { return ValueError("negative shift count") }

// FloorDivInt64 returns a // b with Python's sign rules. ok is false only for
// MinInt64 // -1, whose result needs a big int.
func FloorDivInt64(a, b int64) (q int64, ok bool, err error) {
	if b == 0 {
		return 0, true, ZeroDivisionError("integer division or modulo by zero")
	}
	if a == math.MinInt64 && b == -1 {
		return 0, false, nil
	}
	q = a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q, true, nil
}

// ModInt64 returns a % b with Python's sign rules (the sign of b).
func ModInt64(a, b int64) (int64, error) {
	if b == 0 {
		return 0, ZeroDivisionError("integer modulo by zero")
	}
	if b == -1 {
		return 0, nil
	}
	m := a % b
	if m != 0 && ((m < 0) != (b < 0)) {
		m += b
	}
	return m, nil
}

// DivmodInt64 returns divmod(a, b). ok is false only for MinInt64 // -1.
func DivmodInt64(a, b int64) (q, m int64, ok bool, err error) {
	if b == 0 {
		return 0, 0, true, ZeroDivisionError("integer division or modulo by zero")
	}
	q, ok, _ = FloorDivInt64(a, b)
	m, _ = ModInt64(a, b)
	return q, m, ok, nil
}

// FloorDivBig returns a // b with Python's sign rules.
func FloorDivBig(a, b *big.Int) (*big.Int, error) {
	q, _, err := DivmodBig(a, b)
	return q, err
}

// ModBig returns a % b with Python's sign rules.
func ModBig(a, b *big.Int) (*big.Int, error) {
	if b.Sign() == 0 {
		return nil, ZeroDivisionError("integer modulo by zero")
	}
	_, m, err := DivmodBig(a, b)
	return m, err
}

// DivmodBig returns divmod(a, b): floor quotient and a remainder with the
// sign of b.
func DivmodBig(a, b *big.Int) (*big.Int, *big.Int, error) {
	if b.Sign() == 0 {
		return nil, nil, ZeroDivisionError("integer division or modulo by zero")
	}
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, bigOne)
		m.Add(m, b)
	}
	return q, m, nil
}

var bigOne = big.NewInt(1)

// MaxPowBits bounds the size of a big power or left shift result (in bits);
// beyond it PowBig and LshiftBig fail with MemoryError rather than exhaust
// the host.
const MaxPowBits = 1 << 26

// PowBig returns a**e for e >= 0, or a MemoryError if the result would have
// more than MaxPowBits bits.
func PowBig(a *big.Int, e int64) (*big.Int, error) {
	if a.BitLen() > 1 && e > 0 && int64(a.BitLen()-1) > MaxPowBits/e {
		return nil, &Error{Type: "MemoryError"}
	}
	return new(big.Int).Exp(a, big.NewInt(e), nil), nil
}

// LshiftBig returns a << n for n >= 0, or a MemoryError past MaxPowBits.
func LshiftBig(a *big.Int, n int64) (*big.Int, error) {
	if a.Sign() == 0 {
		return new(big.Int), nil
	}
	if n > MaxPowBits {
		return nil, &Error{Type: "MemoryError"}
	}
	return new(big.Int).Lsh(a, uint(n)), nil
}

// RshiftBig returns a >> n for n >= 0 (floor division by 2**n).
func RshiftBig(a *big.Int, n int64) *big.Int {
	if n > int64(a.BitLen()) {
		if a.Sign() < 0 {
			return big.NewInt(-1)
		}
		return new(big.Int)
	}
	return new(big.Int).Rsh(a, uint(n))
}

// TrueDivInt returns a / b as a correctly rounded float.
func TrueDivInt(a, b int64) (float64, error) {
	if b == 0 {
		return 0, ZeroDivisionError("division by zero")
	}
	const exact = 1 << 53
	if a > -exact && a < exact && b > -exact && b < exact {
		return float64(a) / float64(b), nil
	}
	return TrueDivBig(big.NewInt(a), big.NewInt(b))
}

// TrueDivBig returns a / b as a correctly rounded float, or OverflowError
// "integer division result too large for a float".
func TrueDivBig(a, b *big.Int) (float64, error) {
	if b.Sign() == 0 {
		return 0, ZeroDivisionError("division by zero")
	}
	f, _ := new(big.Rat).SetFrac(a, b).Float64()
	if math.IsInf(f, 0) {
		return 0, OverflowError("integer division result too large for a float")
	}
	if f == 0 && (a.Sign() < 0) != (b.Sign() < 0) {
		f = math.Copysign(0, -1)
	}
	return f, nil
}

// BigToFloat implements float(n) for a big int: correctly rounded, or
// OverflowError "int too large to convert to float".
func BigToFloat(n *big.Int) (float64, error) {
	f, _ := new(big.Float).SetInt(n).Float64()
	if math.IsInf(f, 0) {
		return 0, OverflowError("int too large to convert to float")
	}
	return f, nil
}

// IntRepr returns repr(n) (and str(n)).
func IntRepr(n int64) string { return strconv.FormatInt(n, 10) }

// BigRepr returns the decimal digits of n, with no digit limit.
func BigRepr(n *big.Int) string { return n.String() }

// BigStr returns str(n) (and repr(n)) as CPython 3.11 does: ints of more
// than MaxStrDigits decimal digits raise ValueError.
func BigStr(n *big.Int) (string, error) {
	// 3.33 bits per digit: only ints near the limit need the exact count.
	if n.BitLen() > MaxStrDigits*3 {
		s := n.String()
		digits := len(s)
		if n.Sign() < 0 {
			digits--
		}
		if digits > MaxStrDigits {
			return "", ValueError("Exceeds the limit (4300 digits) for integer string conversion; " +
				"use sys.set_int_max_str_digits() to increase the limit")
		}
		return s, nil
	}
	return n.String(), nil
}

// NormBig returns n as an int64 when it fits (big nil), else n itself; the
// interpreter keeps ints small whenever possible.
func NormBig(n *big.Int) (int64, *big.Int) {
	if n.IsInt64() {
		return n.Int64(), nil
	}
	return 0, n
}

// CmpIntFloat compares an int with a float exactly (as CPython does, with
// no rounding of the int): -1, 0 or 1, and ok false when f is NaN (every
// comparison with NaN is false).
func CmpIntFloat(n int64, f float64) (c int, ok bool) {
	if math.IsNaN(f) {
		return 0, false
	}
	// Integers below 2**53 convert exactly.
	if n > -1<<53 && n < 1<<53 {
		return cmpFloats(float64(n), f), true
	}
	return CmpBigFloat(big.NewInt(n), f)
}

// CmpBigFloat is CmpIntFloat for a *big.Int.
func CmpBigFloat(n *big.Int, f float64) (c int, ok bool) {
	switch {
	case math.IsNaN(f):
		return 0, false
	case math.IsInf(f, 1):
		return -1, true
	case math.IsInf(f, -1):
		return 1, true
	}
	return new(big.Float).SetInt(n).Cmp(big.NewFloat(f)), true
}

func cmpFloats(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
