# range: construction, len, indexing, slicing, membership, count/index,
# equality, hashing, repr, reversed, huge ranges


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], r[2], list(r), r.start, r.stop, r.step)
print(range(5), range(0), range(-3), range(5, 1), range(5, 1, -1), list(range(5, 1, -1)), range(1, 10, 1))
print(r[1:4], r[::-1], r[::2], r[-2:], r[10:], list(r[::-2]), r[1:5:2])
print(3 in r, 5 in r, 20 in r, 2.0 in r, 5.0 in r, True in range(2), 'a' in r, None in r)
print(r.count(5), r.count(6), r.count(5.0), r.index(8), range(10).index(True))
show(lambda: r.index(6))
show(lambda: r.index('a'))
show(lambda: r.index(6.0))
show(lambda: r[10])
show(lambda: r[-10])
show(lambda: r['a'])
show(lambda: r[1.5])
show(lambda: r[::0])
show(lambda: range())
show(lambda: range(1, 2, 3, 4))
show(lambda: range(1.0))
show(lambda: range('3'))
show(lambda: range(1, 2, 0))
show(lambda: range(stop=3))
show(lambda: range(3) < range(4))
show(lambda: r.count())
print(range(0) == range(5, 2), range(1, 2) == range(1, 5, 10), range(0, 10, 2) == range(0, 9, 2), range(3) == [0, 1, 2])
print(range(3) != range(3), range(1, 3) == range(1, 4))
print(hash(range(0)) == hash(range(4, 1)), hash(range(1, 2)) == hash(range(1, 100, 99)), hash(range(5)) == hash((5, 0, 1)))
print(hash(range(0)) == hash((0, None, None)), hash(range(3, 4)) == hash((1, 3, None)))
print(bool(range(0)), bool(range(1)), list(reversed(range(1, 10, 4))), list(reversed(range(0))))
print(list(reversed(range(-5, 5, 3))), list(range(10, -10, -7)), sum(range(101)))
it = iter(range(5))
print(it.__length_hint__(), next(it), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(type(iter(range(3))).__name__, type(reversed(range(3))).__name__, type(iter(range(2 ** 63))).__name__)

# big ranges
big = range(10 ** 20)
print(big, big[10 ** 19], big[-1], 10 ** 19 in big, -1 in big, big.index(12345), big.count(10 ** 20))
show(lambda: len(big))
print(big[::10 ** 19], list(big[::3 * 10 ** 19]), big[5:10], bool(big), big == range(0, 10 ** 20))
print(range(0, 10 ** 20, 3)[::-2], hash(big) == hash(range(10 ** 20)))
print(list(range(2 ** 63 - 2, 2 ** 63 + 2)), list(reversed(range(2 ** 64, 2 ** 64 + 3))))
print(list(range(-2 ** 63, 2 ** 63 - 1, 2 ** 62)), list(reversed(range(-2 ** 63, 2 ** 63 - 1, 2 ** 62))))
print(range(-2 ** 63, 2 ** 63 - 1, 2 ** 62)[1], range(-2 ** 63, 2 ** 63)[2 ** 63], len(range(-2 ** 62, 2 ** 62 - 1)))
bi = iter(range(2 ** 64, 2 ** 64 + 3))
print(bi.__length_hint__(), next(bi), bi.__length_hint__())
print(range(1, 10, 3).__reduce__(), range(3).__reversed__().__length_hint__())


class Idx:
    def __index__(self):
        return 4


print(range(Idx()), range(10)[Idx()], list(range(10)[Idx():]))
for i in range(3, 0, -1):
    print(i, end=' ')
print()
