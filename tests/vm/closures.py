# Closures, nonlocal, global, late binding, cells.

def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c1 = counter()
c2 = counter()
c1(); c1(5)
print(c1(), c2())

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]

early, late = make_adders()
print([f(10) for f in early], [f(10) for f in late])

total = 0
def add_global(v):
    global total
    total += v

for i in range(5):
    add_global(i)
print(total)

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()

print(outer())

def cell_unbound():
    def get():
        return v
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return get()

print(cell_unbound())

def local_unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 2

local_unbound()

def closure_info():
    a = 1
    b = 2
    def f():
        return a + b
    return f

fn = closure_info()
print(fn.__code__.co_freevars, [c.cell_contents for c in fn.__closure__])

class K:
    x = 10
    y = [x * 2 for _ in range(2)] if False else None
    def method(self):
        return __class__.__name__

print(K().method(), K.y)

def gen_closure():
    vals = []
    for i in range(3):
        def f():
            return i
        vals.append(f)
    return [v() for v in vals]

print(gen_closure())
