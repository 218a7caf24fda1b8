# functools: wraps/update_wrapper, total_ordering, cached_property,
# singledispatch, partialmethod.
import functools

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs) * 2
    return wrapper

@deco
def double_me(x: int) -> int:
    """Return x."""
    return x

print(double_me(4), double_me.__name__, double_me.__doc__, double_me.__annotations__, double_me.__wrapped__(4),
      double_me.__qualname__)
def plain():
    pass
w = functools.update_wrapper(lambda: None, plain, assigned=("__name__",), updated=())
print(w.__name__, w.__wrapped__ is plain, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n

a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Version(1), sorted([b, a])[0].n)

@functools.total_ordering
class Rev:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __ge__(self, other):
        return self.n >= other.n

print(Rev(1) < Rev(2), Rev(3) > Rev(2), Rev(2) <= Rev(2))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)

class Data:
    def __init__(self):
        self.computed = 0
    @functools.cached_property
    def value(self):
        self.computed += 1
        return 42

d = Data()
print(d.value, d.value, d.computed, "value" in d.__dict__, type(Data.value).__name__)
del d.value
print(d.value, d.computed)

@functools.singledispatch
def describe(x):
    return "object"

@describe.register
def _(x: int):
    return "int"

@describe.register(list)
def _(x):
    return "list"

@describe.register(str)
@describe.register(bytes)
def _(x):
    return "text"

print(describe(1), describe(True), describe([]), describe("a"), describe(b"a"), describe(1.5), describe(None))
print(describe.dispatch(bool).__name__, sorted(k.__name__ for k in describe.registry))

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = bool(state)
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)

c = Cell()
c.set_alive(); print(c.alive)
c.set_dead(); print(c.alive)

class Printer:
    @functools.singledispatchmethod
    def show(self, arg):
        return "default"
    @show.register
    def _(self, arg: int):
        return "int %d" % arg

print(Printer().show(3), Printer().show("x"))
