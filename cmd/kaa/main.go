// Command kaa runs Python 3.11 programs: `kaa script.py`, `kaa -c CODE`,
// `kaa -m module`, with CPython's flags and exit statuses.
package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/kaa-lang/kaa/internal/gomods"
)

const usageLine = "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"

func main() {
	os.Exit(run(os.Args))
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
		return 0
	case opts.version > 0:
		fmt.Fprintln(os.Stdout, "Python 3.11.7")
		return 0
	}
	stdio := gomods.Stdio{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
	if opts.module != "" {
		if m := gomods.Lookup(opts.module); m != nil {
			return m(opts.args[1:], stdio)
		}
		fmt.Fprintf(os.Stderr, "%s: No module named %s\n", prog, opts.module)
		return 1
	}
	if opts.script != "" && opts.script != "-" {
		if _, err := os.Stat(opts.script); err != nil {
			abs, _ := filepath.Abs(opts.script)
			fmt.Fprintf(os.Stderr, "%s: can't open file '%s': [Errno 2] No such file or directory\n", prog, abs)
			return 2
		}
	}
	fmt.Fprintln(os.Stderr, "kaa: running programs is not implemented yet")
	return 1
}
