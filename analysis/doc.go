// Package analysis checks a parsed Monty program against a profile of the
// Monty subset and reports diagnostics: constructs the target Monty
// version rejects when it loads a program, calls to external functions
// that no stub declares (or calls with the wrong arguments), unknown
// modules, attributes and builtins, undefined names, and places where the
// target version behaves differently from CPython.
//
// What Monty supports is data: a [profile.Profile] lists rejected
// constructs by id, with Monty's own message. This package only knows how
// to find each construct in a tree; whether a construct is an error, a run
// time failure or a silent difference comes from the profile, so a new
// Monty version is a new profile file.
//
// Names are resolved as Monty resolves them (resolve.go): Python's scopes
// (module, class, function, lambda, comprehension; global and nonlocal),
// then inputs, builtins of the profile and externals from the stubs. A
// called name that resolves to none of these is one Monty turns into an
// external call, so it is reported as an undeclared external. Under a
// profile with source-order globals (Monty 0.0.18) a function sees only
// the module names bound before it.
//
// One walk (walk.go) visits the tree in source order: it records the
// bindings of every scope, runs the checks that need no resolved names,
// and records the uses; the uses are resolved afterwards, when every
// binding is known (a Python name is local to a function if the function
// assigns it anywhere), and the checks that need them run then. Keeping
// the analysis to one walk keeps it cheap next to parsing (bench/check).
// So does the bookkeeping: each distinct name of a file is interned once
// as a symbol, bindings are found by (scope, symbol) in one table, and
// a plain check reuses the memory of the previous file's (symbols.go,
// files.go). That memory holds numbers rather than pointers where it can
// (bindings link to their scope and to each other by number): a check
// runs while the parse of the next file keeps the collector busy, and
// while the collector marks, every pointer written costs a write barrier.
//
// Every diagnostic has a stable code (codes.go): 0xx syntax, 1xx
// constructs rejected at load time, 2xx names, modules and externals, 3xx
// stubs and configuration, 4xx run-time failures and behaviour
// differences. Codes are never reused.
package analysis
