# isinstance and issubclass with tuples, unions, __instancecheck__,
# __subclasscheck__, __class__, and their errors


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class A:
    pass


class B(A):
    pass


class C:
    pass


print(isinstance(B(), A), isinstance(A(), B), isinstance(1, int), isinstance(True, int), isinstance(1, bool))
print(isinstance(1, (str, int)), isinstance(1, (str, (list, (int,)))), isinstance(1, ()), isinstance('a', object))
print(isinstance(1, int | str), isinstance(None, int | None), isinstance([], list | dict), isinstance(1.5, int | str))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int | str), issubclass(A, A))
print(issubclass(int, object), issubclass(type, object), issubclass(object, type), isinstance(int, type), isinstance(type, type))
show(lambda: isinstance(1))
show(lambda: isinstance(1, 1))
show(lambda: isinstance(1, (int, 1)))
show(lambda: isinstance(1, (str, 1)))
show(lambda: issubclass(1, int))
show(lambda: issubclass(int, 1))
show(lambda: issubclass(int, (1,)))
show(lambda: isinstance(1, list[int]))
show(lambda: issubclass(list, list[int]))


class Meta(type):
    def __instancecheck__(cls, obj):
        print('instancecheck', cls.__name__, obj)
        return obj == 'magic'

    def __subclasscheck__(cls, sub):
        print('subclasscheck', cls.__name__, sub.__name__)
        return sub is int


class Magic(metaclass=Meta):
    pass


print(isinstance('magic', Magic), isinstance('plain', Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance('magic', (int, Magic)), isinstance(Magic(), Magic))


class Proxy:
    @property
    def __class__(self):
        return A


print(isinstance(Proxy(), A), isinstance(Proxy(), Proxy), type(Proxy()).__name__)


class Duck:
    __bases__ = ()


class DuckChild:
    __bases__ = (Duck(),)


dc = DuckChild()
print(issubclass(DuckChild(), DuckChild()) if False else 'skip')
show(lambda: issubclass(dc, int))


class Deep(B):
    pass


print(isinstance(Deep(), (int, (str, (A,)))), issubclass(Deep, B | C), type(Deep()) is Deep)
print(isinstance(1, type(1)), isinstance(int, object), isinstance(object, type), isinstance(A, type))
