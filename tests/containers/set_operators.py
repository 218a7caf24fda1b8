# set operators: | & - ^ with every combination of set and frozenset,
# in-place forms, comparisons, subclasses, repr


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = {1, 2, 3}
b = frozenset({2, 3, 4})
for l, r in ((a, b), (b, a), (a, a), (b, b)):
    print(l | r, l & r, l - r, r - l, l ^ r, type(l | r).__name__, type(l & r).__name__)
print(a < {1, 2, 3, 4}, a <= a, a > {1}, a >= {1, 2, 3}, a == {3, 2, 1}, a != b, a == frozenset(a))
print({1} < {2}, {1} > {2}, set() < {1}, set() <= set(), {1, 2} >= {2, 1}, {1, 2} > {1, 2})
show(lambda: a | [1])
show(lambda: a & (1,))
show(lambda: a - 1)
show(lambda: a ^ None)
show(lambda: a < [1])
show(lambda: a < 1)
print(a == [1, 2, 3], a != (1, 2, 3))

c = {1, 2}
d = c
c |= {3}
c &= {1, 3, 5}
c -= {1}
c ^= {9}
print(c, d is c)


def ior_list():
    e = {1}
    e |= [2]


show(ior_list)
g = frozenset({1, 2})
h = g
g |= {3}
print(g, h, g is h)
g -= {1}
g &= {2, 3}
g ^= {7}
print(g, type(g).__name__)

# repr forms
print(set(), frozenset(), {1}, frozenset({1}), {(1, 2), 1.5}, {frozenset()}, {-1, -2})


class S(set):
    pass


class F(frozenset):
    pass


s = S([1, 2])
print(s, repr(S()), type(s | {3}).__name__, type(s.copy()).__name__, type(s.union()).__name__)
fz = F([1, 2])
print(fz, repr(F()), type(fz | {3}).__name__, type(fz.copy()).__name__, hash(fz) == hash(frozenset([1, 2])))
print(s == {1, 2}, fz == {1, 2}, s < {1, 2, 3}, isinstance(s, set), isinstance(fz, frozenset))

# set iteration order follows CPython's table for ints and tuples
print(set(range(20, 0, -3)), {100, 2, 33, 7, 64, 1000, 8, 9}, set([(1, 2), (2, 1), (0, 0)]))
print({-5, 5, -1, 1, 0}, set(range(1000, 1100, 7)), {2 ** 40, 2 ** 61, 2 ** 62, 3})
print(sorted({x * x % 17 for x in range(50)}), len({i // 3 for i in range(30)}))
u = set()
for i in range(100):
    u.add(i * 37 % 101)
for i in range(0, 100, 2):
    u.discard(i)
print(u)
print(set([1.5, 2.5, 0.5]), {True, 1, 1.0}, {0, False}, {(1,), (1, 2), ()})
