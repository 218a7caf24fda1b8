"""Object-oriented file-system paths (kaa's pathlib).

Pure paths (PurePosixPath, PureWindowsPath) only compute: they split a
path into drive, root and names, and combine them.  Concrete paths
(PosixPath) also reach the file system through the os module.  A path is
stored as its drive, its root and the list of its names (the "tail");
parts is the anchor (drive + root, when there is one) then the names.
"""

import fnmatch
import os
import re
import sys
from errno import ENOENT, ENOTDIR, EBADF, ELOOP
from stat import S_ISDIR, S_ISREG, S_ISLNK, S_ISBLK, S_ISCHR, S_ISFIFO, S_ISSOCK

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath",
           "Path", "PosixPath", "WindowsPath"]

_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _ignore_error(exc):
    return getattr(exc, 'errno', None) in _IGNORED_ERRNOS


# ---------------------------------------------------------------------------
# Flavours: how one family of systems spells paths.

class _PosixFlavour:
    sep = '/'
    altsep = ''
    has_drv = False
    is_supported = os.name != 'nt'

    def splitroot(self, part):
        """(drive, root, rest) of one argument string."""
        if part[:1] != '/':
            return '', '', part
        rest = part.lstrip('/')
        # exactly two leading slashes are kept, as POSIX allows
        return '', '/' * (2 if len(part) - len(rest) == 2 else 1), rest

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def compile_pattern(self, pattern):
        return re.compile(fnmatch.translate(pattern)).fullmatch

    def is_reserved(self, parts):
        return False

    def make_uri(self, path):
        return 'file://' + _quote(bytes(path))


_DRIVE_LETTERS = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
_RESERVED = ({'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'} |
             {'COM' + c for c in '123456789\xb9\xb2\xb3'} |
             {'LPT' + c for c in '123456789\xb9\xb2\xb3'})


class _WindowsFlavour:
    sep = '\\'
    altsep = '/'
    has_drv = True
    is_supported = os.name == 'nt'

    def splitroot(self, part):
        sep = self.sep
        prefix = ''
        if part[:2] == sep * 2:
            # extended paths: \\?\C:\x and \\?\UNC\server\share
            if part.startswith('\\\\?\\'):
                prefix, part = part[:4], part[4:]
                if part.startswith('UNC\\'):
                    prefix += part[:3]
                    part = '\\' + part[3:]
        first, second, third = part[0:1], part[1:2], part[2:3]
        if first == sep and second == sep and third != sep:
            # a UNC drive: \\server\share
            i = part.find(sep, 2)
            if i != -1:
                j = part.find(sep, i + 1)
                if j != i + 1:
                    if j == -1:
                        j = len(part)
                    if prefix:
                        return prefix + part[1:j], sep, part[j + 1:]
                    return part[:j], sep, part[j + 1:]
        drv = root = ''
        if second == ':' and first in _DRIVE_LETTERS:
            drv, part = part[:2], part[2:]
            first = third
        if first == sep:
            root = sep
            part = part.lstrip(sep)
        return prefix + drv, root, part

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def compile_pattern(self, pattern):
        return re.compile(fnmatch.translate(pattern), re.IGNORECASE).fullmatch

    def is_reserved(self, parts):
        if not parts or parts[0].startswith('\\\\'):
            return False
        name = parts[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in _RESERVED

    def make_uri(self, path):
        drive = path.drive
        if len(drive) == 2 and drive[1] == ':':
            rest = path.as_posix()[2:].lstrip('/')
            return 'file:///%s/%s' % (drive, _quote(rest.encode('utf-8')))
        return 'file:' + _quote(path.as_posix().encode('utf-8'))


_posix_flavour = _PosixFlavour()
_windows_flavour = _WindowsFlavour()

_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
                      b'0123456789_.-~/')


def _quote(data):
    return ''.join(chr(b) if b in _URI_SAFE else '%%%02X' % b for b in data)


def _parse(flavour, strings):
    """(drive, root, parts) of the strings joined, parts starting with
    the anchor when there is one.  Later anchored strings restart the
    path; a rooted string without a drive keeps an earlier drive."""
    sep, altsep = flavour.sep, flavour.altsep
    names = []
    drv = root = ''
    pending = list(strings)
    while pending:
        part = pending.pop()
        if not part:
            continue
        if altsep:
            part = part.replace(altsep, sep)
        drv, root, rel = flavour.splitroot(part)
        for name in reversed(rel.split(sep)):
            if name and name != '.':
                names.append(sys.intern(name))
        if drv or root:
            if not drv:
                # look further left for a drive only
                while pending:
                    earlier = pending.pop()
                    if not earlier:
                        continue
                    if altsep:
                        earlier = earlier.replace(altsep, sep)
                    drv = flavour.splitroot(earlier)[0]
                    if drv:
                        break
            break
    if drv or root:
        names.append(drv + root)
    names.reverse()
    return drv, root, names


def _join_parsed(flavour, drv, root, parts, drv2, root2, parts2):
    if root2:
        if not drv2 and drv:
            return drv, root2, [drv + root2] + parts2[1:]
    elif drv2:
        if drv2 == drv or flavour.casefold(drv2) == flavour.casefold(drv):
            # same drive, relative path: C:a / C:b
            return drv, root, parts + parts2[1:]
    else:
        return drv, root, parts + parts2
    return drv2, root2, parts2


# ---------------------------------------------------------------------------
# Globbing

def _select(path, pattern_parts, flavour):
    """Paths below path matching the pattern's components."""
    if not path.is_dir():
        return
    yield from _select_in(path, tuple(pattern_parts), flavour)


def _select_in(path, parts, flavour):
    if not parts:
        yield path
        return
    pat, rest = parts[0], parts[1:]
    if not pat:
        # the pattern ended with a separator: directories only
        yield path
        return
    dironly = bool(rest)
    if pat == '**':
        seen = set()
        for top in _walk_dirs(path):
            for found in _select_in(top, rest, flavour):
                if found not in seen:
                    seen.add(found)
                    yield found
    elif '**' in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    elif _has_magic(pat):
        match = flavour.compile_pattern(pat)
        try:
            with os.scandir(path) as it:
                entries = list(it)
        except PermissionError:
            return
        for entry in entries:
            if dironly:
                try:
                    if not entry.is_dir():
                        continue
                except OSError as e:
                    if not _ignore_error(e):
                        raise
                    continue
            if match(entry.name):
                yield from _select_in(path._make_child_relpath(entry.name), rest, flavour)
    else:
        child = path._make_child_relpath(pat)
        try:
            if child.is_dir() if dironly else child.exists():
                yield from _select_in(child, rest, flavour)
        except PermissionError:
            return


def _walk_dirs(path):
    yield path
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except PermissionError:
        return
    for entry in entries:
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError as e:
            if not _ignore_error(e):
                raise
            is_dir = False
        if is_dir:
            yield from _walk_dirs(path._make_child_relpath(entry.name))


def _has_magic(s):
    return any(c in s for c in '*?[')


class _PathParents:
    """The ancestors of a path, nearest first, as a read-only sequence."""

    __slots__ = ('_pathcls', '_drv', '_root', '_parts')

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        return len(self._parts) - (1 if self._drv or self._root else 0)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        n = len(self)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._pathcls._from_parsed_parts(self._drv, self._root,
                                                self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def __contains__(self, value):
        return any(p == value for p in self)

    def index(self, value):
        for i, p in enumerate(self):
            if p == value:
                return i
        raise ValueError

    def count(self, value):
        return sum(1 for p in self if p == value)

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


# ---------------------------------------------------------------------------
# Pure paths

class PurePath(object):
    """A path without file-system access; PurePath(...) makes the flavour
    of the running system."""

    __slots__ = ('_drv', '_root', '_parts', '_str', '_hash', '_pparts',
                 '_cached_cparts')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _parse_args(cls, args):
        strings = []
        for a in args:
            if isinstance(a, PurePath):
                strings += a._parts
                continue
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError("argument should be a str object or an "
                                "os.PathLike object returning str, not %r"
                                % type(a))
            strings.append(str(a))
        return _parse(cls._flavour, strings)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._drv, self._root, self._parts = self._parse_args(args)
        return self

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _format_parsed_parts(cls, drv, root, parts):
        if drv or root:
            return drv + root + cls._flavour.sep.join(parts[1:])
        return cls._flavour.sep.join(parts)

    def _make_child(self, args):
        drv, root, parts = self._parse_args(args)
        return self._from_parsed_parts(*_join_parsed(
            self._flavour, self._drv, self._root, self._parts, drv, root, parts))

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = self._format_parsed_parts(
                self._drv, self._root, self._parts) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """The path as a 'file:' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.make_uri(self)

    @property
    def _cparts(self):
        try:
            return self._cached_cparts
        except AttributeError:
            self._cached_cparts = self._flavour.casefold_parts(self._parts)
            return self._cached_cparts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts and self._flavour is other._flavour

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def _comparable(self, other):
        return isinstance(other, PurePath) and self._flavour is other._flavour

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        """The drive (a letter or a UNC share), or ''."""
        return self._drv

    @property
    def root(self):
        """The root separator, or ''."""
        return self._root

    @property
    def anchor(self):
        """Drive and root together."""
        return self._drv + self._root

    @property
    def name(self):
        """The last name, or ''."""
        if len(self._parts) == (1 if (self._drv or self._root) else 0):
            return ''
        return self._parts[-1]

    @property
    def suffix(self):
        """The last name's final '.ext', or ''."""
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        """All the '.ext' suffixes of the last name."""
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + s for s in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        """The last name without its suffix."""
        name = self.name
        i = name.rfind('.')
        return name[:i] if 0 < i < len(name) - 1 else name

    def with_name(self, name):
        """The path with its last name replaced."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        f = self._flavour
        drv, root, parts = _parse(f, (name,))
        if (not name or name[-1] in [f.sep, f.altsep]
                or drv or root or len(parts) != 1):
            raise ValueError("Invalid name %r" % (name))
        return self._from_parsed_parts(self._drv, self._root,
                                       self._parts[:-1] + [name])

    def with_stem(self, stem):
        """The path with its stem replaced (the suffix stays)."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with its suffix replaced, added, or removed ('')."""
        f = self._flavour
        if f.sep in suffix or f.altsep and f.altsep in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._from_parsed_parts(self._drv, self._root,
                                       self._parts[:-1] + [name])

    def relative_to(self, *other):
        """The path relative to other, which must be one of its ancestors
        (or itself); ValueError otherwise."""
        if not other:
            raise TypeError("need at least one argument")
        drv, root, parts = self._drv, self._root, self._parts
        mine = [drv, root] + parts[1:] if root else parts
        to_drv, to_root, to_parts = self._parse_args(other)
        theirs = [to_drv, to_root] + to_parts[1:] if to_root else to_parts
        n = len(theirs)
        cf = self._flavour.casefold_parts
        if (root or drv) if n == 0 else cf(mine[:n]) != cf(theirs):
            shown = self._format_parsed_parts(to_drv, to_root, to_parts)
            raise ValueError("{!r} is not in the subpath of {!r} OR one path "
                             "is relative and the other is absolute."
                             .format(str(self), str(shown)))
        return self._from_parsed_parts('', root if n == 1 else '', mine[n:])

    def is_relative_to(self, *other):
        """Whether relative_to(*other) would succeed."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        """The anchor and names as a tuple."""
        try:
            return self._pparts
        except AttributeError:
            self._pparts = tuple(self._parts)
            return self._pparts

    def joinpath(self, *args):
        """self / arg / arg ..."""
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The path without its last name (an anchor is its own parent)."""
        if len(self._parts) == 1 and (self._drv or self._root):
            return self
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1])

    @property
    def parents(self):
        """The sequence of ancestors."""
        return _PathParents(self)

    def is_absolute(self):
        """Whether the path has a root (and a drive, on Windows)."""
        if not self._root:
            return False
        return not self._flavour.has_drv or bool(self._drv)

    def is_reserved(self):
        """Whether Windows reserves the name (CON, NUL...)."""
        return self._flavour.is_reserved(self._parts)

    def match(self, path_pattern):
        """Whether the path matches the glob-style pattern, compared from
        the right (an anchored pattern must match the whole path)."""
        cf = self._flavour.casefold
        path_pattern = cf(path_pattern)
        drv, root, pat_parts = _parse(self._flavour, (path_pattern,))
        if not pat_parts:
            raise ValueError("empty pattern")
        if drv and drv != cf(self._drv):
            return False
        if root and root != cf(self._root):
            return False
        parts = self._cparts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path with POSIX rules."""
    _flavour = _posix_flavour
    __slots__ = ()


class PureWindowsPath(PurePath):
    """A pure path with Windows rules (drives, backslashes, any case)."""
    _flavour = _windows_flavour
    __slots__ = ()


# ---------------------------------------------------------------------------
# Concrete paths

class Path(PurePath):
    """A path on the running system, with file-system methods."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        self = cls._from_parts(args)
        if not self._flavour.is_supported:
            raise NotImplementedError("cannot instantiate %r on your system"
                                      % (cls.__name__,))
        return self

    def _make_child_relpath(self, part):
        return self._from_parsed_parts(self._drv, self._root, self._parts + [part])

    def __enter__(self):
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled "
                      "for removal in Python 3.13; Path objects as a context "
                      "manager is a no-op", DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """The current directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Whether other_path is the same file."""
        st = self.stat()
        try:
            other = other_path.stat()
        except AttributeError:
            other = self.__class__(other_path).stat()
        return os.path.samestat(st, other)

    def iterdir(self):
        """The entries of the directory as paths (no '.' or '..')."""
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _scandir(self):
        return os.scandir(self)

    def glob(self, pattern):
        """The paths below this one matching the relative pattern."""
        sys.audit("pathlib.Path.glob", self, pattern)
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        drv, root, parts = _parse(self._flavour, (pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] in (self._flavour.sep, self._flavour.altsep):
            parts.append('')
        return _select(self, parts, self._flavour)

    def rglob(self, pattern):
        """glob('**/' + pattern)."""
        sys.audit("pathlib.Path.rglob", self, pattern)
        drv, root, parts = _parse(self._flavour, (pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] in (self._flavour.sep, self._flavour.altsep):
            parts.append('')
        return _select(self, ['**'] + parts, self._flavour)

    def absolute(self):
        """The path made absolute against the current directory (no
        normalisation)."""
        if self.is_absolute():
            return self
        return self._from_parts([self.cwd()] + self._parts)

    def resolve(self, strict=False):
        """The absolute path with symbolic links and '..' resolved."""
        try:
            s = os.path.realpath(self, strict=strict)
        except OSError as e:
            if e.errno == ELOOP:
                raise RuntimeError("Symlink loop from %r" % e.filename)
            raise
        p = self._from_parts((s,))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                if e.errno == ELOOP:
                    raise RuntimeError("Symlink loop from %r" % e.filename)
        return p

    def stat(self, *, follow_symlinks=True):
        """os.stat of the path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def owner(self):
        raise NotImplementedError("Path.owner() is unsupported on this system")

    def group(self):
        raise NotImplementedError("Path.group() is unsupported on this system")

    def open(self, mode='r', buffering=-1, encoding=None, errors=None,
             newline=None):
        """open() the file."""
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The file's contents as bytes."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """The file's contents as text."""
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Replace the file's contents with data; return the count."""
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replace the file's contents with the text; return the count."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors,
                       newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """The target of the symbolic link."""
        return self._from_parts((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file, or update its times if it exists (exist_ok)."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory (and its parents, with parents=True)."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """os.chmod the path."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file (a missing file is fine with missing_ok)."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove the empty directory."""
        os.rmdir(self)

    def lstat(self):
        """os.lstat of the path."""
        return self.stat(follow_symlinks=False)

    def rename(self, target):
        """Rename to target; return the new path."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Rename to target, replacing it; return the new path."""
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        raise NotImplementedError("os.link() not available on this system")

    def _stat_test(self, test, follow=True):
        try:
            st = self.stat() if follow else self.lstat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return test(st.st_mode)

    def exists(self):
        """Whether the path exists."""
        try:
            self.stat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def is_dir(self):
        return self._stat_test(S_ISDIR)

    def is_file(self):
        return self._stat_test(S_ISREG)

    def is_symlink(self):
        return self._stat_test(S_ISLNK, follow=False)

    def is_block_device(self):
        return self._stat_test(S_ISBLK)

    def is_char_device(self):
        return self._stat_test(S_ISCHR)

    def is_fifo(self):
        return self._stat_test(S_ISFIFO)

    def is_socket(self):
        return self._stat_test(S_ISSOCK)

    def is_mount(self):
        """Whether the directory is a mount point."""
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        if self.stat().st_dev != parent_dev:
            return True
        return self.stat().st_ino == self.parent.stat().st_ino

    def expanduser(self):
        """The path with a leading ~ or ~user expanded."""
        if (not (self._drv or self._root) and self._parts
                and self._parts[0][:1] == '~'):
            home = os.path.expanduser(self._parts[0])
            if home[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([home] + self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """A concrete Windows path (cannot be made on POSIX systems)."""
    __slots__ = ()

    def is_mount(self):
        raise NotImplementedError("Path.is_mount() is unsupported on this system")
