package py

// SysFlags are the command-line settings that sys.flags reports and that
// change how a program is run (CPython's -i, -I, -E, -P, -q, -s, -S, -v,
// -b). The bytecode-cache settings (-B, -O) live in ImportConfig.
type SysFlags struct {
	// Inspect (-i, PYTHONINSPECT) enters the interactive loop after the
	// program ends, also after an uncaught exception or SystemExit, when
	// Interactive is set too or stdin is a terminal.
	Inspect bool
	// Interactive is -i: stdin counts as interactive even when it is not
	// a terminal.
	Interactive bool
	// Isolated is -I: implies IgnoreEnvironment, NoUserSite and SafePath.
	Isolated bool
	// IgnoreEnvironment is -E: PYTHON* variables are not read.
	IgnoreEnvironment bool
	// SafePath is -P (PYTHONSAFEPATH): the script's folder (or the
	// current one for -c and -m) is not put first on sys.path.
	SafePath bool
	// NoUserSite (-s) and NoSite (-S) are accepted and reported; kaa has
	// no site module.
	NoUserSite, NoSite bool
	// Unbuffered (-u, PYTHONUNBUFFERED) writes stdout and stderr through
	// at every write.
	Unbuffered bool
	// Quiet (-q) drops the interactive banner.
	Quiet bool
	// Verbose (-v) and BytesWarning (-b) are counts, reported only.
	Verbose, BytesWarning int
}

// flagsValue builds sys.flags from the run's settings.
func flagsValue(f SysFlags, imp ImportConfig) Object {
	n := func(v int) Object { return NewInt(int64(v)) }
	b := func(v bool) Object { return NewInt(b2i(v)) }
	return NewStructSeq(FlagsType,
		n(0),                     // debug
		b(f.Inspect),             // inspect
		b(f.Inspect),             // interactive
		n(imp.Optimize),          // optimize
		b(imp.DontWriteBytecode), // dont_write_bytecode
		b(f.NoUserSite),          // no_user_site
		b(f.NoSite),              // no_site
		b(f.IgnoreEnvironment),   // ignore_environment
		n(f.Verbose),             // verbose
		n(f.BytesWarning),        // bytes_warning
		b(f.Quiet),               // quiet
		n(1),                     // hash_randomization
		b(f.Isolated),            // isolated
		False,                    // dev_mode
		n(0),                     // utf8_mode
		n(0),                     // warn_default_encoding
		Bool(f.SafePath),         // safe_path
		n(-1),                    // int_max_str_digits
	)
}
