package pylib

import (
	"math"
	"strings"
	"testing"
)

// Benchmarks for the hot paths the interpreter calls per operation; run
// with go test -bench . ./interp/pylib.

var sinkS string
var sinkI int

func BenchmarkFloatRepr(b *testing.B) {
	vals := []float64{0.1, 1234.5678, 1e16, 3.0, math.Pi, 5e-324}
	for i := 0; i < b.N; i++ {
		sinkS = FloatRepr(vals[i%len(vals)])
	}
}

func BenchmarkFormatFloat(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS, _ = FormatFloat(1234567.891, ",.2f")
	}
}

func BenchmarkFormatInt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS, _ = FormatInt(int64(i), ">10")
	}
}

func BenchmarkPercent(b *testing.B) {
	args := Tuple{"name", int64(42), 3.5}
	for i := 0; i < b.N; i++ {
		sinkS, _ = Percent("%s=%d (%.2f)", args)
	}
}

func BenchmarkFindASCII(b *testing.B) {
	s := strings.Repeat("abcdefghij", 100) + "needle"
	for i := 0; i < b.N; i++ {
		sinkI = Find(s, "needle", 0, math.MaxInt)
	}
}

func BenchmarkFindUnicode(b *testing.B) {
	s := strings.Repeat("abcdéfghij", 100) + "needle"
	for i := 0; i < b.N; i++ {
		sinkI = Find(s, "needle", 0, math.MaxInt)
	}
}

func BenchmarkSplitWhitespace(b *testing.B) {
	s := strings.Repeat("word  another\tthird\n", 20)
	for i := 0; i < b.N; i++ {
		sinkI = len(SplitWhitespace(s, -1))
	}
}

func BenchmarkUpperASCII(b *testing.B) {
	s := strings.Repeat("Hello World ", 20)
	for i := 0; i < b.N; i++ {
		sinkS = Upper(s)
	}
}

func BenchmarkTitle(b *testing.B) {
	s := strings.Repeat("hello wörld ", 20)
	for i := 0; i < b.N; i++ {
		sinkS = Title(s)
	}
}

func BenchmarkSliceUnicode(b *testing.B) {
	s := strings.Repeat("héllo wörld ", 20)
	for i := 0; i < b.N; i++ {
		sinkS, _ = Slice(s, 10, 100, 1, true, true)
	}
}

func BenchmarkParseInt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		n, _, _ := ParseInt(" 1_234_567 ", 10)
		sinkI = int(n)
	}
}

func BenchmarkFloatPow(b *testing.B) {
	for i := 0; i < b.N; i++ {
		f, _ := FloatPow(1.0001, 2.5)
		sinkI = int(f)
	}
}

var benchDoc = `{"users": [{"name": "Ann", "age": 31, "tags": ["a", "b"], "score": 9.5},
 {"name": "Bob", "age": 27, "tags": [], "score": null, "bio": "caf\u00e9 \"x\""}], "ok": true}`

func BenchmarkJSONLoads(b *testing.B) {
	for i := 0; i < b.N; i++ {
		v, _ := JSONLoads(benchDoc)
		sinkI = len(v.(*Dict).Keys)
	}
}

func BenchmarkJSONDumps(b *testing.B) {
	v, _ := JSONLoads(benchDoc)
	opts := DefaultJSONOptions()
	for i := 0; i < b.N; i++ {
		sinkS, _ = JSONDumps(v, opts)
	}
}
