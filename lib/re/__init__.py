"""Support for regular expressions (RE).

kaa's own implementation of CPython's re module: the engine (parser,
compiler, matcher, Pattern and Match objects) is the Go module _sre; this
module adds the flags, the module-level functions and Scanner.

The functions compile, search, match, fullmatch, split, findall,
finditer, sub, subn, escape and purge, and the flags A (ASCII),
I (IGNORECASE), L (LOCALE), M (MULTILINE), S (DOTALL), X (VERBOSE),
U (UNICODE) and DEBUG, work as in CPython 3.11.
"""

import _sre
from _sre import error, Pattern, Match, escape

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXCACHE = 512


class _FlagType(type):
    """The metaclass of RegexFlag: the class iterates over its flags."""

    def __iter__(cls):
        return iter(cls._flags)

    def __len__(cls):
        return len(cls._flags)

    def __contains__(cls, value):
        return isinstance(value, cls) and value in cls._by_value.values()

    def __repr__(cls):
        return "<flag %r>" % cls.__name__

    @property
    def __members__(cls):
        return dict(cls._by_name)


class RegexFlag(int, metaclass=_FlagType):
    """The flags of regular expressions, combined with |."""

    _flags = ()
    _by_value = {}
    _by_name = {}
    _all = 0

    def __new__(cls, value=0):
        try:
            return cls._by_value[value]
        except (KeyError, TypeError):
            pass
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__name__))
        value = int(value)
        if value < 0:
            value += cls._all + 1
            if value < 0:
                raise ValueError("%r is not a valid %s" % (value - cls._all - 1, cls.__name__))
        flag = int.__new__(cls, value)
        cls._by_value[value] = flag
        return flag

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        value = int(self)
        if value == 0:
            return "NOFLAG"
        names = [f._name for f in RegexFlag._flags if value & int(f)]
        if not names or value & ~RegexFlag._all:
            return None if not names else "|".join(names)
        return "|".join(names)

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names = ["re." + f._name for f in RegexFlag._flags if value & int(f)]
        if not names:
            return "re.RegexFlag(%d)" % value
        extra = value & ~RegexFlag._all
        if extra:
            names.append(hex(extra))
        return "|".join(names)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return repr(self)
        return int.__format__(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(RegexFlag._all & ~int(self) | int(self) & ~RegexFlag._all)

    def __contains__(self, other):
        if not isinstance(other, RegexFlag):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(other).__qualname__, type(self).__qualname__))
        return int(other) & int(self) == int(other)

    def __iter__(self):
        value = int(self)
        return iter([f for f in RegexFlag._flags if value & int(f)])

    def __len__(self):
        value = int(self)
        return sum(1 for f in RegexFlag._flags if value & int(f))

    def __reduce_ex__(self, proto):
        return RegexFlag, (int(self),)


def _define_flags():
    flags = []
    aliases = {}
    for name, short, value in (
        ("ASCII", "A", 256), ("IGNORECASE", "I", 2), ("LOCALE", "L", 4),
        ("UNICODE", "U", 32), ("MULTILINE", "M", 8), ("DOTALL", "S", 16),
        ("VERBOSE", "X", 64), ("TEMPLATE", "T", 1), ("DEBUG", None, 128),
    ):
        flag = RegexFlag(value)
        flag._name = name
        flags.append(flag)
        aliases[name] = flag
        if short:
            aliases[short] = flag
    RegexFlag._flags = tuple(flags)
    for f in flags:
        RegexFlag._all |= int(f)
    noflag = RegexFlag(0)
    RegexFlag._by_name = {"NOFLAG": noflag, **aliases}
    for name, flag in RegexFlag._by_name.items():
        setattr(RegexFlag, name, flag)
        globals()[name] = flag


_define_flags()
del _define_flags


def _compile(pattern, flags):
    return _sre.compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _sre.compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _sre.compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _sre.compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl.  repl can be either a string or a callable;
    if a string, backslash escapes in it are processed.  If it is
    a callable, it's passed the Match object and must return
    a replacement string to be used."""
    return _sre.compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number).
    new_string is the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in the source
    string by the replacement repl.  number is the number of
    substitutions that were made."""
    return _sre.compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings.  If
    capturing parentheses are used in pattern, then the text of all
    groups in the pattern are also returned as part of the resulting
    list.  If maxsplit is nonzero, at most maxsplit splits occur,
    and the remainder of the string is returned as the final element
    of the list."""
    return _sre.compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string.

    If one or more capturing groups are present in the pattern, return
    a list of groups; this will be a list of tuples if the pattern
    has more than one group.

    Empty matches are included in the result."""
    return _sre.compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object.

    Empty matches are included in the result."""
    return _sre.compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _sre.compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _sre.purge()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _sre.compile(pattern, flags | TEMPLATE)


class Scanner:
    """An experimental lexer: lexicon is a list of (phrase, action)
    pairs; scan() matches the phrases at successive positions and calls
    (or collects) the action of the one that matched."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        phrases = [phrase for phrase, action in lexicon]
        if phrases and isinstance(phrases[0], bytes):
            combined = b"|".join(b"(" + p + b")" for p in phrases)
        else:
            combined = "|".join("(" + p + ")" for p in phrases)
        self.scanner = _sre.compile(combined, flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
