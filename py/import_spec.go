package py

// Module specs and loaders: the objects importlib describes modules with
// (PEP 451). kaa's import machinery is Go code, but the objects it leaves
// on modules (__spec__, __loader__) are the ones CPython's importlib
// makes, with the same attributes, so that programs that look at them
// (and importlib.util, inspect, runpy-style code) work. Their types live
// in the modules _frozen_importlib and _frozen_importlib_external, as in
// CPython, and their instances keep their state in their __dict__, so
// Python subclasses of the loaders work too.

// Names of spec and loader attributes.
var (
	snName      = newStaticStr("name")
	snLoader    = newStaticStr("loader")
	snOrigin    = newStaticStr("origin")
	snState     = newStaticStr("loader_state")
	snSubmod    = newStaticStr("submodule_search_locations")
	snFileattr  = newStaticStr("_set_fileattr")
	snCached    = newStaticStr("_cached")
	snInit      = newStaticStr("_initializing")
	snPath      = newStaticStr("path")
	snSpec      = newStaticStr("__spec__")
	snFile      = newStaticStr("__file__")
	snCachedMod = newStaticStr("__cached__")
	snPackage   = newStaticStr("__package__")
	snPathAttr  = newStaticStr("__path__")
	snLoaderMod = newStaticStr("__loader__")
	snAll       = newStaticStr("__all__")
)

// newImportlibType makes one of importlib's types: instances have a
// __dict__ holding their state and may be subclassed.
func newImportlibType(module, name string, base *Type) *Type {
	typ := NewBuiltinType(name, base, FlagBaseType|FlagHasDict)
	typ.AddAttr("__module__", NewStr(module))
	return typ
}

// The types of importlib's objects.
var (
	// ModuleSpecType is importlib.machinery.ModuleSpec.
	ModuleSpecType = newImportlibType("_frozen_importlib", "ModuleSpec", nil)
	// BuiltinImporterType finds and loads the modules implemented in Go;
	// like CPython's, the class itself is the finder and the loader.
	BuiltinImporterType = newImportlibType("_frozen_importlib", "BuiltinImporter", nil)
	// PathFinderType finds modules on sys.path and packages' __path__
	// (the class itself sits in sys.meta_path).
	PathFinderType = newImportlibType("_frozen_importlib_external", "PathFinder", nil)
	// FileLoaderType is the base of the loaders of files.
	FileLoaderType = newImportlibType("_frozen_importlib_external", "FileLoader", nil)
	// SourceFileLoaderType loads a module from its .py file, through the
	// bytecode cache.
	SourceFileLoaderType = newImportlibType("_frozen_importlib_external", "SourceFileLoader", FileLoaderType)
	// SourcelessFileLoaderType loads a module from a .pyc file with no
	// source beside it.
	SourcelessFileLoaderType = newImportlibType("_frozen_importlib_external", "SourcelessFileLoader", FileLoaderType)
	// LibraryLoaderType loads kaa's own Python modules, embedded in the
	// binary (compiled on import, never cached on disk).
	LibraryLoaderType = newImportlibType("_frozen_importlib_external", "LibraryLoader", FileLoaderType)
	// NamespaceLoaderType is the loader of namespace packages (folders
	// without __init__.py).
	NamespaceLoaderType = newImportlibType("_frozen_importlib_external", "NamespaceLoader", nil)
	// NamespacePathType is the type of a namespace package's __path__.
	NamespacePathType = NewBuiltinType("_NamespacePath", nil, 0)
)

// newInstanceOf makes an instance of one of importlib's types with the
// given attributes (name, value pairs).
func newInstanceOf(typ *Type, attrs ...Object) *Instance {
	inst := &Instance{typ: typ, dict: NewDictSize(len(attrs) / 2)}
	for i := 0; i+1 < len(attrs); i += 2 {
		inst.dict.SetStr(attrs[i].(*Str), attrs[i+1])
	}
	return inst
}

// newSpec returns a ModuleSpec as importlib's ModuleSpec(name, loader,
// origin=origin) makes it, with submodule_search_locations smsl (nil:
// None).
func newSpec(name string, loader, origin Object, smsl Object) *Instance {
	if smsl == nil {
		smsl = None
	}
	return newInstanceOf(ModuleSpecType,
		snName, NewStr(name), snLoader, loader, snOrigin, origin, snState, None,
		snSubmod, smsl, snFileattr, False, snCached, None)
}

// specFromFile is importlib.util.spec_from_file_location for the
// loaders kaa makes: the spec has a location (__file__ is set from it)
// and its cached path computed now.
func (t *Thread) specFromFile(name, path string, loader Object, smsl Object) *Instance {
	spec := newSpec(name, loader, NewStr(path), smsl)
	spec.dict.SetStr(snFileattr, True)
	spec.dict.SetStr(snCached, t.cachedFor(path))
	return spec
}

// specGet reads an attribute of a spec: straight from the dict of a
// ModuleSpec made by kaa, through getattr for anything else (a spec from
// a finder written in Python). A missing attribute is nil.
func specGet(t *Thread, spec Object, name *Str) (Object, error) {
	if inst, ok := spec.(*Instance); ok && inst.typ == ModuleSpecType {
		if name == snName || name == snLoader || name == snOrigin || name == snSubmod {
			return inst.dict.GetStr(name), nil
		}
	}
	return GetAttrOpt(t, spec, name)
}

// specName returns spec.name as a Go string.
func specName(t *Thread, spec Object) (string, error) {
	v, err := specGet(t, spec, snName)
	if err != nil {
		return "", err
	}
	s, ok := v.(*Str)
	if !ok {
		return "", Errorf(TypeErrorType, "module spec name must be str")
	}
	return s.s, nil
}

// optStr converts "" to None.
func optStr(s string) Object {
	if s == "" {
		return None
	}
	return NewStr(s)
}

// instanceDictOf returns the __dict__ of an importlib object (nil if it
// has none).
func instanceDictOf(o Object) *Dict {
	if inst, ok := o.(*Instance); ok {
		return inst.dict
	}
	return nil
}

// dictStr returns d[name] if it is a str.
func dictStr(d *Dict, name *Str) (string, bool) {
	if d == nil {
		return "", false
	}
	s, ok := d.GetStr(name).(*Str)
	if !ok {
		return "", false
	}
	return s.s, true
}

func init() {
	initModuleSpecType()
	initNamespacePathType()
}

func initModuleSpecType() {
	typ := ModuleSpecType
	typ.Doc = "The specification for a module, used for loading."
	typ.Slots.New = func(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
		return newInstance(typ), nil
	}
	typ.Slots.Init = func(t *Thread, o Object, args []Object, kw *Tuple) error {
		var name *Str
		var loader, origin, state, isPkg Object = nil, None, None, None
		if err := UnpackArgs("ModuleSpec", args, kw, "name", &name, "loader", &loader, "*",
			"origin?", &origin, "loader_state?", &state, "is_package?", &isPkg); err != nil {
			return err
		}
		d := o.(*Instance).dict
		d.SetStr(snName, name)
		d.SetStr(snLoader, loader)
		d.SetStr(snOrigin, origin)
		d.SetStr(snState, state)
		pkg, err := Truth(t, isPkg)
		if err != nil {
			return err
		}
		if pkg {
			d.SetStr(snSubmod, NewList(nil))
		} else {
			d.SetStr(snSubmod, None)
		}
		d.SetStr(snFileattr, False)
		d.SetStr(snCached, None)
		return nil
	}
	typ.Slots.Repr = func(t *Thread, o Object) (Object, error) {
		var parts []string
		for _, f := range []*Str{snName, snLoader, snOrigin, snSubmod} {
			v, err := GetAttr(t, o, f)
			if err != nil {
				return nil, err
			}
			if v == None && (f == snOrigin || f == snSubmod) {
				continue
			}
			var r *Str
			if f == snSubmod {
				r, err = StrOf(t, v)
			} else {
				r, err = Repr(t, v)
			}
			if err != nil {
				return nil, err
			}
			parts = append(parts, f.s+"="+r.s)
		}
		return NewStr(o.Type().ShortName() + "(" + joinStrings(parts, ", ") + ")"), nil
	}
	typ.Slots.Compare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		if op != CmpEQ && op != CmpNE {
			return NotImplemented, nil
		}
		eq := true
		for _, f := range []string{"name", "loader", "origin", "submodule_search_locations", "cached", "has_location"} {
			x, err := GetAttrString(t, a, f)
			if err != nil {
				return nil, err
			}
			y, err := GetAttrString(t, b, f)
			if err != nil {
				if IsExceptionOf(err, AttributeErrorType) {
					return NotImplemented, nil
				}
				return nil, err
			}
			same, err := Equal(t, x, y)
			if err != nil {
				return nil, err
			}
			if !same {
				eq = false
				break
			}
		}
		return Bool(eq == (op == CmpEQ)), nil
	}
	typ.AddGetSet("cached", func(t *Thread, o Object) (Object, error) {
		d := instanceDictOf(o)
		if d == nil {
			return None, nil
		}
		c := d.GetStr(snCached)
		if c == nil || c == None {
			if origin, ok := dictStr(d, snOrigin); ok && d.GetStr(snFileattr) == True && !t.isLibEntry(origin) {
				c = t.cachedFor(origin)
				d.SetStr(snCached, c)
			}
		}
		if c == nil {
			c = None
		}
		return c, nil
	}, func(t *Thread, o Object, v Object) error {
		if d := instanceDictOf(o); d != nil {
			if v == nil {
				v = None
			}
			d.SetStr(snCached, v)
		}
		return nil
	}, "")
	typ.AddGetSet("parent", func(t *Thread, o Object) (Object, error) {
		name, err := GetAttr(t, o, snName)
		if err != nil {
			return nil, err
		}
		s, ok := AsStr(name)
		if !ok {
			return None, nil
		}
		smsl, err := GetAttr(t, o, snSubmod)
		if err != nil {
			return nil, err
		}
		if smsl != None {
			return s, nil
		}
		for i := len(s.s) - 1; i >= 0; i-- {
			if s.s[i] == '.' {
				return NewStr(s.s[:i]), nil
			}
		}
		return emptyStr, nil
	}, nil, "The name of the module's parent.")
	typ.AddGetSet("has_location", func(t *Thread, o Object) (Object, error) {
		if d := instanceDictOf(o); d != nil && d.GetStr(snFileattr) == True {
			return True, nil
		}
		return False, nil
	}, func(t *Thread, o Object, v Object) error {
		if d := instanceDictOf(o); d != nil {
			b, err := Truth(t, v)
			if err != nil {
				return err
			}
			d.SetStr(snFileattr, Bool(b))
		}
		return nil
	}, "")
}

// NamespacePath is the __path__ of a namespace package: the list of its
// folders, shown as _NamespacePath([...]). (CPython's recomputes itself
// when sys.path changes; kaa's keeps the folders found at import.)
type NamespacePath struct{ l *List }

// Type returns NamespacePathType.
func (*NamespacePath) Type() *Type { return NamespacePathType }

func initNamespacePathType() {
	typ := NamespacePathType
	typ.AddAttr("__module__", NewStr("_frozen_importlib_external"))
	s := &typ.Slots
	s.Repr = func(t *Thread, o Object) (Object, error) {
		r, err := Repr(t, o.(*NamespacePath).l)
		if err != nil {
			return nil, err
		}
		return NewStr("_NamespacePath(" + r.s + ")"), nil
	}
	s.Iter = func(t *Thread, o Object) (Object, error) { return Iter(t, o.(*NamespacePath).l) }
	s.Len = func(t *Thread, o Object) (int, error) { return len(o.(*NamespacePath).l.items), nil }
	s.GetItem = func(t *Thread, o, k Object) (Object, error) { return GetItem(t, o.(*NamespacePath).l, k) }
	s.SetItem = func(t *Thread, o, k, v Object) error {
		if v == nil {
			return DelItem(t, o.(*NamespacePath).l, k)
		}
		return SetItem(t, o.(*NamespacePath).l, k, v)
	}
	s.Contains = func(t *Thread, o, v Object) (bool, error) { return Contains(t, o.(*NamespacePath).l, v) }
	typ.AddMethod("append", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := CheckArgs("append", args, kw, 1, 1); err != nil {
			return nil, err
		}
		p := self.(*NamespacePath)
		p.l.items = append(p.l.items, args[0])
		return None, nil
	}, "Append an entry to the path.")
}

// newNamespacePath returns a _NamespacePath holding dirs.
func newNamespacePath(dirs []string) Object {
	items := make([]Object, len(dirs))
	for i, d := range dirs {
		items[i] = NewStr(d)
	}
	return &NamespacePath{l: NewList(items)}
}

// joinStrings joins parts with sep.
func joinStrings(parts []string, sep string) string {
	n := 0
	for _, p := range parts {
		n += len(p) + len(sep)
	}
	b := make([]byte, 0, n)
	for i, p := range parts {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, p...)
	}
	return string(b)
}

// moduleRepr is repr() of a module, as importlib's _module_repr words
// it: from the module's __spec__ when it has one, else from __file__ or
// __loader__.
func moduleRepr(t *Thread, m Object) (Object, error) {
	get := func(o Object, name string) (Object, error) {
		v, err := GetAttrOpt(t, o, NewStr(name))
		if v == nil && err == nil {
			v = None
		}
		return v, err
	}
	quote := func(o Object) (string, error) {
		r, err := Repr(t, o)
		if err != nil {
			return "", err
		}
		return r.s, nil
	}
	spec, err := get(m, "__spec__")
	if err != nil {
		return nil, err
	}
	if spec != None {
		name, err := get(spec, "name")
		if err != nil {
			return nil, err
		}
		nameRepr := "'?'"
		if name != None {
			if nameRepr, err = quote(name); err != nil {
				return nil, err
			}
		}
		origin, err := get(spec, "origin")
		if err != nil {
			return nil, err
		}
		if origin == None {
			loader, err := get(spec, "loader")
			if err != nil {
				return nil, err
			}
			if loader == None {
				return NewStr("<module " + nameRepr + ">"), nil
			}
			lr, err := quote(loader)
			if err != nil {
				return nil, err
			}
			return NewStr("<module " + nameRepr + " (" + lr + ")>"), nil
		}
		hasLoc, err := get(spec, "has_location")
		if err != nil {
			return nil, err
		}
		if ok, _ := Truth(t, hasLoc); ok {
			or, err := quote(origin)
			if err != nil {
				return nil, err
			}
			return NewStr("<module " + nameRepr + " from " + or + ">"), nil
		}
		os, err := StrOf(t, origin)
		if err != nil {
			return nil, err
		}
		return NewStr("<module " + nameRepr + " (" + os.s + ")>"), nil
	}
	nameRepr := "'?'"
	if name, err := GetAttrOpt(t, m, dnName); err == nil && name != nil {
		if nameRepr, err = quote(name); err != nil {
			return nil, err
		}
	}
	file, err := GetAttrOpt(t, m, snFile)
	if err != nil {
		return nil, err
	}
	if file == nil {
		loader, err := get(m, "__loader__")
		if err != nil {
			return nil, err
		}
		if loader == None {
			return NewStr("<module " + nameRepr + ">"), nil
		}
		lr, err := quote(loader)
		if err != nil {
			return nil, err
		}
		return NewStr("<module " + nameRepr + " (" + lr + ")>"), nil
	}
	fr, err := quote(file)
	if err != nil {
		return nil, err
	}
	return NewStr("<module " + nameRepr + " from " + fr + ">"), nil
}
