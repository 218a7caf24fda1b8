// Package posix implements posix, the Go half of kaa's os module: the
// file-system, environment and process functions. Everything that
// touches the outside goes through the interpreter's System
// (py.System), so an embedder can fake or deny it. lib/os.py and
// lib/posixpath.py build os and os.path on top.
package posix

import (
	"io/fs"
	"os"
	"runtime"
	"strings"
	"syscall"

	"github.com/kaa-lang/kaa/py"
)

// UnameResultType is os.uname_result.
var UnameResultType = py.NewStructSeqType("posix.uname_result", []string{"sysname", "nodename", "release", "version", "machine"})

// StatResultType is os.stat_result.
var StatResultType = py.NewStructSeqType("os.stat_result", []string{
	"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"})

func init() {
	py.InitStructSeqType(UnameResultType)
	UnameResultType.QualName = "uname_result"
	UnameResultType.AddAttr("__module__", py.NewStr("posix"))
	py.InitStructSeqType(StatResultType)
	StatResultType.Flags |= py.FlagHasDict
	StatResultType.QualName = "stat_result"
	StatResultType.AddAttr("__module__", py.NewStr("os"))
	StatResultType.AddAttr("n_sequence_fields", py.NewInt(10))
	// The times are ints in the tuple but floats as attributes.
	for _, name := range []string{"st_atime", "st_mtime", "st_ctime"} {
		name := name
		StatResultType.AddGetSet(name, func(t *py.Thread, o py.Object) (py.Object, error) {
			if d := py.InstanceDict(o); d != nil {
				if v := d.GetString(name); v != nil {
					return v, nil
				}
			}
			return py.Float(0), nil
		}, nil, "time of last access, modification or metadata change")
	}
}

// pathArg converts a path argument (str, bytes or os.PathLike) to a
// Go string, keeping the object for error messages.
func pathArg(t *py.Thread, fn string, o py.Object) (string, error) {
	p, err := fspath(t, o)
	if err != nil {
		if py.IsExceptionOf(err, py.TypeErrorType) {
			return "", py.Errorf(py.TypeErrorType, "%s: path should be string, bytes or os.PathLike, not %s", fn, py.TypeName(o))
		}
		return "", err
	}
	if s, ok := py.AsStr(p); ok {
		if strings.IndexByte(s.String(), 0) >= 0 {
			return "", py.Errorf(py.ValueErrorType, "%s: embedded null character in path", fn)
		}
		return s.String(), nil
	}
	b, _ := py.AsBytes(p)
	return string(b.Value()), nil
}

// fspath is os.fspath(path).
func fspath(t *py.Thread, o py.Object) (py.Object, error) {
	if _, ok := py.AsStr(o); ok {
		return o, nil
	}
	if _, ok := py.AsBytes(o); ok {
		return o, nil
	}
	f := o.Type().LookupString("__fspath__")
	if f == nil {
		return nil, py.Errorf(py.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", py.TypeName(o))
	}
	r, err := py.CallMethod(t, o, "__fspath__")
	if err != nil {
		return nil, err
	}
	if _, ok := py.AsStr(r); ok {
		return r, nil
	}
	if _, ok := py.AsBytes(r); ok {
		return r, nil
	}
	return nil, py.Errorf(py.TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", o.Type().Name, py.TypeName(r))
}

// statResult builds an os.stat_result from a FileInfo.
func statResult(fi fs.FileInfo) py.Object {
	var ino, dev, nlink, uid, gid uint64
	mode := uint32(fi.Mode().Perm())
	atime, mtime, ctime := fi.ModTime().UnixNano(), fi.ModTime().UnixNano(), fi.ModTime().UnixNano()
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		ino, dev, nlink, uid, gid = st.Ino, st.Dev, uint64(st.Nlink), uint64(st.Uid), uint64(st.Gid)
		mode = st.Mode
		atime = st.Atim.Nano()
		mtime = st.Mtim.Nano()
		ctime = st.Ctim.Nano()
	} else {
		switch {
		case fi.IsDir():
			mode |= syscall.S_IFDIR
		case fi.Mode()&fs.ModeSymlink != 0:
			mode |= syscall.S_IFLNK
		default:
			mode |= syscall.S_IFREG
		}
	}
	u := func(v uint64) py.Object { return py.NewInt(int64(v)) }
	sec := func(ns int64) py.Object { return py.NewInt(ns / 1e9) }
	st := py.NewInstanceWithBase(StatResultType, py.NewTuple(u(uint64(mode)), u(ino), u(dev), u(nlink), u(uid), u(gid),
		py.NewInt(fi.Size()), sec(atime), sec(mtime), sec(ctime)))
	if d := py.InstanceDict(st); d != nil {
		d.SetString("st_atime", py.Float(float64(atime)/1e9))
		d.SetString("st_mtime", py.Float(float64(mtime)/1e9))
		d.SetString("st_ctime", py.Float(float64(ctime)/1e9))
		d.SetString("st_atime_ns", py.NewInt(atime))
		d.SetString("st_mtime_ns", py.NewInt(mtime))
		d.SetString("st_ctime_ns", py.NewInt(ctime))
	}
	return st
}

// Init creates the posix module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("posix")
	m.Set("__doc__", py.NewStr("This module provides access to operating system functionality."))
	sys := in.System()
	m.Set("stat_result", StatResultType)

	environ := py.NewDict()
	t := in.MainThread()
	for _, kv := range sys.Environ() {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		if err := environ.SetItem(t, py.NewBytes([]byte(k)), py.NewBytes([]byte(v))); err != nil {
			return nil, err
		}
	}
	m.Set("environ", environ)

	fn := func(name string, f py.BuiltinFn, doc string) { m.AddFunc(name, f, doc) }
	pathOp := func(name string, op func(path string) error, doc string) {
		fn(name, func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			var path py.Object
			if err := py.UnpackArgs(name, args, kw, "path", &path); err != nil {
				return nil, err
			}
			p, err := pathArg(t, name, path)
			if err != nil {
				return nil, err
			}
			if err := op(p); err != nil {
				return nil, pathError(t, err, path)
			}
			return py.None, nil
		}, doc)
	}
	fn("getcwd", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("getcwd", args, kw, 0, 0); err != nil {
			return nil, err
		}
		d, err := sys.Getwd()
		if err != nil {
			return nil, py.OSErrorFrom(err, nil)
		}
		return py.NewStr(d), nil
	}, "Return a unicode string representing the current working directory.")
	fn("getcwdb", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("getcwdb", args, kw, 0, 0); err != nil {
			return nil, err
		}
		d, err := sys.Getwd()
		if err != nil {
			return nil, py.OSErrorFrom(err, nil)
		}
		return py.NewBytes([]byte(d)), nil
	}, "Return a bytes string representing the current working directory.")
	pathOp("chdir", sys.Chdir, "Change the current working directory to the specified path.")
	pathOp("rmdir", sys.Rmdir, "Remove a directory.")
	pathOp("remove", sys.Remove, "Remove a file (same as unlink()).")
	pathOp("unlink", sys.Remove, "Remove a file (same as remove()).")
	fn("mkdir", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var path py.Object
		mode := 0o777
		var dirFd py.Object = py.None
		if err := py.UnpackArgs("mkdir", args, kw, "path", &path, "mode?", &mode, "*", "dir_fd", &dirFd); err != nil {
			return nil, err
		}
		p, err := pathArg(t, "mkdir", path)
		if err != nil {
			return nil, err
		}
		if err := sys.Mkdir(p, fs.FileMode(mode)&fs.ModePerm); err != nil {
			return nil, pathError(t, err, path)
		}
		return py.None, nil
	}, "Create a directory.")
	for _, name := range []string{"rename", "replace"} {
		name := name
		fn(name, func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			var src, dst py.Object
			if err := py.UnpackArgs(name, args, kw, "src", &src, "dst", &dst); err != nil {
				return nil, err
			}
			s, err := pathArg(t, name, src)
			if err != nil {
				return nil, err
			}
			d, err := pathArg(t, name, dst)
			if err != nil {
				return nil, err
			}
			if err := sys.Rename(s, d); err != nil {
				e := pathError(t, err, src)
				if name2, nerr := fspath(t, dst); nerr == nil {
					_ = py.SetAttr(t, e, py.NewStr("filename2"), name2)
				}
				return nil, e
			}
			return py.None, nil
		}, "Rename a file or directory.")
	}
	fn("listdir", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var path py.Object = py.None
		if err := py.UnpackArgs("listdir", args, kw, "path?", &path); err != nil {
			return nil, err
		}
		p := "."
		asBytes := false
		if path != py.None {
			var err error
			if p, err = pathArg(t, "listdir", path); err != nil {
				return nil, err
			}
			_, asBytes = py.AsBytes(path)
		}
		entries, err := sys.ReadDir(p)
		if err != nil {
			var name py.Object = path
			if path == py.None {
				name = py.NewStr(".")
			}
			return nil, pathError(t, err, name)
		}
		out := make([]py.Object, len(entries))
		for i, e := range entries {
			if asBytes {
				out[i] = py.NewBytes([]byte(e.Name()))
			} else {
				out[i] = py.NewStr(e.Name())
			}
		}
		return py.NewList(out), nil
	}, "Return a list containing the names of the files in the directory.")
	for _, name := range []string{"stat", "lstat"} {
		name := name
		fn(name, func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			var path py.Object
			var dirFd py.Object = py.None
			follow := true
			if err := py.UnpackArgs(name, args, kw, "path", &path, "*", "dir_fd?", &dirFd, "follow_symlinks", &follow); err != nil {
				return nil, err
			}
			p, err := pathArg(t, name, path)
			if err != nil {
				return nil, err
			}
			var fi fs.FileInfo
			if name == "lstat" || !follow {
				fi, err = sys.Lstat(p)
			} else {
				fi, err = sys.Stat(p)
			}
			if err != nil {
				return nil, pathError(t, err, path)
			}
			return statResult(fi), nil
		}, "Perform a stat system call on the given path.")
	}
	fn("putenv", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("putenv", args, kw, 2, 2); err != nil {
			return nil, err
		}
		k, err := pathArg(t, "putenv", args[0])
		if err != nil {
			return nil, err
		}
		v, err := pathArg(t, "putenv", args[1])
		if err != nil {
			return nil, err
		}
		if k == "" || strings.Contains(k, "=") {
			return nil, py.Errorf(py.ValueErrorType, "illegal environment variable name")
		}
		if err := sys.Setenv(k, v); err != nil {
			return nil, py.OSErrorFrom(err, nil)
		}
		return py.None, nil
	}, "Change or add an environment variable.")
	fn("unsetenv", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("unsetenv", args, kw, 1, 1); err != nil {
			return nil, err
		}
		k, err := pathArg(t, "unsetenv", args[0])
		if err != nil {
			return nil, err
		}
		if err := sys.Unsetenv(k); err != nil {
			return nil, py.OSErrorFrom(err, nil)
		}
		return py.None, nil
	}, "Delete an environment variable.")
	fn("strerror", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var code int
		if err := py.UnpackArgs("strerror", args, kw, "code", &code, "/"); err != nil {
			return nil, err
		}
		return py.NewStr(strerror(code)), nil
	}, "Translate an error code to a message string.")
	fn("uname", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("uname", args, kw, 0, 0); err != nil {
			return nil, err
		}
		var u syscall.Utsname
		if err := syscall.Uname(&u); err != nil {
			return nil, py.OSErrorFrom(err, nil)
		}
		return py.NewStructSeq(UnameResultType, field(u.Sysname), field(u.Nodename), field(u.Release), field(u.Version), field(u.Machine)), nil
	}, "Return an object identifying the current operating system.")
	fn("getpid", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return py.NewInt(int64(os.Getpid())), py.CheckArgs("getpid", args, kw, 0, 0)
	}, "Return the current process id.")
	fn("cpu_count", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return py.NewInt(int64(runtime.NumCPU())), py.CheckArgs("cpu_count", args, kw, 0, 0)
	}, "Return the number of CPUs in the system.")
	fn("urandom", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var n int
		if err := py.UnpackArgs("urandom", args, kw, "size", &n, "/"); err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.Errorf(py.ValueErrorType, "negative argument not allowed")
		}
		if err := t.CheckSize(1, n); err != nil {
			return nil, err
		}
		b := make([]byte, n)
		// From the interpreter's random source, which an embedder's
		// System may supply.
		if err := t.Interp().ReadRandom(b); err != nil {
			return nil, py.OSErrorFrom(err, nil)
		}
		return py.NewBytes(b), nil
	}, "Return a bytes object containing random bytes suitable for cryptographic use.")
	fn("fspath", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var path py.Object
		if err := py.UnpackArgs("fspath", args, kw, "path", &path); err != nil {
			return nil, err
		}
		return fspath(t, path)
	}, "Return the file system path representation of the object.")
	fn("access", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var path py.Object
		var mode int
		if err := py.UnpackArgs("access", args, kw, "path", &path, "mode", &mode); err != nil {
			return nil, err
		}
		p, err := pathArg(t, "access", path)
		if err != nil {
			return nil, err
		}
		fi, err := sys.Stat(p)
		if err != nil {
			return py.False, nil
		}
		perm := fi.Mode().Perm()
		ok := (mode&4 == 0 || perm&0o444 != 0) && (mode&2 == 0 || perm&0o222 != 0) && (mode&1 == 0 || perm&0o111 != 0)
		return py.Bool(ok), nil
	}, "Use the real uid/gid to test for access to a path.")
	for name, v := range map[string]int64{"F_OK": 0, "R_OK": 4, "W_OK": 2, "X_OK": 1,
		"O_RDONLY": 0, "O_WRONLY": 1, "O_RDWR": 2, "O_CREAT": 0o100, "O_EXCL": 0o200, "O_TRUNC": 0o1000, "O_APPEND": 0o2000,
		"SEEK_SET": 0, "SEEK_CUR": 1, "SEEK_END": 2, "EX_OK": 0} {
		m.Set(name, py.NewInt(v))
	}
	addExtras(m, in)
	return m, nil
}

// field converts a NUL-terminated field of Utsname (int8 or uint8
// depending on the architecture).
func field[T int8 | uint8](f [65]T) py.Object {
	b := make([]byte, 0, len(f))
	for _, c := range f {
		if c == 0 {
			break
		}
		b = append(b, byte(c))
	}
	return py.NewStr(string(b))
}

// strerror returns the C library's message for an errno value.
func strerror(code int) string {
	if code <= 0 || code > 4095 {
		if code == 0 {
			return "Success"
		}
		return "Unknown error " + itoa(code)
	}
	msg := syscall.Errno(code).Error()
	if strings.HasPrefix(msg, "errno ") {
		return "Unknown error " + itoa(code)
	}
	return strings.ToUpper(msg[:1]) + msg[1:]
}

func itoa(n int) string {
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
