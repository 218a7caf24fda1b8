# The real-valued distributions give CPython's numbers for a seed.
import random

r = random.Random(8)
print([round(r.random(), 12) for _ in range(5)])
print(r.uniform(1, 2), r.uniform(10, -10), r.uniform(0, 0))
print(r.triangular(), r.triangular(0, 10), r.triangular(0, 10, 9), r.triangular(3, 3))
print(r.normalvariate(), r.normalvariate(100, 15))
print(r.gauss(), r.gauss(), r.gauss(5, 2))
print(r.lognormvariate(0, 0.5))
print(r.expovariate(1.5), r.expovariate(-2))
print(r.vonmisesvariate(0, 0), r.vonmisesvariate(1, 4), r.vonmisesvariate(3, 1e-7))
print(r.gammavariate(0.3, 2), r.gammavariate(1.0, 3), r.gammavariate(5, 0.5), r.gammavariate(200, 1))
print(r.betavariate(0.5, 0.5), r.betavariate(2, 5))
print(r.paretovariate(3), r.weibullvariate(2, 1.5))
for args in [(0, 1), (1, 0), (-1, 1)]:
    try:
        r.gammavariate(*args)
    except ValueError as e:
        print(args, e)
try:
    r.expovariate(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
# gauss keeps its second value; seeding forgets it
r.seed(1)
a = r.gauss()
r.seed(1)
print(a == r.gauss(), r.gauss_next is not None)
r.seed(1)
print(r.gauss_next)
print(random.NV_MAGICCONST, random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF)
