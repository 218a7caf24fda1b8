# Function calls: positional, keyword, defaults, *args, **kwargs,
# keyword-only and positional-only parameters, and the errors.

def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(*[1, 2, 3], **{"c": 10, "z": 11}))

def g(x, y, /, z, *, w):
    return x + y + z + w

print(g(1, 2, 3, w=4))
print(g(1, 2, z=3, w=4))

def show(fn, *args, **kw):
    try:
        print(fn(*args, **kw))
    except TypeError as e:
        print("TypeError:", e)

show(g, 1, 2, 3)
show(g, 1, y=2, z=3, w=4)
show(f)
show(f, 1, 2)
show(f, 1, c=2, a=3)
show(g, 1, 2, 3, 4, w=5)

def h(a, b, c):
    return a * 100 + b * 10 + c

show(h, 1, 2)
show(h, 1)
show(h)
show(h, 1, 2, 3, 4)
show(h, 1, 2, 3, d=4)

def defaults(a, b=[]):
    b.append(a)
    return b

print(defaults(1), defaults(2), defaults(3, []))

def star_only(*, key):
    return key

show(star_only)
show(star_only, 1)
print(star_only(key="k"))

class C:
    def m(self, x):
        return x * 2

show(C().m)
show(C().m, 1, 2)
show(C.m, 1)

lam = lambda *a, **k: (a, k)
print(lam(1, 2, x=3))
print((lambda: 42)())

def kwonly_default(a, *, b=10, c):
    return a + b + c

print(kwonly_default(1, c=2), kwonly_default(1, b=0, c=2))
print(f.__name__, f.__defaults__, sorted(f.__kwdefaults__.items()), f.__code__.co_argcount)
