# Scoping rules: class bodies, comprehensions, global/nonlocal, del,
# locals(), names shadowing builtins.

x = "global x"

class C:
    x = "class x"
    y = [x for _ in range(1)]
    def method(self):
        return x

print(C.y, C().method())

def shadow():
    len = lambda s: "mine"
    return len("abc")

print(shadow(), len("abc"))

def counter_factory():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get

inc, get = counter_factory()
inc(); inc()
print(get())

def uses_global():
    global fresh
    fresh = "created"

uses_global()
print(fresh)

def local_names():
    a = 1
    b = 2
    return sorted(locals().items())

print(local_names())

def comprehension_scope():
    n = 10
    return [n * i for i in range(3)], {i: n for i in range(2)}

print(comprehension_scope())

def del_local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)

print(del_local())

def nested_class():
    value = 42
    class Inner:
        attr = value
        def get(self):
            return value
    return Inner.attr, Inner().get()

print(nested_class())

def default_eval():
    items = []
    for i in range(3):
        def f(i=i):
            return i
        items.append(f)
    return [f() for f in items]

print(default_eval())
print(__name__, type(__builtins__).__name__ in ("module", "dict"))

def walrus_scope():
    [last := i for i in range(4)]
    return last

print(walrus_scope())

lam = lambda: x
print(lam())
