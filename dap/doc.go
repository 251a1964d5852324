// Package dap is the Debug Adapter Protocol server of `monty-lsp dap`: it
// runs a Monty program on our interpreter, compiled with line events
// (interp.CompileOptions.Debug), and lets a DAP client (VS Code, or any
// other) set breakpoints, step, look at frames and variables, evaluate
// expressions and stop at each external call to inspect — and change —
// the answer the program will get. Messages are read and written with
// github.com/google/go-dap.
//
// # Launch arguments
//
//	program            the file to run (required); relative to cwd
//	cwd                the folder relative paths are read against (default: the adapter's)
//	config             a monty.toml or pyproject.toml (default: found from the program)
//	inputs             an object of input values (JSON values), or
//	inputsFile         a JSON file holding that object
//	mocks              a mocks file (package internal/mocks) for the external functions
//	host               a host command answering the externals without a mock (package internal/runner)
//	stopOnEntry        stop before the first statement
//	stopOnExternalCall stop at each external call, after the mock answered and before
//	                   the program gets the answer, which setVariable can change
//	noDebug            just run: output, result, exit code
//
// Launch problems (a missing program, bad inputs, a mock missing for a
// called external) are error responses; a program Monty would reject at
// load time launches, prints the error and ends with exit code 1.
//
// # Threads and stops
//
// The program runs on its own goroutine, one DAP thread (id 1). At a stop
// the goroutine waits in the interp.Debugger callback; requests that look
// at the program (stackTrace, scopes, variables, evaluate, setVariable)
// are sent to it as functions and run there, so the interpreter is only
// ever touched by the goroutine that runs it. Variable references and
// frame ids are valid until the program resumes.
//
// Stop reasons: "entry", "breakpoint" (with the condition and hit
// condition met), "step", "pause", "exception" (an exception no handler
// catches, before the frames unwind) and "external call" for the stop at
// an external call, whose "External call" scope lists the function, its
// arguments and the mocked "result" (or "raises" when the mock raises);
// setting "result" (a Python expression) replaces the answer.
//
// # Values
//
// Locals (the globals at module level), Globals, and inside them the items
// of lists, tuples and sets, the entries of dicts and the attributes of
// objects, each with an expression that reads it again (evaluateName).
// setVariable takes a Python expression, evaluated in the innermost
// frame, and assigns a local, a global, a list item, a dict value or an
// attribute. evaluate (watch, hover, repl) and breakpoint conditions use
// interp.Paused.Eval: the frame's variables, the globals and builtins,
// calls of the program's functions (without stopping in them); no
// external calls and no statements.
package dap
