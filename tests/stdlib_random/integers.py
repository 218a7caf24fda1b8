# randrange, randint, getrandbits, randbytes and _randbelow.
import random

r = random.Random(2024)
print([r.randint(1, 6) for _ in range(20)])
print([r.randrange(10) for _ in range(20)])
print([r.randrange(5, 50, 5) for _ in range(10)])
print([r.randrange(50, 5, -7) for _ in range(10)])
print([r.randrange(-100, 100) for _ in range(10)])
print(r.randrange(10**40), r.randrange(-10**30, 10**30, 3))
print([r.getrandbits(k) for k in (0, 1, 2, 8, 31, 32, 33, 63, 64, 65, 127, 128, 129)])
print(r.getrandbits(1000) % 10**20)
print(r.randbytes(0), r.randbytes(1), r.randbytes(13))
print(r._randbelow(1), r._randbelow(7), r._randbelow(2**70))
print(r.randint(5, 5), r.randrange(1))

for args in [(0,), (-5,), (5, 5), (5, 2), (0, 10, 0), (0, 10, -1), (10, 0, 1)]:
    try:
        r.randrange(*args)
    except ValueError as e:
        print(args, "ValueError:", e)

for args in [("a",), (1, "b"), (1, 10, "c")]:
    try:
        r.randrange(*args)
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)

try:
    r.randrange(10, step=2)
except TypeError as e:
    print("TypeError:", e)

for k in [-1, 2.0]:
    try:
        r.getrandbits(k)
    except (TypeError, ValueError) as e:
        print(k, type(e).__name__, e)

try:
    r.randint(1, 0)
except ValueError as e:
    print("ValueError:", e)
