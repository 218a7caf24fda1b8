import os.path
import collections.abc as cabc
from . import sibling
from ..parent import name as alias, other
from os import *

a, b, *c = range(10)
[d, (e, f)] = (1, (2, 3))
x = y = z = 0
x += 1
a.attr -= 2
c[0] *= 3
c[1:2] = [4]
del c[0], a.attr

t = (1, 2, 3)
l = [1, 2, 3]
s = {1, 2, 3}
fs = {*l, 4}
d = {"a": 1, "b": 2}
d2 = {**d, "c": 3, **{}}
big = [i for i in range(10) if i % 2 if i > 3]
pairs = {k: v for k, v in d.items()}
uniq = {v for v in l}
nested = [[j for j in range(i)] for i in range(3)]
gen = (i * i for i in l)

ok = 1 < x <= 3 != y
neither = not (x in l)
also = x is not None and y is None or z
cond = x if y else z
walrus = [w for v in l if (w := v * 2) > 2]

msg = f"{x!r:>{y}} and {z:.2f} {x=}"
fmt = "%s and %r and %-5s" % (x, y, z)
call = print(*l, sep="-", **d)
method = os.path.join("a", "b", *c)
kw = dict(a=1, b=2)
sl = l[1:], l[:2], l[::2], l[1:2:3]
chained = a.b.c.d
folded = 2 ** 10 - 1, "ab" * 3, -5, ~0, not 1, (1, 2) + (3,), "abc"[1]
if __debug__:
    print("debug")
assert x, "message"
assert x > 0
while x:
    x -= 1
else:
    pass
for i in [1, 2]:
    pass
for j in {1, 2}:
    pass
for k in [x, y]:
    pass
if x in [1, 2, 3]:
    pass
if x not in {"a", "b"}:
    pass
