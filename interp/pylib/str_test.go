package pylib

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// strCase is one golden str method call: s.m(*args).
type strCase struct {
	M    string
	S    string
	Args []any
	Out  any
	Err  *pyErr
}

// intArg returns the int argument i, or def when it is absent or None.
func intArg(args []any, i, def int) int {
	if i < len(args) && args[i] != nil {
		return int(args[i].(float64))
	}
	return def
}

// callStr runs one str method through pylib and renders the result as JSON
// in the golden's shape.
func callStr(c strCase) (any, error) {
	s, a := c.S, c.Args
	str := func(i int) string { return a[i].(string) }
	switch c.M {
	case "upper":
		return Upper(s), nil
	case "lower":
		return Lower(s), nil
	case "casefold":
		return Casefold(s), nil
	case "capitalize":
		return Capitalize(s), nil
	case "title":
		return Title(s), nil
	case "swapcase":
		return SwapCase(s), nil
	case "isdigit":
		return IsDigit(s), nil
	case "isalpha":
		return IsAlpha(s), nil
	case "isalnum":
		return IsAlnum(s), nil
	case "isspace":
		return IsSpace(s), nil
	case "isupper":
		return IsUpper(s), nil
	case "islower":
		return IsLower(s), nil
	case "isdecimal":
		return IsDecimal(s), nil
	case "isnumeric":
		return IsNumeric(s), nil
	case "istitle":
		return IsTitle(s), nil
	case "isidentifier":
		return IsIdentifier(s), nil
	case "isascii":
		return IsASCII(s), nil
	case "__len__":
		return Len(s), nil
	case "repr":
		return StrRepr(s), nil
	case "strip", "lstrip", "rstrip":
		if len(a) == 0 || a[0] == nil {
			return map[string]func(string) string{"strip": Strip, "lstrip": LStrip, "rstrip": RStrip}[c.M](s), nil
		}
		return map[string]func(string, string) string{"strip": StripChars, "lstrip": LStripChars,
			"rstrip": RStripChars}[c.M](s, str(0)), nil
	case "splitlines":
		return SplitLines(s, len(a) > 0 && a[0].(bool)), nil
	case "split", "rsplit":
		n := intArg(a, 1, -1)
		if len(a) == 0 || a[0] == nil {
			if c.M == "split" {
				return SplitWhitespace(s, n), nil
			}
			return RSplitWhitespace(s, n), nil
		}
		if c.M == "split" {
			return Split(s, str(0), n)
		}
		return RSplit(s, str(0), n)
	case "replace":
		return Replace(s, str(0), str(1), intArg(a, 2, -1)), nil
	case "find", "rfind", "index", "rindex", "count", "startswith", "endswith":
		st, en := intArg(a, 1, 0), intArg(a, 2, math.MaxInt)
		if subs, ok := a[0].([]any); ok {
			for _, sub := range subs {
				f := StartsWith
				if c.M == "endswith" {
					f = EndsWith
				}
				if f(s, sub.(string), st, en) {
					return true, nil
				}
			}
			return false, nil
		}
		sub := str(0)
		switch c.M {
		case "find":
			return Find(s, sub, st, en), nil
		case "rfind":
			return RFind(s, sub, st, en), nil
		case "index":
			return Index(s, sub, st, en)
		case "rindex":
			return RIndex(s, sub, st, en)
		case "count":
			return Count(s, sub, st, en), nil
		case "startswith":
			return StartsWith(s, sub, st, en), nil
		}
		return EndsWith(s, sub, st, en), nil
	case "center", "ljust", "rjust":
		fill, _ := utf8.DecodeRuneInString(str(1))
		f := map[string]func(string, int, rune) string{"center": Center, "ljust": LJust, "rjust": RJust}[c.M]
		return f(s, intArg(a, 0, 0), fill), nil
	case "zfill":
		return ZFill(s, intArg(a, 0, 0)), nil
	case "partition", "rpartition":
		f := Partition
		if c.M == "rpartition" {
			f = RPartition
		}
		x, y, z, err := f(s, str(0))
		return []string{x, y, z}, err
	case "expandtabs":
		return ExpandTabs(s, intArg(a, 0, 8)), nil
	case "removeprefix":
		return RemovePrefix(s, str(0)), nil
	case "removesuffix":
		return RemoveSuffix(s, str(0)), nil
	case "slice":
		step := intArg(a, 2, 1)
		return Slice(s, intArg(a, 0, 0), intArg(a, 1, 0), step, a[0] != nil, a[1] != nil)
	case "getitem":
		return At(s, intArg(a, 0, 0))
	}
	return nil, fmt.Errorf("unknown method %s", c.M)
}

func TestStrMethodsGolden(t *testing.T) {
	var g struct{ Cases []strCase }
	loadGolden(t, "str", &g)
	f := failures{t: t, total: len(g.Cases)}
	for _, c := range g.Cases {
		got, err := callStr(c)
		gotJSON, _ := json.Marshal(got)
		want, _ := json.Marshal(c.Out)
		var gs, ws = string(gotJSON), string(want)
		if msg := checkResult(gs, err, &ws, c.Err); msg != "" {
			f.add("%q.%s%v: %s", c.S, c.M, c.Args, msg)
		}
	}
	f.done()
}

func TestStrSurrogates(t *testing.T) {
	// "\ud800" as package syntax stores it (WTF-8).
	s := "a\xed\xa0\x80b"
	if n := Len(s); n != 3 {
		t.Errorf("Len = %d; want 3", n)
	}
	if r := StrRepr(s); r != `'a\ud800b'` {
		t.Errorf("StrRepr = %s", r)
	}
	if got, _ := At(s, 1); got != "\xed\xa0\x80" {
		t.Errorf("At(1) = %q", got)
	}
	if got := Replace(s, "", "-", -1); got != "-a-\xed\xa0\x80-b-" {
		t.Errorf("Replace = %q", got)
	}
	if !strings.Contains(Upper(s), "\xed\xa0\x80") {
		t.Errorf("Upper lost the surrogate: %q", Upper(s))
	}
}

// runeFind is a reference str.find over code points, written from the
// CPython rules (ADJUST_INDICES, then a plain scan).
func runeFind(s, sub string, start, end int, last bool) int {
	rs, subr := []rune(s), []rune(sub)
	n := len(rs)
	if end > n {
		end = n
	} else if end < 0 {
		end = max(end+n, 0)
	}
	if start < 0 {
		start = max(start+n, 0)
	}
	if end-start < len(subr) {
		return -1
	}
	found := -1
	for i := start; i+len(subr) <= end; i++ {
		if string(rs[i:i+len(subr)]) == sub {
			found = i
			if !last {
				break
			}
		}
	}
	return found
}

func FuzzStrFind(f *testing.F) {
	f.Add("héllo wörld", "l", 1, -2)
	f.Add("😀a😀", "", 5, 2)
	f.Fuzz(func(t *testing.T, s, sub string, start, end int) {
		if !utf8.ValidString(s) || !utf8.ValidString(sub) {
			return
		}
		if got, want := Find(s, sub, start, end), runeFind(s, sub, start, end, false); got != want {
			t.Fatalf("Find(%q, %q, %d, %d) = %d; want %d", s, sub, start, end, got, want)
		}
		if got, want := RFind(s, sub, start, end), runeFind(s, sub, start, end, true); got != want {
			t.Fatalf("RFind(%q, %q, %d, %d) = %d; want %d", s, sub, start, end, got, want)
		}
		if got, want := Len(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("Len(%q) = %d; want %d", s, got, want)
		}
		lo, hi := start%50, end%50
		got, _ := Slice(s, lo, hi, 1, true, true)
		rs := []rune(s)
		a, b, _ := AdjustSlice(len(rs), lo, hi, 1, true, true)
		want := ""
		if a < b {
			want = string(rs[a:b])
		}
		if got != want {
			t.Fatalf("Slice(%q, %d, %d) = %q; want %q", s, lo, hi, got, want)
		}
	})
}
