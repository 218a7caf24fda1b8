# hash() of ints, bools, floats and complex numbers as CPython computes them

vals = [0, 1, -1, -2, 2, 7, -7, 2**31, 2**32, 2**61 - 2, 2**61 - 1, 2**61, 2**61 + 1, -(2**61 - 1), -(2**61), 2**62, 2**63 - 1, -2**63,
        2**64, 2**100, -2**100, 10**30, -10**30, 3**200, True, False]
for v in vals:
    print(v, hash(v), hash(v) == hash(float(v)) if abs(v) < 2**1000 else '')
floats = [0.0, -0.0, 0.5, -0.5, 1.5, 0.1, 1/3, 1e10, 1e100, 1e300, -1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float('inf'), float('-inf'), 2.0**61, 2.0**62, 123456.789, -98765.4321, 3.141592653589793]
for f in floats:
    print(f, hash(f))
complexes = [0j, 1j, -1j, 1 + 2j, -1.5 - 2.5j, complex(1e300, -1e300), complex(0.1, 0.2), complex(float('inf'), 1), 3 + 0j, -1 + 0j]
for c in complexes:
    print(c, hash(c))
print(hash(1) == hash(1.0) == hash(1 + 0j) == hash(True))
print(hash(2**61 - 1) == hash(0), hash(-1) == hash(-2))
print(len({1, 1.0, True, 1 + 0j}), len({0, 0.0, -0.0, False, 0j}))
n = float('nan')
print(hash(n) == hash(n) if False else 'nan hash by identity')
s = {2**64, 2**64 + 1, 1.5, 0.25, -3, 10**20}
print(sorted(s))
print(list({5: 1, 2**70: 2, 2.5: 3, -1: 4}))
print(list(set(range(-5, 40, 3))))
s = set()
for v in [2**61 - 1, 2**61, 0, 1, -1, -2, -3, 2**62]:
    s.add(v)
print(list(s))
