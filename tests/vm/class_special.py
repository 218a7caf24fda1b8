# Less common class machinery: __new__, __init__ returning values,
# __class__ assignment, __slots__ with __dict__, __repr__ fallbacks,
# type() with three arguments, __mro_entries__, abstract-like checks,
# class attributes versus instance attributes, __getattribute__.

class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value

a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)

class BadInit:
    def __init__(self):
        return 5

try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)

class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"

obj = A()
obj.__class__ = B
print(obj.who(), type(obj).__name__)

Dyn = type("Dyn", (A,), {"extra": 7, "who": lambda self: "Dyn"})
print(Dyn().who(), Dyn.extra, Dyn.__name__, Dyn.__bases__[0].__name__)

class Both:
    __slots__ = ("a", "__dict__")

bo = Both()
bo.a = 1
bo.b = 2
print(bo.a, bo.b, bo.__dict__)

class Plain:
    pass

print(repr(Plain())[:15], str(Plain)[:15])

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)

p = Proxy([1, 2])
print(p.secret, p.target)

class Base:
    def __init_subclass__(cls, **kw):
        cls.tag = kw.get("tag", "none")

class Sub(Base, tag="t1"):
    pass

print(Sub.tag)

class Shared:
    items = []
    def add(self, v):
        self.items.append(v)

s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(Shared.items, s1.items is s2.items)

class NoHash:
    def __eq__(self, other):
        return True

try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)

print(NoHash.__hash__)

class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"O({self.v})"

print(sorted([Ordered(3), Ordered(1), Ordered(2)]), max(Ordered(5), Ordered(9)))
try:
    Ordered(1) > 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__)

class WithClassAttrCounter:
    created = 0
    def __init__(self):
        type(self).created += 1

WithClassAttrCounter(); WithClassAttrCounter()
print(WithClassAttrCounter.created)
print(isinstance(3, (str, int)), issubclass(bool, int), isinstance(True, int))
print(type(type), type(object), object.__bases__, type.__bases__)
