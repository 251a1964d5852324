package interp

import (
	"regexp"
	"strconv"
	"strings"
)

// The re module over Go's regexp (RE2). Python's syntax for the common
// subset (classes, groups, (?P<name>...), flags) is the same; look-around
// and back-references are not available and fail to compile.

// Pattern is a compiled re.Pattern.
type Pattern struct {
	src   string
	flags int64
	re    *regexp.Regexp
}

// Match is an re.Match.
type Match struct {
	p   *Pattern
	s   string
	loc []int // byte offsets of the groups
}

const (
	reIgnoreCase = 2
	reMultiline  = 8
	reDotAll     = 16
)

var rePatternError = &ExcClass{Name: "PatternError", Base: nil, Module: "re"}

func init() { rePatternError.Base = excClasses["Exception"] }

func reCompile(pat Value, flags int64) (*Pattern, error) {
	if p, ok := pat.(*Pattern); ok {
		return p, nil
	}
	s, ok := pat.(Str)
	if !ok {
		return nil, newExc(excTypeError, "first argument must be string or compiled pattern")
	}
	prefix := ""
	if flags&reIgnoreCase != 0 {
		prefix += "i"
	}
	if flags&reMultiline != 0 {
		prefix += "m"
	}
	if flags&reDotAll != 0 {
		prefix += "s"
	}
	src := string(s)
	goSrc := src
	if prefix != "" {
		goSrc = "(?" + prefix + ")" + src
	}
	re, err := regexp.Compile(goSrc)
	if err != nil {
		msg := err.Error()
		if strings.Contains(msg, "missing closing )") {
			msg = "Parsing error at position " + strconv.Itoa(len(src)) + ": Opening parenthesis without closing parenthesis"
		}
		return nil, &ExcValue{Class: rePatternError, Args: []Value{Str(msg)}}
	}
	return &Pattern{src: src, flags: flags, re: re}, nil
}

func (m *Match) group(g Value) (Value, error) {
	i := -1
	switch x := g.(type) {
	case Int:
		i = int(x)
	case Str:
		i = m.p.re.SubexpIndex(string(x))
	}
	if i < 0 || 2*i+1 >= len(m.loc) {
		return nil, newExc(excIndexError, "no such group")
	}
	if m.loc[2*i] < 0 {
		return None, nil
	}
	return Str(m.s[m.loc[2*i]:m.loc[2*i+1]]), nil
}

func (m *Match) groups() Tuple {
	n := len(m.loc)/2 - 1
	out := make(Tuple, n)
	for i := 1; i <= n; i++ {
		out[i-1], _ = m.group(Int(i))
	}
	return out
}

func (m *Match) pyRepr() string {
	g, _ := m.group(Int(0))
	return "<re.Match object; span=(" + strconv.Itoa(runeIndex(m.s, m.loc[0])) + ", " + strconv.Itoa(runeIndex(m.s, m.loc[1])) + "), match=" + strRepr(string(g.(Str))) + ">"
}

func (p *Pattern) pyRepr() string { return "re.compile(" + strRepr(p.src) + ")" }

func runeIndex(s string, byteOff int) int {
	if byteOff < 0 {
		return -1
	}
	return len([]rune(s[:byteOff]))
}

func (m *Match) attr(t *vm, name string) (Value, bool, error) {
	switch name {
	case "string":
		return Str(m.s), true, nil
	}
	b := func(f builtinFn) (Value, bool, error) { return fn(name, f), true, nil }
	switch name {
	case "group":
		return b(func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if len(args) == 0 {
				return m.group(Int(0))
			}
			if len(args) == 1 {
				return m.group(args[0])
			}
			out := make(Tuple, len(args))
			for i, a := range args {
				v, err := m.group(a)
				if err != nil {
					return nil, err
				}
				out[i] = v
			}
			return out, nil
		})
	case "groups":
		return b(func(t *vm, args []Value, kw []KeywordArg) (Value, error) { return m.groups(), nil })
	case "groupdict":
		return b(func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			d := NewDict()
			for i, n := range m.p.re.SubexpNames() {
				if n != "" {
					v, _ := m.group(Int(i))
					d.Set(Str(n), v)
				}
			}
			return d, nil
		})
	case "start", "end", "span":
		return b(func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			g := 0
			if len(args) == 1 {
				if n, ok := args[0].(Int); ok {
					g = int(n)
				}
			}
			s, e := runeIndex(m.s, m.loc[2*g]), runeIndex(m.s, m.loc[2*g+1])
			switch name {
			case "start":
				return Int(s), nil
			case "end":
				return Int(e), nil
			}
			return Tuple{Int(s), Int(e)}, nil
		})
	}
	return nil, false, nil
}

func (p *Pattern) attr(t *vm, name string) (Value, bool, error) {
	switch name {
	case "pattern":
		return Str(p.src), true, nil
	case "flags":
		return Int(p.flags), true, nil
	}
	if f, ok := reFuncs[name]; ok {
		return fn(name, func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			return f(t, p, args, kw)
		}), true, nil
	}
	return nil, false, nil
}

type reFunc func(t *vm, p *Pattern, args []Value, kw []KeywordArg) (Value, error)

func strArg0(args []Value, name string) (string, error) {
	if len(args) == 0 {
		return "", newExc(excTypeError, "%s() missing required argument 'string' (pos 1)", name)
	}
	s, ok := args[0].(Str)
	if !ok {
		return "", newExc(excTypeError, "expected string or bytes-like object, got '%s'", typeName(args[0]))
	}
	return string(s), nil
}

func kwInt(kw []KeywordArg, name string, def int) int {
	for _, k := range kw {
		if k.Name == name {
			if n, ok := k.Value.(Int); ok {
				return int(n)
			}
		}
	}
	return def
}

var reFuncs map[string]reFunc

func init() {
	matchAt := func(anchor string) reFunc {
		return func(t *vm, p *Pattern, args []Value, kw []KeywordArg) (Value, error) {
			s, err := strArg0(args, anchor)
			if err != nil {
				return nil, err
			}
			loc := p.re.FindStringSubmatchIndex(s)
			if anchor != "search" {
				// match and fullmatch anchor the pattern.
				src := `^(?:` + p.re.String() + `)`
				if anchor == "fullmatch" {
					src += `$`
				}
				re, err := regexp.Compile(src)
				if err != nil {
					return nil, err
				}
				loc = re.FindStringSubmatchIndex(s)
			}
			if loc == nil {
				return None, nil
			}
			return &Match{p: p, s: s, loc: loc}, nil
		}
	}
	reFuncs = map[string]reFunc{
		"search":    matchAt("search"),
		"match":     matchAt("match"),
		"fullmatch": matchAt("fullmatch"),
		"findall": func(t *vm, p *Pattern, args []Value, kw []KeywordArg) (Value, error) {
			s, err := strArg0(args, "findall")
			if err != nil {
				return nil, err
			}
			var out []Value
			locs, err := t.reFindAll(p, s, -1)
			if err != nil {
				return nil, err
			}
			for _, loc := range locs {
				m := &Match{p: p, s: s, loc: loc}
				switch n := len(loc)/2 - 1; n {
				case 0:
					v, _ := m.group(Int(0))
					out = append(out, v)
				case 1:
					v, _ := m.group(Int(1))
					if v == None {
						v = Str("")
					}
					out = append(out, v)
				default:
					g := m.groups()
					for i, v := range g {
						if v == None {
							g[i] = Str("")
						}
					}
					out = append(out, g)
				}
			}
			if out == nil {
				out = []Value{}
			}
			return &List{Items: out}, nil
		},
		"finditer": func(t *vm, p *Pattern, args []Value, kw []KeywordArg) (Value, error) {
			s, err := strArg0(args, "finditer")
			if err != nil {
				return nil, err
			}
			var out []Value
			locs, err := t.reFindAll(p, s, -1)
			if err != nil {
				return nil, err
			}
			for _, loc := range locs {
				out = append(out, &Match{p: p, s: s, loc: loc})
			}
			return &Iterator{kind: "callable_iterator", k: itValues, items: out}, nil
		},
		"sub": func(t *vm, p *Pattern, args []Value, kw []KeywordArg) (Value, error) {
			if len(args) < 2 {
				return nil, newExc(excTypeError, "sub() missing required argument")
			}
			repl, ok := args[0].(Str)
			if !ok {
				return nil, newExc(excTypeError, "callable replacement is not yet supported in re.sub()")
			}
			s, err := strArg0(args[1:], "sub")
			if err != nil {
				return nil, err
			}
			count := kwInt(kw, "count", 0)
			if len(args) > 2 {
				if n, ok := args[2].(Int); ok {
					count = int(n)
				}
			}
			var b strings.Builder
			last := 0
			locs, err := t.reFindAll(p, s, count)
			if err != nil {
				return nil, err
			}
			for i, loc := range locs {
				if count > 0 && i >= count {
					break
				}
				b.WriteString(s[last:loc[0]])
				m := &Match{p: p, s: s, loc: loc}
				b.WriteString(expandRepl(string(repl), m))
				last = loc[1]
			}
			b.WriteString(s[last:])
			return Str(b.String()), nil
		},
		"split": func(t *vm, p *Pattern, args []Value, kw []KeywordArg) (Value, error) {
			s, err := strArg0(args, "split")
			if err != nil {
				return nil, err
			}
			max := kwInt(kw, "maxsplit", 0)
			if len(args) > 1 {
				if n, ok := args[1].(Int); ok {
					max = int(n)
				}
			}
			var out []Value
			last := 0
			locs, err := t.reFindAll(p, s, max)
			if err != nil {
				return nil, err
			}
			for i, loc := range locs {
				if max > 0 && i >= max {
					break
				}
				// Monty's split leaves out the groups' text.
				out = append(out, Str(s[last:loc[0]]))
				last = loc[1]
			}
			out = append(out, Str(s[last:]))
			return &List{Items: out}, nil
		},
	}
}

// expandRepl expands \1, \g<1> and \g<name> in a replacement string.
func expandRepl(repl string, m *Match) string {
	var b strings.Builder
	for i := 0; i < len(repl); i++ {
		c := repl[i]
		if c != '\\' || i+1 >= len(repl) {
			b.WriteByte(c)
			continue
		}
		n := repl[i+1]
		switch {
		case n >= '0' && n <= '9':
			v, _ := m.group(Int(n - '0'))
			if s, ok := v.(Str); ok {
				b.WriteString(string(s))
			}
			i++
		case n == 'g' && i+2 < len(repl) && repl[i+2] == '<':
			end := strings.IndexByte(repl[i:], '>')
			if end < 0 {
				b.WriteByte(c)
				continue
			}
			name := repl[i+3 : i+end]
			var g Value = Str(name)
			if k, err := strconv.Atoi(name); err == nil {
				g = Int(k)
			}
			v, _ := m.group(g)
			if s, ok := v.(Str); ok {
				b.WriteString(string(s))
			}
			i += end
		case n == 'n':
			b.WriteByte('\n')
			i++
		case n == 't':
			b.WriteByte('\t')
			i++
		case n == '\\':
			b.WriteByte('\\')
			i++
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func reModule() map[string]Value {
	m := map[string]Value{
		"I": Int(reIgnoreCase), "IGNORECASE": Int(reIgnoreCase), "M": Int(reMultiline), "MULTILINE": Int(reMultiline),
		"S": Int(reDotAll), "DOTALL": Int(reDotAll), "A": Int(256), "ASCII": Int(256), "NOFLAG": Int(0),
		"error": rePatternError,
		"escape": fn("escape", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s, err := strArg0(args, "escape")
			if err != nil {
				return nil, err
			}
			var b strings.Builder
			for _, r := range s {
				if r < 128 && !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_') {
					b.WriteByte('\\')
				}
				b.WriteRune(r)
			}
			return Str(b.String()), nil
		}),
		"compile": fn("compile", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if len(args) == 0 {
				return nil, newExc(excTypeError, "compile() missing required argument 'pattern' (pos 1)")
			}
			flags := int64(kwInt(kw, "flags", 0))
			if len(args) > 1 {
				if n, ok := args[1].(Int); ok {
					flags = int64(n)
				}
			}
			return reCompile(args[0], flags)
		}),
	}
	for name, f := range reFuncs {
		f := f
		m[name] = fn(name, func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if len(args) == 0 {
				return nil, newExc(excTypeError, "%s() missing required argument 'pattern' (pos 1)", name)
			}
			// The flags argument follows the function's own positional ones.
			nargs := 2
			if name == "sub" {
				nargs = 3
			}
			flags := int64(kwInt(kw, "flags", 0))
			rest := args[1:]
			if len(args) > nargs {
				if n, ok := args[nargs].(Int); ok && name != "split" && name != "sub" {
					flags = int64(n)
					rest = args[1:nargs]
				}
			}
			p, err := reCompile(args[0], flags)
			if err != nil {
				return nil, err
			}
			var kw2 []KeywordArg
			for _, k := range kw {
				if k.Name != "flags" {
					kw2 = append(kw2, k)
				}
			}
			return f(t, p, rest, kw2)
		})
	}
	return m
}
