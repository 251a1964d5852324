package interp

import (
	"errors"
	"sort"

	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// Debugging. A program compiled with CompileOptions.Debug has an opLine
// instruction before each statement (and at the head of each loop
// iteration); a program compiled without it has none, so the VM pays
// nothing for debugging unless asked. At each opLine the VM calls the
// RunConfig.Debugger, which may block: the program waits, its frames
// intact, while the debugger inspects them through a Paused. External
// calls and exceptions that no handler will catch reach the Debugger too.
//
// Frames within one VM loop are linked by Frame.back, but a builtin that
// calls back into Python (sorted's key, a dunder method) starts a nested
// loop whose base frame has no back link. To show one call stack across
// such nesting, the debugger keeps, per nesting level, the chain of frames
// it saw at that level's latest event, and the depth of the level's base.
// A level's frames that are deeper than the next level's base have
// returned since; the rest are still suspended in their calls.

// Kinds of opLine.
const (
	lineStmt = 0 // the start of a statement
	lineLoop = 1 // the head of a loop, reached again for each iteration
)

// Debugger follows a run of a program compiled with CompileOptions.Debug.
// Its methods are called on the goroutine that runs the program, which
// waits until they return; the Paused they get is valid only until then.
// A non-nil error ends the run with that error (a debugger that was
// disconnected stops the program this way).
type Debugger interface {
	// Line is called before each statement runs, and at the head of each
	// loop iteration.
	Line(p *Paused) error
	// Exception is called when an exception is raised that no frame of
	// the program will handle, before its frames unwind.
	Exception(p *Paused, exc *ExcValue) error
	// External is called for each external call that RunConfig.Externals
	// answers, in its place; it receives that function as next.
	External(p *Paused, call *ExternalCall, next ExternalFunc) (Value, error)
}

// ExternalCall is one call of an external function.
type ExternalCall struct {
	Name   string
	Args   []Value
	Kwargs []KeywordArg
}

// ErrDebuggerDetached can be returned by a Debugger to end a run.
var ErrDebuggerDetached = errors.New("interp: debugger detached")

// debugger is the VM's side of a Debugger: the per-level frame chains.
type debugger struct {
	t      *vm
	d      Debugger
	levels []dlevel
	busy   int // > 0 while the debugger evaluates: no events then
	last   dlast
	paused Paused
}

// dlevel is one nesting level of VM loops: the depth of its base frame
// and the frames (innermost first) at its latest event.
type dlevel struct {
	baseDepth int
	frames    []dframe
}

// dframe is a frame and the instruction it is at.
type dframe struct {
	f  *Frame
	pc int
}

// dlast identifies the latest line event, so that the first loop-head
// event right after its statement's own event is not a second stop.
type dlast struct {
	f     *Frame
	depth int
	start int32
}

// debugLine emits a line event for n in a debug compile.
func (fc *fcomp) debugLine(n syntax.Node, kind int) {
	if !fc.c.debug {
		return
	}
	old, oldMark := fc.at(n, false)
	fc.emit(opLine, kind)
	fc.restore(old, oldMark)
}

// attachDebugger sets up debugging for a run; d may be nil.
func (t *vm) attachDebugger(d Debugger) {
	if d == nil {
		return
	}
	g := &debugger{t: t, d: d}
	t.dbg = g
	next := t.ext
	if next == nil {
		next = func(name string, _ []Value, _ []KeywordArg) (Value, error) {
			return nil, newExc(excNameError, "name '%s' is not defined", name)
		}
	}
	t.ext = func(name string, args []Value, kw []KeywordArg) (Value, error) {
		if g.busy > 0 {
			return nil, newExc(excRuntimeError, "the debugger does not call external functions")
		}
		return d.External(g.pause(nil, 0, lineStmt), &ExternalCall{Name: name, Args: args, Kwargs: kw}, next)
	}
}

// line handles an opLine: record the stack, then tell the Debugger.
func (g *debugger) line(f *Frame, pc, kind int) error {
	if g == nil || g.busy > 0 {
		return nil
	}
	g.record(f, pc)
	start := f.code.pos[pc].start
	last := g.last
	g.last = dlast{f: f, depth: g.t.depth, start: start}
	if kind == lineLoop && last == g.last {
		return nil
	}
	return g.d.Line(g.pause(f, pc, kind))
}

// raised handles an exception about to unwind from f: when no frame
// handles it, the Debugger hears of it first.
func (g *debugger) raised(f *Frame, pc int, err error) error {
	exc, _ := asExc(err)
	if g.busy > 0 || exc == nil || exc.uncatchable {
		return err
	}
	g.record(f, pc-1)
	for i := range g.levels {
		if g.levels[i].baseDepth != 1 {
			// Inside a builtin's callback, which may catch it
			// (StopIteration ends a loop): wait for the outer level.
			return err
		}
		for _, fr := range g.levels[i].frames {
			if len(fr.f.blocks) > 0 {
				return err
			}
		}
	}
	if e := g.d.Exception(g.pause(f, pc-1, lineStmt), exc); e != nil {
		return e
	}
	return err
}

// record notes the chain of frames from f (at pc) to its level's base.
func (g *debugger) record(f *Frame, pc int) {
	depth := g.t.depth
	if k := len(g.levels); k > 0 {
		// Another statement of the frame of the latest event: the chain
		// above it is unchanged.
		top := &g.levels[k-1]
		if len(top.frames) > 0 && top.frames[0].f == f && top.baseDepth+len(top.frames)-1 == depth {
			top.frames[0].pc = pc
			return
		}
	}
	n := 0
	for fr := f; fr != nil; fr = fr.back {
		n++
		if fr.base {
			break
		}
	}
	base := depth - n + 1
	k := len(g.levels)
	for k > 0 && g.levels[k-1].baseDepth >= base {
		k--
	}
	var frames []dframe
	if k < cap(g.levels) {
		frames = g.levels[:k+1][k].frames[:0]
	}
	g.levels = g.levels[:k]
	for fr := f; fr != nil; fr = fr.back {
		frames = append(frames, dframe{fr, fr.pc - 1})
		if fr.base {
			break
		}
	}
	frames[0].pc = pc
	g.levels = append(g.levels, dlevel{baseDepth: base, frames: frames})
}

// stack returns the frames live at depth, innermost first.
func (g *debugger) stack(depth int) []dframe {
	var out []dframe
	for i := len(g.levels) - 1; i >= 0; i-- {
		lv := g.levels[i]
		if lv.baseDepth > depth {
			continue
		}
		top := lv.baseDepth + len(lv.frames) - 1
		skip := 0
		if top > depth {
			skip = top - depth
		}
		if skip < len(lv.frames) {
			out = append(out, lv.frames[skip:]...)
		}
		depth = lv.baseDepth - 1
	}
	return out
}

// pause makes the Paused of an event at f's pc; f is nil for an external
// call, whose stack is what the latest events recorded at the current
// depth. The stack itself is built when asked for.
func (g *debugger) pause(f *Frame, pc, kind int) *Paused {
	// What the program printed so far is shown before it stops.
	g.t.flush()
	// One Paused serves every event: it is valid only during one call.
	g.paused = Paused{g: g, depth: g.t.depth, loop: kind == lineLoop, cur: f, pc: pc, frames: g.paused.frames[:0]}
	return &g.paused
}

// position is the source position of a frame's instruction.
func (p *Program) position(code *Code, pc int) (start, end source.Pos) {
	if pc < 0 || pc >= len(code.pos) {
		return source.Pos{}, source.Pos{}
	}
	pi := code.pos[pc]
	return p.lines().Pos(p.src, source.Offset(pi.start)), p.lines().Pos(p.src, source.Offset(pi.end))
}

// StatementLines lists, in order and once each, the lines where a program
// compiled with CompileOptions.Debug has line events: the lines a
// breakpoint can stop at. It is empty for other programs.
func (p *Program) StatementLines() []int {
	seen := map[int]bool{}
	var walk func(c *Code)
	walk = func(c *Code) {
		for pc, ins := range c.instrs {
			if opcode(ins&0xff) == opLine {
				start, _ := p.position(c, pc)
				seen[start.Line] = true
			}
		}
		for _, k := range c.consts {
			switch x := k.(type) {
			case *funcInfo:
				walk(x.code)
			case *classInfo:
				walk(x.body)
			}
		}
	}
	walk(p.code)
	lines := make([]int, 0, len(seen))
	for l := range seen {
		lines = append(lines, l)
	}
	sort.Ints(lines)
	return lines
}
