# generate_tokens and tokenize over many constructs, TokenInfo, exact
# types, and the errors.
import io
import tokenize
import token

SOURCES = [
    "x = 1\n",
    "def f(a, *b, **c):\n    return a @ b  # comment\n",
    "if x:\n    if y:\n        pass\n\n    z = '''multi\nline'''\nw\n",
    "s = 'abc' \"def\" b'x' rb'y' f'{z!r}' u'q'\n",
    "n = 0x1F + 0o17 + 0b1 + 1_000 + 1.5e-3 + 2j + .5 + 1.\n",
    "a = (1,\n     2)\n",
    "x = 1 \\\n    + 2\n",
    "# only a comment\n",
    "x = 1",
    "class C:\n\tpass\n",
    "a <<= b >>= c **= d //= e := f -> g ... != h\n",
    "$ ? `\n",
    "s = 'unterminated\n",
    "s = 'cont\\\ninued'\n",
    "",
    "\n\n",
    "x = 'é' + ñ\n",
    "async def f():\n    await g()\n",
]

def show(src, exact=False):
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            kind = t.exact_type if exact else t.type
            print(token.tok_name[kind], repr(t.string), t.start, t.end, repr(t.line))
    except Exception as e:
        print(type(e).__name__, e.args)

for src in SOURCES:
    print('---', repr(src))
    show(src)
show(SOURCES[10], exact=True)
for bad in ["(\n", "'''abc\n", "if x:\n        a\n    b\n", "x = [1,\n 2\n"]:
    print('--- error', repr(bad))
    show(bad)

toks = list(tokenize.tokenize(io.BytesIO(b"x = 1\nprint(x)\n").readline))
for t in toks:
    print(t)
print(toks[2].exact_type, toks[2].type, tokenize.tok_name[toks[2].exact_type])
t = toks[1]
print(t.type, t.string, t.start, t.end, t.line, t._fields, t == (1, 'x', (1, 0), (1, 1), 'x = 1\n'))
for src in [b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", b"\xef\xbb\xbfx = 1\n", b"\n# coding=utf-8\nx\n"]:
    print([(tokenize.tok_name[t.type], t.string) for t in tokenize.tokenize(io.BytesIO(src).readline)])
print(tokenize.generate_tokens is not None, issubclass(tokenize.TokenError, Exception))
print(sorted(set(tokenize.__all__) - set(token.__all__)))
