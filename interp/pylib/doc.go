// Package pylib implements CPython 3.11's value semantics for the scalar
// types the Monty interpreter needs: float and int arithmetic corners,
// int()/float() parsing, repr/str of numbers and strings, the format-spec
// mini-language, printf-style % formatting, the str methods and json
// dumps/loads. It works on plain Go types and imports nothing from interp,
// so the interpreter adapts its values at the call boundary.
//
// # Conventions
//
//   - A Python exception is returned as a Go error of type *Error carrying the
//     exception type name and CPython's message, e.g.
//     &Error{Type: "ValueError", Msg: "substring not found"}. No function
//     panics on user input.
//   - Python ints are int64 when they fit, *big.Int otherwise. Fixed-width
//     helpers report overflow with ok=false so the caller can redo the
//     operation on *big.Int.
//   - Python str values are Go strings holding UTF-8 (lone surrogates as
//     WTF-8, as package syntax stores them). Every index, length and
//     position is in code points; ASCII strings take byte-indexed fast paths.
//   - Omitted start/end arguments of str methods are passed as 0 and
//     math.MaxInt (None means the same as those in CPython); negative values
//     count from the end as in slicing.
//   - Values that pylib does not know natively (user instances, sets, ...)
//     implement Object so % formatting and json can ask for their type name,
//     repr and str.
//
// # API
//
// Errors and values (error.go, value.go): Error{Type, Msg}; Errorf,
// TypeError, ValueError, OverflowError, ZeroDivisionError; Object (PyType,
// PyRepr, PyStr) for values pylib does not know; Tuple ([]any); Mapping
// (Object + GetItem(key string)); TypeName(v), Repr(v), Str(v), ASCII(v)
// over nil, bool, int, int64, *big.Int, float64, string, Tuple, Object.
//
// Float (float.go, floatpow.go, round.go):
//
//	FloatRepr(f), FloatStr(f) string; AppendFloatRepr(dst, f)  repr(f) == str(f)
//	FloatToInt(f) (int64, *big.Int, error)        int(f); big is nil when it fits
//	FloatFloorDiv, FloatMod(a, b) (float64, error); FloatDivmod(a, b) (q, m, error)
//	FloatPow(a, b) (float64, error)               correctly rounded like glibc's pow
//	FloatRound(f, ndigits) (float64, error)       round(f, n), half-even on the exact value
//	FloatRoundInt(f) (int64, *big.Int, error)     round(f)
//	ParseFloat(s) (float64, error)                float(str)
//
// Int (int.go, intparse.go):
//
//	AddInt64, SubInt64, MulInt64, NegInt64, AbsInt64, PowInt64, LshiftInt64 (r, ok)
//	RshiftInt64(a, n); ShiftCountError()
//	FloorDivInt64(a, b) (q, ok, err); ModInt64(a, b) (m, err); DivmodInt64(a, b) (q, m, ok, err)
//	FloorDivBig, ModBig (*big.Int, error); DivmodBig (q, m, error)
//	PowBig(a, e int64), LshiftBig(a, n int64) (*big.Int, error) (MemoryError past MaxPowBits); RshiftBig
//	TrueDivInt(a, b int64), TrueDivBig(a, b) (float64, error); BigToFloat(n) (float64, error)
//	ParseInt(s, base) (int64, *big.Int, error)   int(s, base), incl. the 4300-digit limit
//	IntRepr(int64), BigRepr(*big.Int), BigStr(*big.Int) (string, error) (4300-digit limit),
//	NormBig(*big.Int) (int64, *big.Int); CmpIntFloat(int64, f), CmpBigFloat(*big.Int, f) (c, ok)
//	exact int/float comparison (ok false for NaN); bin/oct/hex are FormatInt(n, "#b"/"#o"/"#x")
//
// Format spec (spec.go, format.go):
//
//	FormatInt(n, spec), FormatBigInt(n, spec), FormatFloat(f, spec), FormatStr(s, spec),
//	FormatBool(b, spec) (string, error)          format(x, spec)
//	ParseSpec(spec, typeName) (Spec, error)      for callers that cache parsed specs, then
//	Spec.FormatInt(n, typeName), Spec.FormatBigInt(n, typeName), Spec.FormatFloat(f), Spec.FormatStr(s)
//
// printf-style and str.format (percent.go, strformat.go):
//
//	Percent(format, arg) (string, error)          format % arg; arg is a Tuple, a Mapping or one value
//	StrFormat(format, FormatArgs) (string, error) format.format(*args, **kwargs); the interpreter
//	                                             implements FormatArgs (lookups, getattr/getitem,
//	                                             !r/!s/!a conversion, format(v, spec))
//
// str methods (str*.go, unicode.go; positions in code points):
//
//	Split(s, sep, maxsplit), RSplit ([]string, error); SplitWhitespace, RSplitWhitespace(s, maxsplit)
//	SplitLines(s, keepends); Strip, LStrip, RStrip(s); StripChars, LStripChars, RStripChars(s, chars)
//	Join(sep, parts), JoinTypeError(i, typeName); Replace(s, old, new, count)
//	Find, RFind, Count(s, sub, start, end) int; Index, RIndex (int, error)
//	StartsWith, EndsWith(s, affix, start, end) bool (the caller loops over a tuple)
//	Upper, Lower, Casefold, Capitalize, Title, SwapCase
//	IsDigit, IsAlpha, IsAlnum, IsSpace, IsUpper, IsLower, IsDecimal, IsNumeric, IsTitle,
//	IsIdentifier, IsPrintable, IsASCII
//	Center, LJust, RJust(s, width, fill rune); ZFill(s, width); ExpandTabs(s, tabsize)
//	Partition, RPartition(s, sep) (before, sep, after, error); RemovePrefix, RemoveSuffix
//	StrRepr(s), ASCIIRepr(s), AppendStrRepr(dst, s, ascii)
//	Len(s); At(s, i) (string, error); Slice(s, start, stop, step, hasStart, hasStop) (string, error);
//	AdjustSlice(length, start, stop, step, hasStart, hasStop) (lo, hi, n);
//	Offsets(s) []int (code point → byte offset table an interpreter can cache)
//
// json (json.go, jsondecode.go):
//
//	JSONDumps(v, JSONOptions) (string, error)    v: nil, bool, ints, float64, string, []any, Tuple,
//	                                             *Dict, List, Map; anything else is not serializable
//	DefaultJSONOptions(), JSONIndent(n)          json.dumps's defaults; indent=n as an Indent string
//	JSONLoads(s) (any, error)                    nil, bool, int64/*big.Int, float64, string, []any, *Dict
//	Dict{Keys, Values}                           insertion-ordered
//
// # Testing
//
// Expectations come from CPython: scripts/pylib-goldens evaluates the cases
// in CPython 3.11 and writes testdata/*.json, whose header names the CPython
// version; the Go tests compare against those files.
package pylib
