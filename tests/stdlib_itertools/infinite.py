# itertools: count, cycle, repeat (with repr, errors and big numbers).
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)), list(islice(count(10, -3), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(count(2**63 - 2), 4)), list(islice(count(-2**63 + 1, -1), 3)))
print(list(islice(count(2**70, 2**69), 3)), list(islice(count(1j, 1j), 2)))
c = count(5)
print(next(c), next(c), repr(c), repr(count()), repr(count(1, 2)), repr(count(1.5)), repr(count(1, 1.0)))
print(repr(count(start=3, step=-1)), repr(count(2**64)))
for args in [("a",), (1, "x"), (None,)]:
    try:
        count(*args)
    except TypeError as e:
        print(args, e)

print(list(islice(cycle("abc"), 8)), list(cycle([])), list(islice(cycle(iter([1, 2])), 5)))
try:
    cycle(5)
except TypeError as e:
    print(e)

print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -5)), list(islice(repeat(7), 3)))
r = repeat("a", 4)
print(repr(r), r.__length_hint__(), next(r), repr(r), r.__length_hint__())
print(repr(repeat(None)), repr(repeat(1, times=2)))
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print(e)
try:
    repeat()
except TypeError as e:
    print(e)
print(list(map(pow, range(4), repeat(2))))
