"""JSON encoding for kaa: JSONEncoder and the string escapers."""

try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_SHORT_ESCAPES = {
    '\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
    '\n': '\\n', '\r': '\\r', '\t': '\\t',
}


def _escape_char(c, ascii_only):
    short = _SHORT_ESCAPES.get(c)
    if short is not None:
        return short
    n = ord(c)
    if n < 0x20 or (ascii_only and n > 0x7e):
        if n < 0x10000:
            return '\\u%04x' % n
        n -= 0x10000
        return '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))
    return c


def py_encode_basestring(s):
    """Return s as a JSON string literal, non-ASCII characters kept."""
    return '"' + ''.join([_escape_char(c, False) for c in s]) + '"'


def py_encode_basestring_ascii(s):
    """Return s as a JSON string literal using only ASCII characters."""
    return '"' + ''.join([_escape_char(c, True) for c in s]) + '"'


encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Encode Python data structures as JSON.

    dict -> object, list and tuple -> array, str -> string, int and float
    (and their subclasses) -> number, True/False -> true/false,
    None -> null. Override default() to encode other objects.
    """

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable stand-in for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return the JSON text of o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding the JSON text in pieces."""
        # The ids of the containers being encoded (a set: the objects
        # themselves are alive on the way down anyway).
        markers = set() if self.check_circular else None
        encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        allow_nan = self.allow_nan
        one_shot = _one_shot and self.indent is None

        def floatstr(o, _repr=float.__repr__):
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            else:
                return _repr(o)
            if not allow_nan:
                if one_shot:
                    raise ValueError(
                        'Out of range float values are not JSON compliant')
                raise ValueError(
                    'Out of range float values are not JSON compliant: ' +
                    repr(o))
            return text

        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        args = (markers, self.default, encoder, indent, floatstr,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys)
        if _one_shot and c_make_encoder is not None:
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            return c_make_encoder(
                {} if self.check_circular else None, self.default, encoder,
                indent, self.key_separator, self.item_separator,
                self.sort_keys, self.skipkeys, self.allow_nan)(o, 0)
        if one_shot:
            out = []
            _encode_into(out, o, *args)
            return out
        return _iterencode(o, 0, *args)


def _key_text(key, floatstr, skipkeys):
    """The JSON text of a dict key before quoting, or None to skip it."""
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return floatstr(key)
    if key is True:
        return 'true'
    if key is False:
        return 'false'
    if key is None:
        return 'null'
    if isinstance(key, int):
        return int.__repr__(key)
    if skipkeys:
        return None
    raise TypeError(f'keys must be str, int, float, bool or None, '
                    f'not {key.__class__.__name__}')


def _encode_into(out, o, markers, default, encoder, indent, floatstr,
                 key_sep, item_sep, sort_keys, skipkeys):
    """Append the JSON text of o to the list out (no indentation)."""
    append = out.append

    def enc(o):
        if isinstance(o, str):
            append(encoder(o))
        elif o is None:
            append('null')
        elif o is True:
            append('true')
        elif o is False:
            append('false')
        elif isinstance(o, int):
            append(int.__repr__(o))
        elif isinstance(o, float):
            append(floatstr(o))
        elif isinstance(o, (list, tuple)):
            if not o:
                append('[]')
                return
            if markers is not None:
                mark = id(o)
                if mark in markers:
                    raise ValueError('Circular reference detected')
                markers.add(mark)
            append('[')
            first = True
            for v in o:
                if first:
                    first = False
                else:
                    append(item_sep)
                enc(v)
            append(']')
            if markers is not None:
                markers.discard(mark)
        elif isinstance(o, dict):
            if not o:
                append('{}')
                return
            if markers is not None:
                mark = id(o)
                if mark in markers:
                    raise ValueError('Circular reference detected')
                markers.add(mark)
            append('{')
            items = sorted(o.items()) if sort_keys else o.items()
            first = True
            for k, v in items:
                k = _key_text(k, floatstr, skipkeys)
                if k is None:
                    continue
                if first:
                    first = False
                else:
                    append(item_sep)
                append(encoder(k))
                append(key_sep)
                enc(v)
            append('}')
            if markers is not None:
                markers.discard(mark)
        else:
            if markers is not None:
                mark = id(o)
                if mark in markers:
                    raise ValueError('Circular reference detected')
                markers.add(mark)
            enc(default(o))
            if markers is not None:
                markers.discard(mark)

    enc(o)


def _iterencode(o, level, markers, default, encoder, indent, floatstr,
                key_sep, item_sep, sort_keys, skipkeys):
    """Yield the JSON text of o in pieces, indented when indent is set."""

    def scalar(o):
        if isinstance(o, str):
            return encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return floatstr(o)
        return None

    def enter(o):
        if markers is not None:
            mark = id(o)
            if mark in markers:
                raise ValueError('Circular reference detected')
            markers.add(mark)

    def leave(o):
        if markers is not None:
            markers.discard(id(o))

    def gen(o, level):
        text = scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from gen_list(o, level)
        elif isinstance(o, dict):
            yield from gen_dict(o, level)
        else:
            enter(o)
            yield from gen(default(o), level)
            leave(o)

    def gen_list(o, level):
        if not o:
            yield '[]'
            return
        enter(o)
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            sep = item_sep + newline
            buf = '[' + newline
        else:
            newline = None
            sep = item_sep
            buf = '['
        first = True
        for v in o:
            if first:
                first = False
            else:
                buf = sep
            text = scalar(v)
            if text is not None:
                yield buf + text
            else:
                yield buf
                if isinstance(v, (list, tuple)):
                    yield from gen_list(v, level)
                elif isinstance(v, dict):
                    yield from gen_dict(v, level)
                else:
                    yield from gen(v, level)
        if newline is not None:
            level -= 1
            yield '\n' + indent * level
        yield ']'
        leave(o)

    def gen_dict(o, level):
        if not o:
            yield '{}'
            return
        enter(o)
        yield '{'
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            sep = item_sep + newline
            yield newline
        else:
            newline = None
            sep = item_sep
        items = sorted(o.items()) if sort_keys else o.items()
        first = True
        for k, v in items:
            k = _key_text(k, floatstr, skipkeys)
            if k is None:
                continue
            if first:
                first = False
            else:
                yield sep
            yield encoder(k)
            yield key_sep
            text = scalar(v)
            if text is not None:
                yield text
            elif isinstance(v, (list, tuple)):
                yield from gen_list(v, level)
            elif isinstance(v, dict):
                yield from gen_dict(v, level)
            else:
                yield from gen(v, level)
        if newline is not None:
            level -= 1
            yield '\n' + indent * level
        yield '}'
        leave(o)

    return gen(o, level)
