"""Operating system interfaces (kaa's own, minimal implementation).

The functions come from the Go module posix, which goes through the
interpreter's System so that an embedder can fake or deny them; os.path
is posixpath.
"""

import sys
import posix
from posix import *
import posixpath as path

name = 'posix'
linesep = '\n'
sep = path.sep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull

sys.modules['os.path'] = path

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep",
           "defpath", "name", "path", "devnull", "SEEK_SET", "SEEK_CUR",
           "SEEK_END", "fsencode", "fsdecode", "get_exec_path", "fdopen",
           "extsep", "environ", "getenv", "makedirs", "removedirs",
           "walk", "scandir", "PathLike"]


def fsencode(filename):
    """Encode a path for the file system (UTF-8, surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode a path from the file system (UTF-8, surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


class _Environ:
    """os.environ: the environment as a mapping of str to str; changes go
    to the process environment through putenv and unsetenv."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        try:
            return fsdecode(self._data[fsencode(key)])
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        if not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value).__name__}")
        putenv(key, value)
        self._data[fsencode(key)] = fsencode(value)

    def __delitem__(self, key):
        encoded = fsencode(key)
        unsetenv(key)
        try:
            del self._data[encoded]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for key in list(self._data):
            yield fsdecode(key)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ", ".join(f"{fsdecode(k)!r}: {fsdecode(v)!r}" for k, v in self._data.items())
        return f"environ({{{items}}})"

    def __contains__(self, key):
        return isinstance(key, str) and fsencode(key) in self._data

    def __eq__(self, other):
        return dict(self.items()) == other

    __hash__ = None

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return [fsdecode(k) for k in self._data]

    def values(self):
        return [fsdecode(v) for v in self._data.values()]

    def items(self):
        return [(fsdecode(k), fsdecode(v)) for k, v in self._data.items()]

    def pop(self, key, *default):
        try:
            value = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return value

    def popitem(self):
        for key in self:
            return key, self.pop(key)
        raise KeyError

    def clear(self):
        for key in list(self):
            del self[key]

    def update(self, other=(), /, **kwds):
        pairs = other.items() if hasattr(other, "items") else other
        for key, value in pairs:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def copy(self):
        return dict(self.items())

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(self.items())
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(other)
        new.update(self.items())
        return new


environ = _Environ(posix.environ)
environb = posix.environ


def getenv(key, default=None):
    """Return the environment variable key, or default when unset."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """getenv for bytes keys and values."""
    return environb.get(key, default)


def get_exec_path(env=None):
    """The directories searched for executables (PATH)."""
    if env is None:
        env = environ
    value = env.get('PATH', defpath)
    return value.split(pathsep)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a directory and any missing parents."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a directory, then its parents while they are empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


class DirEntry:
    """An entry of scandir(): a name in a directory, with its stat."""

    __slots__ = ('name', 'path', '_stat')

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        return lstat(self.path)

    def is_dir(self, *, follow_symlinks=True):
        try:
            return (self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000) == 0o040000
        except OSError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return (self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000) == 0o100000
        except OSError:
            return False

    def is_symlink(self):
        try:
            return (lstat(self.path).st_mode & 0o170000) == 0o120000
        except OSError:
            return False

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"


class _ScandirIterator:
    def __init__(self, directory):
        self._dir = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._dir, next(self._names))

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._names = iter(())


def scandir(path='.'):
    """An iterator of DirEntry objects for the names in a directory."""
    return _ScandirIterator(path)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for each directory in the
    tree rooted at top."""
    stack = [top]
    while stack:
        current = stack.pop()
        if isinstance(current, tuple):
            yield current
            continue
        try:
            names = listdir(current)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        dirs, files = [], []
        for n in names:
            full = path.join(current, n)
            if path.isdir(full) and (followlinks or not path.islink(full)):
                dirs.append(n)
            else:
                files.append(n)
        if topdown:
            yield current, dirs, files
            for d in reversed(dirs):
                stack.append(path.join(current, d))
        else:
            stack.append((current, dirs, files))
            for d in reversed(dirs):
                stack.append(path.join(current, d))


class PathLike:
    """The protocol of objects with __fspath__."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike and hasattr(subclass, '__fspath__'):
            return True
        return NotImplemented


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """Open a file object around a file descriptor."""
    return open(fd, mode, buffering, encoding, *args, **kwargs)
