"""Shell-style pathname expansion (kaa's glob).

'*', '?' and '[...]' match within one path component (fnmatch rules);
with recursive=True a component '**' matches any number of directories.
Names starting with '.' are matched only by patterns that start with '.'
unless include_hidden is true.  Results come in the order the directory
listing gives, as in CPython.
"""

import os
import re
import fnmatch
import itertools
import sys

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """The list of paths matching pathname."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """An iterator over the paths matching pathname."""
    sys.audit("glob.glob", pathname, recursive)
    sys.audit("glob.glob/2", pathname, recursive, root_dir, dir_fd)
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported in kaa")
    root_dir = os.fspath(root_dir) if root_dir is not None else pathname[:0]
    it = _expand(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _is_recursive(pathname[:2]):
        # '**' at the front first yields the empty path: drop it
        try:
            first = next(it)
        except StopIteration:
            pass
        else:
            if first:
                it = itertools.chain((first,), it)
    return it


def _expand(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _recursive(root_dir, basename, dironly, include_hidden)
        else:
            yield from _matching(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        parents = _expand(dirname, root_dir, recursive, True, include_hidden)
    else:
        parents = [dirname]
    if not has_magic(basename):
        search = _literal
    elif recursive and _is_recursive(basename):
        search = _recursive
    else:
        search = _matching
    for parent in parents:
        for name in search(_join(root_dir, parent), basename, dironly,
                           include_hidden):
            yield os.path.join(parent, name)


def _matching(dirname, pattern, dironly, include_hidden):
    names = _names_in(dirname, dironly)
    if include_hidden or not _is_hidden(pattern):
        names = [n for n in names if include_hidden or not _is_hidden(n)]
    if isinstance(pattern, bytes):
        found = fnmatch.filter([os.fsdecode(n) for n in names], os.fsdecode(pattern))
        return [os.fsencode(n) for n in found]
    return fnmatch.filter(names, pattern)


def _literal(dirname, basename, dironly, include_hidden):
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _recursive(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _walk(dirname, dironly, include_hidden)


def _walk(dirname, dironly, include_hidden):
    for name in _names_in(dirname, dironly):
        if include_hidden or not _is_hidden(name):
            yield name
            sub = _join(dirname, name) if dirname else name
            for below in _walk(sub, dironly, include_hidden):
                yield _join(name, below)


def _names_in(dirname, dironly):
    if not dirname:
        dirname = bytes(os.curdir, 'ASCII') if isinstance(dirname, bytes) else os.curdir
    try:
        with os.scandir(dirname) as entries:
            names = []
            for entry in entries:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
            return names
    except OSError:
        return []


def glob0(dirname, pattern):
    return _literal(dirname, pattern, False, False)


def glob1(dirname, pattern):
    return _matching(dirname, pattern, False, False)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def has_magic(s):
    """Whether s holds a wildcard character."""
    if isinstance(s, bytes):
        return magic_check_bytes.search(s) is not None
    return magic_check.search(s) is not None


def _is_hidden(path):
    return path[0] in ('.', b'.'[0])


def _is_recursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')


def escape(pathname):
    """pathname with its wildcard characters bracketed, so that it
    matches only itself."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = magic_check_bytes.sub(br'[\1]', pathname)
    else:
        pathname = magic_check.sub(r'[\1]', pathname)
    return drive + pathname
