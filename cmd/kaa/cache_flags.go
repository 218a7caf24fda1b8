package main

import (
	"os"
	"strconv"
	"strings"

	"github.com/kaa-lang/kaa"
	"github.com/kaa-lang/kaa/py"
)

// kaaOptions returns the interpreter options for the command line: argv,
// sys.path, and the settings of the bytecode cache, from the flags and
// (unless -E or -I) the environment, with CPython's precedence:
//
//	-B, PYTHONDONTWRITEBYTECODE     do not write .pyc files
//	-X pycache_prefix=DIR,
//	PYTHONPYCACHEPREFIX             caches under DIR instead of __pycache__
//	--check-hash-based-pycs MODE    default, always or never
//	-O, -OO, PYTHONOPTIMIZE         optimization level (.opt-1/.opt-2 pycs)
func (o *options) kaaOptions(args, path []string) kaa.Options {
	k := kaa.Options{
		Args:               args,
		Path:               path,
		DontWriteBytecode:  o.dontWrite,
		CheckHashBasedPycs: o.checkHashed,
		Optimize:           o.optimize,
		Flags: py.SysFlags{
			Inspect:           o.inspect || o.inspectEnv,
			Interactive:       o.inspect,
			Isolated:          o.isolated,
			IgnoreEnvironment: o.ignoreEnv,
			SafePath:          o.safePath,
			NoUserSite:        o.noUserSite,
			NoSite:            o.noSite,
			Quiet:             o.quiet,
			Unbuffered:        o.unbuffered,
			Verbose:           o.verbose,
			BytesWarning:      o.bytesWarn,
		},
	}
	if !o.ignoreEnv {
		if os.Getenv("PYTHONDONTWRITEBYTECODE") != "" {
			k.DontWriteBytecode = true
		}
		k.PycachePrefix = os.Getenv("PYTHONPYCACHEPREFIX")
		if v := os.Getenv("PYTHONOPTIMIZE"); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 {
				n = 1
			}
			k.Optimize = max(k.Optimize, n)
		}
	}
	if !o.ignoreEnv {
		for _, w := range strings.Split(os.Getenv("PYTHONWARNINGS"), ",") {
			if w = strings.TrimSpace(w); w != "" {
				k.WarnOptions = append(k.WarnOptions, w)
			}
		}
	}
	k.WarnOptions = append(k.WarnOptions, o.warnings...)
	for _, x := range o.xoptions {
		if v, ok := strings.CutPrefix(x, "pycache_prefix="); ok {
			k.PycachePrefix = v
		}
	}
	return k
}
