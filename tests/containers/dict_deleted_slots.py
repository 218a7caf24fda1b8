# Dicts and sets that see many insertions and deletions of different keys
# while staying small: lookups of absent keys must still end.
d = {0: 0}
for i in range(1, 50000):
    d[i * 7919] = i
    del d[i * 7919]
print(len(d), 5 in d, d.get(12345), list(d))

d = {"a": 1, "b": 2}
for i in range(20000):
    k = "k%d" % i
    d[k] = i
    d.pop(k)
print(len(d), "zz" in d, list(d.items()))

ids = {}
for i in range(20000):
    ids[i * 31] = True
    ids[i * 31 + 1] = True
    del ids[i * 31 + 1]
    del ids[i * 31]
print(len(ids), 1 in ids)

d = {i: i for i in range(10)}
while d:
    d.popitem()
    d[-len(d) - 100] = 0
    d.popitem()
    if len(d) > 3:
        d.popitem()
print(d)

s = {0}
for i in range(1, 50000):
    s.add(i * 7919)
    s.discard(i * 7919)
print(len(s), 5 in s, s)

c = dict(d)
for i in range(1000):
    c[i] = i
    del c[i]
print(c == d, len(c))
