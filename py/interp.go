package py

import (
	"io"
	"os"
	"sync/atomic"
)

// Interpreter owns everything a running program can change: the loaded
// modules (sys.modules), the builtins namespace, sys, the standard
// streams, the recursion limit and the limits an embedder sets. Two
// Interpreters share no mutable state and may run in parallel.
type Interpreter struct {
	modules  *Dict   // sys.modules
	builtins *Module // the builtins module
	sys      *Module

	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer

	// inspect is -i: the interactive loop follows the program;
	// inREPL is set once it runs.
	inspect, inREPL bool

	recursionLimit  int
	intMaxStrDigits int
	memLimit        int64

	// interned maps text to the one *Str used for identifiers, so that
	// attribute and global lookups compare pointers.
	interned map[string]*Str

	// stop is set (from any goroutine) to make the running program raise
	// KeyboardInterrupt (1) or stop with an error (2) at its next check.
	stop atomic.Int32
	// stopReason is the error a stop with code 2 raises.
	stopReason atomic.Pointer[Exception]

	// goModules are the modules implemented in Go that the embedder
	// registered, by name; libLoader finds kaa's own Python modules.
	goModules map[string]ModuleInit
	libLoader SourceLoader
	// system is the access to the outside world (nil: OSSystem).
	system System
	// imp is the import system's state (import_state.go).
	imp importState

	// The original standard streams (sys.__stdout__ ...).
	stdinStream, stdoutStream, stderrStream *TextStream
	// atexit holds the functions registered with atexit.register.
	atexit []atexitEntry

	// sourceCache holds the lines of the files tracebacks show.
	sourceCache map[string][]string

	main *Thread
	// argv is sys.argv.
	argv []string
	// path is sys.path's initial value.
	path []string
}

// Config holds the settings of a new Interpreter.
type Config struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Argv is sys.argv (the script name first).
	Argv []string
	// Path is the initial sys.path.
	Path []string
	// RecursionLimit defaults to 1000.
	RecursionLimit int
	// MemoryLimit caps a single allocation in bytes (0: no cap beyond
	// kaa's built-in one).
	MemoryLimit int64
	// Modules are the modules implemented in Go that import finds by name
	// (registered explicitly by the embedder, e.g. kaa's stdlib).
	Modules map[string]ModuleInit
	// Lib finds the source of kaa's own Python modules (lib/).
	Lib SourceLoader
	// System is the access to the environment, files and clock that
	// modules such as os and time use (nil: the real operating system).
	System System
	// Import configures the import system and its bytecode cache.
	Import ImportConfig
	// Flags are the command-line settings sys.flags reports.
	Flags SysFlags
}

// maxRecursionLimit caps sys.setrecursionlimit so deep Python recursion
// can never overflow the Go stack.
const maxRecursionLimit = 150000

// NewInterpreter returns a fresh interpreter.
func NewInterpreter(cfg Config) *Interpreter {
	in := &Interpreter{
		stdin:           cfg.Stdin,
		stdout:          cfg.Stdout,
		stderr:          cfg.Stderr,
		recursionLimit:  cfg.RecursionLimit,
		intMaxStrDigits: 4300,
		memLimit:        cfg.MemoryLimit,
		interned:        make(map[string]*Str, 512),
		argv:            cfg.Argv,
		path:            cfg.Path,
		modules:         NewDict(),
		goModules:       cfg.Modules,
		libLoader:       cfg.Lib,
		system:          cfg.System,
	}
	if in.stdin == nil {
		in.stdin = os.Stdin
	}
	if in.stdout == nil {
		in.stdout = os.Stdout
	}
	if in.stderr == nil {
		in.stderr = os.Stderr
	}
	if in.recursionLimit <= 0 {
		in.recursionLimit = 1000
	}
	if len(in.argv) == 0 {
		in.argv = []string{""}
	}
	in.main = &Thread{interp: in}
	in.initModules()
	in.initImport(cfg.Import, cfg.Flags)
	in.setStdioErrors(cfg.Flags)
	in.inspect = cfg.Flags.Inspect && (cfg.Flags.Interactive || isTerminal(in.stdin))
	if cfg.Flags.Unbuffered {
		in.stdoutStream.writeThrough = true
		in.stderrStream.writeThrough = true
	}
	return in
}

// MainThread returns the interpreter's main thread.
func (in *Interpreter) MainThread() *Thread { return in.main }

// Intern returns the interned str for s.
func (in *Interpreter) Intern(s string) *Str {
	if v, ok := in.interned[s]; ok {
		return v
	}
	v := NewStr(s)
	v.Hash()
	in.interned[s] = v
	return v
}

// Modules returns sys.modules.
func (in *Interpreter) Modules() *Dict { return in.modules }

// Builtins returns the builtins module.
func (in *Interpreter) Builtins() *Module { return in.builtins }

// Stdout returns the writer standing for the process's standard output.
func (in *Interpreter) Stdout() io.Writer { return in.stdout }

// Stderr returns the writer standing for standard error.
func (in *Interpreter) Stderr() io.Writer { return in.stderr }

// Stdin returns the reader standing for standard input.
func (in *Interpreter) Stdin() io.Reader { return in.stdin }

// Interrupt asks the running program to raise KeyboardInterrupt at its
// next check (safe to call from any goroutine).
func (in *Interpreter) Interrupt() { in.stop.Store(1) }

// Cancel makes the running program raise exc at its next check (on a
// backward jump or a call) and every time after, so that it unwinds
// promptly; safe to call from any goroutine. It is how a context
// deadline or a cancellation reaches Python code.
func (in *Interpreter) Cancel(exc *Exception) {
	in.stopReason.Store(exc)
	in.stop.Store(2)
}

// RecursionLimit returns sys.getrecursionlimit().
func (in *Interpreter) RecursionLimit() int { return in.recursionLimit }

// SetRecursionLimit sets the limit, capped so that the Go stack cannot
// overflow.
func (in *Interpreter) SetRecursionLimit(n int) {
	if n > maxRecursionLimit {
		n = maxRecursionLimit
	}
	in.recursionLimit = n
}
