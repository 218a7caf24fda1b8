package py

import "strings"

func init() {
	AddBuiltin("exec", builtinExec, "Execute the given source in the context of globals and locals.\n\nThe source may be a string representing one or more Python statements\nor a code object as returned by compile().\nThe globals must be a dictionary and locals can be any mapping,\ndefaulting to the current globals and locals.\nIf only globals is given, locals defaults to it.")
	AddBuiltin("eval", builtinEval, "Evaluate the given source in the context of globals and locals.\n\nThe source may be a string representing a Python expression\nor a code object as returned by compile().\nThe globals must be a dictionary and locals can be any mapping,\ndefaulting to the current globals and locals.\nIf only globals is given, locals defaults to it.")
	AddBuiltin("compile", builtinCompile, "Compile source into a code object that can be executed by exec() or eval().")
}

// Flags of compile() that kaa understands.
const (
	pyCFOnlyAST          = 0x0400
	pyCFDontImplyDedent  = 0x0200
	pyCFAllowIncomplete  = 0x4000
	pyCFTypeComments     = 0x1000
	pyCFAllowTopLevelAwt = 0x2000
)

// sourceText extracts the text of exec/eval/compile's source argument.
func sourceText(fname string, src Object, eval bool) ([]byte, bool, error) {
	switch s := src.(type) {
	case *Str:
		text := s.s
		if eval {
			text = strings.TrimLeft(text, " \t")
		}
		if strings.IndexByte(text, 0) >= 0 {
			return nil, false, Errorf(SyntaxErrorType, "source code string cannot contain null bytes")
		}
		return []byte(text), true, nil
	case *Bytes:
		b := s.b
		if eval {
			for len(b) > 0 && (b[0] == ' ' || b[0] == '\t') {
				b = b[1:]
			}
		}
		return b, false, nil
	}
	if s, ok := AsStr(src); ok {
		return []byte(s.s), true, nil
	}
	if b, ok := AsBytes(src); ok {
		return b.b, false, nil
	}
	if b, ok := bufferBytes(src); ok {
		if eval {
			for len(b) > 0 && (b[0] == ' ' || b[0] == '\t') {
				b = b[1:]
			}
		}
		return append([]byte(nil), b...), false, nil
	}
	what := "string, bytes or code"
	if fname == "compile" {
		what = "string, bytes or AST"
		return nil, false, Errorf(TypeErrorType, "compile() arg 1 must be a %s object", what)
	}
	return nil, false, Errorf(TypeErrorType, "%s() arg 1 must be a %s object", fname, what)
}

// execNamespaces resolves the globals and locals of exec and eval.
func (t *Thread) execNamespaces(fname string, globals, locals Object) (*Dict, Object, error) {
	if globals == None {
		globals = nil
	}
	if locals == None {
		locals = nil
	}
	if fname == "eval" {
		// eval checks locals first, and words its messages differently.
		if locals != nil && locals.Type().Slots.GetItem == nil {
			return nil, nil, Errorf(TypeErrorType, "locals must be a mapping")
		}
		if _, ok := globals.(*Dict); globals != nil && !ok {
			if globals.Type().Slots.GetItem != nil {
				return nil, nil, Errorf(TypeErrorType, "globals must be a real dict; try eval(expr, {}, mapping)")
			}
			return nil, nil, Errorf(TypeErrorType, "globals must be a dict")
		}
	}
	var g *Dict
	if globals != nil {
		d, ok := globals.(*Dict)
		if !ok {
			return nil, nil, Errorf(TypeErrorType, "%s() globals must be a dict, not %s", fname, TypeName(globals))
		}
		g = d
		if locals == nil {
			locals = g
		}
	} else {
		f := t.frame
		if f == nil {
			return nil, nil, Errorf(SystemErrorType, "%s(): no current frame", fname)
		}
		g = f.globals
		if locals == nil {
			locals = f.localsMapping()
		}
	}
	if locals != nil && locals.Type().Slots.GetItem == nil {
		if fname == "eval" {
			return nil, nil, Errorf(TypeErrorType, "locals must be a mapping")
		}
		return nil, nil, Errorf(TypeErrorType, "locals must be a mapping or None, not %s", TypeName(locals))
	}
	if g.GetString("__builtins__") == nil {
		g.SetString("__builtins__", t.interp.builtins)
	}
	return g, locals, nil
}

// runCodeIn runs code with explicit namespaces.
func (t *Thread) runCodeIn(code *Code, g *Dict, locals Object) (Object, error) {
	if code.nfree > 0 {
		return nil, Errorf(TypeErrorType, "code object passed to exec() may not contain free variables")
	}
	builtins := t.interp.builtins.dict
	switch b := g.GetString("__builtins__").(type) {
	case *Module:
		builtins = b.dict
	case *Dict:
		builtins = b
	}
	f := t.newFrame(code, g, builtins)
	f.locals = locals
	r, err := t.eval(f, nil)
	t.releaseFrame(f)
	return r, err
}

// builtinExec is exec(source, globals=None, locals=None, /, *, closure=None).
func builtinExec(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	var src Object
	var globals, locals, closure Object = None, None, None
	if err := atLeastOnePositional("exec", args, kw); err != nil {
		return nil, err
	}
	if err := UnpackArgs("exec", args, kw, "source", &src, "globals?", &globals, "locals?", &locals, "/", "*", "closure?", &closure); err != nil {
		return nil, err
	}
	g, l, err := t.execNamespaces("exec", globals, locals)
	if err != nil {
		return nil, err
	}
	code, ok := src.(*Code)
	if !ok {
		text, _, err := sourceText("exec", src, false)
		if err != nil {
			return nil, err
		}
		code, err = t.interp.CompileSource(text, "<string>", "exec")
		if err != nil {
			return nil, err
		}
	}
	if _, err := t.runCodeIn(code, g, l); err != nil {
		return nil, err
	}
	return None, nil
}

// builtinEval is eval(source, globals=None, locals=None, /).
func builtinEval(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	var src Object
	var globals, locals Object = None, None
	if err := UnpackArgs("eval", args, kw, "source", &src, "globals?", &globals, "locals?", &locals, "/"); err != nil {
		return nil, err
	}
	g, l, err := t.execNamespaces("eval", globals, locals)
	if err != nil {
		return nil, err
	}
	code, ok := src.(*Code)
	if !ok {
		text, _, err := sourceText("eval", src, true)
		if err != nil {
			return nil, err
		}
		code, err = t.interp.CompileSource(text, "<string>", "eval")
		if err != nil {
			return nil, err
		}
	}
	return t.runCodeIn(code, g, l)
}

// builtinCompile is compile(source, filename, mode, flags=0,
// dont_inherit=False, optimize=-1).
func builtinCompile(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	var src, filename, modeArg Object
	flags, optimize := 0, -1
	var dontInherit, featureVersion Object = False, NewInt(-1)
	if err := UnpackArgs("compile", args, kw, "source", &src, "filename", &filename, "mode", &modeArg,
		"flags?", &flags, "dont_inherit?", &dontInherit, "optimize?", &optimize, "*", "_feature_version?", &featureVersion); err != nil {
		return nil, err
	}
	fn, ok := AsStr(filename)
	if !ok {
		if b, isB := AsBytes(filename); isB {
			fn = NewStr(string(b.b))
		} else {
			return nil, Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not %s", TypeName(filename))
		}
	}
	mode, ok := AsStr(modeArg)
	if !ok {
		return nil, Errorf(TypeErrorType, "compile() argument 'mode' must be str, not %s", argTypeName(modeArg))
	}
	isTree, err := t.astTree(src)
	if err != nil {
		return nil, err
	}
	switch mode.s {
	case "exec", "eval", "single":
	case "func_type":
		if flags&pyCFOnlyAST == 0 {
			return nil, Errorf(ValueErrorType, "compile() mode 'func_type' requires flag PyCF_ONLY_AST")
		}
	default:
		if flags&pyCFOnlyAST != 0 {
			return nil, Errorf(ValueErrorType, "compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
		}
		return nil, Errorf(ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	if flags&(pyCFOnlyAST|pyCFAllowTopLevelAwt) != 0 || isTree {
		return t.compileAST(src, fn, mode.s, flags, optimize, isTree)
	}
	if code, ok := src.(*Code); ok {
		return code, nil
	}
	text, _, err := sourceText("compile", src, false)
	if err != nil {
		return nil, err
	}
	return t.interp.CompileSource(text, fn.s, mode.s)
}
