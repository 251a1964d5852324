package pylib

import (
	"math/big"
	"testing"
)

func TestFormatGolden(t *testing.T) {
	var g struct {
		Cases []struct {
			Kind string
			V    any
			Spec string
			Out  *string
			Err  *pyErr
		}
	}
	loadGolden(t, "format", &g)
	f := failures{t: t, total: len(g.Cases)}
	for _, c := range g.Cases {
		var got string
		var err error
		switch c.Kind {
		case "int":
			b := parseBig(t, c.V.(string))
			if b.IsInt64() {
				got, err = FormatInt(b.Int64(), c.Spec)
			} else {
				got, err = FormatBigInt(b, c.Spec)
			}
			// The big path must agree on small values too.
			if b.IsInt64() {
				g2, err2 := FormatBigInt(new(big.Int).Set(b), c.Spec)
				if g2 != got || (err == nil) != (err2 == nil) {
					f.add("FormatBigInt(%s, %q) = %q, %v; FormatInt gave %q, %v", c.V, c.Spec, g2, err2, got, err)
				}
			}
		case "float":
			got, err = FormatFloat(parseF(t, c.V.(string)), c.Spec)
		case "str":
			got, err = FormatStr(c.V.(string), c.Spec)
		case "bool":
			got, err = FormatBool(c.V.(bool), c.Spec)
		}
		if msg := checkResult(got, err, c.Out, c.Err); msg != "" {
			f.add("format(%s %v, %q): %s", c.Kind, c.V, c.Spec, msg)
		}
	}
	f.done()
}

func FuzzFormat(f *testing.F) {
	for _, s := range []string{"", "*^+#010,.3f", "_x", "z.2%", "0=12,d", "😀<5"} {
		f.Add(s, int64(-1234), 3.25, "héllo")
	}
	f.Fuzz(func(t *testing.T, spec string, n int64, x float64, s string) {
		// Any spec must give a result or an *Error, never a panic.
		check := func(_ string, err error) {
			if err != nil {
				if _, ok := err.(*Error); !ok {
					t.Fatalf("spec %q: non-Python error %v", spec, err)
				}
			}
		}
		check(FormatInt(n, spec))
		check(FormatBigInt(big.NewInt(n), spec))
		check(FormatFloat(x, spec))
		check(FormatStr(s, spec))
	})
}
