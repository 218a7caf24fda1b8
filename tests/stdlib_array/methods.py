# array: the methods, with their errors.
from array import array

a = array('i', [1, 2, 3, 2])
a.append(5)
print(a, a.count(2), a.index(2), a.index(2, 2), a.index(2, -2), a.index(3, 0, 3))
for args in [(9,), (2, 4), (1, 1, 3)]:
    try:
        a.index(*args)
    except ValueError as e:
        print(args, e)
a.insert(0, 0); a.insert(100, 6); a.insert(-100, -1); a.insert(-1, 55)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
for args in [(100,), (-100,)]:
    try:
        a.pop(*args)
    except IndexError as e:
        print(e)
try:
    array('i').pop()
except IndexError as e:
    print(e)
a.remove(2); print(a)
try:
    a.remove(42)
except ValueError as e:
    print(e)
a.reverse(); print(a)
a.extend([10, 11]); a.extend(array('i', [12])); a.extend(x for x in (13,)); print(a)
try:
    a.extend(array('d', [1.0]))
except TypeError as e:
    print(e)
a.fromlist([20, 21]); print(a)
try:
    a.fromlist([22, 'x'])
except TypeError as e:
    print(e, a)
try:
    a.fromlist((1,))
except TypeError as e:
    print(e)

b = array('h', [1, -2, 300])
raw = b.tobytes()
print(raw, b.tolist())
c = array('h'); c.frombytes(raw); print(c, c == b)
for bad in [b'abc', 'abc']:
    try:
        c.frombytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b.byteswap(); print(b)
d = array('d', [1.0, -2.0]); d.byteswap(); d.byteswap(); print(d)

u = array('u', 'abc')
u.fromunicode('de'); print(u, u.tounicode())
for arr, fn, arg in [(a, 'fromunicode', 'x'), (a, 'tounicode', None), (u, 'fromunicode', b'x')]:
    try:
        getattr(arr, fn)(*([] if arg is None else [arg]))
    except (ValueError, TypeError) as e:
        print(fn, type(e).__name__, e)

print(a.buffer_info()[1] == len(a), type(a.buffer_info()[0]).__name__)
print(a.__copy__() == a, a.__copy__() is a, a.__reduce_ex__(2))
import copy
print(copy.copy(a), copy.deepcopy(array('d', [1.5])))
try:
    hash(a)
except TypeError as e:
    print(e)
