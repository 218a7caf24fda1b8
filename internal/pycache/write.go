package pycache

import (
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
)

// WriteCache writes a pyc file: it creates the missing directories of
// path (__pycache__, or the tree under a cache prefix), then writes data
// atomically. Any failure (a read-only folder, a permission error) is
// returned, and the caller importing a module ignores it: a cache that
// cannot be written is simply not written.
func WriteCache(fsys FS, path string, data []byte, mode os.FileMode) error {
	if err := MkdirAll(fsys, filepath.Dir(path)); err != nil {
		return err
	}
	return WriteAtomic(fsys, path, data, mode)
}

// MkdirAll creates dir and its missing parents (mode 0o777 less the
// umask), as importlib's set_data does; a folder that another process
// creates at the same time is fine.
func MkdirAll(fsys FS, dir string) error {
	if dir == "" || dir == "." {
		return nil
	}
	if st, err := fsys.Stat(dir); err == nil {
		if st.IsDir() {
			return nil
		}
		return &fs.PathError{Op: "mkdir", Path: dir, Err: syscall.ENOTDIR}
	}
	if parent := filepath.Dir(dir); parent != dir {
		if err := MkdirAll(fsys, parent); err != nil {
			return err
		}
	}
	if err := fsys.Mkdir(dir, 0o777); err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	return nil
}

// WriteAtomic writes data to path so that no reader ever sees a partial
// file: the data goes to a temporary file in the same folder (created
// exclusively, with mode's permission bits less the umask), which is
// then renamed over path, as importlib's _write_atomic does. Any number
// of processes may write the same path at once; each rename is atomic,
// and the temporary file is removed if anything fails.
func WriteAtomic(fsys FS, path string, data []byte, mode os.FileMode) error {
	var f *os.File
	var tmp string
	for attempt := 0; ; attempt++ {
		tmp = path + "." + strconv.Itoa(os.Getpid()) + "-" + strconv.FormatUint(rand.Uint64()&0xffffffff, 36) + ".tmp"
		var err error
		f, err = fsys.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode&0o666)
		if err == nil {
			break
		}
		if !errors.Is(err, fs.ErrExist) || attempt >= 10 {
			return err
		}
	}
	_, err := f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = fsys.Rename(tmp, path)
	}
	if err != nil {
		fsys.Remove(tmp)
	}
	return err
}
