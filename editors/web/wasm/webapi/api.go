package webapi

import (
	"encoding/json"
	"fmt"
	"runtime/debug"
	"sort"
)

// handlers maps an operation name to its implementation. Each decodes its
// own request type and returns a value that encodes as the response.
var handlers = map[string]func(data []byte) (any, error){
	"check":    decodeThen(check),
	"format":   decodeThen(formatSource),
	"run":      decodeThen(run),
	"complete": decodeThen(complete),
	"hover":    decodeThen(hover),
	"info":     decodeThen(func(struct{}) (any, error) { return info(), nil }),
}

// Ops returns the names of the operations Call accepts, sorted.
func Ops() []string {
	names := make([]string, 0, len(handlers))
	for n := range handlers {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// response is the envelope of every answer: exactly one of Result and
// Error is set.
type response struct {
	Result any    `json:"result,omitempty"`
	Error  string `json:"error,omitempty"`
}

// Call runs operation op on a JSON request and returns the JSON response
// {"result": ...} or {"error": "..."}. An unknown operation, a malformed
// request (unknown fields included, so a misspelt option is not silently
// ignored) and a panic of a tool are errors.
func Call(op string, request []byte) (out []byte) {
	defer func() {
		if v := recover(); v != nil {
			out = encode(response{Error: fmt.Sprintf("internal error in %s: %v\n%s", op, v, debug.Stack())})
		}
	}()
	h, ok := handlers[op]
	if !ok {
		return encode(response{Error: fmt.Sprintf("unknown operation %q", op)})
	}
	res, err := h(request)
	if err != nil {
		return encode(response{Error: err.Error()})
	}
	return encode(response{Result: res})
}

// decodeThen adapts a typed handler: it decodes the request strictly.
func decodeThen[Req any](fn func(Req) (any, error)) func([]byte) (any, error) {
	return func(data []byte) (any, error) {
		var req Req
		if err := decodeStrict(data, &req); err != nil {
			return nil, fmt.Errorf("bad request: %v", err)
		}
		return fn(req)
	}
}

// encode marshals a response; the values are plain data, so an error
// means a bug, reported as an error response rather than a panic.
func encode(r response) []byte {
	data, err := json.Marshal(r)
	if err != nil {
		data, _ = json.Marshal(response{Error: "encoding the response: " + err.Error()})
	}
	return data
}
