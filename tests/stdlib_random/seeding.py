# Seeds of every supported type give CPython's sequences.
import random

for seed in [0, 1, 2, -1, 12345, 2**32, 2**32 - 1, 2**64 + 1, -(2**100), 10**50,
             0.0, 0.5, -0.5, 1e300, float("inf"), True, False,
             "", "a", "hello world", "\u00e9t\u00e9", "\U0001f600",
             b"", b"abc", bytearray(b"abc"), (1, 2, 3), None.__class__]:
    try:
        random.seed(seed)
    except TypeError as e:
        print(type(seed).__name__, "TypeError", e)
        continue
    print(repr(seed)[:30], random.random(), random.getrandbits(40))

for v in [b"abc", "abc", "", b"\xff\x00"]:
    random.seed(v, version=1)
    print("v1", repr(v), random.random())
    random.seed(v, version=2)
    print("v2", repr(v), random.random())

# version 1 leaves ints alone
random.seed(99, version=1)
a = random.random()
random.seed(99)
print(a == random.random())

# seed() with no argument and None both work and differ from a fixed seed
random.seed()
random.seed(None)
x = random.random()
print(0.0 <= x < 1.0)

# The same seed twice gives the same stream
r1 = random.Random("repeat")
r2 = random.Random("repeat")
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)])
print(r1.randint(0, 10**9), r2.randint(0, 10**9))
