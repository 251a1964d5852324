package lsp

import (
	"encoding/json"
	"fmt"
	"strconv"
	"sync"

	"go.lsp.dev/jsonrpc2"
)

// The messages the server sends most (answers to requests, published
// diagnostics) are encoded here into pooled buffers that leave room for
// the header, so that each is written with a single write and without
// allocating: what the request path allocates decides how often the
// collector runs, and a collection under way is most of a request's
// latency tail (bench/lsp). jsonrpc2 would encode a result twice (once
// into a RawMessage, then the response around it, validating it again).

// headerRoom is the room left before a frame's body for its header,
// "Content-Length: " and up to 10 digits and "\r\n\r\n".
const headerRoom = 32

// maxPooledFrame is the largest buffer kept for reuse; the diagnostics
// of a huge file are encoded into a buffer of their own.
const maxPooledFrame = 1 << 20

// framePool holds *frame values.
var framePool = sync.Pool{New: func() any { return &frame{b: make([]byte, 0, 4096)} }}

// frame is a message being encoded, after room for its header.
type frame struct{ b []byte }

// newFrame returns an empty frame from the pool; release returns it.
func newFrame() *frame {
	f := framePool.Get().(*frame)
	f.b = f.b[:headerRoom]
	return f
}

// release puts f back in the pool; f must not be used afterwards.
func (f *frame) release() {
	if cap(f.b) <= maxPooledFrame {
		framePool.Put(f)
	}
}

// write writes f, header and body, with one write.
func (s *stream) write(f *frame) error {
	var hdr [headerRoom]byte
	h := append(hdr[:0], "Content-Length: "...)
	h = strconv.AppendInt(h, int64(len(f.b)-headerRoom), 10)
	h = append(h, "\r\n\r\n"...)
	start := headerRoom - len(h)
	copy(f.b[start:], h)
	s.wmu.Lock()
	_, err := s.out.Write(f.b[start:])
	s.wmu.Unlock()
	if err != nil {
		return fmt.Errorf("write message: %w", err)
	}
	return nil
}

// jsonAppender is a result that encodes itself without reflection,
// appending its JSON to b. A nil receiver appends null.
type jsonAppender interface {
	appendJSON(b []byte) []byte
}

// reply answers the request m: with res encoded once into a pooled
// frame when err is nil, else with the JSON-RPC error through jsonrpc2's
// encoding (errors are rare).
func (s *server) reply(m *incoming, res any, err error) error {
	if cerr := s.ctx.Err(); cerr != nil {
		return cerr // the session ended
	}
	if err == nil {
		f := newFrame()
		defer f.release()
		f.b = append(f.b, `{"jsonrpc":"2.0","result":`...)
		if f.b, err = appendResult(f.b, res); err == nil {
			f.b = append(f.b, `,"id":`...)
			f.b = append(f.b, m.rawID...)
			f.b = append(f.b, '}')
			return s.raw.write(f)
		}
		err = jsonrpc2.Errorf(jsonrpc2.InternalError, "encode the result of %s: %v", m.method, err)
	}
	resp, merr := jsonrpc2.NewResponse(m.id, nil, err)
	if merr != nil {
		return merr
	}
	_, err = s.raw.Write(s.ctx, resp)
	return err
}

// appendResult appends the JSON of a handler's result; nil is null.
func appendResult(b []byte, res any) ([]byte, error) {
	if a, ok := res.(jsonAppender); ok {
		return a.appendJSON(b), nil
	}
	data, err := json.Marshal(res)
	return append(b, data...), err
}
