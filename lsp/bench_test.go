package lsp

import (
	"io"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/internal/pygen"
)

// BenchmarkKeystroke measures keystroke-to-diagnostics latency on a
// generated 2,000-line file: each iteration sends one didChange (typing
// or deleting a character in a name in the middle of the file) and waits
// for the publishDiagnostics of that version. It reports the p50 and p99
// latencies, the CPU time per keystroke (server and test client, GC
// included), and the median time of a full check for comparison.
// "project" declares the generator's externals and inputs in stubs, as a
// project would (as bench/check does), leaving a few dozen diagnostics;
// "bare" has no stubs and publishes about 800 diagnostics (170 kB of
// JSON) per keystroke. Run it with a fixed count for stable percentiles:
//
//	go test ./lsp -run '^$' -bench Keystroke -benchtime 400x
func BenchmarkKeystroke(b *testing.B) {
	src := string(pygen.Generate(2000, 1))
	b.Run("project", func(b *testing.B) {
		dir := writeFiles(b, map[string]string{"monty.toml": benchConfig, "host.pyi": benchStubs(), "rule.py": src})
		keystrokes(b, pathURI(filepath.Join(dir, "rule.py")), dir, src)
	})
	b.Run("bare", func(b *testing.B) {
		keystrokes(b, "untitled:bench.py", "", src)
	})
	b.Run("project-20000", func(b *testing.B) {
		big := string(pygen.Generate(20000, 1))
		dir := writeFiles(b, map[string]string{"monty.toml": benchConfig, "host.pyi": benchStubs(), "rule.py": big})
		keystrokes(b, pathURI(filepath.Join(dir, "rule.py")), dir, big)
	})
}

// benchConfig and benchStubs declare what internal/pygen's programs use,
// as bench/check does.
const benchConfig = "[monty]\nstubs = [\"host.pyi\"]\ninputs = [\"width\", \"options\", \"extra\", \"retries\", \"defaults\", \"failures\"]\n"

func benchStubs() string {
	out := "from typing import Any\n"
	for _, f := range strings.Fields("fetch_records send_email get_user lookup_rate call_llm log_event search_docs update_ticket notify get_weather load_policy store_result retry register timer") {
		out += "def " + f + "(*args: Any, **kwargs: Any) -> Any: ...\n"
	}
	return out
}

func keystrokes(b *testing.B, u protocol.DocumentURI, dir, src string) {
	line, col := editPoint(src)
	var mu sync.Mutex
	var server []time.Duration // didChange applied -> publication written
	c := newTestClient(b, Options{Log: io.Discard, published: func(_ *snapshot, d time.Duration) {
		mu.Lock()
		server = append(server, d)
		mu.Unlock()
	}})
	c.keepHistory, c.light = false, true
	if dir != "" {
		c.initialize(dir)
	} else {
		c.initialize()
	}
	c.open(u, 1, src)
	diags := len(c.diagnostics(u, 1).Diagnostics)
	snap, _ := c.server.sess.get(u)
	opts := snap.Project().opts
	lat := make([]time.Duration, 0, b.N)
	mu.Lock()
	server = server[:0]
	mu.Unlock()
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e := edit{rng(line, col, line, col), "z"} // type a character
		if i%2 == 1 {
			e = edit{rng(line, col, line, col+1), ""} // delete it
		}
		start := time.Now()
		c.change(u, int32(i+2), e)
		c.diagnostics(u, int32(i+2))
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	cpu := cpuTime() - cpu0
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(ms(cpu)/float64(b.N), "cpu-ms/op")
	p50, p99 := percentiles(lat)
	b.ReportMetric(ms(p50), "p50-ms")
	b.ReportMetric(ms(p99), "p99-ms")
	mu.Lock()
	p50, p99 = percentiles(server)
	mu.Unlock()
	b.ReportMetric(ms(p50), "server-p50-ms")
	b.ReportMetric(ms(p99), "server-p99-ms")
	b.ReportMetric(ms(checkTime(src, &opts)), "check-p50-ms")
	b.ReportMetric(float64(diags), "diags")
}

// percentiles returns the median and the 99th percentile of ds.
func percentiles(ds []time.Duration) (time.Duration, time.Duration) {
	if len(ds) == 0 {
		return 0, 0
	}
	ds = append([]time.Duration(nil), ds...)
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	return ds[len(ds)/2], ds[len(ds)*99/100]
}

// editPoint returns the position just after the first character of the
// first assigned name past the middle of src.
func editPoint(src string) (uint32, uint32) {
	lines := strings.Split(src, "\n")
	assign := regexp.MustCompile(`^\s+[a-z_]\w* = `)
	for i := len(lines) / 2; i < len(lines); i++ {
		if loc := assign.FindStringIndex(lines[i]); loc != nil {
			return uint32(i), uint32(len(lines[i]) - len(strings.TrimLeft(lines[i], " ")) + 1)
		}
	}
	return uint32(len(lines) / 2), 0
}

// checkTime returns the median time of the analysis alone on src.
func checkTime(src string, opts *analysis.Options) time.Duration {
	var ds []time.Duration
	for i := 0; i < 21; i++ {
		start := time.Now()
		analysis.CheckSource("bench.py", []byte(src), opts)
		ds = append(ds, time.Since(start))
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	return ds[len(ds)/2]
}
