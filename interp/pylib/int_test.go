package pylib

import (
	"math/big"
	"testing"
)

// intOp evaluates one golden int operation the way the interpreter will:
// the int64 helper first, the *big.Int one when it reports overflow or an
// operand is big.
func intOp(op string, a, b *big.Int) (string, error) {
	small := a.IsInt64() && b.IsInt64()
	x, y := a.Int64(), b.Int64()
	if small {
		switch op {
		case "+":
			if r, ok := AddInt64(x, y); ok {
				return IntRepr(r), nil
			}
		case "-":
			if r, ok := SubInt64(x, y); ok {
				return IntRepr(r), nil
			}
		case "*":
			if r, ok := MulInt64(x, y); ok {
				return IntRepr(r), nil
			}
		case "//":
			q, ok, err := FloorDivInt64(x, y)
			if err != nil || ok {
				return IntRepr(q), err
			}
		case "%":
			m, err := ModInt64(x, y)
			return IntRepr(m), err
		case "divmod":
			q, m, ok, err := DivmodInt64(x, y)
			if err != nil || ok {
				return IntRepr(q) + "," + IntRepr(m), err
			}
		case "/":
			f, err := TrueDivInt(x, y)
			return FloatRepr(f), err
		case "**":
			if y < 0 {
				break
			}
			if r, ok := PowInt64(x, y); ok {
				return IntRepr(r), nil
			}
		case "<<":
			if y < 0 {
				return "", ShiftCountError()
			}
			if r, ok := LshiftInt64(x, y); ok {
				return IntRepr(r), nil
			}
		case ">>":
			if y < 0 {
				return "", ShiftCountError()
			}
			return IntRepr(RshiftInt64(x, y)), nil
		case "float":
			return FloatRepr(float64(x)), nil
		}
	}
	switch op {
	case "+":
		return new(big.Int).Add(a, b).String(), nil
	case "-":
		return new(big.Int).Sub(a, b).String(), nil
	case "*":
		return new(big.Int).Mul(a, b).String(), nil
	case "//":
		q, err := FloorDivBig(a, b)
		if err != nil {
			return "", err
		}
		return q.String(), nil
	case "%":
		m, err := ModBig(a, b)
		if err != nil {
			return "", err
		}
		return m.String(), nil
	case "divmod":
		q, m, err := DivmodBig(a, b)
		if err != nil {
			return "", err
		}
		return q.String() + "," + m.String(), nil
	case "/":
		f, err := TrueDivBig(a, b)
		return FloatRepr(f), err
	case "**":
		if b.Sign() < 0 {
			fa, err := BigToFloat(a)
			if err != nil {
				return "", err
			}
			f, err := FloatPow(fa, float64(b.Int64()))
			return FloatRepr(f), err
		}
		r, err := PowBig(a, b.Int64())
		if err != nil {
			return "", err
		}
		return r.String(), nil
	case "<<":
		if b.Sign() < 0 {
			return "", ShiftCountError()
		}
		r, err := LshiftBig(a, b.Int64())
		if err != nil {
			return "", err
		}
		return r.String(), nil
	case ">>":
		if b.Sign() < 0 {
			return "", ShiftCountError()
		}
		return RshiftBig(a, b.Int64()).String(), nil
	case "float":
		f, err := BigToFloat(a)
		return FloatRepr(f), err
	}
	return "", nil
}

func TestIntOpsGolden(t *testing.T) {
	var g struct {
		Ops []struct {
			Op, A, B string
			Out      any
			Err      *pyErr
		}
	}
	loadGolden(t, "int", &g)
	f := failures{t: t, total: len(g.Ops)}
	for _, c := range g.Ops {
		if c.Op == "str" {
			n, ok := new(big.Int).SetString(c.A, 0)
			if !ok {
				t.Fatalf("bad hex int %q", c.A)
			}
			got, err := BigStr(n)
			if msg := checkResult(got, err, outString(c.Out), c.Err); msg != "" {
				f.add("str(%s): %s", c.A[:min(len(c.A), 20)], msg)
			}
			continue
		}
		if c.Op == "cmp" {
			a, b := parseBig(t, c.A), parseF(t, c.B)
			got, ok := CmpBigFloat(a, b)
			if a.IsInt64() {
				g2, ok2 := CmpIntFloat(a.Int64(), b)
				if g2 != got || ok2 != ok {
					f.add("CmpIntFloat(%s, %s) = %d, %v; CmpBigFloat gave %d, %v", c.A, c.B, g2, ok2, got, ok)
				}
			}
			want := outString(c.Out)
			if s := IntRepr(int64(got)); !ok && *want != "nan" || ok && s != *want {
				f.add("cmp(%s, %s) = %d, %v; want %s", c.A, c.B, got, ok, *want)
			}
			continue
		}
		got, err := intOp(c.Op, parseBig(t, c.A), parseBig(t, c.B))
		if msg := checkResult(got, err, outString(c.Out), c.Err); msg != "" {
			f.add("%s %s %s: %s", c.A, c.Op, c.B, msg)
		}
	}
	f.done()
}

func TestParseIntGolden(t *testing.T) {
	var g struct {
		Parse []struct {
			In   string
			Base int
			Out  *string
			Err  *pyErr
		}
	}
	loadGolden(t, "int", &g)
	f := failures{t: t, total: len(g.Parse)}
	for _, c := range g.Parse {
		n, b, err := ParseInt(c.In, c.Base)
		if msg := checkResult(intResult(n, b), err, c.Out, c.Err); msg != "" {
			f.add("int(%q, %d): %s", c.In, c.Base, msg)
		}
	}
	f.done()
}

func FuzzParseInt(f *testing.F) {
	for _, s := range []string{"0x1f", " 1_000 ", "-0b1", "١٢", "9999999999999999999999"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, base int) {
		n, b, err := ParseInt(s, base)
		if err == nil && b != nil && b.IsInt64() {
			t.Fatalf("ParseInt(%q) returned a big int that fits: %v", s, b)
		}
		_ = n
	})
}
