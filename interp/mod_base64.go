package interp

import (
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"hash/crc32"
	"strings"
)

// The base64 and binascii modules (the common encoders and decoders).

var binasciiError = &ExcClass{Name: "Error", Module: "binascii"}

func init() { binasciiError.Base = excClasses["ValueError"] }

// bytesLike accepts bytes, or an ASCII str where decoders allow it.
func bytesLike(v Value, allowStr bool) (string, error) {
	switch x := v.(type) {
	case Bytes:
		return string(x), nil
	case Str:
		if allowStr {
			return string(x), nil
		}
	}
	return "", newExc(excTypeError, "a bytes-like object is required, not '%s'", typeName(v))
}

func codec(name string, allowStr bool, f func(string) (string, error)) *Builtin {
	return fn(name, func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if len(args) < 1 {
			return nil, newExc(excTypeError, "%s() missing required argument", name)
		}
		s, err := bytesLike(args[0], allowStr)
		if err != nil {
			return nil, err
		}
		r, err := f(s)
		if err != nil {
			return nil, err
		}
		return Bytes(r), nil
	})
}

func b64decode(enc *base64.Encoding) func(string) (string, error) {
	return func(s string) (string, error) {
		s = strings.Map(func(r rune) rune {
			if r == '\n' || r == '\r' || r == ' ' {
				return -1
			}
			return r
		}, s)
		if len(s)%4 != 0 {
			return "", &ExcValue{Class: binasciiError, Args: []Value{Str("Incorrect padding")}}
		}
		b, err := enc.DecodeString(s)
		if err != nil {
			return "", &ExcValue{Class: binasciiError, Args: []Value{Str("Invalid base64-encoded string")}}
		}
		return string(b), nil
	}
}

func hexDecode(s string) (string, error) {
	b, err := hex.DecodeString(s)
	if err != nil {
		if len(s)%2 == 1 {
			return "", &ExcValue{Class: binasciiError, Args: []Value{Str("Odd-length string")}}
		}
		return "", &ExcValue{Class: binasciiError, Args: []Value{Str("Non-hexadecimal digit found")}}
	}
	return string(b), nil
}

func base64Module() map[string]Value {
	std := func(s string) (string, error) { return base64.StdEncoding.EncodeToString([]byte(s)), nil }
	url := func(s string) (string, error) { return base64.URLEncoding.EncodeToString([]byte(s)), nil }
	return map[string]Value{
		"b64encode":          codec("b64encode", false, std),
		"standard_b64encode": codec("standard_b64encode", false, std),
		"urlsafe_b64encode":  codec("urlsafe_b64encode", false, url),
		"b64decode":          codec("b64decode", true, b64decode(base64.StdEncoding)),
		"standard_b64decode": codec("standard_b64decode", true, b64decode(base64.StdEncoding)),
		"urlsafe_b64decode":  codec("urlsafe_b64decode", true, b64decode(base64.URLEncoding)),
		"b16encode": codec("b16encode", false, func(s string) (string, error) {
			return strings.ToUpper(hex.EncodeToString([]byte(s))), nil
		}),
		"b16decode": codec("b16decode", true, hexDecode),
		"b32encode": codec("b32encode", false, func(s string) (string, error) {
			return base32.StdEncoding.EncodeToString([]byte(s)), nil
		}),
		"b32decode": codec("b32decode", true, func(s string) (string, error) {
			b, err := base32.StdEncoding.DecodeString(s)
			if err != nil {
				return "", &ExcValue{Class: binasciiError, Args: []Value{Str("Incorrect padding")}}
			}
			return string(b), nil
		}),
	}
}

func binasciiModule() map[string]Value {
	hexlify := codec("hexlify", false, func(s string) (string, error) { return hex.EncodeToString([]byte(s)), nil })
	unhex := codec("unhexlify", true, hexDecode)
	return map[string]Value{
		"Error":     binasciiError,
		"hexlify":   hexlify,
		"b2a_hex":   hexlify,
		"unhexlify": unhex,
		"a2b_hex":   unhex,
		"b2a_base64": codec("b2a_base64", false, func(s string) (string, error) {
			return base64.StdEncoding.EncodeToString([]byte(s)) + "\n", nil
		}),
		"a2b_base64": codec("a2b_base64", true, b64decode(base64.StdEncoding)),
		"crc32": fn("crc32", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if len(args) < 1 {
				return nil, newExc(excTypeError, "crc32() missing required argument")
			}
			s, err := bytesLike(args[0], false)
			if err != nil {
				return nil, err
			}
			crc := uint32(0)
			if len(args) > 1 {
				if n, ok := args[1].(Int); ok {
					crc = uint32(n)
				}
			}
			return Int(crc32.Update(crc, crc32.IEEETable, []byte(s))), nil
		}),
	}
}
