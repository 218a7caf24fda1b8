# dict methods and their errors


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 99), d.setdefault('n'))
print(d)
print(d.pop('n'), d.pop('zz', 'dflt'), d)
show(lambda: d.pop('zz'))
show(lambda: {}['k'])
show(lambda: {}[('t', 1)])
show(lambda: {}.popitem())
show(lambda: {}.pop())
show(lambda: {}.pop(1, 2, 3))
show(lambda: {}.get())
show(lambda: {}.get(1, 2, 3))
show(lambda: {}.setdefault())
show(lambda: {}.popitem(1))
show(lambda: {}.keys(1))
show(lambda: {}.clear(1))
show(lambda: {}.copy(1))
show(lambda: {}.update(1))
show(lambda: {}.update([1]))
show(lambda: {}.update([(1, 2, 3)]))
show(lambda: {}.update({}, {}))
show(lambda: {}.get([]))
show(lambda: {[]: 1})
show(lambda: {}[[]])
show(lambda: dict([1, 2]))
show(lambda: dict(1))
show(lambda: dict([('a',)]))
show(lambda: dict({}, {}))
print(d.popitem(), d.popitem(), d)
e = {}
e.update({'x': 1}, y=2)
e.update([('z', 3)], x=10)
e.update(w=4)
e.update(dict.fromkeys('pq', 0))
print(e)
print(dict.fromkeys([1, 2]), dict.fromkeys('ab', []), dict.fromkeys(range(3), 'v'), dict.fromkeys({5: 6}))
show(lambda: dict.fromkeys())
show(lambda: dict.fromkeys(1))
c = e.copy()
c['x'] = 'changed'
print(e['x'], c['x'], c is e)
e.clear()
print(e, len(e), c == e)
print(dict(), dict(a=1), dict([(1, 2), [3, 4]]), dict({1: 2}, b=3), dict(zip('ab', 'cd')), dict(d, x=1))


class Mapping:
    def keys(self):
        return ['k1', 'k2']

    def __getitem__(self, k):
        return k.upper()


print(dict(Mapping()), {**Mapping()} if False else 'skip')
f = {}
f.update(Mapping())
print(f)

# keys: equal values are the same key
g = {1: 'int'}
g[1.0] = 'float'
g[True] = 'bool'
print(g, {0: 'a', False: 'b', 0.0: 'c'})
print({(1, 2): 1}[(1, 2)], {frozenset([1]): 'fs'}[frozenset([1])], {None: 0}[None])

# ordering is by insertion, also after deletion and re-insertion
h = {}
for k in 'hello world':
    h[k] = h.get(k, 0) + 1
print(h)
del h['l']
h['l'] = 'back'
print(list(h), list(h.values())[-1])
show(lambda: h.__delitem__('missing'))


def del_missing():
    x = {}
    del x['nope']


show(del_missing)
print(len(h), 'o' in h, 'q' not in h, bool({}), bool({0: 0}))
