package ast

import (
	"github.com/kaa-lang/kaa/compile"
	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/syntax"
)

// maxTreeDepth is the nesting of nodes at which CPython's conversion of
// a parsed tree to objects fails with RecursionError.
const maxTreeDepth = 2980

// parseMode returns the parser mode of a compile() mode name.
func parseMode(mode string) (syntax.Mode, bool) {
	switch mode {
	case "exec":
		return syntax.ModeExec, true
	case "eval":
		return syntax.ModeEval, true
	case "single":
		return syntax.ModeSingle, true
	case "func_type":
		return syntax.ModeFuncType, true
	}
	return 0, false
}

// parseFunc is _kaa_parse(source, filename, mode, flags): the tree of
// node objects compile(source, filename, mode, flags|PyCF_ONLY_AST)
// returns. source is a str or bytes.
func (st *state) parseFunc(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var src py.Object
	var filename, mode *py.Str
	var flags int
	if err := py.UnpackArgs("_kaa_parse", args, kw, "source", &src, "filename", &filename, "mode", &mode, "flags", &flags); err != nil {
		return nil, err
	}
	pm, ok := parseMode(mode.String())
	if !ok {
		return nil, py.Errorf(py.ValueErrorType, "compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
	}
	var pflags syntax.Flags
	if flags&pyCFTypeComments != 0 {
		pflags |= syntax.TypeComments
	}
	if flags&pyCFAllowIncompleteInpt != 0 {
		pflags |= syntax.AllowIncompleteInput
	}
	in := t.Interp()
	var res *syntax.Result
	var err error
	var text []byte
	if s, isStr := py.AsStr(src); isStr {
		text = []byte(s.String())
		res, err = syntax.ParseStringFull(s.String(), filename.String(), pm, pflags)
	} else {
		b, _ := py.BytesLike(src)
		text = b
		res, err = syntax.ParseFull(b, filename.String(), pm, pflags)
	}
	if res != nil {
		for _, w := range res.Warnings {
			if werr := in.ShowSyntaxWarning(w, text); werr != nil {
				return nil, werr
			}
		}
	}
	if err != nil {
		return nil, in.SyntaxError(err, text)
	}
	if syntax.Depth(res.Mod) >= maxTreeDepth {
		return nil, py.Errorf(py.RecursionErrorType, "maximum recursion depth exceeded during ast construction")
	}
	return st.toPy(res.Mod)
}

// compileFunc is _kaa_compile(tree, filename, mode, flags, optimize):
// compile() of a tree of node objects. With PyCF_ONLY_AST in flags it
// checks the tree and returns it; otherwise it returns a code object.
func (st *state) compileFunc(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var tree py.Object
	var filename, mode *py.Str
	var flags, optimize int
	if err := py.UnpackArgs("_kaa_compile", args, kw, "tree", &tree, "filename", &filename, "mode", &mode, "flags", &flags, "optimize", &optimize); err != nil {
		return nil, err
	}
	mod, err := st.modFromPy(t, tree, mode.String())
	if err != nil {
		return nil, err
	}
	if err := validateMod(mod); err != nil {
		return nil, err
	}
	if flags&pyCFOnlyAST != 0 {
		return tree, nil
	}
	in := t.Interp()
	if optimize < 0 {
		optimize = in.Optimize()
	}
	opts := compile.Options{Optimize: optimize, TopLevelAwait: flags&pyCFAllowTopLevelAwait != 0,
		Warn: func(w syntax.Warning) error { return in.ShowSyntaxWarning(w, nil) }}
	bc, err := compile.Compile(mod, filename.String(), opts)
	if err != nil {
		return nil, in.SyntaxError(err, nil)
	}
	return in.NewCode(bc), nil
}

// compileSourceFunc is _kaa_compile_source(source, filename, mode,
// flags, optimize): compile() of source text with flags that the
// interpreter's own compile path does not take
// (PyCF_ALLOW_TOP_LEVEL_AWAIT).
func (st *state) compileSourceFunc(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var src py.Object
	var filename, mode *py.Str
	var flags, optimize int
	if err := py.UnpackArgs("_kaa_compile_source", args, kw, "source", &src, "filename", &filename, "mode", &mode, "flags", &flags, "optimize", &optimize); err != nil {
		return nil, err
	}
	pm, ok := parseMode(mode.String())
	if !ok || pm == syntax.ModeFuncType {
		return nil, py.Errorf(py.ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	var pflags syntax.Flags
	if flags&pyCFTypeComments != 0 {
		pflags |= syntax.TypeComments
	}
	in := t.Interp()
	var mod syntax.Mod
	var err error
	var text []byte
	if s, isStr := py.AsStr(src); isStr {
		text = []byte(s.String())
		mod, err = syntax.ParseString(s.String(), filename.String(), pm, pflags)
	} else {
		text, _ = py.BytesLike(src)
		mod, err = syntax.Parse(text, filename.String(), pm, pflags)
	}
	if err != nil {
		return nil, in.SyntaxError(err, text)
	}
	if optimize < 0 {
		optimize = in.Optimize()
	}
	opts := compile.Options{Optimize: optimize, TopLevelAwait: flags&pyCFAllowTopLevelAwait != 0,
		Warn: func(w syntax.Warning) error { return in.ShowSyntaxWarning(w, text) }}
	bc, err := compile.Compile(mod, filename.String(), opts)
	if err != nil {
		return nil, in.SyntaxError(err, text)
	}
	return in.NewCode(bc), nil
}
