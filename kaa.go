// Package kaa embeds the kaa Python 3.11 interpreter in Go programs.
//
//	in := kaa.New(kaa.Options{Stdout: &buf})
//	if err := in.Exec("x = 6 * 7"); err != nil { ... }
//	v, err := in.Eval("x + 1") // 43 (an int64)
//
// Each Interpreter is independent: its own modules, sys.path, standard
// streams and limits. Interpreters share no mutable state, so several can
// run in parallel goroutines; one Interpreter must be used by one
// goroutine at a time.
//
// Values cross the boundary through ToPython and FromPython (see
// convert.go for the contract). A Python exception comes back as an
// *Error carrying its type name, message and formatted traceback.
package kaa

import (
	"context"
	"errors"
	"io"
	"strings"

	"github.com/kaa-lang/kaa/lib"
	"github.com/kaa-lang/kaa/py"
)

// Options configure a new Interpreter. The zero value gives the
// process's standard streams and CPython's defaults.
type Options struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Args is sys.argv (the first item names the program).
	Args []string
	// Path is sys.path.
	Path []string
	// RecursionLimit is sys.getrecursionlimit() (default 1000).
	RecursionLimit int
	// MemoryLimit caps the size of one value in bytes (0: kaa's built-in
	// cap): larger requests raise MemoryError.
	MemoryLimit int64
	// System is the program's access to the environment, files and
	// clock through the os and time modules (nil: the real operating
	// system); an embedder can fake or deny them.
	System py.System
	// Context, when not nil, bounds the interpreter's work: once it is
	// done, running Python code raises TimeoutError (deadline) or
	// KeyboardInterrupt (cancellation) at its next backward jump or call,
	// and so does any code run afterwards.
	Context context.Context

	// DontWriteBytecode stops imports from writing .pyc files (-B,
	// PYTHONDONTWRITEBYTECODE; sys.dont_write_bytecode).
	DontWriteBytecode bool
	// PycachePrefix puts bytecode caches under this folder instead of
	// __pycache__ folders beside the sources (sys.pycache_prefix).
	PycachePrefix string
	// CheckHashBasedPycs is --check-hash-based-pycs: "default",
	// "always" or "never".
	CheckHashBasedPycs string
	// Optimize is the optimization level of -O (1) and -OO (2).
	Optimize int
	// Flags are the command-line settings that sys.flags reports; Inspect
	// (-i) makes RunMain and RunModule continue in the interactive loop.
	Flags py.SysFlags
	// WarnOptions is sys.warnoptions: the -W options (after the
	// entries of PYTHONWARNINGS), which the warnings module turns into
	// filters.
	WarnOptions []string
}

// Interpreter is one Python interpreter.
type Interpreter struct {
	in   *py.Interpreter
	main *py.Module
}

// New returns a fresh interpreter with its own __main__ module.
func New(opts Options) *Interpreter {
	in := py.NewInterpreter(py.Config{
		Stdin:          opts.Stdin,
		Stdout:         opts.Stdout,
		Stderr:         opts.Stderr,
		Argv:           opts.Args,
		Path:           opts.Path,
		RecursionLimit: opts.RecursionLimit,
		MemoryLimit:    opts.MemoryLimit,
		Modules:        stdlibModules(),
		Lib:            libSource,
		System:         opts.System,
		Flags:          opts.Flags,
		Import: py.ImportConfig{
			DontWriteBytecode:  opts.DontWriteBytecode,
			PycachePrefix:      opts.PycachePrefix,
			CheckHashBasedPycs: opts.CheckHashBasedPycs,
			Optimize:           opts.Optimize,
			LibPath:            strings.TrimSuffix(lib.Prefix, "/"),
		},
	})
	if ctx := opts.Context; ctx != nil {
		go func() {
			<-ctx.Done()
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				in.Cancel(py.Errorf(py.TimeoutErrorType, "execution deadline exceeded"))
			} else {
				in.Cancel(py.Errorf(py.KeyboardInterruptType, "execution cancelled"))
			}
		}()
	}
	if len(opts.WarnOptions) > 0 {
		if sys, ok := in.Modules().GetString("sys").(*py.Module); ok {
			items := make([]py.Object, len(opts.WarnOptions))
			for i, w := range opts.WarnOptions {
				items[i] = py.NewStr(w)
			}
			sys.Set("warnoptions", py.NewList(items))
		}
	}
	return &Interpreter{in: in}
}

// Py returns the underlying interpreter of package py, for embedders
// that need the object model directly.
func (i *Interpreter) Py() *py.Interpreter { return i.in }

// mainModule returns __main__, creating it on first use.
func (i *Interpreter) mainModule() *py.Module {
	if i.main == nil {
		if m, ok := i.in.Modules().GetString("__main__").(*py.Module); ok {
			i.main = m
		} else {
			i.main = py.NewModule("__main__")
			i.main.Set("__builtins__", i.in.Builtins())
			i.in.Modules().SetString("__main__", i.main)
		}
	}
	return i.main
}

// Exec runs Python statements in the __main__ module.
func (i *Interpreter) Exec(src string) error {
	m := i.mainModule()
	t := i.in.MainThread()
	_, err := t.Protect(func() (py.Object, error) {
		code, err := i.in.CompileSource([]byte(src), "<string>", "exec")
		if err != nil {
			return nil, err
		}
		return t.RunCode(code, m.Dict(), nil)
	})
	return i.wrapErr(err)
}

// Eval evaluates a Python expression in the __main__ module and returns
// its value converted with FromPython.
func (i *Interpreter) Eval(expr string) (any, error) {
	o, err := i.EvalObject(expr)
	if err != nil {
		return nil, err
	}
	return FromPython(o)
}

// EvalObject is Eval without the conversion to Go.
func (i *Interpreter) EvalObject(expr string) (py.Object, error) {
	m := i.mainModule()
	t := i.in.MainThread()
	o, err := t.Protect(func() (py.Object, error) {
		code, err := i.in.CompileSource([]byte(expr), "<string>", "eval")
		if err != nil {
			return nil, err
		}
		return t.RunCode(code, m.Dict(), nil)
	})
	return o, i.wrapErr(err)
}

// Get returns a global variable of __main__ converted with FromPython.
func (i *Interpreter) Get(name string) (any, bool) {
	o := i.mainModule().Get(name)
	if o == nil {
		return nil, false
	}
	v, err := FromPython(o)
	if err != nil {
		return o, true
	}
	return v, true
}

// Set binds a global variable of __main__ to a Go value converted with
// ToPython.
func (i *Interpreter) Set(name string, v any) error {
	o, err := ToPython(v)
	if err != nil {
		return err
	}
	i.mainModule().Set(name, o)
	return nil
}

// Call calls the Python callable bound to name in __main__ (or a
// dotted path such as "math.sqrt" after an import) with Go arguments,
// returning the result converted with FromPython.
func (i *Interpreter) Call(name string, args ...any) (any, error) {
	t := i.in.MainThread()
	o, err := t.Protect(func() (py.Object, error) {
		parts := strings.Split(name, ".")
		fn := i.mainModule().Get(parts[0])
		if fn == nil {
			fn = i.in.Builtins().Get(parts[0])
		}
		if fn == nil {
			return nil, py.Errorf(py.NameErrorType, "name '%s' is not defined", parts[0])
		}
		for _, p := range parts[1:] {
			var err error
			if fn, err = py.GetAttrString(t, fn, p); err != nil {
				return nil, err
			}
		}
		pargs := make([]py.Object, len(args))
		for k, a := range args {
			o, err := ToPython(a)
			if err != nil {
				return nil, err
			}
			pargs[k] = o
		}
		return py.Call(t, fn, pargs, nil)
	})
	if err != nil {
		return nil, i.wrapErr(err)
	}
	return FromPython(o)
}

// RunMain runs a program as the __main__ module, as the kaa command does
// for a script, -c code or standard input: an uncaught exception is
// printed to stderr. It returns the process exit status (0, 1, or the
// SystemExit code).
func (i *Interpreter) RunMain(src []byte, filename string, isFile bool) int {
	return i.in.RunMain(src, filename, isFile)
}

// Flush writes out what the program left in sys.stdout's buffer.
func (i *Interpreter) Flush() { i.in.FlushStdio() }

// Interrupt makes the running program raise KeyboardInterrupt soon
// (safe from any goroutine).
func (i *Interpreter) Interrupt() { i.in.Interrupt() }

// Error is a Python exception that reached Go.
type Error struct {
	// Type is the exception's class name ("ValueError").
	Type string
	// Message is str() of the exception.
	Message string
	// Traceback is the text CPython would print for it.
	Traceback string
	// Exception is the exception object.
	Exception *py.Exception
}

// Error returns "Type: message".
func (e *Error) Error() string {
	if e.Message == "" {
		return e.Type
	}
	return e.Type + ": " + e.Message
}

// wrapErr turns a Python exception into an *Error.
func (i *Interpreter) wrapErr(err error) error {
	if err == nil {
		return nil
	}
	exc := py.AsException(err)
	t := i.in.MainThread()
	var b strings.Builder
	t.PrintException(&b, exc)
	msg := ""
	if s, err := py.StrOf(t, exc); err == nil {
		msg = s.String()
	}
	return &Error{Type: exc.Type().Name, Message: msg, Traceback: b.String(), Exception: exc}
}
