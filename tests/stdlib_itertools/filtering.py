# itertools: chain, compress, dropwhile, takewhile, filterfalse, starmap,
# islice, accumulate, pairwise, zip_longest.
from itertools import *
import operator

print(list(chain("ab", [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(["xy", "z"])))
print(list(chain.from_iterable(x for x in [[1], [2, 3]])))
try:
    list(chain(1, 2))
except TypeError as e:
    print(e)

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), cycle([0, 1]))))
print(list(compress(data="ab", selectors=[0, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, [[1, 2], "ab"])))

data = list(range(10))
for args in [(5,), (2, None), (2, 8), (2, 8, 3), (None, None, 2), (0,), (20,), (3, 3), (5, 2)]:
    print(args, list(islice(data, *args)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
for args in [(-1,), (1, -1), (1, 2, 0), ("a",), (1, 2, -1), (None, 3, 1.5)]:
    try:
        islice(data, *args)
    except ValueError as e:
        print(args, "ValueError", e)
for args in [(), (1, 2, 3, 4)]:
    try:
        islice(data, *args)
    except TypeError as e:
        print(args, "TypeError", e)

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)),
      list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([], initial=9)),
      list(accumulate([1, 2], initial=100)), list(accumulate("abc")))
print(list(accumulate([1, 2, 3], func=lambda a, b: a * 10 + b)))

print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise([])))
print(list(zip_longest("ab", [1, 2, 3])), list(zip_longest("ab", "c", fillvalue="-")), list(zip_longest()))
try:
    zip_longest([1], foo=1)
except TypeError as e:
    print(e)
for name, args in [("dropwhile", (len,)), ("takewhile", (1, 2, 3)), ("filterfalse", ()), ("starmap", (1,))]:
    try:
        globals()[name](*args)
    except TypeError as e:
        print(name, e)
