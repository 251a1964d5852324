package interp

import (
	"math/big"
	"math/bits"

	"github.com/monty-tools/monty-tools/interp/pylib"
	"github.com/monty-tools/monty-tools/syntax"
)

// Big-int arithmetic that a time limit can interrupt. One multiplication
// of two million-word ints takes seconds, and 7 ** 10**8 ends in such
// multiplications; Monty cannot stop inside them (its time limit is seen
// between statements). Under a time limit or a cancellable context the
// interpreter multiplies large operands with its own top levels of
// Karatsuba's method — the split Go's math/big also uses, so no speed is
// lost — checking the cancelled flag at each step and leaving the pieces
// below stepWords words to math/big; powers are raised by repeated
// squaring with those multiplications.

// stepWords is the operand size (in words) from which multiplications
// are split into interruptible steps.
const stepWords = 8192

// bigArith computes x * y or x ** y for large ints in interruptible steps;
// ok is false when the operation is not one it handles (then the caller
// computes it the ordinary way).
func (t *vm) bigArith(op binOp, x, y Value) (r Value, ok bool, err error) {
	if t.ctx == nil && t.lim.deadline.IsZero() {
		return nil, false, nil
	}
	a, aok := x.(*big.Int)
	switch op {
	case syntax.Mult:
		b, bok := y.(*big.Int)
		if !aok || !bok || len(a.Bits()) < stepWords || len(b.Bits()) < stepWords {
			return nil, false, nil
		}
		p, err := t.mul(a, b)
		if err != nil {
			return nil, true, err
		}
		return normBig(p), true, t.alloc(int(valueSize(p)))
	case syntax.Pow:
		if !aok {
			if i, ok := x.(Int); ok {
				a = big.NewInt(int64(i))
			} else {
				return nil, false, nil
			}
		}
		e, ok := y.(Int)
		if !ok || e < 2 || a.BitLen() <= 1 || int64(a.BitLen())*int64(e) < stepWords*bits.UintSize*2 {
			return nil, false, nil
		}
		if t.lim.lim.MaxMemory == 0 && int64(a.BitLen())*int64(e) > pylib.MaxPowBits {
			return nil, false, nil // too large without a memory limit: binaryCore refuses it
		}
		p, err := t.powSteps(a, int64(e))
		if err != nil {
			return nil, true, err
		}
		return normBig(p), true, t.alloc(int(valueSize(p)))
	}
	return nil, false, nil
}

// mul is a*b, split into interruptible steps when both are large.
func (t *vm) mul(a, b *big.Int) (*big.Int, error) {
	if err := t.interrupted(); err != nil {
		return nil, err
	}
	na, nb := len(a.Bits()), len(b.Bits())
	if na < stepWords || nb < stepWords {
		return new(big.Int).Mul(a, b), nil
	}
	neg := a.Sign()*b.Sign() < 0
	aw, bw := a.Bits(), b.Bits()
	// Split both at k words: a = a1·B + a0, b = b1·B + b0 with B = 2^(64k).
	k := max(na, nb) / 2
	if k >= na || k >= nb {
		// Unbalanced: multiply b by a's halves (or the other way round).
		if na > nb {
			aw, bw = bw, aw
			na, nb = nb, na
		}
		k = nb / 2
		lo, hi := words(bw[:k]), words(bw[k:])
		absA := words(aw)
		p0, err := t.mul(absA, lo)
		if err != nil {
			return nil, err
		}
		p1, err := t.mul(absA, hi)
		if err != nil {
			return nil, err
		}
		r := p1.Lsh(p1, uint(k*bits.UintSize))
		r.Add(r, p0)
		if neg {
			r.Neg(r)
		}
		return r, nil
	}
	a0, a1 := words(aw[:k]), words(aw[k:])
	b0, b1 := a0, a1 // squaring: math/big squares faster when both are one value
	if a != b {
		b0, b1 = words(bw[:k]), words(bw[k:])
	}
	z0, err := t.mul(a0, b0)
	if err != nil {
		return nil, err
	}
	z2, err := t.mul(a1, b1)
	if err != nil {
		return nil, err
	}
	s1 := new(big.Int).Add(a0, a1)
	s2 := s1
	if a != b {
		s2 = new(big.Int).Add(b0, b1)
	}
	z1, err := t.mul(s1, s2)
	if err != nil {
		return nil, err
	}
	z1.Sub(z1, z0).Sub(z1, z2)
	r := z2.Lsh(z2, uint(2*k*bits.UintSize))
	r.Add(r, z1.Lsh(z1, uint(k*bits.UintSize)))
	r.Add(r, z0)
	if neg {
		r.Neg(r)
	}
	return r, nil
}

// words is the non-negative int with the given words (copied, so results
// never share memory with an operand).
func words(w []big.Word) *big.Int {
	return new(big.Int).SetBits(append([]big.Word(nil), w...))
}

// powSteps is a**e (e >= 2) by repeated squaring.
func (t *vm) powSteps(a *big.Int, e int64) (*big.Int, error) {
	result := big.NewInt(1)
	base := new(big.Int).Set(a)
	for e > 0 {
		var err error
		if e&1 == 1 {
			if result, err = t.mul(result, base); err != nil {
				return nil, err
			}
		}
		e >>= 1
		if e > 0 {
			if base, err = t.mul(base, base); err != nil {
				return nil, err
			}
		}
	}
	return result, nil
}
