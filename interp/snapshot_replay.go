package interp

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/monty-tools/monty-tools/profile"
)

// snapData is a parsed serialised snapshot.
type snapData struct {
	h      snapHeader
	src    []byte
	inputs []recInput
	calls  []recCall
}

// parseSnapshot checks and splits serialised snapshot bytes.
func parseSnapshot(data []byte) (*snapData, error) {
	if !bytes.HasPrefix(data, []byte(snapshotMagic)) {
		return nil, errors.New("not a snapshot (made by Snapshot.MarshalBinary)")
	}
	d := valueDecoder{buf: data[len(snapshotMagic):]}
	format, err := d.uvarint()
	if err != nil {
		return nil, errCorrupt
	}
	if format != snapshotFormat {
		return nil, fmt.Errorf("snapshot format version %d is not supported (this build reads version %d)", format, snapshotFormat)
	}
	if len(d.buf) < sha256.Size {
		return nil, fmt.Errorf("%w: truncated", errCorrupt)
	}
	body, sum := data[:len(data)-sha256.Size], data[len(data)-sha256.Size:]
	if want := sha256.Sum256(body); !bytes.Equal(sum, want[:]) {
		return nil, fmt.Errorf("%w: checksum mismatch", errCorrupt)
	}
	d.buf = d.buf[:len(d.buf)-sha256.Size]
	return readSnapshot(&d)
}

func readSnapshot(d *valueDecoder) (*snapData, error) {
	sd := &snapData{}
	hdr, err := d.bytes()
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(hdr), &sd.h); err != nil {
		return nil, fmt.Errorf("%w: header: %v", errCorrupt, err)
	}
	src, err := d.bytes()
	if err != nil {
		return nil, err
	}
	sd.src = []byte(src)
	n, err := d.count()
	if err != nil {
		return nil, err
	}
	for i := 0; i < n; i++ {
		name, err := d.bytes()
		if err != nil {
			return nil, err
		}
		data, err := d.bytes()
		if err != nil {
			return nil, err
		}
		sd.inputs = append(sd.inputs, recInput{name, []byte(data)})
	}
	if sd.calls, err = readCalls(d); err != nil {
		return nil, err
	}
	if len(d.buf) != 0 {
		return nil, fmt.Errorf("%w: trailing bytes", errCorrupt)
	}
	return sd, nil
}

// readCalls reads the call log.
func readCalls(d *valueDecoder) ([]recCall, error) {
	n, err := d.count()
	if err != nil {
		return nil, err
	}
	calls := make([]recCall, n)
	for i := range calls {
		c := &calls[i]
		if c.name, err = d.bytes(); err != nil {
			return nil, err
		}
		flags, err := d.byte()
		if err != nil {
			return nil, err
		}
		c.async, c.answered, c.isExc = flags&1 != 0, flags&2 != 0, flags&4 != 0
		data, err := d.bytes()
		if err != nil {
			return nil, err
		}
		c.data = []byte(data)
	}
	return calls, nil
}

// program returns the snapshot's program: opt.Program when it is the same
// program, else the saved source compiled again.
func (sd *snapData) program(opt LoadOptions) (*Program, error) {
	if p := opt.Program; p != nil {
		if p.fingerprint() != sd.h.Fingerprint {
			return nil, fmt.Errorf("the snapshot was made from another program (%s with profile %s), not %s with profile %s",
				sd.h.File, sd.h.Profile, p.filename, p.prof.Name)
		}
		return p, nil
	}
	prof := opt.Profile
	if prof == nil {
		var err error
		if prof, err = profile.Get(sd.h.Profile); err != nil {
			return nil, fmt.Errorf("the snapshot's profile %s is not in this build (pass it in LoadOptions.Profile): %v", sd.h.Profile, err)
		}
	}
	if prof.Name != sd.h.Profile || prof.MontyVersion != sd.h.MontyVersion || prof.MeasuredOn != sd.h.MeasuredOn {
		return nil, fmt.Errorf("the snapshot was made with profile %s (Monty %s, measured on %s); this one is %s (Monty %s, measured on %s)",
			sd.h.Profile, sd.h.MontyVersion, sd.h.MeasuredOn, prof.Name, prof.MontyVersion, prof.MeasuredOn)
	}
	p, err := Compile(sd.h.File, sd.src, CompileOptions{Profile: prof, Inputs: sd.h.Inputs, Externals: sd.h.Externals, SkipChecks: sd.h.SkipChecks})
	if err != nil {
		return nil, fmt.Errorf("the snapshot's program does not compile here: %w", err)
	}
	if p.fingerprint() != sd.h.Fingerprint {
		return nil, errors.New("the snapshot's program compiles to a different fingerprint here")
	}
	return p, nil
}

// replayState answers a loaded snapshot's calls from its log until the
// run reaches the saved pause.
type replayState struct {
	calls   []replayCall // calls[i] has ID i+1
	pending []int64      // the saved pause's calls, ascending
}

type replayCall struct {
	recCall
	val Value
	err error
}

// newReplay decodes the logged results, so that bad bytes fail before the
// program runs.
func newReplay(sd *snapData) (*replayState, error) {
	rp := &replayState{pending: append([]int64(nil), sd.h.Pending...)}
	if len(rp.pending) == 0 {
		return nil, fmt.Errorf("%w: no pending call", errCorrupt)
	}
	for i, c := range sd.calls {
		rc := replayCall{recCall: c}
		if c.answered {
			v, err := decodeValue(c.data)
			if err != nil {
				return nil, fmt.Errorf("result of call %d: %w", i+1, err)
			}
			if c.isExc {
				e, ok := v.(*ExcValue)
				if !ok {
					return nil, fmt.Errorf("%w: call %d: exception expected", errCorrupt, i+1)
				}
				rc.err = e
			} else {
				rc.val = v
			}
		}
		rp.calls = append(rp.calls, rc)
	}
	return rp, nil
}

// arrive checks the first pause of the replayed run against the saved one.
func (rp *replayState) arrive(calls []Call) error {
	if got := sortedIDs(calls); !slices.Equal(got, rp.pending) {
		return fmt.Errorf("%w: it paused at calls %v, the snapshot at %v", ErrReplayDiverged, got, rp.pending)
	}
	return nil
}

// replayCall logs call c and, while a loaded snapshot replays, answers it
// from the saved log. done is false when the host must answer the call.
func (st *stepRun) replayCall(c Call, async bool) (v Value, err error, done bool) {
	st.rec.call(c.ID, c.Function, async)
	rp := st.replay
	if rp == nil {
		return nil, nil, false
	}
	if c.ID > int64(len(rp.calls)) {
		return nil, fmt.Errorf("%w: call %d to %s was not made before the pause", ErrReplayDiverged, c.ID, c.Function), true
	}
	e := &rp.calls[c.ID-1]
	if e.name != c.Function || e.async != async {
		return nil, fmt.Errorf("%w: call %d is to %s, it was to %s", ErrReplayDiverged, c.ID, c.Function, e.name), true
	}
	if !e.answered {
		return nil, nil, false
	}
	st.rec.calls[c.ID-1] = e.recCall
	v, err = e.val, e.err
	e.val, e.err = nil, nil // each decoded value is handed out once
	if async {
		return &Coroutine{name: c.Function, fut: &future{call: c, answered: true, recorded: true, val: v, err: err}}, nil, true
	}
	return v, err, true
}
