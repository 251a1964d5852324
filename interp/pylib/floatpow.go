package pylib

import (
	"math"
	"math/big"
	"sync"
)

// CPython's float ** calls the C library's pow, which glibc rounds
// correctly (except some exact ties); Go's math.Pow is off by several ulps.
// powCorrect computes x**y in double-double arithmetic (floatdd.go: integer
// exponents by squaring, others as exp(y ln x)) and falls back to 160-bit
// big.Float arithmetic near overflow and underflow, rounding once; the
// result is the correctly rounded one except in astronomically rare
// near-halfway cases. Special values take math.Pow, whose IEEE rules match
// C99's.

const powPrec = 160

var (
	ln2Once sync.Once
	ln2Big  *big.Float
)

func ln2() *big.Float {
	ln2Once.Do(func() {
		// ln 2 = 2 atanh(1/3).
		third := new(big.Float).SetPrec(powPrec).Quo(bigF(1), bigF(3))
		ln2Big = atanhSeries(third)
		ln2Big.Mul(ln2Big, bigF(2))
	})
	return ln2Big
}

func bigF(v float64) *big.Float { return new(big.Float).SetPrec(powPrec).SetFloat64(v) }

// atanhSeries returns atanh(z) = z + z^3/3 + z^5/5 + ... for |z| <= 1/3.
func atanhSeries(z *big.Float) *big.Float {
	sum := new(big.Float).SetPrec(powPrec).Set(z)
	z2 := new(big.Float).SetPrec(powPrec).Mul(z, z)
	term := new(big.Float).SetPrec(powPrec).Set(z)
	t := new(big.Float).SetPrec(powPrec)
	for k := 3; k < 400; k += 2 {
		term.Mul(term, z2)
		t.Quo(term, bigF(float64(k)))
		if t.Sign() == 0 || t.MantExp(nil)-sum.MantExp(nil) < -powPrec-4 {
			break
		}
		sum.Add(sum, t)
	}
	return sum
}

// bigLog returns ln(x) for finite x > 0.
func bigLog(x float64) *big.Float {
	frac, exp := math.Frexp(x) // x = frac * 2**exp, frac in [0.5, 1)
	if frac < math.Sqrt2/2 {
		frac *= 2
		exp--
	}
	m := bigF(frac)
	num := new(big.Float).SetPrec(powPrec).Sub(m, bigF(1))
	den := new(big.Float).SetPrec(powPrec).Add(m, bigF(1))
	z := num.Quo(num, den) // |z| <= 0.172
	r := atanhSeries(z)
	r.Mul(r, bigF(2))
	e := new(big.Float).SetPrec(powPrec).Mul(ln2(), bigF(float64(exp)))
	return r.Add(r, e)
}

// bigExp returns exp(t) as a big.Float (its exponent range is unbounded, so
// overflow and underflow show only when rounding to float64).
func bigExp(t *big.Float) *big.Float {
	// t = k ln2 + r with |r| <= ln2/2, then exp(r) = exp(r/2^s)^(2^s).
	kf, _ := new(big.Float).Quo(t, ln2()).Float64()
	k := math.Round(kf)
	r := new(big.Float).SetPrec(powPrec).Mul(ln2(), bigF(k))
	r.Sub(t, r)
	const s = 12
	r.SetMantExp(r, -s)
	sum := bigF(1)
	term := bigF(1)
	for n := 1; n < 60; n++ {
		term.Mul(term, r)
		term.Quo(term, bigF(float64(n)))
		if term.Sign() == 0 || term.MantExp(nil) < -powPrec-4 {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < s; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// powCorrect returns x**y rounded correctly (see above).
func powCorrect(x, y float64) float64 {
	return powWith(x, y, true)
}

// powWith is powCorrect; fast false skips the double-double paths (the
// tests compare the two).
func powWith(x, y float64, fast bool) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0:
		return math.Pow(x, y)
	case y == 1:
		return x
	case y == 2:
		return x * x
	case y == -1:
		return 1 / x
	case y == 0.5 && x > 0:
		return math.Sqrt(x)
	case x == 1:
		return 1
	}
	if fast && y == math.Trunc(y) && math.Abs(y) < 1<<31 {
		if r, ok := powIntDD(x, int64(y)); ok {
			return r
		}
	}
	neg := false
	if x < 0 {
		if y != math.Trunc(y) {
			return math.NaN()
		}
		x = -x
		neg = math.Mod(y, 2) != 0
	}
	if fast {
		if r, ok := powDD(x, y); ok {
			return signed(r, neg)
		}
	}
	t := bigLog(x)
	t.Mul(t, bigF(y))
	if f, _ := t.Float64(); f > 1000 {
		return signed(math.Inf(1), neg)
	} else if f < -1000 {
		return signed(0, neg)
	}
	r, _ := bigExp(t).Float64()
	return signed(r, neg)
}

func signed(f float64, neg bool) float64 {
	if neg {
		return -f
	}
	return f
}

// powIntDD computes x**n for an integer n by squaring in double-double
// arithmetic (about 100 bits), which rounds correctly except in
// astronomically rare cases. ok is false when an intermediate leaves the
// range where double-double keeps its precision; the caller then uses the
// big.Float path.
func powIntDD(x float64, n int64) (float64, bool) {
	neg := n < 0
	if neg {
		n = -n
	}
	rh, rl := 1.0, 0.0
	bh, bl := x, 0.0
	for n > 0 {
		if n&1 == 1 {
			rh, rl = ddMul(rh, rl, bh, bl)
			if !ddSafe(rh) {
				return 0, false
			}
		}
		n >>= 1
		if n > 0 {
			bh, bl = ddMul(bh, bl, bh, bl)
			if !ddSafe(bh) {
				return 0, false
			}
		}
	}
	if !neg {
		return rh + rl, true
	}
	q1 := 1 / rh
	r := math.FMA(-q1, rh, 1) - q1*rl
	return q1 + r/rh, true
}

// ddSafe reports whether a double-double high part is far enough from
// overflow and from the subnormal range.
func ddSafe(h float64) bool {
	a := math.Abs(h)
	return a < 1e300 && a > 1e-290
}

// ddMul multiplies two double-double numbers.
func ddMul(ah, al, bh, bl float64) (float64, float64) {
	p := ah * bh
	e := math.FMA(ah, bh, -p)
	e += ah*bl + al*bh
	h := p + e
	return h, e - (h - p)
}
