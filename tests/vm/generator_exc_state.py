# sys.exc_info() inside generators: their own handled exception survives
# suspension even when it is the caller's too, and after leaving their
# except clause they see the caller's again.
import sys
def g():
    try:
        yield
    except KeyError:
        yield
        raise
c = g(); next(c)
try:
    raise KeyError(1)
except KeyError as e:
    c.throw(e)
try:
    next(c)
except KeyError as e:
    print("reraised", repr(e))

def h():
    try:
        raise ValueError("own")
    except ValueError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
x = h()
print(next(x))
try:
    raise KeyError("caller")
except KeyError:
    print(next(x))
    print(repr(next(x)))
print(sys.exc_info())
import sys
def gen():
    try:
        raise ValueError("inner")
    except ValueError:
        yield 1
        print("in gen after yield:", sys.exc_info()[1])
        raise

g = gen()
next(g)
try:
    next(g)
except ValueError as e:
    print("1 got", e)

g = gen()
try:
    raise KeyError("outer")
except KeyError:
    next(g)
    print("caller exc:", repr(sys.exc_info()[1]))
try:
    next(g)
except ValueError as e:
    print("2 got", e)

def gen2(exc):
    try:
        raise exc
    except Exception:
        yield
        print("gen2 sees", repr(sys.exc_info()[1]))
        raise

exc = RuntimeError("shared")
g = gen2(exc)
try:
    raise exc
except RuntimeError:
    next(g)
    try:
        next(g)
    except RuntimeError as e:
        print("3 got", e)
    print("caller still", repr(sys.exc_info()[1]))

def outer_coro():
    try:
        raise ValueError("v")
    except ValueError as e:
        g = gen2(e)
        next(g)
        try:
            next(g)
        except ValueError as e2:
            print("4 got", e2 is e)
        print("after", repr(sys.exc_info()[1]))
outer_coro()
