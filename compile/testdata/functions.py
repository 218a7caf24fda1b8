"""Functions, closures, generators and coroutines."""
import functools


def deco(f):
    return f


@deco
@functools.lru_cache(maxsize=None)
def defaults(a, /, b, c=3, *args, d, e=5, **kwargs) -> int:
    "docstring"
    return a + b + c + d + e


def annotated(x: int, *ys: str, z: "fwd" = None, **kw: bool) -> list[int]:
    pass


def closure(n):
    total = 0

    def add(k):
        nonlocal total
        total += k
        return total

    def get():
        return total, n

    return add, get


def counter():
    i = 0
    while True:
        received = yield i
        if received is not None:
            i = received
        i += 1


def delegate(it):
    result = yield from it
    return result


async def coro(aw):
    x = await aw
    return [y async for y in x if await y]


async def agen(n):
    for i in range(n):
        yield i
        await aw(i)


lam = lambda x, *, y=1: (x, y)
gen_lambda = lambda: (yield)


class Base:
    attr: int = 1

    def method(self):
        return super().method(), __class__

    @staticmethod
    def static():
        return 2

    def __private(self):
        return self.__secret


class Derived(Base, metaclass=type, flag=True):
    """A class docstring."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.x = [a for a in args]


def globals_and_locals():
    global GLOBAL_X
    GLOBAL_X = 1
    local = 2
    del local
    return GLOBAL_X


def nested_scopes(a):
    def inner():
        def innermost():
            return a
        return innermost
    return inner
