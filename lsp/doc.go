// Package lsp is the Monty language server: it serves the analyzer to
// editors over the Language Server Protocol, checking documents as the
// user types. Serve runs one session on a stream (stdin and stdout for
// `monty-lsp serve`).
//
// # Protocol
//
// Messages use go.lsp.dev/protocol's types and go.lsp.dev/jsonrpc2's
// connection, which implement LSP 3.15. The server does not use
// protocol.ServerHandler: it answers bad parameters with ParseError,
// silently drops the errors of notification handlers, and sends 3.16+
// methods to Server.Request with untyped parameters. Instead a route table
// (server.go) maps each method to a typed handler named after it (Hover,
// DidChange...), and no problem ends the connection: requests get
// JSON-RPC errors (InvalidParams for bad parameters or unknown documents,
// MethodNotFound for unknown methods, ServerNotInitialized before
// initialize, InvalidRequest after shutdown), and the errors of
// notifications are logged on stderr and as window/logMessage. The stream
// (stream.go) replaces jsonrpc2.NewStream, which ends the connection on
// the first message that is not valid JSON: it answers such a message with
// a ParseError (null id) and reads on. It decodes each message once and
// hands requests and notifications straight to the server, whose answers
// are encoded once into pooled frames (frame.go); jsonrpc2.Conn only
// sends the server's own requests and notifications and matches the
// client's responses. didChange parameters are decoded
// here too, because protocol.TextDocumentContentChangeEvent's Range is a
// value and cannot tell a full replacement from an edit at 0:0.
//
// # Documents and snapshots
//
// The connection's reader goroutine handles notifications one at a time,
// in order: didOpen and didChange produce a new immutable snapshot of the
// document (content, version, project generation) and never analyse it
// themselves. The line index, parse tree and analysis of a snapshot are
// computed lazily, once, by whichever goroutine needs them first.
// Requests other than initialize and shutdown run on their own goroutines
// and see at least every edit sent before them; hover and completion run
// on the reader goroutine instead when the analysis they need is done,
// since they then take less than the hand-off to a goroutine can cost.
//
// # Diagnostics
//
// Each edit schedules a check of the new snapshot on a background
// goroutine, without debounce by default. The check is incremental
// (incremental.go, prune.go): it re-parses only the top-level statements
// the edit touched and analyses only what the edit may have changed,
// reusing the diagnostics of the rest from the last version checked; it
// falls back to a full check when it cannot (a syntax error, a
// transcoded file), and gives the same diagnostics as a full check, which
// tests assert after random edits. Diagnostics are written to the stream
// without going through reflection (publish.go): a large file has
// thousands. A document has at most one
// goroutine checking it and one snapshot waiting (the latest), so a flood
// of edits uses bounded memory and superseded versions are skipped. One
// goroutine at a time publishes a document's diagnostics, and only if its
// snapshot is still the document's current one when the publication
// starts: diagnostics of an old version are never sent once a newer edit
// has been applied. (A check already running when the edit arrives
// finishes, since the analyzer cannot be interrupted, but its result is
// dropped.) Closing a document clears its diagnostics, after any
// publication under way. Problems in configuration and stub files are
// published on those files. The reader goroutine never waits for a
// document's publication (only a project reload waits for one on a
// configuration or stub file). A panic of the analyzer on a snapshot (a
// bug) is logged and leaves the snapshot with its syntax errors only, so
// that a file being typed cannot end the session.
//
// Clients that announce LSP 3.17's pull diagnostics
// (capabilities.textDocument.diagnostic) get the diagnostics of their
// documents only by asking for them (pulldiag.go): the server checks each
// edit as for the others, so that the pull finds the result ready, but
// does not publish it, since such a client would show every problem
// twice; it asks them to pull again (workspace/diagnostic/refresh) when
// the projects change. Other clients may pull too, and get what is
// published.
//
// The diagnostics keep the analyzer's quick fixes on the incremental path
// too (fixedit.go), so code actions after an edit come from the
// diagnostics published for it, without a full check; only the star
// import's fix, which depends on the whole module, needs one.
//
// # Assisting the user
//
// Completion and signature help run while the user is typing, when the
// file often does not parse. They read the text before the cursor
// (cursor.go): scanned from the start of the top-level statement around
// the cursor, it says exactly whether the cursor is in a string or a
// comment, which brackets are open, which name is being typed and what
// precedes it ("json.", "from m import", "get(1, "). The names in scope
// come from the parse tree, which recovers around the broken line, and
// the analyzer's resolutions (scope.go); since that analysis is a full
// check, a completion in a version not analysed yet takes its names from
// the last analysed version and the text being typed from the current one
// (completebase.go), and never waits for it. The list holds only the
// candidates that can match the identifier typed, at most 100, marked
// incomplete when cut, and encodes without reflection (completelist.go).
// Nothing is offered that the profile lacks or rejects. Semantic tokens (semtok.go) and inlay hints
// (inlay.go) show what only the analyzer knows: which names are the
// host's externals and inputs, which constructs Monty rejects, what an
// external returns. Quick fixes may edit the project's stub and
// configuration files (hostfix.go, tomledit.go).
//
// Formatting and range formatting (formatting.go) run package format with
// the project's [monty.format] settings, the same as montyfmt, and answer
// with line edits from a diff so that the editor keeps its cursor and
// marks. A file with syntax errors gets no edits: format on save must not
// interrupt the user, and the diagnostics already show the error.
//
// Inlay hints and pull diagnostics are LSP 3.17 methods that
// go.lsp.dev/protocol lacks: their types are defined here, as are the
// initialize fields that announce them (protocol317.go).
//
// # Projects
//
// A document's project is the monty.toml (or pyproject.toml with
// [tool.monty]) found by walking up from its directory, or a default
// project when there is none; projects are loaded once per generation.
// A change to a configuration or stub file (didChangeWatchedFiles, for
// which the server registers watchers when the client allows it, or
// didSave of such a file) starts a new generation and checks the open
// documents again, as does a change of the editor's settings
// (monty.profile, monty.lineLength; settings.go), which fill in what the
// configuration file does not set: the file wins. The server never scans a directory: only open
// documents are checked, with or without workspace folders.
//
// # Running files
//
// workspace/executeCommand "monty.run" (command.go) runs a document's
// current text through internal/runner, as `monty-lsp run --json` runs a
// file, under default limits, and returns the same report. The error of a
// failed run is added to the document's diagnostics at its line while
// that version is current. Code lenses (codelens.go) offer Run and Debug
// (a client command) at the top of Monty files.
//
// # Positions
//
// LSP positions count UTF-16 code units. All conversions go through
// source.Mapper (convert.go), which clamps out-of-range positions to the
// document, so a position past the end of a line or file is not an error.
package lsp
