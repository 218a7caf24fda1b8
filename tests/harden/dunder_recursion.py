# Unbounded recursion through every dunder path ends in RecursionError,
# and the interpreter goes on normally afterwards.
import sys


def attempt(name, f):
    try:
        f()
    except RecursionError:
        print(name, 'RecursionError')
    except Exception as e:
        print(name, 'other', type(e).__name__)
    else:
        print(name, 'no error')


class Repr:
    def __repr__(self):
        return repr(self)


class Str:
    def __str__(self):
        return str(self)


class Eq:
    def __eq__(self, o):
        return self == o


class Lt:
    def __lt__(self, o):
        return self < o


class Hash:
    def __hash__(self):
        return hash(self)


class GetAttr:
    def __getattr__(self, n):
        return getattr(self, n)


class GetAttribute:
    def __getattribute__(self, n):
        return self.x


class Len:
    def __len__(self):
        return len(self)


class Iter:
    def __iter__(self):
        return iter(self)


class Next:
    def __iter__(self):
        return self

    def __next__(self):
        return next(self)


class Bool:
    def __bool__(self):
        return bool(self)


class Index:
    def __index__(self):
        return self.__index__()


class Format:
    def __format__(self, spec):
        return format(self, spec)


class Prop:
    @property
    def x(self):
        return self.x


class Init:
    def __init__(self):
        Init()


class Meta(type):
    def __call__(cls):
        return cls()


class ByMeta(metaclass=Meta):
    pass


class InstMeta(type):
    def __instancecheck__(cls, o):
        return isinstance(o, cls)

    def __subclasscheck__(cls, o):
        return issubclass(o, cls)


class ByInstMeta(metaclass=InstMeta):
    pass


class Contains:
    def __contains__(self, o):
        return o in self


class GetItem:
    def __getitem__(self, i):
        return self[i]


class SetAttr:
    def __setattr__(self, n, v):
        setattr(self, n, v)


class Call:
    def __call__(self):
        return self()


class Add:
    def __add__(self, o):
        return self + o


class Neg:
    def __neg__(self):
        return -self


class IntConv:
    def __int__(self):
        return int(self)


class FloatConv:
    def __float__(self):
        return float(self)


class Enter:
    def __enter__(self):
        with self:
            pass

    def __exit__(self, *a):
        pass


class Desc:
    def __get__(self, o, t):
        return o.d


class HasDesc:
    d = Desc()


class Missing(dict):
    def __missing__(self, k):
        return self[k]


class New:
    def __new__(cls):
        return New()


def key(x):
    return sorted([1, 2], key=key)


def gen(n):
    yield from gen(n + 1)


def deep_gen(n):
    if n == 0:
        yield 1
        return
    yield from deep_gen(n - 1)


cases = [
    ('repr', lambda: repr(Repr())),
    ('str', lambda: str(Str())),
    ('eq', lambda: Eq() == Eq()),
    ('lt', lambda: sorted([Lt(), Lt()])),
    ('hash', lambda: hash(Hash())),
    ('getattr', lambda: GetAttr().x),
    ('getattribute', lambda: GetAttribute().x),
    ('len', lambda: len(Len())),
    ('iter', lambda: iter(Iter())),
    ('next', lambda: list(Next())),
    ('bool', lambda: bool(Bool())),
    ('index', lambda: [1][Index()]),
    ('format', lambda: format(Format())),
    ('fstring', lambda: f'{Format()}'),
    ('property', lambda: Prop().x),
    ('init', lambda: Init()),
    ('metaclass call', lambda: ByMeta()),
    ('instancecheck', lambda: isinstance(1, ByInstMeta)),
    ('subclasscheck', lambda: issubclass(int, ByInstMeta)),
    ('contains', lambda: 1 in Contains()),
    ('getitem', lambda: GetItem()[0]),
    ('setattr', lambda: setattr(SetAttr(), 'x', 1)),
    ('call', lambda: Call()()),
    ('add', lambda: Add() + 1),
    ('neg', lambda: -Neg()),
    ('int', lambda: int(IntConv())),
    ('float', lambda: float(FloatConv())),
    ('with', lambda: Enter().__enter__()),
    ('descriptor', lambda: HasDesc().d),
    ('missing', lambda: Missing()[1]),
    ('new', lambda: New()),
    ('sort key', lambda: key(0)),
    ('yield from', lambda: list(gen(0))),
]
for name, f in cases:
    attempt(name, f)
    attempt(name + ' again', f)

# A yield-from chain within the limit works.
print(list(deep_gen(200)))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
sys.setrecursionlimit(200)
attempt('low limit', lambda: depth(300))
print(depth(150))
sys.setrecursionlimit(1000)
print(depth(900))
