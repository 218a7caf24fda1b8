// Package compile turns an abstract syntax tree into kaa's bytecode, as
// CPython 3.11's compiler does: future statements are read first
// (future.go), constants are folded (fold.go), the symbol table decides
// the scope of every name (symtable*.go), the code generator emits
// instructions into basic blocks (codegen*.go), and the assembler
// optimises the flow graph and produces a bytecode.Code with its exception
// table, positions and stack size (flowgraph.go, assemble.go).
//
// The output follows CPython instruction for instruction wherever kaa's
// instruction set allows (see package bytecode for the differences), so
// that the disassembly of kaa's code reads like CPython's dis output.
package compile

import (
	"fmt"

	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/syntax"
)

// Options control a compilation.
type Options struct {
	// Optimize is the optimization level, as for compile() and python -O:
	// 0 keeps everything; 1 drops assert statements and makes __debug__
	// false; 2 also drops docstrings.
	Optimize int

	// Flags are the future features inherited from the caller, as CO_FUTURE_*
	// bits (compile()'s flags argument, or the futures already in force in
	// an interactive session). The features the module imports itself are
	// added to them; every code object's co_flags records the result.
	Flags uint32

	// TopLevelAwait allows await, async for and async with at module level
	// (CPython's PyCF_ALLOW_TOP_LEVEL_AWAIT).
	TopLevelAwait bool

	// Warn, when not nil, receives the compile-time SyntaxWarnings ("is"
	// with a literal, calling a tuple...). If it returns an error (the
	// warning filter says "error"), the compilation fails with a
	// SyntaxError carrying the warning's message, as in CPython.
	Warn func(syntax.Warning) error
}

// Compile compiles the tree of a module (syntax.Module, compile()'s "exec"
// mode), an expression (syntax.Expression, "eval") or an interactive
// statement (syntax.Interactive, "single", where expression statements
// print their value) into a code object.
//
// Compile folds constants in the tree in place, as CPython's AST
// optimizer does; pass a tree you own. A compile-time error is returned
// as a *syntax.Error with CPython's message and location (its offsets,
// like CPython's, count UTF-8 bytes from 1, and its Text is left empty:
// CPython reads it from the file named by filename).
func Compile(mod syntax.Mod, filename string, opts Options) (*bytecode.Code, error) {
	switch mod.(type) {
	case *syntax.Module, *syntax.Expression, *syntax.Interactive:
	default:
		return nil, fmt.Errorf("compile: cannot compile a %s node", mod.PyName())
	}
	future, err := parseFuture(mod, filename)
	if err != nil {
		return nil, err
	}
	future.flags |= opts.Flags
	optimize := opts.Optimize
	if optimize < 0 {
		optimize = 0
	}
	f := &folder{optimize: optimize, futureAnnotations: future.flags&futureAnnotationsFlag != 0}
	f.mod(mod)
	st, err := buildSymtable(mod, filename, &future)
	if err != nil {
		return nil, err
	}
	c := &compiler{
		filename:      filename,
		st:            st,
		future:        future,
		flags:         future.flags,
		optimize:      optimize,
		topLevelAwait: opts.TopLevelAwait,
		warn:          opts.Warn,
	}
	code := c.compileMod(mod)
	if c.err != nil {
		return nil, c.err
	}
	return code, nil
}

func (c *compiler) compileMod(mod syntax.Mod) *bytecode.Code {
	c.enterScope("<module>", scopeModule, mod, 1)
	c.u.loc.lineno = 1
	addNone := true
	switch m := mod.(type) {
	case *syntax.Module:
		c.body(m.Body)
	case *syntax.Interactive:
		if findAnn(m.Body) {
			c.addOp(bytecode.SETUP_ANNOTATIONS)
		}
		c.interactive = true
		c.visitStmts(m.Body)
	case *syntax.Expression:
		c.visitExpr(m.Body)
		addNone = false
	}
	code := c.assemble(addNone)
	c.exitScope()
	return code
}

// MalformedTreeError reports a tree that breaks the rules every parsed
// tree follows (a BoolOp with one value, a Compare whose operators and
// operands do not pair up...), as CPython's AST validator does with a
// ValueError.
type MalformedTreeError struct {
	Msg string
}

func (e *MalformedTreeError) Error() string { return e.Msg }

// Reprs returns the repr() functions the disassembler needs, with the
// text CPython gives str, bytes, float and complex constants.
func Reprs() *bytecode.Reprs {
	return &bytecode.Reprs{
		Str:     syntax.ReprStr,
		Bytes:   syntax.ReprBytes,
		Float:   syntax.ReprFloat,
		Complex: syntax.ReprComplex,
	}
}

// constRepr returns repr() of a constant, for error messages.
func constRepr(k bytecode.Const) string { return Reprs().Const(k) }
