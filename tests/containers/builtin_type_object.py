# type() with one and three arguments, object(), and the types of
# built-in values


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(type(1), type('a'), type([]), type(()), type({}), type(set()), type(frozenset()), type(None), type(type))
print(type(range(1)), type(slice(1)), type(iter([])), type(iter(())), type(iter({})), type(iter(set())), type(iter('')))
print(type(enumerate([])), type(zip()), type(map(len, [])), type(filter(None, [])), type(reversed([])), type(reversed(())))
print(type({}.keys()), type({}.values()), type({}.items()), type(len), type([].append), type(print))
show(lambda: type())
show(lambda: type(1, 2))
show(lambda: type('A', 1, {}))
show(lambda: type('A', (), 1))
show(lambda: type(1, (), {}))
X = type('X', (), {'a': 1, 'f': lambda self: self.a + 1})
x = X()
print(X, X.__name__, X.__bases__, x.a, x.f(), type(x) is X, isinstance(x, X))
Y = type('Y', (X,), {'a': 10})
print(Y.__mro__ == (Y, X, object), Y().f(), Y.__qualname__, issubclass(Y, X))
Z = type('Z', (list,), {})
z = Z([3, 1])
z.sort()
print(z, type(z).__name__, len(z))
o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object), hash(o) == hash(o))
show(lambda: object(1))
show(lambda: object(x=1))


def set_on_object():
    object().x = 1


show(set_on_object)
show(lambda: object.__new__(int))
print(object.__name__, type.__name__, type(object), object.__bases__, type.__bases__, int.__mro__)
print(type(type(1)), type(1).__name__, type(1.5).__name__, type(1j).__name__, type(True).__name__, type(b'').__name__)
