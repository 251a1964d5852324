package interp

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
)

// ErrSnapshotUsed is returned when a snapshot is resumed (or serialised)
// after it was already resumed or closed: each pause is answered once.
var ErrSnapshotUsed = errors.New("interp: snapshot already resumed or closed")

// errAbandoned ends a run whose snapshot was closed. It is a Go error, not
// a Python exception, so no except or finally clause of the program runs.
var errAbandoned = errors.New("interp: run abandoned")

// Result answers one pending call: its value, or Err raised in the
// program (see Func for which errors the program can catch).
type Result struct {
	Value Value
	Err   error
}

// Snapshot is a run paused at external calls, waiting for the host to
// answer them.
//
// A plain external call pauses the run with that one call. A call to a
// function registered as Async in RunConfig.Funcs with no Go
// implementation returns a coroutine at once; the run pauses when the
// program awaits one whose result is not known yet, with every such call
// still unanswered. So `await asyncio.gather(f(1), f(2), f(3))` pauses
// once with three calls, also when coroutines of the program make them
// (they take turns at each await). The host may answer them in any
// order, some or all at a time: the run goes on once the awaited one has
// its answer. A step-by-step run keeps every answer (encoded) for
// MarshalBinary, so its memory grows with the data the host passes in.
//
// The paused program runs on a goroutine that waits for the answer, so a
// pause may happen anywhere, also inside a builtin calling back into
// Python (sorted's key, a dunder method). A snapshot is answered once:
// Resume, ResumeError or ResumeCalls continues the run to its next pause
// (a new Snapshot) or its end (its result or error); Close abandons it.
// A snapshot that becomes unreachable without either is closed by the
// garbage collector, so an abandoned run never leaks its goroutine.
// MarshalBinary turns the snapshot into bytes that LoadSnapshot resumes,
// in this process or another one (see LoadSnapshot for how). Use a
// snapshot from one goroutine at a time.
type Snapshot struct {
	run   *stepRun
	calls []Call
	// awaiting is the plain call the run waits for; 0 when it waits for
	// any of the async calls.
	awaiting int64
	tok      *pauseToken
}

// pauseToken is the part of a Snapshot its cleanup may hold: answering
// the pause and abandoning it are one atomic step.
type pauseToken struct {
	used atomic.Bool
	run  *stepRun
}

// take claims the pause; it reports false when it was already answered.
func (p *pauseToken) take() bool { return p.used.CompareAndSwap(false, true) }

// abandon ends the run unless the pause was answered.
func (p *pauseToken) abandon() {
	if p.take() {
		p.run.abandon()
	}
}

// Calls returns the calls waiting for an answer, in the order the program
// made them.
func (s *Snapshot) Calls() []Call { return append([]Call(nil), s.calls...) }

// Call returns the first call waiting for an answer: for a plain external
// call the only one.
func (s *Snapshot) Call() Call { return s.calls[0] }

// FunctionName is the name of the first pending call's function.
func (s *Snapshot) FunctionName() string { return s.calls[0].Function }

// Resume answers the pending call with v and runs to the next pause or
// the end. It fails when several calls are pending (use ResumeCalls).
func (s *Snapshot) Resume(v Value) (*Snapshot, Value, error) {
	if len(s.calls) != 1 {
		return nil, nil, fmt.Errorf("interp: %d calls are pending; answer them with ResumeCalls", len(s.calls))
	}
	return s.ResumeCalls(map[int64]Result{s.calls[0].ID: {Value: v}})
}

// ResumeError raises err in the program at the pending call (see Func).
func (s *Snapshot) ResumeError(err error) (*Snapshot, Value, error) {
	if len(s.calls) != 1 {
		return nil, nil, fmt.Errorf("interp: %d calls are pending; answer them with ResumeCalls", len(s.calls))
	}
	if err == nil {
		return nil, nil, errors.New("interp: ResumeError needs an error")
	}
	return s.ResumeCalls(map[int64]Result{s.calls[0].ID: {Err: err}})
}

// ResumeCalls answers pending calls by ID, any non-empty subset of them
// (a plain call must be answered), and runs to the next pause or the end.
// Unknown IDs are refused without consuming the snapshot.
func (s *Snapshot) ResumeCalls(results map[int64]Result) (*Snapshot, Value, error) {
	if err := s.check(results); err != nil {
		return nil, nil, err
	}
	if !s.tok.take() {
		return nil, nil, ErrSnapshotUsed
	}
	r := s.run
	select {
	case r.replies <- results:
	case ev := <-r.events:
		// The run ended while paused (its context was cancelled).
		return r.finish(ev)
	}
	return r.next()
}

func (s *Snapshot) check(results map[int64]Result) error {
	if len(results) == 0 {
		return errors.New("interp: no results to resume with")
	}
	for id := range results {
		if !s.pending(id) {
			return fmt.Errorf("interp: call %d is not pending", id)
		}
	}
	if _, ok := results[s.awaiting]; s.awaiting != 0 && !ok {
		return fmt.Errorf("interp: the run waits for call %d, which has no result", s.awaiting)
	}
	return nil
}

func (s *Snapshot) pending(id int64) bool {
	for _, c := range s.calls {
		if c.ID == id {
			return true
		}
	}
	return false
}

// Close abandons the paused run: it ends without running any more of the
// program, and Close returns once its goroutine has. Closing a snapshot
// that was resumed does nothing.
func (s *Snapshot) Close() {
	if s.tok.take() {
		s.run.abandon()
		<-s.run.exited
	}
}

// Start runs the program step by step: it runs until the first external
// call that no Go function in cfg.Funcs implements and returns a Snapshot
// paused there, or, when the program ends first, its result or error
// (exactly as Run returns them). cfg.Externals is not used. Output goes to
// cfg.Stdout as the program prints it, and all of it is written before
// Start or Resume returns.
func (p *Program) Start(ctx context.Context, cfg RunConfig) (*Snapshot, Value, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	st := newStepRun(p, &cfg)
	st.rec.recordInputs(p, cfg.Inputs)
	return st.start(ctx, cfg)
}

// stepRun is one run driven by snapshots. The program's goroutine and the
// host hand control back and forth over events and replies; only one of
// them works at a time, so the fields below are shared without locks.
type stepRun struct {
	prog    *Program
	events  chan event // to the host: a pause, or the end (capacity 1)
	replies chan map[int64]Result
	abortCh chan struct{}
	aborted sync.Once
	exited  chan struct{}

	host     *hostRun
	t        *vm
	pending  []*future // async calls waiting for the host, in call order
	inflight []*future // async calls running on goroutines, not yet logged
	rec      recording // what MarshalBinary saves
	replay   *replayState
	out      *replayWriter
	limits   Limits
}

type event struct {
	calls    []Call
	awaiting int64
	done     bool
	val      Value
	err      error
}

func newStepRun(p *Program, cfg *RunConfig) *stepRun {
	st := &stepRun{
		prog:    p,
		events:  make(chan event, 1),
		replies: make(chan map[int64]Result),
		abortCh: make(chan struct{}),
		exited:  make(chan struct{}),
		limits:  cfg.Limits,
	}
	st.rec.async = map[string]bool{}
	for n, f := range cfg.Funcs {
		if f.Async {
			st.rec.async[n] = true
		}
	}
	return st
}

// start runs the program on its goroutine and waits for its first pause.
func (st *stepRun) start(ctx context.Context, cfg RunConfig) (*Snapshot, Value, error) {
	cfg.step = st
	go func() {
		defer close(st.exited)
		v, err := st.prog.Run(ctx, cfg)
		select {
		case st.events <- event{done: true, val: v, err: err}:
		case <-st.abortCh:
		}
	}()
	return st.next()
}

// attach is called by Run on the program's goroutine.
func (st *stepRun) attach(h *hostRun, t *vm, cfg *RunConfig) {
	st.host, st.t = h, t
	if st.replay != nil {
		h.async = st.rec.async
	}
}

// next waits for the run's next pause or its end.
func (st *stepRun) next() (*Snapshot, Value, error) {
	ev := <-st.events
	if ev.done {
		return st.finish(ev)
	}
	s := &Snapshot{run: st, calls: ev.calls, awaiting: ev.awaiting, tok: &pauseToken{run: st}}
	runtime.AddCleanup(s, func(tok *pauseToken) { tok.abandon() }, s.tok)
	return s, nil, nil
}

func (st *stepRun) finish(ev event) (*Snapshot, Value, error) {
	<-st.exited
	return nil, ev.val, ev.err
}

func (st *stepRun) abandon() { st.aborted.Do(func() { close(st.abortCh) }) }

func (st *stepRun) replaying() bool { return st != nil && st.replay != nil }

// pause hands the pending calls to the host and waits for its answers
// (on the program's goroutine).
func (st *stepRun) pause(calls []Call, awaiting int64) (map[int64]Result, error) {
	st.t.flush()
	if st.replay != nil {
		if err := st.replay.arrive(calls); err != nil {
			return nil, err
		}
		st.replay = nil
		st.out.live = true
	}
	st.events <- event{calls: calls, awaiting: awaiting}
	select {
	case r := <-st.replies:
		return r, nil
	case <-st.abortCh:
		return nil, errAbandoned
	case <-st.host.ctx.Done():
		return nil, st.host.ctx.Err()
	}
}

// pauseCall pauses at a plain external call.
func (st *stepRun) pauseCall(t *vm, c Call) (Value, error) {
	res, err := st.pause([]Call{c}, c.ID)
	if err != nil {
		return nil, err
	}
	r := res[c.ID]
	v, err := fromHost(c.Function, r.Value, r.Err)
	st.record(c.ID, v, err)
	return v, err
}

// deferCall registers an async call the host will answer later.
func (st *stepRun) deferCall(c Call) *Coroutine {
	fu := &future{call: c}
	st.pending = append(st.pending, fu)
	return &Coroutine{name: c.Function, fut: fu}
}

// awaitHost pauses until the host has answered fu, giving it every
// pending call each time.
func (st *stepRun) awaitHost(t *vm, fu *future) error {
	for !fu.answered {
		calls := make([]Call, len(st.pending))
		for i, p := range st.pending {
			calls[i] = p.call
		}
		res, err := st.pause(calls, 0)
		if err != nil {
			return err
		}
		keep := st.pending[:0]
		for _, p := range st.pending {
			r, ok := res[p.call.ID]
			if !ok {
				keep = append(keep, p)
				continue
			}
			p.answered = true
			p.val, p.err = fromHost(p.call.Function, r.Value, r.Err)
			st.record(p.call.ID, p.val, p.err)
		}
		clear(st.pending[len(keep):])
		st.pending = keep
	}
	return nil
}

// record logs the result of call id for MarshalBinary. A Go error (not a
// Python exception) ends the run, so it needs no record.
func (st *stepRun) record(id int64, v Value, err error) {
	if err != nil {
		if e := hostExc(err); e != nil {
			st.rec.result(id, nil, e)
		}
		return
	}
	st.rec.result(id, v, nil)
}

// replayWriter hides what a replayed run prints before it reaches the
// pause it replays to: the host has had that output already.
type replayWriter struct {
	w    io.Writer
	live bool
}

func (r *replayWriter) Write(p []byte) (int, error) {
	if !r.live || r.w == nil {
		return len(p), nil
	}
	return r.w.Write(p)
}

// sortedIDs returns the IDs of calls in ascending order.
func sortedIDs(calls []Call) []int64 {
	ids := make([]int64, len(calls))
	for i, c := range calls {
		ids[i] = c.ID
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids
}
