package interp

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"sync"
)

// Func is the Go side of an external function. It receives the
// arguments of the program's call (positional, then keyword in call
// order) and returns the call's value. Returning an error made with
// NewException raises that exception in the program, where try/except can
// catch it; any other error ends the run and is returned to the host.
// ctx is cancelled when the run ends.
type Func func(ctx context.Context, args []Value, kwargs []KeywordArg) (Value, error)

// HostFunc is an external function as a host registers it. A call to an
// Async function returns a coroutine at once and runs Call on its own
// goroutine; the program gets the result when it awaits the coroutine
// (directly or through asyncio.gather), so calls made before an await run
// concurrently. A HostFunc with a nil Call has no Go implementation: a
// run made with Program.Start pauses at each of its calls for the host to
// answer (Run reports the call as an error). A call the program never
// awaits still runs (Run waits for it before returning) but its result,
// or its pause for the host, never comes.
type HostFunc struct {
	Call  Func
	Async bool
}

// Sync registers fn as a plain external function.
func Sync(fn Func) HostFunc { return HostFunc{Call: fn} }

// Async registers fn as an async external function (see HostFunc).
func Async(fn Func) HostFunc { return HostFunc{Call: fn, Async: true} }

// Funcs maps the names a program calls to host functions
// (RunConfig.Funcs). Declare the same names when compiling
// (CompileOptions.Externals: Names()).
type Funcs map[string]HostFunc

// Names returns the registered names, sorted.
func (fs Funcs) Names() []string {
	names := make([]string, 0, len(fs))
	for n := range fs {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Call is one call of the program to an external function, as a paused
// run reports it. ID numbers the run's external calls from 1 in the order
// the program makes them.
type Call struct {
	ID       int64
	Function string
	Args     []Value
	Kwargs   []KeywordArg
}

// hostRun is the host side of one run that uses Funcs or runs step by
// step. It lives in the goroutine that runs the program, except the async
// calls, which own their future until they close its done channel.
type hostRun struct {
	ctx    context.Context // cancelled when the run ends
	cancel context.CancelFunc
	funcs  Funcs
	async  map[string]bool // names whose calls return futures
	wg     sync.WaitGroup  // async calls still running
	nextID int64
	step   *stepRun // nil for Program.Run
	// task is the asyncio.gather task that has the turn (embed_gather.go).
	task *gatherTask
}

// future is the result of one async external call: computed by a
// goroutine (done != nil) or answered by the host of a paused run.
type future struct {
	call     Call
	done     chan struct{} // closed by the goroutine when val and err are set
	answered bool          // the value is known (host answers, replays)
	recorded bool          // the result is in the step run's log
	val      Value
	err      error
}

// attachHost gives t a hostRun when the configuration needs one, and
// returns what to call when the run ends (nil when there is none). The
// plain ExternalFunc path stays as it was.
func (t *vm) attachHost(ctx context.Context, cfg *RunConfig) func() {
	if cfg.Funcs == nil && cfg.step == nil {
		return nil
	}
	if ctx == nil {
		ctx = context.Background()
	}
	h := &hostRun{funcs: cfg.Funcs, async: map[string]bool{}, step: cfg.step}
	h.ctx, h.cancel = context.WithCancel(ctx)
	for n, f := range cfg.Funcs {
		if f.Async {
			h.async[n] = true
		}
	}
	if h.step != nil {
		h.step.attach(h, t, cfg)
	}
	t.host = h
	return h.end
}

// end cancels the context of async calls still running and waits for
// them, so that no goroutine the run started outlives it.
func (h *hostRun) end() {
	h.cancel()
	h.wg.Wait()
}

// call makes the program's call to the external function name.
func (h *hostRun) call(t *vm, name string, args []Value, kw []KeywordArg) (Value, error) {
	h.nextID++
	async := h.async[name]
	c := Call{ID: h.nextID, Function: name, Args: append([]Value(nil), args...), Kwargs: kw}
	if async {
		// The program may change its lists before the call is answered.
		c.Args, c.Kwargs = copyArgs(c.Args, c.Kwargs)
	}
	if h.step != nil {
		if v, err, done := h.step.replayCall(c, async); done {
			return v, err
		}
	}
	hf, ok := h.funcs[name]
	switch {
	case ok && hf.Call != nil && !h.step.replaying():
		if async {
			return h.startAsync(c, hf.Call), nil
		}
		v, err := h.callSync(hf.Call, c)
		if h.step != nil {
			h.step.record(c.ID, v, err)
		}
		return v, err
	case h.step != nil && async:
		return h.step.deferCall(c), nil
	case h.step != nil:
		return h.step.pauseCall(t, c)
	case ok:
		return nil, fmt.Errorf("external function %s has no Go implementation: run it with Program.Start", name)
	case t.ext != nil:
		return t.ext(name, c.Args, kw) // RunConfig.Externals, as a Debugger may wrap it
	}
	return nil, newExc(excNameError, "name '%s' is not defined", name)
}

// callSync runs a sync host function, turning a panic into an error.
func (h *hostRun) callSync(fn Func, c Call) (v Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			v, err = nil, fmt.Errorf("external function %s panicked: %v", c.Function, r)
		}
	}()
	v, err = fn(h.ctx, c.Args, c.Kwargs)
	return fromHost(c.Function, v, err)
}

// startAsync runs an async host function on its own goroutine.
func (h *hostRun) startAsync(c Call, fn Func) *Coroutine {
	fu := &future{call: c, done: make(chan struct{})}
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		defer close(fu.done)
		fu.val, fu.err = h.callSync(fn, c)
	}()
	if h.step != nil {
		h.step.inflight = append(h.step.inflight, fu)
	}
	return &Coroutine{name: c.Function, fut: fu}
}

// await gives the program the result of an async external call, waiting
// for its goroutine or pausing the run for the host.
func (h *hostRun) await(t *vm, fu *future) (Value, error) {
	if tk := h.task; tk != nil {
		// Inside a gathered coroutine: let the others run first.
		if err := tk.suspend(fu); err != nil {
			return nil, err
		}
	}
	if fu.done != nil {
		select {
		case <-fu.done:
		case <-h.ctx.Done():
			return nil, h.ctx.Err()
		}
		if h.step != nil && !fu.recorded {
			fu.recorded = true
			h.step.record(fu.call.ID, fu.val, fu.err)
		}
		return fu.val, cloneErr(fu.err)
	}
	if !fu.answered {
		if err := h.step.awaitHost(t, fu); err != nil {
			return nil, err
		}
	}
	return fu.val, cloneErr(fu.err)
}

// fromHost checks what a host function returned: a nil Value is None,
// plain Go data (int, string, []any ...) is converted, an exception gets
// its own copy (a host may return the same one from concurrent runs), and
// any other error ends the run.
func fromHost(name string, v Value, err error) (Value, error) {
	if err != nil {
		if e := hostExc(err); e != nil {
			return nil, e
		}
		return nil, fmt.Errorf("external function %s: %w", name, err)
	}
	switch x := v.(type) {
	case nil:
		return None, nil
	case int, int64, int32, float64, float32, string, bool, []any, map[string]any:
		return FromGo(x)
	case *big.Int:
		return normBig(x), nil
	}
	return v, nil
}

// hostExc returns a fresh copy of the Python exception err carries, or
// nil when err is not one.
func hostExc(err error) *ExcValue {
	switch e := err.(type) {
	case *ExcValue:
		return &ExcValue{Class: e.Class, Args: append([]Value(nil), e.Args...), uncatchable: e.uncatchable}
	case *Exception:
		return hostExc(e.exc)
	}
	return nil
}

// cloneErr copies an exception before it is raised again (raising records
// a traceback in the exception object).
func cloneErr(err error) error {
	if e := hostExc(err); e != nil {
		return e
	}
	return err
}

// copyArgs deep-copies the lists, dicts and sets in a call's arguments,
// for a host function that runs while the program goes on.
func copyArgs(args []Value, kw []KeywordArg) ([]Value, []KeywordArg) {
	seen := map[any]Value{}
	a := make([]Value, len(args))
	for i, v := range args {
		a[i] = copyData(v, seen)
	}
	var k []KeywordArg
	if kw != nil {
		k = make([]KeywordArg, len(kw))
		for i, x := range kw {
			k[i] = KeywordArg{Name: x.Name, Value: copyData(x.Value, seen)}
		}
	}
	return a, k
}

// copyData copies mutable containers (keeping shared and cyclic ones
// shared); other values are returned as they are.
func copyData(v Value, seen map[any]Value) Value {
	switch x := v.(type) {
	case *List:
		if c, ok := seen[x]; ok {
			return c
		}
		l := &List{deque: x.deque, maxlen: x.maxlen, Items: make([]Value, len(x.Items))}
		seen[x] = l
		for i, e := range x.Items {
			l.Items[i] = copyData(e, seen)
		}
		return l
	case Tuple:
		t := make(Tuple, len(x))
		for i, e := range x {
			t[i] = copyData(e, seen)
		}
		return t
	case *Dict:
		if c, ok := seen[x]; ok {
			return c
		}
		d := NewDict()
		d.kind, d.factory = x.kind, x.factory
		seen[x] = d
		for _, e := range x.entries {
			if !e.dead {
				d.setHashed(e.key, copyData(e.val, seen), e.hash)
			}
		}
		return d
	case *Set:
		if c, ok := seen[x]; ok {
			return c
		}
		s := x.copySet(x.frozen)
		seen[x] = s
		return s
	}
	return v
}
