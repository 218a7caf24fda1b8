# Dicts around the size of the smallest table (5 items): growth, deletes,
# clear, copy, popitem, reuse after emptying, and objects dropped from a
# small dict being freed.
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


def show(d):
    print(len(d), list(d.items()))


d = {}
for i in range(7):
    d["k%d" % i] = i
    show(d)
for k in ["k1", "k3", "k0"]:
    del d[k]
    show(d)
d["k1"] = "again"
show(d)
while d:
    print(d.popitem())
show(d)
d.update(a=1, b=2)
show(d)
c = d.copy()
c["c"] = 3
show(d)
show(c)
d.clear()
show(d)
d[1] = 1
show(d)

# Delete and insert repeatedly at the small size (table rebuilds in place).
d = {}
for i in range(40):
    d[i] = i * i
    if len(d) > 4:
        del d[min(d)]
show(d)
e = d.copy()
for k in list(e):
    del e[k]
e["x"] = 1
show(e)
show(d)

# Mixed keys.
d = {1: "a", "1": "b", 1.5: "c", (1,): "d", None: "e"}
show(d)
d[True] = "f"
show(d)
del d["1"]
d[2] = "g"
d[3] = "h"
show(d)

# Values removed from small dicts must be freed.
refs = []
d = {}
for i in range(4):
    o = Obj(i)
    refs.append(weakref.ref(o))
    d[i] = o
del o
del d[1]
gc.collect()
print([r() for r in refs])
d.pop(2)
gc.collect()
print([r() for r in refs])
d.clear()
gc.collect()
print([r() for r in refs])

refs = []
d = {}
for i in range(5):
    o = Obj(i)
    refs.append(weakref.ref(o))
    d["a%d" % i] = o
del o
for i in range(5, 12):
    d["a%d" % i] = i
gc.collect()
print([r() is not None for r in refs])
for i in range(5):
    del d["a%d" % i]
gc.collect()
print([r() for r in refs])
print(d)


# Instance namespaces of several sizes.
class P:
    pass


ps = []
for n in range(8):
    p = P()
    for j in range(n):
        setattr(p, "a%d" % j, j)
    ps.append(p)
print([sorted(vars(p).items()) for p in ps])
q = P()
q.x = Obj(7)
r = weakref.ref(q.x)
del q.x
gc.collect()
print(r(), vars(q))
