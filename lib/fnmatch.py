"""Filename matching with shell patterns (kaa's implementation of the
fnmatch module): * matches everything, ? one character, [seq] one
character in seq, [!seq] one not in seq."""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether name matches pat, normalizing case as the operating
    system does (not at all on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable names that match pat."""
    pat = os.path.normcase(pat)
    result = []
    for name in names:
        if fnmatchcase(os.path.normcase(name), pat):
            result.append(name)
    return result


def _parse(pat):
    # The pattern as a list of items: '*', '?', a character, or a
    # (negated, ranges) pair for a bracket expression.
    items = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not items or items[-1] != '*':
                items.append('*')
        elif c == '?':
            items.append('?')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                items.append(('[',))
                continue
            body = pat[i:j]
            i = j + 1
            negated = body.startswith('!')
            if negated:
                body = body[1:]
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    if body[k] <= body[k + 2]:
                        ranges.append((body[k], body[k + 2]))
                    k += 3
                else:
                    ranges.append((body[k], body[k]))
                    k += 1
            items.append((negated, ranges))
        else:
            items.append((c,))
    return items


def _match_item(item, ch):
    if item == '?':
        return True
    if len(item) == 1:
        return ch == item[0]
    negated, ranges = item
    found = any(lo <= ch <= hi for lo, hi in ranges)
    return found != negated


def fnmatchcase(name, pat):
    """Test whether name matches pat, case-sensitively."""
    items = _parse(pat)
    # Backtracking over the last star only (a greedy glob match).
    ni = pi = 0
    star_pi = star_ni = -1
    while ni < len(name):
        if pi < len(items) and items[pi] == '*':
            star_pi, star_ni = pi, ni
            pi += 1
        elif pi < len(items) and _match_item(items[pi], name[ni]):
            ni += 1
            pi += 1
        elif star_pi >= 0:
            star_ni += 1
            ni = star_ni
            pi = star_pi + 1
        else:
            return False
    while pi < len(items) and items[pi] == '*':
        pi += 1
    return pi == len(items)


def _escape(c):
    if c.isalnum() or c == '_':
        return c
    return '\\' + c


def translate(pat):
    """Translate a shell pattern to a regular expression."""
    out = []
    for item in _parse(pat):
        if item == '*':
            out.append('.*')
        elif item == '?':
            out.append('.')
        elif len(item) == 1:
            out.append(_escape(item[0]))
        else:
            negated, ranges = item
            if not ranges:
                out.append('.' if negated else '(?!)')
                continue
            body = ''.join(_escape(lo) if lo == hi else _escape(lo) + '-' + _escape(hi)
                           for lo, hi in ranges)
            out.append('[' + ('^' if negated else '') + body + ']')
    return '(?s:%s)\\Z' % ''.join(out)
