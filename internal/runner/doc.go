// Package runner is the debug-run machinery shared by `monty-lsp run`,
// the language server's monty.run command and the debug adapter: it
// loads a file's project, its inputs and the answers to its external
// calls, compiles it, runs it with resource limits and reports what
// happened as one JSON-ready Report.
//
// A run has two steps. Prepare does everything that can fail before the
// program starts — configuration, inputs, mocks, the check that the file
// calls only declared externals, compilation — and returns a Prepared
// run or a *SetupError. Prepared.Run executes it once and returns a
// Report; a Prepared holds one run's state (a "sequence" mock's place,
// the host process), so prepare again for another run. Callers that
// drive the interpreter themselves (the debug adapter) take
// Prepared.Program, Prepared.Inputs and Prepared.Externals.Call, which is
// an interp.ExternalFunc.
//
// # Who answers an external call
//
// For each external function the file calls, the first of these that
// applies answers every call:
//
//  1. its mock in the mocks file (see package internal/mocks);
//  2. the host command (--host), which answers every declared external
//     without a mock;
//  3. the terminal prompt (--prompt, or automatically when stdin is a
//     terminal and there is no host command).
//
// An external that none of them answers is an error before the program
// starts, as is a mock of a function the stubs do not declare.
//
// # The host protocol
//
// A host command is any program that reads requests from its standard
// input and writes responses to its standard output, one JSON object per
// line (UTF-8, no line breaks inside an object). Its standard error is
// passed through for its logs. The runner starts it at the first call it
// must answer, in Options.Dir (the current directory when empty), and
// first sends a hello:
//
//	{"hello": "monty-host", "version": 1, "file": "rules/order.py", "functions": ["fetch", "save"]}
//
// ("functions" are the externals the file uses that the host may be
// asked for: those without a mock), which the host answers with the
// protocol version it speaks:
//
//	{"hello": "monty-host", "version": 1}
//
// Then, for each external call, one request and one response:
//
//	→ {"id": 1, "function": "fetch", "args": [7], "kwargs": {"fresh": true}}
//	← {"id": 1, "result": {"name": "Ann", "tags": ["a"]}}
//	→ {"id": 2, "function": "save", "args": [{"name": "Ann"}], "kwargs": {}}
//	← {"id": 2, "error": {"type": "PermissionError", "message": "read-only"}}
//
// Ids count calls from 1; a response carries its request's id and exactly
// one of "result" (any JSON value: null is None, arrays are lists,
// objects dicts in their key order) or "error" (the exception the call
// raises in the program: a builtin exception type and its message).
// Arguments without a JSON form (sets, NaN, instances...) are sent as
// their repr string. After the run the runner closes the host's standard
// input; the host should then exit, and is killed after HostExitGrace.
//
// A host that exits, writes a line that is not such a response (a log
// line on stdout, bad JSON, a wrong id), or does not answer within the
// call timeout ends the run with a *HostError naming the call, the
// function and the line of the host's output; the report's error has the
// line of the file that called it when the file calls that function in
// one place only (the interpreter gives a host failure no frame).
package runner
