package gctune

import (
	"runtime/debug"
	"testing"
)

func TestApply(t *testing.T) {
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)

	t.Setenv("GOGC", "")
	Apply()
	if got := debug.SetGCPercent(100); got != Percent {
		t.Errorf("without GOGC: collector target %d, want %d", got, Percent)
	}

	t.Setenv("GOGC", "50")
	Apply()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC set: Apply changed the target to %d; the user's value must win", got)
	}
}
