package lsp

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// binary is the monty-lsp command, built once for the end-to-end tests.
var binary struct {
	once sync.Once
	dir  string
	path string
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binary.dir != "" {
		os.RemoveAll(binary.dir)
	}
	os.Exit(code)
}

// buildBinary builds cmd/monty-lsp into a temporary directory.
func buildBinary(t *testing.T) string {
	if testing.Short() {
		t.Skip("builds the monty-lsp binary")
	}
	binary.once.Do(func() {
		goTool, err := exec.LookPath("go")
		if err != nil {
			goTool = filepath.Join(runtime.GOROOT(), "bin", "go")
		}
		if binary.dir, binary.err = os.MkdirTemp("", "monty-lsp-e2e"); binary.err != nil {
			return
		}
		binary.path = filepath.Join(binary.dir, "monty-lsp")
		out, err := exec.Command(goTool, "build", "-o", binary.path, "github.com/monty-tools/monty-tools/cmd/monty-lsp").CombinedOutput()
		if err != nil {
			binary.err = errors.New(string(out))
		}
	})
	if binary.err != nil {
		t.Fatalf("go build: %v", binary.err)
	}
	return binary.path
}

// process is a server subprocess seen as the client's connection: its
// stdout is read, its stdin written.
type process struct {
	io.Reader
	io.WriteCloser
}

// startBinary starts the binary with args and connects a client to its
// stdin and stdout. Its stderr is collected in the returned buffer.
func startBinary(t *testing.T, args ...string) (*testClient, *bytes.Buffer) {
	cmd := exec.Command(buildBinary(t), args...)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr := &lockedBuffer{}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	code := make(chan int, 1)
	go func() {
		err := cmd.Wait()
		var ee *exec.ExitError
		switch {
		case errors.As(err, &ee):
			code <- ee.ExitCode()
		case err != nil:
			code <- -1
		default:
			code <- 0
		}
	}()
	c := connectClient(t, process{stdout, stdin}, code, func() { _ = cmd.Process.Kill() })
	return c, &stderr.buf
}

// lockedBuffer is a bytes.Buffer written by the process's stderr copier.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// TestBinaryServesOverStdio starts the real binary with no arguments (how
// an editor may start it) and gets diagnostics over stdio; the session
// ends with shutdown and exit, and the process exits with 0.
func TestBinaryServesOverStdio(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"monty.toml": "[monty]\nstubs = [\"host.pyi\"]\n",
		"host.pyi":   "def get_x() -> int: ...\n",
		"a.py":       "",
	})
	c, stderr := startBinary(t)
	res := c.initialize(dir)
	if res.ServerInfo == nil || res.ServerInfo.Name != "monty-lsp" {
		t.Errorf("serverInfo = %+v", res.ServerInfo)
	}
	u := pathURI(filepath.Join(dir, "a.py"))
	c.open(u, 1, "x = get_x() + get_y()\ndel x\n")
	c.waitCodes(u, "M102", "M201")
	if code := c.shutdownExit(); code != 0 {
		t.Errorf("exit code %d, want 0; stderr:\n%s", code, stderr)
	}
	if strings.Contains(stderr.String(), "Content-Length") {
		t.Errorf("protocol output on stderr:\n%s", stderr)
	}
}

// TestBinaryExitCodeWithoutShutdown closes the stdin of `monty-lsp serve
// --stdio` without shutdown: the process exits with 1.
func TestBinaryExitCodeWithoutShutdown(t *testing.T) {
	c, stderr := startBinary(t, "serve", "--stdio")
	c.initialize()
	c.mu.Lock()
	c.exited = true
	c.mu.Unlock()
	c.conn.Close()
	if code := <-c.code; code != 1 {
		t.Errorf("exit code %d, want 1; stderr:\n%s", code, stderr)
	}
	c.code <- 1
}
