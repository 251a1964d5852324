package interp

import (
	"context"
	"strings"
	"testing"
)

// TestAttrCacheForeignCode passes a function compiled in one program to a
// run of another, whose inline caches are numbered for its own codes: the
// foreign function's attribute site must not read the entry that the run's
// own site at the same number filled (o.x where the function reads o.y).
func TestAttrCacheForeignCode(t *testing.T) {
	a, err := Compile("a.py", []byte("def get(o):\n    return o.y\nget\n"), CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	get, err := a.Run(context.Background(), RunConfig{})
	if err != nil {
		t.Fatal(err)
	}
	src := `def getx(o):
    return o.x


class P:
    def __init__(self):
        self.x = 1
        self.y = 2


p = P()
print(getx(p), getx(p), f(p), f(p))
`
	b, err := Compile("b.py", []byte(src), CompileOptions{Inputs: []string{"f"}})
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if _, err := b.Run(context.Background(), RunConfig{Stdout: &out, Inputs: map[string]Value{"f": get}}); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "1 1 2 2\n" {
		t.Errorf("got %q, want %q", got, "1 1 2 2\n")
	}
}

// TestShapesShared checks that instances setting the same attributes in
// the same order share a shape, and that a class's shape tree stops
// growing at its bounds (later instances get private shapes).
func TestShapesShared(t *testing.T) {
	c := &Class{Name: "C", attrs: NewDict()}
	x, y := allocInstance(c, 1), allocInstance(c, 2)
	x.set("a", Int(1))
	x.set("b", Int(2))
	y.set("a", Int(3))
	y.set("b", Int(4))
	if x.shape != y.shape || x.shape.private {
		t.Fatalf("same order, different shapes")
	}
	z := allocInstance(c, 3)
	z.set("b", Int(5))
	z.set("a", Int(6))
	if z.shape == x.shape {
		t.Fatalf("other order, same shape")
	}
	if v, _ := z.get("a"); v != Int(6) {
		t.Fatalf("z.a = %v", v)
	}
	if len(z.vals) != 2 || c.nattrs != 2 {
		t.Fatalf("vals %v, nattrs %d", z.vals, c.nattrs)
	}
	// Each instance sets its own attribute: one shape each until the bound.
	for i := 0; i < maxShapes+10; i++ {
		w := allocInstance(c, int64(10+i))
		w.set("k"+strings.Repeat("x", i), Int(i))
	}
	if c.nshapes > maxShapes {
		t.Fatalf("%d shapes, bound %d", c.nshapes, maxShapes)
	}
	// The shared shapes count towards the memory the class holds.
	if c.shapeBytes < int64(c.nshapes)*48 {
		t.Fatalf("%d shapes take %d bytes", c.nshapes, c.shapeBytes)
	}
	w := allocInstance(c, 1000)
	for i := 0; i < maxSharedNames+20; i++ {
		w.set(strings.Repeat("n", i+1), Int(i))
	}
	if !w.shape.private || len(w.names()) != maxSharedNames+20 {
		t.Fatalf("long shape: private %v, %d names", w.shape.private, len(w.names()))
	}
	for i := 0; i < maxSharedNames+20; i++ {
		if v, ok := w.get(strings.Repeat("n", i+1)); !ok || v != Int(i) {
			t.Fatalf("attribute %d: %v %v", i, v, ok)
		}
	}
}

// TestAttrCacheConcurrentRuns runs one class-heavy program on several
// goroutines at once: the caches belong to each run, not to the shared
// Program (go test -race checks that nothing shared is written).
func TestAttrCacheConcurrentRuns(t *testing.T) {
	src := `class V:
    def __init__(self, x):
        self.x = x

    def add(self, o):
        return V(self.x + o.x)


v = V(0)
for i in range(200):
    v = v.add(V(i))
print(v.x)
`
	p, err := Compile("c.py", []byte(src), CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 4)
	outs := make(chan string, 4)
	for range 4 {
		go func() {
			var out strings.Builder
			_, err := p.Run(context.Background(), RunConfig{Stdout: &out})
			errs <- err
			outs <- out.String()
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
		if got := <-outs; got != "19900\n" {
			t.Errorf("got %q", got)
		}
	}
}
