// Package interp runs programs in the Monty subset of Python with the
// semantics, exceptions and messages of Monty 0.0.23 (the newest profile;
// the profile package says which builtins and modules a version has).
//
// # Pipeline
//
// [Compile] parses with package syntax, refuses what the profile's Monty
// refuses to load (the first such construct in source order, found by
// package analysis, with Monty's message), resolves every name at compile
// time (scope.go: locals live in frame slots, variables shared with inner
// functions in cells, module names in a global table; a called name bound
// nowhere becomes an external call, as in Monty) and compiles each
// function, lambda, comprehension and class body to a [Code]: 32-bit
// instructions (opcode.go), constants, and a per-instruction source span
// for tracebacks.
//
// [Program.Run] executes on a VM with explicit frames (vm.go): a Python
// call pushes a [Frame] and continues in the same loop instead of
// recursing on the Go stack. A frame holds only plain data — its code,
// program counter, value slots (locals, then the operand stack), cells,
// handler blocks and the exceptions being handled — and iterators are
// plain data too (iter.go), so the state at an external call can later be
// serialised. Builtins that call back into Python (sorted's key, map,
// __eq__ of a user class) run a nested loop.
//
// # Values
//
// A [Value] is a Go interface holding small concrete types: Int (int64,
// with *big.Int beyond it), Float, Bool, Str, Bytes, None, and pointers
// for mutable or shared objects (*List, *Dict, *Set, *Instance...). Tuple
// is a slice, so Values are never compared with ==: identity is isSame,
// equality vm.equal. Dicts and sets keep insertion order (sets too, as in
// Monty). Ints in [-1024, 32768) are pre-boxed so arithmetic on them does
// not allocate.
//
// # Monty's semantics
//
// Where Monty 0.0.23 differs from CPython the interpreter follows Monty:
// generator expressions are eager lists, bools take no part in arithmetic,
// str % x and dict | dict fail, exceptions take at most one str argument,
// user classes have no bases and only __init__, __repr__, __str__,
// __eq__, __hash__, __contains__, __iter__, __enter__ and __exit__ are
// called, a failed assert's message shows the compared values, OS
// functions raise an uncatchable NotImplementedError, KeyError keeps the
// key's str, and tracebacks are printed the way the Monty CLI prints them.
// The differential corpus in ../testdata/interp (generated from real Monty)
// checks this; corpus_test.go runs it.
//
// Number formatting, str methods and JSON come from package pylib.
//
// # Embedding
//
// A host compiles a program once and runs it any number of times, also
// concurrently: a [Program] is never changed by a run. Inputs are global
// values given per run; external functions are Go functions registered
// by name in [Funcs], sync ([Sync]) or async ([Async]: each call runs on
// its own goroutine and the program awaits its coroutine; the coroutines
// of an asyncio.gather take turns at their awaits, as asyncio's tasks do,
// so their host calls overlap). [Program.Start] runs step by step instead:
// each external call without Go code pauses the run in a [Snapshot] that
// the host answers with a value or an exception, a gather's calls as one
// batch answered by call ID. The paused program waits on its own
// goroutine, so a pause may happen even inside a builtin that called back
// into Python. A snapshot serialises to bytes by record and replay rather
// than by copying the heap ([LoadSnapshot] says why this is sound); the
// builtin hash() is the same in every process for that reason.
package interp
