# Classes: attributes, methods, inheritance, MRO, super, class and static
# methods, properties, __slots__, __init_subclass__, __set_name__,
# metaclasses, __class_getitem__.

class Base:
    kind = "base"
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hello " + self.name
    @classmethod
    def make(cls, name):
        return cls(name)
    @staticmethod
    def twice(x):
        return x * 2

class Child(Base):
    kind = "child"
    def hello(self):
        return super().hello().upper()

b = Base.make("b")
c = Child.make("c")
print(b.hello(), c.hello(), Child.twice(4), c.kind, b.kind, type(c).__name__)
print(Child.__mro__)
print(isinstance(c, Base), issubclass(Child, Base), issubclass(Base, Child))

class A: pass
class B(A): pass
class C2(A): pass
class D(B, C2): pass
print([k.__name__ for k in D.__mro__])

try:
    class Bad(A, B): pass
except TypeError as e:
    print("TypeError:", e)

class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError("negative")
        self._x = v
    @x.deleter
    def x(self):
        self._x = None

p = P()
p.x = 5
print(p.x)
try:
    p.x = -1
except ValueError as e:
    print("ValueError:", e)
del p.x
print(p.x)

class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1

s = S()
print(s.a)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError:", e)

class Registry:
    members = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Registry.members.append((cls.__name__, tag))

class R1(Registry, tag="one"): pass
class R2(Registry): pass
print(Registry.members)

class Field:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + "." + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return self.name

class Model:
    f = Field()
    g = Field()

print(Model().f, Model().g, type(Model.f).__name__)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *args):
        obj = super().__call__(*args)
        obj.via_meta = True
        return obj

class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v

w = WithMeta(3)
print(w.v, w.via_meta, WithMeta.created_by, type(WithMeta).__name__)

class Generic:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)

print(Generic[int])

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count = Counter.count

print([Counter().count for _ in range(3)], Counter.count)
print(Base.__name__, Base.__qualname__, Base.__module__, Base.__doc__)

class Outer:
    class Inner:
        def m(self):
            pass

print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
print(repr(Base)[:14], str(Child))
