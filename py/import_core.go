package py

import (
	"strings"

	"github.com/kaa-lang/kaa/syntax"
)

// The import statement's machinery, following CPython 3.11's
// importlib._bootstrap (and the C fast path in Python/import.c): resolve
// a relative name, look in sys.modules, import the parent package,
// ask the finders of sys.meta_path for a spec, create the module, put it
// in sys.modules, run it, and bind it as an attribute of its parent.

// newImportError returns an ImportError (or subclass) with its msg, name
// and path attributes set, as PyErr_SetImportError does.
func newImportError(typ *Type, msg string, name, path Object) *Exception {
	e := Errorf(typ, "%s", msg)
	if name == nil {
		name = None
	}
	if path == nil {
		path = None
	}
	e.setAttr("msg", e.args.items[0])
	e.setAttr("name", name)
	e.setAttr("path", path)
	return e
}

// moduleNotFound is ModuleNotFoundError("No module named 'name'").
func moduleNotFound(name string) *Exception {
	return newImportError(ModuleNotFoundErrorType, "No module named "+reprName(name), NewStr(name), nil)
}

// reprName is repr() of a str holding a module name.
func reprName(s string) string { return syntax.ReprStr(s) }

// importModuleLevel is __import__(name, globals, fromlist=fromlist,
// level=level) with CPython's checks and return value: the top-level
// package for "import a.b.c", the module itself with a fromlist.
func (t *Thread) importModuleLevel(name string, globals *Dict, fromlist Object, level int) (Object, error) {
	if level < 0 {
		return nil, Errorf(ValueErrorType, "level must be >= 0")
	}
	abs := name
	if level > 0 {
		var err error
		if abs, err = t.resolveRelative(name, globals, level); err != nil {
			return nil, err
		}
	} else if name == "" {
		return nil, Errorf(ValueErrorType, "Empty module name")
	}
	mod, err := t.importAbsolute(abs)
	if err != nil {
		return nil, err
	}
	hasFrom := false
	if fromlist != nil && fromlist != None {
		if hasFrom, err = Truth(t, fromlist); err != nil {
			return nil, err
		}
	}
	if hasFrom {
		path, err := GetAttrOpt(t, mod, snPathAttr)
		if err != nil {
			return nil, err
		}
		if path == nil {
			return mod, nil
		}
		return t.handleFromlist(mod, fromlist, false)
	}
	dot := strings.IndexByte(name, '.')
	switch {
	case level > 0 && name == "":
		return mod, nil
	case dot < 0:
		return mod, nil
	case level == 0:
		return t.importAbsolute(name[:dot])
	}
	cut := len(name) - dot
	top := abs[:len(abs)-cut]
	m := t.interp.modules.GetString(top)
	if m == nil {
		r, _ := Repr(t, NewStr(top))
		return nil, Errorf(KeyErrorType, "%s not in sys.modules as expected", r.s)
	}
	return m, nil
}

// resolveRelative turns a relative module name (level leading dots) into
// an absolute one, from the importing module's __package__, __spec__ or
// __name__, as CPython's resolve_name does.
func (t *Thread) resolveRelative(name string, globals *Dict, level int) (string, error) {
	if globals == nil {
		return "", Errorf(KeyErrorType, "'__name__' not in globals")
	}
	var pkg string
	switch p := globals.GetStr(snPackage); {
	case p != nil && p != None:
		s, ok := AsStr(p)
		if !ok {
			return "", Errorf(TypeErrorType, "package must be a string")
		}
		pkg = s.s
	default:
		if spec := globals.GetStr(snSpec); spec != nil && spec != None {
			parent, err := GetAttrString(t, spec, "parent")
			if err != nil {
				return "", err
			}
			s, ok := AsStr(parent)
			if !ok {
				return "", Errorf(TypeErrorType, "__spec__.parent must be a string")
			}
			pkg = s.s
			break
		}
		n := globals.GetStr(dnName)
		if n == nil {
			return "", Errorf(KeyErrorType, "'__name__' not in globals")
		}
		s, ok := AsStr(n)
		if !ok {
			return "", Errorf(TypeErrorType, "__name__ must be a string")
		}
		pkg = s.s
		if globals.GetStr(snPathAttr) == nil {
			dot := strings.LastIndexByte(pkg, '.')
			if dot < 0 {
				return "", noParentError()
			}
			pkg = pkg[:dot]
		}
	}
	if pkg == "" {
		return "", noParentError()
	}
	end := len(pkg)
	for up := 1; up < level; up++ {
		end = strings.LastIndexByte(pkg[:end], '.')
		if end < 0 {
			return "", newImportError(ImportErrorType, "attempted relative import beyond top-level package", nil, nil)
		}
	}
	if name == "" {
		return pkg[:end], nil
	}
	return pkg[:end] + "." + name, nil
}

func noParentError() error {
	return newImportError(ImportErrorType, "attempted relative import with no known parent package", nil, nil)
}

// importAbsolute imports the module with the absolute dotted name
// (importlib's _gcd_import) and returns it.
func (t *Thread) importAbsolute(name string) (Object, error) {
	if m := t.interp.modules.GetString(name); m != nil {
		if m == None {
			return nil, newImportError(ModuleNotFoundErrorType, "import of "+name+" halted; None in sys.modules", NewStr(name), nil)
		}
		return m, nil
	}
	return t.findAndLoad(name)
}

// findAndLoad imports a module that is not in sys.modules: its parent
// package first, then the module found on the parent's __path__ (or by
// the finders for a top-level module).
func (t *Thread) findAndLoad(name string) (Object, error) {
	in := t.interp
	var path Object
	parent, child := "", name
	if dot := strings.LastIndexByte(name, '.'); dot >= 0 {
		parent, child = name[:dot], name[dot+1:]
		if in.modules.GetString(parent) == nil {
			if _, err := t.importAbsolute(parent); err != nil {
				return nil, err
			}
		}
		// Importing the parent may have imported the module itself.
		if m := in.modules.GetString(name); m != nil {
			return t.importAbsolute(name)
		}
		pm := in.modules.GetString(parent)
		if pm == nil {
			return nil, NewError(KeyErrorType, NewStr(parent))
		}
		p, err := GetAttrOpt(t, pm, snPathAttr)
		if err != nil {
			return nil, err
		}
		if p == nil {
			return nil, newImportError(ModuleNotFoundErrorType,
				"No module named "+reprName(name)+"; "+reprName(parent)+" is not a package", NewStr(name), nil)
		}
		path = p
	}
	spec, err := t.findSpec(name, path)
	if err != nil {
		return nil, err
	}
	if spec == nil {
		return nil, moduleNotFound(name)
	}
	m, err := t.loadSpec(spec)
	if err != nil {
		return nil, err
	}
	if parent != "" {
		if pm := in.modules.GetString(parent); pm != nil {
			// A parent that refuses the attribute only gets an
			// ImportWarning in CPython; the import still succeeds.
			if err := SetAttr(t, pm, NewStr(child), m); err != nil && !IsExceptionOf(err, AttributeErrorType) {
				return nil, err
			}
		}
	}
	return m, nil
}

// loadSpec creates the module a spec describes, registers it in
// sys.modules and runs it (importlib's _load_unlocked). If running it
// fails, the module is removed from sys.modules again.
func (t *Thread) loadSpec(spec Object) (Object, error) {
	in := t.interp
	name, err := specName(t, spec)
	if err != nil {
		return nil, err
	}
	loader, err := specGet(t, spec, snLoader)
	if err != nil {
		return nil, err
	}
	if loader == nil {
		loader = None
	}
	if loader != None && !t.isKaaLoader(loader) {
		if em, err := GetAttrOpt(t, loader, newStaticStr("exec_module")); err != nil {
			return nil, err
		} else if em == nil {
			return t.loadLegacy(loader, name)
		}
	}
	m, err := t.moduleFromSpec(spec, loader, name)
	if err != nil {
		return nil, err
	}
	t.setInitializing(spec, True)
	key := NewStr(name)
	in.modules.SetStr(key, m)
	if loader == None {
		smsl, err := specGet(t, spec, snSubmod)
		if err != nil || smsl == nil || smsl == None {
			in.modules.DelStr(key)
			t.setInitializing(spec, False)
			if err != nil {
				return nil, err
			}
			return nil, newImportError(ImportErrorType, "missing loader", NewStr(name), nil)
		}
	} else if err := t.execModule(loader, m, name); err != nil {
		in.modules.DelStr(key)
		t.setInitializing(spec, False)
		return nil, err
	}
	// Move the module to the end of sys.modules, as CPython does; it may
	// have replaced itself there.
	final := in.modules.GetStr(key)
	if final == nil {
		t.setInitializing(spec, False)
		return nil, NewError(KeyErrorType, key)
	}
	in.modules.DelStr(key)
	in.modules.SetStr(key, final)
	t.setInitializing(spec, False)
	return final, nil
}

// setInitializing sets spec._initializing.
func (t *Thread) setInitializing(spec Object, v Object) {
	if inst, ok := spec.(*Instance); ok && inst.dict != nil {
		inst.dict.SetStr(snInit, v)
		return
	}
	_ = SetAttr(t, spec, snInit, v)
}

// loadLegacy loads a module through a loader that only has the
// pre-PEP 451 load_module method.
func (t *Thread) loadLegacy(loader Object, name string) (Object, error) {
	if _, err := CallMethod(t, loader, "load_module", NewStr(name)); err != nil {
		return nil, err
	}
	m := t.interp.modules.GetString(name)
	if m == nil {
		return nil, NewError(KeyErrorType, NewStr(name))
	}
	return m, nil
}

// isKaaLoader reports whether loader is one of kaa's own loaders (not a
// subclass a program made), whose methods run as Go code directly.
func (t *Thread) isKaaLoader(loader Object) bool {
	if loader == BuiltinImporterType {
		return true
	}
	inst, ok := loader.(*Instance)
	if !ok {
		return false
	}
	switch inst.typ {
	case SourceFileLoaderType, SourcelessFileLoaderType, LibraryLoaderType, NamespaceLoaderType:
		return true
	}
	return false
}

// moduleFromSpec is importlib.util.module_from_spec: the loader's
// create_module, or a new module, with the import attributes set.
func (t *Thread) moduleFromSpec(spec, loader Object, name string) (Object, error) {
	var m Object
	switch {
	case loader == BuiltinImporterType:
		bm, err := t.createBuiltin(name)
		if err != nil {
			return nil, err
		}
		m = bm
	case loader == None || t.isKaaLoader(loader):
	default:
		cm, err := GetAttrOpt(t, loader, newStaticStr("create_module"))
		if err != nil {
			return nil, err
		}
		if cm != nil {
			if m, err = Call(t, cm, []Object{spec}, nil); err != nil {
				return nil, err
			}
		} else {
			em, err := GetAttrOpt(t, loader, newStaticStr("exec_module"))
			if err != nil {
				return nil, err
			}
			if em != nil {
				return nil, Errorf(ImportErrorType, "loaders that define exec_module() must also define create_module()")
			}
		}
	}
	if m == nil || m == None {
		m = NewModule(name)
	}
	if err := t.initModuleAttrs(spec, m, false); err != nil {
		return nil, err
	}
	return m, nil
}

// initModuleAttrs sets a module's __name__, __loader__, __package__,
// __spec__, __path__, __file__ and __cached__ from its spec (importlib's
// _init_module_attrs); without override, only attributes that are
// missing or None.
func (t *Thread) initModuleAttrs(spec, m Object, override bool) error {
	get := func(name *Str) (Object, error) {
		v, err := GetAttrOpt(t, m, name)
		return v, err
	}
	set := func(name *Str, v Object) error {
		if mod, ok := m.(*Module); ok {
			mod.dict.SetStr(name, v)
			return nil
		}
		if err := SetAttr(t, m, name, v); err != nil && !IsExceptionOf(err, AttributeErrorType) {
			return err
		}
		return nil
	}
	missing := func(name *Str) (bool, error) {
		if override {
			return true, nil
		}
		v, err := get(name)
		return v == nil || v == None, err
	}
	for _, step := range []struct {
		attr  *Str
		value func() (Object, error)
	}{
		{dnName, func() (Object, error) { return specGet(t, spec, snName) }},
		{snLoaderMod, func() (Object, error) { return t.specLoaderFor(spec, set) }},
		{snPackage, func() (Object, error) { return GetAttrString(t, spec, "parent") }},
	} {
		miss, err := missing(step.attr)
		if err != nil {
			return err
		}
		if miss {
			v, err := step.value()
			if err != nil {
				return err
			}
			if v != nil {
				if err := set(step.attr, v); err != nil {
					return err
				}
			}
		}
	}
	if err := set(snSpec, spec); err != nil {
		return err
	}
	if miss, err := missing(snPathAttr); err != nil {
		return err
	} else if miss {
		smsl, err := specGet(t, spec, snSubmod)
		if err != nil {
			return err
		}
		if smsl != nil && smsl != None {
			if err := set(snPathAttr, smsl); err != nil {
				return err
			}
		}
	}
	hasLoc, err := GetAttrString(t, spec, "has_location")
	if err != nil {
		return err
	}
	if ok, err := Truth(t, hasLoc); err != nil || !ok {
		return err
	}
	if miss, err := missing(snFile); err != nil || !miss {
		return err
	}
	origin, err := specGet(t, spec, snOrigin)
	if err != nil {
		return err
	}
	if err := set(snFile, origin); err != nil {
		return err
	}
	if miss, err := missing(snCachedMod); err != nil || !miss {
		return err
	}
	cached, err := GetAttrString(t, spec, "cached")
	if err != nil {
		return err
	}
	if cached != None {
		return set(snCachedMod, cached)
	}
	return nil
}

// specLoaderFor returns the loader a module gets from its spec. A
// namespace package's spec has none: as importlib does, it gets a
// NamespaceLoader (stored in the spec too), and the module's __file__ is
// set to None.
func (t *Thread) specLoaderFor(spec Object, set func(*Str, Object) error) (Object, error) {
	loader, err := specGet(t, spec, snLoader)
	if err != nil || (loader != nil && loader != None) {
		return loader, err
	}
	smsl, err := specGet(t, spec, snSubmod)
	if err != nil || smsl == nil || smsl == None {
		return loader, err
	}
	loader = newInstanceOf(NamespaceLoaderType, newStaticStr("_path"), smsl)
	if err := SetAttr(t, spec, snLoader, loader); err != nil {
		return nil, err
	}
	if err := set(snFile, None); err != nil {
		return nil, err
	}
	return loader, nil
}

// handleFromlist imports the submodules a from-import names that are
// not attributes of the package yet (importlib's _handle_fromlist);
// "*" stands for the package's __all__.
func (t *Thread) handleFromlist(mod, fromlist Object, recursive bool) (Object, error) {
	items, err := ListFromIterable(t, fromlist)
	if err != nil {
		return nil, err
	}
	var modName string
	for _, x := range items {
		s, ok := x.(*Str)
		if !ok {
			where := "``from list''"
			if recursive {
				n, err := GetAttr(t, mod, dnName)
				if err != nil {
					return nil, err
				}
				ns, err := StrOf(t, n)
				if err != nil {
					return nil, err
				}
				where = ns.s + ".__all__"
			}
			return nil, Errorf(TypeErrorType, "Item in %s must be str, not %s", where, x.Type().ShortName())
		}
		if s.s == "*" {
			if recursive {
				continue
			}
			all, err := GetAttrOpt(t, mod, snAll)
			if err != nil {
				return nil, err
			}
			if all != nil {
				if _, err := t.handleFromlist(mod, all, true); err != nil {
					return nil, err
				}
			}
			continue
		}
		v, err := GetAttrOpt(t, mod, s)
		if err != nil {
			return nil, err
		}
		if v != nil {
			continue
		}
		if modName == "" {
			n, err := GetAttr(t, mod, dnName)
			if err != nil {
				return nil, err
			}
			ns, err := StrOf(t, n)
			if err != nil {
				return nil, err
			}
			modName = ns.s
		}
		from := modName + "." + s.s
		if _, err := t.importAbsolute(from); err != nil {
			if IsExceptionOf(err, ModuleNotFoundErrorType) {
				if n, ok := AsException(err).attr("name").(*Str); ok && n.s == from && t.interp.modules.GetString(from) != None {
					continue
				}
			}
			return nil, err
		}
	}
	return mod, nil
}
