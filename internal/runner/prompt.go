package runner

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/monty-tools/monty-tools/internal/mocks"
	"github.com/monty-tools/monty-tools/interp"
)

// Prompt asks at the terminal for the answer to each external call that
// neither a mock nor a host command answers. The user types a JSON value
// (an empty line is None), or !Type: message to make the call raise.
type Prompt struct {
	// OnAsk, when set, is called with true before a question and with
	// false once it is answered (the command line keeps its progress
	// line off the screen meanwhile).
	OnAsk func(asking bool)

	in     *bufio.Reader
	out    io.Writer
	hinted bool // the first question explained the answers
}

// NewPrompt returns a prompt that reads answers from in and writes its
// questions to out (stdin and stderr, so stdout keeps the program's
// output).
func NewPrompt(in io.Reader, out io.Writer) *Prompt {
	return &Prompt{in: bufio.NewReader(in), out: out}
}

// ask asks until it reads a valid answer, the input ends or ctx is done.
func (p *Prompt) ask(ctx context.Context, rec *Call) (interp.Value, error) {
	if p.OnAsk != nil {
		p.OnAsk(true)
		defer p.OnAsk(false)
	}
	for {
		if !p.hinted {
			fmt.Fprintln(p.out, "answer each external call with a JSON value, an empty line for None, or !Type: message to raise")
			p.hinted = true
		}
		fmt.Fprintf(p.out, "%s = ? ", rec.Text)
		line, err := p.readLine(ctx)
		if ctx.Err() != nil {
			fmt.Fprintln(p.out)
			return nil, ctx.Err()
		}
		if err != nil && line == "" {
			fmt.Fprintln(p.out)
			return nil, fmt.Errorf("no answer for %s: the input ended", rec.Text)
		}
		v, aerr := parseAnswer(strings.TrimSpace(line))
		if aerr == nil {
			return v, nil
		}
		if _, ok := aerr.(*interp.ExcValue); ok {
			return nil, aerr
		}
		fmt.Fprintf(p.out, "  %v\n", aerr)
		if err != nil {
			return nil, fmt.Errorf("no answer for %s: the input ended", rec.Text)
		}
	}
}

// parseAnswer reads one typed answer: the value, the exception to raise
// (an *interp.ExcValue), or why the text is not an answer.
func parseAnswer(text string) (interp.Value, error) {
	if text == "" {
		return interp.None, nil
	}
	if rest, ok := strings.CutPrefix(text, "!"); ok {
		typ, msg, _ := strings.Cut(rest, ":")
		typ = strings.TrimSpace(typ)
		err := interp.NewException(typ, strings.TrimSpace(msg))
		if exc, ok := err.(*interp.ExcValue); !ok || exc.Class.Name != typ {
			return nil, fmt.Errorf("%q is not a builtin exception type", typ)
		}
		return nil, err
	}
	v, err := mocks.Value([]byte(text))
	if err != nil {
		return nil, fmt.Errorf("not a JSON value: %v", err)
	}
	return v, nil
}

// readLine reads one line, giving up when ctx is done (Ctrl-C at the
// prompt); the abandoned read ends with the process.
func (p *Prompt) readLine(ctx context.Context) (string, error) {
	type result struct {
		line string
		err  error
	}
	got := make(chan result, 1)
	go func() {
		line, err := p.in.ReadString('\n')
		got <- result{line, err}
	}()
	select {
	case r := <-got:
		return r.line, r.err
	case <-ctx.Done():
		return "", ctx.Err()
	}
}
