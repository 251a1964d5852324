package dap

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	godap "github.com/google/go-dap"
)

// order.py: an order's total from a mocked fetch, compared with an input.
const orderPy = `def total(items):
    s = 0
    for it in items:
        s += it["price"] * it["qty"]
    return s

order = fetch(order_id)
amount = total(order["items"])
if amount > limit:
    verdict = "too much"
else:
    verdict = "ok"
print("amount", amount)
(verdict, amount)
`

func orderArgs(dir string, extra map[string]any) map[string]any {
	a := map[string]any{
		"type": "monty", "request": "launch", "name": "order",
		"program": filepath.Join(dir, "order.py"), "mocks": "mocks.json", "cwd": dir,
		"inputs": map[string]any{"order_id": 7, "limit": 100},
	}
	for k, v := range extra {
		a[k] = v
	}
	return a
}

func TestInitializeCapabilities(t *testing.T) {
	c := newClient(t, "")
	resp := request[*godap.InitializeResponse](c, "initialize", &godap.InitializeRequest{Arguments: godap.InitializeRequestArguments{AdapterID: "monty"}})
	b := resp.Body
	if !b.SupportsConfigurationDoneRequest || !b.SupportsConditionalBreakpoints || !b.SupportsSetVariable ||
		!b.SupportsHitConditionalBreakpoints || !b.SupportsExceptionInfoRequest || !b.SupportsTerminateRequest {
		t.Errorf("capabilities %+v", b)
	}
	if len(b.ExceptionBreakpointFilters) != 1 || b.ExceptionBreakpointFilters[0].Filter != "uncaught" || !b.ExceptionBreakpointFilters[0].Default {
		t.Errorf("exception filters %+v", b.ExceptionBreakpointFilters)
	}
	threads := request[*godap.ThreadsResponse](c, "threads", &godap.ThreadsRequest{})
	if len(threads.Body.Threads) != 1 || threads.Body.Threads[0].Id != threadID {
		t.Errorf("threads %+v", threads.Body.Threads)
	}
	if msg := c.failure("attach", &godap.AttachRequest{}); !strings.Contains(msg, "cannot attach") {
		t.Errorf("attach: %q", msg)
	}
	request[*godap.DisconnectResponse](c, "disconnect", &godap.DisconnectRequest{})
	if err := <-c.done; err != nil {
		t.Errorf("Serve: %v", err)
	}
}

func TestLaunchErrors(t *testing.T) {
	dir := project(t, map[string]string{"order.py": orderPy})
	cases := []struct {
		args map[string]any
		want string
	}{
		{map[string]any{"mocks": "mocks.json"}, `"program" must name the Monty file`},
		{orderArgs(dir, map[string]any{"program": filepath.Join(dir, "nope.py")}), "nope.py: not a readable file"},
		{orderArgs(dir, map[string]any{"inputs": []int{1}}), `"inputs" must be an object`},
		{orderArgs(dir, map[string]any{"inputsFile": "x.json"}), `either "inputs" or "inputsFile"`},
		{orderArgs(dir, map[string]any{"stopOnEntry": "yes"}), `"stopOnEntry" must be true or false`},
		{orderArgs(dir, map[string]any{"mocks": nil}), "no mock for external function 'fetch'"},
		{orderArgs(dir, map[string]any{"inputs": map[string]any{"order_id": 7}}), "no value for input 'limit'"},
		{orderArgs(dir, map[string]any{"mocks": "missing.json"}), "missing.json"},
	}
	for _, tc := range cases {
		c := newClient(t, dir)
		request[*godap.InitializeResponse](c, "initialize", &godap.InitializeRequest{})
		raw := mustJSON(tc.args)
		if msg := c.failure("launch", &godap.LaunchRequest{Arguments: raw}); !strings.Contains(msg, tc.want) {
			t.Errorf("launch %s: %q, want it to contain %q", raw, msg, tc.want)
		}
	}
}

func TestBreakpointVariablesEvaluateSetVariable(t *testing.T) {
	dir := project(t, map[string]string{"order.py": orderPy})
	c := newClient(t, dir)
	bps := c.start(orderArgs(dir, nil),
		godap.SourceBreakpoint{Line: 4, Condition: `it["qty"] == 3`},
		godap.SourceBreakpoint{Line: 6}, // blank: moves to line 7
		godap.SourceBreakpoint{Line: 99},
	)
	got := bps.Body.Breakpoints
	if !got[0].Verified || got[0].Line != 4 || !got[1].Verified || got[1].Line != 7 || got[2].Verified {
		t.Fatalf("breakpoints %+v", got)
	}
	ev := c.stopped("breakpoint")
	if len(ev.Body.HitBreakpointIds) != 1 || ev.Body.HitBreakpointIds[0] != got[1].Id {
		t.Errorf("hit %v, want line 7's id %d", ev.Body.HitBreakpointIds, got[1].Id)
	}
	if st := strings.Join(c.stack(), " < "); st != "<module>:7" {
		t.Errorf("stack %s", st)
	}
	c.cont()
	c.stopped("breakpoint")
	// The condition holds for the second item only.
	if st := strings.Join(c.stack(), " < "); st != "total:4 < <module>:8" {
		t.Errorf("stack %s", st)
	}
	locals := c.vars(c.scope(1, "Locals"))
	if locals["s"].Value != "20" || locals["it"].Value != "{'price': 5, 'qty': 3}" || locals["it"].Type != "dict" {
		t.Errorf("locals %+v", locals)
	}
	it := c.vars(locals["it"].VariablesReference)
	if it["'qty'"].Value != "3" || it["'price'"].Value != "5" {
		t.Errorf("it's entries %+v", it)
	}
	items := c.vars(locals["items"].VariablesReference)
	if len(items) != 2 || items["0"].Value != "{'price': 10, 'qty': 2}" {
		t.Errorf("items %+v", items)
	}
	globals := c.vars(c.scope(2, "Globals"))
	if globals["order_id"].Value != "7" || globals["limit"].Value != "100" || globals["total"].Type != "function" {
		t.Errorf("globals %+v", globals)
	}
	if _, ok := globals["fetch"]; ok {
		t.Errorf("globals list the external fetch")
	}
	if v := c.eval(1, `s + it["price"]`, "watch"); v != "25" {
		t.Errorf("eval in total: %s", v)
	}
	if v := c.eval(2, `order["id"] * 2`, "repl"); v != "14" {
		t.Errorf("eval in <module>: %s", v)
	}
	if msg := c.failure("evaluate", &godap.EvaluateRequest{Arguments: godap.EvaluateArguments{Expression: "nope + 1", FrameId: 1}}); msg != "NameError: name 'nope' is not defined" {
		t.Errorf("eval error %q", msg)
	}
	set := request[*godap.SetVariableResponse](c, "setVariable", &godap.SetVariableRequest{Arguments: godap.SetVariableArguments{
		VariablesReference: c.scope(1, "Locals"), Name: "s", Value: "100"}})
	if set.Body.Value != "100" {
		t.Errorf("setVariable answered %q", set.Body.Value)
	}
	c.cont()
	if code := c.finish(); code != 0 {
		t.Errorf("exit code %d", code)
	}
	// 100 + 5*3: the edited local reached the program.
	if out := c.output.String(); !strings.Contains(out, "amount 115\n('too much', 115)\n") {
		t.Errorf("output %q", out)
	}
}

func TestHitConditionAndLogpoint(t *testing.T) {
	src := "n = 0\nfor i in range(10):\n    n += i\nn\n"
	dir := project(t, map[string]string{"loop.py": src})
	c := newClient(t, dir)
	args := map[string]any{"program": "loop.py", "cwd": dir}
	c.start(args,
		godap.SourceBreakpoint{Line: 3, Condition: "i % 2 == 1", HitCondition: ">= 3"},
		godap.SourceBreakpoint{Line: 2, LogMessage: "i is {i} n={n}"},
	)
	var seen []string
	for k := 0; k < 3; k++ {
		c.stopped("breakpoint")
		seen = append(seen, c.eval(1, "i", "watch"))
		c.cont()
	}
	c.finish()
	// odd i: 1, 3, 5, 7, 9; from the third such hit on: 5, 7, 9.
	if got := strings.Join(seen, ","); got != "5,7,9" {
		t.Errorf("stopped at i = %s, want 5,7,9", got)
	}
	out := c.output.String()
	// The for line is reached before the loop starts (no i yet) and
	// before each next item, as in CPython's tracing.
	want := "i is <NameError: name 'i' is not defined> n=0\ni is 0 n=0\ni is 1 n=1\n"
	if !strings.HasPrefix(out, want) || strings.Count(out, "i is") != 11 || !strings.HasSuffix(out, "i is 9 n=45\n45\n") {
		t.Errorf("output %q", out)
	}
}

func TestStepping(t *testing.T) {
	dir := project(t, map[string]string{"order.py": orderPy})
	c := newClient(t, dir)
	c.start(orderArgs(dir, map[string]any{"stopOnEntry": true}))
	c.stopped("entry")
	step := func(command string, req godap.RequestMessage) string {
		c.t.Helper()
		c.send(command, req)
		c.stopped("step")
		return strings.Join(c.stack(), " < ")
	}
	next := func() string {
		return step("next", &godap.NextRequest{Arguments: godap.NextArguments{ThreadId: threadID}})
	}
	in := func() string {
		return step("stepIn", &godap.StepInRequest{Arguments: godap.StepInArguments{ThreadId: threadID}})
	}
	out := func() string {
		return step("stepOut", &godap.StepOutRequest{Arguments: godap.StepOutArguments{ThreadId: threadID}})
	}
	if st := strings.Join(c.stack(), " < "); st != "<module>:1" {
		t.Errorf("entry at %s", st)
	}
	want := []struct {
		do   func() string
		name string
		at   string
	}{
		{next, "next", "<module>:7"},
		{next, "next", "<module>:8"},
		{in, "stepIn", "total:2 < <module>:8"},
		{next, "next", "total:3 < <module>:8"},
		{next, "next", "total:4 < <module>:8"},
		{next, "next", "total:3 < <module>:8"},
		{out, "stepOut", "<module>:9"},
		{in, "stepIn", "<module>:12"},
	}
	for i, w := range want {
		if got := w.do(); got != w.at {
			t.Fatalf("step %d (%s): at %s, want %s", i, w.name, got, w.at)
		}
	}
	c.cont()
	c.finish()
}

func TestExternalCallStopAndEdit(t *testing.T) {
	dir := project(t, map[string]string{"order.py": orderPy})
	c := newClient(t, dir)
	c.start(orderArgs(dir, map[string]any{"stopOnExternalCall": true}))
	ev := c.stopped("external call")
	if !strings.Contains(ev.Body.Description, "fetch") {
		t.Errorf("description %q", ev.Body.Description)
	}
	if st := strings.Join(c.stack(), " < "); st != "<module>:7" {
		t.Errorf("stack %s", st)
	}
	ref := c.scope(1, "External call")
	call := c.vars(ref)
	if call["function"].Value != "'fetch'" || call["args"].Value != "(7,)" || call["kwargs"].Value != "{}" ||
		!strings.HasPrefix(call["result"].Value, "{'id': 7, 'items': [") {
		t.Errorf("external call %+v", call)
	}
	if msg := c.failure("setVariable", &godap.SetVariableRequest{Arguments: godap.SetVariableArguments{VariablesReference: ref, Name: "args", Value: "1"}}); !strings.Contains(msg, "only the call's result") {
		t.Errorf("set args: %q", msg)
	}
	set := request[*godap.SetVariableResponse](c, "setVariable", &godap.SetVariableRequest{Arguments: godap.SetVariableArguments{
		VariablesReference: ref, Name: "result", Value: `{"items": [{"price": 1, "qty": order_id}]}`}})
	if set.Body.Value != "{'items': [{'price': 1, 'qty': 7}]}" || set.Body.VariablesReference == 0 {
		t.Errorf("setVariable body %+v", set.Body)
	}
	c.cont()
	if code := c.finish(); code != 0 {
		t.Errorf("exit %d", code)
	}
	if out := c.output.String(); !strings.Contains(out, "amount 7\n('ok', 7)\n") {
		t.Errorf("output %q: the edited answer did not reach the program", out)
	}
}

func TestUncaughtExceptionStop(t *testing.T) {
	src := "def f(d):\n    try:\n        d['x']\n    except KeyError:\n        pass\n    return d['y']\n\nf({})\n"
	dir := project(t, map[string]string{"exc.py": src})
	c := newClient(t, dir)
	c.start(map[string]any{"program": filepath.Join(dir, "exc.py")})
	ev := c.stopped("exception")
	if ev.Body.Text != "KeyError: 'y'" {
		t.Errorf("text %q", ev.Body.Text)
	}
	if st := strings.Join(c.stack(), " < "); st != "f:6 < <module>:8" {
		t.Errorf("stack %s", st)
	}
	info := request[*godap.ExceptionInfoResponse](c, "exceptionInfo", &godap.ExceptionInfoRequest{Arguments: godap.ExceptionInfoArguments{ThreadId: threadID}})
	if info.Body.ExceptionId != "KeyError" || info.Body.BreakMode != "unhandled" {
		t.Errorf("exception info %+v", info.Body)
	}
	c.cont()
	if code := c.finish(); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if out := c.output.String(); !strings.Contains(out, "line 6, in f\n") || !strings.HasSuffix(out, "KeyError: y\n") {
		t.Errorf("traceback %q", out)
	}
}

func TestExceptionFilterOff(t *testing.T) {
	dir := project(t, map[string]string{"exc.py": "1 / 0\n"})
	c := newClient(t, dir)
	request[*godap.InitializeResponse](c, "initialize", &godap.InitializeRequest{})
	request[*godap.LaunchResponse](c, "launch", &godap.LaunchRequest{Arguments: mustJSON(map[string]any{"program": filepath.Join(dir, "exc.py")})})
	request[*godap.SetExceptionBreakpointsResponse](c, "setExceptionBreakpoints", &godap.SetExceptionBreakpointsRequest{Arguments: godap.SetExceptionBreakpointsArguments{Filters: []string{}}})
	request[*godap.ConfigurationDoneResponse](c, "configurationDone", &godap.ConfigurationDoneRequest{})
	// No stop: straight to the end.
	if code := c.finish(); code != 1 || !strings.Contains(c.output.String(), "ZeroDivisionError: division by zero") {
		t.Errorf("exit %d, output %q", code, c.output.String())
	}
}

func TestPauseAndTerminate(t *testing.T) {
	dir := project(t, map[string]string{"spin.py": "n = 0\nwhile True:\n    n += 1\n"})
	c := newClient(t, dir)
	c.start(map[string]any{"program": filepath.Join(dir, "spin.py")})
	time.Sleep(100 * time.Millisecond) // let the loop run: pause must stop it there
	request[*godap.PauseResponse](c, "pause", &godap.PauseRequest{Arguments: godap.PauseArguments{ThreadId: threadID}})
	c.stopped("pause")
	st := c.stack()
	if len(st) != 1 || (st[0] != "<module>:2" && st[0] != "<module>:3") {
		t.Errorf("paused at %v", st)
	}
	if v := c.eval(1, "n > 0", "watch"); v != "True" {
		t.Errorf("n > 0 is %s", v)
	}
	request[*godap.TerminateResponse](c, "terminate", &godap.TerminateRequest{})
	if code := c.finish(); code != 1 || !strings.Contains(c.output.String(), "the program was stopped") {
		t.Errorf("exit %d, output %q", code, c.output.String())
	}
	request[*godap.DisconnectResponse](c, "disconnect", &godap.DisconnectRequest{})
}

func TestCompileErrorAndNoDebug(t *testing.T) {
	dir := project(t, map[string]string{"bad.py": "x = (1,\n", "ok.py": "print('hi')\n1 + 1\n"})
	c := newClient(t, dir)
	c.start(map[string]any{"program": filepath.Join(dir, "bad.py")})
	if code := c.finish(); code != 1 || !strings.Contains(c.output.String(), "SyntaxError") {
		t.Errorf("exit %d, output %q", code, c.output.String())
	}
	c = newClient(t, dir)
	// noDebug ignores breakpoints.
	c.start(map[string]any{"program": filepath.Join(dir, "ok.py"), "noDebug": true}, godap.SourceBreakpoint{Line: 2})
	if code := c.finish(); code != 0 || c.output.String() != "hi\n2\n" {
		t.Errorf("exit %d, output %q", code, c.output.String())
	}
}

func TestRequestsWhileRunningFail(t *testing.T) {
	dir := project(t, map[string]string{"spin.py": "n = 0\nwhile True:\n    n += 1\n"})
	c := newClient(t, dir)
	c.start(map[string]any{"program": filepath.Join(dir, "spin.py")})
	for _, tc := range []struct {
		cmd string
		req godap.RequestMessage
	}{
		{"stackTrace", &godap.StackTraceRequest{}},
		{"continue", &godap.ContinueRequest{}},
		{"evaluate", &godap.EvaluateRequest{Arguments: godap.EvaluateArguments{Expression: "n"}}},
	} {
		if msg := c.failure(tc.cmd, tc.req); !strings.Contains(msg, "not stopped") {
			t.Errorf("%s while running: %q", tc.cmd, msg)
		}
	}
	request[*godap.DisconnectResponse](c, "disconnect", &godap.DisconnectRequest{})
}

func mustJSON(v any) []byte {
	b, err := jsonMarshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

func TestExpandableValues(t *testing.T) {
	src := "class P:\n    def __init__(self, x):\n        self.x = x\n        self.tags = {'a'}\n\np = P((1, [2, 3]))\ndone = True\n"
	dir := project(t, map[string]string{"obj.py": src})
	c := newClient(t, dir)
	c.start(map[string]any{"program": filepath.Join(dir, "obj.py")}, godap.SourceBreakpoint{Line: 7})
	c.stopped("breakpoint")
	g := c.vars(c.scope(1, "Locals"))
	p := g["p"]
	if p.Type != "P" || p.VariablesReference == 0 || !strings.HasPrefix(p.Value, "<") {
		t.Fatalf("p: %+v", p)
	}
	attrs := c.vars(p.VariablesReference)
	x, tags := attrs["x"], attrs["tags"]
	if x.Value != "(1, [2, 3])" || x.Type != "tuple" || x.IndexedVariables != 2 || tags.Value != "{'a'}" || tags.Type != "set" {
		t.Fatalf("attributes %+v", attrs)
	}
	items := c.vars(x.VariablesReference)
	inner := c.vars(items["1"].VariablesReference)
	// Each part carries an expression that reads it again (Add to Watch).
	if e := inner["1"].EvaluateName; e != "(((p).x)[1])[1]" || c.eval(1, e, "watch") != "3" {
		t.Errorf("evaluateName %q", e)
	}
	if items["0"].Value != "1" || inner["1"].Value != "3" || c.vars(tags.VariablesReference)["0"].Value != "'a'" {
		t.Errorf("tuple items %+v, list items %+v", items, inner)
	}
	// Set Value on a list item and on an attribute reaches the program.
	request[*godap.SetVariableResponse](c, "setVariable", &godap.SetVariableRequest{Arguments: godap.SetVariableArguments{VariablesReference: items["1"].VariablesReference, Name: "0", Value: "20"}})
	request[*godap.SetVariableResponse](c, "setVariable", &godap.SetVariableRequest{Arguments: godap.SetVariableArguments{VariablesReference: p.VariablesReference, Name: "tags", Value: "None"}})
	if v := c.eval(1, "(p.x[1][0], p.tags)", "watch"); v != "(20, None)" {
		t.Errorf("after setVariable: %s", v)
	}
	c.cont()
	c.finish()
}

func TestExternalCallRaisesReplaced(t *testing.T) {
	dir := project(t, map[string]string{
		"order.py":   orderPy,
		"mocks.json": `{"fetch": {"raise": {"type": "ValueError", "message": "down"}}}`,
	})
	c := newClient(t, dir)
	c.start(orderArgs(dir, map[string]any{"stopOnExternalCall": true}))
	c.stopped("external call")
	ref := c.scope(1, "External call")
	call := c.vars(ref)
	if r := call["raises"]; r.Type != "ValueError" || !strings.Contains(r.Value, "down") {
		t.Fatalf("raises %+v", r)
	}
	if _, ok := call["result"]; ok {
		t.Errorf("a raising call shows a result")
	}
	// Answering instead of raising: the program gets the value.
	request[*godap.SetVariableResponse](c, "setVariable", &godap.SetVariableRequest{Arguments: godap.SetVariableArguments{
		VariablesReference: ref, Name: "raises", Value: `{"items": []}`}})
	c.cont()
	if code := c.finish(); code != 0 || !strings.Contains(c.output.String(), "('ok', 0)") {
		t.Errorf("exit %d, output %q", code, c.output.String())
	}
}

func TestUndecodableRequests(t *testing.T) {
	c := newClient(t, "")
	for i, raw := range []string{
		`{"seq": 1, "type": "request", "command": "fooBar"}`,
		`{"seq": 2, "type": "request", "command": "setBreakpoints", "arguments": {"breakpoints": "x"}}`,
	} {
		if err := godap.WriteBaseMessage(c.conn, []byte(raw)); err != nil {
			t.Fatal(err)
		}
		m := c.next()
		e, ok := m.(*godap.ErrorResponse)
		if !ok || e.RequestSeq != i+1 || e.Success || !strings.Contains(e.Message, "cannot decode") {
			t.Errorf("%s: answered %#v", raw, m)
		}
	}
	// The session goes on.
	request[*godap.ThreadsResponse](c, "threads", &godap.ThreadsRequest{})
}
