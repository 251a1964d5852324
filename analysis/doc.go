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
// then builtins of the profile, inputs and externals from the stubs. A
// called name that resolves to none of these is one Monty turns into an
// external call, so it is reported as an undeclared external.
//
// Every diagnostic has a stable code (codes.go): 0xx syntax, 1xx
// constructs rejected at load time, 2xx names, modules and externals, 3xx
// stubs and configuration, 4xx run-time failures and behaviour
// differences. Codes are never reused.
package analysis
