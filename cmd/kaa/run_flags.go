package main

import (
	"bytes"
	"os"
)

// readEnvironment applies the environment variables that stand for
// flags (PYTHONINSPECT, PYTHONUNBUFFERED, PYTHONSAFEPATH, PYTHONVERBOSE),
// unless -E or -I.
func (o *options) readEnvironment() {
	if o.ignoreEnv {
		return
	}
	if os.Getenv("PYTHONINSPECT") != "" {
		o.inspectEnv = true
	}
	if os.Getenv("PYTHONUNBUFFERED") != "" {
		o.unbuffered = true
	}
	if os.Getenv("PYTHONSAFEPATH") != "" {
		o.safePath = true
	}
	if os.Getenv("PYTHONVERBOSE") != "" && o.verbose == 0 {
		o.verbose = 1
	}
}

// firstPath returns sys.path: first the program's folder (dir), unless
// -P or -I ask not to put it there, then the rest.
func (o *options) firstPath(dir string, rest []string) []string {
	if o.safePath {
		return append([]string(nil), rest...)
	}
	return append([]string{dir}, rest...)
}

// skipFirstLine blanks the first line of a script for -x (a first line
// that is not Python, such as a DOS command); its line break stays, so
// line numbers in errors still count it.
func skipFirstLine(src []byte) []byte {
	i := bytes.IndexByte(src, '\n')
	if i < 0 {
		return nil
	}
	return src[i:]
}

// helpText follows the usage line of -h: kaa's options, which are
// CPython's.
const helpText = `Options:
-b     : warn about str(bytes) and bytes/str comparisons (accepted; no effect yet)
-B     : do not write .pyc files when importing; also PYTHONDONTWRITEBYTECODE=x
-c cmd : run the program given as a string (ends the option list)
-E     : ignore the PYTHON* environment variables
-h     : print this help and exit (also -? and --help)
-i     : after running the program, read statements interactively; also
         PYTHONINSPECT=x. SystemExit does not end kaa then
-I     : isolate from the environment: implies -E, -P and -s
-m mod : run a module found on sys.path as a script (ends the option list)
-O     : drop assert statements and code under __debug__; pycs get .opt-1
         in their name; also PYTHONOPTIMIZE=x
-OO    : -O and also drop docstrings; pycs get .opt-2
-P     : do not put the script's folder (or the current one) first on
         sys.path; also PYTHONSAFEPATH
-q     : no banner when starting interactively
-s     : accepted (kaa has no user site folder)
-S     : accepted (kaa has no site module)
-u     : write stdout and stderr through at every write; also
         PYTHONUNBUFFERED=x
-v     : accepted (verbose import tracing is not implemented)
-V     : print the Python version kaa implements and exit (also --version)
-W arg : warning control: action:message:category:module:lineno; also
         PYTHONWARNINGS=arg
-x     : skip the first line of the script
-X opt : implementation-specific option: pycache_prefix=DIR puts bytecode
         caches under DIR
--check-hash-based-pycs always|default|never:
         how to validate hash-based .pyc files
file   : program read from a file (a .pyc file runs its compiled code)
-      : program read from stdin (the default; interactive when a terminal)
arg ...: arguments passed to the program in sys.argv[1:]

Environment variables: PYTHONPATH (folders searched before kaa's library),
PYTHONDONTWRITEBYTECODE, PYTHONPYCACHEPREFIX, PYTHONOPTIMIZE,
PYTHONWARNINGS, PYTHONINSPECT, PYTHONUNBUFFERED, PYTHONSAFEPATH.
`
