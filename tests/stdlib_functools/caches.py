# functools: lru_cache (maxsize, typed, statistics, methods, recursion)
# and cache.
from functools import lru_cache, cache

calls = []

@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

print(sq(2), sq(2), sq(3), sq(4), sq(2), calls)
print(sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__(5), type(sq).__name__)
sq.cache_clear(); print(sq.cache_info())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())

@lru_cache
def ident(x):
    return x

print(ident(1), ident.cache_info())

@lru_cache(typed=True)
def kind(x):
    return type(x).__name__

print(kind(1), kind(1.0), kind(True), kind(1), kind.cache_info())

@lru_cache(maxsize=None)
def add(a, b=0, *, c=0):
    calls.append((a, b, c))
    return a + b + c

calls.clear()
print(add(1), add(1), add(1, 0), add(a=1), add(1, c=2), add(1, c=2), len(calls), add.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x

print(nocache(1), nocache(1), nocache.cache_info())

class Circle:
    def __init__(self, r):
        self.r = r

    @lru_cache(maxsize=8)
    def area(self):
        calls.append("area")
        return 3 * self.r * self.r

calls.clear()
c = Circle(2)
print(c.area(), c.area(), calls, Circle.area.cache_info().hits)
try:
    lru_cache("bad")
except TypeError as e:
    print(e)
try:
    sq([1])
except TypeError as e:
    print(e)
print(lru_cache(maxsize=-5)(lambda: 1).cache_parameters())
