# collections.defaultdict and Counter.
from collections import defaultdict, Counter

dd = defaultdict(list)
dd["a"].append(1); dd["a"].append(2); dd["b"]
print(dd, dd["a"], len(dd), dd.default_factory, "c" in dd, dd.get("c"))
ci = defaultdict(int)
for ch in "mississippi":
    ci[ch] += 1
print(sorted(ci.items()), repr(defaultdict()), defaultdict(None, {1: 2}), defaultdict(lambda: 7)["x"])
try:
    defaultdict(None)["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(1)
except TypeError as e:
    print(e)
c = dd.copy(); c["z"].append(0); print(type(c).__name__, c.default_factory, sorted(c), sorted(dd))
print(dd | {"q": [9]}, type(dd | {}).__name__)
n = defaultdict(list, a=[1], b=[2]); print(n)
dd.default_factory = set; dd["s"].add(1); print(dd["s"])
class DD(defaultdict):
    pass
print(DD(int, x=1), DD(int)["y"])

c = Counter("abracadabra")
print(c, c["a"], c["zz"], c.most_common(2), c.most_common(), c.most_common(0), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update("aaz"); c.update({"b": 10}); print(c)
c.subtract("abc"); c.subtract({"z": 5}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2, c=-1), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2))
print(+Counter(a=1, b=0, c=-2), -Counter(a=1, b=0, c=-2))
x = Counter(a=1); x += Counter(a=2, b=-1); print(x)
x -= Counter(a=5); print(x)
print(Counter("aab") == Counter("aba"), Counter(a=1) < Counter(a=2), Counter(a=1) <= Counter(a=1, b=1),
      Counter(a=1) == Counter(a=1, b=0))
print(Counter(), Counter({"x": 2}), Counter(x=2, y=1), repr(Counter(a=1, b=2.5)))
del c["a"]; del c["never"]; print("a" in c)
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print(e)
words = "the quick brown the lazy the end quick".split()
print(Counter(words).most_common(2), len(Counter(words)), sum(Counter(words).values()))
