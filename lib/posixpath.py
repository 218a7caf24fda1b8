"""Path operations for POSIX systems: os.path (kaa's own implementation).

The functions that look at the file system go through os.stat, hence
through the interpreter's System.
"""

import os

sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat", "curdir",
           "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]

supports_unicode_filenames = False


def _seps(p):
    return (b'/', b'.', b'') if isinstance(p, bytes) else ('/', '.', '')


def _check(*args, fn):
    kinds = {type(a) for a in args}
    if str in kinds and bytes in kinds:
        raise TypeError("Can't mix strings and bytes in path components") from None
    for a in args:
        if not isinstance(a, (str, bytes)):
            raise TypeError(f'{fn}() argument must be str, bytes, or os.PathLike object, '
                            f'not {type(a).__name__!r}') from None


def normcase(s):
    """On POSIX, paths are compared as they are."""
    return os.fspath(s)


def isabs(s):
    """Whether the path is absolute."""
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """Join path components, a component starting with / restarting the
    path."""
    a = os.fspath(a)
    s = _seps(a)[0]
    parts = [os.fspath(x) for x in p]
    _check(a, *parts, fn='join')
    result = a
    for b in parts:
        if b.startswith(s):
            result = b
        elif not result or result.endswith(s):
            result += b
        else:
            result += s + b
    return result


def split(p):
    """Split into (head, tail): tail is what follows the last slash."""
    p = os.fspath(p)
    s = _seps(p)[0]
    i = p.rfind(s) + 1
    head, tail = p[:i], p[i:]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head, tail


def splitext(p):
    """Split into (root, ext) where ext is the last extension ('.txt'),
    leading dots of the base name not counting."""
    p = os.fspath(p)
    s, dot, empty = _seps(p)
    slash = p.rfind(s)
    dot_i = p.rfind(dot)
    if dot_i > slash:
        start = slash + 1
        while start < dot_i:
            if p[start:start + 1] != dot:
                return p[:dot_i], p[dot_i:]
            start += 1
    return p, empty


def splitdrive(p):
    """POSIX paths have no drive: ('', p)."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """The final component of the path."""
    p = os.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    """Everything but the final component of the path."""
    p = os.fspath(p)
    s = _seps(p)[0]
    head = p[:p.rfind(s) + 1]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head


def commonprefix(m):
    """The longest common leading string of a list of paths."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo, hi = min(m), max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    """The longest common sub-path of the paths."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    s, cur, _ = _seps(paths[0])
    absolute = {p[:1] == s for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split(s) if c and c != cur] for p in paths]
    lo, hi = min(split_paths), max(split_paths)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    prefix = s if absolute.pop() else s[:0]
    return prefix + s.join(common)


def _stat_or_none(p, follow=True):
    try:
        return os.stat(p) if follow else os.lstat(p)
    except (OSError, ValueError):
        return None


def exists(p):
    """Whether the path names something (following symbolic links)."""
    return _stat_or_none(p) is not None


def lexists(p):
    """Whether the path names something (a broken link counts)."""
    return _stat_or_none(p, False) is not None


def isdir(p):
    """Whether the path is a directory."""
    st = _stat_or_none(p)
    return st is not None and (st.st_mode & 0o170000) == 0o040000


def isfile(p):
    """Whether the path is a regular file."""
    st = _stat_or_none(p)
    return st is not None and (st.st_mode & 0o170000) == 0o100000


def islink(p):
    """Whether the path is a symbolic link."""
    st = _stat_or_none(p, False)
    return st is not None and (st.st_mode & 0o170000) == 0o120000


def ismount(p):
    """Whether the path is a mount point (only / is known here)."""
    return abspath(p) in ('/', b'/')


def getsize(p):
    """The size of the file, in bytes."""
    return os.stat(p).st_size


def getmtime(p):
    """The time of the last modification."""
    return os.stat(p).st_mtime


def getatime(p):
    """The time of the last access."""
    return os.stat(p).st_atime


def getctime(p):
    """The time of the last metadata change."""
    return os.stat(p).st_ctime


def samestat(s1, s2):
    """Whether two stat results describe the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Whether two paths name the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two file descriptors refer to the same file."""
    return fp1 == fp2


def expanduser(p):
    """Replace a leading ~ by the home directory."""
    p = os.fspath(p)
    tilde = b'~' if isinstance(p, bytes) else '~'
    if not p.startswith(tilde):
        return p
    s = _seps(p)[0]
    i = p.find(s, 1)
    if i < 0:
        i = len(p)
    if i != 1:
        return p
    home = os.environ.get('HOME')
    if home is None:
        return p
    if isinstance(p, bytes):
        home = os.fsencode(home)
    home = home.rstrip(s) or s
    return home + p[i:]


def expandvars(p):
    """Replace $name and ${name} by the environment's values."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        return os.fsencode(expandvars(os.fsdecode(p)))
    if '$' not in p:
        return p
    out = []
    i = 0
    while i < len(p):
        c = p[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if p[i + 1:i + 2] == '{':
            j = p.find('}', i + 2)
            if j < 0:
                out.append(p[i:])
                break
            name = p[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < len(p) and (p[j].isalnum() or p[j] == '_'):
                j += 1
            name = p[i + 1:j]
            end = j
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(p[i:end])
        i = end
    return ''.join(out)


def normpath(path):
    """Collapse redundant separators and . and .. components."""
    path = os.fspath(path)
    s, dot, empty = _seps(path)
    if path == empty:
        return dot
    dotdot = dot * 2
    initial = 0
    if path.startswith(s):
        initial = 2 if path.startswith(s * 2) and not path.startswith(s * 3) else 1
    parts = []
    for comp in path.split(s):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = s * initial + s.join(parts)
    return result or dot


def abspath(path):
    """The absolute, normalised version of the path."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: absolute, normalised, with every symbolic link
    replaced by its target.  A missing component ends the resolution
    (strict=True raises instead); a loop of links leaves the rest as is
    (strict=True raises OSError)."""
    filename = os.fspath(filename)
    s, dot, empty = _seps(filename)
    dotdot = dot * 2
    path, _ = _resolve(empty, filename, s, dot, dotdot, strict, {})
    return abspath(path)


def _resolve(path, rest, s, dot, dotdot, strict, seen):
    # Walks rest component by component onto path (already resolved);
    # seen maps link paths to their resolution (None while in progress).
    if isabs(rest):
        rest = rest[1:]
        path = s
    while rest:
        name, _, rest = rest.partition(s)
        if not name or name == dot:
            continue
        if name == dotdot:
            if path:
                path, tail = split(path)
                if tail == dotdot:
                    path = join(path, dotdot, dotdot)
            else:
                path = dotdot
            continue
        newpath = join(path, name)
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = (st.st_mode & 0o170000) == 0o120000
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            known = seen[newpath]
            if known is not None:
                path = known
                continue
            if strict:
                os.stat(newpath)
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _resolve(path, os.readlink(newpath), s, dot, dotdot, strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    """The path relative to start (the current directory by default)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    s, cur, _ = _seps(path)
    if start is None:
        start = cur
    start = os.fspath(start)
    start_parts = [x for x in abspath(start).split(s) if x]
    path_parts = [x for x in abspath(path).split(s) if x]
    i = len(commonprefix([start_parts, path_parts]))
    rel = [cur * 2] * (len(start_parts) - i) + path_parts[i:]
    if not rel:
        return cur
    return join(*rel)
