# collections.abc and abc: isinstance with built-in types, ABC
# registration, abstract methods, mixin methods.
import collections.abc as cabc
from abc import ABC, ABCMeta, abstractmethod

samples = [[], (), {}, set(), frozenset(), "", b"", 1, 1.5, None, range(3), iter([]), (x for x in []),
           len, {}.keys(), {}.items(), {}.values(), bytearray(), memoryview(b"")]
abcs = ["Iterable", "Iterator", "Sized", "Container", "Collection", "Sequence", "MutableSequence",
        "Mapping", "MutableMapping", "Set", "MutableSet", "Hashable", "Callable", "Generator",
        "Reversible", "KeysView", "ItemsView", "ValuesView", "MappingView", "ByteString"]
for s in samples:
    print(type(s).__name__, [name for name in abcs if isinstance(s, getattr(cabc, name))])

class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def name(self):
        pass

try:
    Shape()
except TypeError as e:
    print(e)

class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def name(self):
        return "square"

print(Square(3).area(), isinstance(Square(1), Shape), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)

class Half(Shape):
    def area(self):
        return 0

try:
    Half()
except TypeError as e:
    print(e)

class Duck:
    def __iter__(self):
        return iter([])
    def __len__(self):
        return 0

print(isinstance(Duck(), cabc.Iterable), isinstance(Duck(), cabc.Sized), isinstance(Duck(), cabc.Container))

class MyABC(metaclass=ABCMeta):
    pass

MyABC.register(int)
print(isinstance(3, MyABC), issubclass(bool, MyABC), isinstance("x", MyABC), MyABC.register(str) is str, isinstance("x", MyABC))

class Seq(cabc.Sequence):
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        return self.data[i]
    def __len__(self):
        return len(self.data)

s = Seq([1, 2, 3, 2])
print(list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)), isinstance(s, cabc.Reversible))

class Bag(cabc.MutableSet):
    def __init__(self, items=()):
        self.items = set(items)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(sorted(self.items))
    def __len__(self):
        return len(self.items)
    def add(self, x):
        self.items.add(x)
    def discard(self, x):
        self.items.discard(x)

b = Bag([1, 2, 3])
print(list(b | Bag([4])), list(b & Bag([2, 3, 9])), list(b - Bag([1])), list(b ^ Bag([3, 4])), b <= Bag([1, 2, 3, 4]), b == Bag([3, 2, 1]))
b |= {7}; b -= {1}; print(list(b), b.isdisjoint([100]), b.pop() in (2, 3, 7), len(b))

class Store(cabc.MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)

st = Store()
st.update(a=1, b=2); st.setdefault("c", 3)
print(dict(st), st.get("a"), st.pop("a"), list(st.keys()), list(st.items()), list(st.values()), "b" in st, st == {"b": 2, "c": 3})
print(st.popitem(), len(st))
