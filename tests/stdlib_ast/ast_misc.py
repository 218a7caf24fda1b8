# copy of trees, user subclasses of AST, big and surrogate constants,
# top-level await through compile() of a tree.
import ast, copy
t = ast.parse("x = [1, 2]\ndef f(a): return a")
t2 = copy.deepcopy(t)
print(ast.dump(t2, include_attributes=True) == ast.dump(t, include_attributes=True), t2.body[0] is not t.body[0])
t3 = copy.copy(t.body[0])
print(t3.targets is t.body[0].targets)
class My(ast.AST):
    _fields = ('a', 'b')
m = My(1, b=2)
print(ast.dump(m), m.a, m.b)
try: My(1, 2, 3)
except TypeError as e: print(e)
class Custom(ast.stmt):
    _fields = ('v',)
print(ast.dump(Custom(v=3)))
print(ast.parse("x").body[0].value.ctx.__class__.__mro__)
print(repr(ast.literal_eval("'\\ud800'")), ast.literal_eval("123456789012345678901234567890"))
print(ast.dump(ast.parse("'\\ud800'")))
print(ast.dump(ast.parse("x = 1\n", "fn.py")))
print(type(ast.parse(b"x")).__name__)
t = ast.parse("a = 1")
t.body[0].value = ast.Constant(10**30)
ast.fix_missing_locations(t)
ns = {}
exec(compile(t, "<big>", "exec"), ns); print(ns['a'])
print(ast.Name.__init__ is ast.AST.__init__)
print(ast.AST.__new__(ast.Name).__dict__)
print(hasattr(ast, 'PyCF_ONLY_AST'), ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
x = ast.parse("await x", mode="exec", type_comments=False)
print(ast.dump(x))
tree = ast.parse("await asyncio.sleep(0)")
co = compile(tree, "<a>", "exec", ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(type(co).__name__, bool(co.co_flags & 0x80))
try:
    compile(tree, "<a>", "exec")
except SyntaxError as e: print(e)
print(compile(ast.parse("x=1"), "f", "exec", dont_inherit=True, optimize=2).co_filename)
t = ast.Module([ast.Assign([ast.Name('x', ast.Store())], ast.Constant((1, 'a', (2.5, None), ())))], [])
ast.fix_missing_locations(t)
ns = {}
co = compile(t, 'f', 'exec')
exec(co, ns)
print(ns['x'], co.co_consts)
try:
    compile(ast.fix_missing_locations(ast.Expression(ast.Constant((1, [2])))), 'f', 'eval')
except TypeError as e:
    print(e)
co = compile("await asyncio.sleep(0)\nx = 5", "<a>", "exec", ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(type(co).__name__, bool(co.co_flags & 0x80))
co2 = compile("1 + 2", "<a>", "eval", ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(eval(co2), bool(co2.co_flags & 0x80))
try:
    compile("x = (", "<a>", "exec", ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
except SyntaxError as e:
    print(e)
try:
    compile(co2, "<a>", "exec", ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
except TypeError as e:
    print(e)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile(ast.parse("x is 1\n[1](2)"), "g", "exec")
print([str(x.message) for x in w], [x.category.__name__ for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile(ast.parse("x is 1"), "g", "exec")
    except SyntaxError as e:
        print("SyntaxError", e)
