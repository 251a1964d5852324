package atomicfile

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestReplaceKeepsPermissions(t *testing.T) {
	dir := t.TempDir()
	for _, perm := range []os.FileMode{0o644, 0o600, 0o755, 0o640} {
		p := filepath.Join(dir, "f.py")
		if err := os.WriteFile(p, []byte("old\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, perm); err != nil {
			t.Fatal(err)
		}
		if err := Replace(p, []byte("new\n")); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(p)
		if err != nil || string(got) != "new\n" {
			t.Fatalf("contents = %q, %v; want %q", got, err, "new\n")
		}
		info, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if runtime.GOOS != "windows" && info.Mode().Perm() != perm {
			t.Errorf("mode = %#o; want %#o", info.Mode().Perm(), perm)
		}
	}
	assertNoTemp(t, dir, "f.py")
}

func TestReplaceMissingFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "missing.py")
	if err := Replace(p, []byte("x")); err == nil {
		t.Fatal("Replace of a missing file succeeded")
	}
	if _, err := os.Stat(p); !os.IsNotExist(err) {
		t.Errorf("Replace created %s (stat error %v)", p, err)
	}
	assertNoTemp(t, dir)
}

func TestReplaceDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := Replace(dir, []byte("x")); err == nil {
		t.Fatal("Replace of a directory succeeded")
	}
}

func TestReplaceFollowsSymlink(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	dir := t.TempDir()
	real := filepath.Join(dir, "real.py")
	link := filepath.Join(dir, "link.py")
	if err := os.WriteFile(real, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("real.py", link); err != nil {
		t.Fatal(err)
	}
	if err := Replace(link, []byte("new\n")); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("link.py is no longer a symbolic link (%v)", err)
	}
	if got, _ := os.ReadFile(real); string(got) != "new\n" {
		t.Errorf("real.py = %q; want the new contents", got)
	}
	assertNoTemp(t, dir, "link.py", "real.py")
}

func TestReplaceReadOnlyDirLeavesFile(t *testing.T) {
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		t.Skip("needs POSIX permissions enforced (not root)")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "f.py")
	if err := os.WriteFile(p, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	if err := Replace(p, []byte("new\n")); err == nil {
		t.Fatal("Replace succeeded in a read-only directory")
	}
	if got, _ := os.ReadFile(p); string(got) != "old\n" {
		t.Errorf("f.py = %q; want it unchanged", got)
	}
}

// assertNoTemp fails if dir holds anything but the named entries.
func assertNoTemp(t *testing.T, dir string, names ...string) {
	t.Helper()
	want := map[string]bool{}
	for _, n := range names {
		want[n] = true
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !want[e.Name()] {
			t.Errorf("leftover file %s", e.Name())
		}
	}
}

// TestWriteFailureRemovesTemp makes the final rename fail (the target is
// a folder, which a file cannot replace) so that the clean-up path runs
// even as root, where a read-only folder does not stop a write.
func TestWriteFailureRemovesTemp(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "f.py")
	if err := os.Mkdir(target, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(target, "keep"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := write(target, []byte("new\n"), 0o644); err == nil {
		t.Fatal("write over a folder succeeded")
	}
	if fi, err := os.Stat(target); err != nil || !fi.IsDir() {
		t.Errorf("the folder was replaced (%v)", err)
	}
	assertNoTemp(t, dir, "f.py")
}
