//go:build js && wasm

// Command wasm is the WebAssembly build of monty-tools for web pages and
// Node (editors/web): it registers one JavaScript function per operation
// of package webapi and then waits for calls.
//
// The JavaScript loader (editors/web/lib/monty.js) passes a global name
// as the first argument; the functions are set on an object under that
// name, each taking a JSON request string and returning a JSON response
// string synchronously. Calls are pure computation with no waiting on the
// event loop, so they can be synchronous.
package main

import (
	"os"
	"syscall/js"

	"github.com/monty-tools/monty-tools/editors/web/wasm/webapi"
)

func main() {
	name := "__montyWasm"
	if len(os.Args) > 1 {
		name = os.Args[1]
	}
	api := js.Global().Get("Object").New()
	for _, op := range webapi.Ops() {
		api.Set(op, js.FuncOf(func(_ js.Value, args []js.Value) any {
			if len(args) != 1 || args[0].Type() != js.TypeString {
				return `{"error":"want one JSON string argument"}`
			}
			return string(webapi.Call(op, []byte(args[0].String())))
		}))
	}
	js.Global().Set(name, api)
	select {} // keep the functions alive for the page's lifetime
}
