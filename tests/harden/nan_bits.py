# Every NaN kaa makes has CPython's bits; identity of floats in containers.
import struct, math, cmath, marshal, array

sources = [
    ("float('nan')", float('nan')),
    ("float('-nan')", float('-nan')),
    ("math.nan", math.nan),
    ("cmath.nan", cmath.nan),
    ("cmath.nanj.imag", cmath.nanj.imag),
    ("float.fromhex('nan')", float.fromhex('nan')),
    ("complex('nanj').imag", complex('nanj').imag),
    ("marshal round trip", marshal.loads(marshal.dumps(float('nan')))),
    ("array round trip", array.array('d', [float('nan')])[0]),
    ("struct round trip", struct.unpack('d', struct.pack('d', float('nan')))[0]),
    ("inf - inf", float('inf') - float('inf')),
    ("inf * 0", math.inf * 0),
]
for name, v in sources:
    print(name, struct.pack('<d', v).hex(), math.isnan(v), math.copysign(1.0, v))
print(struct.pack('<f', float('nan')).hex(), struct.pack('<e', float('nan')).hex())
print(marshal.dumps(float('nan')).hex(), marshal.dumps(complex(0, float('nan'))).hex())
print(array.array('d', [math.nan]).tobytes().hex())
print(memoryview(struct.pack('<d', math.nan)).cast('d')[0])

n = float('nan')
m = n
print([n] == [n], [float('nan')] == [float('nan')], n == n, n is n, m is n)
print(n in [n], [n].count(n), [1.0, n].index(n), (n,) == (n,), {n: 1}[n], n in {n}, {n} == {n})
print(float('nan') in [float('nan')], [n, 1.0] == [float('nan'), 1.0])
x = 1.5
y = x
print(x is y)
try:
    {n: 1}[float('nan')]
except KeyError as e:
    print('KeyError', e)
s = {float('nan') for i in range(5)}
print(len(s), len({n for i in range(5)}))
d = {}
for i in range(10):
    d[float('nan')] = i
print(len(d), sorted(d.values()))
l = [n, 1.0]
l.remove(n)
print(l)
print(math.nan in [math.nan], math.nan is math.nan, math.nan == math.nan)
z = complex(n, 0)
print([z] == [z], z == z)
print(max([n, 1.0]), min([1.0, n]), sorted([3.0, n, 1.0])[1:])
