# importlib.machinery: ModuleSpec and the finders and loaders.
import importlib.machinery as mach
import sys
print(mach.SOURCE_SUFFIXES, mach.BYTECODE_SUFFIXES)
spec = mach.ModuleSpec("demo", None, origin="somewhere")
print(spec)
print(spec.name, spec.loader, spec.origin, spec.parent, spec.has_location, spec.cached, spec.submodule_search_locations)
pkg = mach.ModuleSpec("a.b", None, is_package=True)
print(pkg, pkg.parent, pkg.submodule_search_locations)
print(mach.ModuleSpec("a.b.c", None).parent)
print(spec == mach.ModuleSpec("demo", None, origin="somewhere"), spec == pkg)
spec.cached = "cached.pyc"
spec.has_location = True
print(spec.cached, spec.has_location)
b = mach.BuiltinImporter.find_spec("sys")
print(b, b.origin)
print(mach.BuiltinImporter.find_spec("_no_such"))
print(mach.PathFinder.find_spec("_mod_a").name)
print(mach.PathFinder.find_spec("_no_such"))
print(mach.PathFinder.find_spec("sub", sys.modules.get("x", None)) if False else "-")
import _pkg
print(mach.PathFinder.find_spec("_pkg.sub", _pkg.__path__).origin)
l = mach.SourceFileLoader("m", "/p/m.py")
print(l.name, l.path, l.get_filename(), l.is_package("m"))
print(l == mach.SourceFileLoader("m", "/p/m.py"), l == mach.SourceFileLoader("m", "/q/m.py"))
print(mach.SourceFileLoader("p", "/p/__init__.py").is_package("p"))
print([type(f).__name__ if not isinstance(f, type) else f.__name__ for f in sys.meta_path][-1])
