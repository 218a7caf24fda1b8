# weakref.ref and proxy: liveness, callbacks after gc.collect, hashing,
# equality, reuse, counting, errors.
import gc
import weakref

class Obj:
    def __init__(self, n):
        self.n = n
    def method(self):
        return self.n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return isinstance(other, Obj) and self.n == other.n

events = []
def callback(r):
    events.append(("callback", r() is None))

def scope():
    o = Obj(1)
    r = weakref.ref(o, callback)
    plain = weakref.ref(o)
    print(r() is o, plain() is o, r is plain, weakref.ref(o) is plain, weakref.getweakrefcount(o),
          len(weakref.getweakrefs(o)), r.__callback__ is callback, plain.__callback__)
    return r, plain

r, plain = scope()
gc.collect()
print(r(), plain(), events, r.__callback__)

a = Obj(5)
ra, rb = weakref.ref(a), weakref.ref(Obj(5))
print(hash(ra) == hash(5), ra == weakref.ref(a))
gc.collect()
print(rb(), ra == rb, ra != rb, rb == rb)
try:
    hash(rb)
except TypeError as e:
    print("TypeError", e)

p = weakref.proxy(a)
print(p.n, p.method(), p == Obj(5), type(p).__name__, weakref.getweakrefcount(a))
p.n = 6
print(a.n, p.n)
cp = weakref.proxy(len)
print(type(cp).__name__, cp("abc"))
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
del a, ra
gc.collect()
try:
    p.n
except ReferenceError as e:
    print("ReferenceError", e)

for bad in [1, "s", [1], {}, (1,), None, 2.5, b"b"]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)

class Slots:
    __slots__ = ("x",)
class SlotsWeak:
    __slots__ = ("x", "__weakref__")
for cls in (Slots, SlotsWeak):
    try:
        weakref.ref(cls())
        print(cls.__name__, "ok")
    except TypeError as e:
        print(cls.__name__, e)
class MyList(list):
    pass
for o in [MyList(), Obj, len, {1}, frozenset(), weakref, scope]:
    print(type(o).__name__, weakref.ref(o)() is o)

class Raiser:
    def __call__(self, r):
        raise ValueError("from callback")
    def __repr__(self):
        return "<raiser>"
raiser = Raiser()
x = Obj(9)
rx = weakref.ref(x, raiser)
del x
gc.collect()
print("after raiser", rx())
print(weakref.ref.__name__, weakref.ReferenceType is weakref.ref, weakref.ProxyTypes)
try:
    weakref.ref()
except TypeError as e:
    print(e)
