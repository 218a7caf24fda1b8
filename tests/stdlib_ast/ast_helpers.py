# literal_eval, walkers, visitors, location helpers, docstrings, source
# segments and the deprecated classes.
import ast

for s in ["1", "-2.5", "+3", "1+2j", "-1-2j", "'a' 'b'", "b'x'", "(1, [2, {3: 4}], {5})",
          "set()", "None", "True", "...", "{'a': -1, 'b': (2,)}", "  42", "1e100", "0x1f"]:
    print(repr(ast.literal_eval(s)))
for s in ["x", "1+a", "f()", "{1: 2, **x}", "2+3", "1j+2", "-'a'", "[1, x]", "set([1])", "a.b", "(1,)*2"]:
    try:
        ast.literal_eval(s)
    except ValueError as e:
        print('ValueError', str(e).split(' object at ')[0])
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(7)))
try:
    ast.literal_eval(ast.Name('x', ast.Load()))
except ValueError as e:
    print(str(e).split(' object at ')[0])
try:
    ast.literal_eval(ast.Dict([ast.Constant(1)], []))
except ValueError as e:
    print(str(e).split(' object at ')[0])
try:
    ast.literal_eval("1 +")
except SyntaxError as e:
    print('SyntaxError', e.msg)

src = '''\
def outer(a, b):
    """Outer does things.

        Indented detail.
    """
    def inner():
        return a
    return inner() + b

class K:
    \'\'\'   One line.   \'\'\'
    x = [1,
         2]
'''
tree = ast.parse(src)
print(repr(ast.get_docstring(tree.body[0])))
print(repr(ast.get_docstring(tree.body[0], clean=False)))
print(repr(ast.get_docstring(tree.body[1])))
print(repr(ast.get_docstring(tree)))
try:
    ast.get_docstring(tree.body[0].body[1].body[0])
except TypeError as e:
    print('TypeError', e)
print(repr(ast.get_source_segment(src, tree.body[1].body[1])))
print(repr(ast.get_source_segment(src, tree.body[1].body[1].value, padded=True)))
print(repr(ast.get_source_segment(src, tree.body[0].body[2].value)))
print(repr(ast.get_source_segment(src, ast.Name('x'))))
print(repr(ast.get_source_segment("a = 'é' + b\r\nc = 1\r\n", ast.parse("a = 'é' + b\r\nc = 1\r\n").body[0].value.right)))

print([type(n).__name__ for n in ast.walk(tree.body[0])])
print(list(ast.iter_fields(ast.parse("x = 1").body[0])).__len__())
print([f for f, v in ast.iter_fields(ast.Name('x'))])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[0])])

class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Name(self, node):
        self.seen.append(node.id)
        self.generic_visit(node)
    def visit_FunctionDef(self, node):
        self.seen.append('def ' + node.name)
        self.generic_visit(node)
v = Names()
v.visit(tree)
print(v.seen)

class OldStyle(ast.NodeVisitor):
    def visit_Num(self, node):
        print('Num', node.n)
    def visit_Str(self, node):
        print('Str', node.s)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    OldStyle().visit(ast.parse("x = 1 + 'a'"))
    print([str(x.message) for x in w])

class Splice(ast.NodeTransformer):
    def visit_Pass(self, node):
        return [ast.Expr(ast.Constant(1)), ast.Expr(ast.Constant(2))]
t = Splice().visit(ast.parse("if x:\n    pass"))
print(ast.dump(t))

t = ast.parse("x = 1\ny = 2")
ast.increment_lineno(t, 5)
print([(n.lineno, n.end_lineno) for n in t.body])
new = ast.copy_location(ast.Pass(), t.body[0])
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
m = ast.Module([ast.Expr(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2, lineno=3, col_offset=4)))], [])
ast.fix_missing_locations(m)
print(ast.dump(m, include_attributes=True))

print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant(True), ast.Num),
      isinstance(ast.Constant(True), ast.NameConstant), isinstance(ast.Constant('s'), ast.Str),
      isinstance(ast.Constant(b's'), ast.Bytes), isinstance(ast.Constant(...), ast.Ellipsis),
      isinstance(ast.Name('x'), ast.Num))
print(ast.dump(ast.Num(5)), ast.dump(ast.Str('x')), ast.dump(ast.Bytes(b'y')), ast.dump(ast.NameConstant(None)), ast.dump(ast.Ellipsis()))
print(type(ast.Num(1)).__name__, ast.Num(3).n, ast.Str('q').s)
c = ast.Constant(1)
c.n = 9
print(c.value)
try:
    ast.Num(1, n=2)
except TypeError as e:
    print('TypeError', e)
print(ast.dump(ast.Index(ast.Constant(1))), ast.dump(ast.ExtSlice([ast.Constant(1), ast.Constant(2)])))
print(ast.Tuple([ast.Constant(1)], ast.Load()).dims.__len__())
print(issubclass(ast.Suite, ast.mod), issubclass(ast.Param, ast.expr_context), issubclass(ast.Index, ast.slice))
