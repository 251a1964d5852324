package interp

import (
	"math/rand"
	"testing"
)

// TestDictAgainstMap runs random sets, gets and deletes on a Dict and on a
// Go map (the model), through the unindexed size, the growth of the index
// and compaction, with int keys that collide in the low bits, str keys and
// keys equal across types (1, 1.0, True).
func TestDictAgainstMap(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 20; round++ {
		d := NewDict()
		model := map[int64]int{}
		var order []int64 // model keys in insertion order
		n := 1 + rng.Intn(300)
		keyOf := func(k int64) Value {
			switch k % 3 {
			case 0:
				return Int(k * 1024) // same low bits
			case 1:
				return Str("k" + string(rune('a'+k%26)) + string(rune('a'+k/26%26)))
			}
			return Float(float64(k * 1024)) // never equal to an int key: k differs mod 3
		}
		for op := 0; op < 2000; op++ {
			k := int64(rng.Intn(n))
			switch rng.Intn(4) {
			case 0, 1:
				v := rng.Int()
				if err := d.Set(keyOf(k), Int(v)); err != nil {
					t.Fatal(err)
				}
				if _, ok := model[k]; !ok {
					order = append(order, k)
				}
				model[k] = v
			case 2:
				got, ok, err := d.Get(keyOf(k))
				want, wok := model[k]
				if err != nil || ok != wok || ok && got != Int(want) {
					t.Fatalf("round %d: get %v = %v %v, want %v %v", round, keyOf(k), got, ok, want, wok)
				}
			case 3:
				_, ok, _ := d.Delete(keyOf(k))
				if _, wok := model[k]; ok != wok {
					t.Fatalf("round %d: delete %v = %v, want %v", round, keyOf(k), ok, wok)
				}
				if ok {
					delete(model, k)
					for i, o := range order {
						if o == k {
							order = append(order[:i], order[i+1:]...)
							break
						}
					}
				}
			}
			if d.Len() != len(model) {
				t.Fatalf("round %d: len %d, want %d", round, d.Len(), len(model))
			}
		}
		keys := d.Keys()
		for i, k := range order {
			if !keyEqual(keys[i], keyOf(k)) {
				t.Fatalf("round %d: key %d is %v, want %v (insertion order)", round, i, keys[i], keyOf(k))
			}
		}
	}
	// Keys equal across types share one entry, which keeps the newer key.
	d := NewDict()
	for i := 0; i < 40; i++ {
		d.Set(Int(i), Str("int"))
	}
	d.Set(Bool(true), Str("bool"))
	d.Set(Float(2), Str("float"))
	if v, _, _ := d.Get(Int(1)); v != Str("bool") || d.Len() != 40 {
		t.Fatalf("d[1] = %v, len %d", v, d.Len())
	}
	if v, _ := d.GetStr("x"); v != nil {
		t.Fatalf("GetStr on int keys = %v", v)
	}
	if k := d.Keys()[2]; k != Value(Float(2)) {
		t.Fatalf("key 2 is %v (%T), want the newer 2.0", k, k)
	}
}
