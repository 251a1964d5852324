package interp

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// The hostile corpus in ../testdata/sandbox holds programs that try to
// escape the sandbox or exhaust the host, each with the outcome real Monty
// gave under the limits in its header (scripts/sandbox-goldens writes
// expected/*.json). TestSandboxCorpus runs every program under those
// limits and checks that it ends within its time limit (plus a margin)
// with the expected outcome, that nothing panics, and that the test
// process's heap stays bounded.
//
// Which outcome is expected:
//   - Monty 0.0.23's, when it ended the program itself (status error, ok
//     or parse-rejected) and has every limit the header sets;
//   - where 0.0.23 did not contain the program (killed by an outside cap,
//     or its worker aborted below the Python level), Monty 0.0.18's, when
//     0.0.18 ended it itself with every limit applied;
//   - the header's "# expect" otherwise: when 0.0.23 lacks one of the
//     header's limits (max_allocations, max_output: it then ran without
//     it), or neither version contained the program.
//
// A reference that ran out of time (TimeoutError) where the header
// expects another outcome says nothing against that outcome: both are
// accepted. Programs that must end with something other than
// TimeoutError run with three times their time limit, so that a loaded
// machine still reaches their error; the others keep their limit.
//
// Programs listed in testdata/sandbox_known_failures.txt (with the
// reason) may end otherwise, but must still be contained: end within the
// cap, with a Python exception, no panic.
//
// For an expected error the type must match; for resource errors the
// message must have Monty's form ("memory limit exceeded: N bytes > M
// bytes", "time limit exceeded: D > L", "allocation limit exceeded: N >
// M", our "output limit exceeded: ..."), for other errors it must be
// Monty's message exactly. For a completed program with a short recorded
// stdout, stdout must match too.

type sandboxRef struct {
	Status            string   `json:"status"`
	UnsupportedLimits []string `json:"unsupported_limits"`
	Error             *struct {
		Type    string `json:"type"`
		Message string `json:"message"`
	} `json:"error"`
	Stdout *struct {
		Text *string `json:"text"`
	} `json:"stdout"`
}

type sandboxExpected struct {
	File     string                     `json:"file"`
	Limits   map[string]json.RawMessage `json:"limits"`
	Expect   string                     `json:"expect"`
	Monty023 sandboxRef                 `json:"monty023"`
	Monty018 sandboxRef                 `json:"monty018"`
}

// sandboxCase is one corpus program with the outcome it must end with.
type sandboxCase struct {
	name   string
	src    []byte
	limits Limits
	want   string  // exception type, or "ok"
	alt    string  // another accepted outcome, or ""
	msg    string  // exact message wanted, when not empty
	stdout *string // exact stdout wanted, when not nil
	from   string  // "monty023" or "expect"
}

// sandboxOutcome is how one run ended.
type sandboxOutcome struct {
	typ     string // exception type or "ok"
	msg     string
	stdout  string
	elapsed time.Duration
	hostErr error // a Go error that is not a Python exception
}

func loadSandboxCases(t *testing.T) []sandboxCase {
	t.Helper()
	files, err := filepath.Glob("../testdata/sandbox/corpus/*.py")
	if err != nil || len(files) == 0 {
		t.Fatal("no sandbox corpus", err)
	}
	var cases []sandboxCase
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(filepath.Join("../testdata/sandbox/expected", name+".json"))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var exp sandboxExpected
		if err := json.Unmarshal(raw, &exp); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		c := sandboxCase{name: name, src: src}
		if c.limits, err = sandboxLimits(exp.Limits); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		ref := exp.Monty023
		contained := func(r sandboxRef) bool {
			return len(r.UnsupportedLimits) == 0 && (r.Status == "ok" || r.Status == "error" || r.Status == "parse-rejected")
		}
		switch {
		case len(ref.UnsupportedLimits) == 0 && !contained(ref) && contained(exp.Monty018):
			c.want, c.from = "ok", "monty018"
			if e := exp.Monty018.Error; e != nil {
				c.want = e.Type
			}
		case !contained(ref):
			c.want, c.from = exp.Expect, "expect"
		case ref.Error != nil:
			c.want, c.from = ref.Error.Type, "monty023"
			c.msg = ref.Error.Message
		default:
			c.want, c.from = "ok", "monty023"
			if ref.Stdout != nil {
				c.stdout = ref.Stdout.Text
			}
		}
		if c.want == "TimeoutError" && exp.Expect != "TimeoutError" {
			c.want, c.alt, c.msg = exp.Expect, "TimeoutError", ""
		}
		if c.want != "TimeoutError" && c.limits.MaxDuration > 0 {
			c.limits.MaxDuration *= 3
		}
		cases = append(cases, c)
	}
	return cases
}

// sandboxLimits reads a header's limits as the run command would.
func sandboxLimits(m map[string]json.RawMessage) (Limits, error) {
	var l Limits
	for k, raw := range m {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			s = string(raw) // a plain number
		}
		var err error
		switch k {
		case "max_duration":
			l.MaxDuration, err = ParseDurationLimit(s)
		case "max_memory":
			l.MaxMemory, err = ParseByteSize(s)
		case "max_output":
			l.MaxOutput, err = ParseByteSize(s)
		case "max_allocations":
			var n int64
			n, err = ParseByteSize(s)
			l.MaxAllocations = n
		case "max_recursion":
			var n int64
			n, err = ParseByteSize(s)
			l.MaxRecursion = int(n)
		default:
			err = fmt.Errorf("unknown limit %q", k)
		}
		if err != nil {
			return l, err
		}
	}
	return l, nil
}

// sandboxCap is how long a program may run beyond its time limit (or, with
// no time limit, at all) before the test calls it not contained.
func sandboxCap(l Limits) time.Duration {
	margin := 3 * time.Second
	if raceEnabled {
		margin = 10 * time.Second
	}
	if l.MaxDuration == 0 {
		return margin
	}
	return l.MaxDuration + margin
}

func runSandboxCase(c sandboxCase) (o sandboxOutcome) {
	start := time.Now()
	defer func() {
		o.elapsed = time.Since(start)
		if r := recover(); r != nil {
			o.hostErr = fmt.Errorf("panic: %v", r)
		}
	}()
	p, err := Compile(c.name+".py", c.src, CompileOptions{})
	if err != nil {
		var ce *CompileError
		if errors.As(err, &ce) {
			o.typ, o.msg = ce.Type, ce.Msg
			return o
		}
		o.hostErr = err
		return o
	}
	// The outside cap: a context the limits should never let fire.
	ctx, cancel := context.WithTimeout(context.Background(), sandboxCap(c.limits))
	defer cancel()
	var out strings.Builder
	_, err = p.Run(ctx, RunConfig{Stdout: &out, Limits: c.limits})
	o.stdout = out.String()
	var e *Exception
	switch {
	case err == nil:
		o.typ = "ok"
	case errors.As(err, &e):
		o.typ, o.msg = e.Type(), e.Message()
	default:
		o.hostErr = err
	}
	return o
}

// runContained runs a case, but gives up waiting when the run ignores
// its limits and the outside cap (then the run's goroutine is left behind:
// the test fails anyway).
func runContained(c sandboxCase) sandboxOutcome {
	done := make(chan sandboxOutcome, 1)
	go func() { done <- runSandboxCase(c) }()
	wait := sandboxCap(c.limits) + 10*time.Second
	select {
	case o := <-done:
		return o
	case <-time.After(wait):
		return sandboxOutcome{elapsed: wait, hostErr: fmt.Errorf("still running after %v: not contained", wait)}
	}
}

// resourceMessage is the form of each resource error's message.
var resourceMessage = map[string]*regexp.Regexp{
	"memory":      regexp.MustCompile(`^memory limit exceeded: \d+ bytes > \d+ bytes$`),
	"allocation":  regexp.MustCompile(`^allocation limit exceeded: \d+ > \d+$`),
	"output":      regexp.MustCompile(`^output limit exceeded: \d+ bytes > \d+ bytes$`),
	"time":        regexp.MustCompile(`^time limit exceeded: \S+ > \S+$`),
	"recursion":   regexp.MustCompile(`^maximum recursion depth exceeded$`),
	"unsupported": nil,
}

// checkSandboxOutcome returns what is wrong with o, or "".
func checkSandboxOutcome(c sandboxCase, o sandboxOutcome) string {
	if o.hostErr != nil {
		return fmt.Sprintf("host error %v (want %s from %s)", o.hostErr, c.want, c.from)
	}
	if o.typ != c.want && (c.alt == "" || o.typ != c.alt) {
		return fmt.Sprintf("ended with %s: %s, want %s (from %s)", o.typ, o.msg, c.want, c.from)
	}
	switch o.typ {
	case "MemoryError":
		for _, re := range []*regexp.Regexp{resourceMessage["memory"], resourceMessage["allocation"], resourceMessage["output"]} {
			if re.MatchString(o.msg) {
				return ""
			}
		}
		if c.msg == "" || o.msg != c.msg {
			return fmt.Sprintf("MemoryError message %q has none of the resource forms", o.msg)
		}
	case "TimeoutError":
		if !resourceMessage["time"].MatchString(o.msg) {
			return fmt.Sprintf("TimeoutError message %q", o.msg)
		}
	case "RecursionError":
		if !resourceMessage["recursion"].MatchString(o.msg) {
			return fmt.Sprintf("RecursionError message %q", o.msg)
		}
	case "ok":
		if c.stdout != nil && o.stdout != *c.stdout {
			return fmt.Sprintf("stdout %.200q, want %.200q", o.stdout, *c.stdout)
		}
	default:
		if c.msg != "" && o.msg != c.msg {
			return fmt.Sprintf("%s message %q, want %q", o.typ, o.msg, c.msg)
		}
	}
	return ""
}

// sandboxHeapBound is the most live heap the test process may hold after
// a program ends (with others still running): the corpus's memory limits
// are at most 256 MiB, so a leak or an unbounded run shows up above.
const sandboxHeapBound = 512 << 20

// sandboxFilter narrows the corpus when debugging: go test -run
// SandboxCorpus -sandbox 'mem_'.
var sandboxFilter = flag.String("sandbox", "", "regexp: run only the sandbox programs whose names match")

func TestSandboxCorpus(t *testing.T) {
	cases := loadSandboxCases(t)
	if *sandboxFilter != "" {
		re := regexp.MustCompile(*sandboxFilter)
		var keep []sandboxCase
		for _, c := range cases {
			if re.MatchString(c.name) {
				keep = append(keep, c)
			}
		}
		cases = keep
	}
	if raceEnabled {
		cases = raceSubset(cases)
	}
	type result struct {
		c sandboxCase
		o sandboxOutcome
	}
	results := make([]result, len(cases))
	var mu sync.Mutex
	var heapErrs []string
	var maxHeap uint64
	// Programs that must end by their time limit wait for a clock, so
	// many run at once; the others need the CPU to reach their limit in
	// time, so they run two at a time first.
	phase := func(clock bool, par int) {
		sem := make(chan struct{}, par)
		var wg sync.WaitGroup
		for i, c := range cases {
			if (c.want == "TimeoutError") != clock {
				continue
			}
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				o := runContained(c)
				results[i] = result{c, o}
				var ms runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&ms)
				mu.Lock()
				maxHeap = max(maxHeap, ms.HeapAlloc)
				if ms.HeapAlloc > sandboxHeapBound {
					heapErrs = append(heapErrs, fmt.Sprintf("%s: heap %d MiB after the run", c.name, ms.HeapAlloc>>20))
				}
				mu.Unlock()
			}()
		}
		wg.Wait()
	}
	phase(false, 2)
	phase(true, 8)
	for _, e := range heapErrs {
		t.Error(e)
	}
	known := sandboxKnownFailures(t)
	contained, matched := 0, 0
	var slowest result
	for _, r := range results {
		c, o := r.c, r.o
		t.Logf("%-40s %-20s %v", c.name, o.typ, o.elapsed.Round(time.Millisecond))
		if o.hostErr != nil || o.elapsed > sandboxCap(c.limits) {
			t.Errorf("%s: not contained: %v after %v (limit %v)", c.name, o.hostErr, o.elapsed.Round(time.Millisecond), c.limits.MaxDuration)
			continue
		}
		contained++
		if o.elapsed > slowest.o.elapsed {
			slowest = r
		}
		msg := checkSandboxOutcome(c, o)
		switch {
		case msg == "" && known[c.name] != "":
			t.Errorf("%s: listed in sandbox_known_failures.txt but now matches: remove it", c.name)
		case msg == "":
			matched++
		case known[c.name] == "":
			t.Errorf("%s: %s", c.name, msg)
		}
	}
	t.Logf("contained %d/%d (%d with the expected outcome, %d known differences); slowest %s (%v, time limit %v); largest live heap after a program %d MiB",
		contained, len(results), matched, len(known), slowest.c.name, slowest.o.elapsed.Round(time.Millisecond), slowest.c.limits.MaxDuration, maxHeap>>20)
}

// raceSubset keeps, under the race detector (which slows the interpreter
// ten-fold), every program that does not wait for a time limit of a
// second or more, plus one of each kind that does, except the squaring
// of a big int: seconds of math/big work that the race detector only
// slows down past the program's time limit.
func raceSubset(cases []sandboxCase) []sandboxCase {
	var out []sandboxCase
	seen := map[string]bool{}
	for _, c := range cases {
		if c.name == "mem_bigint_square_loop" {
			continue
		}
		kind, _, _ := strings.Cut(c.name, "_")
		if c.want != "TimeoutError" || !seen[kind] {
			out = append(out, c)
			seen[kind] = seen[kind] || c.want == "TimeoutError"
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// sandboxKnownFailures reads testdata/sandbox_known_failures.txt: a
// program name, then the reason, per line.
func sandboxKnownFailures(t *testing.T) map[string]string {
	data, err := os.ReadFile("testdata/sandbox_known_failures.txt")
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, " ")
		known[name] = strings.TrimSpace(reason)
		if known[name] == "" {
			known[name] = "?"
		}
	}
	return known
}
