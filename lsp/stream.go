package lsp

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"go.lsp.dev/jsonrpc2"
)

// maxMessage bounds the Content-Length the stream accepts; a larger
// message is skipped and answered with an error rather than allocated.
const maxMessage = 256 << 20

// stream is a jsonrpc2.Stream with the LSP base protocol's header framing
// ("Content-Length: N\r\n\r\n" then N bytes of JSON). Unlike
// jsonrpc2.NewStream, it survives bad input: a well-framed message that is
// not valid JSON is answered with a ParseError, one that is JSON but not a
// JSON-RPC message with an InvalidRequest, and the stream reads on. Only a
// failure of the underlying connection (including EOF) ends it.
type stream struct {
	max    int64 // the largest message accepted
	in     *bufio.Reader
	out    io.Writer
	closer io.Closer

	wmu sync.Mutex // serialises writes: the conn's, the server's frames and the stream's own error replies

	// serve, when set, takes the requests and notifications Read reads,
	// on the reader goroutine and in order, and Read returns only the
	// responses to the server's own requests, for jsonrpc2.Conn to match.
	// The server so decodes each message once and answers with frames it
	// encodes itself (frame.go), where jsonrpc2's Call and Response would
	// decode parameters and encode results a second time.
	serve func(*incoming)
}

// incoming is a request or a notification as read.
type incoming struct {
	method string
	params json.RawMessage
	id     jsonrpc2.ID
	rawID  json.RawMessage // the id as sent, to echo in the answer; nil for a notification
}

// isCall reports whether the message is a request, which gets an answer.
func (m *incoming) isCall() bool { return m.rawID != nil }

// message returns the message as jsonrpc2 represents it.
func (m *incoming) message() (jsonrpc2.Message, error) {
	if m.isCall() {
		return jsonrpc2.NewCall(m.id, m.method, m.params)
	}
	return jsonrpc2.NewNotification(m.method, m.params)
}

// NewStream returns a tolerant LSP stream over rwc. Reads must come from a
// single goroutine (jsonrpc2.Conn's reader); writes may come from any.
func NewStream(rwc io.ReadWriteCloser) jsonrpc2.Stream { return newStream(rwc, maxMessage) }

func newStream(rwc io.ReadWriteCloser, max int64) *stream {
	return &stream{max: max, in: bufio.NewReader(rwc), out: rwc, closer: rwc}
}

// frameError is a problem with one message that the stream can skip.
type frameError struct {
	code jsonrpc2.Code
	id   json.RawMessage // the request's id when it could be read, else nil
	msg  string
}

func (e *frameError) Error() string { return e.msg }

// Read returns the next JSON-RPC message, answering and skipping messages
// that cannot be decoded.
func (s *stream) Read(ctx context.Context) (jsonrpc2.Message, int64, error) {
	var total int64
	for {
		if err := ctx.Err(); err != nil {
			return nil, total, err
		}
		data, n, err := s.readFrame()
		total += n
		var msg jsonrpc2.Message
		if err == nil {
			var in *incoming
			in, msg, err = decodeMessage(data)
			switch {
			case in != nil && s.serve != nil:
				s.serve(in)
				continue
			case in != nil:
				msg, err = in.message()
			}
		}
		var fe *frameError
		if errors.As(err, &fe) {
			if werr := s.writeError(fe); werr != nil {
				return nil, total, werr
			}
			continue
		}
		return msg, total, err
	}
}

// readFrame reads one header block and the body it announces.
func (s *stream) readFrame() ([]byte, int64, error) {
	length, total, err := s.readHeader()
	if err != nil {
		return nil, total, err
	}
	if length > s.max {
		n, err := io.CopyN(io.Discard, s.in, length)
		total += n
		if err != nil {
			return nil, total, unexpectedEOF(err)
		}
		return nil, total, &frameError{code: jsonrpc2.InvalidRequest, msg: fmt.Sprintf("message of %d bytes is too large", length)}
	}
	data := make([]byte, length)
	n, err := io.ReadFull(s.in, data)
	total += int64(n)
	if err != nil {
		return nil, total, unexpectedEOF(err)
	}
	return data, total, nil
}

// readHeader reads header lines up to the empty line and returns the
// Content-Length. Unknown headers and lines without a colon are ignored; a
// block without a valid Content-Length is a frameError (the block is
// consumed, so the next read starts at the following header).
func (s *stream) readHeader() (int64, int64, error) {
	var total int64
	length := int64(-1)
	started := false
	for {
		line, err := s.in.ReadString('\n')
		total += int64(len(line))
		if err != nil {
			if err == io.EOF && !started && strings.TrimSpace(line) == "" {
				return 0, total, io.EOF // clean end between messages
			}
			return 0, total, unexpectedEOF(err)
		}
		line = strings.TrimSpace(line)
		if line == "" {
			if !started {
				continue // tolerate blank lines between messages
			}
			break
		}
		started = true
		name, value, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			n, err := strconv.ParseInt(strings.TrimSpace(value), 10, 64)
			if err != nil || n < 0 {
				n = -2
			}
			length = n
		}
	}
	if length < 0 {
		return 0, total, &frameError{code: jsonrpc2.ParseError, msg: "missing or invalid Content-Length header"}
	}
	return length, total, nil
}

func unexpectedEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// envelope is a JSON-RPC message as sent: a request, a notification or
// a response.
type envelope struct {
	Version *string         `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Method  string          `json:"method"`
	Params  json.RawMessage `json:"params"`
	Result  json.RawMessage `json:"result"`
	Error   *jsonrpc2.Error `json:"error"`
}

// decodeMessage decodes a message body in one pass: a request or
// notification, or else a response. Failures are classified as the
// JSON-RPC specification asks: invalid JSON is a ParseError with a null
// id; valid JSON that is not a request, notification or response is an
// InvalidRequest, with the request's id when it has one.
func decodeMessage(data []byte) (*incoming, jsonrpc2.Message, error) {
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) > 0 && trimmed[0] != '{' {
		if !json.Valid(trimmed) {
			return nil, nil, &frameError{code: jsonrpc2.ParseError, msg: "invalid JSON"}
		}
		return nil, nil, &frameError{code: jsonrpc2.InvalidRequest, msg: "a message must be a JSON object (batches are not supported)"}
	}
	var env envelope
	if err := json.Unmarshal(trimmed, &env); err != nil {
		var syntax *json.SyntaxError
		if errors.As(err, &syntax) || len(trimmed) == 0 {
			return nil, nil, &frameError{code: jsonrpc2.ParseError, msg: "invalid JSON"}
		}
		return nil, nil, invalidRequest(env.ID, err)
	}
	if env.ID != nil && string(env.ID) == "null" {
		env.ID = nil
	}
	var id jsonrpc2.ID
	if env.ID != nil {
		if err := id.UnmarshalJSON(env.ID); err != nil {
			return nil, nil, invalidRequest(env.ID, err)
		}
	}
	switch {
	case env.Version != nil && *env.Version != jsonrpc2.Version:
		return nil, nil, invalidRequest(env.ID, fmt.Errorf("invalid RPC version %q", *env.Version))
	case env.Method != "":
		return &incoming{method: env.Method, params: env.Params, id: id, rawID: env.ID}, nil, nil
	case env.ID == nil:
		return nil, nil, invalidRequest(nil, jsonrpc2.ErrInvalidRequest)
	}
	var rerr error
	if env.Error != nil {
		rerr = env.Error
	}
	resp, err := jsonrpc2.NewResponse(id, env.Result, rerr)
	if err != nil {
		return nil, nil, invalidRequest(env.ID, err)
	}
	return nil, resp, nil
}

// invalidRequest is the frameError of a message that is JSON but not a
// JSON-RPC message.
func invalidRequest(id json.RawMessage, err error) error {
	return &frameError{code: jsonrpc2.InvalidRequest, id: validID(id), msg: "invalid request: " + err.Error()}
}

// validID returns raw if it is a JSON-RPC id (a number or a string), else
// nil, so that a reply never echoes an object or array as the id.
func validID(raw json.RawMessage) json.RawMessage {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || (raw[0] != '"' && raw[0] != '-' && (raw[0] < '0' || raw[0] > '9')) {
		return nil
	}
	return raw
}

// writeError answers a message the stream could not decode.
func (s *stream) writeError(fe *frameError) error {
	id := fe.id
	if id == nil {
		id = json.RawMessage("null")
	}
	body, err := marshal(struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Error   *jsonrpc2.Error `json:"error"`
	}{"2.0", id, jsonrpc2.NewError(fe.code, fe.msg)})
	if err != nil {
		return err
	}
	_, err = s.writeBody(body)
	return err
}

// Write sends one message.
func (s *stream) Write(ctx context.Context, msg jsonrpc2.Message) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	var body []byte
	var err error
	if m, ok := msg.(json.Marshaler); ok {
		body, err = m.MarshalJSON() // jsonrpc2's messages encode themselves; re-encoding would only re-validate
	} else {
		body, err = marshal(msg)
	}
	if err != nil {
		return 0, fmt.Errorf("marshal message: %w", err)
	}
	return s.writeBody(body)
}

// writeBody writes a message whose body is already encoded.
func (s *stream) writeBody(body []byte) (int64, error) {
	f := newFrame()
	defer f.release()
	f.b = append(f.b, body...)
	return int64(len(f.b) - headerRoom), s.write(f)
}

// Close closes the underlying connection, which ends a blocked Read.
func (s *stream) Close() error { return s.closer.Close() }

// marshal encodes v as JSON without escaping HTML characters.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
