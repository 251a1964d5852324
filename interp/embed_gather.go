package interp

import (
	"errors"
	"fmt"
)

// errTaskCancelled ends the other coroutines of an asyncio.gather once
// one of them has failed. Like errAbandoned it is a Go error, so it
// unwinds without running except or finally clauses.
var errTaskCancelled = errors.New("interp: gathered coroutine cancelled")

// gatherTask is one coroutine of an asyncio.gather run as a task: on its
// own goroutine, which runs Python only while the gather's scheduler has
// handed it the turn, so the VM is never used by two goroutines at once.
type gatherTask struct {
	co      *Coroutine
	started bool
	wake    chan struct{} // the scheduler gives the task its turn
	abort   chan struct{} // closed to cancel the task
	back    chan *gatherTask
	blocked *future // the call result the task waits for
	done    bool
	val     Value
	err     error
}

// suspend gives the turn back to the scheduler until fu has a result.
func (tk *gatherTask) suspend(fu *future) error {
	tk.blocked = fu
	tk.back <- tk
	select {
	case <-tk.wake:
		return nil
	case <-tk.abort:
		return errTaskCancelled
	}
}

// hasTasks reports whether a gather holds a coroutine of the program (as
// opposed to host calls only), which the sequential gather would run to
// its end before the host saw the next one's calls.
func hasTasks(items []Value) bool {
	for _, c := range items {
		if co, ok := c.(*Coroutine); ok && co.fut == nil && co.gather == nil {
			return len(items) > 1
		}
	}
	return false
}

// gather runs the coroutines of an asyncio.gather as interleaved tasks, as
// asyncio does: each runs until it awaits an external call, then the next
// one runs, so all their calls are made (and async host functions run
// concurrently, and a paused run shows them as one batch) before any of
// them waits. The order is fixed by the program, never by which call
// finishes first: when every task waits, the one that has waited longest
// is resumed once its call has a result. A replayed snapshot therefore
// takes the same steps as the original run. Gathers inside a task run
// their coroutines one after the other.
func (h *hostRun) gather(t *vm, co *Coroutine) (Value, error) {
	back := make(chan *gatherTask)
	var tasks, queue []*gatherTask
	for _, c := range co.gather {
		if cc, ok := c.(*Coroutine); ok && cc.fut == nil {
			tk := &gatherTask{co: cc, wake: make(chan struct{}), abort: make(chan struct{}), back: back}
			tasks = append(tasks, tk)
			queue = append(queue, tk)
		}
	}
	var blocked []*gatherTask // in the order they began to wait
	for len(queue) > 0 || len(blocked) > 0 {
		if len(queue) == 0 {
			tk := blocked[0]
			blocked = blocked[1:]
			if err := h.resolve(t, tk.blocked); err != nil {
				return nil, h.cancelTasks(tasks, err)
			}
			queue = append(queue, tk)
		}
		tk := queue[0]
		queue = queue[1:]
		h.turn(t, tk)
		switch {
		case tk.done && tk.err != nil:
			return nil, h.cancelTasks(tasks, tk.err)
		case !tk.done:
			blocked = append(blocked, tk)
		}
	}
	return gatherResults(t, co.gather, tasks)
}

// gatherResults lists a gather's results in the order of its arguments:
// the tasks' values, and the host calls' (awaited now).
func gatherResults(t *vm, items []Value, tasks []*gatherTask) (Value, error) {
	out := make([]Value, len(items))
	next := 0
	for i, c := range items {
		cc, ok := c.(*Coroutine)
		switch {
		case !ok:
			out[i] = c // a plain host call's result
		case cc.fut == nil:
			out[i] = tasks[next].val
			next++
		default:
			r, err := t.await(cc)
			if err != nil {
				return nil, err
			}
			out[i] = r
		}
	}
	return &List{Items: out}, nil
}

// turn lets tk run until it waits for a call or ends.
func (h *hostRun) turn(t *vm, tk *gatherTask) {
	h.task = tk
	if !tk.started {
		tk.started = true
		go func() {
			defer func() {
				// A bug in the interpreter must not take the host down
				// from this goroutine either (Run recovers on its own).
				if r := recover(); r != nil {
					tk.val, tk.err = nil, fmt.Errorf("interp: internal error: %v", r)
				}
				tk.done = true
				tk.back <- tk
			}()
			tk.val, tk.err = t.await(tk.co)
		}()
	} else {
		tk.wake <- struct{}{}
	}
	<-tk.back
	h.task = nil
}

// resolve waits until fu has a result: its goroutine has returned, or the
// host has answered it (pausing the run as often as needed).
func (h *hostRun) resolve(t *vm, fu *future) error {
	if fu.done != nil {
		select {
		case <-fu.done:
			return nil
		case <-h.ctx.Done():
			return h.ctx.Err()
		}
	}
	if fu.answered {
		return nil
	}
	return h.step.awaitHost(t, fu)
}

// cancelTasks ends the started tasks that have not finished and returns
// err once they have.
func (h *hostRun) cancelTasks(tasks []*gatherTask, err error) error {
	for _, tk := range tasks {
		if tk.started && !tk.done {
			close(tk.abort)
			<-tk.back
		}
	}
	return err
}
