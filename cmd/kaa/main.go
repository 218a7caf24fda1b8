// Command kaa runs Python 3.11 programs: `kaa script.py`, `kaa -c CODE`,
// `kaa -m module`, with CPython's flags and exit statuses.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"

	"github.com/kaa-lang/kaa"
	"github.com/kaa-lang/kaa/internal/gomods"
)

const usageLine = "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"

func main() {
	os.Exit(runMain())
}

// runMain sets up the Go runtime for running Python and runs the
// command line.
func runMain() int {
	// Python programs allocate many small short-lived objects while
	// their live heap is often tiny, which would make Go's collector run
	// back to back. A ballast (address space that is never touched, so it
	// costs no memory) raises the heap target; GOGC still applies above
	// it.
	var ballast []byte
	if os.Getenv("GOGC") == "" {
		ballast = make([]byte, 32<<20)
		debug.SetGCPercent(150)
	}
	defer runtime.KeepAlive(ballast)
	// KAA_CPUPROFILE=file writes a Go CPU profile of the whole run (for
	// kaa's developers: go tool pprof kaa file).
	if path := os.Getenv("KAA_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			pprof.StartCPUProfile(f)
			status := run(os.Args)
			pprof.StopCPUProfile()
			f.Close()
			return status
		}
	}
	return run(os.Args)
}

// run executes the command line and returns the process exit status.
func run(argv []string) int {
	prog := argv[0]
	opts, err := parseOptions(argv[1:])
	if err != nil {
		var ue *usageError
		if errors.As(err, &ue) {
			fmt.Fprintln(os.Stderr, ue.msg)
			fmt.Fprintf(os.Stderr, usageLine, prog)
			fmt.Fprintf(os.Stderr, "Try `kaa -h' for more information.\n")
			return 2
		}
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	switch {
	case opts.help:
		fmt.Fprintf(os.Stdout, usageLine, prog)
		fmt.Fprint(os.Stdout, helpText)
		return 0
	case opts.version > 0:
		fmt.Fprintln(os.Stdout, "Python 3.11.7")
		return 0
	}
	opts.readEnvironment()
	stdio := gomods.Stdio{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
	if opts.module != "" {
		if m := gomods.Lookup(opts.module); m != nil {
			return m(opts.args[1:], stdio)
		}
	}
	path := searchPath(opts)
	switch {
	case opts.command != "":
		in := kaa.New(opts.kaaOptions(opts.args, opts.firstPath("", path)))
		return in.RunMain([]byte(opts.command), "<string>", false)
	case opts.module != "":
		in := kaa.New(opts.kaaOptions(opts.args, opts.firstPath(cwd(), path)))
		return in.RunModule(opts.module)
	case opts.script != "" && opts.script != "-":
		src, err := os.ReadFile(opts.script)
		if err != nil {
			abs, _ := filepath.Abs(opts.script)
			fmt.Fprintf(os.Stderr, "%s: can't open file '%s': [Errno 2] No such file or directory\n", prog, abs)
			return 2
		}
		abs, _ := filepath.Abs(opts.script)
		if opts.skipFirst {
			src = skipFirstLine(src)
		}
		in := kaa.New(opts.kaaOptions(opts.args, opts.firstPath(filepath.Dir(abs), path)))
		return in.RunMain(src, abs, true)
	}
	args := opts.args
	if len(args) == 0 {
		args = []string{""}
	}
	if opts.script == "" && (isTerminal(os.Stdin) || opts.inspect) {
		in := kaa.New(opts.kaaOptions(args, opts.firstPath("", path)))
		return in.REPL(opts.quiet)
	}
	src, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	in := kaa.New(opts.kaaOptions(args, opts.firstPath("", path)))
	return in.RunMain(src, "<stdin>", false)
}

// searchPath returns the sys.path entries after the first: PYTHONPATH
// unless -E or -I.
func searchPath(opts *options) []string {
	var path []string
	if !opts.ignoreEnv {
		if pp := os.Getenv("PYTHONPATH"); pp != "" {
			path = append(path, strings.Split(pp, string(os.PathListSeparator))...)
		}
	}
	return path
}

func cwd() string {
	d, _ := os.Getwd()
	return d
}

// isTerminal reports whether f is an interactive terminal.
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
