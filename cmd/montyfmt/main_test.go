package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/monty-tools/monty-tools/internal/scripttest"
)

// TestMain lets the test binary act as the montyfmt command, so that
// scripts run it as a separate process with its own exit code and
// standard streams.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"montyfmt": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the command-line scripts in testdata/script. Their
// expected outputs are ruff's (0.17.4) for the same inputs and options.
func TestScripts(t *testing.T) {
	scripttest.Run(t, testscript.Params{
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"perm":   scripttest.Perm,
			"status": scripttest.Status(),
			"crlf":   cmdCRLF,
			"bom":    cmdBOM,
		},
	})
}

// cmdCRLF implements `crlf FILE`: it turns FILE's line endings into
// CRLF, since a txtar archive cannot hold them reliably through git.
func cmdCRLF(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: crlf FILE")
	}
	p := ts.MkAbs(args[0])
	data, err := os.ReadFile(p)
	ts.Check(err)
	data = bytes.ReplaceAll(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n")), []byte("\n"), []byte("\r\n"))
	ts.Check(os.WriteFile(p, data, 0o644))
}

// cmdBOM implements `bom FILE`: it puts a UTF-8 byte-order mark in front
// of FILE's contents.
func cmdBOM(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: bom FILE")
	}
	p := ts.MkAbs(args[0])
	data, err := os.ReadFile(p)
	ts.Check(err)
	ts.Check(os.WriteFile(p, append([]byte("\uFEFF"), data...), 0o644))
}
