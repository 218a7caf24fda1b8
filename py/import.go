package py

import (
	"os"
	"path/filepath"
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
	var name *Str
	var globals, locals, fromlist Object = None, None, EmptyTuple
	level := 0
	if err := UnpackArgs("__import__", args, kw, "name", &name, "globals?", &globals, "locals?", &locals, "fromlist?", &fromlist, "level?", &level); err != nil {
		return nil, err
	}
	g, _ := globals.(*Dict)
	if level < 0 {
		return nil, Errorf(ValueErrorType, "level must be >= 0")
	}
	if name.s == "" && level == 0 {
		return nil, Errorf(ValueErrorType, "Empty module name")
	}
	return t.ImportModuleLevel(name.s, g, fromlist, level)
}

// ImportModule imports a module by its absolute dotted name and returns
// the module itself (not the top-level package).
func (t *Thread) ImportModule(name string) (Object, error) {
	return t.importAbsolute(name)
}

// ImportModuleLevel implements the import statement's semantics.
func (t *Thread) ImportModuleLevel(name string, globals *Dict, fromlist Object, level int) (Object, error) {
	abs := name
	if level > 0 {
		pkg, err := t.resolvePackage(globals)
		if err != nil {
			return nil, err
		}
		parts := strings.Split(pkg, ".")
		if level-1 >= len(parts) || pkg == "" {
			if pkg == "" {
				return nil, Errorf(ImportErrorType, "attempted relative import with no known parent package")
			}
			return nil, Errorf(ImportErrorType, "attempted relative import beyond top-level package")
		}
		base := strings.Join(parts[:len(parts)-(level-1)], ".")
		if name == "" {
			abs = base
		} else {
			abs = base + "." + name
		}
	}
	mod, err := t.importAbsolute(abs)
	if err != nil {
		return nil, err
	}
	hasFrom := false
	if fromlist != nil && fromlist != None {
		if n, err := Len(t, fromlist); err == nil && n > 0 {
			hasFrom = true
		}
	}
	if !hasFrom {
		if level == 0 || name != "" {
			first := name
			if i := strings.IndexByte(name, '.'); i >= 0 {
				first = name[:i]
			}
			if level == 0 {
				return t.interp.modules.GetString(first), nil
			}
			// Relative: return the module named by the first component
			// after the base.
			cut := len(abs) - len(name) + len(first)
			if m := t.interp.modules.GetString(abs[:cut]); m != nil {
				return m, nil
			}
		}
		return mod, nil
	}
	if m, ok := mod.(*Module); ok && m.dict.GetString("__path__") != nil {
		items, err := ListFromIterable(t, fromlist)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			s, ok := AsStr(it)
			if !ok {
				return nil, Errorf(TypeErrorType, "Item in %s.__all__ must be str, not %s", m.Name(), TypeName(it))
			}
			if s.s == "*" {
				if all := m.dict.GetString("__all__"); all != nil {
					subs, err := ListFromIterable(t, all)
					if err != nil {
						return nil, err
					}
					for _, sub := range subs {
						if ss, ok := AsStr(sub); ok && m.dict.GetStr(ss) == nil {
							if _, err := t.importAbsolute(abs + "." + ss.s); err != nil && !IsExceptionOf(err, ModuleNotFoundErrorType) {
								return nil, err
							}
						}
					}
				}
				continue
			}
			if m.dict.GetStr(s) == nil {
				if _, err := t.importAbsolute(abs + "." + s.s); err != nil {
					if IsExceptionOf(err, ModuleNotFoundErrorType) && AsException(err).attr("name") != None {
						if n, ok := AsException(err).attr("name").(*Str); ok && n.s == abs+"."+s.s {
							continue
						}
					}
					return nil, err
				}
			}
		}
	}
	return mod, nil
}

// resolvePackage computes __package__ for a relative import.
func (t *Thread) resolvePackage(globals *Dict) (string, error) {
	if globals == nil {
		return "", Errorf(KeyErrorType, "'__name__' not in globals")
	}
	if p, ok := globals.GetString("__package__").(*Str); ok {
		return p.s, nil
	}
	n, ok := globals.GetStr(dnName).(*Str)
	if !ok {
		return "", Errorf(KeyErrorType, "'__name__' not in globals")
	}
	if globals.GetString("__path__") != nil {
		return n.s, nil
	}
	if i := strings.LastIndexByte(n.s, '.'); i >= 0 {
		return n.s[:i], nil
	}
	return "", nil
}

// importAbsolute imports a dotted module name, importing its parents
// first, and returns the module.
func (t *Thread) importAbsolute(name string) (Object, error) {
	in := t.interp
	if m := in.modules.GetString(name); m != nil {
		if m == None {
			e := Errorf(ModuleNotFoundErrorType, "import of %s halted; None in sys.modules", name)
			e.setAttr("name", NewStr(name))
			return nil, e
		}
		return m, nil
	}
	var parent Object
	var path Object
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		p, err := t.importAbsolute(name[:i])
		if err != nil {
			return nil, err
		}
		parent = p
		if m := in.modules.GetString(name); m != nil {
			return m, nil
		}
		path, _ = GetAttrOpt(t, p, NewStr("__path__"))
		if path == nil {
			e := Errorf(ModuleNotFoundErrorType, "No module named '%s'; '%s' is not a package", name, name[:i])
			e.setAttr("name", NewStr(name))
			return nil, e
		}
	}
	m, err := t.findAndLoad(name, path)
	if err != nil {
		return nil, err
	}
	if parent != nil {
		short := name[strings.LastIndexByte(name, '.')+1:]
		if err := SetAttr(t, parent, NewStr(short), m); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// findAndLoad locates a module (Go modules, kaa's own library, then the
// directories of sys.path or of the parent package) and executes it.
func (t *Thread) findAndLoad(name string, path Object) (Object, error) {
	in := t.interp
	if path == nil {
		if initf, ok := in.goModules[name]; ok {
			m, err := initf(in)
			if err != nil {
				return nil, err
			}
			if m.dict.GetString("__spec__") == nil {
				m.dict.SetString("__spec__", None)
			}
			in.modules.SetString(name, m)
			return m, nil
		}
	}
	if in.libLoader != nil {
		if src, file, isPkg, ok := in.libLoader(name); ok {
			return t.execModuleSource(name, src, file, isPkg, "")
		}
	}
	src, file, isPkg, dir, err := t.locateIn(name, path)
	if err != nil {
		return nil, err
	}
	return t.execModuleSource(name, src, file, isPkg, dir)
}

// locateSource finds the source file of a module by its dotted name
// (importing its parent packages for their __path__).
func (t *Thread) locateSource(name string) ([]byte, string, bool, error) {
	var path Object
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		p, err := t.importAbsolute(name[:i])
		if err != nil {
			return nil, "", false, err
		}
		path, _ = GetAttrOpt(t, p, NewStr("__path__"))
	}
	src, file, isPkg, _, err := t.locateIn(name, path)
	return src, file, isPkg, err
}

// locateIn searches the directories of path (or sys.path) for a module
// or package called by the last component of name.
func (t *Thread) locateIn(name string, path Object) ([]byte, string, bool, string, error) {
	in := t.interp
	var dirs []string
	if path != nil {
		items, err := ListFromIterable(t, path)
		if err != nil {
			return nil, "", false, "", err
		}
		for _, it := range items {
			if s, ok := AsStr(it); ok {
				dirs = append(dirs, s.s)
			}
		}
	} else if sp, ok := in.sys.Get("path").(*List); ok {
		for _, it := range sp.items {
			if s, ok := AsStr(it); ok {
				dirs = append(dirs, s.s)
			}
		}
	}
	short := name[strings.LastIndexByte(name, '.')+1:]
	for _, d := range dirs {
		dir := d
		if dir == "" {
			dir = "."
		}
		pkgInit := filepath.Join(dir, short, "__init__.py")
		if src, err := os.ReadFile(pkgInit); err == nil {
			return src, displayPath(d, filepath.Join(short, "__init__.py")), true, filepath.Join(dir, short), nil
		}
		file := filepath.Join(dir, short+".py")
		if src, err := os.ReadFile(file); err == nil {
			return src, displayPath(d, short+".py"), false, "", nil
		}
	}
	e := Errorf(ModuleNotFoundErrorType, "No module named '%s'", name)
	e.setAttr("name", NewStr(name))
	return nil, "", false, "", e
}

// displayPath joins a sys.path entry and a file name as CPython shows
// module files (absolute when the entry is).
func displayPath(dir, file string) string {
	if dir == "" {
		if abs, err := filepath.Abs(file); err == nil {
			return abs
		}
		return file
	}
	return filepath.Join(dir, file)
}

// execModuleSource compiles and runs a module's source in a new module
// registered in sys.modules (and removed again if it fails).
func (t *Thread) execModuleSource(name string, src []byte, filename string, isPkg bool, pkgDir string) (Object, error) {
	in := t.interp
	m := NewModule(name)
	m.dict.SetString("__file__", NewStr(filename))
	if isPkg {
		dir := pkgDir
		if dir == "" {
			dir = filepath.Dir(filename)
		}
		m.dict.SetString("__path__", NewList([]Object{NewStr(dir)}))
		m.dict.SetString("__package__", NewStr(name))
	} else if i := strings.LastIndexByte(name, '.'); i >= 0 {
		m.dict.SetString("__package__", NewStr(name[:i]))
	} else {
		m.dict.SetString("__package__", emptyStr)
	}
	m.dict.SetString("__builtins__", in.builtins)
	code, err := in.CompileSource(src, filename, "exec")
	if err != nil {
		return nil, err
	}
	in.modules.SetString(name, m)
	if _, err := t.RunCode(code, m.dict, nil); err != nil {
		in.modules.DelStr(NewStr(name))
		return nil, err
	}
	if v := in.modules.GetString(name); v != nil {
		return v, nil
	}
	return m, nil
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
	where := "unknown location"
	if f, err := GetAttrOpt(t, mod, NewStr("__file__")); err == nil && f != nil {
		if s, ok := AsStr(f); ok {
			where = s.s
		}
	}
	var e *Exception
	if m, ok := mod.(*Module); ok && m.initializing {
		e = Errorf(ImportErrorType, "cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import) (%s)", name.s, pkgName, where)
	} else {
		e = Errorf(ImportErrorType, "cannot import name '%s' from '%s' (%s)", name.s, pkgName, where)
	}
	e.setAttr("name", NewStr(pkgName))
	e.setAttr("msg", e.args.items[0])
	return nil, e
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
			return Errorf(TypeErrorType, "Item in %s.__all__ must be str, not %s", "module", TypeName(n))
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
