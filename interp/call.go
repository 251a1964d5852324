package interp

import (
	"fmt"
	"strings"
)

// bindFrame makes a frame for fn and binds the call's arguments to its
// parameters with Python's rules and messages. self, when not nil, is the
// first positional argument.
func (t *vm) bindFrame(fn *Function, self Value, args []Value, kw []KeywordArg) (*Frame, error) {
	f, err := t.bindFrame1(fn, self, args, kw)
	if err != nil {
		// Monty reports argument errors at the function's definition.
		if e, ok := err.(*ExcValue); ok && e.Class == excTypeError && fn.code.nkwonly == 0 {
			if m := e.message(); strings.Contains(m, "required positional") || strings.Contains(m, "positional argument") && strings.Contains(m, "given") {
				e.atDef = fn.code
			}
		}
	}
	return f, err
}

func (t *vm) bindFrame1(fn *Function, self Value, args []Value, kw []KeywordArg) (*Frame, error) {
	code := fn.code
	f := t.newFrame(code, fn)
	slots := f.slots
	nargs := len(args)
	if self != nil {
		nargs++
	}
	// Fast path: positional arguments only, defaults for the rest.
	nd := len(fn.defaults)
	if nargs <= code.npos && nargs >= code.npos-nd && len(kw) == 0 && code.nkwonly == 0 && !code.varargs && !code.varkw {
		i := 0
		if self != nil {
			slots[0] = self
			i = 1
		}
		copy(slots[i:], args)
		for j := nargs; j < code.npos; j++ {
			slots[j] = fn.defaults[j-(code.npos-nd)]
		}
		return f, nil
	}
	pos := 0
	put := func(v Value) {
		slots[pos] = v
		pos++
	}
	var extra []Value
	if self != nil {
		if code.npos > 0 {
			put(self)
		} else {
			extra = append(extra, self)
		}
	}
	for _, a := range args {
		if pos < code.npos {
			put(a)
		} else {
			extra = append(extra, a)
		}
	}
	name := code.Name
	if len(extra) > 0 && !code.varargs {
		t.release(f)
		return nil, tooManyPositional(name, code, fn, nargs)
	}
	idx := code.npos + code.nkwonly
	if code.varargs {
		tup := make(Tuple, len(extra))
		copy(tup, extra)
		slots[idx] = tup
		idx++
	}
	var kwargs *Dict
	if code.varkw {
		kwargs = NewDict()
		slots[idx] = kwargs
	}
	var posAsKw []string
	for _, k := range kw {
		found := -1
		for i, p := range code.paramNames {
			if p == k.Name {
				found = i
				break
			}
		}
		if found >= 0 && found < code.nposonly {
			if kwargs != nil {
				kwargs.Set(Str(k.Name), k.Value)
				continue
			}
			posAsKw = append(posAsKw, k.Name)
			continue
		}
		if found < 0 {
			if kwargs != nil {
				kwargs.Set(Str(k.Name), k.Value)
				continue
			}
			t.release(f)
			return nil, newExc(excTypeError, "%s() got an unexpected keyword argument '%s'", name, k.Name)
		}
		if slots[found] != unbound {
			t.release(f)
			return nil, newExc(excTypeError, "%s() got multiple values for argument '%s'", name, k.Name)
		}
		slots[found] = k.Value
	}
	if len(posAsKw) > 0 {
		t.release(f)
		return nil, newExc(excTypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", name, posAsKw[0])
	}
	// Defaults fill the last positional parameters.
	var missing []string
	for i := 0; i < code.npos; i++ {
		if slots[i] != unbound {
			continue
		}
		if j := i - (code.npos - nd); j >= 0 {
			slots[i] = fn.defaults[j]
			continue
		}
		missing = append(missing, code.paramNames[i])
	}
	if len(missing) > 0 {
		t.release(f)
		return nil, missingArgs(name, "positional", missing)
	}
	for i := code.npos; i < code.npos+code.nkwonly; i++ {
		if slots[i] != unbound {
			continue
		}
		if fn.kwdefaults != nil {
			if v, ok := fn.kwdefaults.GetStr(code.paramNames[i]); ok {
				slots[i] = v
				continue
			}
		}
		missing = append(missing, code.paramNames[i])
	}
	if len(missing) > 0 {
		t.release(f)
		return nil, missingArgs(name, "keyword-only", missing)
	}
	return f, nil
}

func tooManyPositional(name string, code *Code, fn *Function, given int) error {
	max := code.npos
	min := code.npos - len(fn.defaults)
	var takes string
	if min != max {
		takes = fmt.Sprintf("from %d to %d positional arguments", min, max)
	} else if max == 1 {
		takes = "1 positional argument"
	} else {
		takes = fmt.Sprintf("%d positional arguments", max)
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	return newExc(excTypeError, "%s() takes %s but %d %s given", name, takes, given, was)
}

func missingArgs(name, kind string, missing []string) error {
	quoted := make([]string, len(missing))
	for i, m := range missing {
		quoted[i] = "'" + m + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	s := "s"
	if len(missing) == 1 {
		s = ""
	}
	return newExc(excTypeError, "%s() missing %d required %s argument%s: %s", name, len(missing), kind, s, list)
}

// callMethod calls obj.name(*args).
func (t *vm) callMethod(obj Value, name string, args []Value) (Value, error) {
	m, self, err := t.loadMethod(obj, name)
	if err != nil {
		return nil, err
	}
	if self != unbound {
		all := make([]Value, 0, len(args)+1)
		all = append(all, self)
		all = append(all, args...)
		args = all
	}
	return t.call(m, args, nil)
}

// argsCheck validates a builtin's positional argument count.
func argsCheck(name string, args []Value, kw []KeywordArg, min, max int) error {
	if len(kw) > 0 {
		return newExc(excTypeError, "%s() takes no keyword arguments", name)
	}
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	if min == max {
		if min == 0 {
			return newExc(excTypeError, "%s() takes no arguments (%d given)", name, n)
		}
		if min == 1 {
			return newExc(excTypeError, "%s() takes exactly one argument (%d given)", name, n)
		}
		return newExc(excTypeError, "%s expected %d arguments, got %d", name, min, n)
	}
	if n < min {
		return newExc(excTypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	}
	return newExc(excTypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
