# collections.deque: construction, appends and pops at both ends, maxlen,
# rotate, indexing, repr, errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend("ab"); d.extendleft("xy")
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); d.rotate(len(d) * 3 + 1); print(d)
d.reverse(); print(d)
print(d.count("a"), d.count(99), d.index("a"), d.index(2), 2 in d, 99 in d)
d.remove("a"); print(d)
d.insert(1, "I"); d.insert(-1, "J"); d.insert(100, "K"); d.insert(-100, "L"); print(d)
d[0] = "first"; del d[1]; print(d, d[-2])
d.clear(); print(d, len(d))

for args in [(range(10), 3), ([], 0), ("abc", None), ((), 5)]:
    e = deque(*args)
    print(e, e.maxlen)
e = deque(maxlen=3)
for i in range(6):
    e.append(i)
    print(list(e), end=" ")
print()
e.appendleft(-1); print(e)
e.extendleft([10, 11]); print(e)
z = deque(maxlen=0); z.append(1); z.extend([2, 3]); print(z, len(z))

for call in ["deque().pop()", "deque().popleft()", "deque([1])[5]", "deque([1])[-2]", "deque([1]).remove(2)",
             "deque([1]).index(2)", "deque([1], maxlen=1).insert(0, 2)", "deque(maxlen=-1)", "deque([1])[0:1]",
             "deque([1])['a']", "deque(1)", "deque([], 3, 4)", "deque(maxlen=1.5)", "hash(deque())",
             "deque([1]) + [1]", "deque([1]) * 1.5", "deque().rotate(1.5)", "deque([1,2]).index(1, 1)",
             "deque([1]).count()", "deque([1]).pop(0)", "deque.__new__(int)"]:
    try:
        print(call, "->", eval(call))
    except Exception as ex:
        print(call, "!!", type(ex).__name__, ex)
