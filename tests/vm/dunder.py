# Special methods of classes: operators (with reflected and in-place
# forms), comparisons, hashing, containers, iteration, calling, context
# managers, attribute hooks.

class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x!r}, {self.y!r})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

a, b = V(1, 2), V(3, 4)
print(a + b, a * 3, 2 * a, -a, abs(b), sum([a, b]), a == V(1, 2), a != b, a < b, b > a)
print(bool(V(0, 0)), len({a, V(1, 2), b}), sorted([b, a]))
c = a
c += b
print(a, c is a)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a < 1
except (TypeError, AttributeError) as e:
    print(type(e).__name__)

class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(self.n))[i]
        if i >= self.n:
            raise IndexError(i)
        return i * 10
    def __contains__(self, v):
        return v == "magic"

s = Seq(4)
print(len(s), s[2], s[1:3], list(s), 20 in s, "magic" in s, list(reversed(s)))

class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i

print(list(It()), [x for x in It()])

class Callable:
    def __call__(self, *a, **k):
        return ("called", a, k)

print(Callable()(1, k=2), callable(Callable()), callable(1))

class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return typ is KeyError

with Ctx("a") as v, Ctx("b") as w:
    print("body", v, w)
with Ctx("c"):
    raise KeyError("suppressed")
try:
    with Ctx("d"):
        raise ValueError("propagates")
except ValueError as e:
    print("after", e)

class Attrs:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return "default-" + name
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print("deleting", name)

at = Attrs()
at.n = 5
print(at.real, at.n, at.missing)
del at.n

class Idx:
    def __index__(self):
        return 2

print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()) if False else 0)

class Str:
    def __str__(self):
        return "as str"
    def __repr__(self):
        return "as repr"
    def __format__(self, spec):
        return "formatted:" + spec

o = Str()
print(str(o), repr(o), f"{o}", f"{o!r}", f"{o:xyz}", [o])
