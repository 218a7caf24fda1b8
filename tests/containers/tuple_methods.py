# tuples: methods, indexing, slicing, concatenation, repetition,
# comparison, hashing, repr


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t = (1, 2, 3, 2, 1)
print(t.count(2), t.count(9), t.index(2), t.index(2, 2), t.index(1, -1))
show(lambda: t.index(9))
show(lambda: t.index(1, 1, 4))
show(lambda: t.count())
show(lambda: t.index())
show(lambda: t.index(1, 'x'))
print(t[1:4], t[::-1], t[::2], t[-2:], t[10:], t[1], t[-1])
show(lambda: t[5])
show(lambda: t['a'])
show(lambda: t[::0])
print(t + (4,), (0,) * 3, 2 * (1, 2), () * 10, (1,) * -1)
show(lambda: t + [1])
show(lambda: (1,) * 'x')
show(lambda: (0,) * 10 ** 12)
show(lambda: (0,) * 10 ** 20)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, 2) == (1, 2))
show(lambda: (1,) < ('a',))
show(lambda: (1,) < [1])
print((1, 'a') == (1, 'a'), (1,) == [1], (1,) != (1.0,))

# hashing matches CPython's algorithm
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1, -2)))
print(hash((True, 1.0, 1)), hash(((), ((),))))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
show(lambda: hash((1, [2])))
print({(1, 2): 'a'}[(1, 2)], (1, 2) in {(1, 2)})

# repr
print((), (1,), (1, 2), ((1,),), ('a', None, 2.5), tuple('abc'))
print(tuple(), tuple([1, 2]), tuple(range(3)), tuple({'x': 1}), tuple(x for x in 'hi'))
show(lambda: tuple(1))
show(lambda: tuple([1], [2]))
show(lambda: tuple(x=1))
print((1, 2).__getnewargs__(), tuple[int], len((1, 2, 3)), bool(()), bool((0,)))
a = (1, 2)
print(a[:] is a, tuple(a) is a, a + () is a, a * 1 is a)
it = iter((1, 2, 3))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())


class T(tuple):
    pass


u = T((1, 2))
print(u, type(u).__name__, u[0], u + (3,), type(u + (3,)).__name__, u.count(1), hash(u) == hash((1, 2)))
x, y = u
print(x, y)
