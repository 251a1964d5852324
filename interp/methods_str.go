package interp

import (
	"math"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/monty-tools/monty-tools/interp/pylib"
)

// strArgs checks a str method's arguments: args[0] is the receiver.
func strArgs(name string, args []Value, kw []KeywordArg, min, max int) (string, error) {
	if len(kw) > 0 {
		return "", newExc(excTypeError, "str.%s() takes no keyword arguments", name)
	}
	n := len(args) - 1
	if n < min || n > max {
		if min == max {
			if min == 0 {
				return "", newExc(excTypeError, "str.%s() takes no arguments (%d given)", name, n)
			}
			if min == 1 {
				return "", newExc(excTypeError, "str.%s() takes exactly one argument (%d given)", name, n)
			}
		}
		if n < min {
			return "", newExc(excTypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
		}
		return "", newExc(excTypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
	}
	return string(args[0].(Str)), nil
}

// argStr reads a str argument; what starts the TypeError's message, which
// ends with the argument's type name (built only when it fails).
func argStr(v Value, what string) (string, error) {
	s, ok := v.(Str)
	if !ok {
		return "", newExc(excTypeError, "%s%s", what, typeName(v))
	}
	return string(s), nil
}

// optRange reads the optional start/end arguments of find, count, ....
func optRange(args []Value) (int, int, error) {
	start, end := 0, math.MaxInt
	if len(args) > 0 {
		if _, ok := args[0].(NoneType); !ok {
			n, err := sliceInt(args[0])
			if err != nil {
				return 0, 0, err
			}
			start = int(n)
		}
	}
	if len(args) > 1 {
		if _, ok := args[1].(NoneType); !ok {
			n, err := sliceInt(args[1])
			if err != nil {
				return 0, 0, err
			}
			end = int(n)
		}
	}
	return start, end, nil
}

// strResult boxes r, the result of a method called on self (whose text
// is s); when r is s itself, as methods return a str they leave alone,
// self is returned instead of a new box.
func strResult(self Value, s, r string) Value {
	if len(r) == len(s) && unsafe.StringData(r) == unsafe.StringData(s) {
		return self
	}
	return Str(r)
}

func strList(parts []string) Value {
	return &List{Items: strValues(parts)}
}

// asciiCase is str.upper (flip 'a'..'z') or str.lower (flip 'A'..'Z') of
// an ASCII s; ok is false for any other s. A str with nothing to change
// is returned as it is.
func asciiCase(self Value, s string, lo byte) (v Value, ok bool) {
	first := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return nil, false
		}
		if first < 0 && c-lo < 26 {
			first = i
		}
	}
	if first < 0 {
		return self, true
	}
	v, b := newStr(len(s))
	copy(b, s)
	for i := first; i < len(b); i++ {
		if b[i]-lo < 26 {
			b[i] ^= 0x20
		}
	}
	return v, true
}

// replaceStr is str.replace for a non-empty old: count < 0 replaces
// every occurrence.
func replaceStr(self Value, s, old, nw string, count int) Value {
	k := strings.Count(s, old)
	if count >= 0 && count < k {
		k = count
	}
	if k == 0 {
		return self
	}
	v, b := newStr(len(s) + k*(len(nw)-len(old)))
	w := 0
	for ; k > 0; k-- {
		i := strings.Index(s, old)
		w += copy(b[w:], s[:i])
		w += copy(b[w:], nw)
		s = s[i+len(old):]
	}
	copy(b[w:], s)
	return v
}

func init() {
	simple := func(name string, fn func(string) string) builtinFn {
		return func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s, err := strArgs(name, args, kw, 0, 0)
			if err != nil {
				return nil, err
			}
			return strResult(args[0], s, fn(s)), nil
		}
	}
	pred := func(name string, fn func(string) bool) builtinFn {
		return func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s, err := strArgs(name, args, kw, 0, 0)
			if err != nil {
				return nil, err
			}
			return Bool(fn(s)), nil
		}
	}
	find := func(name string, fn func(s, sub string, start, end int) int) builtinFn {
		return func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s, err := strArgs(name, args, kw, 1, 3)
			if err != nil {
				return nil, err
			}
			sub, err := argStr(args[1], "must be str, not ")
			if err != nil {
				return nil, err
			}
			start, end, err := optRange(args[2:])
			if err != nil {
				return nil, err
			}
			return Int(fn(s, sub, start, end)), nil
		}
	}
	index := func(name string, fn func(s, sub string, start, end int) (int, error)) builtinFn {
		return func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s, err := strArgs(name, args, kw, 1, 3)
			if err != nil {
				return nil, err
			}
			sub, err := argStr(args[1], "must be str, not ")
			if err != nil {
				return nil, err
			}
			start, end, err := optRange(args[2:])
			if err != nil {
				return nil, err
			}
			i, err := fn(s, sub, start, end)
			return Int(i), fromPylib(err)
		}
	}
	affix := func(name string, fn func(s, p string, start, end int) bool) builtinFn {
		return func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s, err := strArgs(name, args, kw, 1, 3)
			if err != nil {
				return nil, err
			}
			start, end, err := optRange(args[2:])
			if err != nil {
				return nil, err
			}
			switch p := args[1].(type) {
			case Str:
				return Bool(fn(s, string(p), start, end)), nil
			case Tuple:
				for _, x := range p {
					ps, ok := x.(Str)
					if !ok {
						return nil, newExc(excTypeError, "tuple for %s must only contain str, not %s", name, typeName(x))
					}
					if fn(s, string(ps), start, end) {
						return Bool(true), nil
					}
				}
				return Bool(false), nil
			}
			return nil, newExc(excTypeError, "%s first arg must be str or a tuple of str, not %s", name, typeName(args[1]))
		}
	}
	strip := func(name string, ws func(string) string, chars func(s, c string) string) builtinFn {
		return func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s, err := strArgs(name, args, kw, 0, 1)
			if err != nil {
				return nil, err
			}
			if len(args) == 1 {
				return strResult(args[0], s, ws(s)), nil
			}
			switch c := args[1].(type) {
			case NoneType:
				return strResult(args[0], s, ws(s)), nil
			case Str:
				return strResult(args[0], s, chars(s, string(c))), nil
			}
			return nil, newExc(excTypeError, "%s arg must be None or str", name)
		}
	}
	split := func(name string, ws func(string, int) []string, sep func(s, sep string, n int) ([]string, error)) builtinFn {
		return func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			var sepV Value = None
			var maxV Value = Int(-1)
			if len(args) > 1 {
				sepV = args[1]
			}
			if len(args) > 2 {
				maxV = args[2]
			}
			if len(args) > 3 {
				return nil, newExc(excTypeError, "%s() takes at most 2 arguments (%d given)", name, len(args)-1)
			}
			for _, k := range kw {
				switch k.Name {
				case "sep":
					sepV = k.Value
				case "maxsplit":
					maxV = k.Value
				default:
					return nil, newExc(excTypeError, "%s() got an unexpected keyword argument '%s'", name, k.Name)
				}
			}
			s := string(args[0].(Str))
			n, ok := maxV.(Int)
			if !ok {
				return nil, newExc(excTypeError, "'%s' object cannot be interpreted as an integer", typeName(maxV))
			}
			switch sp := sepV.(type) {
			case NoneType:
				return strList(ws(s, int(n))), nil
			case Str:
				parts, err := sep(s, string(sp), int(n))
				if err != nil {
					return nil, fromPylib(err)
				}
				return strList(parts), nil
			}
			return nil, newExc(excTypeError, "must be str or None, not %s", typeName(sepV))
		}
	}
	pad := func(name string, fn func(s string, w int, fill rune) string) builtinFn {
		return func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s, err := strArgs(name, args, kw, 1, 2)
			if err != nil {
				return nil, err
			}
			w, ok := args[1].(Int)
			if !ok {
				return nil, newExc(excTypeError, "'%s' object cannot be interpreted as an integer", typeName(args[1]))
			}
			fill := ' '
			if len(args) == 3 {
				f, ok := args[2].(Str)
				if !ok || utf8.RuneCountInString(string(f)) != 1 {
					return nil, newExc(excTypeError, "The fill character must be exactly one character long")
				}
				fill, _ = utf8.DecodeRuneInString(string(f))
			}
			return Str(fn(s, int(w), fill)), nil
		}
	}
	caseFn := func(name string, lo byte, fn func(string) string) builtinFn {
		return func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s, err := strArgs(name, args, kw, 0, 0)
			if err != nil {
				return nil, err
			}
			if v, ok := asciiCase(args[0], s, lo); ok {
				return v, nil
			}
			return strResult(args[0], s, fn(s)), nil
		}
	}
	m := map[string]builtinFn{
		"upper":        caseFn("upper", 'a', pylib.Upper),
		"lower":        caseFn("lower", 'A', pylib.Lower),
		"casefold":     simple("casefold", pylib.Lower), // Monty's casefold keeps ß
		"swapcase":     simple("swapcase", pylib.SwapCase),
		"capitalize":   simple("capitalize", pylib.Capitalize),
		"title":        simple("title", pylib.Title),
		"isdigit":      pred("isdigit", pylib.IsDigit),
		"isdecimal":    pred("isdecimal", pylib.IsDecimal),
		"isnumeric":    pred("isnumeric", pylib.IsNumeric),
		"isalpha":      pred("isalpha", pylib.IsAlpha),
		"isalnum":      pred("isalnum", pylib.IsAlnum),
		"isspace":      pred("isspace", pylib.IsSpace),
		"isupper":      pred("isupper", pylib.IsUpper),
		"islower":      pred("islower", pylib.IsLower),
		"istitle":      pred("istitle", pylib.IsTitle),
		"isidentifier": pred("isidentifier", pylib.IsIdentifier),
		"isascii":      pred("isascii", pylib.IsASCII),
		"find":         find("find", pylib.Find),
		"rfind":        find("rfind", pylib.RFind),
		"count":        find("count", pylib.Count),
		"index":        index("index", pylib.Index),
		"rindex":       index("rindex", pylib.RIndex),
		"startswith":   affix("startswith", pylib.StartsWith),
		"endswith":     affix("endswith", pylib.EndsWith),
		"strip":        strip("strip", pylib.Strip, pylib.StripChars),
		"lstrip":       strip("lstrip", pylib.LStrip, pylib.LStripChars),
		"rstrip":       strip("rstrip", pylib.RStrip, pylib.RStripChars),
		"split":        split("split", pylib.SplitWhitespace, pylib.Split),
		"rsplit":       split("rsplit", pylib.RSplitWhitespace, pylib.RSplit),
		"center":       pad("center", montyCenter),
		"ljust":        pad("ljust", pylib.LJust),
		"rjust":        pad("rjust", pylib.RJust),
		"zfill": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s, err := strArgs("zfill", args, kw, 1, 1)
			if err != nil {
				return nil, err
			}
			w, ok := args[1].(Int)
			if !ok {
				return nil, newExc(excTypeError, "'%s' object cannot be interpreted as an integer", typeName(args[1]))
			}
			return Str(pylib.ZFill(s, int(w))), nil
		},
		"splitlines": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			keep := false
			if len(args) > 1 {
				keep = truth(args[1])
			}
			for _, k := range kw {
				if k.Name == "keepends" {
					keep = truth(k.Value)
				}
			}
			return strList(pylib.SplitLines(string(args[0].(Str)), keep)), nil
		},
		"join": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s, err := strArgs("join", args, kw, 1, 1)
			if err != nil {
				return nil, err
			}
			items, err := t.iterate(args[1])
			if err != nil {
				return nil, newExc(excTypeError, "can only join an iterable")
			}
			n := 0
			for i, v := range items {
				p, ok := v.(Str)
				if !ok {
					return nil, fromPylib(pylib.JoinTypeError(i, typeName(v)))
				}
				n += len(p) + len(s)
			}
			if len(items) == 1 {
				return items[0], nil
			}
			v, buf := newStr(max(n-len(s), 0))
			w := 0
			for i, x := range items {
				if i > 0 {
					w += copy(buf[w:], s)
				}
				w += copy(buf[w:], x.(Str))
			}
			return v, nil
		},
		"replace": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s, err := strArgs("replace", args, kw, 2, 3)
			if err != nil {
				return nil, err
			}
			old, err := argStr(args[1], "replace() argument 1 must be str, not ")
			if err != nil {
				return nil, err
			}
			nw, err := argStr(args[2], "replace() argument 2 must be str, not ")
			if err != nil {
				return nil, err
			}
			count := -1
			if len(args) == 4 {
				c, ok := args[3].(Int)
				if !ok {
					return nil, newExc(excTypeError, "'%s' object cannot be interpreted as an integer", typeName(args[3]))
				}
				count = int(c)
			}
			if old != "" {
				return replaceStr(args[0], s, old, nw, count), nil
			}
			return Str(pylib.Replace(s, old, nw, count)), nil
		},
		"partition": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s, err := strArgs("partition", args, kw, 1, 1)
			if err != nil {
				return nil, err
			}
			sep, err := argStr(args[1], "must be str, not ")
			if err != nil {
				return nil, err
			}
			a, b, c, err := pylib.Partition(s, sep)
			if err != nil {
				return nil, fromPylib(err)
			}
			return Tuple(strValues([]string{a, b, c})), nil
		},
		"rpartition": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s, err := strArgs("rpartition", args, kw, 1, 1)
			if err != nil {
				return nil, err
			}
			sep, err := argStr(args[1], "must be str, not ")
			if err != nil {
				return nil, err
			}
			a, b, c, err := pylib.RPartition(s, sep)
			if err != nil {
				return nil, fromPylib(err)
			}
			return Tuple(strValues([]string{a, b, c})), nil
		},
		"removeprefix": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s, err := strArgs("removeprefix", args, kw, 1, 1)
			if err != nil {
				return nil, err
			}
			p, err := argStr(args[1], "removeprefix() argument must be str, not ")
			if err != nil {
				return nil, err
			}
			return strResult(args[0], s, strings.TrimPrefix(s, p)), nil
		},
		"removesuffix": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s, err := strArgs("removesuffix", args, kw, 1, 1)
			if err != nil {
				return nil, err
			}
			p, err := argStr(args[1], "removesuffix() argument must be str, not ")
			if err != nil {
				return nil, err
			}
			return strResult(args[0], s, strings.TrimSuffix(s, p)), nil
		},
		"expandtabs": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s, err := strArgs("expandtabs", args, kw, 0, 1)
			if err != nil {
				return nil, err
			}
			n := 8
			if len(args) == 2 {
				if v, ok := args[1].(Int); ok {
					n = int(v)
				}
			}
			return Str(pylib.ExpandTabs(s, n)), nil
		},
		"encode": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			return Bytes(args[0].(Str)), nil
		},
		"format": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			return t.strFormat(string(args[0].(Str)), args[1:], kw)
		},
	}
	addMethods("str", m)
	strMethods = typeMethods["str"]
}

// montyCenter is str.center as Monty pads: the extra space of an odd
// padding goes to the right (CPython's choice depends on the width).
func montyCenter(s string, width int, fill rune) string {
	n := utf8.RuneCountInString(s)
	if width <= n {
		return s
	}
	left := (width - n) / 2
	f := string(fill)
	return strings.Repeat(f, left) + s + strings.Repeat(f, width-n-left)
}
