package interp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"time"
)

// stepFuncs makes every external of embedProgram pause; fetch is async.
func stepFuncs() Funcs { return Funcs{"fetch": {Async: true}} }

// answerAll answers every pending call with embedAnswer.
func answerAll(snap *Snapshot) map[int64]Result {
	res := map[int64]Result{}
	for _, c := range snap.Calls() {
		v, err := embedAnswer(c.Function, c.Args, c.Kwargs)
		res[c.ID] = Result{Value: v, Err: err}
	}
	return res
}

// drive answers a run's pauses until it ends, calling at before each
// answer; it returns the result's repr.
func drive(t testing.TB, snap *Snapshot, v Value, err error, at func(*Snapshot)) (string, error) {
	t.Helper()
	for snap != nil {
		if at != nil {
			at(snap)
		}
		snap, v, err = snap.ResumeCalls(answerAll(snap))
	}
	if err != nil {
		return "", err
	}
	return Repr(v), nil
}

// TestSnapshotStartResume drives embedProgram pause by pause and checks
// the calls it pauses at and that it ends as an uninterrupted run does.
func TestSnapshotStartResume(t *testing.T) {
	p := compileEmbed(t)
	in := embedInputs(3)
	wantV, wantOut := runFull(t, p, in, embedFuncs())
	var out strings.Builder
	snap, v, err := p.Start(context.Background(), RunConfig{Inputs: embedInputs(3), Stdout: &out, Funcs: stepFuncs()})
	var pauses []string
	got, err := drive(t, snap, v, err, func(s *Snapshot) {
		var calls []string
		for _, c := range s.Calls() {
			calls = append(calls, fmt.Sprintf("%d:%s%s", c.ID, c.Function, Repr(Tuple(c.Args))))
		}
		pauses = append(pauses, strings.Join(calls, " "))
	})
	if err != nil {
		t.Fatal(err)
	}
	if got != wantV || out.String() != wantOut {
		t.Errorf("step run gave %s %q\nuninterrupted %s %q", got, out.String(), wantV, wantOut)
	}
	// Each plain call pauses alone; each gather over async calls pauses
	// once with all of them, also when coroutines of the program make the
	// calls.
	want := []string{"1:lookup('a',)", "2:lookup('missing',)", "3:fetch(0,)", "4:fetch(1,) 5:fetch(2,) 6:fetch(3,)",
		"7:fetch(4,) 8:fetch(5,)", "9:score('x',)", "10:score('y',)", "11:score('z',)"}
	if strings.Join(pauses, "\n") != strings.Join(want, "\n") {
		t.Errorf("pauses:\n%s\nwant:\n%s", strings.Join(pauses, "\n"), strings.Join(want, "\n"))
	}
}

// TestSnapshotOutputBeforePause: what the program printed before a call
// has reached Stdout when Start returns the pause.
func TestSnapshotOutputBeforePause(t *testing.T) {
	p, err := Compile("t.py", []byte("print('before')\nx = ask()\nprint('after', x)\n"), CompileOptions{Externals: []string{"ask"}})
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	snap, _, err := p.Start(context.Background(), RunConfig{Stdout: &out})
	if err != nil || snap == nil || snap.FunctionName() != "ask" || out.String() != "before\n" {
		t.Fatalf("got %v %v %q", snap, err, out.String())
	}
	if snap, _, err = snap.Resume(Str("yes")); snap != nil || err != nil || out.String() != "before\nafter yes\n" {
		t.Fatalf("got %v %v %q", snap, err, out.String())
	}
}

// TestSnapshotNoPause: a run that calls no external ends in Start.
func TestSnapshotNoPause(t *testing.T) {
	p, err := Compile("t.py", []byte("x = 6\nx * 7\n"), CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	snap, v, err := p.Start(context.Background(), RunConfig{})
	if snap != nil || err != nil || v != Int(42) {
		t.Fatalf("got %v %v %v", snap, v, err)
	}
	p, err = Compile("t.py", []byte("1 / 0\n"), CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var e *Exception
	if _, _, err = p.Start(context.Background(), RunConfig{}); !errors.As(err, &e) || e.Type() != "ZeroDivisionError" {
		t.Fatalf("got %v", err)
	}
}

// TestSnapshotResumeError: an exception the host raises at a paused call
// is caught by the program's try/except, or ends the run with a
// traceback through the call.
func TestSnapshotResumeError(t *testing.T) {
	src := "def get(k):\n    return ask(k)\ntry:\n    get(1)\nexcept ValueError as e:\n    print('caught', e)\nget(2)\n"
	p, err := Compile("t.py", []byte(src), CompileOptions{Externals: []string{"ask"}})
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	snap, _, err := p.Start(context.Background(), RunConfig{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	snap, _, err = snap.ResumeError(NewException("ValueError", "no such key"))
	if err != nil || snap == nil || out.String() != "caught no such key\n" || snap.Call().Args[0] != Int(2) {
		t.Fatalf("got %v %v %q", snap, err, out.String())
	}
	_, _, err = snap.ResumeError(NewException("KeyError", "k2"))
	var e *Exception
	if !errors.As(err, &e) || e.Type() != "KeyError" || !strings.Contains(e.Traceback(), "line 2, in get") {
		t.Fatalf("got %v", err)
	}
	// A Go error that is not an exception ends the run.
	errHost := errors.New("host failed")
	snap, _, _ = p.Start(context.Background(), RunConfig{})
	if _, _, err = snap.ResumeError(errHost); !errors.Is(err, errHost) {
		t.Fatalf("got %v", err)
	}
}

// TestSnapshotUsedOnce: a snapshot answers one pause.
func TestSnapshotUsedOnce(t *testing.T) {
	p, err := Compile("t.py", []byte("a = ask(1)\nb = ask(2)\na + b\n"), CompileOptions{Externals: []string{"ask"}})
	if err != nil {
		t.Fatal(err)
	}
	snap, _, err := p.Start(context.Background(), RunConfig{})
	if err != nil {
		t.Fatal(err)
	}
	next, _, err := snap.Resume(Int(1))
	if err != nil || next == nil {
		t.Fatal(err)
	}
	if _, _, err := snap.Resume(Int(5)); !errors.Is(err, ErrSnapshotUsed) {
		t.Errorf("second Resume: %v", err)
	}
	if _, err := snap.MarshalBinary(); !errors.Is(err, ErrSnapshotUsed) {
		t.Errorf("MarshalBinary after Resume: %v", err)
	}
	snap.Close() // no effect on the run
	if _, v, err := next.Resume(Int(2)); err != nil || v != Int(3) {
		t.Errorf("got %v %v", v, err)
	}
	snap, _, _ = p.Start(context.Background(), RunConfig{})
	snap.Close()
	if _, _, err := snap.Resume(Int(5)); !errors.Is(err, ErrSnapshotUsed) {
		t.Errorf("Resume after Close: %v", err)
	}
}

// TestSnapshotGatherBatch: asyncio.gather over async calls pauses once
// with all of them; the host answers them in any order, a few at a time,
// and bad answers are refused without consuming the snapshot.
func TestSnapshotGatherBatch(t *testing.T) {
	src := "import asyncio\nasync def main():\n    return await asyncio.gather(f(1), f(2), f(3))\nasyncio.run(main())\n"
	p, err := Compile("t.py", []byte(src), CompileOptions{Externals: []string{"f"}})
	if err != nil {
		t.Fatal(err)
	}
	snap, _, err := p.Start(context.Background(), RunConfig{Funcs: Funcs{"f": {Async: true}}})
	if err != nil || snap == nil || len(snap.Calls()) != 3 {
		t.Fatalf("got %v %v", snap, err)
	}
	ids := sortedIDs(snap.Calls())
	if _, _, err := snap.Resume(Int(0)); err == nil {
		t.Error("Resume with three calls pending: no error")
	}
	if _, _, err := snap.ResumeCalls(map[int64]Result{99: {Value: None}}); err == nil {
		t.Error("unknown call ID: no error")
	}
	if _, _, err := snap.ResumeCalls(nil); err == nil {
		t.Error("no results: no error")
	}
	// The last first: the run waits for the first, so it pauses again
	// with the two still pending.
	snap, _, err = snap.ResumeCalls(map[int64]Result{ids[2]: {Value: Str("c")}})
	if err != nil || snap == nil || fmt.Sprint(sortedIDs(snap.Calls())) != fmt.Sprint(ids[:2]) {
		t.Fatalf("got %v %v", snap, err)
	}
	_, v, err := snap.ResumeCalls(map[int64]Result{ids[1]: {Value: Str("b")}, ids[0]: {Value: Str("a")}})
	if err != nil || Repr(v) != "['a', 'b', 'c']" {
		t.Fatalf("got %v %v", Repr(v), err)
	}
}

// TestSnapshotPauseInBuiltin: a call made from Python code that a builtin
// calls back (sorted's key, map, a dunder method) pauses too.
func TestSnapshotPauseInBuiltin(t *testing.T) {
	src := `class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return same(self.v, other.v)
a = sorted([3, 1, 2], key=lambda x: rank(x))
b = list(map(lambda x: rank(x), [5]))
c = K(1) == K(2)
(a, b, c)
`
	p, err := Compile("t.py", []byte(src), CompileOptions{Externals: []string{"rank", "same"}})
	if err != nil {
		t.Fatal(err)
	}
	snap, v, err := p.Start(context.Background(), RunConfig{})
	var calls []string
	for snap != nil {
		c := snap.Call()
		calls = append(calls, c.Function+Repr(Tuple(c.Args)))
		var r Value = Bool(true)
		if c.Function == "rank" {
			r = Int(-c.Args[0].(Int))
		}
		snap, v, err = snap.Resume(r)
	}
	if err != nil || Repr(v) != "([3, 2, 1], [-5], True)" {
		t.Fatalf("got %v %v", Repr(v), err)
	}
	if want := "rank(3,) rank(1,) rank(2,) rank(5,) same(1, 2)"; strings.Join(calls, " ") != want {
		t.Errorf("calls %s, want %s", strings.Join(calls, " "), want)
	}
}

// TestSnapshotClose: closing a paused run ends its goroutine without
// running the program's except or finally clauses, and so does dropping
// the snapshot (the garbage collector closes it).
func TestSnapshotClose(t *testing.T) {
	src := "try:\n    ask()\nfinally:\n    print('finally')\n"
	p, err := Compile("t.py", []byte(src), CompileOptions{Externals: []string{"ask"}})
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	snap, _, err := p.Start(context.Background(), RunConfig{Stdout: &out})
	if err != nil || snap == nil {
		t.Fatal(err)
	}
	if interpGoroutines() == "" {
		t.Fatal("no goroutine for the paused run")
	}
	snap.Close()
	if g := leftGoroutines(); g != "" {
		t.Errorf("goroutines left after Close:\n%s", g)
	}
	if out.String() != "" {
		t.Errorf("output %q", out.String())
	}
	func() {
		snap, _, err := p.Start(context.Background(), RunConfig{})
		if err != nil || snap == nil {
			t.Fatal(err)
		}
	}()
	deadline := time.Now().Add(10 * time.Second)
	for interpGoroutines() != "" {
		if time.Now().After(deadline) {
			t.Fatalf("a dropped snapshot's run is still there:\n%s", interpGoroutines())
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}

// TestSnapshotCancel: cancelling the run's context while it is paused
// ends it; Resume reports the context's error.
func TestSnapshotCancel(t *testing.T) {
	p, err := Compile("t.py", []byte("ask()\n"), CompileOptions{Externals: []string{"ask"}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	snap, _, err := p.Start(ctx, RunConfig{})
	if err != nil || snap == nil {
		t.Fatal(err)
	}
	cancel()
	if _, _, err := snap.Resume(None); !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v", err)
	}
	if g := leftGoroutines(); g != "" {
		t.Errorf("goroutines left:\n%s", g)
	}
}

// TestSnapshotRoundTrip: at every pause of embedProgram, the snapshot is
// serialised, loaded (its program compiled again from the bytes) and run
// to the end; each such run ends exactly as the uninterrupted run does,
// and its output is the uninterrupted run's from the pause on.
func TestSnapshotRoundTrip(t *testing.T) {
	p := compileEmbed(t)
	wantV, wantOut := runFull(t, p, embedInputs(4), embedFuncs())
	var out strings.Builder
	snap, v, err := p.Start(context.Background(), RunConfig{Inputs: embedInputs(4), Stdout: &out, Funcs: stepFuncs()})
	pauses := 0
	got, err := drive(t, snap, v, err, func(s *Snapshot) {
		pauses++
		data, err := s.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		before := out.String()
		var out2 strings.Builder
		loaded, err := LoadSnapshot(context.Background(), data, LoadOptions{Stdout: &out2})
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(loaded.Calls()) != fmt.Sprint(s.Calls()) {
			t.Fatalf("loaded snapshot pauses at %v, the original at %v", loaded.Calls(), s.Calls())
		}
		r, err := drive(t, loaded, nil, nil, nil)
		if err != nil || r != wantV || before+out2.String() != wantOut {
			t.Errorf("pause %d: loaded run gave %s %v, output %q + %q\nwant %s %q", pauses, r, err, before, out2.String(), wantV, wantOut)
		}
	})
	if err != nil || got != wantV || pauses != 8 {
		t.Fatalf("got %s %v after %d pauses", got, err, pauses)
	}
}

// TestSnapshotLoadTwiceAndAgain: the same bytes load any number of times,
// and a loaded run's snapshots serialise again with the whole history.
func TestSnapshotLoadTwiceAndAgain(t *testing.T) {
	p := compileEmbed(t)
	wantV, _ := runFull(t, p, embedInputs(2), embedFuncs())
	snap, _, err := p.Start(context.Background(), RunConfig{Inputs: embedInputs(2), Funcs: stepFuncs()})
	for i := 0; i < 3; i++ {
		snap, _, err = snap.ResumeCalls(answerAll(snap))
	}
	if err != nil || snap == nil {
		t.Fatal(err)
	}
	data, err := snap.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	snap.Close()
	for i := 0; i < 2; i++ {
		loaded, err := LoadSnapshot(context.Background(), data, LoadOptions{Program: p})
		if err != nil {
			t.Fatal(err)
		}
		loaded, _, err = loaded.ResumeCalls(answerAll(loaded))
		if err != nil || loaded == nil {
			t.Fatal(err)
		}
		again, err := loaded.MarshalBinary()
		loaded.Close()
		if err != nil {
			t.Fatal(err)
		}
		final, err := LoadSnapshot(context.Background(), again, LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if r, err := drive(t, final, nil, nil, nil); err != nil || r != wantV {
			t.Fatalf("got %s %v, want %s", r, err, wantV)
		}
	}
}

// TestSnapshotResultsKeptAsDelivered: a result the program changes after
// receiving it is saved as the host gave it.
func TestSnapshotResultsKeptAsDelivered(t *testing.T) {
	src := "x = get()\nx.append(len(x))\ny = get()\n(x, y)\n"
	p, err := Compile("t.py", []byte(src), CompileOptions{Externals: []string{"get"}})
	if err != nil {
		t.Fatal(err)
	}
	snap, _, _ := p.Start(context.Background(), RunConfig{})
	snap, _, _ = snap.Resume(&List{Items: []Value{Str("a")}})
	data, err := snap.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	snap.Close()
	loaded, err := LoadSnapshot(context.Background(), data, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, v, err := loaded.Resume(Int(0)); err != nil || Repr(v) != "(['a', 1], 0)" {
		t.Fatalf("got %v %v", Repr(v), err)
	}
}

// TestSnapshotValueCodec round-trips every kind of value a snapshot
// holds, with shared and cyclic containers.
func TestSnapshotValueCodec(t *testing.T) {
	shared := &List{Items: []Value{Int(1)}}
	cyclic := &List{}
	cyclic.Items = []Value{Str("me"), cyclic}
	d := NewDict()
	d.Set(Str("k"), shared)
	d.Set(Tuple{Int(1), Str("t")}, Float(2.5))
	fs := NewSet()
	fs.Add(Str("x"))
	fs.frozen = true
	big := mustBig(t, "123456789012345678901234567890")
	v := Tuple{None, Bool(true), Bool(false), Int(-7), big, Float(-0.5), Str("é😀"), Bytes("\x00\xff"), shared, shared, d, fs, cyclic,
		&ExcValue{Class: excClasses["KeyError"], Args: []Value{Str("k")}}}
	data, err := encodeValue(v)
	if err != nil {
		t.Fatal(err)
	}
	back, err := decodeValue(data)
	if err != nil {
		t.Fatal(err)
	}
	if Repr(back) != Repr(v) {
		t.Errorf("got %s\nwant %s", Repr(back), Repr(v))
	}
	bt := back.(Tuple)
	if bt[8] != bt[9] {
		t.Error("a list shared twice came back as two lists")
	}
	if c := bt[12].(*List); c.Items[1] != c {
		t.Error("a cyclic list lost its cycle")
	}
	for _, bad := range []Value{&Instance{cls: &Class{Name: "C"}}, &Function{}} {
		if _, err := encodeValue(bad); err == nil || !strings.Contains(err.Error(), "cannot be saved") {
			t.Errorf("%T: got %v", bad, err)
		}
	}
}

func mustBig(t *testing.T, s string) Value {
	v, err := FromGo(json.Number(s))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestSnapshotNotData: a result that is not plain data (here an object of
// the program, handed back by the host) cannot be serialised; the run
// itself goes on.
func TestSnapshotNotData(t *testing.T) {
	src := "class C:\n    pass\nc = C()\nd = echo(c)\nask()\nd is c\n"
	p, err := Compile("t.py", []byte(src), CompileOptions{Externals: []string{"echo", "ask"}})
	if err != nil {
		t.Fatal(err)
	}
	snap, _, _ := p.Start(context.Background(), RunConfig{})
	snap, _, err = snap.Resume(snap.Call().Args[0])
	if err != nil || snap == nil {
		t.Fatal(err)
	}
	if _, err := snap.MarshalBinary(); err == nil || !strings.Contains(err.Error(), "result of echo (call 1): a C value cannot be saved") {
		t.Errorf("got %v", err)
	}
	if _, v, err := snap.Resume(None); err != nil || v != Bool(true) {
		t.Errorf("got %v %v", v, err)
	}
}

// TestSnapshotBadBytes: bytes that are not a good snapshot give an error
// saying why, never a panic.
func TestSnapshotBadBytes(t *testing.T) {
	p, err := Compile("t.py", []byte("x = ask(1)\nask(x)\n"), CompileOptions{Externals: []string{"ask"}})
	if err != nil {
		t.Fatal(err)
	}
	snap, _, _ := p.Start(context.Background(), RunConfig{})
	snap, _, _ = snap.Resume(Int(5))
	data, err := snap.MarshalBinary()
	snap.Close()
	if err != nil {
		t.Fatal(err)
	}
	flipped := bytes.Clone(data)
	flipped[len(flipped)/2] ^= 1
	newer := bytes.Clone(data)
	newer[len(snapshotMagic)] = snapshotFormat + 1
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "not a snapshot"},
		{"json", []byte(`{"x": 1}`), "not a snapshot"},
		{"magic only", []byte(snapshotMagic), "corrupt"},
		{"truncated", data[:len(data)-5], "checksum mismatch"},
		{"flipped", flipped, "checksum mismatch"},
		{"newer format", newer, "format version 2 is not supported"},
	}
	for _, c := range cases {
		if _, err := LoadSnapshot(context.Background(), c.data, LoadOptions{}); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error with %q", c.name, err, c.want)
		}
	}
	other, err := Compile("t.py", []byte("x = ask(2)\nask(x)\n"), CompileOptions{Externals: []string{"ask"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := LoadSnapshot(context.Background(), data, LoadOptions{Program: other}); err == nil || !strings.Contains(err.Error(), "made from another program") {
		t.Errorf("other program: got %v", err)
	}
	// Every prefix and every single-byte change fails cleanly.
	for i := range data {
		if _, err := LoadSnapshot(context.Background(), data[:i], LoadOptions{}); err == nil {
			t.Fatalf("prefix of %d bytes loaded", i)
		}
		b := bytes.Clone(data)
		b[i] ^= 0x40
		if _, err := LoadSnapshot(context.Background(), b, LoadOptions{}); err == nil {
			t.Fatalf("byte %d changed: loaded", i)
		}
	}
	if g := leftGoroutines(); g != "" {
		t.Errorf("goroutines left:\n%s", g)
	}
}

// TestSnapshotDiverged: a log that does not match the program (here
// edited, with a valid checksum) is refused with ErrReplayDiverged.
func TestSnapshotDiverged(t *testing.T) {
	p, err := Compile("t.py", []byte("x = ask(1)\ny = tell(x)\nask(y)\n"), CompileOptions{Externals: []string{"ask", "tell"}})
	if err != nil {
		t.Fatal(err)
	}
	snap, _, _ := p.Start(context.Background(), RunConfig{})
	snap, _, _ = snap.Resume(Int(1))
	snap, _, _ = snap.Resume(Int(2))
	data, err := snap.MarshalBinary()
	snap.Close()
	if err != nil {
		t.Fatal(err)
	}
	edit := func(f func(sd *snapData)) []byte {
		sd, err := parseSnapshot(data)
		if err != nil {
			t.Fatal(err)
		}
		f(sd)
		rec := recording{inputs: sd.inputs, calls: sd.calls}
		out, err := rec.marshal(sd.h, sd.src)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	cases := map[string][]byte{
		"renamed call":  edit(func(sd *snapData) { sd.calls[1].name = "ask" }),
		"other pause":   edit(func(sd *snapData) { sd.h.Pending = []int64{2} }),
		"answered last": edit(func(sd *snapData) { sd.calls[2].answered, sd.calls[2].data = true, []byte{tagNone} }),
	}
	for name, b := range cases {
		if _, err := LoadSnapshot(context.Background(), b, LoadOptions{}); !errors.Is(err, ErrReplayDiverged) {
			t.Errorf("%s: got %v", name, err)
		}
	}
	loaded, err := LoadSnapshot(context.Background(), edit(func(*snapData) {}), LoadOptions{})
	if err != nil {
		t.Fatalf("unedited: %v", err)
	}
	loaded.Close()
}

// TestSnapshotStableHash: hash() of str, bytes and tuples of them is the
// same in every process (the helper process prints its own).
func TestSnapshotStableHash(t *testing.T) {
	p, err := Compile("t.py", []byte(hashProgram), CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	v, err := p.Run(context.Background(), RunConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if Repr(v) == "[]" {
		t.Fatal("no hashes")
	}
	out := helperProcess(t, "hash", nil)
	if out.Result != Repr(v) {
		t.Errorf("hashes differ between processes:\n%s\n%s", Repr(v), out.Result)
	}
}

const hashProgram = "[hash('abc'), hash(''), hash(b'abc'), hash(('a', 1, None)), hash(frozenset({'x', 'y'})), hash(2 ** 100), hash(1.5)]\n"

// TestSnapshotAcrossProcesses: a snapshot made here is resumed by another
// process (this test binary run again), which answers the remaining calls
// the same way; its result and output complete the uninterrupted run's.
func TestSnapshotAcrossProcesses(t *testing.T) {
	p := compileEmbed(t)
	wantV, wantOut := runFull(t, p, embedInputs(5), embedFuncs())
	for _, stop := range []int{1, 4, 8} {
		var out strings.Builder
		snap, _, err := p.Start(context.Background(), RunConfig{Inputs: embedInputs(5), Stdout: &out, Funcs: stepFuncs()})
		for i := 1; i < stop && err == nil; i++ {
			snap, _, err = snap.ResumeCalls(answerAll(snap))
		}
		if err != nil || snap == nil {
			t.Fatal(err)
		}
		data, err := snap.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		snap.Close()
		got := helperProcess(t, "resume", data)
		if got.Error != "" || got.Result != wantV || out.String()+got.Stdout != wantOut {
			t.Errorf("after %d pauses: child gave %s %q %s, output %q + %q\nwant %s %q", stop, got.Result, got.Error, got.Calls, out.String(), got.Stdout, wantV, wantOut)
		}
	}
}

// helperOutput is what the helper process reports.
type helperOutput struct {
	Result, Stdout, Error, Calls string
}

const helperEnv = "INTERP_SNAPSHOT_HELPER"

// helperProcess runs this test binary again as TestSnapshotHelperProcess
// in mode, with data on its stdin.
func helperProcess(t *testing.T, mode string, data []byte) helperOutput {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestSnapshotHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), helperEnv+"="+mode)
	cmd.Stdin = bytes.NewReader(data)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	raw, err := cmd.Output()
	if err != nil {
		t.Fatalf("helper process: %v\n%s%s", err, raw, stderr.String())
	}
	i := bytes.Index(raw, []byte("HELPER:"))
	if i < 0 {
		t.Fatalf("helper process printed no report:\n%s", raw)
	}
	var out helperOutput
	if err := json.NewDecoder(bytes.NewReader(raw[i+len("HELPER:"):])).Decode(&out); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSnapshotHelperProcess is the other process of the tests above; it
// does nothing in a normal test run.
func TestSnapshotHelperProcess(t *testing.T) {
	mode := os.Getenv(helperEnv)
	if mode == "" {
		t.Skip("run by the cross-process tests")
	}
	var out helperOutput
	switch mode {
	case "hash":
		p, err := Compile("t.py", []byte(hashProgram), CompileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		v, err := p.Run(context.Background(), RunConfig{})
		if err != nil {
			t.Fatal(err)
		}
		out.Result = Repr(v)
	case "resume":
		data, err := readAll(os.Stdin)
		if err != nil {
			t.Fatal(err)
		}
		var stdout strings.Builder
		snap, err := LoadSnapshot(context.Background(), data, LoadOptions{Stdout: &stdout})
		if err != nil {
			out.Error = err.Error()
			break
		}
		out.Calls = fmt.Sprint(snap.Calls())
		r, err := drive(t, snap, nil, nil, nil)
		if err != nil {
			out.Error = err.Error()
		}
		out.Result, out.Stdout = r, stdout.String()
	}
	b, _ := json.Marshal(out)
	fmt.Printf("HELPER:%s\n", b)
}

func readAll(f *os.File) ([]byte, error) {
	var b bytes.Buffer
	_, err := b.ReadFrom(f)
	return b.Bytes(), err
}

// gatherProgram gathers two coroutines that each await two host calls,
// and one host call. With fetch(name, n) returning n * 2, CPython 3.11
// (fetch an async def awaiting asyncio.sleep(0)) prints the same result
// and log: the coroutines take turns at each await.
const gatherProgram = `import asyncio
log = []
async def worker(name, n):
    log.append(name + ' start')
    a = await fetch(name, n)
    log.append(name + ' got ' + str(a))
    b = await fetch(name, n + 1)
    log.append(name + ' got ' + str(b))
    return a + b
async def main():
    return await asyncio.gather(worker('a', 1), worker('b', 10), fetch('direct', 100))
res = asyncio.run(main())
(res, log)
`

const gatherWant = "([6, 42, 200], ['a start', 'b start', 'a got 2', 'b got 20', 'a got 4', 'b got 22'])"

func gatherAnswer(c Call) Result { return Result{Value: Int(c.Args[1].(Int) * 2)} }

// TestSnapshotGatherTasks: the coroutines of a gather take turns, so the
// calls they make before waiting pause the run as one batch; answered in
// any order and serialised at any pause, the run ends as CPython's does.
func TestSnapshotGatherTasks(t *testing.T) {
	p, err := Compile("g.py", []byte(gatherProgram), CompileOptions{Externals: []string{"fetch"}})
	if err != nil {
		t.Fatal(err)
	}
	double := Async(func(ctx context.Context, args []Value, kw []KeywordArg) (Value, error) {
		return gatherAnswer(Call{Args: args}).Value, nil
	})
	if v, err := p.Run(context.Background(), RunConfig{Funcs: Funcs{"fetch": double}}); err != nil || Repr(v) != gatherWant {
		t.Fatalf("Run: got %v %v", Repr(v), err)
	}
	cfg := RunConfig{Funcs: Funcs{"fetch": {Async: true}}}
	snap, v, err := p.Start(context.Background(), cfg)
	var pauses []string
	for snap != nil {
		pauses = append(pauses, fmt.Sprint(sortedIDs(snap.Calls())))
		res := map[int64]Result{}
		for _, c := range snap.Calls() {
			res[c.ID] = gatherAnswer(c)
		}
		snap, v, err = snap.ResumeCalls(res)
	}
	if err != nil || Repr(v) != gatherWant {
		t.Fatalf("Start: got %v %v", Repr(v), err)
	}
	if got := strings.Join(pauses, " "); got != "[1 2 3] [4 5]" {
		t.Errorf("pauses %s, want [1 2 3] [4 5]", got)
	}

	// Answer one call at a time, the newest first, and carry on each
	// time from the serialised snapshot.
	snap, _, err = p.Start(context.Background(), cfg)
	steps := 0
	for snap != nil && err == nil {
		calls := snap.Calls()
		c := calls[len(calls)-1]
		if snap.awaiting != 0 {
			c = snap.Call()
		}
		data, merr := snap.MarshalBinary()
		if merr != nil {
			t.Fatal(merr)
		}
		snap.Close()
		loaded, lerr := LoadSnapshot(context.Background(), data, LoadOptions{Funcs: cfg.Funcs})
		if lerr != nil {
			t.Fatalf("step %d: %v", steps, lerr)
		}
		if fmt.Sprint(loaded.Calls()) != fmt.Sprint(calls) {
			t.Fatalf("step %d: loaded at %v, saved at %v", steps, loaded.Calls(), calls)
		}
		snap, v, err = loaded.ResumeCalls(map[int64]Result{c.ID: gatherAnswer(c)})
		steps++
	}
	if err != nil || Repr(v) != gatherWant || steps != 5 {
		t.Fatalf("one at a time: got %v %v after %d steps", Repr(v), err, steps)
	}
}

// TestSnapshotGatherTaskFails: when a gathered coroutine raises, the
// others are cancelled and the gather raises the exception, which the
// program can catch; no goroutine is left.
func TestSnapshotGatherTaskFails(t *testing.T) {
	src := `import asyncio
async def worker(n):
    v = await fetch(n)
    if v < 0:
        raise ValueError('bad ' + str(n))
    return await fetch(v)
async def main():
    try:
        return await asyncio.gather(worker(1), worker(-1), worker(2))
    except ValueError as e:
        return 'caught ' + str(e)
asyncio.run(main())
`
	p, err := Compile("g.py", []byte(src), CompileOptions{Externals: []string{"fetch"}})
	if err != nil {
		t.Fatal(err)
	}
	snap, v, err := p.Start(context.Background(), RunConfig{Funcs: Funcs{"fetch": {Async: true}}})
	for snap != nil {
		res := map[int64]Result{}
		for _, c := range snap.Calls() {
			res[c.ID] = Result{Value: c.Args[0]}
		}
		snap, v, err = snap.ResumeCalls(res)
	}
	if err != nil || v != Str("caught bad -1") {
		t.Fatalf("got %v %v", Repr(v), err)
	}
	if g := leftGoroutines(); g != "" {
		t.Errorf("goroutines left:\n%s", g)
	}
}

// TestSnapshotRandomAnswers answers the pauses of two programs with
// random subsets of their pending calls, and moves the run through
// MarshalBinary and LoadSnapshot at random pauses (seeded, so a failure
// repeats); every run must end as the uninterrupted one.
func TestSnapshotRandomAnswers(t *testing.T) {
	embed := compileEmbed(t)
	wantEmbed, _ := runFull(t, embed, embedInputs(3), embedFuncs())
	gather, err := Compile("g.py", []byte(gatherProgram), CompileOptions{Externals: []string{"fetch"}})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		p      *Program
		inputs func() map[string]Value
		answer func(Call) Result
		want   string
	}{
		{embed, func() map[string]Value { return embedInputs(3) }, func(c Call) Result {
			v, err := embedAnswer(c.Function, c.Args, c.Kwargs)
			return Result{Value: v, Err: err}
		}, wantEmbed},
		{gather, func() map[string]Value { return nil }, gatherAnswer, gatherWant},
	}
	for seed := uint64(1); seed <= 20; seed++ {
		rng := rand.New(rand.NewPCG(seed, 7))
		for i, c := range cases {
			snap, v, err := c.p.Start(context.Background(), RunConfig{Inputs: c.inputs(), Funcs: stepFuncs()})
			for snap != nil && err == nil {
				if rng.IntN(2) == 0 {
					data, err := snap.MarshalBinary()
					if err != nil {
						t.Fatal(err)
					}
					snap.Close()
					if snap, err = LoadSnapshot(context.Background(), data, LoadOptions{Funcs: stepFuncs()}); err != nil {
						t.Fatalf("seed %d case %d: %v", seed, i, err)
					}
				}
				res := map[int64]Result{}
				for _, call := range snap.Calls() {
					if call.ID == snap.awaiting || rng.IntN(2) == 0 {
						res[call.ID] = c.answer(call)
					}
				}
				if len(res) == 0 {
					call := snap.Calls()[rng.IntN(len(snap.Calls()))]
					res[call.ID] = c.answer(call)
				}
				snap, v, err = snap.ResumeCalls(res)
			}
			if err != nil || Repr(v) != c.want {
				t.Fatalf("seed %d case %d: got %s %v, want %s", seed, i, Repr(v), err, c.want)
			}
		}
	}
	if g := leftGoroutines(); g != "" {
		t.Errorf("goroutines left:\n%s", g)
	}
}
