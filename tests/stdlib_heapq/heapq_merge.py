# heapq.merge is a stable merge: same as sorted() of the concatenation, with key and reverse.
import heapq, random
r = random.Random(3)
for trial in range(200):
    its = [sorted(r.randrange(10) for _ in range(r.randrange(6))) for _ in range(r.randrange(6))]
    tagged = [[(v, i, j) for j, v in enumerate(it)] for i, it in enumerate(its)]
    a = list(heapq.merge(*tagged, key=lambda t: t[0]))
    b = sorted([t for it in tagged for t in it], key=lambda t: t[0])
    assert a == b, (its, a, b)
    rt = [sorted(it, key=lambda t: t[0], reverse=True) for it in tagged]
    a = list(heapq.merge(*rt, key=lambda t: t[0], reverse=True))
    b = sorted([t for it in rt for t in it], key=lambda t: t[0], reverse=True)
    assert a == b, (rt, a, b)
print("ok")
