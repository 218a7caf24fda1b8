# itertools: groupby (with key functions and abandoned groups) and tee.
from itertools import groupby, tee, islice

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")], [(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby([])], [(k, list(g)) for k, g in groupby("a")])
groups = [g for k, g in groupby("aabbc")]
print([list(g) for g in groups])
it = groupby("aaabbb")
k, g = next(it)
print(k, next(g))
k2, g2 = next(it)
print(k2, list(g), list(g2))
print([(k, list(g)) for k, g in groupby(["a", "A", "b", "B", "a"], key=str.lower)])
try:
    groupby(1)
except TypeError as e:
    print(e)

a, b = tee(range(5))
print(list(a), list(b))
a, b, c = tee("xyz", 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([], 0), len(tee([1], 5)))
x, y = tee(iter([1, 2, 3]))
print(next(x), list(y), list(x))
p, q = tee(range(200))
print(sum(p), sum(q))
c1, = tee(range(3), 1)
c2 = c1.__copy__()
print(list(c1), list(c2))
try:
    tee([1], -1)
except ValueError as e:
    print(e)
print(type(tee([1])[0]).__name__)
r, s = tee(range(10))
print(list(islice(r, 3)), list(islice(s, 5)), list(r))
