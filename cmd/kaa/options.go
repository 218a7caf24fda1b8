package main

import (
	"fmt"
	"strings"
)

// options holds what the command line asked for, parsed the way CPython
// parses its own: single-letter flags that may be grouped (-BO), flags
// that take an argument (-c, -m, -W, -X) either attached or as the next
// word, and the first non-option word (or -c/-m) ending the option list.
type options struct {
	command     string // -c: program text
	module      string // -m: module to run
	script      string // file to run; "-" for stdin
	args        []string
	dontWrite   bool // -B
	ignoreEnv   bool // -E
	isolated    bool // -I
	inspect     bool // -i
	inspectEnv  bool // PYTHONINSPECT
	optimize    int  // -O, -OO
	quiet       bool // -q
	safePath    bool // -P
	noUserSite  bool // -s
	noSite      bool // -S
	unbuffered  bool // -u
	verbose     int  // -v
	version     int  // -V
	skipFirst   bool // -x
	bytesWarn   int  // -b
	help        bool // -h
	warnings    []string
	xoptions    []string
	checkHashed string // --check-hash-based-pycs
}

// usageError is a command-line error: CPython prints it with the usage
// line and exits with status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// parseOptions reads argv (without the program name).
func parseOptions(argv []string) (*options, error) {
	o := &options{}
	i := 0
	for i < len(argv) {
		a := argv[i]
		if a == "-" || !strings.HasPrefix(a, "-") {
			o.script = a
			o.args = argv[i:]
			return o, nil
		}
		if a == "--" {
			i++
			if i < len(argv) {
				o.script = argv[i]
				o.args = argv[i:]
			}
			return o, nil
		}
		if strings.HasPrefix(a, "--") {
			name, val, hasVal := strings.Cut(a, "=")
			switch name {
			case "--help", "--help-all", "--help-env", "--help-xoptions":
				o.help = true
			case "--version":
				o.version++
			case "--check-hash-based-pycs":
				if !hasVal {
					i++
					if i >= len(argv) {
						return nil, &usageError{"Argument expected for the --check-hash-based-pycs option"}
					}
					val = argv[i]
				}
				if val != "default" && val != "always" && val != "never" {
					return nil, &usageError{"--check-hash-based-pycs must be one of 'default', 'always', or 'never'"}
				}
				o.checkHashed = val
			default:
				return nil, &usageError{fmt.Sprintf("unknown option %s", name)}
			}
			i++
			continue
		}
		// A group of single-letter flags such as -BOu, possibly ending in
		// one that takes an argument (-c, -m, -W, -X).
		for j := 1; j < len(a); j++ {
			c := a[j]
			switch c {
			case 'c', 'm', 'W', 'X':
				val := a[j+1:]
				if val == "" {
					i++
					if i >= len(argv) {
						return nil, &usageError{fmt.Sprintf("Argument expected for the -%c option", c)}
					}
					val = argv[i]
				}
				switch c {
				case 'c':
					o.command = val
					o.args = append([]string{"-c"}, argv[i+1:]...)
					return o, nil
				case 'm':
					o.module = val
					o.args = append([]string{val}, argv[i+1:]...)
					return o, nil
				case 'W':
					o.warnings = append(o.warnings, val)
				case 'X':
					o.xoptions = append(o.xoptions, val)
				}
				j = len(a)
			case 'B':
				o.dontWrite = true
			case 'E':
				o.ignoreEnv = true
			case 'I':
				o.isolated = true
				o.ignoreEnv = true
				o.noUserSite = true
				o.safePath = true
			case 'i':
				o.inspect = true
			case 'O':
				o.optimize++
			case 'q':
				o.quiet = true
			case 'P':
				o.safePath = true
			case 's':
				o.noUserSite = true
			case 'S':
				o.noSite = true
			case 'u':
				o.unbuffered = true
			case 'v':
				o.verbose++
			case 'V':
				o.version++
			case 'x':
				o.skipFirst = true
			case 'b':
				o.bytesWarn++
			case 'd', 'R':
				// accepted and ignored, as in a release build of CPython
			case 'h', '?':
				o.help = true
			default:
				return nil, &usageError{fmt.Sprintf("Unknown option: -%c", c)}
			}
		}
		i++
	}
	// No program named: stdin, interactive when it is a terminal.
	o.args = []string{""}
	return o, nil
}
