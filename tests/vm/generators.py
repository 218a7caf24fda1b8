# Generators: iteration, send, throw, close, yield from with return
# values, generator expressions, StopIteration handling.

def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count(5)), sum(count(10)))

def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    except GeneratorExit:
        print("closed with", received)
        raise

g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield "caught " + str(e)

c = catcher()
print(next(c), c.throw(ValueError("boom")), next(c))

def inner():
    x = yield 1
    y = yield x + 1
    return x + y

def outer():
    result = yield from inner()
    yield f"inner returned {result}"

o = outer()
print(next(o), o.send(10), o.send(20))

def delegate_throw():
    try:
        yield from catcher()
    finally:
        print("delegate done")

d = delegate_throw()
print(next(d), d.throw(ValueError("x")))
d.close()

squares = (x * x for x in range(6) if x % 2 == 0)
print(type(squares).__name__, list(squares), list(squares))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])

def stop_inside():
    yield 1
    raise StopIteration

try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)

def ret():
    yield 1
    return "done"

r = ret()
next(r)
try:
    r.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)

gen = count(3)
print(gen.__name__, gen.gi_running, list(gen))
try:
    next(gen)
except StopIteration:
    print("exhausted")

def just_started():
    yield 1

js = just_started()
try:
    js.send(5)
except TypeError as e:
    print("TypeError:", e)

def running():
    yield r2.send(None)

r2 = running()
try:
    next(r2)
except ValueError as e:
    print("ValueError:", e)

def chain(*its):
    for it in its:
        yield from it

print(list(chain([1, 2], "ab", range(2))))
