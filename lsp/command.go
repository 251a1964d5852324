package lsp

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/internal/runner"
	"github.com/monty-tools/monty-tools/interp"
	"github.com/monty-tools/monty-tools/source"
)

// The commands the server runs (workspace/executeCommand), and the
// client-side command its code lenses name.
const (
	// CommandRun runs a Monty file and returns the report of
	// `monty-lsp run --json` (internal/runner.Report). Its one argument
	// is the document URI, or runArgs.
	CommandRun = "monty.run"
	// CommandDebug is implemented by the client (the VS Code extension
	// starts a debug session); the server only names it in a code lens,
	// with the document URI as argument.
	CommandDebug = "monty.debug"
)

// runArgs are the arguments of monty.run when given as an object.
// Relative paths are read against the workspace folder of the file (else
// the folder of its configuration, else its own folder).
type runArgs struct {
	URI        protocol.DocumentURI       `json:"uri"`
	Inputs     map[string]json.RawMessage `json:"inputs,omitempty"`
	InputsFile string                     `json:"inputsFile,omitempty"`
	Mocks      string                     `json:"mocks,omitempty"`
	Config     string                     `json:"config,omitempty"`
	Host       string                     `json:"host,omitempty"`
	Limits     *runLimits                 `json:"limits,omitempty"`
}

// runLimits are the limits of monty.run, spelt as the run command's
// flags. The server's defaults (defaultRunLimits) keep a runaway program
// from holding the server; a field given replaces its default.
type runLimits struct {
	MaxDuration    string `json:"maxDuration,omitempty"`
	MaxMemory      string `json:"maxMemory,omitempty"`
	MaxAllocations int64  `json:"maxAllocations,omitempty"`
	MaxRecursion   int    `json:"maxRecursion,omitempty"`
	MaxOutput      string `json:"maxOutput,omitempty"`
}

// defaultRunLimits bound runs in the server: unlike the command line, a
// run here has no terminal to interrupt it.
var defaultRunLimits = interp.Limits{MaxDuration: 10 * time.Second, MaxMemory: 512 << 20, MaxOutput: 4 << 20}

// ExecuteCommand runs a server command: only monty.run exists.
func (s *server) ExecuteCommand(ctx context.Context, p *protocol.ExecuteCommandParams) (any, error) {
	if p.Command != CommandRun {
		return nil, invalidParams("unknown command %q", p.Command)
	}
	args, err := decodeRunArgs(p.Arguments)
	if err != nil {
		return nil, err
	}
	return s.runFile(ctx, args)
}

// decodeRunArgs reads monty.run's one argument: a URI or a runArgs.
func decodeRunArgs(raw []any) (*runArgs, error) {
	if len(raw) != 1 {
		return nil, invalidParams("%s wants one argument, the document URI or {uri, inputs, inputsFile, mocks, config, host, limits}; got %d", CommandRun, len(raw))
	}
	args := &runArgs{}
	if u, ok := raw[0].(string); ok {
		args.URI = protocol.DocumentURI(u)
	} else {
		data, _ := json.Marshal(raw[0])
		if err := json.Unmarshal(data, args); err != nil {
			return nil, invalidParams("%s: %v", CommandRun, err)
		}
	}
	if args.URI == "" {
		return nil, invalidParams("%s: no document URI", CommandRun)
	}
	return args, nil
}

// runFile runs the document (its unsaved text when open) and publishes
// the error, if any, as a diagnostic at the failing line.
func (s *server) runFile(ctx context.Context, args *runArgs) (*runner.Report, error) {
	path, ok := uriPath(args.URI)
	if !ok {
		return nil, invalidParams("%s: %s is not a file", CommandRun, args.URI)
	}
	limits, err := args.limits()
	if err != nil {
		return nil, err
	}
	snap, open := s.sess.get(args.URI)
	var src []byte
	if open {
		src = snap.Content
	} else if src, err = os.ReadFile(path); err != nil {
		return nil, invalidParams("%s: %v", CommandRun, err)
	}
	var hostErr capWriter
	opts := runner.Options{Dir: s.baseDir(path, snap), Config: args.Config, InputsFile: args.InputsFile,
		Inputs: args.Inputs, MocksFile: args.Mocks, Host: args.Host, HostStderr: &hostErr}
	if open && args.Config == "" {
		opts.Project = snap.Project().proj
	}
	var rep *runner.Report
	prep, err := runner.Prepare(path, src, opts)
	if err != nil {
		rep = runner.SetupReport(err)
	} else {
		rep = prep.Run(ctx, runner.RunOptions{Limits: limits})
		rep.HostStderr = hostErr.String()
	}
	if ctx.Err() == nil {
		s.runs.set(s, args.URI, snap, src, rep.Error)
	}
	return rep, nil
}

// baseDir is the folder relative paths in monty.run's arguments are read
// against: the workspace folder holding the file, else its project's
// folder, else the file's own.
func (s *server) baseDir(path string, snap *snapshot) string {
	best := ""
	for _, f := range s.sess.workspaceFolders() {
		dir, ok := uriPath(protocol.DocumentURI(f.URI))
		if ok && len(dir) > len(best) && inDir(path, dir) {
			best = dir
		}
	}
	switch {
	case best != "":
		return best
	case snap != nil && snap.Project().configFile != "":
		return filepath.Dir(snap.Project().configFile)
	}
	return filepath.Dir(path)
}

// limits returns the run's limits: the server's defaults, replaced field
// by field by those given.
func (a *runArgs) limits() (interp.Limits, error) {
	l := defaultRunLimits
	g := a.Limits
	if g == nil {
		return l, nil
	}
	var err error
	if g.MaxDuration != "" {
		if l.MaxDuration, err = interp.ParseDurationLimit(g.MaxDuration); err != nil {
			return l, invalidParams("%s: limits.maxDuration: %v", CommandRun, err)
		}
	}
	for _, sz := range []struct {
		name, text string
		dst        *int64
	}{{"maxMemory", g.MaxMemory, &l.MaxMemory}, {"maxOutput", g.MaxOutput, &l.MaxOutput}} {
		if sz.text == "" {
			continue
		}
		if *sz.dst, err = interp.ParseByteSize(sz.text); err != nil {
			return l, invalidParams("%s: limits.%s: %v", CommandRun, sz.name, err)
		}
	}
	if g.MaxAllocations > 0 {
		l.MaxAllocations = g.MaxAllocations
	}
	if g.MaxRecursion > 0 {
		l.MaxRecursion = g.MaxRecursion
	}
	return l, nil
}

// runDiagSource is the source of the diagnostic a failed run leaves at
// its failing line.
const runDiagSource = "monty run"

// runState holds, per document, the diagnostic of its last failed run,
// valid for the document version that ran: the diagnostics of an open
// document include it while that version is current (so an edit clears
// it), and the next run replaces it. It also remembers the language of
// the open documents, for the code lenses.
type runState struct {
	mu    sync.Mutex
	byURI map[protocol.DocumentURI]runDiag
	langs map[protocol.DocumentURI]string
}

// runDiag is the diagnostic of one failed run.
type runDiag struct {
	version int32 // the version that ran; 0 for a document not open
	diag    protocol.Diagnostic
}

// set records the outcome of a run of u, whose text was src (snap is nil
// when the document is not open), and republishes its diagnostics.
func (r *runState) set(s *server, u protocol.DocumentURI, snap *snapshot, src []byte, e *runner.RunError) {
	r.mu.Lock()
	_, had := r.byURI[u]
	delete(r.byURI, u)
	var d protocol.Diagnostic
	if e != nil && e.Type != runner.ErrorCancelled {
		if r.byURI == nil {
			r.byURI = map[protocol.DocumentURI]runDiag{}
		}
		d = runDiagnostic(snap, src, e)
		rd := runDiag{diag: d}
		if snap != nil {
			rd.version = snap.Version
		}
		r.byURI[u] = rd
		had = true
	}
	r.mu.Unlock()
	switch {
	case !had:
	case snap != nil:
		s.schedule(snap)       // the diagnoser publishes the check's diagnostics with the run's,
		s.refreshDiagnostics() // or a client that pulls them is asked to pull again
	case e != nil && e.Type != runner.ErrorCancelled:
		s.publish(u, 0, []protocol.Diagnostic{d})
	default:
		s.publish(u, 0, nil)
	}
}

// of returns the run diagnostic to publish with snap's, if its run was of
// that version.
func (r *runState) of(snap *snapshot) []protocol.Diagnostic {
	r.mu.Lock()
	defer r.mu.Unlock()
	rd, ok := r.byURI[snap.URI]
	if !ok || rd.version != snap.Version {
		return nil
	}
	return []protocol.Diagnostic{rd.diag}
}

// runDiagnostic is the diagnostic of a failed run: on the failing line's
// text (the first line when the error has none), with the exception as
// its message.
func runDiagnostic(snap *snapshot, src []byte, e *runner.RunError) protocol.Diagnostic {
	var m *source.Mapper
	if snap != nil {
		m = snap.Mapper()
	} else {
		m = source.NewMapper(src)
	}
	line := 0
	if e.Line != nil && *e.Line > 0 {
		line = *e.Line - 1
	}
	sp := m.Lines().LineSpan(line)
	text := m.Content()[sp.Start:sp.End]
	trimmed := strings.TrimLeft(string(text), " \t")
	sp.Start += source.Offset(len(text) - len(trimmed))
	msg := e.Type + ": " + e.Message
	if e.Type == runner.ErrorSetup || e.Type == runner.ErrorHost {
		msg = e.Message
	}
	return protocol.Diagnostic{Range: toRange(m, sp), Severity: protocol.DiagnosticSeverityError, Source: runDiagSource, Message: msg}
}

// maxHostStderr bounds the host's standard error kept for a report.
const maxHostStderr = 64 << 10

// capWriter keeps the first maxHostStderr bytes written to it.
type capWriter struct {
	mu  sync.Mutex
	buf []byte
	cut bool
}

// Write keeps what fits and drops the rest.
func (w *capWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	n := min(len(p), maxHostStderr-len(w.buf))
	w.buf = append(w.buf, p[:n]...)
	w.cut = w.cut || n < len(p)
	return len(p), nil
}

// String returns what was kept, marked when some was dropped.
func (w *capWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.cut {
		return string(w.buf) + "\n[…]"
	}
	return string(w.buf)
}
