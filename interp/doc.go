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
// # Speed
//
// The fast paths keep the general path's semantics; each is the general
// code with a step skipped. Calls of a plain function with positional
// arguments (Code.simple) get a pooled frame without argument binding;
// builtins calling back (key=, map, filter) use call1. Superinstructions
// (fuse in compile.go, fusedInt) join local/const loads with the int
// arithmetic, compare-and-jump, attribute store or method load that
// follows; the fused instructions stay in place for jumps and errors. A
// for loop inlines range and list iteration and unpacks enumerate and
// dict.items() pairs without tuples. Dicts of up to smallDict entries have
// no index and find str keys by comparison; larger ones use an open
// addressing table. An instance keeps only its attribute values, named
// by a shape its class's instances share (instance.go), in one
// allocation; attribute loads, stores and method calls remember per site
// where the last shape had the attribute (attrcache.go). s += piece appends in place behind the last concatenation
// result (strcat.go). Sorting merge-sorts positions with typed comparisons
// (sort.go). The VM loop is too large for the Go compiler to inline calls
// in it, so hot helpers such as tick are inlined by hand there.
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
//
// # Limits and sandbox
//
// [RunConfig.Limits] bounds a run's wall time, the memory its live values
// hold, its allocations, its call depth and its output; a context ends it
// too. Exceeding a limit raises Monty's error, which no except or finally
// clause of the program sees (RecursionError excepted), inside loops,
// recursion and long builtins alike (limits.go says how memory is
// measured without reference counts). Programs reach nothing outside:
// no file, network, environment, process, clock or randomness except
// through external functions; dunder attributes that lead to the
// interpreter's internals do not exist; regular expressions run on Go's
// linear-time engine. ../testdata/sandbox holds the hostile programs that
// sandbox_test.go runs under limits.
package interp
