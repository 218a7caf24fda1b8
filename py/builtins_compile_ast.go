package py

// compile() with ast.PyCF_ONLY_AST, and compile() of a tree of node
// objects, go through the _ast module (stdlib/ast), which owns the node
// classes: its _kaa_parse and _kaa_compile functions.

// astTree reports whether src is an instance of _ast.AST, once the _ast
// module has been imported (no tree can exist before).
func (t *Thread) astTree(src Object) (bool, error) {
	m := t.interp.modules.GetString("_ast")
	if m == nil {
		return false, nil
	}
	base, err := GetAttrOpt(t, m, NewStr("AST"))
	if err != nil || base == nil {
		return false, err
	}
	typ, ok := base.(*Type)
	return ok && src.Type().IsSubtype(typ), nil
}

// compileAST is compile() when flags ask for a tree or for top-level
// await, or src is a tree.
func (t *Thread) compileAST(src Object, filename *Str, mode string, flags, optimize int, isTree bool) (Object, error) {
	m, err := t.ImportModule("_ast")
	if err != nil {
		return nil, err
	}
	if isTree {
		if mode == "func_type" && flags&pyCFOnlyAST == 0 {
			return nil, Errorf(ValueErrorType, "compile() mode 'func_type' requires flag PyCF_ONLY_AST")
		}
		return CallMethod(t, m, "_kaa_compile", src, filename, NewStr(mode), NewInt(int64(flags)), NewInt(int64(optimize)))
	}
	text, isStr, err := sourceText("compile", src, false)
	if err != nil {
		return nil, err
	}
	var s Object = NewBytes(text)
	if isStr {
		s = NewStr(string(text))
	}
	if flags&pyCFOnlyAST == 0 {
		return CallMethod(t, m, "_kaa_compile_source", s, filename, NewStr(mode), NewInt(int64(flags)), NewInt(int64(optimize)))
	}
	return CallMethod(t, m, "_kaa_parse", s, filename, NewStr(mode), NewInt(int64(flags)))
}
