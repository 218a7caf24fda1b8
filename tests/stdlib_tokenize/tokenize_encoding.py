# detect_encoding, untokenize and round trips.
import io
import tokenize

def det(data):
    try:
        print(tokenize.detect_encoding(io.BytesIO(data).readline))
    except SyntaxError as e:
        print('SyntaxError', e)

det(b"x = 1\n")
det(b"# -*- coding: latin-1 -*-\nx = 1\n")
det(b"#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx\n")
det(b"\xef\xbb\xbfx = 1\n")
det(b"\xef\xbb\xbf# coding: utf-8\nx = 1\n")
det(b"\xef\xbb\xbf# coding: latin-1\nx = 1\n")
det(b"# coding: bogus-enc\nx\n")
det(b"# coding: UTF_8\n")
det(b"# coding: Latin_1-foo\n")
det(b"")
det(b"x = 1\n# coding: latin-1\n")
det(b"\n\n# coding: latin-1\n")
det(b"\xff\xfe\n")
det(b"# \xff coding: latin-1\n")

lines = iter([b"x = 1\n"])
def rl():
    return next(lines)
print(tokenize.detect_encoding(rl))

src = "def f(a, b):\n    '''doc'''\n    if a:  # yes\n        return a + b\n    return [\n        1, 2,\n    ]\n"
toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
print(tokenize.untokenize(toks) == src)
print(repr(tokenize.untokenize(toks)))
print(repr(tokenize.untokenize((t.type, t.string) for t in toks)))
btoks = list(tokenize.tokenize(io.BytesIO(src.encode()).readline))
out = tokenize.untokenize(btoks)
print(type(out).__name__, out == src.encode())
compat = tokenize.untokenize([(tokenize.NAME, 'x'), (tokenize.OP, '='), (tokenize.NUMBER, '1'), (tokenize.STRING, "'a'"), (tokenize.STRING, "'b'"), (tokenize.NEWLINE, '\n')])
print(repr(compat))
try:
    tokenize.untokenize([(tokenize.NAME, 'x', (2, 0), (2, 1), ''), (tokenize.NAME, 'y', (1, 0), (1, 1), '')])
except ValueError as e:
    print('ValueError', e)
