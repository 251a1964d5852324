package syntax

import (
	"math"
	"math/big"
	"testing"
)

// Expected reprs were printed by CPython 3.11.7 for the same literals.

func TestNumberInt(t *testing.T) {
	cases := []struct {
		raw  string
		want string // decimal; "" for malformed
	}{
		{"0", "0"},
		{"00", "0"},
		{"0_0", "0"},
		{"10", "10"},
		{"1_000_000", "1000000"},
		{"0x1F", "31"},
		{"0X_1f", "31"},
		{"0o17", "15"},
		{"0O_7", "7"},
		{"0b101", "5"},
		{"0B_1_0", "2"},
		{"9223372036854775807", "9223372036854775807"},
		{"9223372036854775808", "9223372036854775808"},
		{"123456789012345678901234567890", "123456789012345678901234567890"},
		{"0xffffffffffffffffffffffffffffffffffffffff", "1461501637330902918203684832716283019655932542975"},
		{"0o7777777777777777777777", "73786976294838206463"},
		{"0b" + "1111111111111111111111111111111111111111111111111111111111111111", "18446744073709551615"},
		{"0x", ""},
		{"0x_", ""},
		{"1__0", ""},
		{"1_", ""},
		{"_1", ""},
		{"07", ""},
		{"0b2", ""},
		{"0o8", ""},
		{"0xg", ""},
		{"", ""},
		{"1.0", ""},
	}
	for _, c := range cases {
		n := &NumberLit{Kind: IntLit, Raw: c.raw}
		v, ok := n.Int()
		if c.want == "" {
			if ok {
				t.Errorf("Int(%q) = %v, want failure", c.raw, v)
			}
			continue
		}
		if !ok || v.String() != c.want {
			t.Errorf("Int(%q) = %v, %v, want %s", c.raw, v, ok, c.want)
		}
		got, ok := appendIntRepr(nil, c.raw)
		if !ok || string(got) != c.want {
			t.Errorf("appendIntRepr(%q) = %s, %v, want %s", c.raw, got, ok, c.want)
		}
		want, _ := new(big.Int).SetString(c.want, 10)
		i64, ok := n.Int64()
		if ok != want.IsInt64() || (ok && i64 != want.Int64()) {
			t.Errorf("Int64(%q) = %d, %v", c.raw, i64, ok)
		}
	}
	if _, ok := (&NumberLit{Kind: FloatLit, Raw: "1"}).Int(); ok {
		t.Errorf("Int of a FloatLit succeeded")
	}
}

func TestNumberFloat(t *testing.T) {
	cases := []struct {
		raw  string
		want string // repr; "" for malformed
	}{
		{"0.1", "0.1"},
		{"1.", "1.0"},
		{".5", "0.5"},
		{"0.0", "0.0"},
		{"0e0", "0.0"},
		{"00.5", "0.5"},
		{"1e16", "1e+16"},
		{"1e15", "1000000000000000.0"},
		{"9999999999999999.0", "1e+16"},
		{"1E5", "100000.0"},
		{"1e+5", "100000.0"},
		{"1e-5", "1e-05"},
		{"1e-4", "0.0001"},
		{"0.00012", "0.00012"},
		{"0.00001234", "1.234e-05"},
		{"2.5e-5", "2.5e-05"},
		{"123456789012345678.0", "1.2345678901234568e+17"},
		{"12345678901234567.0", "1.2345678901234568e+16"},
		{"9007199254740993.0", "9007199254740992.0"},
		{"5e-324", "5e-324"},
		{"1.7976931348623157e308", "1.7976931348623157e+308"},
		{"1.5e300", "1.5e+300"},
		{"1e22", "1e+22"},
		{"1e100", "1e+100"},
		{"1e400", "inf"},
		{"1e-400", "0.0"},
		{"1e99999999999999999999", "inf"},
		{"4.35", "4.35"},
		{"1_0.0_1e-1_0", "1.001e-09"},
		{"1_0e1_0", "100000000000.0"},
		{"1e", ""},
		{"1e+", ""},
		{".", ""},
		{"1._0", ""},
		{"1_.0", ""},
		{"1.0_", ""},
		{"1e_1", ""},
		{"inf", ""},
		{"nan", ""},
		{"0x1p3", ""},
		{"1..0", ""},
	}
	for _, c := range cases {
		f, ok := (&NumberLit{Kind: FloatLit, Raw: c.raw}).Float()
		if c.want == "" {
			if ok {
				t.Errorf("Float(%q) = %v, want failure", c.raw, f)
			}
			continue
		}
		if !ok {
			t.Errorf("Float(%q) failed", c.raw)
			continue
		}
		if got := FloatRepr(f); got != c.want {
			t.Errorf("FloatRepr(Float(%q)) = %s, want %s", c.raw, got, c.want)
		}
	}
}

func TestNumberImag(t *testing.T) {
	cases := []struct {
		raw  string
		want string // repr; "" for malformed
	}{
		{"1j", "1j"},
		{"1J", "1j"},
		{"0j", "0j"},
		{"00j", "0j"},
		{"010j", "10j"},
		{"1.5j", "1.5j"},
		{"1000j", "1000j"},
		{"1e15j", "1000000000000000j"},
		{"1e16j", "1e+16j"},
		{"1e-7j", "1e-07j"},
		{".5j", "0.5j"},
		{"1e400j", "infj"},
		{"1_0j", "10j"},
		{"j", ""},
		{"1", ""},
		{"1_j", ""},
	}
	for _, c := range cases {
		f, ok := (&NumberLit{Kind: ImagLit, Raw: c.raw}).Imag()
		if c.want == "" {
			if ok {
				t.Errorf("Imag(%q) = %v, want failure", c.raw, f)
			}
			continue
		}
		if !ok {
			t.Errorf("Imag(%q) failed", c.raw)
			continue
		}
		if got := string(AppendImagRepr(nil, f)); got != c.want {
			t.Errorf("AppendImagRepr(Imag(%q)) = %s, want %s", c.raw, got, c.want)
		}
	}
}

func TestFloatReprSpecial(t *testing.T) {
	cases := []struct {
		f    float64
		want string
	}{
		{math.Inf(1), "inf"},
		{math.Inf(-1), "-inf"},
		{math.NaN(), "nan"},
		{math.Copysign(0, -1), "-0.0"},
		{-1.5, "-1.5"},
		{-1e-5, "-1e-05"},
		{math.Sqrt2, "1.4142135623730951"},
		{100, "100.0"},
	}
	for _, c := range cases {
		if got := FloatRepr(c.f); got != c.want {
			t.Errorf("FloatRepr(%v) = %s, want %s", c.f, got, c.want)
		}
	}
}
