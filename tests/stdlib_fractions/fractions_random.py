# Pseudo-random fractions, ints and floats through every operation
# (fixed seed: the same cases under kaa and CPython).
import math
import random
from fractions import Fraction as F

rng = random.Random(7)


def rnum():
    k = rng.randrange(5)
    if k == 0:
        return F(rng.randrange(-10 ** 6, 10 ** 6), rng.randrange(1, 10 ** 6))
    if k == 1:
        return F(rng.randrange(-10 ** 30, 10 ** 30), rng.randrange(1, 10 ** 20))
    if k == 2:
        return rng.randrange(-1000, 1000)
    if k == 3:
        return rng.uniform(-1e6, 1e6)
    return F(rng.uniform(-100, 100))


def attempt(f):
    try:
        return repr(f())
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        return "%s: %s" % (type(e).__name__, e)


for _ in range(120):
    a = F(rnum())
    b = rnum()
    print(repr(a), repr(b), attempt(lambda: a + b), attempt(lambda: b - a), attempt(lambda: a * b),
          attempt(lambda: a / b), attempt(lambda: b / a), attempt(lambda: a // b), attempt(lambda: a % b),
          attempt(lambda: divmod(b, a)), a < b, a == b, b >= a, hash(a) == hash(F(str(a))))
    print(" ", round(a), round(a, 3), round(a, -2), math.floor(a), math.ceil(a), int(a), float(a),
          a.limit_denominator(rng.choice([1, 10, 1000, 10 ** 6])), attempt(lambda: a ** rng.randrange(-3, 4)),
          str(a), F(str(a)) == a, F(repr(float(a))) == F(float(a)))
