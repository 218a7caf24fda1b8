# The import-related attributes of modules: __spec__, __loader__,
# __cached__, __file__, __package__.
import sys
def tag(s):
    return s.replace(sys.implementation.cache_tag, "TAG") if isinstance(s, str) else s
import _mod_a, _pkg.sub
for m in (_mod_a, _pkg, _pkg.sub):
    spec = m.__spec__
    print(m.__name__, spec.name, spec.origin, spec.parent, spec.has_location)
    print("   ", tag(spec.cached), tag(m.__cached__), m.__file__, repr(m.__package__))
    print("   ", spec.submodule_search_locations is None, type(spec.loader).__name__, m.__loader__ is spec.loader)
    print("   ", spec.loader.name, spec.loader.path, spec.loader.is_package(m.__name__))
print(type(_mod_a.__spec__).__name__, type(_mod_a.__spec__).__module__)
print(sys.__spec__, sys.__loader__.__name__, repr(sys.__package__))
print(sys.modules["builtins"].__spec__.origin)
print(__spec__, type(__loader__).__name__, __package__, __cached__)
print(__loader__.name, __file__)
src = _mod_a.__loader__.get_source("_mod_a")
print(src.splitlines()[0])
print(_mod_a.__loader__.get_filename())
print(type(_mod_a.__loader__.get_code("_mod_a")).__name__)
try:
    _mod_a.__loader__.get_source("other")
except ImportError as e:
    print(type(e).__name__, e)
print(repr(_pkg)[:14], repr(sys))
