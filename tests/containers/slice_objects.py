# slice objects: construction, attributes, indices(), repr, comparison,
# hashing, use as subscripts


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = slice(1, 10, 2)
print(s, slice(5), slice(None), slice(1, None), slice('a', [1], None), s.start, s.stop, s.step)
print(slice(5).start, slice(5).stop, slice(5).step)
print(s.indices(5), s.indices(100), slice(None, None, -1).indices(10), slice(-3, None).indices(10))
print(slice(-100, 100).indices(7), slice(None, None, -2).indices(0), slice(10, 0, -3).indices(5))
show(lambda: slice(1, 2, 0).indices(5))
show(lambda: slice(1, 2).indices(-1))
show(lambda: slice(1, 2).indices('a'))
show(lambda: slice('a').indices(5))
show(lambda: slice())
show(lambda: slice(1, 2, 3, 4))
show(lambda: slice(x=1))
show(lambda: hash(slice(1)))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(2, 3) > slice(1, 5))
print(slice(1, 2) != slice(1, 2, None), slice(None) == slice(None, None, None))
show(lambda: slice(1) < slice('a'))
show(lambda: s.start.__class__)


def setattr_slice():
    s.start = 5


show(setattr_slice)
seq = list(range(20))
print(seq[s], seq[slice(None, None, -5)], 'abcdef'[slice(1, 4)], (1, 2, 3)[slice(1, None)])
print(range(10)[slice(2, 8, 3)], seq[slice(2 ** 70, None)], seq[slice(-2 ** 70, 3)])


class Sub:
    def __getitem__(self, key):
        return key


k = Sub()
print(k[1:2], k[::3], k[1:2, 3], k[:, None], k[...], k[1:2:3])
