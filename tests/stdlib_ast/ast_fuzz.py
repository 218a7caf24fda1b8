# Random mutations of parsed trees compiled: each gives CPython's exception
# (type and message) or compiles. SystemError and SyntaxError from the
# compiler count as one kind.
import ast, random, sys
random.seed(4)
srcs = ["def f(a, *b, c=1, **d):\n    for i in range(a):\n        if i: yield i\n    return [x async for x in b]",
        "class C(B):\n    x: int = 1\n    async def m(self):\n        async with a as b:\n            await c\n",
        "try:\n    a[1:2] = b.c\nexcept* E as e:\n    del a, b\nfinally:\n    pass",
        "match p:\n    case [1, *r] | {'k': v, **kw} if v: pass\n    case C(x, y=2) as z: pass",
        "lambda x: (x := 1, {**a}, {*b}, f'{c!r:>{d}}')",
        "global g\nwith open(f) as (a, b): import os.path as p\nfrom . import y\nwhile 1: break\nelse: continue"]
nodes = []
for s in srcs:
    nodes += list(ast.walk(ast.parse(s)))
exprs = [n for n in nodes if isinstance(n, ast.expr)]
stmts = [n for n in nodes if isinstance(n, ast.stmt)]
counts = {}
for trial in range(600):
    tree = ast.parse(random.choice(srcs))
    all_nodes = list(ast.walk(tree))
    for _ in range(3):
        n = random.choice(all_nodes)
        fields = [f for f in n._fields if hasattr(n, f)]
        if not fields: continue
        f = random.choice(fields)
        v = getattr(n, f)
        pool = exprs if random.random() < 0.6 else stmts
        if isinstance(v, list):
            v.append(random.choice(pool)) if random.random() < 0.5 else v.clear()
        else:
            setattr(n, f, random.choice(pool + [None, 1, 'x']))
    e = ''
    try:
        compile(tree, 'fuzz', 'exec')
        r = 'ok'
    except SyntaxError:
        r = 'SyntaxError'
    except (ValueError, TypeError) as ex:
        r = type(ex).__name__
        e = str(ex).split(' at 0x')[0]
    except RecursionError:
        r = 'RecursionError'
    except SystemError:
        r = 'SyntaxError'
    counts[r] = counts.get(r, 0) + 1
    print(trial, r, e if r != "ok" else "")
print(sorted(counts.items()))
