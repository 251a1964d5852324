package interp

import (
	"context"
	"io"
	"sync"
)

// Run state reuse: a vm is 500-odd bytes, and with its module frame, the
// frame's slots, the globals and the frame lists a run of a tiny program
// allocated a kilobyte before doing anything. Program.Run takes a vm from
// vmPool and puts it back when the run ends, unless something made
// during the run may still use it afterwards:
//   - a class (Class.vm: the host may hash, compare or repr an instance),
//   - a debugger or a host (Funcs, snapshots) attached to the run,
//   - a context or timer callback that may still be running,
//   - a panic (the state may be broken).
// A recycled vm is reset to its zero value except for buffers that no
// value of the old run can reach: the frame lists' backing arrays, the
// globals' backing array (cleared) and the released frames (vm.spare).
// strBuf is never kept: strings made by concat share its bytes.
// Each Run takes its own vm, so concurrent Runs of one Program share
// nothing here.

var vmPool sync.Pool

// Limits on what a pooled vm keeps, so that one big run does not pin
// memory for the tiny ones.
const (
	maxSpareFrames = 8
	maxSpareSlots  = 256
	maxSpareGlobal = 1024
)

// newVM returns a vm for a run of p, reused when one is pooled.
func newVM(p *Program, out io.Writer, ctx context.Context, ext ExternalFunc) *vm {
	t, _ := vmPool.Get().(*vm)
	if t == nil {
		t = new(vm)
	}
	t.prog, t.out, t.ctx, t.ext = p, out, ctx, ext
	return t
}

// shared marks t as reachable from a value of the run (a class), so that
// it is never reused, and returns it.
func (t *vm) shared() *vm {
	t.escaped = true
	return t
}

// spareFrame returns a frame with n nil slots: a spare one from an
// earlier run when there is one, else a new one.
func (t *vm) spareFrame(n int) *Frame {
	k := len(t.spare) - 1
	if k < 0 {
		return &Frame{slots: make([]Value, n)}
	}
	f := t.spare[k]
	t.spare[k] = nil
	t.spare = t.spare[:k]
	if cap(f.slots) >= n {
		f.slots = f.slots[:n]
	} else {
		f.slots = make([]Value, n)
	}
	return f
}

// recycle puts t back in vmPool when nothing can use it any more; keep is
// false when a callback of the run may still be running.
func (t *vm) recycle(keep bool) {
	if !keep || t.escaped || t.dbg != nil || t.host != nil {
		return
	}
	spare := t.spare
	for _, f := range t.free {
		if len(spare) < maxSpareFrames && cap(f.slots) <= maxSpareSlots {
			if cap(f.excs) > 0 {
				clear(f.excs[:cap(f.excs)]) // exceptions of the old run
			}
			spare = append(spare, f)
		}
	}
	clear(t.free)
	clear(t.frames)
	globals := t.globals
	if cap(globals) > maxSpareGlobal {
		globals = nil
	}
	clear(globals[:cap(globals)])
	*t = vm{free: t.free[:0], frames: t.frames[:0], globals: globals[:0], spare: spare}
	vmPool.Put(t)
}
