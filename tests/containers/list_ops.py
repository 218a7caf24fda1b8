# list concatenation, repetition, comparison, repr (with recursion),
# membership, truth, hashing, size limits


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = [1, 2]
print(a + [3], a * 3, 3 * a, a * 0, a * -2, [] * 5)
b = a
b += [9]
print(a, b is a)
b *= 2
print(a)
b *= 0
print(a, b is a)
show(lambda: [1] + (1,))
show(lambda: [1] + 'a')
show(lambda: [1] * 'a')
show(lambda: [1] * 1.5)
show(lambda: [0] * 10 ** 12)
show(lambda: [0] * 10 ** 20)
show(lambda: [1, 2] * -(10 ** 20))


def inplace_repeat_huge():
    c = [1, 2, 3]
    c *= 10 ** 13
    return c


show(inplace_repeat_huge)


def iadd_non_iterable():
    c = [1]
    c += 5
    return c


show(iadd_non_iterable)
c = [1]
c += 'ab'
c += (3,)
c += range(2)
print(c)

# comparisons are lexicographic
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [1] != [1.0])
print([] < [0], [[1]] < [[2]], [1, 2] <= [1, 2], [3] >= [2, 9])
show(lambda: [1] < 1)
show(lambda: [1] < [1, 'a'])
show(lambda: [1, 2] < [1, 'a'])
show(lambda: [1] < (1,))
print([1] == (1,), [1] == 1)
n = float('nan')
print([n] == [n], [n] < [n])

# repr, including recursion
r = [1, 'two', 3.0, None, [4, (5,)], {'k': [6]}]
print(r, str(r), repr([]))
r.append(r)
print(r)
r2 = [r]
print(r2)
x = []
y = [x]
x.append(y)
print(x, y)

# membership uses identity then equality
print(2 in [1, 2], 5 in [1, 2], n in [n], [1] in [[1]], 1 in [True])
print(bool([]), bool([0]), len([1, 2, 3]))
show(lambda: hash([]))
show(lambda: {[]: 1})
print(list.__hash__, type([]).__name__, list[int])

# list from various iterables
print(list(), list(()), list('ab'), list({1: 2}.items()), list(range(3, 0, -1)))


class L(list):
    pass


s = L([3, 1, 2])
s.sort()
s.append(4)
print(s, type(s).__name__, len(s), s[1:], type(s[1:]).__name__, isinstance(s, list))
print(s + [5], type(s + [5]).__name__)
