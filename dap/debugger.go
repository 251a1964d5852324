package dap

import (
	"fmt"
	"strconv"
	"strings"

	godap "github.com/google/go-dap"

	"github.com/monty-tools/monty-tools/interp"
)

// stepMode is what the program does until its next stop.
type stepMode int

const (
	stepNone  stepMode = iota // run to a breakpoint
	stepEntry                 // stop at the first statement
	stepIn                    // stop at the next statement anywhere
	stepOver                  // stop at the next statement at this depth or above
	stepOut                   // stop at the next statement above this depth
)

// stop is the state of a stopped program that requests refer to.
type stop struct {
	reason string
	text   string
	exc    *interp.ExcValue // the exception, at an "exception" stop
	ext    *extStop         // the call, at an "external call" stop
	refs   []ref            // variablesReference n is refs[n-1]
}

// extStop is an external call waiting for its answer.
type extStop struct {
	call   *interp.ExternalCall
	result interp.Value
	err    error // the exception the call raises, instead of result
}

// debugger is the session's interp.Debugger; its methods run on the
// program goroutine.
type debugger struct {
	s *Session
	l *launch
}

// Line decides whether the program stops before this statement.
func (d *debugger) Line(p *interp.Paused) error {
	s := d.s
	select {
	case <-s.quit:
		return interp.ErrDebuggerDetached
	default:
	}
	line := p.Line()
	s.mu.Lock()
	mode, depth, bp := s.mode, s.modeDepth, s.bps[line]
	s.mu.Unlock()
	reason, text := "", ""
	var hit []int
	switch {
	case mode == stepEntry:
		reason = "entry"
	case s.pauseReq.Swap(false):
		reason = "pause"
	}
	if reason == "" && bp != nil {
		if ok, msg := d.breakpointHit(p, bp); ok {
			reason, text, hit = "breakpoint", msg, []int{bp.id}
		}
	}
	if reason == "" {
		switch {
		case mode == stepIn,
			mode == stepOver && p.Depth() <= depth,
			mode == stepOut && p.Depth() < depth:
			reason = "step"
		}
	}
	if reason == "" {
		return nil
	}
	return s.stopAt(p, &stop{reason: reason, text: text}, hit)
}

// Exception stops at an exception nothing will catch, when asked to.
func (d *debugger) Exception(p *interp.Paused, exc *interp.ExcValue) error {
	s := d.s
	s.mu.Lock()
	on := s.uncaught
	s.mu.Unlock()
	if !on {
		return nil
	}
	return s.stopAt(p, &stop{reason: "exception", text: exc.Error(), exc: exc}, nil)
}

// External answers an external call from the run's mocks (or host) and,
// with stopOnExternalCall, stops so that the answer can be seen and
// changed before the program gets it.
func (d *debugger) External(p *interp.Paused, call *interp.ExternalCall, next interp.ExternalFunc) (interp.Value, error) {
	v, err := next(call.Name, call.Args, call.Kwargs)
	if !d.l.stopOnExt {
		return v, err
	}
	if _, isExc := err.(*interp.ExcValue); err != nil && !isExc {
		return v, err // the host failed: nothing to show or change
	}
	es := &extStop{call: call, result: v, err: err}
	st := &stop{reason: "external call", text: "external call " + call.Name + "()", ext: es}
	if serr := d.s.stopAt(p, st, nil); serr != nil {
		return nil, serr
	}
	return es.result, es.err
}

// stopAt reports a stop and serves requests on this goroutine until the
// client resumes the program (nil) or ends the session (an error).
func (s *Session) stopAt(p *interp.Paused, st *stop, hit []int) error {
	s.mu.Lock()
	s.stopped = st
	s.mu.Unlock()
	body := godap.StoppedEventBody{Reason: st.reason, ThreadId: threadID, AllThreadsStopped: true, HitBreakpointIds: hit}
	switch {
	case st.ext != nil:
		body.Description = "Paused at external call " + st.ext.call.Name
		body.Text = st.text
	case st.exc != nil:
		body.Description = "Paused on " + st.exc.Class.Name
		body.Text = st.text
	case st.text != "":
		body.Text = st.text
	}
	s.send(&godap.StoppedEvent{Event: event("stopped"), Body: body})
	for {
		select {
		case c := <-s.cmds:
			c.fn(p)
			close(c.done)
		case m := <-s.resume:
			s.mu.Lock()
			s.stopped = nil
			s.mode, s.modeDepth = m, p.Depth()
			s.mu.Unlock()
			s.pauseReq.Store(false)
			return nil
		case <-s.quit:
			s.mu.Lock()
			s.stopped = nil
			s.mu.Unlock()
			return interp.ErrDebuggerDetached
		}
	}
}

// resumeWith answers a continue or step request and resumes the program.
func (s *Session) resumeWith(r godap.RequestMessage, resp godap.Message, m stepMode) {
	s.mu.Lock()
	stopped := s.stopped != nil
	s.mu.Unlock()
	if !stopped {
		s.fail(r, "the program is not stopped")
		return
	}
	s.send(resp)
	select {
	case s.resume <- m:
	case <-s.done:
	}
}

// onProgram runs fn on the program goroutine at the current stop and
// waits for it; false when the program is not stopped.
func (s *Session) onProgram(fn func(p *interp.Paused, st *stop)) bool {
	s.mu.Lock()
	st := s.stopped
	s.mu.Unlock()
	if st == nil {
		return false
	}
	c := cmd{fn: func(p *interp.Paused) { fn(p, st) }, done: make(chan struct{})}
	select {
	case s.cmds <- c:
		<-c.done
		return true
	case <-s.done:
		return false
	}
}

// breakpoint is a line breakpoint with its condition, hit condition and
// log message.
type breakpoint struct {
	id        int
	line      int
	condition string
	hitCond   string
	logMsg    string
	hits      int
}

// breakpointHit evaluates a breakpoint's condition and hit condition; a
// logpoint prints its message and never stops. A condition that fails to
// evaluate stops, saying why.
func (d *debugger) breakpointHit(p *interp.Paused, bp *breakpoint) (bool, string) {
	if bp.condition != "" {
		v, err := p.Eval(0, bp.condition)
		if err != nil {
			return true, fmt.Sprintf("breakpoint condition %q failed: %v", bp.condition, err)
		}
		if !interp.Truth(v) {
			return false, ""
		}
	}
	d.s.mu.Lock()
	bp.hits++
	hits := bp.hits
	d.s.mu.Unlock()
	if bp.hitCond != "" && !hitMatches(bp.hitCond, hits) {
		return false, ""
	}
	if bp.logMsg != "" {
		d.s.output("console", interpolate(p, bp.logMsg)+"\n")
		return false, ""
	}
	return true, ""
}

// hitMatches reads a hit condition: "N" or "== N" (the Nth hit), ">= N",
// "> N", "% N" (every Nth hit).
func hitMatches(cond string, hits int) bool {
	c := strings.TrimSpace(cond)
	op := "=="
	for _, o := range []string{"==", ">=", ">", "%"} {
		if strings.HasPrefix(c, o) {
			op, c = o, strings.TrimSpace(c[len(o):])
			break
		}
	}
	n, err := strconv.Atoi(c)
	if err != nil {
		return true
	}
	switch op {
	case ">=":
		return hits >= n
	case ">":
		return hits > n
	case "%":
		return n > 0 && hits%n == 0
	}
	return hits == n
}

// hitConditionError checks a hit condition when it is set.
func hitConditionError(cond string) string {
	c := strings.TrimSpace(cond)
	for _, o := range []string{"==", ">=", ">", "%"} {
		c = strings.TrimSpace(strings.TrimPrefix(c, o))
	}
	if _, err := strconv.Atoi(c); err != nil {
		return fmt.Sprintf("hit condition %q: want N, == N, >= N, > N or %% N", cond)
	}
	return ""
}

// interpolate replaces each {expression} of a log message with its value.
func interpolate(p *interp.Paused, msg string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(msg, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(msg[i:], '}')
		if j < 0 {
			break
		}
		b.WriteString(msg[:i])
		expr := msg[i+1 : i+j]
		if v, err := p.Eval(0, expr); err != nil {
			b.WriteString("<" + err.Error() + ">")
		} else if str, ok := v.(interp.Str); ok {
			b.WriteString(string(str))
		} else {
			b.WriteString(p.Repr(v))
		}
		msg = msg[i+j+1:]
	}
	b.WriteString(msg)
	return b.String()
}
