package interp

import (
	"math"
	"math/big"
)

// stableHash is hash() as the program sees it. Dicts index str keys with
// a per-process random seed (so crafted keys cannot make them slow), but
// the value hash() returns is the same in every process: a snapshot
// replayed elsewhere (LoadSnapshot) must take the same branches as the
// original run. Equal values hash alike, as with hashOf.
func stableHash(v Value) (uint64, error) {
	switch x := v.(type) {
	case Str:
		return fnv64("s", string(x)), nil
	case Bytes:
		return fnv64("b", string(x)), nil
	case *big.Int:
		return fnv64("i", x.String()), nil
	case Float:
		if f := float64(x); f == math.Trunc(f) && !math.IsInf(f, 0) && (f < -(1<<63) || f >= 1<<63) {
			b, _ := big.NewFloat(f).Int(nil) // equal to this big int
			return stableHash(b)
		}
	case Tuple:
		h := uint64(0x345678)
		for _, e := range x {
			eh, err := stableHash(e)
			if err != nil {
				return 0, err
			}
			h = (h ^ eh) * 1000003
		}
		return h, nil
	case *Set:
		if !x.frozen {
			break
		}
		var h uint64 = 0x2f
		for _, e := range x.Items() {
			eh, err := stableHash(e)
			if err != nil {
				return 0, err
			}
			h += eh * 0x9e3779b97f4a7c15
		}
		return h, nil
	}
	return hashOf(v)
}

// fnv64 is FNV-1a over a kind prefix and s.
func fnv64(kind, s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(kind); i++ {
		h = (h ^ uint64(kind[i])) * 1099511628211
	}
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}
