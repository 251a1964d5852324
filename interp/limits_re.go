package interp

import (
	"strings"
	"unicode/utf8"
)

// reBatch is how many matches reFindAll gathers between two checks of the
// limits.
const reBatch = 1024

// reFindAll is p.re.FindAllStringSubmatchIndex(s, n) (n <= 0: all) found
// in batches, so that the time limit and cancellation are seen, and the
// match positions counted against the memory limit, while a pattern runs
// over a long string. Resuming a search in the middle of s is exact only
// for patterns whose matches do not depend on the text before them (no
// anchors or word boundaries); the others are searched in one go.
func (t *vm) reFindAll(p *Pattern, s string, n int) ([][]int, error) {
	if n <= 0 {
		n = -1
	}
	if !t.lim.active() && t.ctx == nil || !contextFree(p.src) {
		return p.re.FindAllStringSubmatchIndex(s, n), nil
	}
	var out [][]int
	held := 0
	defer func() { t.unhold(held) }()
	pos, prevEnd := 0, -1
	for {
		batch := p.re.FindAllStringSubmatchIndex(s[pos:], reBatch)
		for _, loc := range batch {
			for i, v := range loc {
				if v >= 0 {
					loc[i] = v + pos
				}
			}
			// Like FindAll, skip an empty match right after a match.
			if loc[0] == loc[1] && loc[0] == prevEnd {
				continue
			}
			out = append(out, loc)
			prevEnd = loc[1]
			if n > 0 && len(out) >= n {
				return out, nil
			}
		}
		if len(batch) < reBatch {
			return out, nil
		}
		last := batch[len(batch)-1]
		pos = last[1]
		if last[0] == last[1] {
			// After an empty match the search moves on by one character.
			if pos >= len(s) {
				return out, nil
			}
			_, w := utf8.DecodeRuneInString(s[pos:])
			pos += w
		}
		if err := t.interrupted(); err != nil {
			return nil, err
		}
		size := len(batch) * (24 + 8*len(last))
		if err := t.hold(size); err != nil {
			return nil, err
		}
		held += size
	}
}

// contextFree reports whether a pattern's matches depend only on the text
// they cover: no anchors, word boundaries or flags that change them.
func contextFree(src string) bool {
	return !strings.ContainsAny(src, "^$") && !strings.Contains(src, `\b`) && !strings.Contains(src, `\B`) &&
		!strings.Contains(src, `\A`) && !strings.Contains(src, `\Z`) && !strings.Contains(src, `\z`) &&
		!strings.Contains(src, "(?")
}
