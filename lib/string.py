"""String constants, capwords, Template and Formatter (kaa's own
implementation)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words (at sep, or whitespace), capitalize each and
    join them with sep (or a space)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident_char(c):
    return _is_ident_start(c) or ('0' <= c <= '9')


class Template:
    """A string with $-substitutions: $name, ${name} and $$ for a dollar.
    Subclasses may change the delimiter."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls):
        super().__init_subclass__()

    def _scan(self, handle):
        """Walk the template, calling handle(kind, name, start, end) for
        each placeholder: kind is 'named', 'braced', 'escaped' or
        'invalid'; literal text is returned joined with the results."""
        text = self.template
        delim = self.delimiter
        out = []
        i = 0
        n = len(text)
        while i < n:
            j = text.find(delim, i)
            if j < 0:
                out.append(text[i:])
                break
            out.append(text[i:j])
            k = j + len(delim)
            if text.startswith(delim, k):
                out.append(handle('escaped', None, j, k + len(delim)))
                i = k + len(delim)
                continue
            if k < n and text[k] == '{':
                end = text.find('}', k + 1)
                name = text[k + 1:end] if end >= 0 else ''
                if end >= 0 and name and _is_ident_start(name[0]) and all(map(_is_ident_char, name)) and name.isascii():
                    out.append(handle('braced', name, j, end + 1))
                    i = end + 1
                    continue
                out.append(handle('invalid', None, j, k))
                i = k
                continue
            m = k
            if m < n and _is_ident_start(text[m]) and text[m].isascii():
                while m < n and _is_ident_char(text[m]) and text[m].isascii():
                    m += 1
                out.append(handle('named', text[k:m], j, m))
                i = m
                continue
            out.append(handle('invalid', None, j, k))
            i = k
        return ''.join(out)

    def _invalid(self, start):
        # start is where the delimiter began; CPython reports the
        # position just after it.
        start += len(self.delimiter)
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = start - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping={}, /, **kws):
        """Replace every placeholder; a missing name raises KeyError."""
        if not mapping:
            mapping = kws
        elif kws:
            mapping = _ChainedMapping(kws, mapping)

        def handle(kind, name, start, end):
            if kind in ('named', 'braced'):
                return str(mapping[name])
            if kind == 'escaped':
                return self.delimiter
            self._invalid(start)
        return self._scan(handle)

    def safe_substitute(self, mapping={}, /, **kws):
        """Replace the placeholders whose name is known, leaving the
        others (and invalid ones) as they are."""
        if not mapping:
            mapping = kws
        elif kws:
            mapping = _ChainedMapping(kws, mapping)

        def handle(kind, name, start, end):
            if kind in ('named', 'braced'):
                try:
                    return str(mapping[name])
                except KeyError:
                    return self.template[start:end]
            if kind == 'escaped':
                return self.delimiter
            return self.template[start:end]
        return self._scan(handle)

    def is_valid(self):
        """Whether the template has no invalid placeholder."""
        valid = [True]

        def handle(kind, name, start, end):
            if kind == 'invalid':
                valid[0] = False
            return ''
        self._scan(handle)
        return valid[0]

    def get_identifiers(self):
        """The names of the placeholders, in order, without repeats."""
        names = []

        def handle(kind, name, start, end):
            if kind in ('named', 'braced') and name not in names:
                names.append(name)
            elif kind == 'invalid':
                self._invalid(start)
            return ''
        self._scan(handle)
        return names


class _ChainedMapping:
    def __init__(self, first, second):
        self.first, self.second = first, second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


def _parse_format(format_string):
    """Split a format string into (literal_text, field_name, format_spec,
    conversion) tuples, as str.format reads it."""
    s = format_string
    i = 0
    n = len(s)
    literal = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                literal.append('{')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            name, conversion, spec = field, None, ''
            bracket = False
            for k, ch in enumerate(field):
                if ch == '[':
                    bracket = True
                elif ch == ']':
                    bracket = False
                elif not bracket and ch in '!:':
                    name = field[:k]
                    rest = field[k:]
                    if ch == '!':
                        if len(rest) < 2:
                            raise ValueError("end of string while looking for conversion specifier")
                        conversion = rest[1]
                        rest = rest[2:]
                        if rest and rest[0] != ':':
                            raise ValueError("expected ':' after conversion specifier")
                        spec = rest[1:]
                    else:
                        spec = rest[1:]
                    break
            yield ''.join(literal), name, spec, conversion
            literal = []
            i = j
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _split_field_name(name):
    """Split 'a.b[0]' into ('a', [(True, 'b'), (False, 0)])."""
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        else:
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest


class Formatter:
    """str.format's machinery as overridable methods."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first
