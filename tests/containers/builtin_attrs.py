# getattr, setattr, delattr, hasattr, dir, vars, globals, locals,
# callable, id, hash, repr


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class P:
    cls_attr = 'c'

    def __init__(self):
        self.x = 1

    def method(self):
        return 'm'


p = P()
print(getattr(p, 'x'), getattr(p, 'cls_attr'), getattr(p, 'nope', 'dflt'), getattr(p, 'method')())
setattr(p, 'y', 2)
print(p.y, hasattr(p, 'y'), hasattr(p, 'zz'), hasattr(P, 'method'))
delattr(p, 'y')
print(hasattr(p, 'y'))
show(lambda: getattr(p, 'nope'))
show(lambda: getattr(1))
show(lambda: getattr(1, 2))
show(lambda: getattr(1, 'x'))
show(lambda: setattr(1, 2, 3))
show(lambda: setattr(1, 'x', 3))
show(lambda: delattr(1, 'x'))
show(lambda: delattr(p, 'y'))
show(lambda: hasattr(1, 2))
show(lambda: setattr(p))


class Boom:
    def __getattr__(self, name):
        raise KeyError(name)


show(lambda: hasattr(Boom(), 'a'))
show(lambda: getattr(Boom(), 'a', 'dflt'))

print(dir(p)[-3:], 'x' in dir(p), 'method' in dir(P), dir(P) == sorted(dir(P)))


class WithDir:
    def __dir__(self):
        return ['b', 'a', 'c']


print(dir(WithDir()), dir(3)[:3] if False else '__add__' in dir(3))
show(lambda: dir(1, 2))


def scope(a, b=2):
    c = a + b
    inner = [c]
    print(sorted(locals()), locals()['c'], sorted(dir()))
    return vars()


print(sorted(scope(1)))
print('scope' in globals(), globals()['P'] is P, vars(p), sorted(vars(P))[:3])
show(lambda: vars(1))
show(lambda: vars(1, 2))
g = globals()
g['injected'] = 42
print(injected)


def closure():
    free = 'f'

    def inner():
        local = free
        return sorted(locals())
    return inner()


print(closure())

print(callable(len), callable(P), callable(p), callable(p.method), callable(1), callable(lambda: 0), callable(print))
show(lambda: callable())
print(id(p) == id(p), id(p) != id(P()), id(None) == id(None), id(1) == id(1), type(id(p)).__name__)
print(hash(1), hash(1.0), hash(True), hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(0.5), hash((1, 2)))
print(hash(float('inf')), hash(-float('inf')), hash(10 ** 30), hash(-(10 ** 30)), hash(1e300), hash(123.456))
show(lambda: hash([]))
show(lambda: hash({}))
show(lambda: hash())
print(repr(1), repr('a'), repr([1, 'b']), repr(None), repr(p)[:10], repr(P)[:17])
show(lambda: repr())
