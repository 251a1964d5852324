package interp

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ParseByteSize reads a size limit as the run command and the sandbox
// corpus write it: a number of bytes, or a number with a unit — binary
// (KiB, MiB, GiB) or Monty's spelling of the same binary units (KB, MB, GB).
func ParseByteSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"KB", 1 << 10}, {"MB", 1 << 20}, {"GB", 1 << 30}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || f < 0 || f*float64(mult) > 1<<62 {
		return 0, fmt.Errorf("bad size %q: want a number of bytes or e.g. 64MiB", s)
	}
	return int64(f * float64(mult)), nil
}

// ParseDurationLimit reads a time limit: a Go duration ("500ms", "2.5s")
// or a plain number of seconds, as Monty's CLI takes it.
func ParseDurationLimit(s string) (time.Duration, error) {
	t := strings.TrimSpace(s)
	if f, err := strconv.ParseFloat(t, 64); err == nil && f >= 0 {
		return time.Duration(f * float64(time.Second)), nil
	}
	d, err := time.ParseDuration(t)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("bad duration %q: want e.g. 2s, 500ms or a number of seconds", s)
	}
	return d, nil
}
