"""Temporary files and directories (kaa's tempfile).

Names are made of a prefix, eight random characters and a suffix, in the
directory gettempdir() picks (TMPDIR, TEMP, TMP, then /tmp, /var/tmp,
/usr/tmp, then the current directory).  Files are created with O_EXCL so
that a name is never reused.
"""

import io as _io
import os as _os
import sys as _sys
import errno as _errno
import weakref as _weakref
from random import Random as _Random

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
    "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp",
    "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CREATE_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | getattr(_os, 'O_NOFOLLOW', 0)
_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"


class _Names:
    """An endless supply of random eight-character names."""

    def __init__(self):
        self._rng = None
        self._pid = None

    def __iter__(self):
        return self

    def __next__(self):
        pid = _os.getpid()
        if self._rng is None or pid != self._pid:
            self._rng = _Random()
            self._pid = pid
        return ''.join(self._rng.choices(_CHARACTERS, k=8))


# One name sequence per interpreter: module state, not a Go global.
_names = _Names()


def _output_type(*args):
    kind = None
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        if isinstance(arg, bytes):
            if kind is str:
                raise TypeError("Can't mix bytes and non-bytes in "
                                "path components.")
            kind = bytes
        else:
            if kind is bytes:
                raise TypeError("Can't mix bytes and non-bytes in "
                                "path components.")
            kind = str
    if kind is None:
        if tempdir is None or isinstance(tempdir, str):
            return str
        return bytes
    return kind


def _sanitize(prefix, suffix, dir):
    kind = _output_type(prefix, suffix, dir)
    if suffix is None:
        suffix = kind()
    if prefix is None:
        prefix = template if kind is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if kind is str else gettempdirb()
    return prefix, suffix, dir, kind


def _candidate_dirs():
    dirs = []
    for var in ('TMPDIR', 'TEMP', 'TMP'):
        value = _os.getenv(var)
        if value:
            dirs.append(value)
    dirs.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirs.append(_os.getcwd())
    except (AttributeError, OSError):
        dirs.append(_os.curdir)
    return dirs


def _find_tempdir():
    tried = []
    for d in _candidate_dirs():
        if d != _os.curdir:
            d = _os.path.abspath(d)
        for _ in range(100):
            name = _os.path.join(d, next(_names))
            try:
                fd = _os.open(name, _CREATE_FLAGS, 0o600)
                try:
                    _os.write(fd, b'blat')
                finally:
                    _os.close(fd)
                _os.unlink(name)
                return d
            except FileExistsError:
                pass
            except PermissionError:
                break
            except OSError:
                break
        tried.append(d)
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" % tried)


def gettempprefix():
    """The default prefix of temporary names ('tmp')."""
    return _os.fsdecode(template)


def gettempprefixb():
    """gettempprefix() as bytes."""
    return _os.fsencode(template)


def gettempdir():
    """The default directory for temporary files."""
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    """gettempdir() as bytes."""
    return _os.fsencode(gettempdir())


def _make_file(dir, pre, suf, flags, kind):
    dir = _os.path.abspath(dir)
    for _ in range(TMP_MAX):
        name = next(_names)
        if kind is bytes:
            name = _os.fsencode(name)
        path = _os.path.join(dir, pre + name + suf)
        _sys.audit("tempfile.mkstemp", path)
        try:
            fd = _os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        return fd, path
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file that only its owner can read and write, and
    return (an open OS-level descriptor, its absolute path).  The caller
    removes the file."""
    prefix, suffix, dir, kind = _sanitize(prefix, suffix, dir)
    return _make_file(dir, prefix, suffix, _CREATE_FLAGS, kind)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory that only its owner can use and return its
    absolute path.  The caller removes it."""
    prefix, suffix, dir, kind = _sanitize(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        name = next(_names)
        if kind is bytes:
            name = _os.fsencode(name)
        path = _os.path.join(dir, prefix + name + suffix)
        _sys.audit("tempfile.mkdtemp", path)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(_names) + suffix)
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object whose file is removed when it closes (if delete)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (its .name attribute), removed
    when closed if delete is true."""
    prefix, suffix, dir, kind = _sanitize(prefix, suffix, dir)
    fd, name = _make_file(dir, prefix, suffix, _CREATE_FLAGS, kind)
    try:
        file = open(fd, mode, buffering=buffering, newline=newline,
                    encoding=encoding, errors=errors)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A temporary file without a name in the file system."""
    prefix, suffix, dir, kind = _sanitize(prefix, suffix, dir)
    fd, name = _make_file(dir, prefix, suffix, _CREATE_FLAGS, kind)
    try:
        _os.unlink(name)
        return open(fd, mode, buffering=buffering, newline=newline,
                    encoding=encoding, errors=errors)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory (BytesIO or StringIO) until it
    grows past max_size or fileno() is called, then moved to a real
    TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding,
                                           errors=errors, newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering,
                                   'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        old = self._file
        new = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = old.tell()
        if hasattr(new, 'buffer'):
            new.buffer.write(old.detach().getvalue())
        elif isinstance(old, _io.TextIOWrapper):
            # kaa's text files have no .buffer: write the text itself
            old.flush()
            data = old.detach().getvalue()
            new.write(data.decode(new.encoding, new.errors or 'strict'))
            new.flush()
        else:
            new.write(old.getvalue())
        new.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        result = self._file.write(s)
        self._check(self._file)
        return result

    def writelines(self, iterable):
        result = self._file.writelines(iterable)
        self._check(self._file)
        return result


class TemporaryDirectory:
    """A directory made by mkdtemp, removed with its contents by cleanup(),
    at the end of a with block, or when the object is finalized."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = _weakref.finalize(
            self, self._cleanup, self.name,
            warn_message="Implicitly cleaning up {!r}".format(self),
            ignore_errors=self._ignore_cleanup_errors)

    @classmethod
    def _rmtree(cls, name, ignore_errors=False):
        import shutil
        shutil.rmtree(name, ignore_errors=ignore_errors)

    @classmethod
    def _cleanup(cls, name, warn_message, ignore_errors=False):
        cls._rmtree(name, ignore_errors=ignore_errors)
        import warnings
        warnings.warn(warn_message, ResourceWarning)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._finalizer.detach() or _os.path.exists(self.name):
            self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
