# ast.unparse: precedence, strings and f-strings, statements, patterns,
# and trees built by hand.
import ast

SOURCES = [
    "a + b * c", "(a + b) * c", "a ** b ** c", "(a ** b) ** c", "-a ** b", "(-a) ** b",
    "not a and (b or c)", "a or b and c", "(a or b) and c", "a if b else c if d else e",
    "(a if b else c) if d else e", "lambda: (yield)", "lambda x, *y, z=1, **w: x + y",
    "x = (yield)", "await (a + b)", "f(*args, **kw, k=1)", "a[1:2, ::3]", "a[b, c]", "a[()]",
    "a[(1, 2)]", "a[*b]", "(1).real", "1 .real", "1.5.real", "(x := 1)", "f(x := 1)",
    "{**a, 'b': 1}", "{*a, 1}", "set()", "{}", "[]", "()", "(1,)", "1, 2", "x, = y",
    "'a' 'b'", "'it''s'", '"say \\"hi\\""', "'\\n\\t\\\\'", "'''multi\nline'''", "b'\\x00bytes'",
    "u'unicode'", "f'{a!r:>{w}} {b=} {{literal}}'", "f'{x}\\n'", "f'{\"q\"}'", "f'{ {1: 2}[1] }'",
    "f\"{a['b']}\"", "1e400", "-1e400j", "10**100", "...", "None", "a < b < c", "a is not b not in c",
    "~a", "-(-a)", "+a", "not not a", "a @ b // c % d", "a << b >> c & d ^ e | f",
    "del a, (b, c)", "global a, b", "x: int = 1", "(x): int", "a.b: int", "x += 1",
    "import a.b as c, d", "from .. import x", "from .m import (a as b)",
    "assert x, 'msg'", "raise E from c", "raise", "return", "return 1, 2",
    "for x, y in z:\n    pass\nelse:\n    pass", "async def f():\n    async for x in y:\n        await x\n    async with a as b:\n        pass",
    "while x:\n    break\nelse:\n    continue",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass",
    "if a:\n    pass\nelse:\n    if b:\n        pass\n    x = 1",
    "try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* E:\n    pass",
    "with a as b, c as (d, e):\n    pass",
    "@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    '''Doc.'''\n    x = 1\n    def f(self, a, /, b, *, c=1) -> int:\n        \"\"\"Method doc with 'quotes' and \\\"\\\"\\\" too.\"\"\"\n        return a",
    "def f(a=1, /, b=2, *args: int, c, d=4, **kw: str):\n    pass",
    "def f(*, a):\n    pass",
    "match x:\n    case [1, 2, *rest]:\n        pass\n    case {'a': 1, **rest}:\n        pass\n    case Point(1, y=2) | Other() as p if p:\n        pass\n    case (1 | 2) as q:\n        pass\n    case None | True | -1 | 1 + 2j | 'a' | b'b' | A.B:\n        pass\n    case [*_]:\n        pass\n    case _:\n        pass",
    "[x for x in y if x if not x]", "{k: v async for k, v in d}", "(x for x in (y for y in z))",
    "x = 1  # type: int",
    "'''docstring'''\nx = 1",
    "print(*(a or b))", "(*a, b) = c", "a = b = c", "f(a)(b)[c].d",
    "lambda: (x := 1)", "(lambda: 1)()", "-1 ** 2", "(-1) ** 2", "2 ** -1",
    "a if (b if c else d) else e", "(yield from x)",
]

for src in SOURCES:
    tree = ast.parse(src, type_comments=True)
    out = ast.unparse(tree)
    print(repr(src), '->', repr(out))
    again = ast.unparse(ast.parse(out))
    if again != out:
        print('   not stable:', repr(again))

print(ast.unparse(ast.parse("1 + 2", mode="eval")))
print(ast.unparse(ast.parse("(int, str) -> bool", mode="func_type")))
print(ast.unparse(ast.Constant((1, 'a', (2.5,)))))
print(ast.unparse(ast.Constant(float('nan'))))
print(ast.unparse(ast.Constant(complex(float('inf'), 1))))
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Name('a'), ast.Add(), ast.Name('b')), ast.Mult(), ast.Name('c'))))
print(ast.unparse(ast.Set([])))
print(ast.unparse(ast.Tuple([], ast.Load())))
print(ast.unparse(ast.JoinedStr([ast.Constant("a\n'\""), ast.FormattedValue(ast.Name('x'), ord('s'), None)])))
print(ast.unparse(ast.Module([ast.Expr(ast.Constant("doc\n\"\"\"'''"))], [])))
for bad in [ast.Raise(None, ast.Name('c')), ast.YieldFrom(None),
            ast.JoinedStr([ast.Name('x')]),
            ast.JoinedStr([ast.FormattedValue(ast.Constant('\n'), -1, None)])]:
    try:
        ast.unparse(bad)
    except ValueError as e:
        print('ValueError', str(e).split(' object at ')[0])
