# collections: subclasses with their own __init__, __missing__, __repr__
# and methods, and how the base behaviour survives.
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, UserDict
import copy

class Window(deque):
    def __init__(self, size, items=()):
        super().__init__(items, maxlen=size)
        self.size = size
    def mean(self):
        return sum(self) / len(self)

w = Window(3, [1, 2, 3, 4])
w.append(10)
print(w, w.maxlen, w.size, w.mean(), isinstance(w, deque), len(w), w[0], list(reversed(w)))
try:
    copy.copy(w)
except TypeError as e:
    print("TypeError", e)

class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
    def __repr__(self):
        return "Tree(" + repr(dict(self)) + ")"

t = Tree()
t["a"]["b"]["c"] = 1
print(t, isinstance(t["a"], Tree), t.default_factory is Tree)

class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)

lu = LastUpdated()
lu["a"] = 1; lu["b"] = 2; lu["a"] = 3
print(lu, list(lu), lu == OrderedDict([("b", 2), ("a", 3)]))

class Missing(dict):
    def __missing__(self, key):
        return key.upper()

m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m)

class Tally(Counter):
    def top(self):
        return self.most_common(1)[0][0]

tl = Tally("aabbbc")
print(tl.top(), tl + Tally("c"), type(tl + Tally("c")).__name__, tl.total())

class Point(namedtuple("Point", "x y")):
    __slots__ = ()
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

print(Point(1, 2) + Point(3, 4), Point(1, 2)._replace(x=9), Point._fields)

class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

low = Lower({"A": 1})
low["B"] = 2
print(low, low.data, "a" in low, dict(low))
