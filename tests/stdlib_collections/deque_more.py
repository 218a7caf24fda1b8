# collections.deque: comparison, operators, copying, iteration and
# mutation during it, subclassing, recursion in repr.
from collections import deque
import copy

a, b = deque([1, 2]), deque([1, 3])
print(a == deque([1, 2]), a != b, a < b, a <= a, b > a, a >= b, a == [1, 2])
print(a + b, a * 3, 3 * a, a * 0, deque([1], maxlen=2) * 3)
c = deque([1, 2]); c += [3, 4]; print(c)
c *= 2; print(c)
c += c; print(len(c))
print(a.copy(), copy.copy(a), copy.deepcopy(deque([[1], [2]])), deque(a, maxlen=5).copy().maxlen)
print(list(reversed(deque("abc"))), list(iter(deque("xyz"))), sum(deque(range(101))))
d = deque(range(5))
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
d = deque(range(3))
it = iter(d)
next(it)
d.pop()
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)

class Stack(deque):
    def push(self, x):
        self.append(x)

s = Stack([1])
s.push(2)
print(s, type(s).__name__, isinstance(s, deque), s.copy(), type(s.copy()).__name__, s + s)
r = deque([1]); r.append(r); print(r)
print(deque.__name__, deque.__module__, deque[int], repr(deque("ab", 4)))
big = deque(range(100000))
big.rotate(12345)
print(big[0], big[-1], big.index(0), len(big))
while len(big) > 10:
    big.popleft()
print(big, big.maxlen)
