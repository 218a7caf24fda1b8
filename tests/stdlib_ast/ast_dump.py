# ast.parse and ast.dump over many constructs, with and without indent,
# attributes and field names.
import ast

SOURCES = [
    "x = 1",
    "a, *b = c = d",
    "x += 1; y -= 2; z @= w; p **= 2; q //= 3; r >>= 1; s <<= 1; t |= u; v ^= w; m &= n; k %= 4",
    "x: list[int] = []\ny: 'str'\n(z): int = 3\na.b: int",
    "def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> None:\n    'doc'\n    return a",
    "async def g():\n    await x\n    async for a in b:\n        pass\n    async with c as d, e:\n        yield\n    return [i async for i in y]",
    "class C(A, B, metaclass=M, **kw):\n    x: int\n    @property\n    def p(self): ...",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "for i in range(3):\n    continue\nelse:\n    break",
    "while x:\n    x -= 1\nelse:\n    y = 2",
    "try:\n    a\nexcept (E, F) as e:\n    raise G from e\nexcept:\n    raise\nelse:\n    b\nfinally:\n    c",
    "try:\n    a\nexcept* E:\n    pass",
    "with open(f) as g, h:\n    pass",
    "import a.b.c as d, e\nfrom . import x\nfrom ..y import (z as w, v)\nfrom m import *",
    "global a, b\nnonlocal c",
    "del a, b[0], c.d",
    "assert x, 'msg'",
    "lambda: 0\nlambda x, *y, z=1, **w: x",
    "a if b else c",
    "[x for x in y if x for z in w]\n{x for x in y}\n{k: v for k, v in d.items()}\n(x for x in y)",
    "f(a, *b, c=d, **e)",
    "a[1:2, ::3, ...]\na[b]\na[:]",
    "not a and b or c",
    "a < b <= c != d is e is not f in g not in h",
    "-a + +b * ~c / d // e % f ** g @ h << i >> j & k | l ^ m",
    "(yield)\n(yield x)\n(yield from y)",
    "x = (y := 10)",
    "f'{a!r:>{width}} {b=} {c:.2f}' 'tail'",
    "b'bytes' + u'unicode' + r'raw'",
    "1 + 1.5 + 2j + 0x10 + 10**100 + True + None + ...",
    "{1: 2, **d}\n{1, 2}\n[1, 2]\n(1, 2)\n()",
    "match p:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x, y=0) as pt if pt:\n        pass\n    case None:\n        pass\n    case -1 + 2j:\n        pass\n    case _:\n        pass",
    "print(*a)\n@dec(1)\n@dec2\ndef f(): pass",
]

for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree))
    print(ast.dump(tree, indent=2))
print(ast.dump(ast.parse(SOURCES[4]), include_attributes=True))
print(ast.dump(ast.parse(SOURCES[4]), include_attributes=True, indent='\t'))
print(ast.dump(ast.parse(SOURCES[0]), annotate_fields=False))
print(ast.dump(ast.parse(SOURCES[20]), annotate_fields=False, indent=1))
print(ast.dump(ast.parse("1 + 2", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("(int, *str) -> bool", mode="func_type")))
print(ast.dump(ast.parse("x = 1  # type: int\ndef f(a):\n    # type: (int) -> str\n    pass\nimport a  # type: ignore[xyz]", type_comments=True), indent=1))
print(ast.dump(ast.parse("x = 1  # type: int")))
print(ast.dump(ast.parse(b"# -*- coding: latin-1 -*-\nx = '\xe9'")))
print(ast.dump(ast.parse("x = 1", feature_version=(3, 8))))
try:
    ast.dump(42)
except TypeError as e:
    print(type(e).__name__, e)
for bad in ["x = (", "def f(:\n  pass", "  x", "x = 1 +", "f(**a, *b)", "a = 1 = 2"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
tree = ast.parse("x = 1")
print(tree.body[0].lineno, tree.body[0].col_offset, tree.body[0].end_lineno, tree.body[0].end_col_offset)
print(type(tree.body[0].targets[0].ctx) is ast.Store)
n1 = ast.parse("a").body[0].value
n2 = ast.parse("b").body[0].value
print(n1.ctx is n2.ctx, type(n1.ctx).__name__)
