package py

import (
	"io/fs"
	"os"
	"syscall"
	"time"
)

// The methods below are optional System capabilities: module posix uses
// them when the interpreter's System has them (os.chmod, os.symlink,
// os.readlink, os.utime, os.statvfs) and reports PermissionError
// otherwise.

// Chmod is os.Chmod.
func (OSSystem) Chmod(name string, mode fs.FileMode) error { return os.Chmod(name, mode) }

// Symlink is os.Symlink.
func (OSSystem) Symlink(oldname, newname string) error { return os.Symlink(oldname, newname) }

// Readlink is os.Readlink.
func (OSSystem) Readlink(name string) (string, error) { return os.Readlink(name) }

// Chtimes is os.Chtimes.
func (OSSystem) Chtimes(name string, atime, mtime time.Time) error {
	return os.Chtimes(name, atime, mtime)
}

// Statfs is syscall.Statfs: the statistics of the file system holding
// name (for os.statvfs and shutil.disk_usage).
func (OSSystem) Statfs(name string) (syscall.Statfs_t, error) {
	var st syscall.Statfs_t
	err := syscall.Statfs(name, &st)
	return st, err
}
