package py

import (
	"strings"

	"github.com/kaa-lang/kaa/internal/pycache"
)

// ImportConfig holds the settings of the import system and its bytecode
// cache that a command line or an embedder chooses.
type ImportConfig struct {
	// DontWriteBytecode is sys.dont_write_bytecode's initial value (-B,
	// PYTHONDONTWRITEBYTECODE): imports do not write .pyc files.
	DontWriteBytecode bool
	// PycachePrefix is sys.pycache_prefix (-X pycache_prefix,
	// PYTHONPYCACHEPREFIX): caches go under this folder instead of
	// __pycache__ folders beside the sources. "" for none.
	PycachePrefix string
	// CheckHashBasedPycs is --check-hash-based-pycs: "default", "always"
	// or "never" ("" is "default").
	CheckHashBasedPycs string
	// Optimize is the optimization level (-O, -OO): assert statements
	// dropped at 1, docstrings too at 2; pycs are named .opt-1/.opt-2.
	Optimize int
	// LibPath is the sys.path entry that stands for kaa's own Python
	// library (Config.Lib); it is appended to sys.path when missing.
	// Default "<kaa>/lib".
	LibPath string
}

// defaultLibPath names the embedded library on sys.path.
const defaultLibPath = "<kaa>/lib"

// importState is the part of an Interpreter the import system owns.
type importState struct {
	optimize int
	check    pycache.CheckMode
	libPath  string
}

// FlagsType is the type of sys.flags.
var FlagsType = newStructSeqType("sys.flags", []string{"debug", "inspect", "interactive", "optimize",
	"dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
	"quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
	"safe_path", "int_max_str_digits"})

func init() { InitStructSeqType(FlagsType) }

// initImport sets up the import system of a new interpreter: the sys
// attributes it reads (dont_write_bytecode, pycache_prefix, meta_path,
// flags) and sys.path's library entry.
func (in *Interpreter) initImport(cfg ImportConfig, flags SysFlags) {
	in.imp.optimize = cfg.Optimize
	in.imp.check, _ = pycache.ParseCheckMode(cfg.CheckHashBasedPycs)
	in.imp.libPath = cfg.LibPath
	if in.imp.libPath == "" {
		in.imp.libPath = defaultLibPath
	}
	s := in.sys
	s.Set("dont_write_bytecode", Bool(cfg.DontWriteBytecode))
	s.Set("pycache_prefix", optStr(cfg.PycachePrefix))
	s.Set("meta_path", NewList([]Object{BuiltinImporterType, PathFinderType}))
	if s.Get("flags") == nil {
		s.Set("flags", flagsValue(flags, cfg))
	}
	for _, m := range []*Module{in.sys, in.builtins} {
		m.dict.SetStr(snSpec, newSpec(m.Name(), BuiltinImporterType, NewStr("built-in"), nil))
		m.dict.SetStr(snLoaderMod, BuiltinImporterType)
		m.dict.SetStr(snPackage, emptyStr)
	}
	if in.libLoader != nil {
		if p, ok := s.Get("path").(*List); ok {
			found := false
			for _, e := range p.items {
				if es, ok := e.(*Str); ok && es.s == in.imp.libPath {
					found = true
				}
			}
			if !found {
				p.items = append(p.items, NewStr(in.imp.libPath))
			}
		}
	}
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// dontWriteBytecode reports sys.dont_write_bytecode.
func (in *Interpreter) dontWriteBytecode() bool {
	v := in.sys.Get("dont_write_bytecode")
	if v == nil {
		return false
	}
	b, err := Truth(in.main, v)
	return err == nil && b
}

// pycachePrefix returns sys.pycache_prefix ("" for None).
func (in *Interpreter) pycachePrefix() string {
	if s, ok := in.sys.Get("pycache_prefix").(*Str); ok {
		return s.s
	}
	return ""
}

// cacheTagSet reports whether sys.implementation.cache_tag is set (when
// it is None, nothing is cached, as in CPython).
func (t *Thread) cacheTagSet() bool {
	impl := t.interp.sys.Get("implementation")
	if impl == nil {
		return false
	}
	tag, err := GetAttrString(t, impl, "cache_tag")
	return err == nil && tag != None
}

// optimizationTag returns the .opt- part of cache names for the
// interpreter's optimization level ("" at 0).
func (in *Interpreter) optimizationTag() string {
	if in.imp.optimize <= 0 {
		return ""
	}
	return itoaSmall(in.imp.optimize)
}

func itoaSmall(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoaSmall(n/10) + string(rune('0'+n%10))
}

// cachedFor returns the __cached__ of a module loaded from path: its pyc
// path for a .py file, path itself for a .pyc file, None otherwise (or
// when caching is off through sys.implementation.cache_tag).
func (t *Thread) cachedFor(path string) Object {
	switch {
	case strings.HasSuffix(path, ".py"):
		if !t.cacheTagSet() {
			return None
		}
		c, err := pycache.CacheFromSource(path, t.interp.optimizationTag(), t.interp.pycachePrefix())
		if err != nil {
			return None
		}
		return NewStr(c)
	case strings.HasSuffix(path, ".pyc"):
		return NewStr(path)
	}
	return None
}

// LibPath returns the sys.path entry naming kaa's embedded library.
func (in *Interpreter) LibPath() string { return in.imp.libPath }

// Optimize returns the interpreter's optimization level (sys.flags.optimize).
func (in *Interpreter) Optimize() int { return in.imp.optimize }
