package interp

import (
	"fmt"
)

// Paused is a debug run stopped at an event: its call stack and the
// values in its frames. It is valid only while the Debugger method that
// received it runs, and only on that goroutine.
type Paused struct {
	g      *debugger
	depth  int
	loop   bool
	cur    *Frame // the frame of a line or exception event
	pc     int
	frames []dframe // innermost first; see stack
	built  bool
}

// stack returns the frames, innermost first, building the list once.
func (p *Paused) stack() []dframe {
	if !p.built {
		p.frames, p.built = p.g.stack(p.depth), true
	}
	return p.frames
}

// StackFrame is one frame of a paused run's call stack.
type StackFrame struct {
	// Function is "<module>" or the qualified name of the function.
	Function string
	File     string
	// The statement or call the frame is at: 1-based lines, columns in
	// code points.
	Line, Col, EndLine, EndCol int
}

// Var is a named value, as a debugger lists them.
type Var struct {
	Name  string
	Value Value
}

// Depth is the number of active Python frames (1 at module level); it
// grows by one with each call, which is what stepping over and out
// compare.
func (p *Paused) Depth() int { return p.depth }

// LoopHead reports whether the event is a loop's head reached for another
// iteration rather than a statement's start.
func (p *Paused) LoopHead() bool { return p.loop }

// Line is the line of the innermost frame, 0 when there is none.
func (p *Paused) Line() int {
	if p.cur != nil {
		start, _ := p.g.t.prog.position(p.cur.code, p.pc)
		return start.Line
	}
	if fr := p.stack(); len(fr) > 0 {
		start, _ := p.g.t.prog.position(fr[0].f.code, fr[0].pc)
		return start.Line
	}
	return 0
}

// Stack describes the frames, innermost first.
func (p *Paused) Stack() []StackFrame {
	prog := p.g.t.prog
	frames := p.stack()
	out := make([]StackFrame, 0, len(frames))
	for _, fr := range frames {
		start, end := prog.position(fr.f.code, fr.pc)
		name := fr.f.code.Qualname
		if fr.f.code.isModule {
			name = "<module>"
		}
		out = append(out, StackFrame{Function: name, File: prog.filename, Line: start.Line, Col: start.Col, EndLine: end.Line, EndCol: end.Col})
	}
	return out
}

// frame returns frame i (0 is the innermost) or an error.
func (p *Paused) frame(i int) (*Frame, error) {
	frames := p.stack()
	if i < 0 || i >= len(frames) {
		return nil, fmt.Errorf("no frame %d (the stack has %d)", i, len(frames))
	}
	return frames[i].f, nil
}

// Locals lists the variables of frame i that have a value: parameters and
// locals in the order the function binds them, then variables shared with
// closures; in a class body its namespace. At module level, the globals.
func (p *Paused) Locals(i int) ([]Var, error) {
	f, err := p.frame(i)
	if err != nil {
		return nil, err
	}
	if f.code.isModule {
		return p.Globals(), nil
	}
	names, vals := frameVars(f)
	var out []Var
	for k, n := range names {
		if vals[k] != unbound {
			out = append(out, Var{n, vals[k]})
		}
	}
	return out, nil
}

// Globals lists the program's global variables that have a value, in the
// order the program names them; builtins and external functions are left
// out.
func (p *Paused) Globals() []Var {
	t := p.g.t
	var out []Var
	for i, n := range t.prog.gnames {
		if i >= len(t.globals) {
			break
		}
		v := t.globals[i]
		if v == unbound || v == nil {
			continue
		}
		if b, ok := builtinImpls[n]; ok && b == v {
			continue
		}
		if _, ok := v.(*ExternalFn); ok {
			continue
		}
		out = append(out, Var{n, v})
	}
	return out
}

// SetVar assigns a variable visible in frame i: a local (or closure
// variable) of the frame, else a global.
func (p *Paused) SetVar(i int, name string, v Value) error {
	f, err := p.frame(i)
	if err != nil {
		return err
	}
	if !isIdent(name) {
		return fmt.Errorf("%q is not a variable name", name)
	}
	if !f.code.isModule {
		// A variable shared with closures lives in its cell (a parameter
		// too, once the call started).
		for j, n := range f.code.cellNames {
			if n == name && j < len(f.cells) && f.cells[j] != nil {
				f.cells[j].V = v
				return nil
			}
		}
		for j, n := range f.code.locNames {
			if n == name {
				f.slots[j] = v
				return nil
			}
		}
		if f.ns != nil {
			if _, ok := f.ns.GetStr(name); ok {
				return f.ns.Set(Str(name), v)
			}
		}
	}
	t := p.g.t
	if k, ok := t.prog.lookupGlobal(name); ok && k < len(t.globals) {
		t.globals[k] = v
		return nil
	}
	return fmt.Errorf("no variable %q in frame %d", name, i)
}

// Repr renders v as repr() does in the program (a class's __repr__ runs,
// without debugger events).
func (p *Paused) Repr(v Value) string {
	g := p.g
	g.busy++
	defer func() { g.busy-- }()
	s, err := g.t.repr(v)
	if err != nil {
		return reprValue(v)
	}
	return s
}

// Truth is the truth value of v as if and while see it (without calling
// a class's __bool__ or __len__).
func Truth(v Value) bool { return truth(v) }

// TypeName is the Python type name of v ("list", a class's name).
func TypeName(v Value) string { return typeName(v) }

// Children lists what a debugger shows inside a value: the items of a
// list, tuple or deque by index, a dict's entries by the key's repr, a
// set's items, an instance's attributes, a slice's parts. Other values
// have none.
func Children(v Value) []Var {
	switch x := v.(type) {
	case *List:
		return indexed(x.Items)
	case Tuple:
		return indexed(x)
	case *Dict:
		var out []Var
		for _, k := range x.Keys() {
			val, _, _ := x.Get(k)
			out = append(out, Var{reprValue(k), val})
		}
		return out
	case *Set:
		return indexed(x.Items())
	case *Instance:
		var out []Var
		for i, k := range x.names() {
			out = append(out, Var{strValue(Str(k)), x.vals[i]})
		}
		return out
	case *Slice:
		return []Var{{"start", x.Start}, {"stop", x.Stop}, {"step", x.Step}}
	case *ExcValue:
		return []Var{{"args", Tuple(x.Args)}}
	}
	return nil
}

// HasChildren reports whether Children(v) may list something, without
// building the list.
func HasChildren(v Value) bool {
	switch x := v.(type) {
	case *List:
		return len(x.Items) > 0
	case Tuple:
		return len(x) > 0
	case *Dict:
		return x.Len() > 0
	case *Set:
		return x.Len() > 0
	case *Instance:
		return len(x.vals) > 0
	case *Slice, *ExcValue:
		return true
	}
	return false
}

// SetChild replaces the part of a container that Children lists under
// name: a list item by index or a dict value by key repr, an instance
// attribute.
func SetChild(container Value, name string, v Value) error {
	for i, c := range Children(container) {
		if c.Name != name {
			continue
		}
		switch x := container.(type) {
		case *List:
			x.Items[i] = v
			return nil
		case *Dict:
			return x.Set(x.Keys()[i], v)
		case *Instance:
			x.set(name, v)
			return nil
		}
		return fmt.Errorf("a %s cannot be changed", typeName(container))
	}
	return fmt.Errorf("no %q in the %s", name, typeName(container))
}

func indexed(items []Value) []Var {
	out := make([]Var, len(items))
	for i, v := range items {
		out[i] = Var{fmt.Sprint(i), v}
	}
	return out
}
