"""Tokenize Python source (kaa's tokenize module).

tokenize(readline) reads bytes lines, finds their encoding as
detect_encoding() does and yields TokenInfo tuples, starting with an
ENCODING token; generate_tokens(readline) does the same for str lines.
The scanning is done by the Go module _tokenize, which follows the
regular expressions of CPython's pure-Python tokenizer; it reads all the
lines before the first token is yielded. untokenize() turns tokens back
into source text.
"""

import re
import sys
import _tokenize
from builtins import open as _builtin_open
from collections import namedtuple as _namedtuple
from io import TextIOWrapper
import token
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = token.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                           "untokenize", "TokenInfo"]
del token

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)
BOM_UTF8 = b'\xef\xbb\xbf'
tabsize = 8


class TokenInfo(_namedtuple('TokenInfo', 'type string start end line')):
    """One token: its type, text, (row, column) start and end, and the
    physical line it was found in."""

    __slots__ = ()

    def __repr__(self):
        kind = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)'
                % (kind, self.string, self.start, self.end, self.line))

    @property
    def exact_type(self):
        """The operator's own token type for an OP token, else type."""
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


def _get_normal_name(orig_enc):
    """Spell the UTF-8 and Latin-1 encodings as the tokenizer reports
    them ("utf-8", "iso-8859-1"); leave other names alone."""
    enc = orig_enc[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    if (enc in ('latin-1', 'iso-8859-1', 'iso-latin-1')
            or enc.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-'))):
        return 'iso-8859-1'
    return orig_enc


def _decode(data, encoding):
    """bytes.decode, or the parser's own code pages for encodings that
    bytes.decode lacks."""
    try:
        return data.decode(encoding)
    except LookupError:
        return _tokenize.decode(data, encoding)


def detect_encoding(readline):
    """Find the encoding of a source file from its first one or two
    lines (a UTF-8 byte order mark, a PEP 263 coding declaration), as the
    interpreter does. readline returns bytes lines. Returns the encoding
    name and the lines read; SyntaxError for a bad or unknown
    declaration."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None

    def next_line():
        try:
            return readline()
        except StopIteration:
            return b''

    def fail(what):
        if filename is not None:
            what = f'{what} for {filename!r}'
        raise SyntaxError(what)

    bom = False

    def cookie(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            fail('invalid or missing encoding declaration')
        m = cookie_re.match(text)
        if not m:
            return None
        enc = _get_normal_name(m.group(1))
        try:
            _decode(b'', enc)
        except LookupError:
            if filename is None:
                raise SyntaxError('unknown encoding: ' + enc)
            raise SyntaxError(f'unknown encoding for {filename!r}: {enc}')
        if bom:
            if enc != 'utf-8':
                if filename is None:
                    raise SyntaxError('encoding problem: utf-8')
                raise SyntaxError(f'encoding problem for {filename!r}: utf-8')
            enc += '-sig'
        return enc

    default = 'utf-8'
    first = next_line()
    if first.startswith(BOM_UTF8):
        bom = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    enc = cookie(first)
    if enc:
        return enc, [first]
    if not blank_re.match(first):
        return default, [first]
    second = next_line()
    if not second:
        return default, [first]
    enc = cookie(second)
    if enc:
        return enc, [first, second]
    return default, [first, second]


def open(filename):
    """Open a Python source file as text in the encoding that
    detect_encoding() finds."""
    buffer = _builtin_open(filename, 'rb')
    try:
        encoding, _ = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except:
        buffer.close()
        raise


def _tokens(readline, encoding):
    """Yield the tokens of the lines readline returns (bytes decoded from
    encoding, or str when encoding is None), then raise the error that
    stopped the scan, if any."""
    last = ['']
    if encoding is not None:
        if encoding == 'utf-8-sig':
            encoding = 'utf-8'

        def read():
            try:
                line = readline()
            except StopIteration:
                line = b''
            line = _decode(line, encoding)
            last[0] = line
            return line
    else:
        def read():
            line = readline()
            last[0] = line
            return line
    tokens, error = _tokenize.scan(read, encoding)
    for t in tokens:
        yield TokenInfo._make(t)
    if error is None:
        return
    if isinstance(error, BaseException):
        raise error
    kind, msg, line, col = error
    if kind == 'IndentationError':
        raise IndentationError(msg, ('<tokenize>', line, col, last[0]))
    raise TokenError(msg, (line, col))


def tokenize(readline):
    """Yield the tokens of the source that readline (returning bytes)
    gives, starting with an ENCODING token."""
    encoding, consumed = detect_encoding(readline)
    pending = list(consumed)

    def read():
        if pending:
            return pending.pop(0)
        try:
            line = readline()
        except StopIteration:
            return b''
        return line
    return _tokens(read, encoding)


def generate_tokens(readline):
    """Yield the tokens of the source that readline (returning str)
    gives."""
    return _tokens(readline, None)


class Untokenizer:
    """Turns tokens back into source text (see untokenize)."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        if row > self.prev_row:
            self.tokens.append("\\\n" * (row - self.prev_row))
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(" " * (col - self.prev_col))

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        at_line_start = False
        for t in it:
            if len(t) == 2:
                self.compat(t, it)
                break
            kind, text, start, end, line = t
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                at_line_start = False
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, first, iterable):
        """Untokenize (type, string) pairs: spacing is guessed."""
        indents = []
        out = self.tokens
        at_line_start = first[0] in (NEWLINE, NL)
        after_string = False

        def pairs():
            yield first
            yield from iterable

        for t in pairs():
            kind, text = t[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += ' '
            if kind == STRING:
                if after_string:
                    text = ' ' + text
                after_string = True
            else:
                after_string = False
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                out.append(indents[-1])
                at_line_start = False
            out.append(text)


def untokenize(iterable):
    """Turn tokens (5-tuples, or (type, string) pairs) back into source:
    a str, or bytes when the tokens start with an ENCODING token. With
    full tokens the result tokenizes back to the same tokens."""
    u = Untokenizer()
    out = u.untokenize(iterable)
    if u.encoding is not None:
        out = out.encode(u.encoding)
    return out


def main():
    """python -m tokenize [-e] [filename.py]: print the tokens of a file
    or of standard input."""
    import argparse

    def error(message, filename=None, location=None):
        if location:
            sys.stderr.write("%s:%d:%d: error: %s\n" % ((filename,) + location + (message,)))
        elif filename:
            sys.stderr.write("%s: error: %s\n" % (filename, message))
        else:
            sys.stderr.write("error: %s\n" % message)
        sys.exit(1)

    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?', metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    args = parser.parse_args()
    filename = None
    try:
        if args.filename:
            filename = args.filename
            with _builtin_open(filename, 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            filename = '<stdin>'
            tokens = _tokens(sys.stdin.readline, None)
        for t in tokens:
            kind = t.exact_type if args.exact else t.type
            where = "%d,%d-%d,%d:" % (t.start + t.end)
            print("%-20s%-15s%-15r" % (where, tok_name[kind], t.string))
    except IndentationError as err:
        line, column = err.args[1][1:3]
        error(err.args[0], filename, (line, column))
    except TokenError as err:
        line, column = err.args[1]
        error(err.args[0], filename, (line, column))
    except SyntaxError as err:
        error(err, filename)
    except OSError as err:
        error(err)
    except KeyboardInterrupt:
        print("interrupted\n")
    except Exception as err:
        sys.stderr.write("unexpected error: %s\n" % err)
        raise


if __name__ == "__main__":
    main()
