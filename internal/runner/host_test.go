package runner

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestMain lets the test binary be a host command: with RUNNER_TEST_HOST
// set it answers the hello, then each call with its first argument
// doubled, or, for a call of "quit", by exiting.
func TestMain(m *testing.M) {
	if os.Getenv("RUNNER_TEST_HOST") != "" {
		os.Exit(serveTestHost())
	}
	os.Exit(m.Run())
}

func serveTestHost() int {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(nil, 1<<20)
	for in.Scan() {
		var msg map[string]any
		if err := json.Unmarshal(in.Bytes(), &msg); err != nil {
			return 1
		}
		if _, ok := msg["hello"]; ok {
			fmt.Println(`{"hello": "monty-host", "version": 1}`)
			continue
		}
		if msg["function"] == "quit" {
			fmt.Fprintln(os.Stderr, "quitting")
			return 4
		}
		out, _ := json.Marshal(map[string]any{"id": msg["id"], "result": msg["args"].([]any)[0].(float64) * 2})
		fmt.Println(string(out))
	}
	return 0
}

// TestHostCommand runs programs whose externals a host process answers:
// the answers, the call log and a host that exits mid-run.
func TestHostCommand(t *testing.T) {
	t.Setenv("RUNNER_TEST_HOST", "1")
	dir := writeProject(t, map[string]string{
		"monty.toml": "[monty]\nstubs = [\"host.pyi\"]\n",
		"host.pyi":   "def twice(n: int) -> int: ...\ndef quit() -> None: ...\n",
	})
	host := fmt.Sprintf("%q", os.Args[0])
	main := filepath.Join(dir, "main.py")
	var stderr strings.Builder
	prep, err := Prepare(main, []byte("[twice(i) for i in range(50)][-1]\n"), Options{Host: host, HostStderr: &stderr, HostTimeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	rep := prep.Run(context.Background(), RunOptions{})
	if rep.Error != nil || *rep.Repr != "98" || len(rep.Calls) != 50 || rep.Calls[49].Source != SourceHost {
		t.Fatalf("report: %+v", rep)
	}
	prep, err = Prepare(main, []byte("twice(1)\nquit()\n"), Options{Host: host, HostStderr: &stderr, HostTimeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	rep = prep.Run(context.Background(), RunOptions{})
	if rep.Error == nil || rep.Error.Type != ErrorHost || !strings.Contains(rep.Error.Message, "call 2 (quit): the host ended before answering (exit status 4); its stderr ends: quitting") {
		t.Errorf("error: %+v", rep.Error)
	}
	if !strings.Contains(stderr.String(), "quitting\n") {
		t.Errorf("the host's stderr did not pass through: %q", stderr.String())
	}
	// A cancelled run stops waiting for the host.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	prep, _ = Prepare(main, []byte("twice(1)\n"), Options{Host: host})
	rep = prep.Run(ctx, RunOptions{})
	if rep.Error == nil || rep.Error.Type != ErrorCancelled {
		t.Errorf("cancelled run: %+v", rep.Error)
	}
}
