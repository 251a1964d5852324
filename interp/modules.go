package interp

import (
	"math"
	"math/big"
	"strings"

	"github.com/monty-tools/monty-tools/interp/pylib"
)

// moduleImpls builds the modules this interpreter implements. The
// profile decides which modules and attributes a program can import; an
// attribute the profile lists but no implementation provides raises
// NotImplementedError naming it.
var moduleImpls map[string]func() map[string]Value

func init() {
	moduleImpls = map[string]func() map[string]Value{
		"math":        mathModule,
		"asyncio":     asyncioModule,
		"dataclasses": dataclassesModule,
		"collections": collectionsModule,
		"functools":   functoolsModule,
		"itertools":   itertoolsModule,
		"json":        jsonModule,
		"sys":         sysModule,
		"typing":      typingModule,
		"os":          osModule,
		"pathlib":     pathlibModule,
		"re":          reModule,
		"datetime":    datetimeModule,
		"base64":      base64Module,
		"binascii":    binasciiModule,
	}
}

func (t *vm) importModule(name string) (Value, error) {
	if m, ok := t.modules[name]; ok {
		return m, nil
	}
	pm, ok := t.prog.prof.Module(name)
	if !ok {
		return nil, &ExcValue{Class: excModuleNotFoundError, Args: []Value{Str("No module named '" + name + "'")}}
	}
	m := &Module{Name: name, attrs: map[string]Value{}}
	var impl map[string]Value
	if f := moduleImpls[name]; f != nil {
		impl = f()
	}
	for attr := range pm.Attrs {
		if v, ok := impl[attr]; ok {
			m.attrs[attr] = v
		} else {
			m.attrs[attr] = &Builtin{Name: name + "." + attr, Fn: notImplemented(name + "." + attr)}
		}
	}
	if t.modules == nil {
		t.modules = map[string]*Module{}
	}
	t.modules[name] = m
	return m, nil
}

func notImplemented(name string) builtinFn {
	return func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		return nil, newExc(excNotImplementedError, "%s is not implemented by this interpreter", name)
	}
}

// moduleAttr reads a module attribute; OS-dependent names fail the way
// Monty's CLI fails without a host.
func (t *vm) moduleAttr(m *Module, name string, v Value) (Value, error) {
	if _, ok := t.prog.prof.OSFunction(m.Name + "." + name); ok {
		if _, isFn := v.(*Builtin); !isFn || name == "environ" {
			return nil, osError(m.Name + "." + name)
		}
	}
	return v, nil
}

func (t *vm) importFrom(m *Module, name string) (Value, error) {
	v, ok := m.attrs[name]
	if !ok {
		return nil, &ExcValue{Class: excImportError, Args: []Value{Str("cannot import name '" + name + "' from '" + m.Name + "' (unknown location)")}}
	}
	return t.moduleAttr(m, name, v)
}

func fn(name string, f builtinFn) *Builtin { return &Builtin{Name: name, Fn: f} }

func floatArg(name string, v Value) (float64, error) {
	f, ok, err := asFloat(v)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, newExc(excTypeError, "must be real number, not %s", typeName(v))
	}
	return f, nil
}

func math1(name string, f func(float64) float64, domain func(float64) bool) *Builtin {
	return fn(name, func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck(name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		x, err := floatArg(name, args[0])
		if err != nil {
			return nil, err
		}
		if domain != nil && !domain(x) {
			return nil, newExc(excValueError, "math domain error")
		}
		r := f(x)
		if math.IsInf(r, 0) && !math.IsInf(x, 0) {
			return nil, newExc(excOverflowError, "math range error")
		}
		return Float(r), nil
	})
}

func mathModule() map[string]Value {
	m := map[string]Value{
		"pi": Float(math.Pi), "e": Float(math.E), "tau": Float(2 * math.Pi),
		"inf": Float(math.Inf(1)), "nan": Float(math.NaN()),
		"sin": math1("sin", math.Sin, nil), "cos": math1("cos", math.Cos, nil), "tan": math1("tan", math.Tan, nil),
		"asin": math1("asin", math.Asin, func(x float64) bool { return x >= -1 && x <= 1 }),
		"acos": math1("acos", math.Acos, func(x float64) bool { return x >= -1 && x <= 1 }),
		"atan": math1("atan", math.Atan, nil), "sinh": math1("sinh", math.Sinh, nil),
		"cosh": math1("cosh", math.Cosh, nil), "tanh": math1("tanh", math.Tanh, nil),
		"asinh": math1("asinh", math.Asinh, nil), "acosh": math1("acosh", math.Acosh, func(x float64) bool { return x >= 1 }),
		"atanh": math1("atanh", math.Atanh, func(x float64) bool { return x > -1 && x < 1 }),
		"exp":   math1("exp", math.Exp, nil), "exp2": math1("exp2", math.Exp2, nil), "expm1": math1("expm1", math.Expm1, nil),
		"log2":  math1("log2", math.Log2, func(x float64) bool { return x > 0 }),
		"log10": math1("log10", math.Log10, func(x float64) bool { return x > 0 }),
		"log1p": math1("log1p", math.Log1p, func(x float64) bool { return x > -1 }),
		"fabs":  math1("fabs", math.Abs, nil), "cbrt": math1("cbrt", math.Cbrt, nil),
		"erf": math1("erf", math.Erf, nil), "erfc": math1("erfc", math.Erfc, nil),
		"gamma":   math1("gamma", math.Gamma, func(x float64) bool { return !(x <= 0 && x == math.Floor(x)) }),
		"degrees": math1("degrees", func(x float64) float64 { return x * 180 / math.Pi }, nil),
		"radians": math1("radians", func(x float64) float64 { return x * math.Pi / 180 }, nil),
	}
	m["sqrt"] = fn("sqrt", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("sqrt", args, kw, 1, 1); err != nil {
			return nil, err
		}
		x, err := floatArg("sqrt", args[0])
		if err != nil {
			return nil, err
		}
		if x < 0 {
			return nil, newExc(excValueError, "expected a nonnegative input, got %s", pylib.FloatRepr(x))
		}
		return Float(math.Sqrt(x)), nil
	})
	m["log"] = fn("log", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("log", args, kw, 1, 2); err != nil {
			return nil, err
		}
		x, err := floatArg("log", args[0])
		if err != nil {
			return nil, err
		}
		if x <= 0 {
			return nil, newExc(excValueError, "expected a positive input")
		}
		r := math.Log(x)
		if b, ok := args[0].(*big.Int); ok {
			r = bigLog(b)
		}
		if len(args) == 2 {
			base, err := floatArg("log", args[1])
			if err != nil {
				return nil, err
			}
			if base <= 0 || base == 1 {
				return nil, newExc(excValueError, "math domain error")
			}
			r /= math.Log(base)
		}
		return Float(r), nil
	})
	rounding := func(name string, f func(float64) float64) *Builtin {
		return fn(name, func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := argsCheck(name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			if isIntLike(args[0]) {
				if b, ok := args[0].(Bool); ok {
					return boolInt(b), nil
				}
				return args[0], nil
			}
			x, err := floatArg(name, args[0])
			if err != nil {
				return nil, err
			}
			i, b, err := pylib.FloatToInt(f(x))
			if err != nil {
				return nil, fromPylib(err)
			}
			if b != nil {
				return normBig(b), nil
			}
			return Int(i), nil
		})
	}
	m["floor"] = rounding("floor", math.Floor)
	m["ceil"] = rounding("ceil", math.Ceil)
	m["trunc"] = rounding("trunc", math.Trunc)
	m["pow"] = fn("pow", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("pow", args, kw, 2, 2); err != nil {
			return nil, err
		}
		x, err := floatArg("pow", args[0])
		if err != nil {
			return nil, err
		}
		y, err := floatArg("pow", args[1])
		if err != nil {
			return nil, err
		}
		r, err := pylib.FloatPow(x, y)
		if err != nil {
			if e, ok := err.(*pylib.Error); ok && e.Type == "ZeroDivisionError" {
				return nil, newExc(excValueError, "math domain error")
			}
		}
		return Float(r), fromPylib(err)
	})
	m["remainder"] = fn("remainder", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("remainder", args, kw, 2, 2); err != nil {
			return nil, err
		}
		x, err := floatArg("remainder", args[0])
		if err != nil {
			return nil, err
		}
		y, err := floatArg("remainder", args[1])
		if err != nil {
			return nil, err
		}
		if y == 0 || math.IsInf(x, 0) {
			return nil, newExc(excValueError, "math domain error")
		}
		return Float(math.Remainder(x, y)), nil
	})
	m["modf"] = fn("modf", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("modf", args, kw, 1, 1); err != nil {
			return nil, err
		}
		x, err := floatArg("modf", args[0])
		if err != nil {
			return nil, err
		}
		i, f := math.Modf(x)
		return Tuple{Float(f), Float(i)}, nil
	})
	m["frexp"] = fn("frexp", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("frexp", args, kw, 1, 1); err != nil {
			return nil, err
		}
		x, err := floatArg("frexp", args[0])
		if err != nil {
			return nil, err
		}
		f, e := math.Frexp(x)
		return Tuple{Float(f), Int(e)}, nil
	})
	m["ldexp"] = fn("ldexp", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("ldexp", args, kw, 2, 2); err != nil {
			return nil, err
		}
		x, err := floatArg("ldexp", args[0])
		if err != nil {
			return nil, err
		}
		e, ok := args[1].(Int)
		if !ok {
			return nil, newExc(excTypeError, "Expected an int as second argument to ldexp.")
		}
		r := math.Ldexp(x, int(e))
		if math.IsInf(r, 0) && !math.IsInf(x, 0) {
			return nil, newExc(excOverflowError, "math range error")
		}
		return Float(r), nil
	})
	m["atan2"] = fn("atan2", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("atan2", args, kw, 2, 2); err != nil {
			return nil, err
		}
		y, err := floatArg("atan2", args[0])
		if err != nil {
			return nil, err
		}
		x, err := floatArg("atan2", args[1])
		if err != nil {
			return nil, err
		}
		return Float(math.Atan2(y, x)), nil
	})
	m["hypot"] = fn("hypot", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		s := 0.0
		for _, a := range args {
			x, err := floatArg("hypot", a)
			if err != nil {
				return nil, err
			}
			s = math.Hypot(s, x)
		}
		return Float(s), nil
	})
	m["copysign"] = fn("copysign", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("copysign", args, kw, 2, 2); err != nil {
			return nil, err
		}
		x, err := floatArg("copysign", args[0])
		if err != nil {
			return nil, err
		}
		y, err := floatArg("copysign", args[1])
		if err != nil {
			return nil, err
		}
		return Float(math.Copysign(x, y)), nil
	})
	m["fmod"] = fn("fmod", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("fmod", args, kw, 2, 2); err != nil {
			return nil, err
		}
		x, err := floatArg("fmod", args[0])
		if err != nil {
			return nil, err
		}
		y, err := floatArg("fmod", args[1])
		if err != nil {
			return nil, err
		}
		if y == 0 {
			return nil, newExc(excValueError, "math domain error")
		}
		return Float(math.Mod(x, y)), nil
	})
	pred := func(name string, f func(float64) bool) *Builtin {
		return fn(name, func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := argsCheck(name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			x, err := floatArg(name, args[0])
			if err != nil {
				return nil, err
			}
			return Bool(f(x)), nil
		})
	}
	m["isnan"] = pred("isnan", math.IsNaN)
	m["isinf"] = pred("isinf", func(x float64) bool { return math.IsInf(x, 0) })
	m["isfinite"] = pred("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) })
	m["isclose"] = fn("isclose", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if len(args) != 2 {
			return nil, newExc(excTypeError, "isclose() takes exactly 2 positional arguments (%d given)", len(args))
		}
		a, err := floatArg("isclose", args[0])
		if err != nil {
			return nil, err
		}
		b, err := floatArg("isclose", args[1])
		if err != nil {
			return nil, err
		}
		rel, abs := 1e-9, 0.0
		for _, k := range kw {
			v, err := floatArg("isclose", k.Value)
			if err != nil {
				return nil, err
			}
			switch k.Name {
			case "rel_tol":
				rel = v
			case "abs_tol":
				abs = v
			}
		}
		if a == b {
			return Bool(true), nil
		}
		if math.IsInf(a, 0) || math.IsInf(b, 0) {
			return Bool(false), nil
		}
		d := math.Abs(a - b)
		return Bool(d <= math.Abs(rel*b) || d <= math.Abs(rel*a) || d <= abs), nil
	})
	intFn2 := func(name string, f func(a, b *big.Int) (Value, error)) *Builtin {
		return fn(name, func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			var acc Value
			for i, a := range args {
				b := toBig(a)
				if b == nil {
					return nil, newExc(excTypeError, "'%s' object cannot be interpreted as an integer", typeName(a))
				}
				if i == 0 {
					acc = normBig(new(big.Int).Abs(b))
					continue
				}
				var err error
				acc, err = f(toBig(acc), b)
				if err != nil {
					return nil, err
				}
			}
			if acc == nil {
				if name == "lcm" {
					return Int(1), nil
				}
				return Int(0), nil
			}
			return acc, nil
		})
	}
	m["gcd"] = intFn2("gcd", func(a, b *big.Int) (Value, error) {
		return normBig(new(big.Int).GCD(nil, nil, new(big.Int).Abs(a), new(big.Int).Abs(b))), nil
	})
	m["lcm"] = intFn2("lcm", func(a, b *big.Int) (Value, error) {
		if a.Sign() == 0 || b.Sign() == 0 {
			return Int(0), nil
		}
		g := new(big.Int).GCD(nil, nil, new(big.Int).Abs(a), new(big.Int).Abs(b))
		r := new(big.Int).Mul(a, b)
		r.Abs(r)
		return normBig(r.Quo(r, g)), nil
	})
	m["factorial"] = fn("factorial", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("factorial", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, ok := args[0].(Int)
		if !ok {
			if _, isF := args[0].(Float); isF {
				return nil, newExc(excTypeError, "'float' object cannot be interpreted as an integer")
			}
			return nil, newExc(excTypeError, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
		}
		if n < 0 {
			return nil, newExc(excValueError, "factorial() not defined for negative values")
		}
		if n > 20 {
			// Monty computes factorials in 64 bits.
			return nil, newExc(excOverflowError, "int too large to convert to factorial")
		}
		r := big.NewInt(1)
		for i := int64(2); i <= int64(n); i++ {
			r.Mul(r, big.NewInt(i))
		}
		return normBig(r), nil
	})
	m["isqrt"] = fn("isqrt", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("isqrt", args, kw, 1, 1); err != nil {
			return nil, err
		}
		b := toBig(args[0])
		if b == nil {
			return nil, newExc(excTypeError, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
		}
		if b.Sign() < 0 {
			return nil, newExc(excValueError, "isqrt() argument must be nonnegative")
		}
		return normBig(new(big.Int).Sqrt(b)), nil
	})
	m["comb"] = fn("comb", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("comb", args, kw, 2, 2); err != nil {
			return nil, err
		}
		n, k := toBig(args[0]), toBig(args[1])
		if n == nil || k == nil {
			return nil, newExc(excTypeError, "'float' object cannot be interpreted as an integer")
		}
		if n.Sign() < 0 || k.Sign() < 0 {
			return nil, newExc(excValueError, "n must be a non-negative integer")
		}
		if k.Cmp(n) > 0 {
			return Int(0), nil
		}
		return normBig(new(big.Int).Binomial(n.Int64(), k.Int64())), nil
	})
	m["perm"] = fn("perm", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck("perm", args, kw, 1, 2); err != nil {
			return nil, err
		}
		n := toBig(args[0])
		k := n
		if len(args) == 2 {
			k = toBig(args[1])
		}
		if n == nil || k == nil {
			return nil, newExc(excTypeError, "'float' object cannot be interpreted as an integer")
		}
		if k.Cmp(n) > 0 {
			return Int(0), nil
		}
		r := big.NewInt(1)
		for i := n.Int64() - k.Int64() + 1; i <= n.Int64(); i++ {
			r.Mul(r, big.NewInt(i))
		}
		return normBig(r), nil
	})
	return m
}

func bigLog(b *big.Int) float64 {
	n := b.BitLen()
	if n < 1000 {
		f, _ := new(big.Float).SetInt(b).Float64()
		return math.Log(f)
	}
	shifted := new(big.Int).Rsh(b, uint(n-64))
	f, _ := new(big.Float).SetInt(shifted).Float64()
	return math.Log(f) + float64(n-64)*math.Ln2
}

func asyncioModule() map[string]Value {
	return map[string]Value{
		"gather": fn("gather", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if len(kw) > 0 {
				return nil, newExc(excNotImplementedError, "gather() does not yet support keyword arguments")
			}

			return &Coroutine{gather: append([]Value{}, args...), name: "gather"}, nil
		}),
		"run": fn("run", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := argsCheck("run", args, kw, 1, 1); err != nil {
				return nil, err
			}
			co, ok := args[0].(*Coroutine)
			if !ok {
				return nil, newExc(excValueError, "a coroutine was expected, got %s", reprValue(args[0]))
			}
			return t.await(co)
		}),
	}
}

// await runs a coroutine to completion from Go.
func (t *vm) await(co *Coroutine) (Value, error) {
	if co.awaited {
		return nil, newExc(excRuntimeError, "cannot reuse already awaited coroutine")
	}
	co.awaited = true
	if co.fut != nil {
		return t.host.await(t, co.fut)
	}
	if co.gather != nil {
		return t.runGather(co)
	}
	f := co.frame
	co.frame = nil // the frame is the run's now: released frames are reused
	f.base = true
	return t.run(f)
}

// runGather awaits the coroutines of asyncio.gather in order.
func (t *vm) runGather(co *Coroutine) (Value, error) {
	if t.host != nil && t.host.task == nil && hasTasks(co.gather) {
		return t.host.gather(t, co) // interleaved, for host calls (embed_gather.go)
	}
	out := make([]Value, len(co.gather))
	for i, c := range co.gather {
		cc, ok := c.(*Coroutine)
		if !ok {
			// A host function's result, already resolved.
			out[i] = c
			continue
		}
		r, err := t.await(cc)
		if err != nil {
			return nil, err
		}
		out[i] = r
	}
	return &List{Items: out}, nil
}

func dataclassesModule() map[string]Value {
	return map[string]Value{
		"dataclass":           fn("dataclass", dataclassDecorator),
		"FrozenInstanceError": excClasses["FrozenInstanceError"],
		"is_dataclass": fn("is_dataclass", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := argsCheck("is_dataclass", args, kw, 1, 1); err != nil {
				return nil, err
			}
			switch x := args[0].(type) {
			case *Class:
				return Bool(x.dataclass != nil), nil
			case *Instance:
				return Bool(x.cls.dataclass != nil), nil
			}
			return Bool(false), nil
		}),
	}
}

func collectionsModule() map[string]Value {
	return map[string]Value{
		"defaultdict": &TypeObject{Name: "defaultdict", call: func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			d := NewDict()
			d.kind = defaultDict
			d.factory = None
			if len(args) > 0 {
				d.factory = args[0]
			}
			if len(args) > 1 {
				if err := t.dictUpdate(d, args[1], false); err != nil {
					return nil, err
				}
			}
			for _, k := range kw {
				d.Set(Str(k.Name), k.Value)
			}
			return d, nil
		}},
		"namedtuple": fn("namedtuple", namedtupleFactory),
		"deque": &TypeObject{Name: "deque", call: func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			d := &List{Items: []Value{}, deque: true, maxlen: -1}
			var src Value
			if len(args) > 0 {
				src = args[0]
			}
			if len(args) > 1 {
				kw = append(kw, KeywordArg{"maxlen", args[1]})
			}
			for _, k := range kw {
				switch k.Name {
				case "maxlen":
					if n, ok := k.Value.(Int); ok {
						d.maxlen = int(n)
					}
				case "iterable":
					src = k.Value
				}
			}
			if src != nil {
				items, err := t.iterate(src)
				if err != nil {
					return nil, err
				}
				for _, v := range items {
					dequeAppend(d, v, false)
				}
			}
			return d, nil
		}},
		"Counter": &TypeObject{Name: "Counter", call: func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			d := NewDict()
			d.kind = counterDict
			d.factory = Int(0)
			if len(args) > 0 {
				if err := counterUpdate(t, d, args[0], 1); err != nil {
					return nil, err
				}
			}
			for _, k := range kw {
				d.Set(Str(k.Name), k.Value)
			}
			return d, nil
		}},
	}
}

func functoolsModule() map[string]Value {
	return map[string]Value{
		"reduce": fn("reduce", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := argsCheck("reduce", args, kw, 2, 3); err != nil {
				return nil, err
			}
			items, err := t.iterate(args[1])
			if err != nil {
				return nil, err
			}
			var acc Value
			if len(args) == 3 {
				acc = args[2]
			} else {
				if len(items) == 0 {
					return nil, newExc(excTypeError, "reduce() of empty iterable with no initial value")
				}
				acc, items = items[0], items[1:]
			}
			for _, v := range items {
				acc, err = t.call(args[0], []Value{acc, v}, nil)
				if err != nil {
					return nil, err
				}
			}
			return acc, nil
		}),
		"partial": fn("partial", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if len(args) == 0 {
				return nil, newExc(excTypeError, "partial expected at least 1 argument, got 0")
			}
			f := args[0]
			bound := append([]Value{}, args[1:]...)
			bkw := append([]KeywordArg{}, kw...)
			return &Builtin{Name: "partial", Fn: func(t *vm, a []Value, k []KeywordArg) (Value, error) {
				all := append(append([]Value{}, bound...), a...)
				return t.call(f, all, append(append([]KeywordArg{}, bkw...), k...))
			}}, nil
		}),
	}
}

func itertoolsModule() map[string]Value {
	return map[string]Value{
		"count": fn("count", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			var start, step Value = Int(0), Int(1)
			if len(args) > 0 {
				start = args[0]
			}
			if len(args) > 1 {
				step = args[1]
			}
			return &Iterator{kind: "itertools.count", k: itCount, seq: start, fn: step}, nil
		}),
		"repeat": fn("repeat", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := argsCheck("repeat", args, kw, 1, 2); err != nil {
				return nil, err
			}
			n := int64(-1)
			if len(args) == 2 {
				c, ok := args[1].(Int)
				if !ok {
					return nil, newExc(excTypeError, "'%s' object cannot be interpreted as an integer", typeName(args[1]))
				}
				n = int64(c)
				if n < 0 {
					n = 0
				}
			}
			return &Iterator{kind: "itertools.repeat", k: itRepeat, seq: args[0], n: n}, nil
		}),
		"chain": fn("chain", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			c := &Iterator{kind: "itertools.chain", k: itChain}
			for _, a := range args {
				it, err := t.getIter(a)
				if err != nil {
					return nil, err
				}
				c.its = append(c.its, it.(*Iterator))
			}
			return c, nil
		}),
		"islice": fn("islice", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if len(args) < 2 || len(args) > 4 {
				return nil, newExc(excTypeError, "islice expected at most 4 arguments, got %d", len(args))
			}
			sl := &Slice{Start: None, Stop: args[1], Step: None}
			if len(args) >= 3 {
				sl = &Slice{Start: args[1], Stop: args[2], Step: None}
			}
			if len(args) == 4 {
				sl.Step = args[3]
			}
			it, err := t.getIter(args[0])
			if err != nil {
				return nil, err
			}
			start, _ := sl.Start.(Int)
			step := Int(1)
			if s, ok := sl.Step.(Int); ok {
				step = s
			}
			stop, bounded := sl.Stop.(Int)
			var out []Value
			for i := Int(0); !bounded || i < stop; i++ {
				v, ok, err := it.(*Iterator).next(t)
				if err != nil {
					return nil, err
				}
				if !ok {
					break
				}
				if i >= start && (i-start)%step == 0 {
					out = append(out, v)
				}
			}
			return &Iterator{kind: "itertools.islice", k: itValues, items: out}, nil
		}),
		"pairwise": fn("pairwise", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := argsCheck("pairwise", args, kw, 1, 1); err != nil {
				return nil, err
			}
			items, err := t.iterate(args[0])
			if err != nil {
				return nil, err
			}
			var out []Value
			for i := 0; i+1 < len(items); i++ {
				out = append(out, Tuple{items[i], items[i+1]})
			}
			return &Iterator{kind: "itertools.pairwise", k: itValues, items: out}, nil
		}),
		"accumulate": fn("accumulate", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if len(args) < 1 {
				return nil, newExc(excTypeError, "accumulate() missing required argument 'iterable' (pos 1)")
			}
			items, err := t.iterate(args[0])
			if err != nil {
				return nil, err
			}
			var f Value
			if len(args) > 1 {
				f = args[1]
			}
			var initial Value
			for _, k := range kw {
				switch k.Name {
				case "func":
					f = k.Value
				case "initial":
					initial = k.Value
				}
			}
			var out []Value
			var acc Value
			if initial != nil {
				if _, ok := initial.(NoneType); !ok {
					acc = initial
					out = append(out, acc)
				}
			}
			for _, v := range items {
				if acc == nil {
					acc = v
				} else if f != nil {
					acc, err = t.call(f, []Value{acc, v}, nil)
				} else {
					acc, err = binary(t, 0, acc, v, false)
				}
				if err != nil {
					return nil, err
				}
				out = append(out, acc)
			}
			return &Iterator{kind: "itertools.accumulate", k: itValues, items: out}, nil
		}),
		"cycle": fn("cycle", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := argsCheck("cycle", args, kw, 1, 1); err != nil {
				return nil, err
			}
			items, err := t.iterate(args[0])
			if err != nil {
				return nil, err
			}
			return &Iterator{kind: "itertools.cycle", k: itCycle, items: append([]Value(nil), items...)}, nil
		}),
		"takewhile": fn("takewhile", predIter("takewhile", itTakeWhile)),
		"dropwhile": fn("dropwhile", predIter("dropwhile", itDropWhile)),
		"starmap":   fn("starmap", predIter("starmap", itStarmap)),
		"filterfalse": fn("filterfalse", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := argsCheck("filterfalse", args, kw, 2, 2); err != nil {
				return nil, err
			}
			items, err := t.iterate(args[1])
			if err != nil {
				return nil, err
			}
			var out []Value
			for _, v := range items {
				keep := truth(v)
				if _, none := args[0].(NoneType); !none {
					r, err := t.call(args[0], []Value{v}, nil)
					if err != nil {
						return nil, err
					}
					keep = truth(r)
				}
				if !keep {
					out = append(out, v)
				}
			}
			return &Iterator{kind: "itertools.filterfalse", k: itValues, items: out}, nil
		}),
		"compress": fn("compress", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			if err := argsCheck("compress", args, kw, 2, 2); err != nil {
				return nil, err
			}
			data, err := t.iterate(args[0])
			if err != nil {
				return nil, err
			}
			sel, err := t.iterate(args[1])
			if err != nil {
				return nil, err
			}
			var out []Value
			for i := 0; i < len(data) && i < len(sel); i++ {
				if truth(sel[i]) {
					out = append(out, data[i])
				}
			}
			return &Iterator{kind: "itertools.compress", k: itValues, items: out}, nil
		}),
		"zip_longest": fn("zip_longest", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			var fill Value = None
			for _, k := range kw {
				if k.Name == "fillvalue" {
					fill = k.Value
				}
			}
			var lists [][]Value
			longest := 0
			for _, a := range args {
				items, err := t.iterate(a)
				if err != nil {
					return nil, err
				}
				lists = append(lists, items)
				if len(items) > longest {
					longest = len(items)
				}
			}
			out := make([]Value, longest)
			for i := range out {
				tu := make(Tuple, len(lists))
				for j, l := range lists {
					if i < len(l) {
						tu[j] = l[i]
					} else {
						tu[j] = fill
					}
				}
				out[i] = tu
			}
			return &Iterator{kind: "itertools.zip_longest", k: itValues, items: out}, nil
		}),
	}
}

func sysModule() map[string]Value {
	return map[string]Value{
		"platform":     Str("monty"),
		"version":      Str("3.14.0 (monty)"),
		"version_info": Tuple{Int(3), Int(14), Int(0), Str("final"), Int(0)},
	}
}

func typingModule() map[string]Value {
	m := map[string]Value{"TYPE_CHECKING": Bool(false)}
	for _, n := range []string{"Annotated", "Any", "Callable", "ClassVar", "Dict", "Final", "FrozenSet", "Generator",
		"Generic", "Iterable", "Iterator", "List", "Literal", "Mapping", "Never", "NoReturn", "Optional", "Protocol",
		"Self", "Sequence", "Set", "Tuple", "Type", "Union"} {
		m[n] = &TypeObject{Name: n, call: notImplemented("typing." + n)}
	}
	m["TypeVar"] = fn("TypeVar", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		name := "T"
		if len(args) > 0 {
			if s, ok := args[0].(Str); ok {
				name = string(s)
			}
		}
		return &TypeObject{Name: name, call: notImplemented("TypeVar")}, nil
	})
	return m
}

func osModule() map[string]Value {
	m := map[string]Value{
		"sep": Str("/"), "curdir": Str("."), "pardir": Str(".."), "extsep": Str("."), "linesep": Str("\n"),
		"devnull": Str("/dev/null"), "name": Str("posix"), "altsep": None,
	}
	// Monty 0.0.23 names most os functions after the pathlib method it
	// maps them to.
	for n, name := range map[string]string{
		"getenv": "os.getenv", "environ": "os.environ", "listdir": "Path.iterdir", "makedirs": "Path.mkdir",
		"mkdir": "Path.mkdir", "remove": "Path.unlink", "rename": "Path.rename", "replace": "Path.rename",
		"rmdir": "Path.rmdir", "stat": "Path.stat", "unlink": "Path.unlink", "fspath": "os.fspath",
	} {
		m[n] = fn(n, func(t *vm, args []Value, kw []KeywordArg) (Value, error) { return nil, osError(name) })
	}
	return m
}

// PathValue is a pathlib.Path; only the pure path operations work, I/O
// raises Monty's OS-function error.
type PathValue struct{ path string }

func pathlibModule() map[string]Value {
	return map[string]Value{
		"Path": &TypeObject{Name: "Path", call: func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			p := &PathValue{path: "."}
			for i, a := range args {
				s, ok := a.(Str)
				if !ok {
					if pv, ok := a.(*PathValue); ok {
						s = Str(pv.path)
					} else {
						return nil, newExc(excTypeError, "argument should be a str or an os.PathLike object where __fspath__ returns a str, not '%s'", typeName(a))
					}
				}
				if i == 0 {
					p.path = string(s)
				} else {
					p = joinPath(p.path, string(s))
				}
			}
			return p, nil
		}},
	}
}

func joinPath(a, b string) *PathValue {
	if strings.HasPrefix(b, "/") {
		return &PathValue{path: b}
	}
	if a == "." {
		return &PathValue{path: b}
	}
	return &PathValue{path: strings.TrimSuffix(a, "/") + "/" + b}
}

func (p *PathValue) join(y Value) (Value, error) {
	switch x := y.(type) {
	case Str:
		return joinPath(p.path, string(x)), nil
	case *PathValue:
		return joinPath(p.path, x.path), nil
	}
	return nil, newExc(excTypeError, "unsupported operand type(s) for /: 'PosixPath' and '%s'", typeName(y))
}

func (p *PathValue) attr(t *vm, name string) (Value, error) {
	base := p.path
	if i := strings.LastIndexByte(base, '/'); i >= 0 {
		base = base[i+1:]
	}
	switch name {
	case "name":
		return Str(base), nil
	case "suffix":
		if i := strings.LastIndexByte(base, '.'); i > 0 {
			return Str(base[i:]), nil
		}
		return Str(""), nil
	case "stem":
		if i := strings.LastIndexByte(base, '.'); i > 0 {
			return Str(base[:i]), nil
		}
		return Str(base), nil
	case "parent":
		if i := strings.LastIndexByte(p.path, '/'); i > 0 {
			return &PathValue{path: p.path[:i]}, nil
		} else if i == 0 {
			return &PathValue{path: "/"}, nil
		}
		return &PathValue{path: "."}, nil
	case "parts":
		var out Tuple
		if strings.HasPrefix(p.path, "/") {
			out = append(out, Str("/"))
		}
		for _, s := range strings.Split(strings.Trim(p.path, "/"), "/") {
			if s != "" {
				out = append(out, Str(s))
			}
		}
		return out, nil
	case "read_text", "exists", "iterdir", "write_text", "read_bytes", "write_bytes", "is_file", "is_dir", "mkdir", "unlink", "stat", "open", "glob", "rglob", "touch", "rmdir", "resolve", "absolute":
		return fn(name, func(t *vm, args []Value, kw []KeywordArg) (Value, error) { return nil, osError("Path." + name) }), nil
	case "joinpath":
		return fn(name, func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			var r Value = p
			for _, a := range args {
				var err error
				r, err = r.(*PathValue).join(a)
				if err != nil {
					return nil, err
				}
			}
			return r, nil
		}), nil
	case "with_suffix":
		return fn(name, func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s, _ := args[0].(Str)
			stem := p.path
			if i := strings.LastIndexByte(stem, '.'); i > strings.LastIndexByte(stem, '/')+1 {
				stem = stem[:i]
			}
			return &PathValue{path: stem + string(s)}, nil
		}), nil
	case "with_name":
		return fn(name, func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s, _ := args[0].(Str)
			if i := strings.LastIndexByte(p.path, '/'); i >= 0 {
				return &PathValue{path: p.path[:i+1] + string(s)}, nil
			}
			return &PathValue{path: string(s)}, nil
		}), nil
	case "as_posix":
		return fn(name, func(t *vm, args []Value, kw []KeywordArg) (Value, error) { return Str(p.path), nil }), nil
	case "is_absolute":
		return fn(name, func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			return Bool(strings.HasPrefix(p.path, "/")), nil
		}), nil
	}
	return nil, noAttr(p, name)
}

func jsonModule() map[string]Value { return jsonImpl() }

// predIter builds takewhile, dropwhile and starmap: a function and an
// iterable, evaluated lazily.
func predIter(name string, k iterKind) builtinFn {
	return func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if err := argsCheck(name, args, kw, 2, 2); err != nil {
			return nil, err
		}
		it, err := t.getIter(args[1])
		if err != nil {
			return nil, err
		}
		return &Iterator{kind: "itertools." + name, k: k, fn: args[0], its: []*Iterator{it.(*Iterator)}}, nil
	}
}
