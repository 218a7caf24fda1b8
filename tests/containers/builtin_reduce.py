# min, max, sum, any, all, len, sorted over many kinds of input


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(min(3, 1, 2), max(3, 1, 2), min([4, -1]), max('hello'), min('b', 'a', 'c'), max([1.5, 2, True]))
print(min([], default='none'), max((), default=0), max([5], default=0), min(range(5, 0, -1)))
print(max(['aa', 'b', 'ccc'], key=len), min(['aa', 'b', 'ccc'], key=len), max(1, 2, key=lambda x: -x))
print(max([(1, 'b'), (1, 'a')]), min([(1, 'b'), (1, 'a')]), max({3: 'x', 7: 'y'}), min({2, 8, -3}))
print(max([1, 1.0, True]), min([1, 1.0, True]), max([0, 2, 2.0], key=lambda v: v))
print(max([3, 1], key=None), min('xyz', default=None, key=None))
show(lambda: min())
show(lambda: min(1))
show(lambda: min([]))
show(lambda: max([]))
show(lambda: max(1, 2, default=5))
show(lambda: max([1, 2], foo=3))
show(lambda: max(1, 2, 'a'))
show(lambda: min([1, None]))
show(lambda: max([1, 2], key=lambda v: 1 / (v - 2)))

print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([0.1] * 10), sum([]))
print(sum([1.5, 2], start=1), sum(range(101)), sum([True, True]), sum([1, 2.5, 3]), sum([2 ** 62] * 4))
print(sum([1e100, 1.0, -1e100, 1.0]), sum([0.1, 0.2, 0.3]), sum([1, 2], 0.5), sum([], start=7))
print(sum([1 + 2j, 3]), sum(x * x for x in range(5)))
show(lambda: sum())
show(lambda: sum(['a'], ''))
show(lambda: sum([b'a'], b''))
show(lambda: sum([1, 'a']))
show(lambda: sum(1))
show(lambda: sum([1], 2, 3))
show(lambda: sum([1], foo=2))

print(any([0, '', 1]), any([]), any(x > 2 for x in range(4)), all([1, 'a']), all([]), all([1, 0]), any(iter([None])))
show(lambda: any(1))
show(lambda: all())
show(lambda: any(x=1))

print(len('abc'), len([]), len((1,)), len({1: 2}), len({1, 2, 2}), len(range(10)), len(b'xy'), len(frozenset()))
show(lambda: len(1))
show(lambda: len())
show(lambda: len([], []))


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(len(Sized(5)), bool(Sized(0)), bool(Sized(2)))
show(lambda: len(Sized(-1)))
show(lambda: len(Sized('x')))
show(lambda: len(Sized(2 ** 70)))

# short-circuiting
seen = []


def gen():
    for v in [0, 1, 2, 3]:
        seen.append(v)
        yield v


print(any(gen()), seen)
seen.clear()
print(all(gen()), seen)
