# list methods: append, extend, insert, pop, remove, index, count, clear,
# copy, reverse, and their errors


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = [1, 2, 3]
a.append(4)
a.extend((5, 6))
a.extend(x * 10 for x in range(2))
a.insert(0, 'first')
a.insert(-1, 'before-last')
a.insert(100, 'end')
a.insert(-100, 'start')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(3), a.count(3), a.count('nope'))
a.remove(3)
print(a)
b = a.copy()
b.reverse()
print(b, a == b[::-1], b is a)
a.clear()
print(a, len(a))

show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: [1].pop(-2))
show(lambda: [1].pop('a'))
show(lambda: [1].pop(1, 2))
show(lambda: [1].remove(2))
show(lambda: [1].index(2))
show(lambda: [1, 2, 3, 2].index(2, 2))
show(lambda: [1, 2, 3, 2].index(2, -3, -1))
show(lambda: [1, 2, 3].index(2, 0, 1))
show(lambda: [1, 2, 3].index(3, 1, 100))
show(lambda: [1].index())
show(lambda: [1].index(1, 'a'))
show(lambda: [1].append())
show(lambda: [1].append(1, 2))
show(lambda: [1].insert(1))
show(lambda: [1].insert('a', 1))
show(lambda: [1].count())
show(lambda: [].copy(1))
show(lambda: [].clear(1))
show(lambda: [].reverse(1))
show(lambda: [].extend(1))
show(lambda: [].extend())
show(lambda: list(1))
show(lambda: list([1], [2]))
show(lambda: list(x=1))
show(lambda: list('abc'))
show(lambda: list(range(3)))
show(lambda: list({'a': 1}))

# extend with itself and with iterators of all kinds
c = [1, 2]
c.extend(c)
print(c)
c += c
print(c)
c.extend(iter([7]))
c.extend({8: 9})
print(c)

# equality drives index/count/remove
print([1, 1.0, True].count(1), [0, False, 0.0].index(False))
d = [[1], [2], [1]]
d.remove([1])
print(d)


class Eq:
    def __eq__(self, other):
        print('eq called')
        return True


print([1, 2].count(Eq()))
print([1, 2].index(Eq()))
