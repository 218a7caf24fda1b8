package pycache

import (
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// WriteCache writes a pyc file: it creates the missing directories of
// path (__pycache__, or the tree under a cache prefix), then writes data
// atomically. Any failure (a read-only folder, a permission error) is
// returned, and the caller importing a module ignores it: a cache that
// cannot be written is simply not written.
func WriteCache(path string, data []byte, mode os.FileMode) error {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o777); err != nil {
			return err
		}
	}
	return WriteAtomic(path, data, mode)
}

// WriteAtomic writes data to path so that no reader ever sees a partial
// file: the data goes to a temporary file in the same folder (created
// exclusively, with mode's permission bits less the umask), which is
// then renamed over path, as importlib's _write_atomic does. Any number
// of processes may write the same path at once; each rename is atomic,
// and the temporary file is removed if anything fails.
func WriteAtomic(path string, data []byte, mode os.FileMode) error {
	var f *os.File
	var tmp string
	for attempt := 0; ; attempt++ {
		tmp = path + "." + strconv.Itoa(os.Getpid()) + "-" + strconv.FormatUint(rand.Uint64()&0xffffffff, 36) + ".tmp"
		var err error
		f, err = os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode&0o666)
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
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}
