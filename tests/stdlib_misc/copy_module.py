# copy: copy and deepcopy of built-in containers, instances, slots,
# __copy__/__deepcopy__, recursion and shared references.
import copy

nested = [1, [2, 3], {"k": [4]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1], deep[1] is nested[1], deep == nested)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t)[1] is t[1])
d = {"a": [1]}
print(copy.copy(d)["a"] is d["a"], copy.deepcopy(d)["a"] is d["a"])
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(frozenset([1])) == frozenset([1]))
for atom in [1, 1.5, "s", b"b", None, True, range(3), len, int]:
    print(type(atom).__name__, copy.copy(atom) is atom, copy.deepcopy(atom) is atom)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q.y is p.y, r.y is p.y, type(r).__name__)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]

o = copy.deepcopy(Slotted())
print(o.a, hasattr(o, "b"))

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom("copied " + self.v)
    def __deepcopy__(self, memo):
        return Custom("deep " + self.v)

print(copy.copy(Custom("x")).v, copy.deepcopy(Custom("x")).v, copy.deepcopy([Custom("y")])[0].v)

class WithState:
    def __init__(self):
        self.data = 1
    def __getstate__(self):
        return {"data": self.data * 10}
    def __setstate__(self, state):
        self.data = state["data"] + 1

print(copy.copy(WithState()).data, copy.deepcopy(WithState()).data)

shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
loop = [1]
loop.append(loop)
lc = copy.deepcopy(loop)
print(lc[1] is lc, lc[1] is loop)
class Sub(list):
    pass
sl = Sub([1, [2]])
sl.tag = "t"
cs = copy.deepcopy(sl)
print(type(cs).__name__, cs, cs.tag, cs[1] is sl[1])
class SubD(dict):
    pass
sd = copy.copy(SubD(a=1))
print(type(sd).__name__, sd)
print(copy.Error.__name__, issubclass(copy.error, Exception))
