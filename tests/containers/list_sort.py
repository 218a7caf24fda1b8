# list.sort and sorted: stability, key, reverse, errors, mutation


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


x = 12345
data = []
for i in range(300):
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    data.append(x % 50)
s = sorted(data)
print(s[:20], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
print(sorted(data, reverse=True)[:10])

# stability: equal keys keep their order, also with reverse=True
pairs = [(v % 7, i) for i, v in enumerate(data)]
by_key = sorted(pairs, key=lambda p: p[0])
print(by_key[:12])
print(all(by_key[i][1] < by_key[i + 1][1] for i in range(len(by_key) - 1) if by_key[i][0] == by_key[i + 1][0]))
rev = sorted(pairs, key=lambda p: p[0], reverse=True)
print(rev[:12])
print(all(rev[i][1] < rev[i + 1][1] for i in range(len(rev) - 1) if rev[i][0] == rev[i + 1][0]))

words = ['pear', 'Apple', 'fig', 'banana', 'kiwi', 'Cherry', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
w = list(words)
w.sort(key=lambda s: s[-1])
print(w)

# floats, mixed numbers, tuples, nested lists
print(sorted([3.5, -1, 2, 0.5, True, -2.25]))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(sorted([[3, 1], [1, 2, 3], [1, 2], []]))
print(sorted([float('inf'), 1.0, -float('inf'), 0.0]))
print(sorted('hello world'))
print(sorted({3: 'a', 1: 'b', 2: 'c'}))
print(sorted(range(10), key=lambda v: (v % 3, -v)))

# already sorted, reversed, and runs
print(sorted(list(range(100)))[::17])
print(sorted(list(range(100, 0, -1)))[::17])
runs = list(range(50)) + list(range(25)) + list(range(60, 40, -1))
print(sorted(runs)[::9])

# errors
show(lambda: sorted([3, 1, 'a']))
show(lambda: sorted([1, None]))
show(lambda: [1].sort(1))
show(lambda: [1].sort(key=1, foo=2))
show(lambda: [1].sort(foo=2))
show(lambda: sorted())
show(lambda: sorted([3, 1], None))
show(lambda: sorted([3, 1], foo=1))
show(lambda: sorted(1))
show(lambda: sorted([2, 1], key=1))
show(lambda: sorted([2, 1], reverse=None))
show(lambda: sorted([2, 1], reverse=2.5))
show(lambda: sorted([2, 1], key=None, reverse=1))


def bad_key(v):
    if v == 3:
        raise ValueError('no threes')
    return v


show(lambda: sorted([1, 2, 3, 4], key=bad_key))
show(lambda: [5, 3].sort(key=lambda v: v.missing))

# modification during sort
a = [3, 2, 1]
show(lambda: a.sort(key=lambda v: a.append(v) or v))
print(a)
b = [3, 2, 1]


def peek(v):
    print('during sort:', b)
    return v


b.sort(key=peek)
print(b)


class Cmp:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Cmp.calls += 1
        return self.v < other.v

    def __repr__(self):
        return f'C{self.v}'


items = [Cmp(v) for v in [5, 1, 4, 1, 3]]
items.sort()
print(items, Cmp.calls > 0)


class OnlyGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return f'G{self.v}'


print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))
print(sorted([]), sorted(()), [].sort())
