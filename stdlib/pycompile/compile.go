// Package pycompile implements _pycompile, the Go half of kaa's
// py_compile and compileall modules (lib/py_compile.py,
// lib/compileall.py): compiling source files to .pyc files, one at a
// time or a whole tree, in parallel when asked (-j). Compilation is pure
// Go (packages syntax, compile, bytecode and internal/pycache), so
// compileall runs it on goroutines; only messages and exceptions go
// through the interpreter.
package pycompile

import (
	"io/fs"

	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/internal/pycache"
	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/syntax"
)

// The invalidation modes of py_compile.PycInvalidationMode, by value.
const (
	modeTimestamp     = 1
	modeCheckedHash   = 2
	modeUncheckedHash = 3
)

// job is the compilation of one source file to one pyc file.
type job struct {
	file     string // the source
	cfile    string // the pyc to write
	dfile    string // the file name compiled into the code ("" for file)
	optimize int    // the optimization level (not -1)
	mode     int    // modeTimestamp, modeCheckedHash or modeUncheckedHash

	// Results.
	src      []byte
	compErr  error // a SyntaxError (or other compile error) of the source
	ioErr    error // an OSError reading the source or writing the pyc
	ioPath   string
	warnings []syntax.Warning
}

// run compiles and writes the pyc; it touches no interpreter state, so
// jobs may run on any goroutine.
func (j *job) run(fsys pycache.FS) {
	if st, err := fsys.Lstat(j.cfile); err == nil {
		if st.Mode()&fs.ModeSymlink != 0 {
			j.ioErr = &existsError{j.cfile + " is a symlink and will be changed into a regular file if import writes a byte-compiled file to it"}
			return
		}
		if !st.Mode().IsRegular() {
			j.ioErr = &existsError{j.cfile + " is a non-regular file and will be changed into a regular one if import writes a byte-compiled file to it"}
			return
		}
	}
	src, err := pycache.ReadFile(fsys, j.file)
	if err != nil {
		j.ioErr, j.ioPath = err, j.file
		return
	}
	j.src = src
	name := j.dfile
	if name == "" {
		name = j.file
	}
	code, err := pycache.Compile(src, name, j.optimize, func(w syntax.Warning) error {
		j.warnings = append(j.warnings, w)
		return nil
	})
	if err != nil {
		j.compErr = err
		return
	}
	st, err := fsys.Stat(j.file)
	if err != nil {
		j.ioErr, j.ioPath = err, j.file
		return
	}
	var h bytecode.PycHeader
	if j.mode == modeTimestamp {
		h.Mtime = uint32(pycache.Mtime(st))
		h.Size = uint32(st.Size())
	} else {
		h.Flags = bytecode.PycHashBased
		if j.mode == modeCheckedHash {
			h.Flags |= bytecode.PycCheckSource
		}
		h.Hash = bytecode.SourceHash(bytecode.MagicKey, src)
	}
	data, err := bytecode.EncodePyc(h, code)
	if err != nil {
		j.compErr = err
		return
	}
	if err := pycache.WriteCache(fsys, j.cfile, data, pycache.SourceMode(st)); err != nil {
		j.ioErr, j.ioPath = err, j.cfile
	}
}

// existsError is py_compile's FileExistsError for a pyc path that is a
// symlink or not a regular file.
type existsError struct{ msg string }

func (e *existsError) Error() string { return e.msg }

// ioException converts a job's I/O error into the Python exception.
func (j *job) ioException() error {
	if e, ok := j.ioErr.(*existsError); ok {
		return py.NewError(py.FileExistsErrorType, py.NewStr(e.msg))
	}
	return py.OSErrorFrom(j.ioErr, py.NewStr(j.ioPath))
}

// compileException converts a job's compile error into the exception
// compile() raises (SyntaxError and its subclasses).
func (j *job) compileException(in *py.Interpreter) *py.Exception {
	return py.AsException(in.SyntaxError(j.compErr, j.src))
}

// showWarnings writes a job's compile-time SyntaxWarnings to stderr.
func (j *job) showWarnings(in *py.Interpreter) {
	for _, w := range j.warnings {
		in.ShowSyntaxWarning(w, j.src)
	}
}

// errorMessage is PyCompileError's message for a compile exception:
// traceback.format_exception_only's text for a SyntaxError (exactly),
// "Sorry: Type: message" for anything else.
func errorMessage(t *py.Thread, exc *py.Exception) string {
	if exc.Type() == py.SyntaxErrorType {
		return t.FormatExceptionOnly(exc)
	}
	s, err := py.StrOf(t, exc)
	msg := ""
	if err == nil {
		msg = s.String()
	}
	return "Sorry: " + exc.Type().ShortName() + ": " + msg
}
