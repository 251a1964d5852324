package dap

import (
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	godap "github.com/google/go-dap"

	"github.com/monty-tools/monty-tools/interp"
)

// setBreakpoints replaces the breakpoints of the program's file. A
// breakpoint on a line without a statement moves to the next statement's
// line; past the last statement it is not verified.
func (s *Session) setBreakpoints(r *godap.SetBreakpointsRequest) {
	s.mu.Lock()
	l := s.launched
	s.mu.Unlock()
	src := r.Arguments.Source
	var lines []int
	ours := l != nil && l.prog != nil && samePath(abs(l.dir, src.Path), l.prep.Path)
	if ours {
		lines = l.prog.StatementLines()
	}
	want := r.Arguments.Breakpoints
	if len(want) == 0 {
		for _, n := range r.Arguments.Lines {
			want = append(want, godap.SourceBreakpoint{Line: n})
		}
	}
	out := make([]godap.Breakpoint, 0, len(want))
	bps := map[int]*breakpoint{}
	s.mu.Lock()
	for _, b := range want {
		s.bpID++
		res := godap.Breakpoint{Id: s.bpID, Line: b.Line, Source: &src}
		switch {
		case !ours && l == nil:
			res.Message = "the program is not launched yet"
		case !ours:
			res.Message = "not the launched program's file"
		default:
			line, ok := nextLine(lines, b.Line)
			msg := ""
			if b.HitCondition != "" {
				msg = hitConditionError(b.HitCondition)
			}
			switch {
			case !ok:
				res.Message = "no statement at or after this line"
			case msg != "":
				res.Message = msg
			default:
				res.Verified, res.Line = true, line
				bps[line] = &breakpoint{id: s.bpID, line: line, condition: b.Condition, hitCond: b.HitCondition, logMsg: b.LogMessage}
			}
		}
		out = append(out, res)
	}
	if ours {
		s.bps = bps
	}
	s.mu.Unlock()
	s.send(&godap.SetBreakpointsResponse{Response: response(r), Body: godap.SetBreakpointsResponseBody{Breakpoints: out}})
}

// nextLine is the first statement line at or after line.
func nextLine(lines []int, line int) (int, bool) {
	i := sort.SearchInts(lines, line)
	if i == len(lines) {
		return 0, false
	}
	return lines[i], true
}

// samePath compares two file paths after cleaning them.
func samePath(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}

// setExceptionBreakpoints turns the stop on uncaught exceptions on or off.
func (s *Session) setExceptionBreakpoints(r *godap.SetExceptionBreakpointsRequest) {
	on := false
	for _, f := range r.Arguments.Filters {
		if f == "uncaught" {
			on = true
		}
	}
	s.mu.Lock()
	s.uncaught = on
	s.mu.Unlock()
	s.send(&godap.SetExceptionBreakpointsResponse{Response: response(r)})
}

// ref is what a variablesReference stands for.
type ref struct {
	frame int          // frame index for locals
	kind  string       // "locals", "globals", "external" or "value"
	value interp.Value // for "value"
	expr  string       // for "value": an expression for it in the frame, or ""
}

// addRef registers a reference at the current stop.
func (st *stop) addRef(r ref) int {
	st.refs = append(st.refs, r)
	return len(st.refs)
}

// getRef looks a reference up.
func (st *stop) getRef(n int) (ref, bool) {
	if n < 1 || n > len(st.refs) {
		return ref{}, false
	}
	return st.refs[n-1], true
}

// stackTrace lists the frames, innermost first; frame ids are index+1.
func (s *Session) stackTrace(r *godap.StackTraceRequest) {
	var frames []godap.StackFrame
	ok := s.onProgram(func(p *interp.Paused, _ *stop) {
		for i, f := range p.Stack() {
			frames = append(frames, godap.StackFrame{
				Id: i + 1, Name: f.Function, Line: f.Line, Column: f.Col, EndLine: f.EndLine, EndColumn: f.EndCol,
				Source: &godap.Source{Name: filepath.Base(f.File), Path: f.File},
			})
		}
	})
	if !ok {
		s.fail(r, "the program is not stopped")
		return
	}
	total := len(frames)
	if a := r.Arguments; a.StartFrame > 0 || a.Levels > 0 {
		start := min(a.StartFrame, total)
		end := total
		if a.Levels > 0 {
			end = min(start+a.Levels, total)
		}
		frames = frames[start:end]
	}
	s.send(&godap.StackTraceResponse{Response: response(r), Body: godap.StackTraceResponseBody{StackFrames: frames, TotalFrames: total}})
}

// scopes lists a frame's scopes: Locals, Globals and, at an external
// call's stop, the call.
func (s *Session) scopes(r *godap.ScopesRequest) {
	var out []godap.Scope
	ok := s.atStop(r, "the program is not stopped", func(p *interp.Paused, st *stop) error {
		i := r.Arguments.FrameId - 1
		if i < 0 || i >= len(p.Stack()) {
			return fmt.Errorf("no frame %d", r.Arguments.FrameId)
		}
		if st.ext != nil && i == 0 {
			out = append(out, godap.Scope{Name: "External call", PresentationHint: "arguments", VariablesReference: st.addRef(ref{kind: "external"}), NamedVariables: 4})
		}
		out = append(out, godap.Scope{Name: "Locals", PresentationHint: "locals", VariablesReference: st.addRef(ref{frame: i, kind: "locals"})})
		out = append(out, godap.Scope{Name: "Globals", VariablesReference: st.addRef(ref{kind: "globals"})})
		return nil
	})
	if ok {
		s.send(&godap.ScopesResponse{Response: response(r), Body: godap.ScopesResponseBody{Scopes: out}})
	}
}

// variables lists the variables behind a reference.
func (s *Session) variables(r *godap.VariablesRequest) {
	out := []godap.Variable{}
	ok := s.atStop(r, "the program is not stopped", func(p *interp.Paused, st *stop) error {
		rf, found := st.getRef(r.Arguments.VariablesReference)
		if !found {
			return fmt.Errorf("no variables reference %d", r.Arguments.VariablesReference)
		}
		vars, err := varsOf(p, st, rf)
		if err != nil {
			return err
		}
		for _, v := range vars {
			out = append(out, s.variable(p, st, v.Name, v.Value, childExpr(rf, v.Name)))
		}
		return nil
	})
	if ok {
		s.send(&godap.VariablesResponse{Response: response(r), Body: godap.VariablesResponseBody{Variables: out}})
	}
}

// varsOf lists the named values behind a reference.
func varsOf(p *interp.Paused, st *stop, rf ref) ([]interp.Var, error) {
	switch rf.kind {
	case "locals":
		return p.Locals(rf.frame)
	case "globals":
		return p.Globals(), nil
	case "external":
		return externalVars(st.ext), nil
	}
	return interp.Children(rf.value), nil
}

// externalVars shows an external call: the function, its arguments and
// the answer, or the exception it raises.
func externalVars(e *extStop) []interp.Var {
	kw := interp.NewDict()
	for _, k := range e.call.Kwargs {
		kw.Set(interp.Str(k.Name), k.Value)
	}
	vars := []interp.Var{
		{Name: "function", Value: interp.Str(e.call.Name)},
		{Name: "args", Value: interp.Tuple(e.call.Args)},
		{Name: "kwargs", Value: kw},
	}
	if e.err != nil {
		if exc, ok := e.err.(*interp.ExcValue); ok {
			return append(vars, interp.Var{Name: "raises", Value: exc})
		}
	}
	return append(vars, interp.Var{Name: "result", Value: e.result})
}

// variable renders one value, with a reference when it has parts; expr,
// when known, is an expression that reads it ("Add to Watch" uses it).
func (s *Session) variable(p *interp.Paused, st *stop, name string, v interp.Value, expr string) godap.Variable {
	out := godap.Variable{Name: name, Value: p.Repr(v), Type: interp.TypeName(v), EvaluateName: expr}
	if interp.HasChildren(v) {
		out.VariablesReference = st.addRef(ref{kind: "value", value: v, expr: expr})
		n := len(interp.Children(v))
		switch v.(type) {
		case *interp.List, interp.Tuple, *interp.Set:
			out.IndexedVariables = n
		default:
			out.NamedVariables = n
		}
	}
	return out
}

// setVariable changes a variable: the answer of the external call being
// shown ("result"), a local or global, a list item, a dict value or an
// attribute. The new value is a Python expression evaluated in the
// innermost frame.
func (s *Session) setVariable(r *godap.SetVariableRequest) {
	a := r.Arguments
	var resp godap.SetVariableResponseBody
	ok := s.atStop(r, "the program is not stopped", func(p *interp.Paused, st *stop) error {
		rf, found := st.getRef(a.VariablesReference)
		if !found {
			return fmt.Errorf("no variables reference %d", a.VariablesReference)
		}
		frame := 0
		if rf.kind == "locals" {
			frame = rf.frame
		}
		v, err := p.Eval(frame, a.Value)
		if err != nil {
			return fmt.Errorf("%s: %v", a.Value, err)
		}
		switch rf.kind {
		case "external":
			if a.Name != "result" && a.Name != "raises" {
				return errors.New("only the call's result can be changed")
			}
			st.ext.result, st.ext.err = v, nil
		case "locals":
			err = p.SetVar(rf.frame, a.Name, v)
		case "globals":
			err = p.SetVar(len(p.Stack())-1, a.Name, v)
		default:
			err = interp.SetChild(rf.value, a.Name, v)
		}
		if err != nil {
			return err
		}
		nv := s.variable(p, st, a.Name, v, "")
		resp = godap.SetVariableResponseBody{Value: nv.Value, Type: nv.Type, VariablesReference: nv.VariablesReference}
		return nil
	})
	if ok {
		s.send(&godap.SetVariableResponse{Response: response(r), Body: resp})
	}
}

// evaluate evaluates an expression in a frame (the innermost without a
// frame id), for watches, hovers and the debug console.
func (s *Session) evaluate(r *godap.EvaluateRequest) {
	a := r.Arguments
	var body godap.EvaluateResponseBody
	ok := s.atStop(r, "evaluate: the program is not stopped", func(p *interp.Paused, st *stop) error {
		frame := 0
		if a.FrameId > 0 {
			frame = a.FrameId - 1
		}
		v, err := p.Eval(frame, a.Expression)
		if err != nil {
			return errors.New(strings.TrimSpace(err.Error()))
		}
		nv := s.variable(p, st, "", v, a.Expression)
		body = godap.EvaluateResponseBody{Result: nv.Value, Type: nv.Type, VariablesReference: nv.VariablesReference,
			NamedVariables: nv.NamedVariables, IndexedVariables: nv.IndexedVariables}
		return nil
	})
	if ok {
		s.send(&godap.EvaluateResponse{Response: response(r), Body: body})
	}
}

// atStop runs fn on the program goroutine at the current stop. When the
// program is not stopped it answers r with notStopped, and when fn fails
// with fn's error; it reports whether the caller is to send the response.
func (s *Session) atStop(r godap.RequestMessage, notStopped string, fn func(p *interp.Paused, st *stop) error) bool {
	var err error
	if !s.onProgram(func(p *interp.Paused, st *stop) { err = fn(p, st) }) {
		s.fail(r, "%s", notStopped)
		return false
	}
	if err != nil {
		s.fail(r, "%s", err)
		return false
	}
	return true
}

// exceptionInfo describes the exception of an "exception" stop.
func (s *Session) exceptionInfo(r *godap.ExceptionInfoRequest) {
	s.mu.Lock()
	st := s.stopped
	s.mu.Unlock()
	if st == nil || st.exc == nil {
		s.fail(r, "the program is not stopped at an exception")
		return
	}
	s.send(&godap.ExceptionInfoResponse{Response: response(r), Body: godap.ExceptionInfoResponseBody{
		ExceptionId: st.exc.Class.Name, Description: st.exc.Error(), BreakMode: "unhandled",
	}})
}

// childExpr is an expression for the part name of what rf stands for:
// the variable itself in a scope, an item or attribute of a value whose
// expression is known; "" when there is none (a set's items, the parts
// of an external call).
func childExpr(rf ref, name string) string {
	switch rf.kind {
	case "locals", "globals":
		return name
	case "value":
		if rf.expr == "" {
			return ""
		}
		switch rf.value.(type) {
		case *interp.List, interp.Tuple, *interp.Dict:
			return "(" + rf.expr + ")[" + name + "]"
		case *interp.Instance:
			return "(" + rf.expr + ")." + name
		}
	}
	return ""
}
