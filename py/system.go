package py

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
	"time"
)

// System is an interpreter's access to the world outside the program:
// the environment, the working directory, the file system and the
// clock. Modules that touch the outside (os, time...) go through it, so
// an embedder can replace it (to fake or sandbox the world) or deny
// operations by returning errors (fs.ErrPermission becomes
// PermissionError). Config.System sets it; the default is OSSystem.
type System interface {
	LookupEnv(key string) (string, bool)
	Environ() []string
	Setenv(key, value string) error
	Unsetenv(key string) error

	Getwd() (string, error)
	Chdir(dir string) error
	ReadDir(name string) ([]fs.DirEntry, error)
	Stat(name string) (fs.FileInfo, error)
	Lstat(name string) (fs.FileInfo, error)
	OpenFile(name string, flag int, perm fs.FileMode) (*os.File, error)
	Remove(name string) error
	Rmdir(name string) error
	Rename(oldpath, newpath string) error
	Mkdir(name string, perm fs.FileMode) error

	// Now is the wall clock; its monotonic reading drives
	// time.monotonic and time.perf_counter.
	Now() time.Time
	// CPUTime is the processor time the process has used.
	CPUTime() time.Duration
}

// OSSystem is the System of the real operating system.
type OSSystem struct{}

// LookupEnv is os.LookupEnv.
func (OSSystem) LookupEnv(key string) (string, bool) { return os.LookupEnv(key) }

// Environ is os.Environ.
func (OSSystem) Environ() []string { return os.Environ() }

// Setenv is os.Setenv.
func (OSSystem) Setenv(key, value string) error { return os.Setenv(key, value) }

// Unsetenv is os.Unsetenv.
func (OSSystem) Unsetenv(key string) error { return os.Unsetenv(key) }

// Getwd is os.Getwd.
func (OSSystem) Getwd() (string, error) { return os.Getwd() }

// Chdir is os.Chdir.
func (OSSystem) Chdir(dir string) error { return os.Chdir(dir) }

// ReadDir is os.ReadDir.
func (OSSystem) ReadDir(name string) ([]fs.DirEntry, error) { return os.ReadDir(name) }

// Stat is os.Stat.
func (OSSystem) Stat(name string) (fs.FileInfo, error) { return os.Stat(name) }

// Lstat is os.Lstat.
func (OSSystem) Lstat(name string) (fs.FileInfo, error) { return os.Lstat(name) }

// OpenFile is os.OpenFile.
func (OSSystem) OpenFile(name string, flag int, perm fs.FileMode) (*os.File, error) {
	return os.OpenFile(name, flag, perm)
}

// Remove deletes a file (not a directory, as Python's os.remove).
func (OSSystem) Remove(name string) error { return syscall.Unlink(name) }

// Rmdir deletes an empty directory.
func (OSSystem) Rmdir(name string) error { return syscall.Rmdir(name) }

// Rename is os.Rename.
func (OSSystem) Rename(oldpath, newpath string) error { return os.Rename(oldpath, newpath) }

// Mkdir is os.Mkdir.
func (OSSystem) Mkdir(name string, perm fs.FileMode) error { return os.Mkdir(name, perm) }

// Now is time.Now.
func (OSSystem) Now() time.Time { return time.Now() }

// CPUTime returns the user and system time of the process.
func (OSSystem) CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// System returns the interpreter's access to the outside world.
func (in *Interpreter) System() System {
	if in.system == nil {
		return OSSystem{}
	}
	return in.system
}

// OSErrorFrom converts an error of a System (or of package os) into the
// OSError subclass CPython raises, with the file name when not nil.
func OSErrorFrom(err error, filename Object) *Exception {
	if filename == nil {
		filename = None
	}
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		// Errors an embedder's System returns without an errno.
		switch {
		case errors.Is(err, fs.ErrPermission):
			return NewOSError(int64(syscall.EACCES), "Permission denied", filename)
		case errors.Is(err, fs.ErrNotExist):
			return NewOSError(int64(syscall.ENOENT), "No such file or directory", filename)
		case errors.Is(err, fs.ErrExist):
			return NewOSError(int64(syscall.EEXIST), "File exists", filename)
		}
	}
	return osError(err, filename)
}
