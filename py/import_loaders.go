package py

import (
	"strings"

	"github.com/kaa-lang/kaa/internal/pycache"
	"github.com/kaa-lang/kaa/syntax"
)

// The Python-visible methods of kaa's finders and loaders. The import
// statement calls the Go functions behind them directly; these methods
// serve programs (and importlib's Python modules) that call them.

func init() {
	initFileLoader()
	initBuiltinImporter()
	initPathFinder()
	initNamespaceLoader()
}

// loaderSelf returns the __dict__ of a loader instance.
func loaderSelf(fn string, self Object) (*Dict, error) {
	d := instanceDictOf(self)
	if d == nil {
		return nil, Errorf(TypeErrorType, "%s() needs a loader instance", fn)
	}
	return d, nil
}

// checkLoaderName is importlib's _check_name: the name asked for must be
// the loader's (None means the loader's).
func checkLoaderName(d *Dict, name Object) (string, error) {
	own, _ := dictStr(d, snName)
	if name == nil || name == None {
		return own, nil
	}
	s, ok := AsStr(name)
	if !ok || s.s != own {
		return "", newImportError(ImportErrorType, "loader for "+own+" cannot handle "+strOrRepr(name), name, nil)
	}
	return own, nil
}

func strOrRepr(o Object) string {
	if s, ok := AsStr(o); ok {
		return s.s
	}
	r, err := Repr(nil, o)
	if err != nil {
		return "?"
	}
	return r.s
}

// loaderData reads a file for a loader: the embedded source for the
// library loader, the file system otherwise.
func (t *Thread) loaderData(d *Dict, typ *Type, path string) ([]byte, error) {
	if typ == LibraryLoaderType || t.isLibEntry(path) {
		name, _ := dictStr(d, snName)
		if src, file, _, ok := t.interp.libLoader(name); ok && file == path {
			return src, nil
		}
	}
	data, err := pycache.ReadFile(t.interp.System(), path)
	if err != nil {
		return nil, OSErrorFrom(err, NewStr(path))
	}
	return data, nil
}

// decodeSourceText is importlib's decode_source: the source's encoding
// (PEP 263) and universal newlines.
func decodeSourceText(src []byte, filename string) (*Str, error) {
	text, _, err := syntax.DecodeSource(src, filename)
	if err != nil {
		return nil, Errorf(SyntaxErrorType, "%s", err.Msg)
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	return NewStr(text), nil
}

func initFileLoader() {
	typ := FileLoaderType
	typ.Doc = "Base file loader class which implements the loader protocol methods that require file system usage."
	for _, lt := range []*Type{FileLoaderType, SourceFileLoaderType, SourcelessFileLoaderType, LibraryLoaderType} {
		lt.Slots.New = newLoaderInstance
		lt.Slots.Init = fileLoaderInit
		lt.Slots.Compare = fileLoaderCompare
		lt.Slots.Hash = fileLoaderHash
	}
	typ.AddMethod("get_filename", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		var name Object = None
		if err := UnpackArgs("get_filename", args, kw, "name?", &name); err != nil {
			return nil, err
		}
		d, err := loaderSelf("get_filename", self)
		if err != nil {
			return nil, err
		}
		if _, err := checkLoaderName(d, name); err != nil {
			return nil, err
		}
		return d.GetStr(snPath), nil
	}, "Return the path to the source file as found by the finder.")
	typ.AddMethod("get_data", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		var path *Str
		if err := UnpackArgs("get_data", args, kw, "path", &path); err != nil {
			return nil, err
		}
		d, err := loaderSelf("get_data", self)
		if err != nil {
			return nil, err
		}
		data, err := t.loaderData(d, self.Type(), path.s)
		if err != nil {
			return nil, err
		}
		return NewBytes(data), nil
	}, "Return the data from path as raw bytes.")
	typ.AddMethod("is_package", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		var name Object = None
		if err := UnpackArgs("is_package", args, kw, "fullname?", &name); err != nil {
			return nil, err
		}
		d, err := loaderSelf("is_package", self)
		if err != nil {
			return nil, err
		}
		full, err := checkLoaderName(d, name)
		if err != nil {
			return nil, err
		}
		path, _ := dictStr(d, snPath)
		tail := full[strings.LastIndexByte(full, '.')+1:]
		return Bool(isPackageFile(path) && tail != "__init__"), nil
	}, "Concrete implementation of InspectLoader.is_package by checking if the path returned by get_filename has a filename of '__init__.py'.")
	typ.AddMethod("create_module", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := CheckArgs("create_module", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return None, nil
	}, "Use default semantics for module creation.")
	typ.AddMethod("get_code", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		var name Object = None
		if err := UnpackArgs("get_code", args, kw, "fullname?", &name); err != nil {
			return nil, err
		}
		return t.loaderGetCode(self, name)
	}, "Return the code object of the module.")
	typ.AddMethod("exec_module", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		var m Object
		if err := UnpackArgs("exec_module", args, kw, "module", &m); err != nil {
			return nil, err
		}
		name, err := GetAttr(t, m, dnName)
		if err != nil {
			return nil, err
		}
		code, err := t.loaderGetCode(self, name)
		if err != nil {
			return nil, err
		}
		c, ok := code.(*Code)
		if !ok {
			return nil, newImportError(ImportErrorType, "cannot load module "+strOrRepr(name)+" when get_code() returns None", nil, nil)
		}
		return None, t.runModuleCode(c, m)
	}, "Execute the module.")
	typ.AddMethod("get_source", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		var name Object = None
		if err := UnpackArgs("get_source", args, kw, "fullname?", &name); err != nil {
			return nil, err
		}
		d, err := loaderSelf("get_source", self)
		if err != nil {
			return nil, err
		}
		if _, err := checkLoaderName(d, name); err != nil {
			return nil, err
		}
		if self.Type().IsSubtype(SourcelessFileLoaderType) {
			return None, nil
		}
		path, _ := dictStr(d, snPath)
		data, err := t.loaderData(d, self.Type(), path)
		if err != nil {
			return nil, err
		}
		return decodeSourceText(data, path)
	}, "Return the source code of the module, decoded.")
	typ.AddMethod("load_module", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		var name Object = None
		if err := UnpackArgs("load_module", args, kw, "fullname?", &name); err != nil {
			return nil, err
		}
		d, err := loaderSelf("load_module", self)
		if err != nil {
			return nil, err
		}
		full, err := checkLoaderName(d, name)
		if err != nil {
			return nil, err
		}
		path, _ := dictStr(d, snPath)
		var smsl Object
		if isPackageFile(path) {
			smsl = NewList([]Object{NewStr(path[:strings.LastIndexAny(path, "/\\")])})
		}
		spec := t.specFromFile(full, path, self, smsl)
		if m := t.interp.modules.GetString(full); m != nil {
			if err := t.initModuleAttrs(spec, m, true); err != nil {
				return nil, err
			}
			if err := t.execModule(self, m, full); err != nil {
				return nil, err
			}
			return t.interp.modules.GetString(full), nil
		}
		return t.loadSpec(spec)
	}, "Load a module from a file (deprecated; use exec_module()).")
	SourceFileLoaderType.AddMethod("path_stats", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		var path *Str
		if err := UnpackArgs("path_stats", args, kw, "path", &path); err != nil {
			return nil, err
		}
		st, err := t.interp.System().Stat(path.s)
		if err != nil {
			return nil, OSErrorFrom(err, path)
		}
		d := NewDict()
		d.SetString("mtime", Float(float64(st.ModTime().UnixNano())/1e9))
		d.SetString("size", NewInt(st.Size()))
		return d, nil
	}, "Return the metadata for the path.")
	SourceFileLoaderType.AddMethod("source_to_code", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		var data, path Object
		optimize := -1
		if err := UnpackArgs("source_to_code", args, kw, "data", &data, "path", &path, "*", "_optimize?", &optimize); err != nil {
			return nil, err
		}
		src, ok := BytesLike(data)
		if !ok {
			s, isStr := AsStr(data)
			if !isStr {
				return nil, Errorf(TypeErrorType, "source_to_code() expects bytes or str, not %s", TypeName(data))
			}
			src = []byte(s.s)
		}
		p, err := StrOf(t, path)
		if err != nil {
			return nil, err
		}
		if optimize < 0 {
			optimize = t.interp.imp.optimize
		}
		c, cerr := pycache.Compile(src, p.s, optimize, nil)
		if cerr != nil {
			return nil, t.interp.syntaxErrorFrom(cerr, src)
		}
		return t.interp.NewCode(c), nil
	}, "Return the code object compiled from source.")
}

// newLoaderInstance is the New slot of the loader types.
func newLoaderInstance(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
	return newInstance(typ), nil
}

// fileLoaderInit is FileLoader.__init__(fullname, path).
func fileLoaderInit(t *Thread, o Object, args []Object, kw *Tuple) error {
	var name, path Object
	if err := UnpackArgs(o.Type().ShortName(), args, kw, "fullname", &name, "path", &path); err != nil {
		return err
	}
	d := instanceDictOf(o)
	d.SetStr(snName, name)
	d.SetStr(snPath, path)
	return nil
}

// fileLoaderCompare is FileLoader.__eq__: same class, same attributes.
func fileLoaderCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	if op != CmpEQ && op != CmpNE {
		return NotImplemented, nil
	}
	eq := false
	if a.Type() == b.Type() {
		var err error
		if eq, err = Equal(t, instanceDictOf(a), instanceDictOf(b)); err != nil {
			return nil, err
		}
	}
	return Bool(eq == (op == CmpEQ)), nil
}

// fileLoaderHash is FileLoader.__hash__: hash(name) ^ hash(path).
func fileLoaderHash(t *Thread, o Object) (int64, error) {
	d := instanceDictOf(o)
	var h int64
	for _, k := range []*Str{snName, snPath} {
		if v := d.GetStr(k); v != nil {
			x, err := Hash(t, v)
			if err != nil {
				return 0, err
			}
			h ^= x
		}
	}
	if h == -1 {
		h = -2
	}
	return h, nil
}

// loaderGetCode is get_code(fullname) of kaa's file loaders.
func (t *Thread) loaderGetCode(self, name Object) (Object, error) {
	d, err := loaderSelf("get_code", self)
	if err != nil {
		return nil, err
	}
	full, err := checkLoaderName(d, name)
	if err != nil {
		return nil, err
	}
	inst, _ := self.(*Instance)
	typ := inst.typ
	for typ != nil && typ != SourceFileLoaderType && typ != SourcelessFileLoaderType && typ != LibraryLoaderType {
		typ = typ.Base
	}
	if typ == nil {
		return None, nil
	}
	code, err := t.loaderCode(&Instance{typ: typ, dict: d}, full)
	if err != nil {
		return nil, err
	}
	return code, nil
}

func initBuiltinImporter() {
	typ := BuiltinImporterType
	typ.Doc = "Meta path import for built-in modules.\n\nAll methods are either class or static methods to avoid the need to\ninstantiate the class."
	typ.AddAttr("_ORIGIN", NewStr("built-in"))
	typ.AddClassMethod("find_spec", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		var name *Str
		var path, target Object = None, None
		if err := UnpackArgs("find_spec", args, kw, "fullname", &name, "path?", &path, "target?", &target); err != nil {
			return nil, err
		}
		if spec := t.builtinSpec(name.s); spec != nil {
			return spec, nil
		}
		return None, nil
	}, "Find the spec of a built-in module.")
	typ.AddStaticMethod("create_module", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := CheckArgs("create_module", args, kw, 1, 1); err != nil {
			return nil, err
		}
		name, err := specName(t, args[0])
		if err != nil {
			return nil, err
		}
		if !t.interp.isBuiltinModule(name) {
			return nil, newImportError(ImportErrorType, reprName(name)+" is not a built-in module", NewStr(name), nil)
		}
		return t.createBuiltin(name)
	}, "Create a built-in module")
	typ.AddStaticMethod("exec_module", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := CheckArgs("exec_module", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return None, nil
	}, "Exec a built-in module")
	for _, name := range []string{"get_code", "get_source"} {
		name := name
		typ.AddClassMethod(name, func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := CheckArgs(name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			return None, nil
		}, "Return None as built-in modules do not have code objects.")
	}
	typ.AddClassMethod("is_package", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := CheckArgs("is_package", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return False, nil
	}, "Return False as built-in modules are never packages.")
}

func initPathFinder() {
	typ := PathFinderType
	typ.Doc = "Meta path finder for sys.path and package __path__ attributes."
	typ.AddClassMethod("find_spec", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		var name *Str
		var path, target Object = None, None
		if err := UnpackArgs("find_spec", args, kw, "fullname", &name, "path?", &path, "target?", &target); err != nil {
			return nil, err
		}
		if path == None {
			path = nil
		}
		spec, err := t.pathFinderSpec(name.s, path)
		if err != nil || spec == nil {
			return None, err
		}
		return spec, nil
	}, "Try to find a spec for 'fullname' on sys.path or 'path'.")
	typ.AddClassMethod("invalidate_caches", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return None, nil
	}, "Call the invalidate_caches() method on all path entry finders (kaa's path finder keeps no cache).")
}

func initNamespaceLoader() {
	typ := NamespaceLoaderType
	typ.Slots.New = func(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
		return newInstance(typ), nil
	}
	typ.Slots.Init = func(t *Thread, o Object, args []Object, kw *Tuple) error {
		var name, path, finder Object
		if err := UnpackArgs("NamespaceLoader", args, kw, "name", &name, "path", &path, "path_finder", &finder); err != nil {
			return err
		}
		instanceDictOf(o).SetString("_path", path)
		return nil
	}
	typ.AddMethod("is_package", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return True, nil
	}, "")
	typ.AddMethod("get_source", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return emptyStr, nil
	}, "")
	typ.AddMethod("get_code", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		c, err := pycache.Compile(nil, "<string>", 0, nil)
		if err != nil {
			return nil, t.interp.syntaxErrorFrom(err, nil)
		}
		return t.interp.NewCode(c), nil
	}, "")
	typ.AddMethod("create_module", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return None, nil
	}, "Use default semantics for module creation.")
	typ.AddMethod("exec_module", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return None, nil
	}, "")
}
