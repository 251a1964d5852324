package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"time"
)

// testHost is a host command for the run scripts (`testhost MODE`),
// speaking the protocol of internal/runner. In mode "serve" it answers
// the hello and then each call by the function's name:
//
//	double(n)    → n * 2
//	echo(...)    → {"args": [...], "kwargs": {...}}
//	fail(x)      → raises ValueError("bad " + x)
//	nosuchexc()  → raises NoSuchError, which is not a builtin exception
//	slow()       → answers after 10 s
//	crash()      → writes "boom" on stderr and exits with status 3
//	log()        → writes a log line on stdout instead of a response
//	badid()      → answers with the wrong id
//	both()       → answers with both "result" and "error"
//
// Mode "v2" answers the hello with protocol version 2; mode "mute" exits
// at once without answering; mode "deaf" answers the hello and then
// reads nothing.
func testHost() int {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: testhost serve|v2|mute|deaf")
		return 2
	}
	mode := os.Args[1]
	if mode == "mute" {
		return 0
	}
	in := bufio.NewScanner(os.Stdin)
	out := json.NewEncoder(os.Stdout)
	if !in.Scan() {
		return 1
	}
	var hello map[string]any
	if err := json.Unmarshal(in.Bytes(), &hello); err != nil || hello["hello"] != "monty-host" {
		fmt.Fprintf(os.Stderr, "testhost: bad hello %s\n", in.Bytes())
		return 1
	}
	version := 1
	if mode == "v2" {
		version = 2
	}
	fmt.Fprintf(os.Stderr, "testhost: hello for %v, functions %v\n", hello["file"], hello["functions"])
	out.Encode(map[string]any{"hello": "monty-host", "version": version})
	if mode == "deaf" {
		time.Sleep(10 * time.Second) // reads no call
		return 0
	}
	for in.Scan() {
		var req struct {
			ID       int            `json:"id"`
			Function string         `json:"function"`
			Args     []any          `json:"args"`
			Kwargs   map[string]any `json:"kwargs"`
		}
		if err := json.Unmarshal(in.Bytes(), &req); err != nil {
			fmt.Fprintf(os.Stderr, "testhost: bad request %s\n", in.Bytes())
			return 1
		}
		if code, done := answer(out, req.ID, req.Function, req.Args, req.Kwargs); done {
			return code
		}
	}
	return 0
}

// answer answers one request; done says the host must exit with code.
func answer(out *json.Encoder, id int, fn string, args []any, kwargs map[string]any) (code int, done bool) {
	switch fn {
	case "double":
		out.Encode(map[string]any{"id": id, "result": args[0].(float64) * 2})
	case "echo":
		out.Encode(map[string]any{"id": id, "result": map[string]any{"args": args, "kwargs": kwargs}})
	case "fail":
		out.Encode(map[string]any{"id": id, "error": map[string]any{"type": "ValueError", "message": fmt.Sprint("bad ", args[0])}})
	case "nosuchexc":
		out.Encode(map[string]any{"id": id, "error": map[string]any{"type": "NoSuchError", "message": "m"}})
	case "slow":
		time.Sleep(10 * time.Second)
		out.Encode(map[string]any{"id": id, "result": nil})
	case "crash":
		fmt.Fprintln(os.Stderr, "boom")
		return 3, true
	case "log":
		fmt.Println("looking things up")
	case "badid":
		out.Encode(map[string]any{"id": id + 1, "result": 1})
	case "both":
		out.Encode(map[string]any{"id": id, "result": 1, "error": map[string]any{"type": "ValueError"}})
	default:
		out.Encode(map[string]any{"id": id, "error": map[string]any{"type": "NameError", "message": "testhost has no " + fn}})
	}
	return 0, false
}
