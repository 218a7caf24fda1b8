"""JSON decoding for kaa: JSONDecoder, JSONDecodeError and the scanner
that turns a document into Python objects."""

import re

try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None
try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """A document could not be decoded.

    msg is the bare message, doc the document, pos the index where the
    problem was found; lineno and colno count from 1.
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(
            self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}

_SIMPLE_ESCAPES = {
    '"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
    'n': '\n', 'r': '\r', 't': '\t',
}

_CHUNK = re.compile(r'[^"\\\x00-\x1f]*')
_HEX = '0123456789abcdefABCDEF'


def _hex4(s, pos):
    """The value of the four hex digits at s[pos:pos+4], or raise."""
    digits = s[pos:pos + 4]
    if len(digits) == 4 and all(c in _HEX for c in digits):
        return int(digits, 16)
    raise JSONDecodeError('Invalid \\uXXXX escape', s, pos - 1)


def py_scanstring(s, end, strict=True):
    """Decode the string whose opening quote is at end - 1.

    Returns (text, index just after the closing quote).
    """
    begin = end - 1
    parts = []
    chunk = _CHUNK.match
    while True:
        m = chunk(s, end)
        run = m.group()
        if run:
            parts.append(run)
        end = m.end()
        if end >= len(s):
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        c = s[end]
        if c == '"':
            return ''.join(parts), end + 1
        if c != '\\':
            if strict:
                raise JSONDecodeError('Invalid control character at', s, end)
            parts.append(c)
            end += 1
            continue
        end += 1
        if end >= len(s):
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[end]
        if esc != 'u':
            try:
                parts.append(_SIMPLE_ESCAPES[esc])
            except KeyError:
                raise JSONDecodeError('Invalid \\escape', s, end - 1) from None
            end += 1
            continue
        code = _hex4(s, end + 1)
        end += 5
        if 0xd800 <= code <= 0xdbff and s[end:end + 2] == '\\u':
            low = _hex4(s, end + 2)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        parts.append(chr(code))


scanstring = c_scanstring or py_scanstring

_WS = re.compile(r'[ \t\n\r]*')
_WHITESPACE = ' \t\n\r'
_NUMBER = re.compile(r'(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?')


def _make_scanner(ctx):
    """Return scan(s, idx) -> (value, end) for the decoder ctx."""
    parse_float = ctx.parse_float
    parse_int = ctx.parse_int
    parse_constant = ctx.parse_constant
    object_hook = ctx.object_hook
    object_pairs_hook = ctx.object_pairs_hook
    strict = ctx.strict
    memo = {}
    ws = _WS.match
    number = _NUMBER.match
    default_float = parse_float is float
    default_int = parse_int is int

    def value(s, idx):
        try:
            c = s[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if c == '"':
            return scanstring(s, idx + 1, strict)
        if c == '{':
            return obj(s, idx + 1)
        if c == '[':
            return arr(s, idx + 1)
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        m = number(s, idx)
        if m is not None:
            whole, frac, exp = m.groups()
            if frac or exp:
                text = whole + (frac or '') + (exp or '')
                return (float(text) if default_float else parse_float(text)), m.end()
            return (int(whole) if default_int else parse_int(whole)), m.end()
        if c == 'N' and s.startswith('NaN', idx):
            return parse_constant('NaN'), idx + 3
        if c == 'I' and s.startswith('Infinity', idx):
            return parse_constant('Infinity'), idx + 8
        if c == '-' and s.startswith('-Infinity', idx):
            return parse_constant('-Infinity'), idx + 9
        raise StopIteration(idx)

    def item(s, idx):
        try:
            return value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None

    def obj(s, end):
        pairs = []
        end = ws(s, end).end()
        if s[end:end + 1] != '"':
            if s[end:end + 1] == '}':
                if object_pairs_hook is not None:
                    return object_pairs_hook(pairs), end + 1
                result = {}
                if object_hook is not None:
                    result = object_hook(result)
                return result, end + 1
            raise JSONDecodeError(
                'Expecting property name enclosed in double quotes', s, end)
        end += 1
        while True:
            key, end = scanstring(s, end, strict)
            key = memo.setdefault(key, key)
            if s[end:end + 1] != ':':
                end = ws(s, end).end()
                if s[end:end + 1] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = ws(s, end + 1).end()
            val, end = item(s, end)
            pairs.append((key, val))
            end = ws(s, end).end()
            c = s[end:end + 1]
            end += 1
            if c == '}':
                break
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = ws(s, end).end()
            if s[end:end + 1] != '"':
                raise JSONDecodeError(
                    'Expecting property name enclosed in double quotes', s, end)
            end += 1
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), end
        result = dict(pairs)
        if object_hook is not None:
            result = object_hook(result)
        return result, end

    def arr(s, end):
        values = []
        end = ws(s, end).end()
        if s[end:end + 1] == ']':
            return values, end + 1
        append = values.append
        while True:
            val, end = item(s, end)
            append(val)
            end = ws(s, end).end()
            c = s[end:end + 1]
            end += 1
            if c == ']':
                break
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = ws(s, end).end()
        return values, end

    def scan_once(s, idx):
        if idx < 0:
            raise StopIteration(idx)
        try:
            return value(s, idx)
        finally:
            memo.clear()

    return scan_once


class JSONDecoder(object):
    """Decode JSON text into Python objects.

    object -> dict, array -> list, string -> str, number -> int or float,
    true/false -> True/False, null -> None; NaN, Infinity and -Infinity
    are accepted too.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        self.scan_once = (c_make_scanner or _make_scanner)(self)

    def decode(self, s, _w=_WS.match):
        """Return the Python value of the JSON document s (a str)."""
        obj, end = self.raw_decode(s, idx=_w(s, 0).end())
        end = _w(s, end).end()
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value starting at s[idx].

        Returns (value, index where it ends); text may follow it.
        """
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        return obj, end
