// Command lspdrive measures language servers the way an editor uses them:
// it starts each server as a subprocess speaking LSP over stdio, opens a
// generated Python file (internal/pygen) in a Monty project, and reports
// side by side
//
//   - the time from didOpen to the first publishDiagnostics;
//   - keystroke latency: didChange to the publishDiagnostics of that
//     version, over typed edits (characters inserted into the middle of an
//     identifier and deleted again), p50 and p99;
//   - hover and completion latency at random identifiers, p99 ("n/a" when
//     the server answers MethodNotFound);
//   - completion latency right after each keystroke of the typed edits,
//     before the keystroke's diagnostics, as an editor asks while the user
//     types, p99;
//   - the server's peak resident memory (VmHWM from /proc).
//
// Usage:
//
//	lspdrive -server 'monty=monty-lsp serve' -server 'pyright=pyright-langserver --stdio' [-lines 2000,20000]
//
// bench/lsp builds the servers and runs it. The targets printed next to the
// measurements are those of monty-lsp.
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// server is a named command line that starts a language server on stdio.
type server struct {
	name string
	argv []string
}

// serverFlags collects the -server flags.
type serverFlags []server

// String lists the servers.
func (s *serverFlags) String() string { return fmt.Sprint(*s) }

// Set parses "name=command args...".
func (s *serverFlags) Set(v string) error {
	name, cmd, ok := strings.Cut(v, "=")
	argv := strings.Fields(cmd)
	if !ok || name == "" || len(argv) == 0 {
		return fmt.Errorf("want name=command args..., got %q", v)
	}
	*s = append(*s, server{name, argv})
	return nil
}

func main() {
	var servers serverFlags
	flag.Var(&servers, "server", "a server to measure, as name=command args... (repeatable)")
	sizes := flag.String("lines", "2000,20000", "comma-separated file sizes in lines")
	judged := flag.String("judge", "monty", "the server whose column is checked against the targets")
	dir := flag.String("dir", "", "directory for the generated projects (default: a temporary one)")
	var lim limits
	flag.IntVar(&lim.edits, "edits", 200, "typed edits per file")
	flag.IntVar(&lim.requests, "requests", 200, "hover and completion requests per file")
	flag.DurationVar(&lim.timeout, "timeout", 10*time.Second, "wait for one edit's diagnostics or one request")
	flag.DurationVar(&lim.openTimeout, "open-timeout", 2*time.Minute, "wait for initialize and the first diagnostics")
	flag.DurationVar(&lim.budget, "budget", 90*time.Second, "time for one loop of edits or requests; later ones are skipped")
	flag.Uint64Var(&lim.seed, "seed", 1, "seed of the generated files and of the request positions")
	flag.BoolVar(&lim.detail, "detail", false, "also print each latency's p50, p90, p99 and the three largest to stderr")
	flag.Parse()
	if len(servers) == 0 || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(servers, *sizes, *dir, *judged, lim); err != nil {
		fmt.Fprintln(os.Stderr, "lspdrive:", err)
		os.Exit(1)
	}
}

// run measures every server on every size and prints the table.
func run(servers []server, sizes, dir, judged string, lim limits) error {
	if dir == "" {
		tmp, err := os.MkdirTemp("", "lspdrive")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	t := &table{servers: servers, judged: judged}
	for _, field := range strings.Split(sizes, ",") {
		lines, err := strconv.Atoi(strings.TrimSpace(field))
		if err != nil || lines <= 0 {
			return fmt.Errorf("bad size %q", field)
		}
		p, err := newProject(dir, lines, lim.seed)
		if err != nil {
			return err
		}
		row := sizeRow{p: p, lines: lines}
		for _, s := range servers {
			fmt.Fprintf(os.Stderr, "lspdrive: %s on %d lines...\n", s.name, p.lines)
			r := measure(s.argv, p, lim)
			if lim.detail {
				r.printDetail(os.Stderr, s.name, p.lines)
			}
			row.results = append(row.results, r)
		}
		t.sizes = append(t.sizes, row)
	}
	t.print(os.Stdout, lim)
	return nil
}
