package interp

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// formatValue implements an f-string replacement field: conversion (0
// none, 1 !s, 2 !r, 3 !a) then the format spec.
func (t *vm) formatValue(v Value, conv int, spec string) (Value, error) {
	switch conv {
	case 1:
		s, err := t.str(v)
		if err != nil {
			return nil, err
		}
		v = Str(s)
	case 2, 3:
		s, err := t.repr(v)
		if err != nil {
			return nil, err
		}
		if conv == 3 {
			s = asciiEscape(s)
		}
		v = Str(s)
	}
	if spec == "" {
		return t.strOf(v)
	}
	s, err := t.format(v, spec)
	return Str(s), err
}

// fstringField is an f-string replacement field as the VM evaluates it:
// formatValue, except that an int with neither conversion nor spec stays
// an Int, which buildString writes out (saving a str and its box).
func (t *vm) fstringField(v Value, conv int, spec string) (Value, error) {
	if _, ok := v.(Int); ok && conv == 0 && spec == "" {
		return v, nil
	}
	return t.formatValue(v, conv, spec)
}

// fstringText is the text of an f-string part (see fstringField).
func fstringText(v Value) string {
	if n, ok := v.(Int); ok {
		return strconv.FormatInt(int64(n), 10)
	}
	return string(v.(Str))
}

// buildString joins the parts of an f-string (strs, and Ints from
// fstringField) into one str.
func (t *vm) buildString(parts []Value) (Value, error) {
	n := 0
	for _, v := range parts {
		switch x := v.(type) {
		case Str:
			n += len(x)
		case Int:
			n += intLen(int64(x))
		}
	}
	if err := t.alloc(n); err != nil {
		return nil, err
	}
	r, buf := newStr(n)
	k := 0
	for _, v := range parts {
		switch x := v.(type) {
		case Str:
			k += copy(buf[k:], x)
		case Int:
			k += len(strconv.AppendInt(buf[k:k], int64(x), 10))
		}
	}
	return r, nil
}

// intLen is the length of n in decimal.
func intLen(n int64) int {
	k := 1
	if n < 0 {
		k++
		if n == math.MinInt64 {
			return 20
		}
		n = -n
	}
	for ; n >= 10; n /= 10 {
		k++
	}
	return k
}

// format is format(v, spec) for a non-empty spec.
func (t *vm) format(v Value, spec string) (string, error) {
	if err := t.needFormat(spec); err != nil {
		return "", err
	}
	var s string
	var err error
	switch x := v.(type) {
	case Int:
		s, err = fmtInt(int64(x), spec)
	case *big.Int:
		s, err = fmtBig(x, spec)
	case Bool:
		s, err = fmtBool(bool(x), spec)
	case Float:
		s, err = fmtFloat(float64(x), spec)
	case Str:
		s, err = fmtStr(string(x), spec)
	case *DateValue:
		return x.strftime(spec), nil
	default:
		return "", newExc(excValueError, "Invalid format specifier '%s' for object of type '%s'", spec, typeName(v))
	}
	if err != nil {
		return "", fromPylib(err)
	}
	return s, nil
}

// strFormat is str.format.
func (t *vm) strFormat(f string, args []Value, kw []KeywordArg) (Value, error) {
	var b strings.Builder
	auto := 0
	i := 0
	for i < len(f) {
		c := f[i]
		if c == '}' {
			if i+1 < len(f) && f[i+1] == '}' {
				b.WriteByte('}')
				i += 2
				continue
			}
			return nil, newExc(excValueError, "Single '}' encountered in format string")
		}
		if c != '{' {
			b.WriteByte(c)
			i++
			continue
		}
		if i+1 < len(f) && f[i+1] == '{' {
			b.WriteByte('{')
			i += 2
			continue
		}
		// Find the matching '}', allowing one level of nested fields in
		// the spec.
		depth := 1
		j := i + 1
		for j < len(f) && depth > 0 {
			switch f[j] {
			case '{':
				depth++
			case '}':
				depth--
			}
			j++
		}
		if depth > 0 {
			return nil, newExc(excValueError, "expected '}' before end of string")
		}
		field := f[i+1 : j-1]
		i = j
		name, spec := field, ""
		conv := 0
		if k := strings.IndexByte(field, ':'); k >= 0 {
			name, spec = field[:k], field[k+1:]
		}
		if k := strings.IndexByte(name, '!'); k >= 0 {
			switch name[k+1:] {
			case "r":
				conv = 2
			case "s":
				conv = 1
			case "a":
				conv = 3
			default:
				return nil, newExc(excValueError, "Unknown conversion specifier %s", name[k+1:])
			}
			name = name[:k]
		}
		if strings.Contains(spec, "{") {
			inner, err := t.strFormat(spec, args, kw)
			if err != nil {
				return nil, err
			}
			spec = string(inner.(Str))
		}
		var v Value
		rest := ""
		if k := strings.IndexAny(name, ".["); k >= 0 {
			name, rest = name[:k], name[k:]
		}
		if name == "" {
			if auto < 0 {
				return nil, newExc(excValueError, "cannot switch from manual field specification to automatic field numbering")
			}
			if auto >= len(args) {
				return nil, newExc(excIndexError, "Replacement index %d out of range for positional args tuple", auto)
			}
			v = args[auto]
			auto++
		} else if n, ok := atoi(name); ok {
			if auto > 0 {
				return nil, newExc(excValueError, "cannot switch from automatic field numbering to manual field specification")
			}
			auto = -1
			if n >= len(args) {
				return nil, newExc(excIndexError, "Replacement index %d out of range for positional args tuple", n)
			}
			v = args[n]
		} else {
			found := false
			for _, k := range kw {
				if k.Name == name {
					v, found = k.Value, true
				}
			}
			if !found {
				return nil, &ExcValue{Class: excKeyError, Args: []Value{Str(name)}}
			}
		}
		for rest != "" {
			if rest[0] == '.' {
				k := strings.IndexAny(rest[1:], ".[")
				attr := rest[1:]
				if k >= 0 {
					attr, rest = rest[1:k+1], rest[k+1:]
				} else {
					rest = ""
				}
				var err error
				v, err = t.getAttr(v, attr)
				if err != nil {
					return nil, err
				}
				continue
			}
			k := strings.IndexByte(rest, ']')
			if k < 0 {
				return nil, newExc(excValueError, "Missing ']' in format string")
			}
			key := rest[1:k]
			rest = rest[k+1:]
			var kv Value = Str(key)
			if n, ok := atoi(key); ok {
				kv = Int(n)
			}
			var err error
			v, err = t.getItem(v, kv)
			if err != nil {
				return nil, err
			}
		}
		r, err := t.formatValue(v, conv, spec)
		if err != nil {
			return nil, err
		}
		b.WriteString(string(r.(Str)))
	}
	return Str(b.String()), nil
}

func atoi(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// asciiEscape escapes the non-ASCII characters of a repr, for ascii() and
// the !a conversion.
func asciiEscape(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	return b.String()
}
