package kaa

import (
	"github.com/kaa-lang/kaa/lib"
	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/array"
	pyast "github.com/kaa-lang/kaa/stdlib/ast"
	"github.com/kaa-lang/kaa/stdlib/atexit"
	"github.com/kaa-lang/kaa/stdlib/binascii"
	pycmath "github.com/kaa-lang/kaa/stdlib/cmath"
	"github.com/kaa-lang/kaa/stdlib/collections"
	"github.com/kaa-lang/kaa/stdlib/errno"
	"github.com/kaa-lang/kaa/stdlib/functools"
	"github.com/kaa-lang/kaa/stdlib/gc"
	"github.com/kaa-lang/kaa/stdlib/hashlib"
	kaaio "github.com/kaa-lang/kaa/stdlib/io"
	"github.com/kaa-lang/kaa/stdlib/itertools"
	pyjson "github.com/kaa-lang/kaa/stdlib/json"
	"github.com/kaa-lang/kaa/stdlib/marshal"
	pymath "github.com/kaa-lang/kaa/stdlib/math"
	"github.com/kaa-lang/kaa/stdlib/opcode"
	"github.com/kaa-lang/kaa/stdlib/operator"
	"github.com/kaa-lang/kaa/stdlib/posix"
	"github.com/kaa-lang/kaa/stdlib/pycompile"
	pyrandom "github.com/kaa-lang/kaa/stdlib/random"
	"github.com/kaa-lang/kaa/stdlib/sre"
	pystruct "github.com/kaa-lang/kaa/stdlib/struct"
	kaatime "github.com/kaa-lang/kaa/stdlib/time"
	pytokenize "github.com/kaa-lang/kaa/stdlib/tokenize"
	"github.com/kaa-lang/kaa/stdlib/unicodedata"
	"github.com/kaa-lang/kaa/stdlib/weakref"
	kaazlib "github.com/kaa-lang/kaa/stdlib/zlib"
)

// stdlibModules lists the modules implemented in Go (packages under
// stdlib/), by import name. A package stdlib/<name> exports
//
//	func Init(in *py.Interpreter) (*py.Module, error)
//
// and is registered here explicitly.
func stdlibModules() map[string]py.ModuleInit {
	return map[string]py.ModuleInit{
		"_collections": collections.Init,
		"_functools":   functools.Init,
		"_io":          kaaio.Init,
		"_weakref":     weakref.Init,
		"gc":           gc.Init,
		"itertools":    itertools.Init,
		"_json":        pyjson.Init,
		"operator":     operator.Init,
		"posix":        posix.Init,
		"errno":        errno.Init,
		"_opcode":      opcode.Init,
		"_operator":    operator.Init,
		"_pycompile":   pycompile.Init,
		"array":        array.Init,
		"atexit":       atexit.Init,
		"marshal":      marshal.Init,
		"math":         pymath.Init,
		"cmath":        pycmath.Init,
		"struct":       pystruct.Init,
		"_sre":         sre.Init,
		"_ast":         pyast.Init,
		"_tokenize":    pytokenize.Init,
		"time":         kaatime.Init,
		"_random":      pyrandom.Init,
		"binascii":     binascii.Init,
		"_hashlib":     hashlib.Init,
		"_blake2":      hashlib.InitBlake2,
		"zlib":         kaazlib.Init,
		"unicodedata":  unicodedata.Init,
	}
}

// libSource finds kaa's own Python modules (lib/, embedded in the
// binary).
func libSource(name string) ([]byte, string, bool, bool) { return lib.Source(name) }
