"""The import system's Python interface (kaa's own importlib).

kaa's import machinery is written in Go: the built-in modules _imp,
_frozen_importlib and _frozen_importlib_external hold it, under the names
CPython gives them. This package offers CPython's API over them:
import_module, reload and invalidate_caches here, the helpers in
importlib.util and the finder and loader classes in importlib.machinery.
"""

import sys
import _imp
import _frozen_importlib as _bootstrap
import _frozen_importlib_external as _bootstrap_external

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

# CPython reaches these modules as importlib._bootstrap and
# importlib._bootstrap_external too.
sys.modules.setdefault('importlib._bootstrap', _bootstrap)
sys.modules.setdefault('importlib._bootstrap_external', _bootstrap_external)

__import__ = _bootstrap.__import__


def invalidate_caches():
    """Ask every finder of sys.meta_path that keeps a cache to drop it."""
    for finder in sys.meta_path:
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


def import_module(name, package=None):
    """Import a module and return it (not its top-level package).

    A relative name ('.mod', '..pkg.mod') is resolved against package,
    which is then required.
    """
    level = len(name) - len(name.lstrip('.'))
    if level and not package:
        raise TypeError("the 'package' argument is required to perform a "
                        f"relative import for {name!r}")
    return _bootstrap._gcd_import(name[level:], package, level)


# The modules being reloaded, so that a module that reloads itself (or a
# cycle of them) does not recurse forever.
_RELOADING = {}


def reload(module):
    """Run the module's code again in the same module object and return
    it (or what the module put in sys.modules in its place)."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent = name.rpartition('.')[0]
        path = None
        if parent:
            if parent not in sys.modules:
                raise ImportError(f"parent {parent!r} not in sys.modules", name=parent)
            path = sys.modules[parent].__path__
        spec = module.__spec__ = _bootstrap._find_spec(name, path, module)
        if spec is None:
            raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
        _bootstrap._exec(spec, module)
        return sys.modules[name]
    finally:
        _RELOADING.pop(name, None)
