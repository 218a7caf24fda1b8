from fractions import Fraction as F
import math
import operator

vals = [F(1, 3), F(-7, 4), F(0), F(5), 2, -3, True, 0.5, -1.25, 2j, 1 + 1j]
ops = [("+", operator.add), ("-", operator.sub), ("*", operator.mul), ("/", operator.truediv),
       ("//", operator.floordiv), ("%", operator.mod), ("divmod", divmod)]
for a in vals[:4]:
    for b in vals:
        row = []
        for name, op in ops:
            for x, y in ((a, b), (b, a)):
                try:
                    r = op(x, y)
                    row.append("%s=%r" % (name, r))
                except Exception as e:
                    row.append("%s:%s(%s)" % (name, type(e).__name__, e))
        print(repr(a), repr(b), " ".join(row))

for base in (F(2, 3), F(-2, 3), F(0), F(4, 9)):
    for e in (0, 1, 3, -1, -2, F(1, 2), F(-3), 0.5, 2.0, 1j):
        try:
            print(repr(base), repr(e), repr(base ** e))
        except Exception as ex:
            print(repr(base), repr(e), type(ex).__name__, ex)
for b in (2, -2, 4, 0.25, 2j, 0):
    for e in (F(2), F(-2), F(1, 2), F(3, 2)):
        try:
            print(repr(b), repr(e), repr(b ** e))
        except Exception as ex:
            print(repr(b), repr(e), type(ex).__name__, ex)

x = F(-7, 3)
print(-x, +x, abs(x), int(x), math.trunc(x), math.floor(x), math.ceil(x), float(x), complex(x), bool(x), bool(F(0)))
for v in (F(5, 2), F(7, 2), F(-5, 2), F(-7, 2), F(1, 3), F(2, 3), F(12345, 1000)):
    print(round(v), [repr(round(v, n)) for n in (0, 1, 2, -1, -2)], type(round(v)).__name__)
print(operator.index(F(4)) if False else "no index", hasattr(F(4), "__index__"))
