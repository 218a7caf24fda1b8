# Attribute sites that see instances of several classes, with class
# attributes changed between calls: the inline caches must follow.


class Base:
    kind = "base"

    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n

    def describe(self):
        return self.kind + ":" + str(self.get())


class A(Base):
    kind = "a"


class B(Base):
    def get(self):
        return self.n * 10


class C(Base):
    __slots__ = ()


class D(B):
    kind = "d"


class E(Base):
    def __init__(self, n):
        super().__init__(n)
        self.kind = "own"


class F(Base):
    @property
    def n(self):
        return 99

    @n.setter
    def n(self, v):
        self._n = v


class G(Base):
    get = staticmethod(lambda: 7)


def site(objs):
    return [o.describe() for o in objs]


def store(objs, v):
    for o in objs:
        o.n = v
    return [o.n for o in objs]


objs = [cls(i) for i, cls in enumerate([Base, A, B, C, D, E, F, G])]
for round_ in range(3):
    print(site(objs))
print(store(objs, 5))
print(site(objs))

# Change a class attribute: sites must see the new value.
A.kind = "A2"
print(site(objs))
del A.kind
print(site(objs))
Base.kind = "B2"
print(site(objs))


# Replace a method on a base class after the sites are warm.
def get2(self):
    return -self.n


Base.get = get2
print(site(objs))
B.get = lambda self: "b"
print(site(objs))

# An instance attribute shadowing a method.
objs[1].get = lambda: "inst"
print(site(objs))
del objs[1].get
print(site(objs))

# Many classes at one site (more than the cache keeps).
classes = [type("K%d" % i, (Base,), {"kind": "k%d" % i}) for i in range(12)]
many = [c(i) for i, c in enumerate(classes)]
for _ in range(3):
    print(site(many))
classes[3].kind = "changed"
classes[7].get = lambda self: "seven"
print(site(many))
print(store(many, 1))


# Attribute errors through a warm site.
class H:
    pass


def read_x(o):
    try:
        return o.x
    except AttributeError as e:
        return "AttributeError: " + str(e)


h1, h2 = H(), H()
h1.x = 1
for o in [h1, h2, A(3), h1, Base(2), h2]:
    print(read_x(o))


# Methods via LOAD_METHOD with instances of several classes, some
# overriding with a plain attribute.
class M1:
    def f(self):
        return "m1"


class M2:
    def f(self):
        return "m2"


class M3:
    f = "not callable"


def call_f(o):
    try:
        return o.f()
    except TypeError as e:
        return "TypeError: " + str(e)


ms = [M1(), M2(), M3(), M1(), M2()]
ms[3].f = lambda: "own f"
for _ in range(2):
    print([call_f(o) for o in ms])
M2.f = lambda self: "m2 new"
print([call_f(o) for o in ms])
