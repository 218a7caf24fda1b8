# getstate/setstate, module-level functions, subclasses and SystemRandom.
import random

random.seed(5)
st = random.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[1][-1], st[2])
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)])

r = random.Random(10)
r.gauss()
st = r.getstate()
print(st[2])
r2 = random.Random()
r2.setstate(st)
print(r.gauss() == r2.gauss(), r.random() == r2.random())

# version 2 states (from Python 2 era pickles) are accepted
v2 = (2, st[1], None)
r2.setstate(v2)
print(r2.random() == random.Random(10).getstate() is None)
for bad in [(4, (), None), (1, (), None)]:
    try:
        r.setstate(bad)
    except ValueError as e:
        print(e)
for bad in [(3, (1, 2), None), (3, [0] * 625, None), (3, (0,) * 624 + (700,), None)]:
    try:
        r.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

class Dice(random.Random):
    def random(self):
        return 0.25
print(Dice().randrange(100), Dice().choice("abcd"), Dice()._randbelow.__name__)

class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 3
print(Bits(1)._randbelow.__name__, Bits(1).randrange(5))

class Seeded(random.Random):
    def __init__(self):
        super().__init__(123)
        self.extra = "kept"
s = Seeded()
print(s.extra, s.random() == random.Random(123).random())
print(isinstance(s, random.Random), random.Random.__mro__[1].__module__)

sr = random.SystemRandom()
x = sr.random()
print(0 <= x < 1, 0 <= sr.randrange(10) < 10, len(sr.randbytes(16)), sr.getrandbits(0), sr.seed(5))
print(0 <= sr.getrandbits(77) < 2**77)
for m in (sr.getstate, lambda: sr.setstate(None)):
    try:
        m()
    except NotImplementedError as e:
        print("NotImplementedError", e)

import copy
r3 = random.Random(77)
r4 = copy.deepcopy(r3)
print(r3.random() == r4.random())
print(r3.__reduce__()[0].__name__, random.__all__[:5])
print(sorted(n for n in dir(random) if not n.startswith("_"))[:12])
