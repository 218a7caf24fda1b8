# repr and str of nested and self-referencing containers, and of
# subclasses


class R:
    def __repr__(self):
        return 'R!'

    def __str__(self):
        return 'str-R'


print([R()], (R(),), {R(): R()} if False else {1: R()}, {'s': [R(), (R(),)]}, [[[]]], ((),), [{}], ({},))
print(str([R()]), str((1, 'a')), str({'a': 'b'}), repr('quote\'s'), ["it's", 'say "hi"', 'both \' "'])
print([1.0, 2.5e-10, 1e100, float('inf'), -0.0], (True, None, ...), [b'x', bytearray(b'y')], [1j, -2 + 0.5j])

a = [1]
a.append(a)
print(a, str(a))
d = {'k': 1}
d['self'] = d
print(d)
b = [d, a]
print(b)
t = ([],)
t[0].append(t)
print(t)
m = {}
m[1] = [m]
print(m, [m])
v = {}
v['keys'] = v.keys()
v['values'] = v.values()
print(v)


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyTuple(tuple):
    pass


class MySet(set):
    pass


class Custom(list):
    def __repr__(self):
        return 'Custom' + super().__repr__()


print(MyList([1, 2]), MyDict(a=1), MyTuple((1,)), MySet([3]), MySet(), Custom([1]), [Custom([2])])
ml = MyList()
ml.append(ml)
print(ml)
print(repr([]), repr(()), repr({}), repr(set()), repr(frozenset()), repr(range(0)), repr(slice(None)))
print([[1, 2], [3, [4, [5, [6]]]]], {(1, 2): {3: {4: [5]}}})
deep = []
for i in range(50):
    deep = [deep]
print(str(deep).count('['))


class Loud:
    def __repr__(self):
        raise ValueError('repr failed')


try:
    print([1, Loud()])
except ValueError as e:
    print('ValueError', e)
print([1, 2])


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr([BadRepr()])
except TypeError as e:
    print('TypeError', e)
