# operator: the operator functions, their dunder aliases and errors.
import operator as op

pairs = [(7, 2), (7.5, 2), (-7, 2), ([1], [2]), ("ab", 3), ({1, 2}, {2, 3}), (True, False)]
names = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
         "and_", "or_", "xor", "lt", "le", "eq", "ne", "gt", "ge", "is_", "is_not", "matmul"]
for a, b in pairs:
    row = []
    for name in names:
        try:
            row.append(repr(getattr(op, name)(a, b)))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(a), repr(b), row)

for v in [5, -3, 2.5, True, 0, [], [0]]:
    row = []
    for name in ["neg", "pos", "abs", "inv", "invert", "not_", "truth", "index"]:
        try:
            row.append(repr(getattr(op, name)(v)))
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(repr(v), row)

print(op.__add__ is op.add, op.__and__ is op.and_, op.__not__ is op.not_, op.__lt__ is op.lt,
      op.__iadd__ is op.iadd, op.__getitem__ is op.getitem, op.__concat__ is op.concat)
print(op.add.__name__, op.add.__module__, op.add.__doc__)

l = [1, 2]
print(op.iadd(l, [3]), l, op.iadd(1, 2), op.imul("ab", 2), op.iconcat(l, (4,)), l)
x = {1}
print(op.ior(x, {2}), x, op.ixor(3, 1), op.ipow(2, 10), op.ifloordiv(7, 2), op.itruediv(7, 2), op.imod(7, 2),
      op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.isub(5, 1))

d = {"a": 1}
op.setitem(d, "b", 2); print(d, op.getitem(d, "a"), op.contains(d, "b"), op.contains([1], 5))
op.delitem(d, "a"); print(d)
print(op.concat([1], [2]), op.concat("a", "b"), op.countOf([1, 2, 1, 1], 1), op.indexOf("abc", "c"))
for call in ["op.concat(1, 2)", "op.iconcat(1, 2)", "op.concat([1], (2,))", "op.indexOf([1], 2)",
             "op.add(1)", "op.add(a=1, b=2)", "op.neg()", "op.setitem([], 0)", "op.index(1.5)",
             "op.getitem([], 3)", "op.delitem({}, 1)", "op.truediv(1, 0)"]:
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, "!!", type(e).__name__, e)

class Hint:
    def __init__(self, n):
        self.n = n
    def __length_hint__(self):
        return self.n

print(op.length_hint([1, 2, 3]), op.length_hint(iter(range(5))), op.length_hint(5), op.length_hint(5, 9),
      op.length_hint(Hint(4)), op.length_hint(Hint(NotImplemented), 7))
for h in [Hint(-1), Hint("x")]:
    try:
        op.length_hint(h)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    op.length_hint([], "x")
except TypeError as e:
    print(e)
print(op.call(pow, 2, 5), op.call(dict, a=1), op.call(lambda *a, **k: (a, k), 1, x=2))
