package project

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/monty-tools/monty-tools/config"
)

func writeProject(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoadAndCheck(t *testing.T) {
	dir := writeProject(t, map[string]string{
		"monty.toml": "[monty]\nprofile = \"monty-0.0.18\"\nstubs = [\"host.pyi\"]\n[monty.severity]\nundeclared-external = \"warning\"\n",
		"host.pyi":   "def fetch(url: str) -> str: ...\nlimit: int\n",
	})
	cfg, err := LoadConfig(filepath.Join(dir, "monty.toml"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Load(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if p.Profile.Name != "monty-0.0.18" || p.Decls.Funcs["fetch"] == nil || len(p.StubErrors) != 0 {
		t.Fatalf("profile %s, decls %v, stub errors %v", p.Profile.Name, p.Decls.Funcs, p.StubErrors)
	}
	_, res := p.Check(filepath.Join(dir, "a.py"), []byte("class A:\n    pass\nfetch('x')\nhelper()\n"))
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, d.Code+":"+d.Severity.String())
	}
	if want := "M101:error M201:warning"; strings.Join(got, " ") != want {
		t.Errorf("diagnostics %v, want %s", got, want)
	}
	read := func(path string) []byte { b, _ := os.ReadFile(path); return b }
	unused := p.UnusedDiagnostics(res.Used, read)
	if len(unused) != 1 || unused[0].Code != "M210" || !strings.Contains(unused[0].Message, "limit") {
		t.Errorf("unused = %+v, want the input limit", unused)
	}
}

func TestConfigMistakesHavePositions(t *testing.T) {
	dir := writeProject(t, map[string]string{
		"monty.toml": "[monty]\nprofile = \"monty-9\"\n[monty.severity]\nM999 = \"error\"\n",
	})
	_, err := LoadConfig(filepath.Join(dir, "monty.toml"))
	var list config.ErrorList
	if !errors.As(err, &list) || len(list) != 2 {
		t.Fatalf("error %v, want two positioned errors", err)
	}
	if list[0].Line != 2 || list[0].Key != "monty.profile" || list[1].Line != 4 || !strings.Contains(list[1].Error(), "M999") {
		t.Errorf("errors %v and %v", list[0], list[1])
	}
}

func TestStubProblemsStayOnTheStub(t *testing.T) {
	dir := writeProject(t, map[string]string{"host.pyi": "def broken(:\n"})
	cfg := config.Default(dir)
	cfg.Stubs = []string{filepath.Join(dir, "host.pyi"), filepath.Join(dir, "missing.pyi")}
	p, err := Load(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ds := p.StubDiagnostics(func(path string) []byte { b, _ := os.ReadFile(path); return b })
	if len(ds) < 2 {
		t.Fatalf("stub diagnostics %+v, want the syntax error and the missing file", ds)
	}
	for _, d := range ds {
		if d.Code != "M301" || !strings.HasSuffix(d.Path, ".pyi") {
			t.Errorf("stub diagnostic %s on %s", d.Code, d.Path)
		}
	}
}

func TestProfileFile(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "profile", "data", "monty-0.0.18.json"))
	if err != nil {
		t.Fatal(err)
	}
	dir := writeProject(t, map[string]string{
		"monty.toml": "[monty]\nprofile = \"profiles/next.json\"\n",
	})
	os.Mkdir(filepath.Join(dir, "profiles"), 0o755)
	if err := os.WriteFile(filepath.Join(dir, "profiles", "next.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := LoadConfig(filepath.Join(dir, "monty.toml"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Load(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if p.Profile.MontyVersion != "0.0.18" {
		t.Errorf("profile %s, want the file's 0.0.18", p.Profile.Name)
	}
	cfg.Profile = "profiles/missing.json"
	if _, err := Load(cfg); err == nil || !strings.Contains(err.Error(), "missing.json") {
		t.Errorf("missing profile file: error %v", err)
	}
}
