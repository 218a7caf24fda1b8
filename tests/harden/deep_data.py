# Deeply nested data: comparison, repr and str raise RecursionError past
# the limit and work below it; hashing of deep tuples works.


def nest(n, make):
    x = make(None)
    for i in range(n):
        x = make(x)
    return x


def attempt(name, f):
    try:
        r = f()
    except RecursionError as e:
        print(name, 'RecursionError', e)
    else:
        print(name, 'ok', r if isinstance(r, (bool, int)) else len(r))


for n in (100, 500, 100000):
    a = nest(n, lambda x: [x])
    b = nest(n, lambda x: [x])
    t = nest(n, lambda x: (x,))
    u = nest(n, lambda x: (x,))
    d = nest(n, lambda x: {1: x})
    e = nest(n, lambda x: {1: x})
    attempt('list == %d' % n, lambda: a == b)
    attempt('list < %d' % n, lambda: a < b)
    attempt('list != %d' % n, lambda: a != b)
    attempt('tuple == %d' % n, lambda: t == u)
    attempt('tuple <= %d' % n, lambda: t <= u)
    attempt('dict == %d' % n, lambda: d == e)
    attempt('list in %d' % n, lambda: a in [b])
    attempt('list.count %d' % n, lambda: [b, b].count(a))
    attempt('repr list %d' % n, lambda: repr(a))
    attempt('str tuple %d' % n, lambda: str(t))
    attempt('repr dict %d' % n, lambda: repr(d))
    attempt('same object %d' % n, lambda: a == a)
    if n <= 500:
        attempt('hash %d' % n, lambda: hash(t) == hash(u))
print('done')
