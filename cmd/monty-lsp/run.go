package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/monty-tools/monty-tools/config"
	"github.com/monty-tools/monty-tools/internal/mocks"
	"github.com/monty-tools/monty-tools/interp"
	"github.com/monty-tools/monty-tools/project"
	"github.com/monty-tools/monty-tools/source"
)

// runCmd implements `monty-lsp run FILE`: run the file as Monty would,
// with inputs and mocked external functions, print its output and then
// the repr of its result. An uncaught exception prints a Monty-style
// traceback on stderr. Exit codes: 0 success; 1 the program was rejected
// (load-time error, call to an undeclared external) or raised; 2 usage,
// configuration, inputs or mocks problems.
func runCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("config", "", "use this monty.toml instead of searching from the file")
	inputsFile := fs.String("inputs", "", "JSON file with an object of input values")
	mocksFile := fs.String("mocks", "", "JSON file with an object of external-function mocks")
	asJSON := fs.Bool("json", false, "print one JSON object: result, stdout, error, calls")
	var inputFlags []string
	fs.Func("input", "an input value as name=JSON (repeatable)", func(s string) error {
		inputFlags = append(inputFlags, s)
		return nil
	})
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: monty-lsp run [--config FILE] [--input NAME=JSON]... [--inputs FILE.json] [--mocks FILE.json] [--json] FILE")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	r := &runner{path: fs.Arg(0), stdout: stdout, stderr: stderr}
	if code := r.prepare(*cfgPath, *inputsFile, inputFlags, *mocksFile); code != 0 {
		return code
	}
	return r.run(*asJSON)
}

// runner holds one `run` invocation.
type runner struct {
	path           string
	stdout, stderr io.Writer
	src            []byte
	proj           *project.Project
	inputs         map[string]interp.Value
	host           *mocks.Host
	prog           *interp.Program
	rejected       *interp.CompileError // the file is rejected at load time
}

// fail prints a problem with the invocation and returns its exit code.
func (r *runner) fail(code int, format string, a ...any) int {
	fmt.Fprintf(r.stderr, "monty-lsp run: "+format+"\n", a...)
	return code
}

// prepare loads the project, the inputs and the mocks, checks that the
// file calls only declared externals, and compiles it.
func (r *runner) prepare(cfgPath, inputsFile string, inputFlags []string, mocksFile string) int {
	var err error
	if r.src, err = os.ReadFile(r.path); err != nil {
		return r.fail(2, "%v", err)
	}
	ck := &checker{cfgPath: cfgPath, projects: map[string]*project.Project{}}
	if r.proj, err = ck.projectFor(r.path); err != nil {
		var list config.ErrorList
		if errors.As(err, &list) {
			for _, e := range list {
				fmt.Fprintln(r.stderr, e)
			}
			return 2
		}
		return r.fail(2, "%v", err)
	}
	if r.inputs, err = readInputs(inputsFile, inputFlags); err != nil {
		return r.fail(2, "%v", err)
	}
	var doc []byte
	if mocksFile != "" {
		if doc, err = os.ReadFile(mocksFile); err != nil {
			return r.fail(2, "%v", err)
		}
	}
	if r.host, err = mocks.Parse(doc); err != nil {
		return r.fail(2, "%s: %v", mocksFile, err)
	}
	if code := r.checkNames(); code != 0 {
		return code
	}
	return r.compile()
}

// checkNames runs the analyzer: a call to an external the stubs do not
// declare stops the run, as do used inputs without a value, used
// externals without a mock and mocks of undeclared functions.
func (r *runner) checkNames() int {
	_, res := r.proj.Check(r.path, r.src)
	mapper := source.NewMapper(r.src)
	bad := false
	for _, d := range res.Diagnostics {
		if d.Code == "M201" {
			pos := mapper.Pos(d.Span.Start)
			fmt.Fprintf(r.stderr, "%s:%d:%d: %s %s\n", r.path, pos.Line, pos.Col, d.Code, d.Message)
			bad = true
		}
	}
	if bad {
		return 1
	}
	decls := r.proj.Decls
	for _, name := range r.host.Names() {
		if decls == nil || decls.Funcs[name] == nil {
			return r.fail(2, "mock for %q, which the stubs do not declare as an external function", name)
		}
	}
	var noMock, noValue []string
	for _, name := range sortedNames(res.Used) {
		if decls != nil && decls.Funcs[name] != nil && !r.host.Has(name) {
			noMock = append(noMock, name)
		}
		if r.isInput(name) && r.inputs[name] == nil {
			noValue = append(noValue, name)
		}
	}
	if len(noMock) > 0 {
		return r.fail(2, "no mock for external function %s (give one with --mocks)", quoteList(noMock))
	}
	if len(noValue) > 0 {
		return r.fail(2, "no value for input %s (give one with --input NAME=JSON or --inputs)", quoteList(noValue))
	}
	return 0
}

// isInput reports whether the stubs or the configuration declare name as
// an input.
func (r *runner) isInput(name string) bool {
	if d := r.proj.Decls; d != nil && d.Inputs[name] != nil {
		return true
	}
	for _, n := range r.proj.Config.Inputs {
		if n == name {
			return true
		}
	}
	return false
}

// compile compiles the file with the given inputs and the declared
// externals. A load-time rejection is kept in r.rejected, not an error
// of the invocation.
func (r *runner) compile() int {
	opts := interp.CompileOptions{Profile: r.proj.Profile, Inputs: sortedNames(r.inputs)}
	if d := r.proj.Decls; d != nil {
		opts.Externals = sortedNames(d.Funcs)
	}
	prog, err := interp.Compile(r.path, r.src, opts)
	if errors.As(err, &r.rejected) {
		return 0
	}
	if err != nil {
		return r.fail(2, "%v", err)
	}
	r.prog = prog
	return 0
}

// runOutput is what --json prints.
type runOutput struct {
	Result any          `json:"result"` // the result as JSON data, null if it has no JSON form
	Repr   *string      `json:"repr"`   // repr of the result, null after an error
	Stdout string       `json:"stdout"`
	Error  *runError    `json:"error"`
	Calls  []mocks.Call `json:"calls"`
}

// runError is an exception that ended the run, or a load-time rejection.
type runError struct {
	Type      string `json:"type"`
	Message   string `json:"message"`
	Line      *int   `json:"line"` // null for frameless errors
	Traceback string `json:"traceback"`
}

// run executes the compiled program and prints the outcome.
func (r *runner) run(asJSON bool) int {
	var buf bytes.Buffer
	out := bufio.NewWriter(r.stdout)
	var progOut io.Writer = out
	if asJSON {
		progOut = &buf
	}
	res := runOutput{Calls: []mocks.Call{}}
	var err error
	if r.rejected != nil {
		line := r.rejected.Pos.Line
		res.Error = &runError{Type: r.rejected.Type, Message: r.rejected.Msg, Line: &line, Traceback: r.rejected.Traceback()}
	} else {
		var v interp.Value
		v, err = r.prog.Run(context.Background(), interp.RunConfig{Inputs: r.inputs, Stdout: progOut, Externals: r.host.Call})
		var exc *interp.Exception
		switch {
		case errors.As(err, &exc):
			res.Error = &runError{Type: exc.Type(), Message: exc.Message(), Traceback: exc.Traceback()}
			if l := exc.Line(); l > 0 {
				res.Error.Line = &l
			}
		case err != nil:
			res.Error = &runError{Type: "HostError", Message: err.Error()}
		default:
			repr := interp.Repr(v)
			res.Repr, res.Result = &repr, mocks.Result(v)
		}
	}
	res.Stdout, res.Calls = buf.String(), append(res.Calls, r.host.Calls()...)
	if asJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		enc.Encode(res)
	} else if res.Repr != nil {
		fmt.Fprintln(out, *res.Repr)
	}
	out.Flush()
	if res.Error == nil {
		return 0
	}
	if !asJSON {
		r.printError(res.Error, err)
	}
	return 1
}

// printError prints how the run ended as the Monty CLI does: "error:"
// and the traceback for a load-time rejection, the traceback for an
// exception.
func (r *runner) printError(e *runError, hostErr error) {
	switch {
	case r.rejected != nil:
		fmt.Fprintf(r.stderr, "error:\n%s\n", e.Traceback)
	case e.Traceback != "":
		fmt.Fprintln(r.stderr, e.Traceback)
	case e.Type == "HostError":
		r.fail(1, "%v", hostErr)
	default:
		fmt.Fprintf(r.stderr, "%s: %s\n", e.Type, e.Message)
	}
}

// readInputs collects input values from --inputs FILE and then the
// --input NAME=JSON flags (which win).
func readInputs(file string, flags []string) (map[string]interp.Value, error) {
	inputs := map[string]interp.Value{}
	if file != "" {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		v, err := mocks.Value(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", file, err)
		}
		d, ok := v.(*interp.Dict)
		if !ok {
			return nil, fmt.Errorf("%s: want a JSON object of input values", file)
		}
		for _, k := range d.Keys() {
			name := string(k.(interp.Str))
			if !isIdentifier(name) {
				return nil, fmt.Errorf("%s: input name %q is not an identifier", file, name)
			}
			val, _, _ := d.Get(k)
			inputs[name] = val
		}
	}
	for _, f := range flags {
		name, text, ok := strings.Cut(f, "=")
		if !ok || !isIdentifier(name) {
			return nil, fmt.Errorf("--input %q: want NAME=JSON", f)
		}
		v, err := mocks.Value([]byte(text))
		if err != nil {
			return nil, fmt.Errorf("--input %s: %v", name, err)
		}
		inputs[name] = v
	}
	return inputs, nil
}

// isIdentifier reports whether s is a Python (ASCII) identifier.
func isIdentifier(s string) bool {
	for i, c := range s {
		if !(c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && '0' <= c && c <= '9') {
			return false
		}
	}
	return s != ""
}

// sortedNames returns the keys of a map, sorted.
func sortedNames[V any](m map[string]V) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// quoteList renders names as 'a', 'b' for messages.
func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	return strings.Join(q, ", ")
}
