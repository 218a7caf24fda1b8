# dict operators: |, |=, ==, repr with recursion, subclasses,
# __missing__, hashing of keys with custom __eq__/__hash__


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a)
c = dict(a)
c |= b
print(c)
c |= [('w', 0)]
print(c)
show(lambda: a | 1)
show(lambda: a | [('k', 'v')])


def ior_bad():
    x = {}
    x |= 5


show(ior_bad)
show(lambda: {1: 2} < {1: 2})
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {} == {}, {1: 2} == [(1, 2)])
print({1: 2, 3: 4} == {3: 4, 1: 2}, {'a': [1]} == {'a': [1]})

r = {}
r[1] = r
print(r)
r2 = {'l': [r]}
print(r2)
print(repr({}), str({1: 'a'}), {'k': (1,), 'n': None, 2.5: {}})


class Counter(dict):
    def __missing__(self, key):
        return 0


cnt = Counter()
for ch in 'banana':
    cnt[ch] = cnt[ch] + 1
print(cnt, cnt['q'], 'q' in cnt, type(cnt).__name__, isinstance(cnt, dict))
print(cnt.get('q'), cnt.copy(), type(cnt.copy()).__name__)


class D(dict):
    pass


dd = D(a=1)
dd['b'] = 2
print(dd, len(dd), list(dd.items()), dd | {'c': 3}, type(dd | {'c': 3}).__name__)
show(lambda: dd['zz'])
print(D.fromkeys('ab'), type(D.fromkeys('ab')).__name__)


class Key:
    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f'Key({self.name})'


m = {Key('a', 1): 1, Key('b', 1): 2, Key('c', 2): 3}
print(m[Key('a', 1)], m[Key('b', 1)], Key('c', 2) in m, Key('d', 1) in m, m)
del m[Key('a', 1)]
print(m, len(m))


class BadHash:
    def __hash__(self):
        raise RuntimeError('no hash')


show(lambda: {BadHash(): 1})
show(lambda: {}.get(BadHash()))

# hash collisions between ints
big = {}
for i in range(0, 2 ** 20, 2 ** 12):
    big[i] = i
big[2 ** 61 - 1] = 'm'
big[0.5] = 'half'
print(len(big), big[0], big[2 ** 61 - 1], big[0.5], -1 in big, hash(-1), hash(-2))

# many inserts and deletes keep order and content
z = {}
for i in range(1000):
    z[i] = i * i
for i in range(0, 1000, 3):
    del z[i]
for i in range(0, 30, 3):
    z[i] = -i
print(len(z), list(z)[:5], list(z)[-5:], sum(z.values()))
