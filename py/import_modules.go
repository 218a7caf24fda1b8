package py

import (
	"os"
	"path/filepath"

	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/internal/pycache"
)

// The built-in modules behind kaa's importlib: _imp (primitives),
// _frozen_importlib (specs, module creation, the import algorithm) and
// _frozen_importlib_external (loaders, the path finder, cache paths).
// lib/importlib/ builds the importlib package on them.

// newBuiltinModule makes a module of functions bound to it.
func newBuiltinModule(name, doc string, funcs map[string]BuiltinFn) *Module {
	m := NewModule(name)
	m.dict.SetStr(dnDoc, NewStr(doc))
	for n, fn := range funcs {
		m.AddFunc(n, fn, "")
	}
	return m
}

// argStr unpacks one str argument.
func argStr(fn string, args []Object, kw *Tuple) (string, error) {
	var s *Str
	if err := UnpackArgs(fn, args, kw, "name", &s); err != nil {
		return "", err
	}
	return s.s, nil
}

func newImpModule(in *Interpreter) *Module {
	m := newBuiltinModule("_imp", "(Extremely) low-level import machinery bits as used by importlib.", map[string]BuiltinFn{
		"lock_held": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) { return False, nil },
		"acquire_lock": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			return None, nil
		},
		"release_lock": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			return None, nil
		},
		"is_builtin": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			name, err := argStr("is_builtin", args, kw)
			if err != nil {
				return nil, err
			}
			switch {
			case name == "sys" || name == "builtins":
				return NewInt(-1), nil
			case t.interp.isBuiltinModule(name):
				return NewInt(1), nil
			}
			return NewInt(0), nil
		},
		"is_frozen": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if _, err := argStr("is_frozen", args, kw); err != nil {
				return nil, err
			}
			return False, nil
		},
		"create_builtin": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := CheckArgs("create_builtin", args, kw, 1, 1); err != nil {
				return nil, err
			}
			name, err := specName(t, args[0])
			if err != nil {
				return nil, err
			}
			return t.createBuiltin(name)
		},
		"exec_builtin": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			return NewInt(0), nil
		},
		"extension_suffixes": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			return NewList(nil), nil
		},
		"source_hash": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			var key int64
			var src Object
			if err := UnpackArgs("source_hash", args, kw, "key", &key, "source", &src); err != nil {
				return nil, err
			}
			b, ok := BytesLike(src)
			if !ok {
				return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(src))
			}
			h := bytecode.SourceHash(uint64(key), b)
			return NewBytes(h[:]), nil
		},
		"_fix_co_filename": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			var code, path Object
			if err := UnpackArgs("_fix_co_filename", args, kw, "code", &code, "path", &path); err != nil {
				return nil, err
			}
			c, ok := code.(*Code)
			p, ok2 := AsStr(path)
			if !ok || !ok2 {
				return nil, Errorf(TypeErrorType, "_fix_co_filename() expects a code object and a str")
			}
			c.fixFilename(t.interp, p)
			return None, nil
		},
	})
	m.Set("check_hash_based_pycs", NewStr(in.imp.check.String()))
	return m
}

// fixFilename sets co_filename of c and its nested code objects.
func (c *Code) fixFilename(in *Interpreter, path *Str) {
	if c.filename.s == path.s {
		return
	}
	c.filename = in.Intern(path.s)
	c.bc.Filename = path.s
	for _, k := range c.consts {
		if sub, ok := k.(*Code); ok {
			sub.fixFilename(in, path)
		}
	}
}

func newFrozenImportlib(in *Interpreter) *Module {
	m := newBuiltinModule("_frozen_importlib", "Core implementation of import (kaa's, in Go).", map[string]BuiltinFn{
		"module_from_spec": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := CheckArgs("module_from_spec", args, kw, 1, 1); err != nil {
				return nil, err
			}
			spec := args[0]
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
			return t.moduleFromSpec(spec, loader, name)
		},
		"_init_module_attrs": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			var spec, mod Object
			override := false
			if err := UnpackArgs("_init_module_attrs", args, kw, "spec", &spec, "module", &mod, "*", "override?", &override); err != nil {
				return nil, err
			}
			return mod, t.initModuleAttrs(spec, mod, override)
		},
		"_find_spec": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			var name *Str
			var path, target Object = None, None
			if err := UnpackArgs("_find_spec", args, kw, "name", &name, "path", &path, "target?", &target); err != nil {
				return nil, err
			}
			if path == None {
				path = nil
			}
			spec, err := t.findSpec(name.s, path)
			if err != nil || spec == nil {
				return None, err
			}
			return spec, nil
		},
		"_gcd_import": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			var name *Str
			var pkg Object = None
			level := 0
			if err := UnpackArgs("_gcd_import", args, kw, "name", &name, "package?", &pkg, "level?", &level); err != nil {
				return nil, err
			}
			if level < 0 {
				return nil, Errorf(ValueErrorType, "level must be >= 0")
			}
			abs := name.s
			if level == 0 && abs == "" {
				return nil, Errorf(ValueErrorType, "Empty module name")
			}
			if level > 0 {
				if _, ok := pkg.(*Str); !ok {
					return nil, Errorf(TypeErrorType, "__package__ not set to a string")
				}
				g := NewDict()
				g.SetStr(snPackage, pkg)
				var err error
				if abs, err = t.resolveRelative(name.s, g, level); err != nil {
					return nil, err
				}
			}
			return t.importAbsolute(abs)
		},
		"_load": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := CheckArgs("_load", args, kw, 1, 1); err != nil {
				return nil, err
			}
			return t.loadSpec(args[0])
		},
		"_exec": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			var spec, mod Object
			if err := UnpackArgs("_exec", args, kw, "spec", &spec, "module", &mod); err != nil {
				return nil, err
			}
			return t.execSpecIn(spec, mod)
		},
	})
	m.Set("ModuleSpec", ModuleSpecType)
	m.Set("BuiltinImporter", BuiltinImporterType)
	m.Set("__import__", in.builtins.Get("__import__"))
	return m
}

// execSpecIn runs a module again in its existing namespace, as
// importlib.reload does (importlib._bootstrap._exec).
func (t *Thread) execSpecIn(spec, mod Object) (Object, error) {
	name, err := specName(t, spec)
	if err != nil {
		return nil, err
	}
	key := NewStr(name)
	if t.interp.modules.GetStr(key) != mod {
		return nil, newImportError(ImportErrorType, "module "+reprName(name)+" not in sys.modules", key, nil)
	}
	loader, err := specGet(t, spec, snLoader)
	if err != nil {
		return nil, err
	}
	if loader == nil {
		loader = None
	}
	err = t.initModuleAttrs(spec, mod, true)
	if err == nil {
		switch {
		case loader == None:
			if smsl, e := specGet(t, spec, snSubmod); e != nil || smsl == nil || smsl == None {
				err = newImportError(ImportErrorType, "missing loader", key, nil)
			}
		case !t.isKaaLoader(loader):
			if em, e := GetAttrOpt(t, loader, newStaticStr("exec_module")); e != nil {
				err = e
			} else if em == nil {
				_, err = CallMethod(t, loader, "load_module", key)
			} else {
				_, err = Call(t, em, []Object{mod}, nil)
			}
		default:
			err = t.execModule(loader, mod, name)
		}
	}
	final := t.interp.modules.GetStr(key)
	if final == nil {
		if err != nil {
			return nil, err
		}
		return nil, NewError(KeyErrorType, key)
	}
	t.interp.modules.DelStr(key)
	t.interp.modules.SetStr(key, final)
	if err != nil {
		return nil, err
	}
	return final, nil
}

func newFrozenImportlibExternal(in *Interpreter) *Module {
	m := newBuiltinModule("_frozen_importlib_external", "Core implementation of path-based import (kaa's, in Go).", map[string]BuiltinFn{
		"cache_from_source": impCacheFromSource,
		"source_from_cache": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			var path Object
			if err := UnpackArgs("source_from_cache", args, kw, "path", &path); err != nil {
				return nil, err
			}
			p, err := fspath(t, path)
			if err != nil {
				return nil, err
			}
			if !t.cacheTagSet() {
				return nil, Errorf(NotImplementedErrorType, "sys.implementation.cache_tag is None")
			}
			src, perr := pycache.SourceFromCache(p, t.interp.pycachePrefix())
			if perr != nil {
				return nil, Errorf(ValueErrorType, "%s", perr.Error())
			}
			return NewStr(src), nil
		},
		"decode_source": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			var data Object
			if err := UnpackArgs("decode_source", args, kw, "source_bytes", &data); err != nil {
				return nil, err
			}
			b, ok := BytesLike(data)
			if !ok {
				return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(data))
			}
			return decodeSourceText(b, "<string>")
		},
		"_code_to_timestamp_pyc": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			var code Object
			var mtime, size int64
			if err := UnpackArgs("_code_to_timestamp_pyc", args, kw, "code", &code, "mtime?", &mtime, "source_size?", &size); err != nil {
				return nil, err
			}
			return pycBytes(code, bytecode.PycHeader{Mtime: uint32(mtime), Size: uint32(size)})
		},
		"_code_to_hash_pyc": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			var code, hash Object
			checked := true
			if err := UnpackArgs("_code_to_hash_pyc", args, kw, "code", &code, "source_hash", &hash, "checked?", &checked); err != nil {
				return nil, err
			}
			h := bytecode.PycHeader{Flags: bytecode.PycHashBased}
			if checked {
				h.Flags |= bytecode.PycCheckSource
			}
			b, _ := BytesLike(hash)
			if len(b) != 8 {
				return nil, Errorf(ValueErrorType, "source hash must be 8 bytes")
			}
			copy(h.Hash[:], b)
			return pycBytes(code, h)
		},
		"_write_atomic": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			var path, data Object
			mode := 0o666
			if err := UnpackArgs("_write_atomic", args, kw, "path", &path, "data", &data, "mode?", &mode); err != nil {
				return nil, err
			}
			p, err := fspath(t, path)
			if err != nil {
				return nil, err
			}
			b, ok := BytesLike(data)
			if !ok {
				return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(data))
			}
			if err := pycache.WriteAtomic(t.interp.System(), p, b, os.FileMode(mode)&0o666); err != nil {
				return nil, OSErrorFrom(err, NewStr(p))
			}
			return None, nil
		},
	})
	for _, typ := range []*Type{FileLoaderType, SourceFileLoaderType, SourcelessFileLoaderType, LibraryLoaderType,
		NamespaceLoaderType, PathFinderType} {
		m.Set(typ.Name, typ)
	}
	m.Set("_NamespacePath", NamespacePathType)
	m.Set("MAGIC_NUMBER", NewBytes([]byte(bytecode.Magic)))
	m.Set("_RAW_MAGIC_NUMBER", NewInt(int64(bytecode.MagicKey)))
	m.Set("SOURCE_SUFFIXES", NewList([]Object{NewStr(".py")}))
	m.Set("BYTECODE_SUFFIXES", NewList([]Object{NewStr(".pyc")}))
	m.Set("DEBUG_BYTECODE_SUFFIXES", NewList([]Object{NewStr(".pyc")}))
	m.Set("OPTIMIZED_BYTECODE_SUFFIXES", NewList([]Object{NewStr(".pyc")}))
	m.Set("EXTENSION_SUFFIXES", NewList(nil))
	m.Set("_PYCACHE", NewStr("__pycache__"))
	m.Set("_OPT", NewStr("opt-"))
	return m
}

// pycBytes returns the bytes of a pyc holding a code object.
func pycBytes(code Object, h bytecode.PycHeader) (Object, error) {
	c, ok := code.(*Code)
	if !ok {
		return nil, Errorf(TypeErrorType, "expected a code object, not %s", TypeName(code))
	}
	data, err := bytecode.EncodePyc(h, c.bc)
	if err != nil {
		return nil, marshalError(err)
	}
	return NewBytes(data), nil
}

// fspath is os.fspath for a path argument (str, or an object with
// __fspath__ returning str).
func fspath(t *Thread, o Object) (string, error) {
	if s, ok := AsStr(o); ok {
		return s.s, nil
	}
	if f := o.Type().LookupString("__fspath__"); f != nil {
		r, err := CallMethod(t, o, "__fspath__")
		if err != nil {
			return "", err
		}
		if s, ok := AsStr(r); ok {
			return s.s, nil
		}
	}
	return "", Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not %s", TypeName(o))
}

// impCacheFromSource is importlib.util.cache_from_source(path,
// debug_override=None, *, optimization=None).
func impCacheFromSource(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	var path, debug, opt Object = nil, None, None
	if err := UnpackArgs("cache_from_source", args, kw, "path", &path, "debug_override?", &debug, "*", "optimization?", &opt); err != nil {
		return nil, err
	}
	if debug != None {
		if opt != None {
			return nil, Errorf(TypeErrorType, "debug_override or optimization must be set to None")
		}
		d, err := Truth(t, debug)
		if err != nil {
			return nil, err
		}
		if d {
			opt = emptyStr
		} else {
			opt = NewInt(1)
		}
	}
	p, err := fspath(t, path)
	if err != nil {
		return nil, err
	}
	if !t.cacheTagSet() {
		return nil, Errorf(NotImplementedErrorType, "sys.implementation.cache_tag is None")
	}
	tag := t.interp.optimizationTag()
	if opt != None {
		s, err := StrOf(t, opt)
		if err != nil {
			return nil, err
		}
		tag = s.s
	}
	prefix := t.interp.pycachePrefix()
	if prefix != "" && !filepath.IsAbs(p) {
		if wd, err := t.interp.System().Getwd(); err == nil {
			p = importPathJoin(wd, p)
		}
	}
	c, cerr := pycache.CacheFromSource(p, tag, prefix)
	if cerr != nil {
		return nil, Errorf(ValueErrorType, "%s", cerr.Error())
	}
	return NewStr(c), nil
}
