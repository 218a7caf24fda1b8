# choice, choices, shuffle and sample consume the generator as CPython.
import random

r = random.Random(31337)
seq = list(range(30))
print([r.choice(seq) for _ in range(10)])
print(r.choice("abcdef"), r.choice((1, 2, 3)), r.choice(range(100, 200)))
r.shuffle(seq)
print(seq)
s2 = list("abcdefghij")
r.shuffle(s2)
print(s2)
one = [1]
r.shuffle(one)
print(one)
print(r.sample(range(100), 10))
print(r.sample(range(10**9), 8))
print(r.sample("abcdefghijklmnop", 5))
print(r.sample(tuple(range(60)), 30))
print(r.sample(range(10000), 100)[:10])
print(r.sample(["red", "blue"], counts=[4, 2], k=5))
print(r.sample(range(5), 0), r.sample(range(5), 5))
print(r.choices(range(10), k=8))
print(r.choices("abc", [10, 1, 1], k=8))
print(r.choices("abc", cum_weights=[1, 5, 6], k=8))
print(r.choices([0.5, 1.5], [0.1, 0.9]))
print(r.choices("xy", k=0))

for fn in [lambda: r.choice([]), lambda: r.choice(""), lambda: r.sample([1, 2], 3),
           lambda: r.sample([1, 2], -1), lambda: r.sample({1, 2, 3}, 2),
           lambda: r.sample({"a": 1}, 1), lambda: r.sample([1, 2], 1, counts=[1]),
           lambda: r.sample([1, 2], 1, counts=[0, 0]), lambda: r.sample([1, 2], 1, counts=[1.5, 1]),
           lambda: r.choices("ab", [1]), lambda: r.choices("ab", [0, 0]),
           lambda: r.choices("ab", [1, 2], cum_weights=[1, 2]), lambda: r.choices("ab", 2),
           lambda: r.choices("ab", [1, float("inf")]), lambda: r.choices([], k=1)]:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
