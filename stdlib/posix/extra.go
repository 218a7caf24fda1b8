package posix

import (
	"io/fs"
	"math/big"
	"os"
	"syscall"
	"time"
	"unsafe"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/internal/modutil"
)

// StatvfsResultType is os.statvfs_result.
var StatvfsResultType = py.NewStructSeqType("os.statvfs_result", []string{
	"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax"})

// TerminalSizeType is os.terminal_size.
var TerminalSizeType = py.NewStructSeqType("os.terminal_size", []string{"columns", "lines"})

func init() {
	py.InitStructSeqType(StatvfsResultType)
	StatvfsResultType.Flags |= py.FlagHasDict
	StatvfsResultType.QualName = "statvfs_result"
	StatvfsResultType.AddAttr("__module__", py.NewStr("os"))
	py.InitStructSeqType(TerminalSizeType)
	TerminalSizeType.QualName = "terminal_size"
	TerminalSizeType.AddAttr("__module__", py.NewStr("os"))
	TerminalSizeType.Slots.New = func(t *py.Thread, typ *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var seq py.Object
		if err := py.UnpackArgs("terminal_size", args, kw, "sequence", &seq); err != nil {
			return nil, err
		}
		items, err := py.ListFromIterable(t, seq)
		if err != nil {
			return nil, err
		}
		if len(items) != 2 {
			return nil, py.Errorf(py.TypeErrorType, "os.terminal_size() takes a 2-sequence (%d-sequence given)", len(items))
		}
		return py.NewStructSeq(typ, items...), nil
	}
}

// Optional System capabilities. A System that does not implement one of
// these makes the matching os function raise PermissionError, as a
// denied operation would.
type (
	chmoder interface {
		Chmod(name string, mode fs.FileMode) error
	}
	symlinker interface {
		Symlink(oldname, newname string) error
		Readlink(name string) (string, error)
	}
	timesChanger interface {
		Chtimes(name string, atime, mtime time.Time) error
	}
	statfser interface {
		Statfs(name string) (syscall.Statfs_t, error)
	}
)

// stValid is the kernel's ST_VALID statfs flag, which the C library's
// statvfs leaves out of f_flag.
const stValid = 0x20

// errDenied is what an unsupported optional operation reports.
var errDenied = &fs.PathError{Op: "denied", Err: fs.ErrPermission}

// addExtras adds the functions scripts' modules (shutil, tempfile,
// pathlib) need: raw file descriptors, modes, links, times and the
// terminal size.
func addExtras(m *py.Module, in *py.Interpreter) {
	sys := in.System()
	m.Set("terminal_size", TerminalSizeType)
	fn := func(name string, f py.BuiltinFn, doc string) { m.AddFunc(name, f, doc) }

	fn("open", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var path py.Object
		var flags int
		mode := 0o777
		var dirFd py.Object = py.None
		if err := py.UnpackArgs("open", args, kw, "path", &path, "flags", &flags, "mode?", &mode, "*", "dir_fd?", &dirFd); err != nil {
			return nil, err
		}
		p, err := pathArg(t, "open", path)
		if err != nil {
			return nil, err
		}
		f, err := sys.OpenFile(p, flags|syscall.O_CLOEXEC, fs.FileMode(mode)&fs.ModePerm)
		if err != nil {
			return nil, pathError(t, err, path)
		}
		// Hand the program a descriptor of its own, which Go's file
		// finalizer never closes behind its back.
		fd, err := syscall.Dup(int(f.Fd()))
		f.Close()
		if err != nil {
			return nil, pathError(t, err, path)
		}
		syscall.CloseOnExec(fd)
		return py.NewInt(int64(fd)), nil
	}, "Open a file for low level IO.  Returns a file descriptor (integer).")
	fn("close", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var fd int
		if err := py.UnpackArgs("close", args, kw, "fd", &fd); err != nil {
			return nil, err
		}
		if err := syscall.Close(fd); err != nil {
			return nil, py.OSErrorFrom(err, nil)
		}
		return py.None, nil
	}, "Close a file descriptor.")
	fn("write", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var fd int
		var data py.Object
		if err := py.UnpackArgs("write", args, kw, "fd", &fd, "data", &data, "/"); err != nil {
			return nil, err
		}
		b, err := modutil.BytesArg(data)
		if err != nil {
			return nil, err
		}
		n, err := syscall.Write(fd, b)
		if err != nil {
			return nil, py.OSErrorFrom(err, nil)
		}
		return py.NewInt(int64(n)), nil
	}, "Write a bytes object to a file descriptor.")
	fn("read", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var fd, n int
		if err := py.UnpackArgs("read", args, kw, "fd", &fd, "length", &n, "/"); err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.NewOSError(22, "Invalid argument", nil)
		}
		if err := t.CheckSize(1, n); err != nil {
			return nil, err
		}
		b := make([]byte, n)
		got, err := syscall.Read(fd, b)
		if err != nil {
			return nil, py.OSErrorFrom(err, nil)
		}
		return py.NewBytes(b[:got]), nil
	}, "Read from a file descriptor.")
	fn("fstat", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var fd int
		if err := py.UnpackArgs("fstat", args, kw, "fd", &fd); err != nil {
			return nil, err
		}
		// Stat a duplicate: an *os.File closes its descriptor when
		// collected, which must never happen to the program's own.
		dup, err := syscall.Dup(fd)
		if err != nil {
			return nil, py.OSErrorFrom(err, nil)
		}
		g := os.NewFile(uintptr(dup), "")
		defer g.Close()
		fi, err := g.Stat()
		if err != nil {
			return nil, py.OSErrorFrom(err, nil)
		}
		return statResult(fi), nil
	}, "Perform a stat system call on the given file descriptor.")
	fn("isatty", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var fd int
		if err := py.UnpackArgs("isatty", args, kw, "fd", &fd, "/"); err != nil {
			return nil, err
		}
		_, _, ok := winsize(fd)
		return py.Bool(ok), nil
	}, "Return True if the fd is connected to a terminal.")
	fn("get_terminal_size", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		fd := 1
		if err := py.UnpackArgs("get_terminal_size", args, kw, "fd?", &fd, "/"); err != nil {
			return nil, err
		}
		cols, rows, errno := winsizeErr(fd)
		if errno != 0 {
			return nil, py.OSErrorFrom(errno, nil)
		}
		return py.NewStructSeq(TerminalSizeType, py.NewInt(int64(cols)), py.NewInt(int64(rows))), nil
	}, "Return the size of the terminal window as (columns, lines).")
	fn("chmod", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var path py.Object
		var mode int
		var dirFd py.Object = py.None
		follow := true
		if err := py.UnpackArgs("chmod", args, kw, "path", &path, "mode", &mode, "*", "dir_fd?", &dirFd, "follow_symlinks", &follow); err != nil {
			return nil, err
		}
		p, err := pathArg(t, "chmod", path)
		if err != nil {
			return nil, err
		}
		c, ok := sys.(chmoder)
		if !ok {
			return nil, pathError(t, errDenied, path)
		}
		if err := c.Chmod(p, fs.FileMode(mode&0o777)|goModeBits(mode)); err != nil {
			return nil, pathError(t, err, path)
		}
		return py.None, nil
	}, "Change the access permissions of a file.")
	fn("symlink", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var src, dst py.Object
		isDir := false
		var dirFd py.Object = py.None
		if err := py.UnpackArgs("symlink", args, kw, "src", &src, "dst", &dst, "target_is_directory?", &isDir, "*", "dir_fd?", &dirFd); err != nil {
			return nil, err
		}
		s, err := pathArg(t, "symlink", src)
		if err != nil {
			return nil, err
		}
		d, err := pathArg(t, "symlink", dst)
		if err != nil {
			return nil, err
		}
		l, ok := sys.(symlinker)
		if !ok {
			return nil, pathError(t, errDenied, src)
		}
		if err := l.Symlink(s, d); err != nil {
			return nil, pathError(t, err, src)
		}
		return py.None, nil
	}, "Create a symbolic link pointing to src named dst.")
	fn("readlink", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var path py.Object
		var dirFd py.Object = py.None
		if err := py.UnpackArgs("readlink", args, kw, "path", &path, "*", "dir_fd?", &dirFd); err != nil {
			return nil, err
		}
		p, err := pathArg(t, "readlink", path)
		if err != nil {
			return nil, err
		}
		l, ok := sys.(symlinker)
		if !ok {
			return nil, pathError(t, errDenied, path)
		}
		target, err := l.Readlink(p)
		if err != nil {
			return nil, pathError(t, err, path)
		}
		if _, isBytes := py.AsBytes(path); isBytes {
			return py.NewBytes([]byte(target)), nil
		}
		return py.NewStr(target), nil
	}, "Return a string representing the path to which the symbolic link points.")
	fn("utime", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var path py.Object
		var times py.Object = py.None
		var ns py.Object = py.None
		var dirFd py.Object = py.None
		follow := true
		if err := py.UnpackArgs("utime", args, kw, "path", &path, "times?", &times, "*", "ns?", &ns, "dir_fd?", &dirFd, "follow_symlinks?", &follow); err != nil {
			return nil, err
		}
		p, err := pathArg(t, "utime", path)
		if err != nil {
			return nil, err
		}
		now := sys.Now()
		at, mt := now, now
		switch {
		case times != py.None:
			tup, ok := times.(*py.Tuple)
			if !ok || tup.Len() != 2 {
				return nil, py.Errorf(py.TypeErrorType, "utime: 'times' must be either a tuple of two ints or None")
			}
			if at, err = secondsArg(t, tup.At(0)); err != nil {
				return nil, err
			}
			if mt, err = secondsArg(t, tup.At(1)); err != nil {
				return nil, err
			}
		case ns != py.None:
			tup, ok := ns.(*py.Tuple)
			if !ok || tup.Len() != 2 {
				return nil, py.Errorf(py.TypeErrorType, "utime: 'ns' must be a tuple of two ints")
			}
			a, okA := tup.At(0).(py.Int)
			b, okB := tup.At(1).(py.Int)
			if !okA || !okB {
				return nil, py.Errorf(py.TypeErrorType, "utime: 'ns' must be a tuple of two ints")
			}
			at, mt = time.Unix(0, int64(a)), time.Unix(0, int64(b))
		}
		c, ok := sys.(timesChanger)
		if !ok {
			return nil, pathError(t, errDenied, path)
		}
		if err := c.Chtimes(p, at, mt); err != nil {
			return nil, pathError(t, err, path)
		}
		return py.None, nil
	}, "Set the access and modified time of path.")
	fn("statvfs", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var path py.Object
		if err := py.UnpackArgs("statvfs", args, kw, "path", &path); err != nil {
			return nil, err
		}
		p, err := pathArg(t, "statvfs", path)
		if err != nil {
			return nil, err
		}
		s, ok := sys.(statfser)
		if !ok {
			return nil, pathError(t, errDenied, path)
		}
		st, err := s.Statfs(p)
		if err != nil {
			return nil, pathError(t, err, path)
		}
		n := func(v uint64) py.Object { return py.NewIntFromBig(new(big.Int).SetUint64(v)) }
		r := py.NewInstanceWithBase(StatvfsResultType, py.NewTuple(n(uint64(st.Bsize)), n(uint64(st.Frsize)),
			n(st.Blocks), n(st.Bfree), n(st.Bavail), n(st.Files), n(st.Ffree), n(st.Ffree),
			n(uint64(st.Flags)&^stValid), n(uint64(st.Namelen))))
		if d := py.InstanceDict(r); d != nil {
			fsid := uint64(uint32(st.Fsid.X__val[0])) | uint64(uint32(st.Fsid.X__val[1]))<<32
			d.SetString("f_fsid", n(fsid))
		}
		return r, nil
	}, "Perform a statvfs system call on the given path.")
	fn("getuid", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return py.NewInt(int64(os.Getuid())), py.CheckArgs("getuid", args, kw, 0, 0)
	}, "Return the current process's user id.")
	fn("umask", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var mask int
		if err := py.UnpackArgs("umask", args, kw, "mask", &mask, "/"); err != nil {
			return nil, err
		}
		return py.NewInt(int64(syscall.Umask(mask))), nil
	}, "Set the current numeric umask and return the previous umask.")
	for name, v := range map[string]int64{"O_CLOEXEC": syscall.O_CLOEXEC, "O_NOFOLLOW": syscall.O_NOFOLLOW,
		"O_DIRECTORY": syscall.O_DIRECTORY, "O_NONBLOCK": syscall.O_NONBLOCK} {
		m.Set(name, py.NewInt(v))
	}
}

// goModeBits converts the setuid, setgid and sticky bits of a POSIX
// mode to Go's FileMode flags.
func goModeBits(mode int) fs.FileMode {
	var out fs.FileMode
	if mode&syscall.S_ISUID != 0 {
		out |= fs.ModeSetuid
	}
	if mode&syscall.S_ISGID != 0 {
		out |= fs.ModeSetgid
	}
	if mode&syscall.S_ISVTX != 0 {
		out |= fs.ModeSticky
	}
	return out
}

// secondsArg converts an int or float number of seconds to a time.
func secondsArg(t *py.Thread, o py.Object) (time.Time, error) {
	switch v := o.(type) {
	case py.Int:
		return time.Unix(int64(v), 0), nil
	case py.Float:
		sec := float64(v)
		whole := int64(sec)
		if float64(whole) > sec {
			whole--
		}
		return time.Unix(whole, int64((sec-float64(whole))*1e9)), nil
	}
	return time.Time{}, py.Errorf(py.TypeErrorType, "utime: 'times' must be either a tuple of two ints or None")
}

// winsize asks the terminal on fd for its size.
func winsize(fd int) (cols, rows int, ok bool) {
	cols, rows, errno := winsizeErr(fd)
	return cols, rows, errno == 0
}

// winsizeErr is winsize with the ioctl's error number.
func winsizeErr(fd int) (cols, rows int, errno syscall.Errno) {
	var ws struct{ Row, Col, X, Y uint16 }
	_, _, errno = syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), uintptr(syscall.TIOCGWINSZ), uintptr(unsafe.Pointer(&ws)))
	return int(ws.Col), int(ws.Row), errno
}

// pathError is the OSError for err about the path argument o, naming the
// path as CPython does: os.PathLike arguments are shown by their
// __fspath__ value.
func pathError(t *py.Thread, err error, o py.Object) *py.Exception {
	if o != nil && o != py.None {
		if name, ferr := fspath(t, o); ferr == nil {
			o = name
		}
	}
	return py.OSErrorFrom(err, o)
}
