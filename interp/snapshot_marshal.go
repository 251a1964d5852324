package interp

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"

	"github.com/monty-tools/monty-tools/profile"
)

// ErrReplayDiverged is returned (wrapped) by LoadSnapshot when the program,
// run again from its saved inputs and call results, does not make the
// same external calls and reach the same pause as the original run did.
var ErrReplayDiverged = errors.New("snapshot replay diverged from the original run")

// snapshotMagic starts every serialised snapshot; snapshotFormat is its
// version, raised whenever the layout changes.
const (
	snapshotMagic  = "MONTYSNAP\x00"
	snapshotFormat = 1
)

// snapHeader is the JSON part of a serialised snapshot.
type snapHeader struct {
	File         string   `json:"file"`
	Profile      string   `json:"profile"`
	MontyVersion string   `json:"monty_version"`
	MeasuredOn   string   `json:"measured_on"`
	Inputs       []string `json:"inputs"`
	Externals    []string `json:"externals"`
	SkipChecks   bool     `json:"skip_checks"`
	Async        []string `json:"async"`
	Limits       Limits   `json:"limits"`
	Pending      []int64  `json:"pending"`
	Fingerprint  string   `json:"fingerprint"`
}

// recording is what a step-by-step run logs so that it can be replayed:
// its inputs and the result of each external call, encoded when the
// program received them (it may change them afterwards).
type recording struct {
	err    error // why this run cannot be serialised
	inputs []recInput
	async  map[string]bool
	calls  []recCall // calls[i] has ID i+1
}

type recInput struct {
	name string
	data []byte
}

type recCall struct {
	name     string
	async    bool
	answered bool
	isExc    bool
	data     []byte
}

func (r *recording) fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

func (r *recording) recordInputs(p *Program, inputs map[string]Value) {
	for _, n := range p.inputs {
		v, ok := inputs[n]
		if !ok {
			continue // Run reports it
		}
		data, err := encodeValue(v)
		if err != nil {
			r.fail(fmt.Errorf("input %s: %w", n, err))
		}
		r.inputs = append(r.inputs, recInput{n, data})
	}
}

func (r *recording) call(id int64, name string, async bool) {
	if int64(len(r.calls))+1 != id {
		r.fail(fmt.Errorf("internal error: call %d logged out of order", id))
		return
	}
	r.calls = append(r.calls, recCall{name: name, async: async})
}

func (r *recording) result(id int64, v Value, exc *ExcValue) {
	if id < 1 || id > int64(len(r.calls)) {
		r.fail(fmt.Errorf("internal error: result of unknown call %d", id))
		return
	}
	c := &r.calls[id-1]
	var err error
	if exc != nil {
		c.isExc = true
		c.data, err = encodeValue(exc)
	} else {
		c.data, err = encodeValue(v)
	}
	if err != nil {
		r.fail(fmt.Errorf("result of %s (call %d): %w", c.name, id, err))
	}
	c.answered = true
}

// MarshalBinary serialises the paused run for LoadSnapshot. It does not
// consume the snapshot, which can still be resumed here. Async calls still
// running on goroutines are waited for, since their results are part of
// the run. It fails when a value the host passed in (an input or a
// result) is not plain data: None, bool, int, float, str, bytes, and
// lists, tuples, dicts, sets and frozensets of them, or an exception.
func (s *Snapshot) MarshalBinary() ([]byte, error) {
	if s.tok.used.Load() {
		return nil, ErrSnapshotUsed
	}
	st := s.run
	for _, fu := range st.inflight {
		if fu.recorded {
			continue
		}
		<-fu.done
		fu.recorded = true
		if fu.err != nil && hostExc(fu.err) == nil {
			return nil, fmt.Errorf("interp: snapshot: async call %d to %s failed: %w", fu.call.ID, fu.call.Function, fu.err)
		}
		st.record(fu.call.ID, fu.val, fu.err)
	}
	if st.rec.err != nil {
		return nil, fmt.Errorf("interp: snapshot: %w", st.rec.err)
	}
	h := st.prog.header()
	h.Limits = st.limits
	h.Pending = sortedIDs(s.calls)
	for n := range st.rec.async {
		h.Async = append(h.Async, n)
	}
	sort.Strings(h.Async)
	return st.rec.marshal(h, st.prog.src)
}

func (r *recording) marshal(h snapHeader, src []byte) ([]byte, error) {
	hdr, err := json.Marshal(h)
	if err != nil {
		return nil, err
	}
	e := valueEncoder{buf: []byte(snapshotMagic)}
	e.uvarint(snapshotFormat)
	e.bytes(string(hdr))
	e.bytes(string(src))
	e.uvarint(uint64(len(r.inputs)))
	for _, in := range r.inputs {
		e.bytes(in.name)
		e.bytes(string(in.data))
	}
	e.uvarint(uint64(len(r.calls)))
	for _, c := range r.calls {
		e.bytes(c.name)
		var flags byte
		if c.async {
			flags |= 1
		}
		if c.answered {
			flags |= 2
		}
		if c.isExc {
			flags |= 4
		}
		e.buf = append(e.buf, flags)
		e.bytes(string(c.data))
	}
	sum := sha256.Sum256(e.buf)
	return append(e.buf, sum[:]...), nil
}

// header describes the program for a snapshot.
func (p *Program) header() snapHeader {
	h := snapHeader{
		File:         p.filename,
		Profile:      p.prof.Name,
		MontyVersion: p.prof.MontyVersion,
		MeasuredOn:   p.prof.MeasuredOn,
		Inputs:       append([]string{}, p.opt.Inputs...),
		Externals:    append([]string{}, p.opt.Externals...),
		SkipChecks:   p.opt.SkipChecks,
	}
	sort.Strings(h.Externals)
	h.Fingerprint = p.fingerprint()
	return h
}

// fingerprint identifies a program: its file name, source, profile and
// compile options.
func (p *Program) fingerprint() string {
	hs := sha256.New()
	ext := append([]string{}, p.opt.Externals...)
	sort.Strings(ext)
	fmt.Fprintf(hs, "%q %q %q %q %v %d:", p.filename, p.prof.Name, p.opt.Inputs, ext, p.opt.SkipChecks, len(p.src))
	hs.Write(p.src)
	return hex.EncodeToString(hs.Sum(nil))
}

// LoadOptions configure LoadSnapshot.
type LoadOptions struct {
	// Program is the program the snapshot was made from; when nil, the
	// source saved in the snapshot is compiled again.
	Program *Program
	// Profile is used when the snapshot's profile is not one of the
	// embedded ones (a profile loaded from a file).
	Profile *profile.Profile
	// Stdout receives what the program prints after the pause.
	Stdout io.Writer
	// Funcs implement external functions for the rest of the run; calls
	// to the others pause. A name must be Async exactly when it was in
	// the original run.
	Funcs Funcs
}

// LoadSnapshot resumes a snapshot serialised by MarshalBinary, here or in
// another process, and returns it paused at the same calls (with the same
// IDs) as the original, ready for Resume.
//
// The bytes hold no heap: they hold the program (source, compile options,
// profile), its inputs, limits, and the result of every external call up
// to the pause. Loading compiles the program and runs it again from the
// start, answering each call from that log (no host function runs twice)
// and discarding what it prints (the host saw it the first time), until it
// reaches the saved pause.
//
// This works because a run is deterministic given its inputs and call
// results: the sandbox has no clock, randomness or I/O except through
// external functions, dicts and sets keep insertion order, hash() of str
// and bytes does not depend on the process, and the coroutines of a
// gather take turns in an order the program fixes. A program that feeds
// id() of an object, or the address in a function's repr, into its
// control flow may replay differently; LoadSnapshot checks that every
// call goes to the same function as in the log and that the run pauses at
// the same calls, and fails with ErrReplayDiverged otherwise.
//
// The trade-off: copying the heap instead would mean encoding every kind
// of value, Go closures included (functools.partial, dataclass and
// namedtuple machinery), and every frame, also those of builtins that
// called back into Python; the log holds only data the host gave, so the
// format stays small and stable. In exchange, loading costs the time the
// program took to reach the pause, and limits that count time or
// allocations count the replay too.
//
// Bytes that are not a snapshot, a snapshot of another format version, a
// corrupt one (each carries a SHA-256 checksum), one whose profile this
// build lacks or measures differently, or one made from another program
// than opt.Program are refused with an error saying which.
func LoadSnapshot(ctx context.Context, data []byte, opt LoadOptions) (*Snapshot, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	sd, err := parseSnapshot(data)
	if err != nil {
		return nil, fmt.Errorf("interp: load snapshot: %w", err)
	}
	prog, err := sd.program(opt)
	if err != nil {
		return nil, fmt.Errorf("interp: load snapshot: %w", err)
	}
	cfg := RunConfig{Inputs: map[string]Value{}, Funcs: opt.Funcs, Limits: sd.h.Limits}
	for _, in := range sd.inputs {
		if cfg.Inputs[in.name], err = decodeValue(in.data); err != nil {
			return nil, fmt.Errorf("interp: load snapshot: input %s: %w", in.name, err)
		}
	}
	st := newStepRun(prog, &cfg)
	st.rec.async = map[string]bool{}
	for _, n := range sd.h.Async {
		st.rec.async[n] = true
	}
	for n, f := range opt.Funcs {
		if f.Async != st.rec.async[n] {
			return nil, fmt.Errorf("interp: load snapshot: external %s must be registered with Async=%v, as in the original run", n, st.rec.async[n])
		}
	}
	st.rec.inputs = sd.inputs
	if st.replay, err = newReplay(sd); err != nil {
		return nil, fmt.Errorf("interp: load snapshot: %w", err)
	}
	st.out = &replayWriter{w: opt.Stdout}
	cfg.Stdout = st.out
	snap, v, err := st.start(ctx, cfg)
	if snap != nil {
		return snap, nil
	}
	if err == nil {
		err = fmt.Errorf("%w: the program ended (with %s) before the saved pause", ErrReplayDiverged, Repr(v))
	}
	return nil, fmt.Errorf("interp: load snapshot: %w", err)
}
