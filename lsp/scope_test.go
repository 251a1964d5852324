package lsp

import (
	"slices"
	"testing"
)

// TestModuleNamesSkipBodies checks that the walk of the module's names,
// which skips the bodies that declare no global, still finds the names
// that bodies bind with a global statement, at any depth, and the walrus
// targets around defs. (That the skipped bodies' locals are absent is
// true with or without the skip: the skip is only a saving.)
func TestModuleNamesSkipBodies(t *testing.T) {
	src := `import os
a = 1
def f(x=(w := 2)):
    global g
    g = 3
    y = 4
class C:
    def m(self):
        def inner():
            if a:
                global h
                h = 5
        z = 6
    k = 7
def plain():
    q = 8
    def nested():
        r = 9
[v := i for i in range(3)]
`
	snap := newSnapshot("untitled:x.py", 1, []byte(src), newProjectCache(nil, func(string, ...any) {}))
	snap.collectModuleNames()
	var got []string
	for _, n := range snap.moduleNames {
		got = append(got, n.name)
	}
	want := []string{"os", "a", "f", "w", "g", "C", "h", "plain", "v"}
	if !slices.Equal(got, want) {
		t.Errorf("module names %q, want %q", got, want)
	}
}
