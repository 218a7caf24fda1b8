# types: SimpleNamespace, the type names, new_class and friends.
import types

ns = types.SimpleNamespace(a=1, b="x")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="x", c=[3]), ns != types.SimpleNamespace())
del ns.a
print(ns, repr(types.SimpleNamespace()))
r = types.SimpleNamespace(); r.me = r; print(r)
class NS(types.SimpleNamespace):
    pass
print(NS(x=1), NS(x=1) == types.SimpleNamespace(x=1))
for call in ["types.SimpleNamespace(1)", "hash(types.SimpleNamespace())"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, e)

def f():
    yield 1
async def co():
    pass
class C:
    def m(self):
        pass

checks = [
    (f, types.FunctionType), (lambda: 0, types.LambdaType), (f.__code__, types.CodeType),
    (f(), types.GeneratorType), (C().m, types.MethodType), (len, types.BuiltinFunctionType),
    ([].append, types.BuiltinMethodType), (types, types.ModuleType), (type.__dict__, types.MappingProxyType),
    (None, types.NoneType), (..., types.EllipsisType), (NotImplemented, types.NotImplementedType),
    (list[int], types.GenericAlias), (int | str, types.UnionType), (object.__init__, types.WrapperDescriptorType),
    (str.join, types.MethodDescriptorType),
]
print([isinstance(o, t) for o, t in checks])
print(types.FunctionType.__name__, types.ModuleType.__name__, types.GeneratorType.__name__, types.MethodType.__name__)
m = types.ModuleType("fake", "doc")
m.x = 1
print(m.__name__, m.__doc__, m.x)
bound = types.MethodType(lambda self, y: (self, y), "obj")
print(bound(5))
try:
    types.MethodType(1, 2)
except TypeError as e:
    print(e)

X = types.new_class("X", (dict,), {}, lambda ns: ns.update(hello=lambda self: "hi"))
print(X.__name__, X.__mro__[1].__name__, X().hello())
print(types.resolve_bases((int, str)), types.prepare_class("Y"), types.prepare_class("Z", (int,))[0])
class Meta(type):
    pass
print(types.new_class("W", (), {"metaclass": Meta}).__class__.__name__)
