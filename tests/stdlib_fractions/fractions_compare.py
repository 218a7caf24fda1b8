from fractions import Fraction as F
import sys

items = [F(1, 2), F(-1, 2), F(2), F(0), F(10**30, 3), F(1, 3)]
others = [0.5, -0.5, 2, 2.0, 0, 0.0, True, float("nan"), float("inf"), float("-inf"), 0.5 + 0j, 2 + 1j,
          F(2, 4), 1 / 3, "1/2", None]
for a in items:
    print(repr(a), [a == o for o in others], [a != o for o in others])
    row = []
    for o in others:
        try:
            row.append((a < o, a <= o, a > o, a >= o))
        except TypeError as e:
            row.append(str(e))
    print(row)

for v in [F(1, 2), F(-1, 2), F(5), F(-5), F(0), F(1, 3), F(-1, 3), F(10**40, 7), F(1, sys.hash_info.modulus),
          F(-1), F(2**61 - 1), F(3, 2**61 - 1)]:
    print(repr(v), hash(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)) == hash(-1), hash(F(3, 4)) == hash(0.75))
print({F(1, 2): "a", 0.5: "b", F(2): "c", 2: "d"})
print(sorted([F(1, 3), 0.25, 1, F(-5, 7), -1, 0.4]))
print(max(F(1, 3), 0.3), min(F(1, 3), 0.4, 1))
