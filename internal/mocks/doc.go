// Package mocks answers the external-function calls of a Monty program
// from canned JSON answers, and converts between JSON and interpreter
// values. It is shared by `monty-lsp run --mocks`, the interpreter corpus
// bench and the playground, so that one mocks file means the same thing
// in all of them.
//
// A mocks document is a JSON object from function name to mock; each
// mock has exactly one of these forms:
//
//	{"return": V}                         every call returns V
//	{"sequence": [V1, V2, ...]}           calls return V1, V2, ..., then None
//	{"raise": {"type": T, "message": M}}  every call raises T(M)
//	{"cases": [{"args": [...], "kwargs": {...}, "return": V}, ...], "default": V}
//	                                      the first case whose arguments equal
//	                                      the call's decides, else default (None)
//
// Arguments compare as Python compares them for these JSON-like values:
// 1 and 1.0 are equal, a tuple equals the list with the same items.
package mocks
