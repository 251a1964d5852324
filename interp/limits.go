package interp

import (
	"math"
	"runtime/metrics"
	"time"
)

// Limits bound one run so that untrusted code cannot exhaust the host.
// A zero field means no limit, except MaxRecursion, whose zero value means
// Monty's default depth of 1000.
//
// Exceeding MaxDuration raises TimeoutError ("time limit exceeded: 1.0012s
// > 1s"), MaxMemory and MaxAllocations MemoryError ("memory limit
// exceeded: N bytes > M bytes", "allocation limit exceeded: N > M"),
// MaxOutput MemoryError ("output limit exceeded: N bytes > M bytes"; Monty
// has no output limit) — all four end the run: no except or finally
// clause of the program runs for them, as in Monty. MaxRecursion raises
// RecursionError, which the program may catch.
type Limits struct {
	MaxDuration    time.Duration // wall time of the run
	MaxMemory      int64         // bytes held by live Python values
	MaxAllocations int64         // heap allocations since the start, freed or not
	MaxRecursion   int           // Python call depth
	MaxOutput      int64         // bytes the program prints
}

// Usage is what one run consumed; RunConfig.Usage receives it.
type Usage struct {
	Duration    time.Duration
	PeakMemory  int64 // bytes, as MaxMemory counts them (largest measurement)
	Allocations int64
	MaxDepth    int   // deepest Python call depth reached
	OutputBytes int64 // bytes printed
}

// How memory is enforced. Go has no reference counts, so the interpreter
// cannot see a value being freed as Monty does. Instead every allocation a
// program makes adds its size to a running total (vm.alloc, a counter and
// a compare on the allocating paths only), and when the total since the
// last measurement passes a gap, the live size is measured by walking the
// values reachable from the run's roots (limits_walk.go), much as a
// garbage collector is triggered. The gap is what is left under the limit
// (so the limit is never passed by more than the gap unseen), but at least
// an eighth of the live size, so that a program churning garbage near its
// limit costs at most a few walks per live size allocated. Results larger
// than largeResult are checked before they are built (vm.needMem), as
// Monty does: "x" * 10**10 fails at once, counting the memory in use plus
// the new size.

// hostMaxResult bounds one result even when no memory limit is set: a
// single "x" * 10**10 would otherwise take the host down (Go cannot
// recover from running out of memory).
const hostMaxResult = 1 << 32

// largeResult is Monty's LARGE_RESULT_THRESHOLD: results estimated larger
// are checked before they are built.
const largeResult = 100_000

// minGap is the smallest allocation volume between two measurements.
const minGap = 64 << 10

// usageGap is the measurement gap when only Usage asks for peak memory.
const usageGap = 1 << 20

// limiter is a run's resource accounting; it lives in the vm.
type limiter struct {
	lim      Limits
	start    time.Time
	deadline time.Time // zero without MaxDuration
	timer    *time.Timer

	// The fast path (alloc) only counts allocations and burns fuel: one
	// unit per allocation plus its bytes. When the fuel runs out, allocSlow
	// works out the bytes since the last measurement (sync) and checks the
	// limits exactly.
	allocs    int64 // allocations so far
	fuel      int   // see arm
	armFuel   int   // fuel when armed
	armAllocs int64 // allocs when armed
	allocNext int64 // allocs beyond this fail
	since     int64 // bytes allocated since the last measurement (as of sync)
	memNext   int64 // since beyond this is measured
	live      int64 // bytes live at the last measurement
	peak      int64
	pending   int64 // bytes held by builtins still building a result
	out       int64 // bytes printed
	measure   bool  // measure live memory (a limit or Usage wants it)
	polls     int   // poll calls
	goMark    int64 // the process's allocated bytes at the last measurement
	goSample  []metrics.Sample
	timedOut  bool // the time limit has passed (set on the run's goroutine)
	walkState walker
}

// startLimits arms the limits of cfg for the run t is about to make.
func (t *vm) startLimits(cfg *RunConfig) {
	l := &t.lim
	l.lim = cfg.Limits
	l.start = time.Now()
	t.maxDepth = maxDepth
	if cfg.Limits.MaxRecursion > 0 {
		t.maxDepth = cfg.Limits.MaxRecursion
	}
	l.allocNext = math.MaxInt64
	if cfg.Limits.MaxAllocations > 0 {
		l.allocNext = cfg.Limits.MaxAllocations
	}
	defer l.arm()
	l.memNext = math.MaxInt64
	switch {
	case cfg.Limits.MaxMemory > 0:
		l.measure = true
		l.memNext = l.gap()
	case cfg.Usage != nil:
		l.measure = true
		l.memNext = usageGap
	}
	if d := cfg.Limits.MaxDuration; d > 0 {
		l.deadline = l.start.Add(d)
		// The timer only raises the flag the VM already polls; the error
		// is made on the run's own goroutine (vm.stopped).
		l.timer = time.AfterFunc(d, func() { t.cancelled.Store(true) })
	}
}

// endLimits stops the timer and reports usage. It returns false when the
// timer's callback may still run (so t must not be reused).
func (t *vm) endLimits(u *Usage) (stopped bool) {
	l := &t.lim
	stopped = l.timer == nil || l.timer.Stop()
	if u == nil {
		return stopped
	}
	if l.measure {
		if live := t.measureLive(); live > l.peak {
			l.peak = live
		}
	}
	*u = Usage{
		Duration:    time.Since(l.start),
		PeakMemory:  l.peak,
		Allocations: l.allocs,
		MaxDepth:    t.peakDepth(),
		OutputBytes: l.out,
	}
	return stopped
}

// gap is how many bytes may be allocated before the next measurement.
func (l *limiter) gap() int64 {
	g := l.lim.MaxMemory - l.live
	g = max(g, l.live/8, minGap)
	return g
}

// alloc records an allocation of about n bytes. It is cheap (a count, a
// subtraction and a compare) unless a limit is near: then allocSlow
// counts or measures.
func (t *vm) alloc(n int) (err error) {
	t.lim.allocs++
	if t.lim.fuel -= n + 1; t.lim.fuel < 0 {
		err = t.allocSlow(n)
	}
	return
}

// sync brings since up to date with the fuel burnt since arm.
func (l *limiter) sync() {
	burnt := int64(l.armFuel - l.fuel)
	count := l.allocs - l.armAllocs
	l.since += burnt - count
	l.armFuel, l.armAllocs = l.fuel, l.allocs
}

// arm refuels the fast path: the fuel (bytes plus allocations) runs out
// no later than the bytes since the last measurement pass memNext or the
// allocations pass allocNext, perhaps earlier (allocSlow then checks and
// re-arms).
func (l *limiter) arm() {
	l.sync()
	g := max(min(l.memNext-l.since, l.allocNext-l.allocs), 0)
	l.fuel = int(min(g, math.MaxInt32))
	l.armFuel, l.armAllocs = l.fuel, l.allocs
}

// allocSlow checks the allocation limit, and measures memory once enough
// was allocated; n is the size of the allocation being recorded, which
// the measurement may not see yet.
func (t *vm) allocSlow(n int) error {
	l := &t.lim
	l.sync()
	if l.lim.MaxAllocations > 0 && l.allocs > l.lim.MaxAllocations {
		l.allocNext = 0
		l.arm() // the next allocation fails too
		return limitError(excMemoryError, false, "allocation limit exceeded: %d > %d", l.allocs, l.lim.MaxAllocations)
	}
	if l.since > l.memNext {
		return t.checkMemory(int64(n))
	}
	l.arm()
	return nil
}

// checkMemory measures the live size and fails when it, plus extra bytes
// about to be allocated, is over the limit.
func (t *vm) checkMemory(extra int64) error {
	l := &t.lim
	l.sync()
	l.live = t.measureLive() + l.pending
	l.since = extra
	if l.lim.MaxMemory > 0 {
		l.goMark = goAllocated(l)
	}
	if l.live > l.peak {
		l.peak = l.live
	}
	if m := l.lim.MaxMemory; m > 0 {
		if l.live+extra > m {
			l.memNext = -1 // the next allocation fails too
			l.arm()
			return memoryError(l.live+extra, m)
		}
		l.memNext = l.gap()
	} else {
		l.memNext = max(usageGap, l.live/2)
	}
	l.arm()
	return nil
}

// needMem checks, before a builtin builds a result of about n bytes, that
// it fits under the memory limit (Monty's check of large results). Small
// results are left to alloc.
func (t *vm) needMem(n int64) error {
	l := &t.lim
	if n <= largeResult {
		return nil
	}
	if l.lim.MaxMemory <= 0 {
		if n > hostMaxResult {
			return memoryError(n, hostMaxResult)
		}
		return nil
	}
	l.sync()
	if l.live+l.since+n <= l.lim.MaxMemory {
		return nil
	}
	return t.checkMemory(n)
}

// needMemMul is needMem for a result of a*b bytes, which may overflow.
func (t *vm) needMemMul(a, b int64) error {
	if a <= 0 || b <= 0 {
		return nil
	}
	if a > math.MaxInt64/b {
		return t.needMem(math.MaxInt64 / 2)
	}
	return t.needMem(a * b)
}

// hold records n bytes held by a builtin still building its result, which
// no root reaches yet; release them with unhold once the result is
// returned (or dropped).
func (t *vm) hold(n int) error {
	t.lim.pending += int64(n)
	return t.alloc(n)
}

func (t *vm) unhold(n int) { t.lim.pending -= int64(n) }

// memoryError is Monty's MemoryError for the memory limit.
func memoryError(n, m int64) error {
	return limitError(excMemoryError, false, "memory limit exceeded: %d bytes > %d bytes", n, m)
}

// limitError makes a resource error: uncatchable, as Monty's are.
func limitError(c *ExcClass, frameless bool, format string, args ...any) error {
	e := newExc(c, format, args...)
	e.uncatchable = true
	e.frameless = frameless
	return e
}

// stopped is the error for a raised cancelled flag: the context's error,
// or the time limit's TimeoutError.
func (t *vm) stopped() error {
	if t.ctx != nil {
		if err := t.ctx.Err(); err != nil {
			return err
		}
	}
	if err := t.checkTime(); err != nil {
		return err
	}
	return nil
}

// poll is the periodic check: the context, and the clock, which matters
// where no timer fires during a synchronous call (js/wasm). Under a memory
// limit every fourth poll also reads how much the whole process has
// allocated: allocations the interpreter does not count itself (an
// exception raised, an instance made, a dict entry added by a builtin) are
// in it, so a run that keeps allocating is measured at least every gap
// bytes. Other goroutines' allocations only make measurements more
// frequent.
func (t *vm) poll() error {
	if t.ctx != nil {
		if err := t.ctx.Err(); err != nil {
			return err
		}
	}
	if err := t.checkTime(); err != nil {
		return err
	}
	l := &t.lim
	if l.lim.MaxMemory > 0 {
		if l.polls++; l.polls&3 == 0 && goAllocated(l)-l.goMark > l.memNext {
			return t.checkMemory(0)
		}
	}
	return nil
}

// goAllocated is the bytes the process has allocated since it started.
func goAllocated(l *limiter) int64 {
	if l.goSample == nil {
		l.goSample = []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	}
	metrics.Read(l.goSample)
	if l.goSample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(l.goSample[0].Value.Uint64())
}

// checkTime returns the TimeoutError once the time limit has passed.
func (t *vm) checkTime() error {
	l := &t.lim
	if l.deadline.IsZero() {
		return nil
	}
	now := time.Now()
	if !l.timedOut && now.Before(l.deadline) {
		return nil
	}
	l.timedOut = true
	return limitError(excTimeoutError, true, "time limit exceeded: %v > %v", now.Sub(l.start), l.lim.MaxDuration)
}

// interrupted is what long builtins call between chunks of work: a cheap
// check of the cancelled flag (a context or the time limit).
func (t *vm) interrupted() error {
	if t.cancelled.Load() {
		return t.stopped()
	}
	return nil
}

// emit appends printed text to the output, up to the output limit.
func (t *vm) emit(s string) error {
	l := &t.lim
	if m := l.lim.MaxOutput; m > 0 && l.out+int64(len(s)) > m {
		n := l.out + int64(len(s))
		t.outBuf = append(t.outBuf, s[:m-l.out]...)
		l.out = m
		return limitError(excMemoryError, true, "output limit exceeded: %d bytes > %d bytes", n, m)
	}
	l.out += int64(len(s))
	t.outBuf = append(t.outBuf, s...)
	return nil
}

// maxDataDepth is Monty's MAX_DATA_RECURSION_DEPTH: how deep ==, <, hash
// and json.dumps follow nested data before raising RecursionError.
const maxDataDepth = 500

func dataDepthError() error {
	return newExc(excRecursionError, "maximum recursion depth exceeded")
}

// enterData and leaveData bracket one level of a recursive comparison of
// nested data; t may be nil (no user code involved).
func (t *vm) enterData() error {
	if t == nil {
		return nil
	}
	if t.dataDepth >= maxDataDepth {
		return dataDepthError()
	}
	t.dataDepth++
	return nil
}

func (t *vm) leaveData() {
	if t != nil {
		t.dataDepth--
	}
}

// checkTupleDepth applies the data depth guard to hash() of nested tuples
// before they are hashed recursively.
func checkTupleDepth(v Value, depth int) error {
	tu, ok := v.(Tuple)
	if !ok {
		return nil
	}
	if depth >= maxDataDepth {
		return dataDepthError()
	}
	for _, e := range tu {
		if err := checkTupleDepth(e, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// recursionError is the RecursionError of a call past the depth limit —
// unless the time limit has passed: programs that retry after a
// RecursionError (or swallow it in finally) may never loop or return, so
// this is where they notice the clock.
func (t *vm) recursionError() error {
	if t.cancelled.Load() {
		if err := t.stopped(); err != nil {
			return err
		}
	}
	return newExc(excRecursionError, "maximum recursion depth exceeded")
}

// traceAll adds to an uncatchable exception's traceback the frames of one
// VM loop, from f (at pc) out to the loop's base frame: no handler runs
// for it, but Monty's traceback of a MemoryError still shows where it
// struck.
func traceAll(e *ExcValue, f *Frame, pc int) {
	e.tb = append(e.tb, tbEntry{code: f.code, pc: pc - 1})
	for fr := f; !fr.base && fr.back != nil; fr = fr.back {
		e.tb = append(e.tb, tbEntry{code: fr.back.code, pc: fr.back.pc - 1})
	}
}
