package py

import (
	"path/filepath"
	"strings"
)

// Finding modules: the finders of sys.meta_path. kaa's own two finders
// (BuiltinImporter for modules written in Go, PathFinder for sys.path)
// run as Go code; any other object a program puts in sys.meta_path is
// asked through its find_spec method, as CPython does.

// internalModule returns the constructor of a module of package py
// itself that import finds as a built-in module, or nil.
func internalModule(name string) func(in *Interpreter) *Module {
	switch name {
	case "_imp":
		return newImpModule
	case "_frozen_importlib":
		return newFrozenImportlib
	case "_frozen_importlib_external":
		return newFrozenImportlibExternal
	}
	return nil
}

// isBuiltinModule reports whether name is a module implemented in Go.
func (in *Interpreter) isBuiltinModule(name string) bool {
	if _, ok := in.goModules[name]; ok {
		return true
	}
	return internalModule(name) != nil || name == "sys" || name == "builtins"
}

// findSpec runs the finders of sys.meta_path for the module name; path
// is the parent package's __path__ (nil for a top-level module). It
// returns nil when no finder knows the module.
func (t *Thread) findSpec(name string, path Object) (Object, error) {
	mp := t.interp.sys.Get("meta_path")
	if mp == nil || mp == None {
		return nil, Errorf(ImportErrorType, "sys.meta_path is None, Python is likely shutting down")
	}
	finders, err := ListFromIterable(t, mp)
	if err != nil {
		return nil, err
	}
	for _, finder := range finders {
		var spec Object
		switch finder {
		case BuiltinImporterType:
			if path == nil {
				spec = t.builtinSpec(name)
			}
		case PathFinderType:
			spec, err = t.pathFinderSpec(name, path)
		default:
			spec, err = t.callFindSpec(finder, name, path)
		}
		if err != nil {
			return nil, err
		}
		if spec != nil && spec != None {
			return spec, nil
		}
	}
	return nil, nil
}

// callFindSpec asks a finder written in Python: finder.find_spec(name,
// path, None). A finder without find_spec is skipped.
func (t *Thread) callFindSpec(finder Object, name string, path Object) (Object, error) {
	fs, err := GetAttrOpt(t, finder, newStaticStr("find_spec"))
	if err != nil || fs == nil {
		return nil, err
	}
	if path == nil {
		path = None
	}
	return Call(t, fs, []Object{NewStr(name), path, None}, nil)
}

// builtinSpec is BuiltinImporter.find_spec: a spec for a module written
// in Go, or nil.
func (t *Thread) builtinSpec(name string) Object {
	if !t.interp.isBuiltinModule(name) {
		return nil
	}
	return newSpec(name, BuiltinImporterType, NewStr("built-in"), nil)
}

// pathEntries lists the str entries of path (sys.path when nil).
func (t *Thread) pathEntries(path Object) ([]string, error) {
	if path == nil {
		path = t.interp.sys.Get("path")
		if path == nil {
			return nil, nil
		}
	}
	var items []Object
	if l, ok := path.(*List); ok {
		items = l.items
	} else {
		var err error
		if items, err = ListFromIterable(t, path); err != nil {
			return nil, err
		}
	}
	entries := make([]string, 0, len(items))
	for _, it := range items {
		if s, ok := AsStr(it); ok {
			entries = append(entries, s.s)
		}
	}
	return entries, nil
}

// pathFinderSpec is PathFinder.find_spec: it looks for the module in
// each folder of path (sys.path for a top-level module), the first match
// winning; folders of the same name without __init__.py seen on the way
// become the portions of a namespace package when nothing else matches.
func (t *Thread) pathFinderSpec(name string, path Object) (Object, error) {
	entries, err := t.pathEntries(path)
	if err != nil {
		return nil, err
	}
	tail := name[strings.LastIndexByte(name, '.')+1:]
	if tail == "" || strings.ContainsAny(tail, "/\\\x00") {
		return nil, nil
	}
	var portions []string
	for _, entry := range entries {
		if t.isLibEntry(entry) {
			if spec := t.libSpec(name, entry); spec != nil {
				return spec, nil
			}
			continue
		}
		spec, portion := t.fileFinderSpec(name, tail, entry)
		if spec != nil {
			return spec, nil
		}
		if portion != "" {
			portions = append(portions, portion)
		}
	}
	if len(portions) == 0 {
		return nil, nil
	}
	// As CPython's PathFinder, a namespace spec has no loader: creating
	// the module gives it a NamespaceLoader (and __file__ None).
	return newSpec(name, None, None, newNamespacePath(portions)), nil
}

// isLibEntry reports whether a sys.path (or __path__) entry names kaa's
// embedded library or a package in it.
func (t *Thread) isLibEntry(entry string) bool {
	lib := t.interp.imp.libPath
	return t.interp.libLoader != nil && (entry == lib || strings.HasPrefix(entry, lib+"/"))
}

// libSpec finds a module of kaa's embedded library in the library folder
// entry.
func (t *Thread) libSpec(name, entry string) Object {
	_, file, isPkg, ok := t.interp.libLoader(name)
	if !ok {
		return nil
	}
	dir := file[:strings.LastIndexByte(file, '/')]
	var smsl Object
	if isPkg {
		smsl = NewList([]Object{NewStr(dir)})
		dir = dir[:strings.LastIndexByte(dir, '/')]
	}
	if dir != entry {
		return nil
	}
	loader := newInstanceOf(LibraryLoaderType, snName, NewStr(name), snPath, NewStr(file))
	spec := newSpec(name, loader, NewStr(file), smsl)
	spec.dict.SetStr(snFileattr, True)
	return spec
}

// fileFinderSpec is FileFinder.find_spec for one folder of the path: a
// package (tail/__init__.py, or __init__.pyc with no source), then a
// module (tail.py, then a legacy tail.pyc); a folder called tail without
// __init__ is returned as a namespace portion.
func (t *Thread) fileFinderSpec(name, tail, entry string) (Object, string) {
	sys := t.interp.System()
	base := entry
	if base == "" || base == "." || !filepath.IsAbs(base) {
		wd, err := sys.Getwd()
		if err != nil {
			return nil, ""
		}
		if base == "" || base == "." {
			base = wd
		} else {
			base = importPathJoin(wd, base)
		}
	}
	pkgDir := importPathJoin(base, tail)
	portion := ""
	if st, err := sys.Stat(pkgDir); err == nil && st.IsDir() {
		for _, ext := range [...]string{".py", ".pyc"} {
			init := importPathJoin(pkgDir, "__init__"+ext)
			if st, err := sys.Stat(init); err == nil && st.Mode().IsRegular() {
				smsl := NewList([]Object{NewStr(pkgDir)})
				return t.specFromFile(name, init, t.fileLoader(name, init, ext), smsl), ""
			}
		}
		portion = pkgDir
	}
	for _, ext := range [...]string{".py", ".pyc"} {
		file := importPathJoin(base, tail+ext)
		if st, err := sys.Stat(file); err == nil && st.Mode().IsRegular() {
			return t.specFromFile(name, file, t.fileLoader(name, file, ext), nil), ""
		}
	}
	return nil, portion
}

// fileLoader makes the loader of a source (.py) or bytecode (.pyc) file.
func (t *Thread) fileLoader(name, path, ext string) Object {
	typ := SourceFileLoaderType
	if ext == ".pyc" {
		typ = SourcelessFileLoaderType
	}
	return newInstanceOf(typ, snName, NewStr(name), snPath, NewStr(path))
}

// importPathJoin joins path parts as importlib's _path_join does: empty
// parts are dropped and each part loses its trailing separators (so
// paths keep the spelling of sys.path, unlike filepath.Join).
func importPathJoin(parts ...string) string {
	var b strings.Builder
	first := true
	for _, p := range parts {
		if p == "" {
			continue
		}
		if !first {
			b.WriteByte(filepath.Separator)
		}
		first = false
		b.WriteString(strings.TrimRight(p, string(filepath.Separator)))
	}
	return b.String()
}
