# array: indexing, slicing, slice assignment and deletion, operators,
# comparison, iteration.
from array import array

a = array('i', range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-2], a[5:2], a[-3:])
for k in [10, -11, 'x', 1.5]:
    try:
        a[k]
    except (IndexError, TypeError) as e:
        print(repr(k), type(e).__name__, e)

a[0] = 100; a[-1] = -100; print(a)
for k, v in [(10, 1), (0, 'x'), (0, 2**40)]:
    try:
        a[k] = v
    except Exception as e:
        print(type(e).__name__, e)
a[1:3] = array('i', [7, 7, 7]); print(a)
a[::2] = array('i', [0] * len(a[::2])); print(a)
a[5:] = array('i'); print(a)
a[:0] = array('i', [-5]); print(a)
a[1:1] = a; print(a)
for v in [[1], array('d', [1.0]), array('i', [1, 2, 3])]:
    try:
        a[::2] = v
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
del a[0]; del a[-1]; print(a)
del a[::2]; print(a)
del a[1:3]; print(a)
try:
    del a[100]
except IndexError as e:
    print(e)

x = array('b', [1, 2])
y = array('b', [3])
print(x + y, x * 3, 3 * x, x * 0, x * -1)
x += y; print(x)
x *= 2; print(x)
for bad in [[1], array('h', [1])]:
    try:
        x + bad
    except TypeError as e:
        print(e)
    try:
        x += bad
    except TypeError as e:
        print(e)

print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) == array('d', [1.0, 2.0]))
print(array('i', [1, 2]) < array('i', [1, 3]), array('i', [1, 2]) <= array('i', [1]),
      array('b', [1]) != array('b', [1, 0]), array('i', [1]) == [1])
try:
    array('i') < [1]
except TypeError as e:
    print(e)
print(2 in array('i', [1, 2]), 2.0 in array('d', [2.0]), 'a' in array('u', 'abc'), 5 in array('i'))
print(list(array('H', [1, 2, 3])), list(reversed(array('i', [1, 2]))), sum(array('d', [0.5, 0.25])))
it = iter(array('i', [1, 2]))
print(next(it), next(it), next(it, 'end'))
z = array('i', [1])
it = iter(z)
z.append(2)
print(list(it))
print(len(array('q', range(100))), bool(array('i')), bool(array('i', [0])))
