# The node classes: hierarchy, fields, defaults and construction checks.
import ast

def show(f):
    try:
        r = f()
        print(repr(r) if not isinstance(r, ast.AST) else ast.dump(r))
    except Exception as e:
        print(type(e).__name__, e)

names = sorted(n for n in dir(ast) if isinstance(getattr(ast, n), type) and issubclass(getattr(ast, n), ast.AST))
for n in names:
    cls = getattr(ast, n)
    print(n, cls.__mro__[1].__name__, cls._fields, getattr(cls, '_attributes', None), cls.__module__)
print(ast.AST._fields, ast.AST._attributes)
print(ast.Name.__doc__)
print(ast.expr_context.__doc__)
print(ast.Constant.kind, ast.arguments.vararg, ast.expr.end_lineno, ast.ImportFrom.level)
show(lambda: ast.Name('x', ast.Load()))
show(lambda: ast.Name(id='x'))
show(lambda: ast.Name('x', ast.Load(), 3))
show(lambda: ast.Name('x', id='y'))
show(lambda: ast.Load(1))
show(lambda: ast.AST(1))
show(lambda: ast.AST(foo=2).__dict__)
show(lambda: ast.Name('x', foo=1).foo)
show(lambda: ast.Name().id)
show(lambda: ast.Module().body)
show(lambda: ast.Constant(5).kind)
show(lambda: ast.Name('x').__reduce__())
show(lambda: ast.Name('x', lineno=3).lineno)
show(lambda: ast.Name.__match_args__)
show(lambda: ast.Pass()._fields)
show(lambda: isinstance(ast.Pass(), ast.stmt))
show(lambda: issubclass(ast.Add, ast.operator))
show(lambda: ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))
show(lambda: ast.FunctionDef.__mro__)

class MyName(ast.Name):
    pass

m = MyName('q', ast.Load())
print(type(m).__name__, m.id, isinstance(m, ast.expr), ast.dump(m))

n = ast.Name('z', ast.Load())
n.extra = 5
print(sorted(n.__dict__), n.__dict__["extra"])
del n.extra
print(sorted(n.__dict__))
match ast.parse("f(1)").body[0].value:
    case ast.Call(ast.Name(name), [ast.Constant(v)]):
        print("matched", name, v)
