"""Helpers of the import system: bytecode cache paths, source hashes,
finding specs and making modules from them."""

import sys
import _imp
from _frozen_importlib import module_from_spec, _find_spec, ModuleSpec
from _frozen_importlib_external import (
    MAGIC_NUMBER, _RAW_MAGIC_NUMBER, cache_from_source, source_from_cache,
    decode_source, SourceFileLoader, SourcelessFileLoader)

__all__ = ['MAGIC_NUMBER', 'cache_from_source', 'decode_source', 'find_spec',
           'module_from_spec', 'resolve_name', 'source_from_cache',
           'source_hash', 'spec_from_file_location', 'spec_from_loader']


def source_hash(source_bytes):
    """Return the 8-byte hash a hash-based pyc of this source records."""
    return _imp.source_hash(_RAW_MAGIC_NUMBER, source_bytes)


def _resolve(name, package, level):
    # Drop level - 1 trailing components of package, then append name.
    parts = package.rsplit('.', level - 1)
    if len(parts) < level:
        raise ImportError('attempted relative import beyond top-level package')
    return f'{parts[0]}.{name}' if name else parts[0]


def resolve_name(name, package):
    """Turn a relative module name into an absolute one."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} '
                          '(required for relative module names)')
    level = len(name) - len(name.lstrip('.'))
    return _resolve(name[level:], package, level)


def find_spec(name, package=None):
    """Return the spec of a module: the one of an imported module, or what
    the finders report (importing its parent package first). None when
    the module cannot be found."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f'{name}.__spec__ is not set') from None
        if spec is None:
            raise ValueError(f'{name}.__spec__ is None')
        return spec
    parent = fullname.rpartition('.')[0]
    path = None
    if parent:
        pkg = __import__(parent, fromlist=['__path__'])
        try:
            path = pkg.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent!r} while trying "
                f"to find {fullname!r}", name=fullname) from e
    return _find_spec(fullname, path)


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """Return a spec for a module in a file (location), with a loader
    chosen by the file's suffix when none is given."""
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        if hasattr(location, '__fspath__'):
            location = location.__fspath__()
        if not location.startswith('/'):
            import os
            location = os.path.join(os.getcwd(), location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if loader is None:
        if location.endswith('.py'):
            loader = SourceFileLoader(name, location)
        elif location.endswith('.pyc'):
            loader = SourcelessFileLoader(name, location)
        else:
            return None
        spec.loader = loader
    if submodule_search_locations is _POPULATE:
        is_package = False
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
        if is_package:
            spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == [] and location:
        spec.submodule_search_locations.append(location.rpartition('/')[0])
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """Return a spec for a module that loader loads."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        return spec_from_file_location(
            name, loader=loader,
            submodule_search_locations=[] if is_package else None)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)
