# str(), repr(), format() return what __str__/__repr__/__format__ return,
# keeping str subclasses; type.__module__ of built-in types.
import collections


class S(str):
    pass


class A:
    def __str__(self):
        return S('x')

    def __repr__(self):
        return S('r')


class B:
    def __format__(self, spec):
        return S('f' + spec)


for v in [str(A()), format(A()), format(B()), format(B(), 'q'), repr(A()),
          str(S('q')), str(), str(1), str(b'a', 'ascii'), S(A()), format(1), format('a')]:
    print(type(v).__name__, v)


class T(str):
    def __str__(self):
        return 'T!'


print(type(str(T('a'))).__name__, str(T('a')))


class U:
    def __str__(self):
        return T('u')


print(type(str(U())).__name__, str(U()))
for bad in [1, None, b'x']:
    class Bad:
        def __str__(self):
            return bad

        def __repr__(self):
            return bad

        def __format__(self, spec):
            return bad
    for f in (str, repr, format):
        try:
            f(Bad())
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)

for T in (int, type, object, TypeError, type(None), type(len), type(iter([])), staticmethod,
          property, super, memoryview, range, slice, collections.deque, collections.OrderedDict, bool, float):
    print(T.__name__, T.__module__)


class M(type):
    pass


print(M.__module__, M('X', (), {}).__module__)
