package interp

import (
	"context"
	"sync"
	"testing"
)

// TestConcurrentImports runs programs that import every module of the
// profile from several goroutines at once: building a module must not
// write shared state (datetime once registered its class methods in a
// package map on every import). The race detector (go test -race) is
// what fails here.
func TestConcurrentImports(t *testing.T) {
	src := []byte("import datetime, json, math, re, asyncio, base64\nprint(datetime.date.fromisoformat('2024-01-02'))\n")
	p, err := Compile("imports.py", src, CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := p.Run(context.Background(), RunConfig{}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
}
