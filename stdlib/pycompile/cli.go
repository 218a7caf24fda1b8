package pycompile

import (
	"bufio"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/kaa-lang/kaa/py"
)

// The command line of compileall (kaa -m compileall), parsed as
// CPython's argparse parser for it does.

const cliUsage = `usage: compileall.py [-h] [-l] [-r RECURSION] [-f] [-q] [-b] [-d DESTDIR]
                     [-s STRIPDIR] [-p PREPENDDIR] [-x REGEXP] [-i FILE]
                     [-j WORKERS]
                     [--invalidation-mode {checked-hash,timestamp,unchecked-hash}]
                     [-o OPT_LEVELS] [-e DIR] [--hardlink-dupes]
                     [FILE|DIR ...]
`

const cliHelp = `
Utilities to support installing Python libraries.

positional arguments:
  FILE|DIR              zero or more file and directory names to compile; if
                        no arguments given, defaults to the equivalent of -l
                        sys.path

options:
  -h, --help            show this help message and exit
  -l                    don't recurse into subdirectories
  -r RECURSION          control the maximum recursion level. if ` + "`-l` and `-r`" + `
                        options are specified, then ` + "`-r`" + ` takes precedence.
  -f                    force rebuild even if timestamps are up to date
  -q                    output only error messages; -qq will suppress the
                        error messages as well.
  -b                    use legacy (pre-PEP3147) compiled file locations
  -d DESTDIR            directory to prepend to file paths for use in compile-
                        time tracebacks and in runtime tracebacks in cases
                        where the source file is unavailable
  -s STRIPDIR           part of path to left-strip from path to source file -
                        for example buildroot. ` + "`-d` and `-s`" + ` options cannot be
                        specified together.
  -p PREPENDDIR         path to add as prefix to path to source file - for
                        example / to make it absolute when some part is
                        removed by ` + "`-s`" + ` option. ` + "`-d` and `-p`" + ` options cannot
                        be specified together.
  -x REGEXP             skip files matching the regular expression; the regexp
                        is searched for in the full path of each file
                        considered for compilation
  -i FILE               add all the files and directories listed in FILE to
                        the list considered for compilation; if "-", names are
                        read from stdin
  -j WORKERS, --workers WORKERS
                        Run compileall concurrently
  --invalidation-mode {checked-hash,timestamp,unchecked-hash}
                        set .pyc invalidation mode; defaults to "checked-hash"
                        if the SOURCE_DATE_EPOCH environment variable is set,
                        and "timestamp" otherwise.
  -o OPT_LEVELS         Optimization levels to run compilation with. Default
                        is -1 which uses the optimization level of the Python
                        interpreter itself (see -O).
  -e DIR                Ignore symlinks pointing outsite of the DIR
  --hardlink-dupes      Hardlink duplicated pyc files
`

// cliArgs is the parsed command line.
type cliArgs struct {
	opt       options
	recursion *int
	noRecurse bool
	flist     string
	dests     []string
	help      bool
}

// usageError is an argparse error: usage, then "prog: error: msg", exit
// status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// parseCLI reads compileall's arguments.
func parseCLI(argv []string) (*cliArgs, error) {
	a := &cliArgs{opt: options{workers: 1}}
	var levels []int
	intArg := func(name, v string) (int, error) {
		n, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil {
			return 0, &usageError{"argument " + name + ": invalid int value: '" + v + "'"}
		}
		return n, nil
	}
	str := func(s string) *string { return &s }
	// value handles an option that takes an argument.
	value := func(name, v string) error {
		var err error
		switch name {
		case "-r":
			var n int
			if n, err = intArg("-r", v); err == nil {
				a.recursion = &n
			}
		case "-d":
			a.opt.ddir = str(v)
		case "-s":
			a.opt.stripdir = str(v)
		case "-p":
			a.opt.prependdir = str(v)
		case "-x":
			re, rerr := regexp.Compile(v)
			if rerr != nil {
				return &usageError{"argument -x: invalid regular expression: '" + v + "'"}
			}
			a.opt.rx = func(path string) (bool, error) { return re.MatchString(path), nil }
		case "-i":
			a.flist = v
		case "-j", "--workers":
			a.opt.workers, err = intArg("-j/--workers", v)
		case "-o":
			var n int
			if n, err = intArg("-o", v); err == nil {
				levels = append(levels, n)
			}
		case "-e":
			if v != "" {
				a.opt.limitSlDest = str(v)
			}
		case "--invalidation-mode":
			switch v {
			case "timestamp":
				a.opt.mode = modeTimestamp
			case "checked-hash":
				a.opt.mode = modeCheckedHash
			case "unchecked-hash":
				a.opt.mode = modeUncheckedHash
			default:
				return &usageError{"argument --invalidation-mode: invalid choice: '" + v +
					"' (choose from 'checked-hash', 'timestamp', 'unchecked-hash')"}
			}
		}
		return err
	}
	takesValue := func(c byte) bool { return strings.IndexByte("rdspxijoe", c) >= 0 }
	var unknown []string
	for i := 0; i < len(argv); i++ {
		arg := argv[i]
		switch {
		case arg == "--":
			a.dests = append(a.dests, argv[i+1:]...)
			i = len(argv)
		case strings.HasPrefix(arg, "--"):
			name, v, hasV := strings.Cut(arg, "=")
			switch name {
			case "--help":
				a.help = true
			case "--hardlink-dupes":
				a.opt.hardlinkDupes = true
			case "--workers", "--invalidation-mode":
				if !hasV {
					if i+1 >= len(argv) {
						n := name
						if n == "--workers" {
							n = "-j/--workers"
						}
						return nil, &usageError{"argument " + n + ": expected one argument"}
					}
					i++
					v = argv[i]
				}
				if err := value(name, v); err != nil {
					return nil, err
				}
			default:
				unknown = append(unknown, arg)
			}
		case strings.HasPrefix(arg, "-") && len(arg) > 1:
			for k := 1; k < len(arg); k++ {
				c := arg[k]
				if takesValue(c) {
					v := arg[k+1:]
					if v == "" {
						if i+1 >= len(argv) {
							n := "-" + string(c)
							if c == 'j' {
								n = "-j/--workers"
							}
							return nil, &usageError{"argument " + n + ": expected one argument"}
						}
						i++
						v = argv[i]
					}
					if err := value("-"+string(c), v); err != nil {
						return nil, err
					}
					break
				}
				switch c {
				case 'h':
					a.help = true
				case 'l':
					a.noRecurse = true
				case 'f':
					a.opt.force = true
				case 'q':
					a.opt.quiet++
				case 'b':
					a.opt.legacy = true
				default:
					unknown = append(unknown, arg)
					k = len(arg)
				}
			}
		default:
			a.dests = append(a.dests, arg)
		}
	}
	if len(unknown) > 0 && !a.help {
		return nil, &usageError{"unrecognized arguments: " + strings.Join(unknown, " ")}
	}
	if levels == nil {
		levels = []int{-1}
	}
	a.opt.optimize = levels
	if len(levels) == 1 && a.opt.hardlinkDupes {
		return nil, &usageError{"Hardlinking of duplicated bytecode makes sense only for more than one optimization level."}
	}
	if a.opt.ddir != nil && (a.opt.stripdir != nil || a.opt.prependdir != nil) {
		return nil, &usageError{"-d cannot be used in combination with -s or -p"}
	}
	return a, nil
}

// cliMain is compileall's main(argv): it returns whether every file
// compiled, or raises SystemExit for -h and usage errors.
func cliMain(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var argvObj py.Object
	if err := py.UnpackArgs("main", args, kw, "argv", &argvObj); err != nil {
		return nil, err
	}
	items, err := py.ListFromIterable(t, argvObj)
	if err != nil {
		return nil, err
	}
	argv := make([]string, len(items))
	for i, it := range items {
		s, err := py.StrOf(t, it)
		if err != nil {
			return nil, err
		}
		argv[i] = s.String()
	}
	a, perr := parseCLI(argv)
	in := t.Interp()
	if perr != nil {
		writeStd(t, "stderr", cliUsage+"compileall.py: error: "+perr.Error()+"\n")
		return nil, py.NewError(py.SystemExitType, py.NewInt(2))
	}
	if a.help {
		writeStd(t, "stdout", cliUsage+cliHelp)
		return nil, py.NewError(py.SystemExitType, py.NewInt(0))
	}
	o := &a.opt
	switch {
	case a.recursion != nil:
		o.maxLevels = *a.recursion
	case a.noRecurse:
		o.maxLevels = 0
	default:
		o.maxLevels = in.RecursionLimit()
	}
	r := newRunner(t, o)
	if a.flist != "" {
		names, err := readList(t, a.flist)
		if err != nil {
			if o.quiet < 2 {
				if err := r.print("Error reading file list " + a.flist); err != nil {
					return nil, err
				}
			}
			return py.False, nil
		}
		a.dests = append(a.dests, names...)
	}
	if len(a.dests) == 0 {
		o.maxLevels = 0
		ok, err := runCompilePath(t, o, true)
		return py.Bool(ok), err
	}
	ok := true
	for _, dest := range a.dests {
		var good bool
		var err error
		if st, serr := os.Stat(dest); serr == nil && st.Mode().IsRegular() {
			good, err = newRunner(t, &options{force: o.force, rx: o.rx, quiet: o.quiet, legacy: o.legacy,
				optimize: o.optimize, mode: o.mode, ddir: o.ddir, stripdir: o.stripdir, prependdir: o.prependdir,
				limitSlDest: o.limitSlDest, hardlinkDupes: o.hardlinkDupes, workers: 1}).compileFiles([]string{dest})
		} else {
			copy := *o
			good, err = newRunner(t, &copy).compileDir(dest)
		}
		if err != nil {
			return nil, err
		}
		ok = ok && good
	}
	return py.Bool(ok), nil
}

// readList reads the file names of -i FILE ("-": standard input).
func readList(t *py.Thread, name string) ([]string, error) {
	var lines []string
	if name == "-" {
		sys := t.Interp().Modules().GetString("sys")
		stdin, err := py.GetAttrString(t, sys, "stdin")
		if err != nil {
			return nil, err
		}
		text, err := py.CallMethod(t, stdin, "read")
		if err != nil {
			return nil, err
		}
		s, _ := py.AsStr(text)
		for _, l := range strings.Split(s.String(), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		return lines, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lines = append(lines, strings.TrimSpace(sc.Text()))
	}
	return lines, sc.Err()
}

// writeStd writes text to sys.stdout or sys.stderr.
func writeStd(t *py.Thread, stream, text string) {
	sys := t.Interp().Modules().GetString("sys")
	if s, err := py.GetAttrString(t, sys, stream); err == nil {
		py.CallMethod(t, s, "write", py.NewStr(text))
	}
}
