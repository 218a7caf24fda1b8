def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    pass
def g(*, a): pass
def h(a, /): pass
lambda a, b=1, /, c=2, *args, d, e=3, **kw: 0
lambda: 0
lambda *a, **k: 0
def f(*a: *Ts): pass
