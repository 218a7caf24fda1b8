# A folder without __init__.py is a namespace package.
import sys
import _ns
print(_ns.__name__, _ns.__file__ if hasattr(_ns, "__file__") else "no __file__")
print(type(_ns.__path__).__name__, len(list(_ns.__path__)), list(_ns.__path__)[0].endswith("_ns"))
print(_ns.__spec__.origin, _ns.__spec__.cached, _ns.__spec__.has_location, _ns.__package__)
print(type(_ns.__loader__).__name__, repr(_ns.__spec__.loader) == repr(_ns.__loader__))
import _ns.mod
print(_ns.mod.NS_MOD, _ns.mod.__package__)
from _ns.sub import leaf
print(leaf.LEAF, leaf.__name__)
import _ns.sub
print(_ns.sub.__spec__.origin, type(_ns.sub.__path__).__name__)
print(repr(_ns.__path__).startswith("_NamespacePath(["))
import _ns2.other
print(_ns2.other.OTHER)
try:
    import _ns.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(str(_ns).startswith("<module '_ns' (<_frozen_importlib_external.NamespaceLoader object"))
