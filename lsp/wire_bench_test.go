package lsp

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/monty-tools/monty-tools/internal/pygen"
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// BenchmarkWire measures the server's whole path for the requests and
// edits of bench/lsp on the generated 2,000-line file in a project: raw
// frames in, the stream, dispatch, the handler, encoding and the frame
// out. The client end writes prepared frames and only scans the frames it
// reads, so the allocations reported (B/op, allocs/op) are the server's:
// they decide how often the collector runs, and a collection under way is
// where the latency tail of bench/lsp comes from.
//
//	go test ./lsp -run '^$' -bench Wire -benchmem
func BenchmarkWire(b *testing.B) {
	src := pygen.Generate(2000, 1)
	dir := writeFiles(b, map[string]string{"monty.toml": benchConfig, "host.pyi": benchStubs(), "rule.py": string(src)})
	u := string(pathURI(filepath.Join(dir, "rule.py")))
	idents := identPositions(src)
	w := startWire(b, dir)
	w.send(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":` +
		strconv.Quote(u) + `,"languageId":"python","version":1,"text":` + mustJSON(string(src)) + `}}}`)
	w.waitDiags(1)
	for _, method := range []string{"hover", "completion"} {
		b.Run(method, func(b *testing.B) {
			rng := rand.New(rand.NewPCG(1, 2))
			ask := func() {
				p := idents[rng.IntN(len(idents))]
				w.call("textDocument/"+method, fmt.Sprintf(`{"textDocument":{"uri":%q},"position":{"line":%d,"character":%d},"context":{"triggerKind":1}}`, u, p.Line, p.Character))
			}
			ask() // the first request pays for the resolved analysis
			b.ReportAllocs()
			b.ResetTimer()
			w.bytes = 0
			for range b.N {
				ask()
			}
			b.ReportMetric(float64(w.bytes)/float64(b.N), "resp-B/op")
		})
	}
	line, col := editPoint(string(src))
	version := 1
	// type sends the i-th keystroke: typing a character, deleting it.
	type_ := func(i int) {
		version++
		rng := fmt.Sprintf(`{"start":{"line":%d,"character":%d},"end":{"line":%d,"character":%d}}`, line, col, line, col)
		text := "z"
		if i%2 == 1 {
			rng = fmt.Sprintf(`{"start":{"line":%d,"character":%d},"end":{"line":%d,"character":%d}}`, line, col, line, col+1)
			text = ""
		}
		w.send(fmt.Sprintf(`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":%q,"version":%d},"contentChanges":[{"range":%s,"text":%q}]}}`,
			u, version, rng, text))
	}
	b.Run("keystroke", func(b *testing.B) {
		b.ReportAllocs()
		for i := range b.N + b.N%2 { // an even count leaves the text as it was
			type_(i)
			w.waitDiags(version)
		}
	})
	// typed: a completion at the cursor right after each keystroke, before
	// its diagnostics, as an editor asks while the user types.
	b.Run("typed", func(b *testing.B) {
		b.ReportAllocs()
		for i := range b.N + b.N%2 {
			type_(i)
			w.call("textDocument/completion", fmt.Sprintf(`{"textDocument":{"uri":%q},"position":{"line":%d,"character":%d}}`, u, line, col+uint32(1-i%2)))
			w.waitDiags(version)
		}
	})
}

// identPositions returns the middle of every identifier of src of two
// characters or more, as bench/lspdrive picks them.
func identPositions(src []byte) []source.Position {
	f, _ := syntax.Parse("x.py", src, 0)
	m := source.NewMapper(src)
	var out []source.Position
	syntax.Inspect(f, func(n syntax.Node) bool {
		if id, ok := n.(*syntax.Ident); ok && id.End-id.Start >= 2 {
			out = append(out, m.Position(id.Start+(id.End-id.Start)/2))
		}
		return true
	})
	return out
}

// wire is the client end of BenchmarkWire: it writes frames to a server
// and reads its frames into one reused buffer.
type wire struct {
	t         testing.TB
	in        *io.PipeWriter
	out       *bufio.Reader
	body      []byte
	nextID    int
	bytes     int // the bytes of the responses read by call
	published int // the latest version whose diagnostics were read
	code      chan int
}

// startWire starts a server on pipes and initializes it for a client
// without configuration or dynamic registration, so that the server sends
// no requests of its own.
func startWire(t testing.TB, root string) *wire {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	w := &wire{t: t, in: inW, out: bufio.NewReaderSize(outR, 1<<20), code: make(chan int, 1)}
	go func() { w.code <- Serve(context.Background(), pipeConn{inR, outW}, Options{Log: io.Discard}) }()
	w.call("initialize", `{"processId":null,"rootUri":`+strconv.Quote(string(pathURI(root)))+`,"capabilities":{}}`)
	w.send(`{"jsonrpc":"2.0","method":"initialized","params":{}}`)
	t.Cleanup(func() {
		w.call("shutdown", "null")
		w.send(`{"jsonrpc":"2.0","method":"exit"}`)
		<-w.code
		outR.Close()
	})
	return w
}

// pipeConn joins the two pipes of a wire into the server's connection.
type pipeConn struct {
	r *io.PipeReader
	w *io.PipeWriter
}

func (p pipeConn) Read(b []byte) (int, error)  { return p.r.Read(b) }
func (p pipeConn) Write(b []byte) (int, error) { return p.w.Write(b) }
func (p pipeConn) Close() error                { p.r.Close(); return p.w.Close() }

// send writes one message.
func (w *wire) send(msg string) {
	if _, err := io.WriteString(w.in, "Content-Length: "+strconv.Itoa(len(msg))+"\r\n\r\n"+msg); err != nil {
		w.t.Fatal(err)
	}
}

// call sends a request and reads frames up to its response, which must
// not be an error.
func (w *wire) call(method, params string) {
	w.nextID++
	id := strconv.Itoa(w.nextID)
	w.send(`{"jsonrpc":"2.0","id":` + id + `,"method":"` + method + `","params":` + params + `}`)
	want := []byte(`"id":` + id)
	for {
		body := w.read()
		i := bytes.Index(body, want)
		if i >= 0 && i+len(want) < len(body) && (body[i+len(want)] == ',' || body[i+len(want)] == '}') &&
			!bytes.Contains(body, []byte(`"method"`)) {
			w.bytes += len(body)
			if bytes.Contains(body, []byte(`"error":`)) {
				w.t.Fatalf("%s: %s", method, body)
			}
			return
		}
	}
}

// waitDiags reads frames up to the diagnostics of version, unless they
// were read already.
func (w *wire) waitDiags(version int) {
	for w.published < version {
		w.read()
	}
}

// read reads one frame's body into the reused buffer.
func (w *wire) read() []byte {
	n := -1
	for {
		line, err := w.out.ReadSlice('\n')
		if err != nil {
			w.t.Fatal(err)
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			break
		}
		if v, ok := bytes.CutPrefix(line, []byte("Content-Length: ")); ok {
			n, _ = strconv.Atoi(string(v))
		}
	}
	if cap(w.body) < n {
		w.body = make([]byte, n)
	}
	w.body = w.body[:n]
	if _, err := io.ReadFull(w.out, w.body); err != nil {
		w.t.Fatal(err)
	}
	if bytes.Contains(w.body, []byte(`"method":"textDocument/publishDiagnostics"`)) {
		if _, v, ok := bytes.Cut(w.body, []byte(`"version":`)); ok {
			if end := bytes.IndexByte(v, ','); end > 0 {
				n, _ := strconv.Atoi(string(v[:end]))
				w.published = max(w.published, n)
			}
		}
	}
	return w.body
}
