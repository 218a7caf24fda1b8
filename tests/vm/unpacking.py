# Unpacking in assignments, for loops, calls and displays.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
print([*range(3), *"xy"], {*"aab"} == {"a", "b"}, {**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2, 3], sep="-")

def args(*a, **k):
    return a, k

print(args(*(1, 2), *[3], **{"x": 1}, **{"y": 2}))

for bad, n in [([1, 2, 3], 2), ([1], 2), (5, 2)]:
    try:
        p, q = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

try:
    p, q, *r = [1]
except ValueError as e:
    print("ValueError:", e)

try:
    args(**{"x": 1}, x=2)
except TypeError as e:
    print("TypeError:", e)

try:
    args(*5)
except TypeError as e:
    print("TypeError:", e)

try:
    args(**[1])
except TypeError as e:
    print("TypeError:", e)

m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
(a, b), c = "xy", "z"
print(a, b, c)
