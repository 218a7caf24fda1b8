# Int keys in dicts that also hold equal keys of other types (floats,
# bools, classes with __eq__ and __hash__), and int keys colliding in the
# table.


class Eq:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq called", self.v, other)
        return self.v == other

    def __repr__(self):
        return "Eq(%r)" % (self.v,)


d = {1.0: "float one", 2: "two", True: "bool"}
print(d, d[1], d.get(1), 1 in d, d.get(True))
d[1] = "int one"
print(d)
d = {Eq(5): "eq five", 6: "six"}
print(d[5], 5 in d, d.get(6), d.get(7))
d[5] = "replaced"
print(d)
del d[5]
print(d)

# Collisions: keys equal modulo the table size, and hash(-1) == hash(-2).
d = {}
for k in range(0, 400, 8):
    d[k] = k
for k in [-1, -2, 2**61 - 1, 2**61, 0, 2**63 - 1, -2**63]:
    d[k] = str(k)
print(len(d), d[-1], d[-2], d[2**61 - 1], d[0], d.get(2**61), d[2**63 - 1], d[-2**63])
print(sum(d[k] for k in range(8, 400, 8)))
for k in range(0, 400, 16):
    del d[k]
print(len(d), [k for k in range(0, 400, 8) if k in d][:10])
d[1.5] = "x"
d[8.0] = "eight float"
print(d[8], d.get(16), 8.0 in d)
print({2**64: 1, 2**64 + 0.0: 2})
