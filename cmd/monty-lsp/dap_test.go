package main

import (
	"bufio"
	"bytes"
	"io"
	"strings"
	"testing"

	godap "github.com/google/go-dap"
)

// TestDapCommand runs `monty-lsp dap` on in-memory stdin/stdout: an
// initialize and a disconnect, then the exit code.
func TestDapCommand(t *testing.T) {
	var in bytes.Buffer
	godap.WriteProtocolMessage(&in, &godap.InitializeRequest{Request: godap.Request{ProtocolMessage: godap.ProtocolMessage{Seq: 1, Type: "request"}, Command: "initialize"}})
	godap.WriteProtocolMessage(&in, &godap.DisconnectRequest{Request: godap.Request{ProtocolMessage: godap.ProtocolMessage{Seq: 2, Type: "request"}, Command: "disconnect"}})
	var out, errOut bytes.Buffer
	if code := run([]string{"dap"}, &in, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	r := bufio.NewReader(&out)
	var got []string
	for {
		m, err := godap.ReadProtocolMessage(r)
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, m.(godap.ResponseMessage).GetResponse().Command)
	}
	if strings.Join(got, ",") != "initialize,disconnect" {
		t.Errorf("responses %v", got)
	}
}

func TestDapUsage(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"dap", "--help"}, strings.NewReader(""), &out, &errOut); code != 0 || !strings.Contains(errOut.String(), "usage: monty-lsp dap") {
		t.Errorf("--help: exit %d, %q", code, errOut.String())
	}
	if code := run([]string{"dap", "extra"}, strings.NewReader(""), &out, &errOut); code != 2 {
		t.Errorf("an argument: exit %d, want 2", code)
	}
}
