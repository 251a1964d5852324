package interp

import (
	"encoding/hex"
	"strings"
	"unicode/utf8"
)

// Methods of bytes. Monty's bytes methods work byte-wise (ASCII case
// mapping); args[0] is the receiver.

func bytesArg(v Value, name string) (string, error) {
	b, ok := v.(Bytes)
	if !ok {
		return "", newExc(excTypeError, "a bytes-like object is required, not '%s'", typeName(v))
	}
	return string(b), nil
}

func bytesList(parts []string) Value {
	items := make([]Value, len(parts))
	for i, p := range parts {
		items[i] = Bytes(p)
	}
	return &List{Items: items}
}

func init() {
	asciiMap := func(name string, f func(string) string) builtinFn {
		return func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("bytes", name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			return Bytes(f(string(args[0].(Bytes)))), nil
		}
	}
	addMethods("bytes", map[string]builtinFn{
		"decode": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			b := string(args[0].(Bytes))
			if !utf8.ValidString(b) {
				for i := 0; i < len(b); {
					r, size := utf8.DecodeRuneInString(b[i:])
					if r == utf8.RuneError && size <= 1 {
						reason := "invalid start byte"
						if b[i] >= 0xc0 {
							reason = "invalid continuation byte"
							if i+1 >= len(b) {
								reason = "unexpected end of data"
							}
						}
						return nil, newExc(excClasses["UnicodeDecodeError"], "'utf-8' codec can't decode byte 0x%02x in position %d: %s", b[i], i, reason)
					}
					i += size
				}
			}
			return Str(b), nil
		},
		"hex": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			return Str(hex.EncodeToString([]byte(args[0].(Bytes)))), nil
		},
		"upper": asciiMap("upper", asciiUpper),
		"title": asciiMap("title", func(s string) string {
			b := []byte(asciiLower(s))
			start := true
			for i, c := range b {
				isLetter := 'a' <= c && c <= 'z'
				if isLetter && start {
					b[i] = c - 32
				}
				start = !isLetter && !('0' <= c && c <= '9')
			}
			return string(b)
		}),
		"isalpha": bytesPred(func(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }),
		"isdigit": bytesPred(func(c byte) bool { return '0' <= c && c <= '9' }),
		"isspace": bytesPred(func(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }),
		"islower": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s := string(args[0].(Bytes))
			return Bool(asciiLower(s) == s && asciiUpper(s) != s), nil
		},
		"isupper": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s := string(args[0].(Bytes))
			return Bool(asciiUpper(s) == s && asciiLower(s) != s), nil
		},
		"rfind": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			sub, err := bytesArg(args[1], "rfind")
			if err != nil {
				return nil, err
			}
			return Int(strings.LastIndex(string(args[0].(Bytes)), sub)), nil
		},
		"partition": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			sep, err := bytesArg(args[1], "partition")
			if err != nil {
				return nil, err
			}
			s := string(args[0].(Bytes))
			if i := strings.Index(s, sep); i >= 0 {
				return Tuple{Bytes(s[:i]), Bytes(sep), Bytes(s[i+len(sep):])}, nil
			}
			return Tuple{Bytes(s), Bytes(""), Bytes("")}, nil
		},
		"center": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s := string(args[0].(Bytes))
			w, ok := args[1].(Int)
			if !ok {
				return nil, newExc(excTypeError, "'%s' object cannot be interpreted as an integer", typeName(args[1]))
			}
			fill := " "
			if len(args) > 2 {
				f, err := bytesArg(args[2], "center")
				if err != nil {
					return nil, err
				}
				fill = f
			}
			if int(w) <= len(s) {
				return args[0], nil
			}
			left := (int(w) - len(s)) / 2
			return Bytes(strings.Repeat(fill, left) + s + strings.Repeat(fill, int(w)-len(s)-left)), nil
		},
		"lower": asciiMap("lower", asciiLower),
		"strip": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			chars := " \t\n\r\x0b\x0c"
			if len(args) > 1 {
				c, err := bytesArg(args[1], "strip")
				if err != nil {
					return nil, err
				}
				chars = c
			}
			return Bytes(strings.Trim(string(args[0].(Bytes)), chars)), nil
		},
		"split": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			b := string(args[0].(Bytes))
			if len(args) < 2 {
				return bytesList(strings.Fields(b)), nil
			}
			sep, err := bytesArg(args[1], "split")
			if err != nil {
				return nil, err
			}
			return bytesList(strings.Split(b, sep)), nil
		},
		"join": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			items, err := t.iterate(args[1])
			if err != nil {
				return nil, err
			}
			parts := make([]string, len(items))
			for i, v := range items {
				p, ok := v.(Bytes)
				if !ok {
					return nil, newExc(excTypeError, "sequence item %d: expected a bytes-like object, %s found", i, typeName(v))
				}
				parts[i] = string(p)
			}
			return Bytes(strings.Join(parts, string(args[0].(Bytes)))), nil
		},
		"replace": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := methodArgs("bytes", "replace", args, kw, 2, 2); err != nil {
				return nil, err
			}
			old, err := bytesArg(args[1], "replace")
			if err != nil {
				return nil, err
			}
			nw, err := bytesArg(args[2], "replace")
			if err != nil {
				return nil, err
			}
			return Bytes(strings.ReplaceAll(string(args[0].(Bytes)), old, nw)), nil
		},
		"count": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			sub, err := bytesArg(args[1], "count")
			if err != nil {
				return nil, err
			}
			return Int(strings.Count(string(args[0].(Bytes)), sub)), nil
		},
		"find": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			sub, err := bytesArg(args[1], "find")
			if err != nil {
				return nil, err
			}
			return Int(strings.Index(string(args[0].(Bytes)), sub)), nil
		},
		"index": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			sub, err := bytesArg(args[1], "index")
			if err != nil {
				return nil, err
			}
			i := strings.Index(string(args[0].(Bytes)), sub)
			if i < 0 {
				return nil, newExc(excValueError, "subsection not found")
			}
			return Int(i), nil
		},
		"startswith": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			p, err := bytesArg(args[1], "startswith")
			if err != nil {
				return nil, err
			}
			return Bool(strings.HasPrefix(string(args[0].(Bytes)), p)), nil
		},
		"endswith": func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			p, err := bytesArg(args[1], "endswith")
			if err != nil {
				return nil, err
			}
			return Bool(strings.HasSuffix(string(args[0].(Bytes)), p)), nil
		},
	})
}

func bytesPred(f func(byte) bool) builtinFn {
	return func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		s := string(args[0].(Bytes))
		if s == "" {
			return Bool(false), nil
		}
		for i := 0; i < len(s); i++ {
			if !f(s[i]) {
				return Bool(false), nil
			}
		}
		return Bool(true), nil
	}
}

func asciiUpper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}
