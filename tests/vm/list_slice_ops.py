# List slicing and slice assignment with int/None bounds (the loop runs
# these without building a slice object) and with other bounds, on lists
# and list subclasses, with CPython's errors.


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class L(list):
    def __getitem__(self, k):
        return ("L", super().__getitem__(k))


base = list(range(10))
bounds = [None, 0, 1, 3, -1, -3, 9, 10, 12, -12]
steps = [None, 1, 2, 3, -1, -2, -4]
out = []
for a in bounds:
    for b in bounds:
        out.append(base[a:b])
        for c in steps:
            out.append(base[a:b:c])
print(len(out), sum(len(x) for x in out))
print(out[:40])
print(base[True:Idx(5)], base[Idx(-3):], base[::Idx(-2)])
print(L(base)[2:5], L(base)[::3])

for k in range(12):
    p = list(range(10))
    p[:k + 1] = p[k::-1]
    print(p)

p = list(range(10))
p[2:4] = []
print(p)
p[1:1] = "abc"
print(p)
p[:] = (x * 2 for x in range(3))
print(p)
p[len(p):] = p
print(p)
p[::2] = p[1::2] + [None] * (len(p) - 2 * len(p[1::2]))
print(p)
p[5:2] = [7]
print(p)
p[-100:100] = [1, 2, 3]
print(p)

for stmt in [
    "base[::0]",
    "base[1:2:0]",
    "base['a':]",
    "base[:1.5]",
    "p = list(range(5)); p[::2] = [1]",
    "p = list(range(5)); p[::-1] = []",
    "p = list(range(5)); p[1:3] = 5",
    "p = list(range(5)); p[::2] = 5",
    "p = list(range(5)); p[::0] = []",
    "t = (1, 2, 3); t[1:2] = [0]",
]:
    try:
        exec(stmt)
        print(stmt, "ok")
    except Exception as e:
        print(stmt, "->", type(e).__name__, e)


def f(xs, k):
    return xs[k::0]


f([1, 2, 3], 1)
