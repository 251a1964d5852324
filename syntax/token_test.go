package syntax

import "testing"

// TestKeywordHash checks that keywordHash gives every hard keyword a slot
// of its own, and that lookupKeyword finds each keyword and nothing else.
func TestKeywordHash(t *testing.T) {
	owner := map[uint8]Token{}
	for k := FALSE; k <= YIELD; k++ {
		h := keywordHash(k.String())
		if other, ok := owner[h]; ok {
			t.Errorf("keywords %q and %q share hash slot %d", other, k, h)
		}
		owner[h] = k
		if got := lookupKeyword(k.String()); got != k {
			t.Errorf("lookupKeyword(%q) = %v", k, got)
		}
	}
	for _, w := range []string{"", "x", "match", "case", "type", "_", "none", "If", "els", "elses", "nonlocals", "print", "self", "awaits", "yielded"} {
		if got := lookupKeyword(w); got != NAME {
			t.Errorf("lookupKeyword(%q) = %v, want NAME", w, got)
		}
	}
}
