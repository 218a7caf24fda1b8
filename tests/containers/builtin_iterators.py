# enumerate, zip, map, filter, reversed, iter (with a sentinel), next


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate('ab', -2)), list(enumerate([], 3)))
print(list(enumerate('ab', 2 ** 64)), list(enumerate(iterable='xy', start=1)), list(enumerate(range(3), start=True)))
show(lambda: enumerate())
show(lambda: enumerate(1))
show(lambda: enumerate([1], 2, 3))
show(lambda: enumerate([1], start='a'))
show(lambda: enumerate([1], foo=2))
e = enumerate('xyz')
print(next(e), next(e), list(e), list(e), type(e).__name__, iter(e) is e)

print(list(zip('abc', [1, 2, 3])), list(zip('ab', range(10))), list(zip()), list(zip('a')), list(zip('', 'abc')))
print(list(zip([1, 2], [3, 4], [5, 6])), dict(zip('kv', (1, 2))))
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(strict=True)), list(zip([1], strict=False)))
show(lambda: list(zip([1, 2], [3], strict=True)))
show(lambda: list(zip([1], [3, 4], strict=True)))
show(lambda: list(zip([1], [3], [4, 5], strict=True)))
show(lambda: list(zip([1, 2], [3, 4], [5], strict=True)))
show(lambda: zip(1))
show(lambda: zip([1], 2))
show(lambda: zip(a=1))
z = zip('ab', 'cd')
print(next(z), list(z), type(z).__name__)

print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [4, 5, 6])), list(map(lambda *a: sum(a), [1], [2], [3])))
print(list(map(str, range(3))), list(map(len, ['', 'ab'])), list(map(lambda x: x, [])))
show(lambda: map())
show(lambda: map(len))
show(lambda: map(len, 1))
show(lambda: map(len, [1], x=1))
show(lambda: list(map(len, [1])))

print(list(filter(None, [0, 1, '', 'a', None, [], [0], False, 2.5])), list(filter(lambda v: v % 2, range(10))))
print(list(filter(bool, [0, 3])), list(filter(str.isdigit, 'a1b2')))
show(lambda: filter())
show(lambda: filter(None))
show(lambda: filter(None, 1))
show(lambda: list(filter(lambda v: 1 / v, [1, 0])))

print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(4))))
print(list(reversed({1: 2, 3: 4})), list(reversed([])), reversed('ab').__length_hint__(), type(reversed('ab')).__name__)
show(lambda: reversed())
show(lambda: reversed(1))
show(lambda: reversed({1}))
show(lambda: reversed(iter([1])))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


class Rev:
    def __reversed__(self):
        return iter('custom')


class NoRev(list):
    __reversed__ = None


print(list(reversed(Seq())), list(Seq()), list(reversed(Rev())), 20 in Seq())
show(lambda: reversed(NoRev([1])))

# iter with a sentinel, next with a default
count = [0]


def tick():
    count[0] += 1
    return count[0]


print(list(iter(tick, 4)), type(iter(tick, 99)).__name__)
show(lambda: iter(1, 2))
show(lambda: iter())
show(lambda: iter(1, 2, 3))
show(lambda: iter(1))
show(lambda: next(1))
show(lambda: next())
print(next(iter([]), 'default'), next(iter([7]), 'default'), next(iter('a'), None))
show(lambda: next(iter([])))
lines = iter(['a', 'b', '', 'c'])
print(list(iter(lambda: next(lines), '')))


def stop_early():
    yield 1
    raise StopIteration


show(lambda: list(stop_early()))
