package pylib

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// FormatArgs gives StrFormat access to the interpreter's arguments and
// value operations; pylib does the template parsing, field numbering and
// error reporting.
type FormatArgs interface {
	// NumPositional returns len(args).
	NumPositional() int
	// Positional returns args[i].
	Positional(i int) any
	// Keyword returns kwargs[name], or the KeyError the lookup raises.
	Keyword(name string) (any, error)
	// GetAttr returns getattr(v, name).
	GetAttr(v any, name string) (any, error)
	// GetItem returns v[key]; key is an int or a string.
	GetItem(v any, key any) (any, error)
	// Convert applies a !r, !s or !a conversion.
	Convert(v any, conv rune) (any, error)
	// Format returns format(v, spec).
	Format(v any, spec string) (string, error)
}

// StrFormat returns format.format(*args, **kwargs) (str.format) with
// CPython 3.11's parsing rules and messages: {{ and }} escapes, automatic
// or manual numbering (not both), .attr and [key] accessors, !r/!s/!a, and
// nested replacement fields inside a spec (two levels at most).
func StrFormat(format string, args FormatArgs) (string, error) {
	f := strFormatter{args: args}
	var b strings.Builder
	if err := f.render(&b, format, 2); err != nil {
		return "", err
	}
	return b.String(), nil
}

// strFormatter carries the automatic-numbering state across fields.
type strFormatter struct {
	args     FormatArgs
	autoNext int
	auto     int // 0 unknown, 1 automatic, 2 manual
}

// render expands one template; depth counts the nesting left.
func (f *strFormatter) render(b *strings.Builder, s string, depth int) error {
	if depth <= 0 {
		return ValueError("Max string recursion exceeded")
	}
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] != '{' && s[j] != '}' {
			j++
		}
		b.WriteString(s[i:j])
		if j == len(s) {
			return nil
		}
		c := s[j]
		if j+1 < len(s) && s[j+1] == c {
			b.WriteByte(c)
			i = j + 2
			continue
		}
		if c == '}' {
			return ValueError("Single '}' encountered in format string")
		}
		if j+1 == len(s) {
			return ValueError("Single '{' encountered in format string")
		}
		fl, next, err := parseField(s, j+1)
		if err != nil {
			return err
		}
		if err := f.field(b, fl, depth); err != nil {
			return err
		}
		i = next
	}
	return nil
}

// formatField is one parsed replacement field.
type formatField struct {
	name       string
	conv       rune
	spec       string
	nestedSpec bool // the spec holds replacement fields
}

// parseField parses a field starting after its '{'; it returns the
// offset after the closing '}'.
func parseField(s string, i int) (formatField, int, error) {
	var fl formatField
	start := i
	c := byte(0)
	for i < len(s) {
		c = s[i]
		i++
		if c == '{' {
			return fl, i, ValueError("unexpected '{' in field name")
		}
		if c == '[' {
			for i < len(s) && s[i] != ']' {
				i++
			}
			continue
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
	}
	if c != '}' && c != ':' && c != '!' {
		return fl, i, ValueError("expected '}' before end of string")
	}
	fl.name = s[start : i-1]
	if c == '}' {
		return fl, i, nil
	}
	if c == '!' {
		if i >= len(s) {
			return fl, i, ValueError("end of string while looking for conversion specifier")
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		fl.conv = r
		i += size
		if i < len(s) {
			c = s[i]
			i++
			if c == '}' {
				return fl, i, nil
			}
			if c != ':' {
				return fl, i, ValueError("expected ':' after conversion specifier")
			}
		}
	}
	return parseSpecPart(s, i, fl)
}

// parseSpecPart reads a field's spec up to the '}' that balances the
// field's '{'.
func parseSpecPart(s string, i int, fl formatField) (formatField, int, error) {
	start, count := i, 1
	for i < len(s) {
		c := s[i]
		i++
		switch c {
		case '{':
			fl.nestedSpec = true
			count++
		case '}':
			count--
			if count == 0 {
				fl.spec = s[start : i-1]
				return fl, i, nil
			}
		}
	}
	return fl, i, ValueError("unmatched '{' in format spec")
}

// field resolves, converts and formats one replacement field.
func (f *strFormatter) field(b *strings.Builder, fl formatField, depth int) error {
	v, err := f.resolve(fl.name)
	if err != nil {
		return err
	}
	switch fl.conv {
	case 0:
	case 'r', 's', 'a':
		if v, err = f.args.Convert(v, fl.conv); err != nil {
			return err
		}
	default:
		if fl.conv > 32 && fl.conv < 128 {
			return ValueError("Unknown conversion specifier " + string(fl.conv))
		}
		return ValueError("Unknown conversion specifier \\x" + strconv.FormatInt(int64(fl.conv), 16))
	}
	spec := fl.spec
	if fl.nestedSpec {
		var sb strings.Builder
		if err := f.render(&sb, spec, depth-1); err != nil {
			return err
		}
		spec = sb.String()
	}
	out, err := f.args.Format(v, spec)
	if err != nil {
		return err
	}
	b.WriteString(out)
	return nil
}

// resolve evaluates a field name: an index or keyword, then .attr and
// [key] accessors.
func (f *strFormatter) resolve(name string) (any, error) {
	i := 0
	for i < len(name) && name[i] != '.' && name[i] != '[' {
		i++
	}
	first, rest := name[:i], name[i:]
	v, err := f.base(first)
	if err != nil {
		return nil, err
	}
	for rest != "" {
		if v, rest, err = f.accessor(v, rest); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// base looks up the first part of a field name, numbering empty names
// automatically.
func (f *strFormatter) base(first string) (any, error) {
	idx, isIndex := fieldIndex(first)
	if first == "" {
		if f.auto == 2 {
			return nil, ValueError("cannot switch from manual field specification to automatic field numbering")
		}
		f.auto = 1
		idx, isIndex = f.autoNext, true
		f.autoNext++
	} else if isIndex {
		if f.auto == 1 {
			return nil, ValueError("cannot switch from automatic field numbering to manual field specification")
		}
		f.auto = 2
	}
	if !isIndex {
		return f.args.Keyword(first)
	}
	if idx >= f.args.NumPositional() {
		return nil, &Error{Type: "IndexError", Msg: "Replacement index " + strconv.Itoa(idx) +
			" out of range for positional args tuple"}
	}
	return f.args.Positional(idx), nil
}

// fieldIndex reports whether s is all decimal digits, and its value.
func fieldIndex(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
		if n > 1<<40 {
			return 0, false
		}
	}
	return n, true
}

// accessor applies the leading .attr or [key] of rest.
func (f *strFormatter) accessor(v any, rest string) (any, string, error) {
	if rest[0] == '.' {
		j := 1
		for j < len(rest) && rest[j] != '.' && rest[j] != '[' {
			j++
		}
		if j == 1 {
			return nil, "", ValueError("Empty attribute in format string")
		}
		r, err := f.args.GetAttr(v, rest[1:j])
		return r, rest[j:], err
	}
	if rest[0] != '[' {
		return nil, "", ValueError("Only '.' or '[' may follow ']' in format field specifier")
	}
	j := strings.IndexByte(rest, ']')
	if j < 0 {
		return nil, "", ValueError("Missing ']' in format string")
	}
	key := rest[1:j]
	if key == "" {
		return nil, "", ValueError("Empty attribute in format string")
	}
	var k any = key
	if n, ok := fieldIndex(key); ok {
		k = int64(n)
	}
	r, err := f.args.GetItem(v, k)
	return r, rest[j+1:], err
}
