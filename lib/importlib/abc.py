"""Abstract base classes of finders and loaders, for programs that write
their own."""

import abc
import sys
from _frozen_importlib_external import FileLoader as _FileLoader
from _frozen_importlib_external import SourceFileLoader as _SourceFileLoader
from _frozen_importlib_external import SourcelessFileLoader as _SourcelessFileLoader

__all__ = ['Loader', 'MetaPathFinder', 'PathEntryFinder', 'ResourceLoader',
           'InspectLoader', 'ExecutionLoader', 'FileLoader', 'SourceLoader']


class MetaPathFinder(metaclass=abc.ABCMeta):
    """A finder for sys.meta_path: find_spec(fullname, path, target)."""

    def invalidate_caches(self):
        """Drop any cache the finder keeps (nothing by default)."""


class PathEntryFinder(metaclass=abc.ABCMeta):
    """A finder for one entry of sys.path."""

    def invalidate_caches(self):
        """Drop any cache the finder keeps (nothing by default)."""


class Loader(metaclass=abc.ABCMeta):
    """A loader: create_module(spec) and exec_module(module)."""

    def create_module(self, spec):
        """Return a new module, or None for the default one."""
        return None

    def load_module(self, fullname):
        """Load a module (deprecated: loaders implement exec_module)."""
        if not hasattr(self, 'exec_module'):
            raise ImportError
        import importlib.util
        spec = importlib.util.spec_from_loader(fullname, self)
        if fullname in sys.modules:
            module = sys.modules[fullname]
            self.exec_module(module)
            return module
        import _frozen_importlib
        return _frozen_importlib._load(spec)


class ResourceLoader(Loader):
    """A loader that can read data files: get_data(path)."""

    @abc.abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    """A loader that can show a module's source and code."""

    def is_package(self, fullname):
        return False

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        """Compile source (str or bytes) to a module's code object."""
        return compile(data, path, 'exec', dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    """An InspectLoader that knows the file of a module."""

    @abc.abstractmethod
    def get_filename(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        return self.source_to_code(source, path)


class FileLoader(_FileLoader, ResourceLoader, ExecutionLoader):
    """A loader of modules in files."""


class SourceLoader(ResourceLoader, ExecutionLoader):
    """A loader of source modules built on get_data and get_filename."""

    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {'mtime': self.path_mtime(path)}

    def set_data(self, path, data):
        """Write data to path (nothing by default)."""

    def get_source(self, fullname):
        from importlib.util import decode_source
        path = self.get_filename(fullname)
        try:
            source_bytes = self.get_data(path)
        except OSError as exc:
            raise ImportError('source not available through get_data()', name=fullname) from exc
        return decode_source(source_bytes)


InspectLoader.register(_SourceFileLoader)
ExecutionLoader.register(_SourceFileLoader)
ResourceLoader.register(_SourceFileLoader)
InspectLoader.register(_SourcelessFileLoader)
