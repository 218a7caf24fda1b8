package py

import (
	"errors"
	"strings"

	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/internal/pycache"
	"github.com/kaa-lang/kaa/syntax"
)

// Running modules: the exec_module of kaa's loaders. A source module's
// code comes from the bytecode cache when its pyc is fresh, and is
// compiled (and the pyc rewritten) otherwise; see internal/pycache.

// execModule runs the loader's exec_module for a module: Go code for
// kaa's loaders, a method call for any other.
func (t *Thread) execModule(loader, m Object, name string) error {
	if loader == BuiltinImporterType {
		return nil
	}
	if inst, ok := loader.(*Instance); ok {
		switch inst.typ {
		case SourceFileLoaderType, SourcelessFileLoaderType, LibraryLoaderType:
			code, err := t.loaderCode(inst, name)
			if err != nil {
				return err
			}
			return t.runModuleCode(code, m)
		case NamespaceLoaderType:
			return nil
		}
	}
	_, err := CallMethod(t, loader, "exec_module", m)
	return err
}

// runModuleCode executes a module's code in its namespace.
func (t *Thread) runModuleCode(code *Code, m Object) error {
	d := InstanceDict(m)
	if d == nil {
		return Errorf(TypeErrorType, "module has no __dict__")
	}
	_, err := t.RunCode(code, d, nil)
	return err
}

// loaderCode is get_code for kaa's file and library loaders.
func (t *Thread) loaderCode(loader *Instance, name string) (*Code, error) {
	path, _ := dictStr(loader.dict, snPath)
	switch loader.typ {
	case SourceFileLoaderType:
		return t.sourceCode(path)
	case SourcelessFileLoaderType:
		return t.sourcelessCode(name, path)
	case LibraryLoaderType:
		return t.libCode(name, path)
	}
	return nil, Errorf(ImportErrorType, "cannot load module %s", reprName(name))
}

// pycOptions returns the cache settings of an import of the source file
// path: where its pyc lives and whether it may be written.
func (t *Thread) pycOptions(path string) pycache.LoadOptions {
	in := t.interp
	opts := pycache.LoadOptions{Optimize: in.imp.optimize, Check: in.imp.check, NoWrite: in.dontWriteBytecode(),
		Warn: func(w syntax.Warning, src []byte) error {
			return in.ShowSyntaxWarning(w, src)
		}}
	if t.cacheTagSet() {
		if c, err := pycache.CacheFromSource(path, in.optimizationTag(), in.pycachePrefix()); err == nil {
			opts.CachePath = c
		}
	}
	return opts
}

// sourceCode returns the code of the source file path through the
// bytecode cache.
func (t *Thread) sourceCode(path string) (*Code, error) {
	in := t.interp
	res, err := pycache.Load(in.System(), path, t.pycOptions(path))
	if err != nil {
		if res.Source != nil {
			return nil, in.syntaxErrorFrom(err, res.Source)
		}
		return nil, OSErrorFrom(err, NewStr(path))
	}
	return in.NewCode(res.Code), nil
}

// sourcelessCode reads the code of a .pyc file that has no source: bad
// files raise ImportError or EOFError with importlib's messages, since
// there is nothing to fall back on.
func (t *Thread) sourcelessCode(name, path string) (*Code, error) {
	data, err := pycache.ReadFile(t.interp.System(), path)
	if err != nil {
		return nil, OSErrorFrom(err, NewStr(path))
	}
	c, err := decodePycFile(data, name, path)
	if err != nil {
		return nil, err
	}
	return t.interp.NewCode(c), nil
}

// decodePycFile decodes a pyc read from path, turning its problems into
// the exceptions importlib raises for them.
func decodePycFile(data []byte, name, path string) (*bytecode.Code, error) {
	_, c, err := bytecode.DecodePyc(data)
	if err == nil {
		return c, nil
	}
	q := reprName(name)
	switch {
	case errors.Is(err, bytecode.ErrPycMagic):
		return nil, newImportError(ImportErrorType, "bad magic number in "+q+": "+bytesRepr(data[:4]), NewStr(name), NewStr(path))
	case errors.Is(err, bytecode.ErrPycFlags):
		return nil, newImportError(ImportErrorType, "invalid flags "+itoaSmall(int(data[4])|int(data[5])<<8|int(data[6])<<16|int(data[7])<<24)+" in "+q, NewStr(name), NewStr(path))
	case errors.Is(err, bytecode.ErrPycTruncated):
		return nil, Errorf(EOFErrorType, "reached EOF while reading pyc header of %s", q)
	}
	return nil, marshalError(err)
}

// bytesRepr is repr() of bytes.
func bytesRepr(b []byte) string {
	r, err := Repr(nil, NewBytes(b))
	if err != nil {
		return "b''"
	}
	return r.s
}

// marshalError converts an error of the marshal reader into the Python
// exception it stands for.
func marshalError(err error) error {
	var me *bytecode.MarshalError
	if !errors.As(err, &me) {
		return Errorf(ValueErrorType, "%v", err)
	}
	typ := ValueErrorType
	switch me.Type {
	case "EOFError":
		typ = EOFErrorType
	case "TypeError":
		typ = TypeErrorType
	}
	return Errorf(typ, "%s", me.Msg)
}

// libCode compiles a module of kaa's embedded library.
func (t *Thread) libCode(name, path string) (*Code, error) {
	in := t.interp
	src, file, _, ok := in.libLoader(name)
	if !ok || (path != "" && file != path) {
		return nil, moduleNotFound(name)
	}
	c, err := pycache.Compile(src, file, in.imp.optimize, nil)
	if err != nil {
		return nil, in.syntaxErrorFrom(err, src)
	}
	return in.NewCode(c), nil
}

// createBuiltin makes a module implemented in Go (BuiltinImporter's
// create_module).
func (t *Thread) createBuiltin(name string) (*Module, error) {
	in := t.interp
	switch name {
	case "sys":
		return in.sys, nil
	case "builtins":
		return in.builtins, nil
	}
	if f := internalModule(name); f != nil {
		return f(in), nil
	}
	if f, ok := in.goModules[name]; ok {
		return f(in)
	}
	return nil, newImportError(ImportErrorType, "no built-in module named "+name, NewStr(name), nil)
}

// isPackageFile reports whether a module file is a package's __init__.
func isPackageFile(path string) bool {
	base := path[strings.LastIndexAny(path, "/\\")+1:]
	stem, _, _ := strings.Cut(base, ".")
	return stem == "__init__"
}
