package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
)

// Options configure a language server.
type Options struct {
	// Version is the server version reported to the client.
	Version string
	// Log receives the server's log (the command passes stderr; stdout
	// carries the protocol). Nil discards it. Problems are also sent to
	// the client as window/logMessage.
	Log io.Writer
	// Verbose logs informational messages too, not only problems.
	Verbose bool
	// Debounce delays the diagnostics of an edit, so that a burst of
	// keystrokes is checked once. Zero checks every edit at once; a newer
	// edit still supersedes a check that has not started.
	Debounce time.Duration

	// started, if set, is called with the server before it reads the
	// first message; tests use it to look inside.
	started func(*server)
	// published, if set, is called after the diagnostics of a snapshot
	// were written, with the time since the snapshot was made.
	published func(*snapshot, time.Duration)
}

// closeGrace bounds how long Serve waits for the connection and the
// server's goroutines to finish once the session ends. Where stdin cannot
// be made pollable (see Stdio) its pending read cannot be interrupted,
// and the process exits anyway.
const closeGrace = time.Second

// lifecycle is where the server is in the LSP lifecycle.
type lifecycle int32

const (
	stateNew      lifecycle = iota // before initialize
	stateRunning                   // after initialize
	stateShutdown                  // after shutdown
)

// server is one language server session on one connection.
type server struct {
	opts  Options
	conn  jsonrpc2.Conn
	raw   *stream // conn's stream, which answers and publications are written to directly (frame.go)
	sess  *session
	diags *diagnoser

	ctx    context.Context // cancelled when the session ends
	cancel context.CancelFunc
	exit   chan int // receives the exit code on the exit notification
	state  atomic.Int32

	mu        sync.Mutex
	caps      protocol.ClientCapabilities
	extraCaps extraClientCapabilities // the 3.16+ capabilities caps lacks
	inflight  map[jsonrpc2.ID]context.CancelFunc
	stopped   bool
	wg        sync.WaitGroup

	// projMu orders the publications on configuration and stub files;
	// projectURIs are the files holding diagnostics of the current
	// project generation.
	projMu      sync.Mutex
	projectURIs map[protocol.DocumentURI]bool

	logMu    sync.Mutex
	analyses atomic.Int64 // checks run for diagnostics, for tests

	runs runState // monty.run's diagnostics and the documents' languages (command.go)
}

// Serve runs a language server on rwc, an LSP base-protocol stream such as
// stdin and stdout, until the client sends exit, the stream ends or ctx
// is cancelled. It returns the process exit code the specification asks
// for: 0 when exit (or the end of the stream) follows a shutdown request,
// 1 otherwise. Serve stops every goroutine it started before returning.
func Serve(ctx context.Context, rwc io.ReadWriteCloser, opts Options) int {
	st := newStream(rwc, maxMessage)
	conn := jsonrpc2.NewConn(st)
	s := newServer(conn, opts)
	s.raw = st
	st.serve = s.serve
	if opts.started != nil {
		opts.started(s)
	}
	// The stream hands every request and notification to s.serve
	// (stream.go): jsonrpc2 only matches the answers to the server's own
	// requests, so nothing reaches its handler.
	conn.Go(s.ctx, jsonrpc2.MethodNotFoundHandler)
	code := 1
	select {
	case code = <-s.exit:
	case <-conn.Done():
		if lifecycle(s.state.Load()) == stateShutdown {
			code = 0
		}
	case <-ctx.Done():
	}
	s.stop()
	return code
}

func newServer(conn jsonrpc2.Conn, opts Options) *server {
	s := &server{opts: opts, conn: conn, exit: make(chan int, 1),
		inflight: map[jsonrpc2.ID]context.CancelFunc{}, projectURIs: map[protocol.DocumentURI]bool{}}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	s.diags = newDiagnoser()
	s.sess = newSession(s.newProjects())
	return s
}

// stop ends the session: no new goroutine starts, running work is
// cancelled, the connection is closed, and stop waits for the server's
// goroutines and the connection's reader.
func (s *server) stop() {
	s.mu.Lock()
	s.stopped = true
	s.mu.Unlock()
	s.cancel()
	s.conn.Close()
	done := make(chan struct{})
	go func() {
		s.wg.Wait()
		<-s.conn.Done()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(closeGrace):
		s.logf(protocol.MessageTypeWarning, "server goroutines still running %v after the session ended", closeGrace)
	}
}

// goTracked runs fn on a new goroutine that stop waits for, unless the
// session is ending; it reports whether fn was started.
func (s *server) goTracked(fn func()) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped {
		return false
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		fn()
	}()
	return true
}

// serve handles one request or notification. It runs on the reader
// goroutine, one message at a time, and answers every problem with a
// JSON-RPC error (requests) or logs it (notifications).
// Notifications and the lifecycle requests run here, in order; other
// requests run on their own goroutines. Since an edit is applied before
// the next message is read, a request sees every edit sent before it.
func (s *server) serve(m *incoming) {
	defer s.recoverPanic(m)
	if err := s.admit(m.method, m.isCall()); err != nil {
		s.finish(m, nil, err)
		return
	}
	r, ok := routes[m.method]
	switch {
	case !ok && m.isCall():
		s.finish(m, nil, jsonrpc2.Errorf(jsonrpc2.MethodNotFound, "method not found: %s", m.method))
	case !ok:
		s.logf(protocol.MessageTypeLog, "ignoring notification %s", m.method)
	case m.isCall() && r.async && !s.quick(r, m.params):
		s.goRequest(m, r)
	default:
		res, err := r.handle(s, s.ctx, m.params)
		s.finish(m, res, err)
	}
}

// errDrop marks a notification that the lifecycle state ignores.
var errDrop = errors.New("dropped")

// admit applies the lifecycle rules: before initialize only initialize
// and exit are served, after shutdown only exit.
func (s *server) admit(method string, isCall bool) error {
	state := lifecycle(s.state.Load())
	switch {
	case method == "exit":
		return nil
	case state == stateNew && method != "initialize":
		if !isCall {
			return errDrop
		}
		return jsonrpc2.Errorf(jsonrpc2.ServerNotInitialized, "%s before initialize", method)
	case state == stateRunning && method == "initialize":
		return jsonrpc2.Errorf(jsonrpc2.InvalidRequest, "initialize sent twice")
	case state == stateShutdown:
		if !isCall {
			return errDrop
		}
		return jsonrpc2.Errorf(jsonrpc2.InvalidRequest, "%s after shutdown", method)
	}
	return nil
}

// goRequest serves a request on its own goroutine, cancellable by
// $/cancelRequest.
func (s *server) goRequest(m *incoming, r route) {
	ctx, cancel := context.WithCancel(s.ctx)
	s.mu.Lock()
	s.inflight[m.id] = cancel
	s.mu.Unlock()
	started := s.goTracked(func() {
		defer s.doneRequest(m.id, cancel)
		defer s.recoverPanic(m)
		res, err := r.handle(s, ctx, m.params)
		if err == nil && ctx.Err() != nil {
			res, err = nil, protocol.ErrRequestCancelled
		}
		s.finish(m, res, err)
	})
	if !started {
		s.doneRequest(m.id, cancel)
		s.finish(m, nil, jsonrpc2.Errorf(jsonrpc2.InvalidRequest, "the server is stopping"))
	}
}

func (s *server) doneRequest(id jsonrpc2.ID, cancel context.CancelFunc) {
	s.mu.Lock()
	delete(s.inflight, id)
	s.mu.Unlock()
	cancel()
}

// finish replies to a request, or logs the error of a notification, which
// would otherwise be lost.
func (s *server) finish(m *incoming, res any, err error) {
	if !m.isCall() {
		if err != nil && err != errDrop {
			s.logf(protocol.MessageTypeError, "%s: %v", m.method, err)
		}
		return
	}
	if err != nil {
		res, err = nil, toRPCError(err)
	}
	if rerr := s.reply(m, res, err); rerr != nil {
		s.logf(protocol.MessageTypeLog, "reply to %s: %v", m.method, rerr)
	}
}

// toRPCError gives an error a JSON-RPC code: errors that are already
// JSON-RPC errors keep theirs, cancellation is RequestCancelled, and
// anything else is an internal error.
func toRPCError(err error) error {
	var rpc *jsonrpc2.Error
	switch {
	case errors.As(err, &rpc):
		return rpc
	case errors.Is(err, context.Canceled):
		return protocol.ErrRequestCancelled
	}
	return jsonrpc2.Errorf(jsonrpc2.InternalError, "%v", err)
}

// recoverPanic turns a panic in a handler into an internal error reply,
// so that one bad request cannot take the session down.
func (s *server) recoverPanic(m *incoming) {
	v := recover()
	if v == nil {
		return
	}
	s.logf(protocol.MessageTypeError, "panic in %s: %v\n%s", m.method, v, debug.Stack())
	if m.isCall() {
		_ = s.reply(m, nil, jsonrpc2.Errorf(jsonrpc2.InternalError, "internal error in %s: %v", m.method, v))
	}
}

// invalidParams is the error for a request the server cannot serve as
// sent: bad parameters, an unknown document.
func invalidParams(format string, args ...any) error {
	return jsonrpc2.Errorf(jsonrpc2.InvalidParams, format, args...)
}

// decodeParams decodes a message's parameters. Absent parameters decode
// to the zero value, which handlers reject where it matters (an empty
// document URI names no open document).
func decodeParams(raw json.RawMessage, p any) error {
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	if err := json.Unmarshal(raw, p); err != nil {
		return invalidParams("invalid params: %v", err)
	}
	return nil
}

// notify sends a notification to the client; failures are logged locally
// only (the client may be gone).
func (s *server) notify(method string, params any) {
	if err := s.conn.Notify(s.ctx, method, params); err != nil {
		s.logLocal(protocol.MessageTypeLog, fmt.Sprintf("notify %s: %v", method, err))
	}
}

// logf logs a message on the log writer and, once the client has
// initialized the session, as window/logMessage. Messages of type Log and
// Info are only written when Options.Verbose is set.
func (s *server) logf(typ protocol.MessageType, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	s.logLocal(typ, msg)
	if typ == protocol.MessageTypeLog && !s.opts.Verbose {
		return
	}
	if lifecycle(s.state.Load()) != stateNew && s.ctx.Err() == nil {
		_ = s.conn.Notify(s.ctx, protocol.MethodWindowLogMessage, &protocol.LogMessageParams{Type: typ, Message: msg})
	}
}

// logLocal writes a log line on Options.Log.
func (s *server) logLocal(typ protocol.MessageType, msg string) {
	if s.opts.Log == nil || (typ > protocol.MessageTypeWarning && !s.opts.Verbose) {
		return
	}
	s.logMu.Lock()
	defer s.logMu.Unlock()
	fmt.Fprintf(s.opts.Log, "%s monty-lsp: %s: %s\n", time.Now().Format("15:04:05.000"), typ, msg)
}

// clientCaps returns the capabilities the client sent in initialize.
func (s *server) clientCaps() protocol.ClientCapabilities {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.caps
}

// route is how the server serves one method.
type route struct {
	handle func(s *server, ctx context.Context, params json.RawMessage) (any, error)
	async  bool // a request served off the reader goroutine
	// quick, if set, reports whether the request is served on the reader
	// goroutine after all, given its document's current snapshot: hover
	// and completion once the analysis they need is done take a fraction
	// of a millisecond, less than handing them to a new goroutine can
	// cost on a busy machine (the scheduler may wake another thread to
	// run it).
	quick func(*snapshot) bool
}

// quick reports whether the request of route r with params is served
// on the reader goroutine (route.quick).
func (s *server) quick(r route, params json.RawMessage) bool {
	if r.quick == nil {
		return false
	}
	var p struct {
		TextDocument struct {
			URI protocol.DocumentURI `json:"uri"`
		} `json:"textDocument"`
	}
	if json.Unmarshal(params, &p) != nil {
		return false
	}
	snap, ok := s.sess.get(p.TextDocument.URI)
	return ok && r.quick(snap)
}

// quickWhen makes route r quick when ready says so.
func quickWhen(r route, ready func(*snapshot) bool) route {
	r.quick = ready
	return r
}

// resolved reports whether snap's resolved analysis is done.
func resolved(snap *snapshot) bool { return snap.resolvedDone.Load() }

// request makes the route of a request handler; it runs on its own
// goroutine.
func request[P, R any](h func(*server, context.Context, *P) (R, error)) route {
	return route{async: true, handle: func(s *server, ctx context.Context, raw json.RawMessage) (any, error) {
		p := new(P)
		if err := decodeParams(raw, p); err != nil {
			return nil, err
		}
		return h(s, ctx, p)
	}}
}

// inOrder makes a request route run on the reader goroutine, in order
// with the notifications around it.
func inOrder(r route) route {
	r.async = false
	return r
}

// notification makes the route of a notification handler.
func notification[P any](h func(*server, context.Context, *P) error) route {
	return route{handle: func(s *server, ctx context.Context, raw json.RawMessage) (any, error) {
		p := new(P)
		if err := decodeParams(raw, p); err != nil {
			return nil, err
		}
		return nil, h(s, ctx, p)
	}}
}

// noParams makes the route of a method without parameters.
func noParams(h func(*server, context.Context) error) route {
	return route{handle: func(s *server, ctx context.Context, _ json.RawMessage) (any, error) {
		return nil, h(s, ctx)
	}}
}

// routes maps the methods the server implements to their handlers. The
// methods of go.lsp.dev/protocol's Server interface that are absent are
// answered with MethodNotFound; LSP 3.16+ methods can be added here with
// their own parameter types, since dispatch does not go through
// protocol.ServerHandler. Capabilities are advertised in capabilities.
var routes = map[string]route{
	protocol.MethodInitialize:    inOrder(request((*server).Initialize)),
	protocol.MethodInitialized:   notification((*server).Initialized),
	protocol.MethodShutdown:      noParams((*server).Shutdown),
	protocol.MethodExit:          noParams((*server).Exit),
	protocol.MethodCancelRequest: notification((*server).CancelRequest),
	protocol.MethodSetTrace:      notification((*server).SetTrace),

	protocol.MethodTextDocumentDidOpen:   notification((*server).DidOpen),
	protocol.MethodTextDocumentDidChange: notification((*server).DidChange),
	protocol.MethodTextDocumentDidSave:   notification((*server).DidSave),
	protocol.MethodTextDocumentDidClose:  notification((*server).DidClose),

	protocol.MethodWorkspaceDidChangeWatchedFiles:     notification((*server).DidChangeWatchedFiles),
	protocol.MethodWorkspaceDidChangeConfiguration:    notification((*server).DidChangeConfiguration),
	protocol.MethodWorkspaceDidChangeWorkspaceFolders: notification((*server).DidChangeWorkspaceFolders),

	protocol.MethodTextDocumentHover:             quickWhen(request((*server).Hover), resolved),
	protocol.MethodTextDocumentDefinition:        request((*server).Definition),
	protocol.MethodTextDocumentReferences:        request((*server).References),
	protocol.MethodTextDocumentDocumentHighlight: request((*server).DocumentHighlight),
	protocol.MethodTextDocumentPrepareRename:     request((*server).PrepareRename),
	protocol.MethodTextDocumentRename:            request((*server).Rename),
	protocol.MethodTextDocumentDocumentSymbol:    request((*server).DocumentSymbol),
	protocol.MethodTextDocumentFoldingRange:      request((*server).FoldingRange),
	protocol.MethodTextDocumentCodeAction:        request((*server).CodeAction),
	protocol.MethodTextDocumentCompletion:        quickWhen(request((*server).Completion), (*snapshot).hasNames),
	protocol.MethodCompletionItemResolve:         request((*server).CompletionResolve),
	protocol.MethodTextDocumentSignatureHelp:     request((*server).SignatureHelp),
	protocol.MethodSemanticTokensFull:            request((*server).SemanticTokensFull),
	protocol.MethodSemanticTokensRange:           request((*server).SemanticTokensRange),
	protocol.MethodTextDocumentFormatting:        request((*server).Formatting),
	protocol.MethodTextDocumentRangeFormatting:   request((*server).RangeFormatting),
	methodInlayHint:                              request((*server).InlayHint),
	methodDiagnostic:                             request((*server).Diagnostic),
	protocol.MethodWorkspaceExecuteCommand:       request((*server).ExecuteCommand),
	protocol.MethodTextDocumentCodeLens:          request((*server).CodeLens),
}
