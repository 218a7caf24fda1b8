package py

import (
	"strings"

	"github.com/kaa-lang/kaa/bytecode"
)

// Running a module or a .pyc file as the main program (kaa -m NAME,
// kaa file.pyc), and the errors of from-imports.

// newMainModule makes a fresh __main__ module and registers it.
func (in *Interpreter) newMainModule() *Module {
	main := NewModule("__main__")
	main.dict.SetString("__builtins__", in.builtins)
	in.modules.SetString("__main__", main)
	return main
}

// mainLoader returns the __loader__ of the __main__ module of a script
// (SourceFileLoader for a file, BuiltinImporter for -c and standard
// input, as in CPython).
func mainLoader(filename string, isFile bool) Object {
	if !isFile {
		return BuiltinImporterType
	}
	return newInstanceOf(SourceFileLoaderType, snName, NewStr("__main__"), snPath, NewStr(filename))
}

// isPycFile reports whether a script given to the command is a compiled
// .pyc file: by its name, or by kaa's magic number at its start.
func isPycFile(filename string, data []byte) bool {
	return strings.HasSuffix(filename, ".pyc") || len(data) >= 2 && string(data[:2]) == bytecode.Magic[:2]
}

// runPycMain runs a .pyc file as the main program, as `python x.pyc`
// does: a wrong magic number or a body that is not a code object is a
// RuntimeError.
func (in *Interpreter) runPycMain(data []byte, filename string) int {
	t := in.main
	main := in.newMainModule()
	main.dict.SetString("__file__", NewStr(filename))
	main.dict.SetString("__cached__", None)
	main.dict.SetStr(snLoaderMod, newInstanceOf(SourcelessFileLoaderType, snName, NewStr("__main__"), snPath, NewStr(filename)))
	_, err := t.Protect(func() (Object, error) {
		if len(data) < 4 || string(data[:4]) != bytecode.Magic {
			return nil, Errorf(RuntimeErrorType, "Bad magic number in .pyc file")
		}
		_, c, err := bytecode.DecodePyc(data)
		if err != nil {
			return nil, Errorf(RuntimeErrorType, "Bad code object in .pyc file")
		}
		return t.RunCode(in.NewCode(c), main.dict, nil)
	})
	return in.finish(err)
}

// runModuleAsMain runs the module name (found as import finds it) as
// __main__, as `python -m name` does (runpy._run_module_as_main): a
// package runs its __main__ submodule; the code comes through the
// module's loader, so a source module uses and writes its pyc.
func (in *Interpreter) runModuleAsMain(name string) int {
	t := in.main
	var spec Object
	var code *Code
	_, err := t.Protect(func() (Object, error) {
		var err error
		spec, code, err = t.mainModuleDetails(name)
		return nil, err
	})
	if err != nil {
		exc := AsException(err)
		if exc.typ == moduleRunErrorType {
			in.flushStd()
			msg, _ := exc.args.items[0].(*Str)
			exe, _ := in.sys.Get("executable").(*Str)
			prefix := "kaa"
			if exe != nil && exe.s != "" {
				prefix = exe.s
			}
			in.writeStderr(prefix + ": " + msg.s + "\n")
			return 1
		}
		return in.finish(err)
	}
	main := in.newMainModule()
	origin, _ := specGet(t, spec, snOrigin)
	if l, ok := in.sys.Get("argv").(*List); ok && len(l.items) > 0 && origin != nil {
		l.items[0] = origin
	}
	_, err = t.Protect(func() (Object, error) {
		loader, err := specGet(t, spec, snLoader)
		if err != nil {
			return nil, err
		}
		cached, err := GetAttrString(t, spec, "cached")
		if err != nil {
			return nil, err
		}
		parent, err := GetAttrString(t, spec, "parent")
		if err != nil {
			return nil, err
		}
		if origin == nil {
			origin = None
		}
		d := main.dict
		d.SetStr(dnName, NewStr("__main__"))
		d.SetStr(snFile, origin)
		d.SetStr(snCachedMod, cached)
		d.SetStr(dnDoc, None)
		d.SetStr(snLoaderMod, loader)
		d.SetStr(snPackage, parent)
		d.SetStr(snSpec, spec)
		return t.RunCode(code, d, nil)
	})
	return in.finish(err)
}

// moduleRunErrorType marks the errors of -m that CPython reports as
// "python: message" rather than with a traceback (runpy's _Error).
var moduleRunErrorType = NewExceptionType("runpy", "_Error", "", ImportErrorType)

func moduleRunError(msg string) error { return NewError(moduleRunErrorType, NewStr(msg)) }

// mainModuleDetails finds the spec and code of a module run with -m
// (runpy._get_module_details).
func (t *Thread) mainModuleDetails(name string) (Object, *Code, error) {
	in := t.interp
	if strings.HasPrefix(name, ".") {
		return nil, nil, moduleRunError("Relative module names not supported")
	}
	if dot := strings.LastIndexByte(name, '.'); dot >= 0 {
		pkg := name[:dot]
		if _, err := t.importAbsolute(pkg); err != nil {
			if !IsExceptionOf(err, ImportErrorType) {
				return nil, nil, err
			}
			n, _ := AsException(err).attr("name").(*Str)
			if n == nil || n.s != pkg && !strings.HasPrefix(pkg, n.s+".") {
				return nil, nil, err
			}
		}
	}
	spec, err := t.findSpecFor(name)
	if err != nil {
		e := AsException(err)
		for _, typ := range []*Type{ImportErrorType, AttributeErrorType, TypeErrorType, ValueErrorType} {
			if e.typ.IsSubtype(typ) {
				s, _ := StrOf(t, e)
				msg := "Error while finding module specification for " + reprName(name) + " (" + e.typ.ShortName() + ": " + s.s + ")"
				if strings.HasSuffix(name, ".py") {
					msg += ". Try using '" + name[:len(name)-3] + "' instead of '" + name + "' as the module name."
				}
				return nil, nil, moduleRunError(msg)
			}
		}
		return nil, nil, err
	}
	if spec == nil {
		return nil, nil, moduleRunError("No module named " + name)
	}
	smsl, err := specGet(t, spec, snSubmod)
	if err != nil {
		return nil, nil, err
	}
	if smsl != nil && smsl != None {
		if name == "__main__" || strings.HasSuffix(name, ".__main__") {
			return nil, nil, moduleRunError("Cannot use package as __main__ module")
		}
		spec, code, err := t.mainModuleDetails(name + ".__main__")
		if err != nil && AsException(err).typ == moduleRunErrorType && in.modules.GetString(name) != nil {
			msg := AsException(err).args.items[0].(*Str).s
			return nil, nil, moduleRunError(msg + "; " + reprName(name) + " is a package and cannot be directly executed")
		}
		return spec, code, err
	}
	loader, err := specGet(t, spec, snLoader)
	if err != nil {
		return nil, nil, err
	}
	if loader == nil || loader == None {
		return nil, nil, moduleRunError(reprName(name) + " is a namespace package and cannot be executed")
	}
	var codeObj Object
	if inst, ok := loader.(*Instance); ok && t.isKaaLoader(loader) && inst.typ != NamespaceLoaderType {
		codeObj, err = t.loaderCode(inst, name)
	} else if loader == BuiltinImporterType {
		codeObj = None
	} else {
		codeObj, err = CallMethod(t, loader, "get_code", NewStr(name))
	}
	if err != nil {
		if IsExceptionOf(err, ImportErrorType) {
			s, _ := StrOf(t, AsException(err))
			return nil, nil, moduleRunError(s.s)
		}
		return nil, nil, err
	}
	code, ok := codeObj.(*Code)
	if !ok {
		return nil, nil, moduleRunError("No code object available for " + name)
	}
	return spec, code, nil
}

// findSpecFor is importlib.util.find_spec(name) for an absolute name:
// the spec of an imported module, or what the finders say (its parent
// package imported first).
func (t *Thread) findSpecFor(name string) (Object, error) {
	in := t.interp
	if m := in.modules.GetString(name); m != nil {
		if m == None {
			return nil, nil
		}
		spec, err := GetAttrOpt(t, m, snSpec)
		if err != nil {
			return nil, err
		}
		if spec == nil || spec == None {
			return nil, Errorf(ValueErrorType, "%s.__spec__ is None", name)
		}
		return spec, nil
	}
	var path Object
	if dot := strings.LastIndexByte(name, '.'); dot >= 0 {
		parent := name[:dot]
		pm, err := t.importAbsolute(parent)
		if err != nil {
			return nil, err
		}
		p, err := GetAttrOpt(t, pm, snPathAttr)
		if err != nil {
			return nil, err
		}
		if p == nil {
			return nil, newImportError(ModuleNotFoundErrorType, "__path__ attribute not found on "+reprName(parent)+" while trying to find "+reprName(name), NewStr(name), nil)
		}
		path = p
	}
	return t.findSpec(name, path)
}

// importFromError is the ImportError of "from mod import name" when mod
// has no such attribute or submodule (CPython's import_from).
func importFromError(mod Object, name *Str, pkgName string) error {
	var nameAttr Object = None
	if pkgName != "<unknown module name>" {
		nameAttr = NewStr(pkgName)
	}
	var file *Str
	initializing := false
	if m, ok := mod.(*Module); ok {
		file, _ = m.dict.GetStr(snFile).(*Str)
		initializing = m.initializing
		if spec, ok := m.dict.GetStr(snSpec).(*Instance); ok && spec.dict != nil && spec.dict.GetStr(snInit) == True {
			initializing = true
		}
	}
	if file == nil {
		return newImportError(ImportErrorType, "cannot import name "+reprName(name.s)+" from "+reprName(pkgName)+" (unknown location)", nameAttr, nil)
	}
	if initializing {
		return newImportError(ImportErrorType, "cannot import name "+reprName(name.s)+" from partially initialized module "+
			reprName(pkgName)+" (most likely due to a circular import) ("+file.s+")", nameAttr, file)
	}
	return newImportError(ImportErrorType, "cannot import name "+reprName(name.s)+" from "+reprName(pkgName)+" ("+file.s+")", nameAttr, file)
}

// starItemError is the TypeError of "from mod import *" when __all__
// holds something other than a str.
func starItemError(t *Thread, mod, item Object) error {
	n, err := GetAttr(t, mod, dnName)
	if err != nil {
		return err
	}
	s, ok := AsStr(n)
	if !ok {
		return Errorf(TypeErrorType, "module __name__ must be a string, not %s", TypeName(n))
	}
	return Errorf(TypeErrorType, "Item in %s.__all__ must be str, not %s", s.s, item.Type().ShortName())
}
