package interp

import (
	"testing"
	"time"
)

func TestParseByteSize(t *testing.T) {
	for in, want := range map[string]int64{"1024": 1024, "64MiB": 64 << 20, "64MB": 64 << 20, "16KiB": 16 << 10, "1.5GiB": 3 << 29, "10B": 10} {
		got, err := ParseByteSize(in)
		if err != nil || got != want {
			t.Errorf("ParseByteSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "x", "-1", "12 parsecs", "1e30GiB"} {
		if _, err := ParseByteSize(bad); err == nil {
			t.Errorf("ParseByteSize(%q): no error", bad)
		}
	}
}

func TestParseDurationLimit(t *testing.T) {
	for in, want := range map[string]time.Duration{"2s": 2 * time.Second, "500ms": 500 * time.Millisecond, "2.5": 2500 * time.Millisecond, "1": time.Second} {
		got, err := ParseDurationLimit(in)
		if err != nil || got != want {
			t.Errorf("ParseDurationLimit(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "soon", "-1s"} {
		if _, err := ParseDurationLimit(bad); err == nil {
			t.Errorf("ParseDurationLimit(%q): no error", bad)
		}
	}
}
