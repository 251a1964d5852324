package pylib

import "math"

// Double-double arithmetic (a value is hi+lo with |lo| <= ulp(hi)/2, about
// 106 significant bits) for a fast, nearly always correctly rounded pow:
// x**y = exp(y ln x) evaluated with ~2^-94 relative error, so the final
// rounding to float64 only goes wrong for results within that distance of
// a rounding boundary.

type dd struct{ hi, lo float64 }

// ln2DD is ln 2 to 106 bits.
var ln2DD = dd{0.6931471805599453, 2.3190468138462996e-17}

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func quickTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

func (a dd) add(b dd) dd {
	s := twoSum(a.hi, b.hi)
	t := twoSum(a.lo, b.lo)
	s.lo += t.hi
	s = quickTwoSum(s.hi, s.lo)
	s.lo += t.lo
	return quickTwoSum(s.hi, s.lo)
}

func (a dd) neg() dd { return dd{-a.hi, -a.lo} }

func (a dd) mul(b dd) dd {
	h, l := ddMul(a.hi, a.lo, b.hi, b.lo)
	return dd{h, l}
}

func (a dd) mulF(b float64) dd {
	p := a.hi * b
	e := math.FMA(a.hi, b, -p)
	e += a.lo * b
	return quickTwoSum(p, e)
}

func (a dd) div(b dd) dd {
	q1 := a.hi / b.hi
	r := a.add(b.mulF(q1).neg())
	q2 := r.hi / b.hi
	r = r.add(b.mulF(q2).neg())
	q3 := r.hi / b.hi
	q := quickTwoSum(q1, q2)
	return q.add(dd{q3, 0})
}

func (a dd) divF(n float64) dd {
	q1 := a.hi / n
	p := q1 * n
	e := math.FMA(q1, n, -p)
	r := ((a.hi - p) - e) + a.lo
	return quickTwoSum(q1, r/n)
}

// logDD returns ln x for finite x > 0: x = m 2^k with m near 1, and
// ln m = 2 atanh((m-1)/(m+1)) by its series.
func logDD(x float64) dd {
	m, k := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		k--
	}
	z := dd{m - 1, 0}.div(twoSum(m, 1)) // m-1 is exact (Sterbenz)
	z2 := z.mul(z)
	sum, term := z, z
	for n := 3.0; n < 60; n += 2 {
		term = term.mul(z2)
		t := term.divF(n)
		sum = sum.add(t)
		if math.Abs(t.hi) < 1e-36*math.Abs(sum.hi) {
			break
		}
	}
	sum = dd{2 * sum.hi, 2 * sum.lo}
	return ln2DD.mulF(float64(k)).add(sum)
}

// expDD returns exp(t) rounded to float64; ok is false when the result
// would be subnormal (where double-double loses precision).
func expDD(t dd) (float64, bool) {
	if t.hi > 709.8 {
		return math.Inf(1), true
	}
	if t.hi < -707 {
		return 0, false
	}
	k := math.Round(t.hi / ln2DD.hi)
	r := t.add(ln2DD.mulF(k).neg())
	const s = 10
	r = dd{math.Ldexp(r.hi, -s), math.Ldexp(r.lo, -s)}
	sum := dd{1, 0}.add(r)
	term := r
	for n := 2.0; n <= 14; n++ {
		term = term.mul(r).divF(n)
		sum = sum.add(term)
	}
	for i := 0; i < s; i++ {
		sum = sum.mul(sum)
	}
	res := math.Ldexp(sum.hi, int(k))
	if math.IsInf(res, 0) || math.Abs(res) < 0x1p-1020 {
		return 0, false
	}
	return res, true
}

// powDD returns x**y for finite x > 0 and finite y; ok is false when the
// caller must use the big.Float path.
func powDD(x, y float64) (float64, bool) {
	t := logDD(x).mulF(y)
	if math.IsNaN(t.hi) || math.IsNaN(t.lo) || math.IsInf(t.hi, 0) {
		return 0, false
	}
	return expDD(t)
}
