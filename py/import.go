package py

import (
	"strings"
)

// ModuleInit creates a module implemented in Go, for one interpreter.
type ModuleInit func(in *Interpreter) (*Module, error)

// SourceLoader finds the source of a module implemented in Python that is
// shipped with kaa (lib/): it returns the text and a file name to show,
// and whether the module is a package.
type SourceLoader func(name string) (src []byte, filename string, isPkg bool, ok bool)

// importName is IMPORT_NAME: __import__(name, globals, locals, fromlist,
// level).
func (t *Thread) importName(f *Frame, name *Str, fromlist, level Object) (Object, error) {
	imp := f.builtins.GetString("__import__")
	if imp == nil {
		return nil, Errorf(ImportErrorType, "__import__ not found")
	}
	if b, ok := imp.(*BuiltinFunction); ok && b.Name == "__import__" && b.Self == nil {
		lv, _ := level.(Int)
		return t.ImportModuleLevel(name.s, f.globals, fromlist, int(lv))
	}
	var locals Object = None
	if f.locals != nil {
		locals = f.locals
	}
	return Call(t, imp, []Object{name, f.globals, locals, fromlist, level}, nil)
}

// builtinImport is builtins.__import__.
func builtinImport(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	var nameObj, globals, locals, fromlist Object = nil, None, None, EmptyTuple
	level := 0
	if err := UnpackArgs("__import__", args, kw, "name", &nameObj, "globals?", &globals, "locals?", &locals, "fromlist?", &fromlist, "level?", &level); err != nil {
		return nil, err
	}
	name, ok := AsStr(nameObj)
	if !ok {
		return nil, Errorf(TypeErrorType, "module name must be a string")
	}
	g, isDict := globals.(*Dict)
	if level > 0 && !isDict {
		return nil, Errorf(TypeErrorType, "globals must be a dict")
	}
	return t.ImportModuleLevel(name.s, g, fromlist, level)
}

// ImportModule imports a module by its absolute dotted name and returns
// the module itself (not the top-level package).
func (t *Thread) ImportModule(name string) (Object, error) {
	return t.importAbsolute(name)
}

// ImportModuleLevel implements the import statement's semantics (the
// import system is in import_*.go).
func (t *Thread) ImportModuleLevel(name string, globals *Dict, fromlist Object, level int) (Object, error) {
	return t.importModuleLevel(name, globals, fromlist, level)
}

// importFrom is IMPORT_FROM.
func (t *Thread) importFrom(mod Object, name *Str) (Object, error) {
	v, err := GetAttr(t, mod, name)
	if err == nil {
		return v, nil
	}
	if !IsExceptionOf(err, AttributeErrorType) {
		return nil, err
	}
	pkgName := "<unknown module name>"
	if n, err := GetAttrOpt(t, mod, dnName); err == nil && n != nil {
		if s, ok := AsStr(n); ok {
			pkgName = s.s
			if m := t.interp.modules.GetString(s.s + "." + name.s); m != nil {
				return m, nil
			}
		}
	}
	return nil, importFromError(mod, name, pkgName)
}

// importStar is IMPORT_STAR: from module import *.
func (t *Thread) importStar(f *Frame, mod Object) error {
	var names []Object
	all, err := GetAttrOpt(t, mod, NewStr("__all__"))
	if err != nil {
		return err
	}
	if all != nil {
		names, err = ListFromIterable(t, all)
		if err != nil {
			return err
		}
	} else {
		d, err := GetAttrOpt(t, mod, dnDict)
		if err != nil {
			return err
		}
		if d == nil {
			return Errorf(ImportErrorType, "from-import-* object has no __dict__ and no __all__")
		}
		keys, err := ListFromIterable(t, d)
		if err != nil {
			return err
		}
		for _, k := range keys {
			if s, ok := AsStr(k); ok && !strings.HasPrefix(s.s, "_") {
				names = append(names, k)
			}
		}
	}
	for _, n := range names {
		s, ok := AsStr(n)
		if !ok {
			return starItemError(t, mod, n)
		}
		v, err := GetAttr(t, mod, s)
		if err != nil {
			return err
		}
		if err := storeName(t, f, s, v); err != nil {
			return err
		}
	}
	return nil
}
