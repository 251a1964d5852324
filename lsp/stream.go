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

	wmu sync.Mutex // serialises writes: the conn's and the stream's own error replies
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
			msg, err = decodeMessage(data)
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

// decodeMessage decodes a message body, classifying failures as the
// JSON-RPC specification asks: invalid JSON is a ParseError with a null
// id; valid JSON that is not a request, notification or response is an
// InvalidRequest, with the request's id when it has one.
func decodeMessage(data []byte) (jsonrpc2.Message, error) {
	if !json.Valid(data) {
		return nil, &frameError{code: jsonrpc2.ParseError, msg: "invalid JSON"}
	}
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return nil, &frameError{code: jsonrpc2.InvalidRequest, msg: "a message must be a JSON object (batches are not supported)"}
	}
	msg, err := jsonrpc2.DecodeMessage(data)
	if err != nil {
		var head struct {
			ID json.RawMessage `json:"id"`
		}
		_ = json.Unmarshal(data, &head)
		return nil, &frameError{code: jsonrpc2.InvalidRequest, id: validID(head.ID), msg: "invalid request: " + err.Error()}
	}
	return msg, nil
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
	_, err = s.writeFrame(body)
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
	return s.writeFrame(body)
}

// writeFrame writes a header and body with a single Write call.
func (s *stream) writeFrame(body []byte) (int64, error) {
	buf := make([]byte, 0, len(body)+32)
	buf = append(buf, "Content-Length: "...)
	buf = strconv.AppendInt(buf, int64(len(body)), 10)
	buf = append(buf, "\r\n\r\n"...)
	buf = append(buf, body...)
	s.wmu.Lock()
	n, err := s.out.Write(buf)
	s.wmu.Unlock()
	if err != nil {
		return int64(n), fmt.Errorf("write message: %w", err)
	}
	return int64(n), nil
}

// writeBody writes a message whose body is already encoded, as one write
// of the frame, without the copy writeFrame makes.
func (s *stream) writeBody(body []byte) error {
	var hdr [48]byte
	h := append(hdr[:0], "Content-Length: "...)
	h = strconv.AppendInt(h, int64(len(body)), 10)
	h = append(h, "\r\n\r\n"...)
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if _, err := s.out.Write(h); err != nil {
		return fmt.Errorf("write message: %w", err)
	}
	if _, err := s.out.Write(body); err != nil {
		return fmt.Errorf("write message: %w", err)
	}
	return nil
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
