"""Read lines of source files, caching them (kaa's implementation of
CPython's linecache module)."""

import sys

__all__ = ["getline", "getlines", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Return line number lineno of filename (with its newline), or ''."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """Return the lines of filename, reading the file on first use."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cached files that changed on disk (kaa keeps them)."""
    if filename is None:
        return
    cache.pop(filename, None) if filename in cache and len(cache[filename]) == 1 else None


def updatecache(filename, module_globals=None):
    """Read filename into the cache and return its lines."""
    cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    try:
        with open(filename, encoding="utf-8", errors="replace") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError, ValueError):
        return []
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    cache[filename] = (len(text), None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    """Remember that filename's source can be fetched later."""
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return False
    if filename in cache and len(cache[filename]) != 1:
        return False
    return module_globals is not None and "__loader__" in module_globals
