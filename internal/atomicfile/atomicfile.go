// Package atomicfile replaces the contents of existing files so that a
// reader, or a crash, never sees a half-written file.
//
// The new contents go to a temporary file in the same directory (a rename
// is only atomic within one file system), which gets the old file's
// permission bits and is then renamed over the old name. On failure the
// temporary file is removed and the old file is left as it was.
//
// What a rename cannot keep is kept by neither gofmt -w nor ruff: the
// file's owner when another user runs the tool, its hard links (the name
// ends up on a new inode) and extended attributes. A symbolic link is
// followed, so the file it points to is replaced and the link stays.
package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
)

// Replace writes data to the existing file at path atomically, keeping
// its permission bits. It fails, changing nothing, if path does not exist
// or is not a regular file.
func Replace(path string, data []byte) error {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return fmt.Errorf("replace %s: %w", path, err)
	}
	info, err := os.Stat(target)
	if err != nil {
		return fmt.Errorf("replace %s: %w", path, err)
	}
	if !info.Mode().IsRegular() {
		return fmt.Errorf("replace %s: not a regular file", path)
	}
	if err := write(target, data, info.Mode().Perm()); err != nil {
		return fmt.Errorf("replace %s: %w", path, err)
	}
	return nil
}

// write puts data into a temporary file beside target and renames it
// over target.
func write(target string, data []byte, perm os.FileMode) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	// CreateTemp makes the file 0600; chmod (not the umask) sets the bits.
	if err = tmp.Chmod(perm); err != nil {
		return err
	}
	// Sync before the rename, so that a crash cannot leave the new name
	// pointing at contents that never reached the disk.
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), target)
}
