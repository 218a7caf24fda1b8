# compile() of trees built by hand or transformed, and its errors.
import ast

def show(f):
    try:
        r = f()
        if isinstance(r, type(compile('', '', 'exec'))):
            r = 'code ' + r.co_filename
        print(r if not isinstance(r, ast.AST) else ast.dump(r))
    except Exception as e:
        print(type(e).__name__, e)

L = dict(lineno=1, col_offset=0)
def M(*stmts):
    return ast.Module(list(stmts), [])
def E(e):
    return M(ast.Expr(e, **L))
def c(tree, mode='exec'):
    return compile(tree, 'f', mode)

tree = ast.Module(body=[ast.Expr(value=ast.Call(func=ast.Name('print', ast.Load()), args=[ast.Constant('built')], keywords=[]))], type_ignores=[])
ast.fix_missing_locations(tree)
exec(compile(tree, '<built>', 'exec'))
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))), '<e>', 'eval')))

class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

src = "def f(x):\n    return x + 10\nprint(f(1), [1, 2, 3])"
t = Double().visit(ast.parse(src))
exec(compile(t, '<double>', 'exec'))

class DropPrints(ast.NodeTransformer):
    def visit_Expr(self, node):
        if isinstance(node.value, ast.Call) and getattr(node.value.func, 'id', '') == 'print':
            return None
        return node
t = DropPrints().visit(ast.parse("print(1)\nx = 2\nprint(x)\nresult = x * 3"))
ns = {}
exec(compile(t, '<drop>', 'exec'), ns)
print(ns['result'], len(t.body))

show(lambda: compile(ast.parse("x = 1"), 'f', 'exec', ast.PyCF_ONLY_AST))
show(lambda: compile("x = 1", 'f', 'exec', ast.PyCF_ONLY_AST))
show(lambda: compile(b"x = 1", 'f', 'exec', ast.PyCF_ONLY_AST))
show(lambda: c(ast.Module([ast.Expr(ast.Name('x', ast.Load()))], [])))
show(lambda: c(ast.Module([ast.Expr(ast.Name('x', ast.Load(), **L))], [])))
show(lambda: c(M(ast.Expr(ast.Name('x', ast.Load(), **L), **L))))
show(lambda: c(M(ast.Expr(1, **L))))
show(lambda: c(E(ast.Name(1, ast.Load(), **L))))
show(lambda: c(E(ast.Name('x', ast.Store(), **L))))
show(lambda: c(E(ast.Name('x', 3, **L))))
show(lambda: c(E(ast.Name('x', **L))))
show(lambda: c(E(ast.Constant([1], **L))))
show(lambda: c(ast.Module(ast.Expr(ast.Constant(1, **L), **L), [])))
show(lambda: c(ast.Module([])))
show(lambda: c(ast.Expression(ast.Constant(1))))
show(lambda: c(ast.Name('x')))
show(lambda: c(ast.Expression(ast.Constant(1, **L)), 'eval'))
show(lambda: c(M(ast.Expr(ast.Constant(1, **L), **L)), 'eval'))
show(lambda: c(ast.Module([ast.Pass(**L)], [3])))
show(lambda: c(ast.Module([ast.Pass(lineno='a', col_offset=0)], [])))
show(lambda: c(M(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [], **L))))
show(lambda: c(E(ast.Name(None, ast.Load(), **L))))
show(lambda: c(E(ast.Name('x', None, **L))))
show(lambda: c(M(ast.Expr(None, **L))))
show(lambda: c(E(ast.BinOp(ast.Constant(1, **L), None, ast.Constant(1, **L), **L))))
show(lambda: c(E(ast.BinOp(ast.Constant(1, **L), ast.Add, ast.Constant(1, **L), **L))))
show(lambda: c(E(ast.Constant(1, lineno=None, col_offset=0))))
show(lambda: c(E(ast.Constant(1, lineno=1.5, col_offset=0))))
show(lambda: c(E(ast.Constant(1, lineno=True, col_offset=0))))
show(lambda: c(E(ast.Constant(1, lineno=2**70, col_offset=0))))
show(lambda: c(E(ast.Constant(1, 3, **L))))
show(lambda: c(E(ast.Constant(1, 'u', **L))))
show(lambda: c(E(ast.Name('None', ast.Load(), **L))))
show(lambda: c(E(ast.List((), ast.Load(), **L))))
show(lambda: c(E(ast.List([1], ast.Load(), **L))))
show(lambda: c(E(ast.List([None], ast.Load(), **L))))
show(lambda: c(E(ast.BoolOp(ast.And(), [ast.Name('x', ast.Load(), **L)], **L))))
show(lambda: c(E(ast.Compare(ast.Name('x', ast.Load(), **L), [ast.Eq()], [], **L))))
show(lambda: c(E(ast.Dict([None], [], **L))))
show(lambda: c(M(ast.Assign([], ast.Constant(1, **L), **L))))
show(lambda: c(M(ast.Assign([ast.Name('x', ast.Load(), **L)], ast.Constant(1, **L), **L))))
show(lambda: c(M(ast.If(ast.Constant(1, **L), [], [], **L))))
show(lambda: c(M(ast.Import([], **L))))
show(lambda: c(M(ast.Try([ast.Pass(**L)], [], [], [], **L))))
show(lambda: c(M(ast.Raise(None, ast.Name('x', ast.Load(), **L), **L))))
show(lambda: c(ast.Interactive([ast.Expr(ast.Constant(1, **L), **L)]), 'single'))
show(lambda: c(ast.Expression(ast.Constant(1, **L)), 'single'))
show(lambda: c(ast.Expression(ast.Constant(1, **L)), 'bad'))
show(lambda: c(ast.Expression(ast.Constant(1, **L)), 'func_type'))
show(lambda: compile(ast.Expression(ast.Constant(1, **L)), 'f', 'eval', ast.PyCF_ONLY_AST))
show(lambda: compile('x', 'f', 'func_type'))
show(lambda: compile('x', 'f', 'bad', ast.PyCF_ONLY_AST))
show(lambda: compile('() -> int', 'f', 'func_type', ast.PyCF_ONLY_AST))
show(lambda: c(E(ast.Constant(1, end_lineno=0, lineno=1, col_offset=0))))
show(lambda: c(E(ast.Constant(1, lineno=1, col_offset=5, end_col_offset=2))))
show(lambda: c(M(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, [ast.Constant(1, **L)]), [ast.Pass(**L)], [], **L))))
show(lambda: c(M(ast.FunctionDef('f', None, [ast.Pass(**L)], [], **L))))
show(lambda: c(M(ast.Expr(ast.Constant(1, **L), **L), 3)))
class Sub(ast.Name):
    pass
show(lambda: c(E(Sub('x', ast.Load(), **L))))
x = 'visible'
exec(c(E(ast.Call(ast.Name('print', ast.Load(), **L), [Sub('x', ast.Load(), **L)], [], **L))))
