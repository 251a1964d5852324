package interp

import (
	"context"
	"errors"
	"testing"
	"time"
)

// clockContext is done once its deadline has passed, but nothing closes
// its Done channel: the shape of a deadline under js/wasm, where no timer
// fires during a synchronous call.
type clockContext struct {
	context.Context
	deadline time.Time
}

func (c clockContext) Err() error {
	if time.Now().After(c.deadline) {
		return context.DeadlineExceeded
	}
	return nil
}

func TestDeadlineWithoutTimer(t *testing.T) {
	p, err := Compile("loop.py", []byte("n = 0\nwhile True:\n    n += 1\n"), CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := clockContext{Context: context.Background(), deadline: time.Now().Add(20 * time.Millisecond)}
	done := make(chan error, 1)
	go func() {
		_, err := p.Run(ctx, RunConfig{})
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("got %v, want the deadline", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the run ignored a deadline that only Err reports")
	}
}
