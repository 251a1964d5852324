package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/internal/pygen"
	"github.com/monty-tools/monty-tools/syntax"
)

// BenchmarkRequests measures hover and completion at random identifiers
// of generated files in a project (as bench/lsp does), including the JSON
// encoding of the answer, once the document's analysis is done. It
// reports the CPU time per request, GC included, which a busy machine
// does not distort as much as the wall time.
func BenchmarkRequests(b *testing.B) {
	for _, lines := range []int{2000, 20000} {
		src := string(pygen.Generate(lines, 1))
		f, _ := syntax.Parse("x.py", []byte(src), 0)
		m := newSnapshot("", 0, []byte(src), nil).Mapper()
		var idents []protocol.Position
		syntax.Inspect(f, func(n syntax.Node) bool {
			if id, ok := n.(*syntax.Ident); ok && id.End-id.Start >= 2 {
				p := m.Position(id.Start + (id.End-id.Start)/2)
				idents = append(idents, protocol.Position{Line: p.Line, Character: p.Character})
			}
			return true
		})
		dir := writeFiles(b, map[string]string{"monty.toml": benchConfig, "host.pyi": benchStubs(), "rule.py": src})
		u := pathURI(filepath.Join(dir, "rule.py"))
		c := newTestClient(b, Options{Log: io.Discard})
		c.keepHistory, c.light = false, true
		c.initialize(dir)
		c.open(u, 1, src)
		c.diagnostics(u, 1)
		s := c.server
		for _, method := range []string{"hover", "completion"} {
			b.Run(fmt.Sprintf("%s-%d", method, lines), func(b *testing.B) {
				rng := rand.New(rand.NewPCG(1, 2))
				at := func() protocol.TextDocumentPositionParams {
					return protocol.TextDocumentPositionParams{TextDocument: protocol.TextDocumentIdentifier{URI: u},
						Position: idents[rng.IntN(len(idents))]}
				}
				request := func() {
					var res any
					var err error
					if method == "hover" {
						res, err = s.Hover(context.Background(), &protocol.HoverParams{TextDocumentPositionParams: at()})
					} else {
						res, err = s.Completion(context.Background(), &protocol.CompletionParams{TextDocumentPositionParams: at()})
					}
					if err != nil {
						b.Fatal(err)
					}
					if _, err := json.Marshal(res); err != nil {
						b.Fatal(err)
					}
				}
				request() // the first request pays for the resolved analysis
				cpu0 := cpuTime()
				b.ResetTimer()
				for range b.N {
					request()
				}
				b.StopTimer()
				b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
			})
		}
	}
}
