# the iterators of the containers: types, __length_hint__, behaviour when
# the container changes during iteration, exhaustion


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# a list iterator sees appends and stops for good once exhausted
a = [1, 2, 3]
it = iter(a)
print(next(it), it.__length_hint__())
a.append(4)
print(list(it), it.__length_hint__())
a.append(5)
print(list(it))
seen = []
b = [1, 2, 3]
for x in b:
    seen.append(x)
    if x < 3:
        b.append(x * 10)
print(seen, b)
c = [1, 2, 3, 4]
for x in c:
    c.remove(x)
print(c)

# reversed list iterator
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
lst = [1, 2, 3]
r = reversed(lst)
next(r)
lst.clear()
print(list(r))

# tuple, str, range, dict, set iterators
for obj in ((1, 2), 'ab', range(2), {1: 2}, {3}, {1: 2}.values(), {1: 2}.items(), b'xy', frozenset([5])):
    i = iter(obj)
    print(type(i).__name__, i.__length_hint__() if hasattr(i, '__length_hint__') else '-', list(i), list(i))

# iter() of an iterator is itself
i = iter([1])
print(iter(i) is i, i.__iter__() is i, next(i, 'end'), next(i, 'end'))


def dict_grow():
    d = {1: 1}
    for k in d:
        d[k + 1] = 1


def set_grow():
    s = {1}
    for k in s:
        s.add(k + 1)


def dict_pop_during():
    d = {1: 1, 2: 2}
    for k in d:
        d.pop(k)


show(dict_grow)
show(set_grow)
show(dict_pop_during)

# an exhausted dict iterator stays exhausted
d = {1: 2}
di = iter(d)
print(list(di))
d[5] = 6
print(list(di))

# length hints through operator-like protocols
print(list(iter(range(3))), list(zip(range(3), 'abc')), list(enumerate(reversed('abc'))))


class CountDown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(CountDown(3)), sorted(CountDown(4)), sum(CountDown(5)), max(CountDown(3)), set(CountDown(2)))
print(tuple(CountDown(2)), dict.fromkeys(CountDown(2)), list(map(str, CountDown(3))), ''.join(map(str, CountDown(4))))


class GetItemOnly:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * i


print(list(GetItemOnly()), 4 in GetItemOnly(), list(reversed([*GetItemOnly()])), type(iter(GetItemOnly())).__name__)
show(lambda: iter(5))
show(lambda: next(iter(GetItemOnly()).__next__ and iter([])))
