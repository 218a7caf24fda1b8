# heapq: heap layout after each operation, merge, nlargest/nsmallest, errors.
import heapq
import random

rng = random.Random(7)
data = [rng.randrange(100) for _ in range(30)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)], h)
h2 = data[:]
heapq.heapify(h2)
print(h2)
print(heapq.heapreplace(h2, 50), h2)
print(heapq.heappushpop(h2, 1), heapq.heappushpop(h2, 99), h2)
print(heapq.heappushpop([], 5))
print(sorted(data) == [heapq.heappop(h2) for _ in range(len(h2))] or "differs")
for n in (0, 1, 3, 10, 40):
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
words = ["pear", "fig", "apple", "kiwi", "banana", "date", "plum", "lime", "cherry"]
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len), heapq.nlargest(4, iter(words), key=len))
pairs = [(1, "a"), (1, "b"), (0, "c"), (1, "d"), (0, "e")]
print(heapq.nsmallest(3, pairs, key=lambda p: p[0]), heapq.nlargest(3, pairs, key=lambda p: p[0]))
print(heapq.nsmallest(2, iter([]), key=len), heapq.nlargest(1, []), heapq.nsmallest(1, [3, 1, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 3], [], [2, 2, 5], [0])))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge([(1, "x"), (2, "x")], [(1, "y"), (2, "y")], key=lambda t: t[0])))
print(list(heapq.merge([(2, "x"), (1, "x")], [(2, "y"), (1, "y")], key=lambda t: t[0], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([1, 2])))
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "test"), (1, "eat")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
            lambda: heapq.heapify(3), lambda: heapq.heappush([1], "a"), lambda: heapq.heappop(()),
            lambda: heapq.heapreplace((), 1), lambda: heapq.heappushpop((), 1)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
mx = data[:]
heapq._heapify_max(mx)
print(mx[0] == max(data), heapq._heappop_max(mx) == max(data))
