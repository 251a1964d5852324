// Package webapi is the JSON interface of the WebAssembly build of
// monty-tools (editors/web): the analyzer, the formatter, the interpreter
// and the language server's completion and hover, each a function from a
// JSON request to a JSON response, so that the JavaScript side makes one
// call with one string each way (cheaper than building JS objects field
// by field through syscall/js).
//
// Positions and ranges are LSP's: 0-based lines and UTF-16 characters,
// the form Monaco and every LSP client convert from directly. Requests are
// stateless; the last stub text and its declarations are cached, because
// an editor sends the same stubs with every keystroke.
//
// Call never panics: a panic in a tool becomes an error response, since a
// panic in a WebAssembly callback would end the Go program for the page.
package webapi
