package pycache

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"syscall"

	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/compile"
	"github.com/kaa-lang/kaa/syntax"
)

// FS is the file system the cache works on: package os (OS), or an
// interpreter's System, which an embedder may sandbox.
type FS interface {
	Stat(name string) (fs.FileInfo, error)
	Lstat(name string) (fs.FileInfo, error)
	OpenFile(name string, flag int, perm fs.FileMode) (*os.File, error)
	Rename(oldpath, newpath string) error
	Remove(name string) error
	Mkdir(name string, perm fs.FileMode) error
}

// OS is the FS of the operating system.
type OS struct{}

// Stat is os.Stat.
func (OS) Stat(name string) (fs.FileInfo, error) { return os.Stat(name) }

// Lstat is os.Lstat.
func (OS) Lstat(name string) (fs.FileInfo, error) { return os.Lstat(name) }

// OpenFile is os.OpenFile.
func (OS) OpenFile(name string, flag int, perm fs.FileMode) (*os.File, error) {
	return os.OpenFile(name, flag, perm)
}

// Rename is os.Rename.
func (OS) Rename(oldpath, newpath string) error { return os.Rename(oldpath, newpath) }

// Remove is os.Remove.
func (OS) Remove(name string) error { return os.Remove(name) }

// Mkdir is os.Mkdir.
func (OS) Mkdir(name string, perm fs.FileMode) error { return os.Mkdir(name, perm) }

// ReadFile reads a whole file through fsys.
func ReadFile(fsys FS, name string) ([]byte, error) {
	f, err := fsys.OpenFile(name, os.O_RDONLY, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var size int
	if st, err := f.Stat(); err == nil {
		if st.IsDir() {
			return nil, &fs.PathError{Op: "read", Path: name, Err: syscall.EISDIR}
		}
		size = int(st.Size())
	}
	buf := make([]byte, 0, size+1)
	for {
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
	}
}

// CheckMode is the --check-hash-based-pycs setting: whether hash-based
// pycs are checked against their source.
type CheckMode uint8

// The check modes.
const (
	// CheckDefault checks checked-hash pycs and trusts unchecked ones.
	CheckDefault CheckMode = iota
	// CheckAlways checks every hash-based pyc.
	CheckAlways
	// CheckNever trusts every hash-based pyc.
	CheckNever
)

// ParseCheckMode reads a --check-hash-based-pycs value.
func ParseCheckMode(s string) (CheckMode, bool) {
	switch s {
	case "default":
		return CheckDefault, true
	case "always":
		return CheckAlways, true
	case "never":
		return CheckNever, true
	}
	return CheckDefault, false
}

// String returns the mode as _imp.check_hash_based_pycs shows it.
func (m CheckMode) String() string {
	return [...]string{"default", "always", "never"}[m]
}

// Compile compiles the source of a module (mode "exec") with the given
// optimization level; co_filename is filename.
func Compile(src []byte, filename string, optimize int, warn func(syntax.Warning) error) (*bytecode.Code, error) {
	mod, err := syntax.Parse(src, filename, syntax.ModeExec, 0)
	if err != nil {
		return nil, err
	}
	return compile.Compile(mod, filename, compile.Options{Optimize: optimize, Warn: warn})
}

// LoadOptions configure Load.
type LoadOptions struct {
	// CachePath is where the source's pyc lives (CacheFromSource); ""
	// when there is no cache (sys.implementation.cache_tag is None).
	CachePath string
	// Optimize is the optimization level to compile with.
	Optimize int
	// Check is the --check-hash-based-pycs setting.
	Check CheckMode
	// NoWrite stops Load from writing pycs (-B, PYTHONDONTWRITEBYTECODE,
	// sys.dont_write_bytecode).
	NoWrite bool
	// Warn receives compile-time SyntaxWarnings with the source they
	// come from (nil: dropped).
	Warn func(w syntax.Warning, src []byte) error
}

// Outcome says where Load's code came from.
type Outcome uint8

// The outcomes of Load.
const (
	// Compiled: there was no usable pyc, the source was compiled and no
	// pyc was written (writing disabled, or it failed).
	Compiled Outcome = iota
	// FromCache: a valid, fresh pyc was loaded; nothing was compiled.
	FromCache
	// Written: the source was compiled and its pyc written.
	Written
)

// Result is what Load returns.
type Result struct {
	Code    *bytecode.Code
	Outcome Outcome
	// Source is the source text when it was read (nil when the code came
	// from the cache without reading it).
	Source []byte
}

// Load returns the code object of the source file path (whose co_filename
// is path), as importlib's SourceLoader.get_code does under CPython's
// rules:
//
//   - a pyc with the right magic number and flags is used when it is
//     fresh: for a timestamp pyc, the source's mtime and size match the
//     header; for a checked hash-based pyc (or any hash-based pyc with
//     CheckAlways), the source's hash matches; an unchecked hash-based pyc
//     is trusted (unless CheckAlways);
//   - a missing, stale, truncated or corrupt pyc is ignored silently: the
//     source is compiled, and the pyc rewritten (hash-based again if it
//     was) unless writing is off; a pyc that cannot be written is skipped
//     silently.
//
// The error is the source's read error or its SyntaxError (a
// *syntax.Error or compile error), with Result.Source set for the latter.
func Load(fsys FS, path string, opts LoadOptions) (Result, error) {
	st, statErr := fsys.Stat(path)
	var src []byte
	hashBased, checkSource := false, true
	var srcHash [8]byte
	haveHash := false
	if opts.CachePath != "" && statErr == nil {
		if data, err := ReadFile(fsys, opts.CachePath); err == nil {
			if h, err := bytecode.DecodePycHeader(data); err == nil {
				fresh := false
				if h.HashBased() {
					hashBased, checkSource = true, h.CheckSource()
					if opts.Check != CheckNever && (checkSource || opts.Check == CheckAlways) {
						if src, err = ReadFile(fsys, path); err != nil {
							return Result{}, err
						}
						srcHash = bytecode.SourceHash(bytecode.MagicKey, src)
						haveHash = true
						fresh = srcHash == h.Hash
					} else {
						fresh = true
					}
				} else {
					fresh = h.Mtime == uint32(mtime(st)) && h.Size == uint32(st.Size())
				}
				if fresh {
					if c, err := bytecode.UnmarshalCode(data[bytecode.PycHeaderSize:]); err == nil {
						FixFilename(c, path)
						return Result{Code: c, Outcome: FromCache, Source: src}, nil
					}
				}
			}
		}
	}
	if src == nil {
		var err error
		if src, err = ReadFile(fsys, path); err != nil {
			return Result{}, err
		}
	}
	var warn func(syntax.Warning) error
	if opts.Warn != nil {
		warn = func(w syntax.Warning) error { return opts.Warn(w, src) }
	}
	c, err := Compile(src, path, opts.Optimize, warn)
	if err != nil {
		return Result{Source: src}, err
	}
	res := Result{Code: c, Outcome: Compiled, Source: src}
	if opts.NoWrite || opts.CachePath == "" || statErr != nil {
		return res, nil
	}
	var h bytecode.PycHeader
	if hashBased {
		if !haveHash {
			srcHash = bytecode.SourceHash(bytecode.MagicKey, src)
		}
		h.Flags = bytecode.PycHashBased
		if checkSource {
			h.Flags |= bytecode.PycCheckSource
		}
		h.Hash = srcHash
	} else {
		h.Mtime = uint32(mtime(st))
		h.Size = uint32(len(src))
	}
	data, err := bytecode.EncodePyc(h, c)
	if err != nil {
		return res, nil
	}
	if WriteCache(fsys, opts.CachePath, data, SourceMode(st)) == nil {
		res.Outcome = Written
	}
	return res, nil
}

// Mtime returns a source's modification time in whole seconds,
// truncated towards zero as Python's int(st.st_mtime): what timestamp
// pycs record.
func Mtime(st os.FileInfo) int64 { return mtime(st) }

func mtime(st os.FileInfo) int64 {
	t := st.ModTime()
	s := t.Unix()
	if s < 0 && t.Nanosecond() > 0 {
		s++
	}
	return s
}

// SourceMode returns the permission bits a pyc gets: the source's, made
// writable by its owner (importlib's _calc_mode), so that a later import
// can replace it.
func SourceMode(st os.FileInfo) os.FileMode {
	if st == nil {
		return 0o666
	}
	return st.Mode().Perm() | 0o200
}

// FixFilename sets co_filename of c and of its nested code objects to
// path when the pyc recorded another one (the tree was moved after it
// was compiled), as importlib's _fix_co_filename does.
func FixFilename(c *bytecode.Code, path string) {
	if c.Filename == path {
		return
	}
	c.Filename = path
	for _, k := range c.Consts {
		if sub, ok := k.(*bytecode.Code); ok {
			FixFilename(sub, path)
		}
	}
}

// TimestampHeader returns the first 12 bytes a fresh timestamp pyc of a
// source with the given mtime starts with (compileall's quick
// up-to-date check).
func TimestampHeader(st os.FileInfo) []byte {
	return bytecode.AppendPycHeader(nil, bytecode.PycHeader{Mtime: uint32(mtime(st))})[:12]
}

// UpToDate reports whether the pyc at cachePath starts with the header
// of a timestamp pyc of the source described by st, as compileall checks
// before compiling a file again.
func UpToDate(fsys FS, cachePath string, st os.FileInfo) bool {
	f, err := fsys.OpenFile(cachePath, os.O_RDONLY, 0)
	if err != nil {
		return false
	}
	defer f.Close()
	var head [12]byte
	n, _ := f.Read(head[:])
	return n == 12 && bytes.Equal(head[:], TimestampHeader(st))
}
